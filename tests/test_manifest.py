"""The Teams app manifest, its English localization, the icons and the package builder."""

from __future__ import annotations

import copy
import json
import logging
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from jsonschema.exceptions import best_match
from PIL import Image

from bot import manifest, package
from bot.package import PLACEHOLDER, PackageError, build_package, main
from bot.settings import Settings
from dialogs.flows import dispatcher

recognize = dispatcher().recognize

MANIFEST_DIR = Path(__file__).resolve().parents[1] / "manifest"
SCHEMA_DIR = MANIFEST_DIR / "schemas"
TEST_GUID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301"
PACKAGE_FILES = {"manifest.json", "en.json", "color.png", "outline.png"}
# The key patterns the Teams localization schema (v1.22) allows for what this app localizes.
_EN_KEY = re.compile(
    r"^(\$schema|name\.(short|full)|description\.(short|full)"
    r"|bots\[0\]\.commandLists\[[0-2]\]\.commands\[[0-9]\]\.(title|description))$"
)


def _raw_manifest() -> dict[str, Any]:
    return json.loads((MANIFEST_DIR / "manifest.json").read_text(encoding="utf-8"))


def _filled_manifest() -> dict[str, Any]:
    text = (MANIFEST_DIR / "manifest.json").read_text(encoding="utf-8")
    return json.loads(text.replace(PLACEHOLDER, TEST_GUID))


