"""Whether a message says it is urgent: 'haster', 'kan ikke arbejde', 'borgeren venter', 'NU'."""

from __future__ import annotations

import re
from typing import Final

from dialogs.read_problem.matching import (
    Phrase,
    Phrases,
    phrase_spans,
    phrase_words,
    same,
    word_index,
)
from dialogs.read_problem.urgent_words import (
    NEGATIONS,
    SOFTENERS,
    URGENT_PHRASES,
    URGENT_WORDS,
    WAITING_PEOPLE,
    WAITING_REACH,
    WAITING_VERBS,
)

# "NU" in capitals or "nu!" is a demand; a plain "nu" is mostly "right now, it does not work".
_NOW: Final = re.compile(r"\bnu\s*!", re.IGNORECASE)
_SHOUTED_NOW: Final = re.compile(r"\bNU\b")
_URGENT: Final = word_index(phrase_words(w)[0] for w in URGENT_WORDS)
_URGENT_PHRASES: Final = Phrases(tuple(Phrase(phrase_words(p)) for p in URGENT_PHRASES))


def says_urgent(text: str, words: list[str]) -> bool:
    """Whether a text no longer than READ_LIMIT, made of these words, says it is urgent."""
    # In a message written all in capitals, "NU" stands out no more than any other word.
    if (_SHOUTED_NOW.search(text) and not text.isupper()) or _NOW.search(text):
        return True
    if phrase_spans(words, _URGENT_PHRASES, fillers=True):
        return True
    for i, word in enumerate(words):
        urgent_word = any(same(word, target) for target in _URGENT.near(word))
        if urgent_word and not _negated(words, i):
            return True
        if word in WAITING_PEOPLE and WAITING_VERBS & set(words[i + 1 : i + 1 + WAITING_REACH]):
            return True
    return False


def _negated(words: list[str], i: int) -> bool:
    """Whether 'ikke', 'not' or the like turns an urgent word around: 'haster ikke'."""
    before = words[i - 1] if i else ""
    softened = i >= 2 and before in SOFTENERS and words[i - 2] in NEGATIONS
    after = words[i + 1] if i + 1 < len(words) else ""
    return before in NEGATIONS or softened or after == "ikke"
