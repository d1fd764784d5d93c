"""Understands what a person means from free text, in Danish and English, typos included."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

# intent -> phrases people actually write. Folded (lower case, æøå spelled out) before matching.
PHRASES: Final[dict[str, tuple[str, ...]]] = {
    "help": (
        "hjælp",
        "hjælp mig",
        "hjaelp",
        "help",
        "help me",
        "hvad kan du",
        "hvad kan du hjælpe med",
        "what can you do",
        "kommandoer",
        "commands",
        "vejledning",
        "menu",
        "?",
    ),
    "change_language": (
        "skift sprog",
        "sprog",
        "skift til engelsk",
        "skift til dansk",
        "change language",
        "language",
        "switch language",
        "english please",
        "på engelsk",
        "på dansk",
        "svar på engelsk",
        "svar på dansk",
        "answer in english",
        "answer in danish",
    ),
    "greeting": ("hej", "hejsa", "hello", "hi", "hey", "goddag", "godmorgen", "good morning"),
    "thanks": ("tak", "mange tak", "tusind tak", "thanks", "thank you", "tak for hjælpen"),
}

SUGGEST_THRESHOLD: Final = 60


@dataclass(frozen=True)
class Intent:
    name: str
    score: float


def fold(text: str) -> str:
    """Lower-case, flatten æøå and drop punctuation, so 'Hjælp!', 'hjaelp' and 'hjelp' are close."""
    text = unicodedata.normalize("NFKC", text).lower()
    # One letter each keeps a missing or spelled-out æ to a single edit.
    text = text.replace("ae", "e").replace("æ", "e").replace("oe", "o").replace("ø", "o")
    text = text.replace("aa", "a").replace("å", "a")
    text = re.sub(r"[^\w?\s]", " ", text)
    return " ".join(text.split())


_FOLDED: Final = {intent: tuple(fold(p) for p in phrases) for intent, phrases in PHRASES.items()}
_CHOICES: Final = [(phrase, intent) for intent, phrases in _FOLDED.items() for phrase in phrases]


def recognize(text: str) -> Intent | None:
    """The intent a short message expresses, or None when it matches nothing well enough."""
    folded = fold(text)
    if not folded:
        return None
    match = process.extractOne(folded, [p for p, _ in _CHOICES], scorer=OSA.distance)
    if match is None:
        return None
    phrase, distance, index = match
    if distance > allowed_typos(phrase):
        return None
    return Intent(_CHOICES[index][1], 1 - distance / max(len(phrase), 1))


def allowed_typos(phrase: str) -> int:
    """How many slips (wrong, missing, extra or swapped letters) a phrase of this length allows."""
    # Short words are too close to other words: "tak" with one slip is "tal" or "tag".
    if len(phrase) <= 3:
        return 0
    if len(phrase) <= 7:
        return 1
    return 2 if len(phrase) <= 14 else 3


def suggest(text: str, commands: list[str]) -> str | None:
    """The command a garbled message most likely meant, for a 'did you mean' hint."""
    folded = fold(text)
    if not folded or not commands:
        return None
    match = process.extractOne(folded, [fold(c) for c in commands], scorer=fuzz.WRatio)
    if match is None or match[1] < SUGGEST_THRESHOLD:
        return None
    return commands[match[2]]


def choose(text: str, options: dict[str, tuple[str, ...]]) -> str | None:
    """Which expected answer ('dansk', 'engelsk', 'annullér') a reply is, typos allowed."""
    folded = fold(text)
    if not folded:
        return None
    choices = [(fold(p), key) for key, phrases in options.items() for p in phrases]
    match = process.extractOne(folded, [p for p, _ in choices], scorer=OSA.distance)
    if match is None or match[1] > allowed_typos(match[0]):
        return None
    return choices[match[2]][1]