def _english() -> dict[str, str]:
    return json.loads((MANIFEST_DIR / "en.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    path = SCHEMA_DIR / "teams-manifest.schema.json"
    if not path.is_file():
        pytest.fail(f"The offline Teams manifest schema is missing: expected it at {path}")
    schema = json.loads(path.read_text(encoding="utf-8"))
    # The schema says draft-04, which ignores `const`; draft 7 checks manifestVersion too.
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def _explain(errors: list[jsonschema.ValidationError]) -> str:
    first = best_match(errors)
    where = "/".join(str(p) for p in first.absolute_path) or "(top level)"
    return f"{len(errors)} schema error(s); most relevant at {where}: {first.message}"


def test_manifest_matches_teams_schema(validator: jsonschema.Draft7Validator) -> None:
    errors = list(validator.iter_errors(_filled_manifest()))
    if errors:
        pytest.fail(_explain(errors))


@pytest.mark.parametrize(
    ("what", "change"),
    [
        ("unknown manifestVersion", lambda m: m.update(manifestVersion="9.99")),
        ("old lowercase scope", lambda m: m["bots"][0]["scopes"].append("groupchat")),
        ("app id not a GUID", lambda m: m.update(id=PLACEHOLDER)),
    ],
)
def test_schema_rejects_a_broken_manifest(
    validator: jsonschema.Draft7Validator, what: str, change: Any
) -> None:
    manifest = copy.deepcopy(_filled_manifest())
    change(manifest)
    assert not validator.is_valid(manifest), f"the validator accepted a manifest with {what}"


def test_manifest_keeps_the_app_id_placeholder() -> None:
    manifest = _raw_manifest()
    assert manifest["id"] == PLACEHOLDER
    assert manifest["bots"][0]["botId"] == PLACEHOLDER


def test_bot_scopes_are_personal_team_and_group_chat() -> None:
    bot = _filled_manifest()["bots"][0]
    assert sorted(bot["scopes"]) == sorted(["personal", "team", "groupChat"])
    covered = {scope for lst in bot["commandLists"] for scope in lst["scopes"]}
    assert covered == set(bot["scopes"])


def test_english_localization_covers_every_danish_text() -> None:
    manifest, english = _filled_manifest(), _english()
    assert manifest["localizationInfo"] == {
        "defaultLanguageTag": "da-dk",
        "additionalLanguages": [{"languageTag": "en-us", "file": "en.json"}],
    }
    unknown = sorted(key for key in english if not _EN_KEY.match(key))
    assert not unknown, f"en.json has keys the Teams localization schema does not allow: {unknown}"

    for key in ("name.short", "name.full", "description.short", "description.full"):
        part, field = key.split(".")
        assert manifest[part][field].strip(), f"manifest.json lacks {key}"
        assert english.get(key, "").strip(), f"en.json lacks {key}"
    assert len(english["name.short"]) <= 30
    assert len(english["description.short"]) <= 80
    assert len(english["description.full"]) <= 4000
    # The descriptions must be translated, not copied from the Danish.
    assert english["description.short"] != manifest["description"]["short"]
    assert english["description.full"] != manifest["description"]["full"]

    danish_commands = 0
    for i, command_list in enumerate(manifest["bots"][0]["commandLists"]):
        for j, command in enumerate(command_list["commands"]):
            danish_commands += 1
            for field in ("title", "description"):
                key = f"bots[0].commandLists[{i}].commands[{j}].{field}"
                assert english.get(key, "").strip(), f"en.json lacks {key} ({command[field]!r})"
    english_commands = sum(1 for key in english if key.endswith(".title") and "commands[" in key)
    assert english_commands == danish_commands


def test_every_command_teams_suggests_is_understood_in_both_languages() -> None:
    english = _english()
    for i, command_list in enumerate(_raw_manifest()["bots"][0]["commandLists"]):
        for j, command in enumerate(command_list["commands"]):
            for title in (
                command["title"],
                english[f"bots[0].commandLists[{i}].commands[{j}].title"],
            ):
                assert recognize(title) is not None, f"{title!r} is suggested but not understood"


def test_the_committed_command_menus_are_what_the_flows_declare() -> None:
    assert manifest.stale() == [], "the flows declare other Teams commands: run `make manifest`"


def test_a_changed_declaration_shows_as_a_stale_manifest(tmp_path: Path) -> None:
    for name in ("manifest.json", "en.json"):
        (tmp_path / name).write_text(
            (MANIFEST_DIR / name).read_text(encoding="utf-8").replace("skift sprog", "sprog"),
            encoding="utf-8",
        )
    assert manifest.stale(tmp_path) == ["manifest.json"]
    for name, wanted in manifest.generated(tmp_path).items():
        assert wanted == (MANIFEST_DIR / name).read_text(encoding="utf-8")


def test_icons_have_the_sizes_and_colours_teams_requires() -> None:
    with Image.open(MANIFEST_DIR / "color.png") as color:
        assert color.format == "PNG"
        assert color.size == (192, 192)
    with Image.open(MANIFEST_DIR / "outline.png") as outline:
        assert outline.format == "PNG"
        assert outline.size == (32, 32)
        assert outline.mode == "RGBA"
        pixels = [outline.getpixel((x, y)) for y in range(32) for x in range(32)]
    not_white = [p for p in pixels if p[3] != 0 and p[:3] != (255, 255, 255)]
    assert not not_white, f"outline.png has visible pixels that are not white: {not_white[:5]}"
    assert any(p[3] == 0 for p in pixels), "outline.png has no transparent background"
    assert any(p[3] == 255 for p in pixels), "outline.png has no solid white mark"


def test_build_package_writes_the_four_files_with_the_app_id(tmp_path: Path) -> None:
    out = build_package(TEST_GUID, tmp_path / "dist" / "app.zip")
    assert out == tmp_path / "dist" / "app.zip"
    with zipfile.ZipFile(out) as zf:
        assert set(zf.namelist()) == PACKAGE_FILES
        manifest = json.loads(zf.read("manifest.json"))
        for name in ("manifest.json", "en.json"):
            assert "{{" not in zf.read(name).decode("utf-8"), f"{name} still has a placeholder"
        for name in ("color.png", "outline.png"):
            assert zf.read(name) == (MANIFEST_DIR / name).read_bytes()
    assert manifest["id"] == TEST_GUID
    assert manifest["bots"][0]["botId"] == TEST_GUID
    assert not list(tmp_path.glob("dist/*.partial"))


@pytest.mark.parametrize(
    "app_id", ["", "not-a-guid", PLACEHOLDER, "{3f2504e0-4f89-41d3-9a0c-0305e82c3301}"]
)
def test_build_package_rejects_an_app_id_that_is_not_a_guid(tmp_path: Path, app_id: str) -> None:
    with pytest.raises(PackageError, match="GUID"):
        build_package(app_id, tmp_path / "app.zip")
    assert not (tmp_path / "app.zip").exists()


def _copy_manifest_dir(tmp_path: Path, **changes: Any) -> Path:
    target = tmp_path / "manifest"
    target.mkdir()
    for name in PACKAGE_FILES:
        (target / name).write_bytes((MANIFEST_DIR / name).read_bytes())
    manifest = _raw_manifest()
    manifest.update(changes)
    (target / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return target


def test_build_package_rejects_a_manifest_that_breaks_the_schema(tmp_path: Path) -> None:
    if not package.SCHEMA_PATH.is_file():
        pytest.fail(f"The offline Teams manifest schema is missing: {package.SCHEMA_PATH}")
    source = _copy_manifest_dir(tmp_path, manifestVersion="9.99")
    with pytest.raises(PackageError, match="manifestVersion"):
        build_package(TEST_GUID, tmp_path / "app.zip", source)


def test_build_package_skips_the_schema_check_without_jsonschema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    source = _copy_manifest_dir(tmp_path, manifestVersion="9.99")
    # A None entry makes `import jsonschema` raise ImportError, as in a production install.
    monkeypatch.setitem(sys.modules, "jsonschema", None)
    with caplog.at_level(logging.WARNING, logger="bot.package"):
        out = build_package(TEST_GUID, tmp_path / "app.zip", source)
    assert out.is_file()
    assert "jsonschema is not installed" in caplog.text


def test_build_package_names_a_missing_icon(tmp_path: Path) -> None:
    source = _copy_manifest_dir(tmp_path)
    (source / "outline.png").unlink()
    with pytest.raises(PackageError, match=r"outline\.png"):
        build_package(TEST_GUID, tmp_path / "app.zip", source)


def test_main_without_app_id_explains_how_to_set_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([], Settings(app_id="")) == 2
    err = capsys.readouterr().err
    assert "MicrosoftAppId" in err
    assert "APP_ID=" in err
    assert len(err.strip().splitlines()) == 1


def test_main_uses_the_app_id_from_settings(tmp_path: Path) -> None:
    out = tmp_path / "it-hjaelp.zip"
    assert main(["--out", str(out)], Settings(app_id=TEST_GUID)) == 0
    with zipfile.ZipFile(out) as zf:
        assert json.loads(zf.read("manifest.json"))["id"] == TEST_GUID


def test_main_prefers_the_app_id_option_and_reports_a_bad_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "it-hjaelp.zip"
    assert main(["--app-id", TEST_GUID, "--out", str(out)], Settings(app_id="junk")) == 0
    assert out.is_file()
    assert main(["--app-id", "junk", "--out", str(out)], Settings(app_id="")) == 1
    assert "GUID" in capsys.readouterr().err
