"""Free text, with typos, is understood; other text is not mistaken for a command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.intents import choose, recognize, suggest
from dialogs.choose_language import ANSWERS

MANIFEST = Path(__file__).resolve().parents[1] / "manifest"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("hjælp", "help"),
        ("Hjælp!", "help"),
        ("hjaelp", "help"),
        ("hjlp", "help"),
        ("hjæp", "help"),
        ("help", "help"),
        ("hlep", "help"),
        ("Hvad kan du?", "help"),
        ("what can you do", "help"),
        ("skift sprog", "change_language"),
        ("skift srpog", "change_language"),
        ("chnage language", "change_language"),
        ("svar på engelsk", "change_language"),
        ("hej", "greeting"),
        ("Hejsa", "greeting"),
        ("tak", "thanks"),
        ("mange tak!", "thanks"),
    ],
)
def test_recognises_intent(text: str, intent: str) -> None:
    found = recognize(text)
    assert found is not None, text
    assert found.name == intent


@pytest.mark.parametrize(
    "text",
    ["", "   ", "problem med printeren", "outlook crasher igen", "tal", "hjemme", "ho", "ferie"],
)
def test_other_text_is_no_command(text: str) -> None:
    assert recognize(text) is None


def test_every_manifest_command_is_understood() -> None:
    manifest = json.loads((MANIFEST / "manifest.json").read_text(encoding="utf-8"))
    english = json.loads((MANIFEST / "en.json").read_text(encoding="utf-8"))
    titles = [c["title"] for lst in manifest["bots"][0]["commandLists"] for c in lst["commands"]]
    titles += [v for k, v in english.items() if k.endswith(".title")]
    assert len(titles) >= 4
    for title in titles:
        assert recognize(title) is not None, f"the manifest offers {title!r}, the bot ignores it"


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("dansk", "da"),
        ("Danks", "da"),
        ("engelsk", "en"),
        ("english", "en"),
        ("Englsh", "en"),
        ("annullér", "cancel"),
        ("annuller", "cancel"),
        ("følg teams", "auto"),
        ("blå", None),
    ],
)
def test_language_answers(text: str, choice: str | None) -> None:
    assert choose(text, ANSWERS) == choice


def test_suggests_the_nearest_command() -> None:
    assert suggest("hjælpe mig lidt", ["hjælp", "skift sprog"]) == "hjælp"
    assert suggest("xyzzy", ["hjælp", "skift sprog"]) is None
