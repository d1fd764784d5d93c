"""The Teams app people install names the bot whose credentials these settings hold."""

from __future__ import annotations

import json
import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path

from bot.package import PLACEHOLDER
from bot.selftest.report import Report
from bot.settings import Settings

_LOGGER = logging.getLogger(__name__)


def check_manifest(report: Report, settings: Settings, manifest_dir: Path, package: Path) -> None:
    """The app that people install must name the bot these credentials belong to."""
    sources = list(_manifest_bot_ids(report, manifest_dir, package))
    if not sources:
        return
    if settings.local_mode:
        report.warn("manifest", "local mode: the manifest's bot id is not checked")
        return
    wrong = [(where, bot_id) for where, bot_id in sources if bot_id != settings.app_id]
    for where, bot_id in wrong:
        report.fail(
            "manifest",
            f"{where} names bot {bot_id}, but MicrosoftAppId is {settings.app_id}",
            "build the package again with `make package` and upload it to Teams",
        )
    if not wrong:
        report.ok("manifest", f"the bot id matches MicrosoftAppId in {sources[-1][0]}")


def _manifest_bot_ids(
    report: Report, manifest_dir: Path, package: Path
) -> Iterator[tuple[str, str]]:
    """(where, bot id) for the manifest template (unless a placeholder) and the built package."""
    template = manifest_dir / "manifest.json"
    try:
        ids = _bot_ids(json.loads(template.read_text(encoding="utf-8")))
    except (OSError, ValueError) as error:
        report.fail(
            "manifest",
            f"{template} cannot be read: {error}",
            "restore manifest/manifest.json from the repository",
        )
        return
    yield from ((str(template), i) for i in ids if i != PLACEHOLDER)
    if not package.is_file():
        report.warn("manifest", f"no package at {package} yet: `make package` builds it")
        return
    try:
        with zipfile.ZipFile(package) as zf:
            built = json.loads(zf.read("manifest.json").decode("utf-8"))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as error:
        report.fail(
            "manifest",
            f"{package} is no Teams app package: {error}",
            "build it again with `make package`",
        )
        return
    yield from ((str(package), i) for i in _bot_ids(built))


def _bot_ids(manifest: object) -> list[str]:
    bots = manifest.get("bots") if isinstance(manifest, dict) else None
    return [str(b.get("botId", "")) for b in bots or [] if isinstance(b, dict)]
