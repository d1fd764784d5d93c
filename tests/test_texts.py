"""The text catalogue: Danish and English side by side, with the same placeholders."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from dialogs.language.texts import CATALOGUE, language_of, text

ROOT = Path(__file__).resolve().parents[1]


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_both_languages_have_the_same_placeholders(key: str) -> None:
    da, en = CATALOGUE[key]
    assert da.strip()
    assert en.strip()
    assert placeholders(da) == placeholders(en)


@pytest.mark.parametrize(
    ("locale", "preference", "lang"),
    [
        ("da-DK", "", "da"),
        ("en-US", "", "en"),
        ("en-GB", "", "en"),
        (None, "", "da"),
        ("de-DE", "", "da"),
        ("en-US", "da", "da"),
        ("da-DK", "en", "en"),
    ],
)
def test_language_follows_preference_then_locale(locale, preference, lang) -> None:
    assert language_of(locale, preference) == lang


def test_text_fills_placeholders() -> None:
    assert "Anne" in text("greeting", "da", name="Anne")
    assert text("greeting", "en", name="Emma").startswith("Hi Emma")


def test_every_text_key_used_in_the_code_exists() -> None:
    """`turn.say("…")`, `turn.t("…")` and `text("…", lang)` name catalogue keys, never raw text."""
    used = []
    for path in [*(ROOT / "dialogs").glob("*.py"), *(ROOT / "bot").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            first = node.args[0]
            if name in ("say", "t", "text") and isinstance(first, ast.Constant):
                used.append((path.name, first.value))
    assert len(used) > 10
    missing = [(file, key) for file, key in used if key not in CATALOGUE]
    assert not missing, missing
