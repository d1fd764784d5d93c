"""Whether a word of a message is a word the bot looks for: inflected, compounded or misspelt."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Generic, TypeVar

from rapidfuzz.distance import OSA

from dialogs.language.intents import allowed_typos, fold
from dialogs.read_problem.word_forms import (
    IKKE_SPELLINGS,
    SHORT_SUFFIXES,
    SUFFIXES,
)
from dialogs.read_problem.words import (
    FILLERS,
    LOOKALIKES,
    MAX_FILLERS,
)

TOKEN: Final = re.compile(r"\w+(?:['’]\w+)*")
_VOWELS: Final = frozenset("aeiouy")
_SHORT: Final = 4
# Typos are looked for only in words this long; shorter words are too often other words.
_FUZZY_FROM: Final = 5
# A substitution in a word this short too often makes another word ("folder"/"følger").
_SUBSTITUTE_FROM: Final = 7
# A keyword ends a compound after at least this much ("fællesdrevet"), so "sprint" is no "print".
_COMPOUND_HEAD: Final = 3
# and begins one with at least this much after it ("teamsmødet", "printerkø").
_COMPOUND_REST: Final = 2
_LOOKALIKES: Final = tuple(fold(w) for w in LOOKALIKES)
T = TypeVar("T")


@dataclass(frozen=True)
class Token:
    word: str  # folded
    start: int
    end: int


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    strong: bool = False


def tokenise(text: str) -> list[Token]:
    """The message's words, folded, with where each stands in the text."""
    tokens = []
    for found in TOKEN.finditer(text):
        # "don't" and "pc'en" are one word each, so the apostrophe goes before folding.
        word = fold(found.group().replace("'", "").replace("’", "")).replace(" ", "")
        if word in IKKE_SPELLINGS:
            word = "ikke"
        if word:
            tokens.append(Token(word, found.start(), found.end()))
    return tokens


def phrase_words(phrase: str) -> tuple[str, ...]:
    """The folded words of a phrase, as a message holding it would be read."""
    return tuple(t.word for t in tokenise(phrase))


class Index(Generic[T]):
    """Things looked for by a word each, tried on a message word only where they may fit it."""

    def __init__(self, keyed: Iterable[tuple[str, T]]) -> None:
        pairs = tuple(keyed)
        # Everything the index may answer, for a reader that tries all of it.
        self.items = tuple(dict.fromkeys(item for _, item in pairs))
        by_key: dict[str, dict[T, None]] = {}
        for key, item in pairs:
            by_key.setdefault(key, {})[item] = None
        self._by_key = {key: tuple(found) for key, found in by_key.items()}
        self._keys = tuple(self._by_key)
        by_letter: dict[str, dict[T, None]] = {}
        for key, found in self._by_key.items():
            if len(key) >= _FUZZY_FROM:
                by_letter.setdefault(key[0], {}).update(dict.fromkeys(found))
        self._by_letter = {letter: tuple(found) for letter, found in by_letter.items()}

    def near(self, word: str) -> set[T]:
        """The things whose word may be this one; fit_of, typos_of and same say which are."""
        # A word fits a message word only when that holds it (inflected, compounded) or when it
        # is a typo away, and a typo needs both words _FUZZY_FROM long and the same first letter.
        found = {item for key in self._keys if key in word for item in self._by_key[key]}
        if len(word) >= _FUZZY_FROM:
            found.update(self._by_letter.get(word[0], ()))
        return found


def word_index(words: Iterable[str]) -> Index[str]:
    """An index of single words, each found as itself."""
    return Index((word, word) for word in words)


class Phrases:
    """Phrases by their first word, so each is tried only where a message word may be it."""

    def __init__(self, phrases: tuple[Phrase, ...]) -> None:
        self.phrases = phrases
        self.first_words = Index((phrase.words[0], n) for n, phrase in enumerate(phrases))


