"""The Teams manifest's command menus, written from what the flows declare."""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from bot.package import MANIFEST_DIR
from dialogs.dispatch import Dispatcher
from dialogs.flow import PERSONAL, TEAM
from dialogs.flows import dispatcher
from dialogs.language.texts import text

_LOGGER = logging.getLogger(__name__)

# Which Teams scopes each menu serves; group chats get the team channels' menu.
SCOPES: Final = {PERSONAL: ["personal"], TEAM: ["team", "groupChat"]}
_COMMAND_KEY: Final = "bots[0].commandLists"


def _dumped(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def generated(manifest_dir: Path = MANIFEST_DIR, flows: Dispatcher | None = None) -> dict[str, str]:
    """manifest.json and en.json with the command menus the flows declare, the rest as it is."""
    flows = flows or dispatcher()
    menus = [(scope, menu) for scope, menu in flows.teams_menus.items() if menu]
    manifest = json.loads((manifest_dir / "manifest.json").read_text(encoding="utf-8"))
    manifest["bots"][0]["commandLists"] = [
        {
            "scopes": SCOPES[scope],
            "commands": [
                {"title": text(c.title, "da"), "description": text(c.description, "da")}
                for c in menu
            ],
        }
        for scope, menu in menus
    ]
    english = json.loads((manifest_dir / "en.json").read_text(encoding="utf-8"))
    english = {k: v for k, v in english.items() if not k.startswith(_COMMAND_KEY)}
    for i, (_, menu) in enumerate(menus):
        for j, command in enumerate(menu):
            key = f"{_COMMAND_KEY}[{i}].commands[{j}]"
            english[f"{key}.description"] = text(command.description, "en")
            english[f"{key}.title"] = text(command.title, "en")
    return {"manifest.json": _dumped(manifest), "en.json": _dumped(english)}


def stale(manifest_dir: Path = MANIFEST_DIR) -> list[str]:
    """The manifest files whose command menus differ from the flows' declarations."""
    return [
        name
        for name, wanted in generated(manifest_dir).items()
        if (manifest_dir / name).read_text(encoding="utf-8") != wanted
    ]


def main(argv: Sequence[str] | None) -> int:
    """`python -m bot manifest [--check]`: rewrite (or only check) the menus in manifest/."""
    parser = argparse.ArgumentParser(
        prog="python -m bot manifest",
        description="Write the Teams command menus in manifest/ from the flows' declarations.",
    )
    parser.add_argument("--check", action="store_true", help="only say whether they are current")
    args = parser.parse_args(argv)
    changed = stale()
    if args.check:
        if changed:
            _LOGGER.error("out of date: %s; run `make manifest`", ", ".join(changed))
            return 1
        _LOGGER.info("the manifest's command menus are current")
        return 0
    for name, wanted in generated().items():
        if name in changed:
            (MANIFEST_DIR / name).write_text(wanted, encoding="utf-8")
            _LOGGER.info("wrote %s", MANIFEST_DIR / name)
    if not changed:
        _LOGGER.info("the manifest's command menus were current already")
    return 0
