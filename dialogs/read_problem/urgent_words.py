"""The words that make a problem report urgent, and the words that soften or deny them."""

from __future__ import annotations

from typing import Final

from dialogs.language.intents import fold

URGENT_WORDS: Final = (
    "haster",
    "hastende",
    "hastesag",
    "akut",
    "akutte",
    "akkut",
    "straks",
    "omgående",
    "snarest",
    "kritisk",
    "urgent",
    "urgently",
    "asap",
    "critical",
    "emergency",
    "immediately",
)
URGENT_PHRASES: Final = (
    "kan ikke arbejde",
    "kan ikke komme videre",
    "kan ikke passe mit arbejde",
    "står stille",
    "hurtigst muligt",
    "hurtigt som muligt",
    "snarest muligt",
    "med det samme",
    "meget vigtigt",
    "cant work",
    "cannot work",
    "can not work",
    "unable to work",
    "as soon as possible",
    "very important",
)
# A citizen at the desk cannot be asked to come back tomorrow.
WAITING_PEOPLE: Final = frozenset(
    fold(w) for w in ("borger", "borgeren", "borgere", "borgerne", "citizen", "client", "klient")
)
WAITING_VERBS: Final = frozenset(("venter", "sidder", "waiting", "waits", "sitting"))
WAITING_REACH: Final = 4
NEGATIONS: Final = frozenset(("ikke", "not", "no", "ingen", "intet", "never"))
SOFTENERS: Final = frozenset(
    fold(w) for w in ("så", "so", "that", "very", "super", "meget", "helt")
)
