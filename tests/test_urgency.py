"""Urgency is read from words that say it is urgent, typos included, and not from look-alikes."""

from __future__ import annotations

import pytest

from dialogs.read_problem import is_urgent


@pytest.mark.parametrize(
    "text",
    [
        "haster",
        "HASTER!!!",
        "det haster, printeren virker ikke",
        "outlook virker ikke og det haster",
        "hatser",
        "hastr",
        "urgnet",
        "akut",
        "AKUT: Momentum er nede",
        "akkut",
        "jeg kan ikke arbejde",
        "jeg kan slet ikke arbejde",
        "hurtigst muligt tak",
        "snarest muligt",
        "med det samme",
        "urgent",
        "URGENT: outlook down",
        "asap please",
        "ASAP",
        "I can't work",
        "I cannot work",
        "meget vigtigt",
        "borgeren venter",
        "borger venter ved skranken",
        "en borger sidder og venter",
        "a citizen is waiting",
        "hjælp NU",
        "kom nu!",
        "alt står stille",
    ],
)
def test_urgent(text: str) -> None:
    assert is_urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hater",
        "jeg hater mandage",
        "printeren virker ikke",
        "printeren virker ikke nu",
        "nu virker det",
        "PRINTEREN VIRKER IKKE NU",
        "det haster ikke",
        "ikke akut",
        "ikke så akut",
        "not urgent",
        "jeg arbejder hjemme i dag",
        "kan ikke komme til mødet",
        "vigtigt",
        "borgerservice",
        "borgeren har ringet",
        "master",
        "faster",
    ],
)
def test_not_urgent(text: str) -> None:
    assert not is_urgent(text)
