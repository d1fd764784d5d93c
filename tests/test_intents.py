"""Free text, with typos, is understood; other text is not mistaken for a command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dialogs.choose_language import ANSWERS
from dialogs.flows import dispatcher
from dialogs.language.intents import choose, match_name, suggest

recognize = dispatcher().recognize

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


# Each command in Danish, in English, and with at least two typos.
COMMAND_PHRASES = {
    "who_is_superuser": [
        "hvem er min superbruger?",
        "who is my superuser",
        "hvem er min superbuger",
        "hvem er min supebruger",
        "who is my superusr",
    ],
    "change_team": ["skift team", "change team", "skift tem", "chnage team"],
    "link_team": [
        "tilknyt Team Ydelse",
        "link to Team Ydelse",
        "tilknyd Team Ydelse",
        "tilknt Ydelse",
    ],
    "use_channel": [
        "brug denne kanal til IT-sager",
        "use this channel for IT cases",
        "brug denne knal til IT-sager",
        "brug dene kanal til it sager",
    ],
    "add_superuser": [
        "tilføj superbruger Sara Lund",
        "add superuser Sara Lund",
        "tilfoj superbruger Sara",
        "tilføj superbrugr Sara",
    ],
    "remove_superuser": [
        "fjern superbruger Bo",
        "remove superuser Bo",
        "fjerne superbruger Bo",
        "fjern superbuger Bo",
    ],
    "add_deputy": [
        "tilføj stedfortræder Sara",
        "add deputy Sara",
        "tilføj stedfortraeder Sara",
        "tilføj stedfotræder Sara",
    ],
    "remove_deputy": [
        "fjern stedfortræder Sara",
        "remove deputy Sara",
        "fjern stedfortræer Sara",
        "fjern stedfortreder Sara",
    ],
    "set_portfolio": ["portefølje", "portfolio", "portefolje", "portefølj"],
    "overview": [
        "oversigt over superbrugere",
        "overview of superusers",
        "oversigt over superbruger",
        "oversigt ovr superbrugere",
    ],
    "reload_org": [
        "genindlæs organisation",
        "reload organisation",
        "genindlæs organisationn",
        "genindls organisation",
    ],
}


@pytest.mark.parametrize(
    ("text", "intent"),
    [(text, intent) for intent, texts in COMMAND_PHRASES.items() for text in texts],
)
def test_recognises_commands_with_their_argument(text: str, intent: str) -> None:
    found = recognize(text)
    assert found is not None, text
    assert found.name == intent


@pytest.mark.parametrize(
    ("text", "argument"),
    [
        ("hvem er superbruger i Team Unge?", "i Team Unge"),
        ("brug denne kanal til IT-sager", ""),
        ("tilføj superbruger Sara Lund i Team Unge", "Sara Lund i Team Unge"),
        ("skift team til Sygedagpenge!", "til Sygedagpenge"),
    ],
)
def test_the_argument_keeps_the_writers_spelling(text: str, argument: str) -> None:
    found = recognize(text)
    assert found is not None
    assert found.argument == argument


@pytest.mark.parametrize(
    ("written", "key"),
    [("Team Unge", "unge"), ("unge", "unge"), ("Tem Ungee", "unge"), ("sygedag", "sygedagpenge")],
)
def test_team_names_are_matched_loosely(written: str, key: str) -> None:
    names = {
        "unge": ("Team Unge",),
        "sygedagpenge": ("Team Sygedagpenge",),
        "ydelse": ("Team Ydelse",),
    }
    assert match_name(written, names) == (key, [])


def test_an_unknown_name_is_not_guessed() -> None:
    names = {"unge": ("Team Unge",), "ydelse": ("Team Ydelse",)}
    assert match_name("Team Økonomi", names)[0] is None
