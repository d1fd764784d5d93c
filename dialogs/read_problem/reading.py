"""Reads a free-text IT problem: is it one, which category, how urgent, and what it is about."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final, Literal

from dialogs.org_file import OTHER_CATEGORY, Category
from dialogs.read_problem.keywords import best_category, keyword_matches, lexicon_of
from dialogs.read_problem.matching import (
    Phrase,
    Phrases,
    Token,
    fit_of,
    phrase_spans,
    phrase_words,
    tokenise,
    word_index,
)
from dialogs.read_problem.urgency import says_urgent
from dialogs.read_problem.word_forms import (
    STOPWORDS,
)
from dialogs.read_problem.words import (
    IDIOMS,
    IT_WORDS,
    RESOLVED,
    STRONG_SIGNALS,
    THANKS,
    WEAK_SIGNALS,
)

Kind = Literal["problem", "thin", "unclear", "none"]

# Only the start of a very long message is read; the case keeps all of it.
READ_LIMIT: Final = 4000
# A message this long that names an IT thing describes it, even without a word like "virker ikke".
DESCRIPTIVE_WORDS: Final = 6
DESCRIPTIVE_CONTENT: Final = 3

_STRONG_PHRASES: Final = tuple(Phrase(phrase_words(p), strong=True) for p in STRONG_SIGNALS)
_SIGNAL_PHRASES: Final = Phrases(
    _STRONG_PHRASES + tuple(Phrase(phrase_words(p)) for p in WEAK_SIGNALS)
)
_IDIOM_PHRASES: Final = tuple(Phrase(phrase_words(p)) for p in IDIOMS)
_RESOLVED_PHRASES: Final = Phrases(tuple(Phrase(phrase_words(p)) for p in RESOLVED))
_HIDING_PHRASES: Final = Phrases(_IDIOM_PHRASES + _RESOLVED_PHRASES.phrases)
_THANKS: Final = tuple(phrase_words(p) for p in THANKS)
_IT_WORDS: Final = word_index(phrase_words(w)[0] for w in IT_WORDS)


@dataclass(frozen=True)
class Reading:
    """What a message says about an IT problem, as far as the words go."""

    kind: Kind  # "problem" | "thin" | "unclear" | "none"
    category: str  # a category key from the org file, or OTHER_CATEGORY
    urgent: bool
    subject: str  # the writer's words for what it is about, "" if none


def read_problem(
    text: str,
    categories: Sequence[Category],
    *,
    command: bool | None = None,
    is_command: Callable[[str], bool] = lambda _: False,
) -> Reading:
    """Whether a message reports an IT problem, which category it fits and what it is about."""
    # `command` is whether the message is one of the flows' commands, for a caller that knows;
    # else `is_command` tells, asked about what is read of a long message.
    # Only the start of a very long message is read, and that start decides whether it is one.
    if len(text) > READ_LIMIT:
        command = None
    text = text[:READ_LIMIT]
    tokens = tokenise(text)
    words = [t.word for t in tokens]
    urgent = says_urgent(text, words)
    nothing = Reading("none", OTHER_CATEGORY, urgent, "")
    if not tokens:
        return nothing
    # Commands such as "portefølje momentum" name keywords but are handled as commands.
    if command or (command is None and is_command(text)):
        return nothing
    resolved = bool(phrase_spans(words, _RESOLVED_PHRASES, fillers=False))
    hidden = _hidden(words)
    signals = _signal_spans(words, hidden)
    strong = any(phrase.strong for phrase, _, _ in signals)
    signal_tokens = {i for _, first, last in signals for i in range(first, last + 1)}
    lexicon = lexicon_of(categories)
    matches = keyword_matches(words, lexicon, hidden)
    category, subject = best_category(text, tokens, matches, signal_tokens, lexicon.proper)
    it_words = [i for i in range(len(words)) if i not in hidden and _is_it_word(words[i])]
    content = [
        i
        for i, word in enumerate(words)
        if i not in signal_tokens | hidden and word not in STOPWORDS and not word.isdigit()
    ]

    if not signals and (resolved or _thanks(words)):
        return nothing
    if signals:
        if matches:
            return Reading("problem", category, urgent, subject)
        if it_words:
            return Reading("problem", OTHER_CATEGORY, urgent, _said(text, tokens, it_words[0]))
        if strong and content:
            return Reading("problem", OTHER_CATEGORY, urgent, _longest(text, tokens, content))
        # "jeg kan ikke komme i morgen" is not about IT, and "problemet er løst" asks for nothing.
        if content or resolved:
            return nothing
        return Reading("thin", OTHER_CATEGORY, urgent, "")
    about = subject if matches else _said(text, tokens, it_words[0]) if it_words else ""
    if not about:
        return nothing
    descriptive = len(words) >= DESCRIPTIVE_WORDS and len(content) >= DESCRIPTIVE_CONTENT
    return Reading("problem" if descriptive else "unclear", category, urgent, about)


def category_of(text: str, categories: Sequence[Category]) -> str:
    """The key of the category a message is most about, or OTHER_CATEGORY if none fits."""
    text = text[:READ_LIMIT]
    tokens = tokenise(text)
    words = [t.word for t in tokens]
    matches = keyword_matches(words, lexicon_of(categories), _hidden(words))
    return best_category(text, tokens, matches, set(), {})[0]


def is_urgent(text: str) -> bool:
    """Whether the writer says it is urgent: 'haster', 'kan ikke arbejde', 'borgeren venter'."""
    text = text[:READ_LIMIT]
    return says_urgent(text, [t.word for t in tokenise(text)])


def _hidden(words: list[str]) -> set[int]:
    """Tokens inside idioms like 'no problem' or 'er løst', which name no fault and no thing."""
    return {
        i
        for _, first, last in phrase_spans(words, _HIDING_PHRASES, fillers=False)
        for i in range(first, last + 1)
    }


def _signal_spans(words: list[str], hidden: set[int]) -> list[tuple[Phrase, int, int]]:
    """Each fault phrase found outside idioms, with its first and last token."""
    return [
        (phrase, first, last)
        for phrase, first, last in phrase_spans(words, _SIGNAL_PHRASES, fillers=True)
        if not hidden & set(range(first, last + 1))
    ]


def _thanks(words: list[str]) -> bool:
    return any(tuple(words[: len(t)]) == t for t in _THANKS)


def _is_it_word(word: str) -> bool:
    return any(fit_of(word, target) is not None for target in _IT_WORDS.near(word))


def _said(text: str, tokens: list[Token], i: int) -> str:
    return text[tokens[i].start : tokens[i].end]


def _longest(text: str, tokens: list[Token], indexes: list[int]) -> str:
    """The longest of some words as written, which in Danish is most often the thing."""
    return _said(text, tokens, max(indexes, key=lambda i: len(tokens[i].word)))
