"""Understands what a person means from free text, in Danish and English, typos included."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import islice
from typing import Final

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

SUGGEST_THRESHOLD: Final = 60
# How sure a fuzzy name match must be to act on it without asking back.
NAME_THRESHOLD: Final = 85


@dataclass(frozen=True)
class Intent:
    name: str
    score: float
    argument: str = ""


_PUNCTUATION: Final = re.compile(r"[^\w?\s]")
_WORD: Final = re.compile(r"\w+")


def fold(text: str) -> str:
    """Lower-case, flatten æøå and drop punctuation, so 'Hjælp!', 'hjaelp' and 'hjelp' are close."""
    text = unicodedata.normalize("NFKC", text).lower()
    # One letter each keeps a missing or spelled-out æ to a single edit.
    text = text.replace("ae", "e").replace("æ", "e").replace("oe", "o").replace("ø", "o")
    text = text.replace("aa", "a").replace("å", "a")
    text = _PUNCTUATION.sub(" ", text)
    return " ".join(text.split())


class Recognizer:
    """Finds the intent of a message among the given phrases and commands, folded once up front."""

    def __init__(
        self,
        phrases: Iterable[tuple[str, str]],
        commands: Iterable[tuple[str, str, re.Pattern[str] | None]],
        exact: Iterable[str] = (),
    ):
        """`phrases` are (intent, whole message), `commands` (intent, first words, argument)."""
        self._choices = [(fold(phrase), intent) for intent, phrase in phrases]
        self._choice_phrases = [phrase for phrase, _ in self._choices]
        self._prefixes = [
            (fold(prefix), len(fold(prefix).split()), intent, argument)
            for intent, prefix, argument in commands
        ]
        _check_meanings(
            [(p, i) for p, i in self._choices] + [(p, i) for p, _, i, _ in self._prefixes]
        )
        exact_words = frozenset(fold(word) for word in exact)
        # Commands by how many words they have, shortest first, so each head of a message is
        # compared with all commands of its length in one call.
        self._by_size = {
            size: [n for n, (_, words, _, _) in enumerate(self._prefixes) if words == size]
            for size in sorted({words for _, words, _, _ in self._prefixes})
        }
        self._size_prefixes = {
            size: [self._prefixes[n][0] for n in ns] for size, ns in self._by_size.items()
        }
        self._longest = max(self._by_size, default=0)
        # How many slips each command allows.
        self._reach = [0 if p in exact_words else allowed_typos(p) for p, _, _, _ in self._prefixes]
        # Nothing further off than this can match, so rapidfuzz stops scoring a phrase there.
        self._phrase_typos = max((allowed_typos(p) for p in self._choice_phrases), default=0)
        self._command_typos = max(self._reach, default=0)

    def recognize(self, text: str) -> Intent | None:
        """The intent a message expresses, or None when it matches nothing well enough."""
        folded = fold(text)
        if not folded:
            return None
        match = process.extractOne(
            folded, self._choice_phrases, scorer=OSA.distance, score_cutoff=self._phrase_typos
        )
        if match is not None:
            phrase, distance, index = match
            if distance <= allowed_typos(phrase):
                return Intent(self._choices[index][1], 1 - distance / max(len(phrase), 1))
        return self._command(text)

    def _command(self, text: str) -> Intent | None:
        """A command that starts the message, with the rest of the message as its argument."""
        # Words as folded, each with where it ends in the original, so "IT-sager" is two words
        # and the argument keeps the writer's own spelling. Words past the longest command's
        # length can never be part of one, so a long message is not folded all the way through.
        found = ((m.end(), folded) for m in _WORD.finditer(text) if (folded := fold(m.group())))
        words = list(islice(found, self._longest))
        fitting: list[tuple[tuple[int, int, int], int]] = []
        for size, indexes in self._by_size.items():
            if len(words) < size:
                break
            head = " ".join(folded for _, folded in words[:size])
            close = process.extract(
                head,
                self._size_prefixes[size],
                scorer=OSA.distance,
                score_cutoff=self._command_typos,
                limit=None,
            )
            for prefix, distance, at in close:
                n = indexes[at]
                if distance <= self._reach[n]:
                    # The longest command that fits wins, so a typo late in a long command does
                    # not leave its last words as the argument of a shorter one.
                    fitting.append(((-len(prefix), distance, n), n))
        for (_, distance, _), n in sorted(fitting):
            prefix, size, intent, needs = self._prefixes[n]
            argument = text[words[size - 1][0] :].strip(" ?!.,:;")
            if needs is None or needs.fullmatch(argument):
                return Intent(intent, 1 - distance / max(len(prefix), 1), argument)
        return None


def _check_meanings(phrases: list[tuple[str, str]]) -> None:
    """One phrase means one intent; two flows claiming it would answer by chance."""
    meaning: dict[str, str] = {}
    for phrase, intent in phrases:
        if meaning.setdefault(phrase, intent) != intent:
            raise ValueError(f"{phrase!r} means both {meaning[phrase]} and {intent}")


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


def choose(text: str, options: Mapping[str, tuple[str, ...]]) -> str | None:
    """Which expected answer ('dansk', 'engelsk', 'annullér') a reply is, typos allowed."""
    folded = fold(text)
    if not folded:
        return None
    choices = [(fold(p), key) for key, phrases in options.items() for p in phrases]
    match = process.extractOne(folded, [p for p, _ in choices], scorer=OSA.distance)
    if match is None or match[1] > allowed_typos(match[0]):
        return None
    return choices[match[2]][1]


def match_name(text: str, names: dict[str, tuple[str, ...]]) -> tuple[str | None, list[str]]:
    """Which key a written name means ('unge' → Team Unge), else the closest keys to suggest."""
    folded = _without_team(fold(text))
    if not folded:
        return None, []
    choices = [
        (_without_team(fold(name)), key)
        for key, options in names.items()
        for name in options
        if name
    ]
    scores: dict[str, float] = {}
    for name, score, index in process.extract(
        folded, [c for c, _ in choices], scorer=fuzz.WRatio, limit=None
    ):
        key = choices[index][1]
        # An exact name or a close spelling of it is certain, even when other names share words.
        if OSA.distance(folded, name) <= allowed_typos(name):
            score = 100.0
        scores[key] = max(scores.get(key, 0.0), score)
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    best_key, best = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if best >= NAME_THRESHOLD and (best == 100.0 or best - runner_up >= 5):
        return best_key, []
    return None, [key for key, score in ranked if score >= SUGGEST_THRESHOLD][:3]


def _without_team(folded: str) -> str:
    """'team unge' → 'unge': the word every team name starts with tells names apart badly."""
    return folded.removeprefix("team ").strip()
