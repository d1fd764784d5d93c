"""Messages that say too little, name only a thing, or are no IT problem are read as such."""

from __future__ import annotations

import pytest

from dialogs.org_file import OTHER_CATEGORY
from dialogs.read_problem import Reading
from tests.problem_reading import read


@pytest.mark.parametrize(
    "text",
    [
        "problem",
        "Problem!",
        "jeg har et problem",
        "det virker ikke",
        "help, it's broken",
        "fejl",
        "it problem",
        "IT-problem",
        "der er noget galt",
        "kan ikke",
        "I have an issue",
        "it doesn't work",
        "jeg har problemer",
        "kan du hjælpe?",
    ],
)
def test_thin(text: str) -> None:
    assert read(text) == Reading("thin", OTHER_CATEGORY, False, "")


@pytest.mark.parametrize(
    ("text", "category", "subject"),
    [
        ("printeren", "printer", "printeren"),
        ("outlook?", "office", "outlook"),
        ("noget med momentum", "momentum", "Momentum"),
        ("min skærm", "pc", "skærm"),
        ("Teams", "office", "Teams"),
        ("adgangskoden", "login", "adgangskoden"),
        ("jeg sender en mail til dig", "office", "mail"),
        ("windows?", OTHER_CATEGORY, "windows"),
    ],
)
def test_unclear(text: str, category: str, subject: str) -> None:
    assert read(text) == Reading("unclear", category, False, subject)


@pytest.mark.parametrize(
    "text",
    [
        "tak",
        "hej",
        "hvem er min superbruger",
        "god weekend",
        "ok",
        "",
        "   ",
        "jeg er syg i dag",
        "ferie 22.-26. december",
        "hjælp",
        "skift sprog",
        "portefølje momentum",
        "det virker stadig ikke",  # reopens the last solved case
        "mine sager",
        "sag 42",
        "tak for hjælpen med printeren",
        "printeren virker igen",
        "det er løst nu, tak",
        "no problem",
        "ikke noget problem",
        "excellent, thanks",
        "sounds good",
        "det lyder godt",
        "vent et moment",
        "jeg holder ferie",
        "jeg følger op i morgen",
        "i forbindelse med mødet i morgen",
        "I'm out of office until Friday",
        "jeg kan ikke komme i morgen",
        "jeg går ned i kantinen",
        "team unge",
        "start på ugen",
        "jeg har coronavirus",
        "problemet er løst",
        "det er ikke et problem",
        "jeg har glemt min madpakke",
        "jeg mangler en kuglepen",
        "borgeren har ikke mødt op",
        "der er ingen kaffe",
        "12345",
    ],
)
def test_none(text: str) -> None:
    assert read(text) == Reading("none", OTHER_CATEGORY, False, "")