def phrase_spans(
    words: list[str], phrases: Phrases, fillers: bool
) -> list[tuple[Phrase, int, int]]:
    """Where each phrase occurs, a typo or two and, if allowed, a filler word or two included."""
    found = []
    for start, word in enumerate(words):
        for n in phrases.first_words.near(word):
            last = _phrase_at(words, start, phrases.phrases[n].words, fillers)
            if last is not None:
                found.append((n, start, last))
    # In the phrases' order, as if each phrase had been looked for in turn.
    found.sort()
    return [(phrases.phrases[n], start, last) for n, start, last in found]


def _phrase_at(words: list[str], start: int, phrase: tuple[str, ...], fillers: bool) -> int | None:
    """The last token of the phrase if it starts at `start`, else None."""
    at, skipped = start, 0
    for n, target in enumerate(phrase):
        while (
            n
            and fillers
            and at < len(words)
            and skipped < MAX_FILLERS
            and words[at] in FILLERS
            and not same(words[at], target)
        ):
            at, skipped = at + 1, skipped + 1
        # "printerproblem" holds a fault word; "kan" and "ikke" must stand on their own.
        if at >= len(words) or not same(words[at], target, compound=len(phrase) == 1):
            return None
        at += 1
    return at - 1


def same(word: str, target: str, compound: bool = False) -> bool:
    """Whether a word is the target, inflected or with a typo, or if allowed a compound of it."""
    fit = fit_of(word, target)
    return (fit is not None and (compound or not fit[1])) or typos_of(word, target) is not None


@lru_cache(maxsize=65536)
def fit_of(word: str, target: str) -> tuple[int, bool] | None:
    """(typos, whether only part of a compound) for a word that is the target, or None."""
    if word.startswith(_LOOKALIKES):
        return None
    # Every inflected form and compound holds the target; anything else can only be a typo.
    if target not in word:
        typos = typos_of(word, target)
        return (typos, False) if typos is not None else None
    short = len(target) <= _SHORT
    for suffix in SHORT_SUFFIXES if short else SUFFIXES:
        if _inflected(word, target, suffix):
            return 0, False
    if len(target) >= _SHORT:
        # "fællesdrevet", "printerproblem": Danish writes compounds as one word.
        for suffix in SHORT_SUFFIXES if short else SUFFIXES:
            stem = word[: len(word) - len(suffix)] if suffix else word
            head = len(stem) - len(target)
            if word.endswith(suffix) and stem.endswith(target) and head >= _COMPOUND_HEAD:
                return 0, True
    if not short and word.startswith(target) and len(word) - len(target) >= _COMPOUND_REST:
        return 0, True
    typos = typos_of(word, target)
    return (typos, False) if typos is not None else None


def _inflected(word: str, target: str, suffix: str) -> bool:
    """Whether word is target + suffix, the last consonant doubled as in 'nettet' or not."""
    if word == target + suffix:
        return True
    return (
        bool(suffix)
        and suffix[0] in _VOWELS
        and target[-1] not in _VOWELS
        and word == target + target[-1] + suffix
    )


@lru_cache(maxsize=65536)
def typos_of(word: str, target: str) -> int | None:
    """How many typos make word, or its inflected form, out of target; None if too many."""
    if len(target) < _FUZZY_FROM or len(word) < _FUZZY_FROM or word[0] != target[0]:
        return None
    if word.startswith(_LOOKALIKES):
        return None
    best: int | None = None
    for suffix in SUFFIXES:
        if suffix and not word.endswith(suffix):
            continue
        stem = word[: len(word) - len(suffix)] if suffix else word
        if len(stem) < _FUZZY_FROM or abs(len(stem) - len(target)) > 2:
            continue
        # Judged by the shorter word, so "moment" is not two slips from "momentum".
        shorter = min(stem, target, key=len)
        allowed = allowed_typos(shorter)
        typos = OSA.distance(stem, target, score_cutoff=allowed)
        if typos > allowed or typos == 0:
            continue
        substituted = len(stem) == len(target) and sorted(stem) != sorted(target)
        if substituted and len(shorter) < _SUBSTITUTE_FROM:
            continue
        best = typos if best is None else min(best, typos)
    return best
