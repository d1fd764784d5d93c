"""Build the Teams app package: the zip an admin uploads to Teams."""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.settings import Settings

_LOGGER = logging.getLogger(__name__)

PLACEHOLDER = "{{MicrosoftAppId}}"
_REPO_ROOT = Path(__file__).resolve().parent.parent
MANIFEST_DIR = _REPO_ROOT / "manifest"
# Microsoft's schema, kept in the repository so the package is validated offline.
SCHEMA_PATH = MANIFEST_DIR / "schemas" / "teams-manifest.schema.json"
DEFAULT_OUT = Path("dist") / "it-hjaelp.zip"
# The same pattern as the schema's "guid" definition, so we fail early with a clearer message.
_GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
# A fixed timestamp makes the zip byte-for-byte reproducible for the same inputs.
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_LOCALIZATION_REQUIRED = ("name.short", "description.short", "description.full")


class PackageError(ValueError):
    """The package cannot be built; the message says what is wrong and how to fix it."""


def build_package(app_id: str, out: Path, manifest_dir: Path = MANIFEST_DIR) -> Path:
    """Fill in the app id, validate the manifest and write the zip to `out`; return its path."""
    app_id = app_id.strip()
    if not _GUID.match(app_id):
        raise PackageError(
            "the app id (MicrosoftAppId) must be a GUID like "
            f"00000000-0000-0000-0000-000000000000, not {app_id!r}"
        )

    manifest_text = _fill(manifest_dir / "manifest.json", app_id)
    manifest = _parse(manifest_text, "manifest.json")
    _validate(manifest)

    contents: dict[str, bytes] = {"manifest.json": manifest_text.encode("utf-8")}
    # Package exactly what the manifest refers to, so a renamed icon or language file cannot be
    # silently left out of the zip.
    for name in _referenced_files(manifest):
        path = manifest_dir / name
        if not path.is_file():
            raise PackageError(f"manifest.json refers to {name}, but {path} does not exist")
        if name.endswith(".json"):
            text = _fill(path, app_id)
            _check_localization(_parse(text, name), name)
            contents[name] = text.encode("utf-8")
        else:
            contents[name] = path.read_bytes()

    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, data in contents.items():
                info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, data)
        # Replace in one step so an interrupted build never leaves a half-written zip to upload.
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    _LOGGER.info("Wrote Teams app package %s (%s)", out, ", ".join(contents))
    return out


def main(argv: Sequence[str] | None, settings: Settings) -> int:
    """`python -m bot package`: build the zip; `argv` are the arguments after `package`."""
    parser = argparse.ArgumentParser(
        prog="python -m bot package",
        description="Build the Teams app package (zip) that an admin uploads to Teams.",
    )
    parser.add_argument(
        "--app-id",
        default=settings.app_id,
        help="the bot's Microsoft App ID (GUID); defaults to MicrosoftAppId from the settings",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help=f"where to write the zip (default {DEFAULT_OUT})",
    )
    args = parser.parse_args(argv)

    if not args.app_id.strip():
        print(
            "No app id: set MicrosoftAppId in .env, or run `make package APP_ID=<guid>` "
            "(or `python -m bot package --app-id <guid>`).",
            file=sys.stderr,
        )
        return 2
    try:
        path = build_package(args.app_id, args.out)
    except PackageError as exc:
        print(f"Cannot build the Teams app package: {exc}", file=sys.stderr)
        return 1
    print(f"Wrote {path}. Upload it in the Teams admin center: Teams apps > Manage apps > Upload.")
    return 0


def _fill(path: Path, app_id: str) -> str:
    """Read a JSON file and put the app id in place of every placeholder."""
    text = path.read_text(encoding="utf-8").replace(PLACEHOLDER, app_id)
    if "{{" in text:
        # Another placeholder nobody fills would reach Teams as literal text.
        found = sorted(set(re.findall(r"\{\{[^}]*\}\}", text))) or ["{{"]
        raise PackageError(f"{path.name} has unfilled placeholders: {', '.join(found)}")
    return text


def _parse(text: str, name: str) -> dict[str, Any]:
    """Parse a package JSON file, naming the file in the error."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PackageError(f"{name} is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise PackageError(f"{name} must hold a JSON object")
    return data


def _validate(manifest: dict[str, Any]) -> None:
    """Check the manifest against Microsoft's Teams schema when the schema and jsonschema exist."""
    try:
        import jsonschema  # dev dependency: a production install may lack it
        from jsonschema.exceptions import best_match
    except ImportError:
        _LOGGER.warning("jsonschema is not installed; the Teams manifest is not schema-checked")
        return
    if not SCHEMA_PATH.is_file():
        _LOGGER.warning("No Teams manifest schema at %s; the manifest is not checked", SCHEMA_PATH)
        return
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    # The schema declares draft-04, which ignores `const` (manifestVersion); draft 7 enforces it.
    errors = list(jsonschema.Draft7Validator(schema).iter_errors(manifest))
    if errors:
        first = best_match(errors)
        where = "/".join(str(p) for p in first.absolute_path) or "(top level)"
        raise PackageError(
            f"manifest.json does not match the Teams schema ({len(errors)} error(s)); "
            f"at {where}: {first.message}"
        )


def _referenced_files(manifest: dict[str, Any]) -> list[str]:
    """The icons and language files the manifest names, in a stable order without repeats."""
    icons = manifest.get("icons", {})
    localization = manifest.get("localizationInfo", {})
    names = [icons.get("color"), icons.get("outline"), localization.get("defaultLanguageFile")]
    names += [lang.get("file") for lang in localization.get("additionalLanguages", [])]
    result: list[str] = []
    for name in names:
        if not name or name in result:
            continue
        if "/" in name or "\\" in name:
            # Teams resolves these paths inside the zip; we keep every file at its root.
            raise PackageError(f"manifest.json refers to {name}; keep package files at the root")
        result.append(name)
    return result


def _check_localization(data: dict[str, Any], name: str) -> None:
    """Teams rejects a language file without these keys, so catch that before upload."""
    missing = [key for key in _LOCALIZATION_REQUIRED if not str(data.get(key, "")).strip()]
    if missing:
        raise PackageError(f"{name} lacks {', '.join(missing)}")
