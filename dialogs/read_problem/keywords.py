"""The org file's category keywords found in a message, and the category it is most about."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from dialogs.language.intents import fold
from dialogs.org_file import OTHER_CATEGORY, Category
from dialogs.read_problem.matching import TOKEN, Index, Token, fit_of, phrase_words


@dataclass(frozen=True)
class Keyword:
    category: str
    words: tuple[str, ...]
    spelling: str
    letters: int


@dataclass(frozen=True)
class Match:
    category: str
    first: int  # token index, inclusive
    last: int  # token index, inclusive
    strength: int
    spelling: str  # the keyword as the org file writes it, for a misspelt word
    typos: int


# Per category: key, keywords and names, which is all reading uses of it.
Catalogue = tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]


class Lexicon:
    """What reading needs of the org file's categories, worked out once per org file."""

    def __init__(self, catalogue: Catalogue) -> None:
        keywords = []
        for key, spellings, _ in catalogue:
            if key == OTHER_CATEGORY:
                continue
            for spelling in spellings:
                words = phrase_words(spelling)
                if words:
                    keywords.append(Keyword(key, words, spelling, sum(map(len, words))))
        # Each category's keywords as folded words, the org file's order kept.
        self.keywords = tuple(keywords)
        # A keyword can start at a word only if the word may be its first word or all of it
        # written as one ("paperjam"), as _keyword_at reads it.
        self.first_words = Index(
            (first, n)
            for n, keyword in enumerate(self.keywords)
            for first in (keyword.words[0], "".join(keyword.words))
        )
        self.proper = _proper(names for _, _, names in catalogue)

    def keywords_at(self, word: str) -> list[int]:
        """Which keywords, in the org file's order, may start at this word."""
        return sorted(self.first_words.near(word))


def lexicon_of(categories: Sequence[Category]) -> Lexicon:
    """The categories worked out for reading; a reloaded org file with other ones gets its own."""
    return _compiled(tuple((c.key, c.keywords, tuple(c.name.values())) for c in categories))


@lru_cache(maxsize=16)
def _compiled(catalogue: Catalogue) -> Lexicon:
    return Lexicon(catalogue)


def keyword_matches(words: list[str], lexicon: Lexicon, hidden: set[int]) -> list[Match]:
    """The keywords found, at most one per word: the strongest reading of each word wins."""
    found = []
    for start, word in enumerate(words):
        if start in hidden:
            continue
        for n in lexicon.keywords_at(word):
            match = _keyword_at(words, start, lexicon.keywords[n])
            if match is not None and not hidden & set(range(match.first, match.last + 1)):
                found.append(match)
    found.sort(key=lambda m: (-m.strength, m.first))
    taken: set[int] = set()
    kept = []
    for match in found:
        span = set(range(match.first, match.last + 1))
        if not span & taken:
            kept.append(match)
            taken |= span
    return kept


def _keyword_at(words: list[str], start: int, keyword: Keyword) -> Match | None:
    """The keyword if it starts at this word, spelt out, inflected, compounded or misspelt."""
    size = len(keyword.words)
    joined = "".join(keyword.words)
    if size > 1 and start + size <= len(words):
        typos = _phrase_typos(words[start : start + size], keyword.words)
        # One slip in a phrase; two make "min sidste" out of "min side".
        if typos is not None and typos <= 1:
            last = start + size - 1
            strength = keyword.letters - typos
            return Match(keyword.category, start, last, strength, keyword.spelling, typos)
    fit = fit_of(words[start], joined)
    if fit is None or (size > 1 and fit[1]):
        return None
    typos, compound = fit
    strength = keyword.letters - typos - (1 if compound else 0)
    return Match(keyword.category, start, start, strength, keyword.spelling, typos)


def _phrase_typos(words: list[str], targets: tuple[str, ...]) -> int | None:
    """Typos in words that spell out the targets one by one, or None if one is no fit."""
    typos = 0
    for word, target in zip(words, targets, strict=True):
        fit = fit_of(word, target)
        if fit is None or fit[1]:
            return None
        typos += fit[0]
    return typos


def best_category(
    text: str,
    tokens: list[Token],
    matches: list[Match],
    signal_tokens: set[int],
    proper: dict[str, str],
) -> tuple[str, str]:
    """The category with the most keyword letters, and the writer's words for its thing."""
    if not matches:
        return OTHER_CATEGORY, ""
    score: dict[str, int] = {}
    first: dict[str, int] = {}
    for match in matches:
        score[match.category] = score.get(match.category, 0) + match.strength
        first[match.category] = min(first.get(match.category, match.first), match.first)
    # A tie goes to the category named first: people tend to name the thing before the rest.
    category = min(score, key=lambda key: (-score[key], first[key]))
    own = [m for m in matches if m.category == category]
    # "printeren" names the thing better than "papirstop", which names the fault.
    things = [m for m in own if not signal_tokens & set(range(m.first, m.last + 1))] or own
    main = max(things, key=lambda m: (m.strength, -m.first))
    first_token, last_token = main.first, main.last
    used = {i for m in own for i in range(m.first, m.last + 1)}
    while first_token - 1 in used:
        first_token -= 1
    while last_token + 1 in used:
        last_token += 1
    return category, _subject(text, tokens, first_token, last_token, own, proper)


def _subject(
    text: str,
    tokens: list[Token],
    first: int,
    last: int,
    own: list[Match],
    proper: dict[str, str],
) -> str:
    """The words from token first to last as written, misspelt keywords spelt right."""
    misspelt = {m.first: m for m in own if m.typos and m.first == m.last}
    parts = []
    for i in range(first, last + 1):
        token = tokens[i]
        said = text[token.start : token.end]
        if i in misspelt:
            said = misspelt[i].spelling
        if said.islower() and token.word in proper:
            said = proper[token.word]
        elif i in misspelt and fold(said) in proper:
            said = proper[fold(said)]
        parts.append(said)
        if i < last:
            parts.append(text[token.end : tokens[i + 1].start])
    return "".join(parts)


def _proper(names: Iterable[tuple[str, ...]]) -> dict[str, str]:
    """Names the org file spells with capitals, such as 'Teams', 'VPN' and 'Momentum'."""
    proper: dict[str, str] = {}
    for category_names in names:
        for name in category_names:
            found = TOKEN.findall(name)
            for n, word in enumerate(found):
                # The first word of a name is capitalised as any sentence start is.
                if not word.islower() and (n or word.isupper() or len(found) == 1):
                    proper.setdefault(fold(word), word)
    return proper
