"""The indexes that make reading a message quick find every word the slow way would have found."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest

from bot.settings import DEMO_ORG_FILE
from dialogs.flows import dispatcher
from dialogs.org_file import load_org
from dialogs.read_problem import (
    IDIOMS,
    IT_WORDS,
    READ_LIMIT,
    RESOLVED,
    STRONG_SIGNALS,
    THANKS,
    URGENT_PHRASES,
    URGENT_WORDS,
    WEAK_SIGNALS,
    Reading,
    category_of,
    is_urgent,
    read_problem,
)
from dialogs.read_problem.matching import Index

recognize = dispatcher().recognize


def is_command(text: str) -> bool:
    return recognize(text) is not None


CATEGORIES = load_org(DEMO_ORG_FILE).categories
KEYWORDS = tuple(k for c in CATEGORIES for k in c.keywords)
# Typos are read only in words of five letters or more.
TYPO_FROM = 5

Lookup = Callable[[Index, str], set]


def every_target(index: Index, word: str) -> set:
    """The slow way: every word, phrase and keyword is tried on every word of a message."""
    return set(index.items)


def no_target(index: Index, word: str) -> set:
    """A lookup that finds nothing: a case that reads the same with it could not fail."""
    return set()


@contextmanager
def looking_up(near: Lookup) -> Iterator[None]:
    """Messages read while every index answers with `near`."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Index, "near", near)
        yield


def everything_read(text: str) -> tuple[Reading, str, bool]:
    return read_problem(text, CATEGORIES), category_of(text, CATEGORIES), is_urgent(text)


def swapped(word: str, i: int) -> str:
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def transposed(word: str) -> str:
    """The word with its first two different neighbouring letters after the first swapped."""
    for i in range(1, len(word) - 1):
        if word[i] != word[i + 1]:
            return swapped(word, i)
    return word


def one_typo(phrase: str) -> str:
    """The phrase with a slip in its longest word, the one a reader is likeliest to misspell."""
    words = phrase.split()
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    words[longest] = transposed(words[longest])
    return " ".join(words)


def with_slip(word: str, rng: random.Random) -> str:
    """One slip of the kinds people make on a keyboard: a letter dropped, doubled or swapped."""
    if len(word) < TYPO_FROM:
        return word
    i = rng.randrange(1, len(word) - 2)
    slip = rng.choice(("drop", "double", "swap"))
    if slip == "drop":
        return word[:i] + word[i + 1 :]
    if slip == "double":
        return word[:i] + word[i] + word[i:]
    return swapped(word, i)


ENDINGS = ("", "", "", "en", "et", "erne", "s", "ne")
GLUE = (
    "min", "jeg", "har", "et", "med", "på", "den", "det", "er", "igen", "stadig", "i", "dag",
    "og", "men", "til", "my", "the", "is", "again", "hele", "tiden", "nu", "hvorfor",
)  # fmt: skip
THINGS = KEYWORDS + IT_WORDS
FAULTS = STRONG_SIGNALS + WEAK_SIGNALS
ASIDES = URGENT_WORDS + URGENT_PHRASES + RESOLVED + IDIOMS + THANKS + ("borgeren venter",)


def realistic_message(rng: random.Random) -> str:
    """A message as people write one: a thing or two or none, a fault, words around them, slips."""
    parts = [rng.choice(THINGS) + rng.choice(ENDINGS) for _ in range(rng.randint(0, 2))]
    parts += [rng.choice(FAULTS) for _ in range(rng.randint(0, 2))]
    if rng.random() < 0.4:
        parts.append(rng.choice(ASIDES))
    parts += [rng.choice(GLUE) for _ in range(rng.randint(0, 4))]
    rng.shuffle(parts)
    words = " ".join(parts).split()
    # About one word in four is misspelt, as in a quick message typed on a phone.
    return " ".join(with_slip(w, rng) if rng.random() < 0.25 else w for w in words)


def depends_on_lookup(text: str) -> bool:
    """Whether the message reads otherwise when the lookup finds nothing than when it tries all."""
    with looking_up(every_target):
        slow = everything_read(text)
    with looking_up(no_target):
        blind = everything_read(text)
    return slow != blind


SAMPLE_RNG = random.Random(20240611)
# Only messages whose reading depends on what the lookup finds, so each case can fail.
MESSAGES = tuple(
    dict.fromkeys(
        text
        for text in (realistic_message(SAMPLE_RNG) for _ in range(400))
        if depends_on_lookup(text)
    )
)[:150]
# Each keyword and phrase that can be misspelt at all, with one slip, on its own and in a message.
MISSPELT = tuple(
    dict.fromkeys(
        one_typo(phrase)
        for phrase in KEYWORDS + FAULTS + ASIDES
        if max(map(len, phrase.split())) >= TYPO_FROM
    )
)
# Keywords of more than one word written as one, as in "paperjam" and "minside", right or not.
JOINED = tuple("".join(k.split()) for k in KEYWORDS if " " in k)
RUN_TOGETHER = JOINED + tuple(one_typo(k) for k in JOINED)
IN_MESSAGES = (
    *MISSPELT,
    *RUN_TOGETHER,
    *(f"{keyword} virker ikke" for keyword in RUN_TOGETHER),
    *(f"{typo} virker ikke" for typo in MISSPELT),
    *(f"hej, {typo} med printeren" for typo in MISSPELT),
)
CASES = MESSAGES + tuple(text for text in IN_MESSAGES if depends_on_lookup(text))


@pytest.mark.parametrize("text", CASES)
def test_a_message_reads_the_same_as_when_every_word_is_tried_everywhere(text: str) -> None:
    with looking_up(every_target):
        slow = everything_read(text)
    assert everything_read(text) == slow, text


def test_the_sample_has_every_category_and_every_kind_of_reading() -> None:
    read = {category_of(text, CATEGORIES) for text in MESSAGES}
    assert read >= {c.key for c in CATEGORIES}
    kinds = {read_problem(text, CATEGORIES).kind for text in MESSAGES}
    assert kinds == {"problem", "thin", "unclear", "none"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pritner", "printer"),
        ("outlok", "office"),
        ("momemtum", "momentum"),
        ("adgnagskoden", "login"),
        ("jorunalisering", "esdh"),
        ("hedset", "telefon"),
        ("internte", "netvaerk"),
        ("tilaldelse", "adgang"),
        ("udruling", "nye-it-redskaber"),
    ],
)
def test_a_misspelt_keyword_is_found_by_its_first_letter(text: str, expected: str) -> None:
    # No keyword stands in the word as written, so only a lookup by first letter finds it.
    assert category_of(text, CATEGORIES) == expected


def test_keywords_follow_the_org_file_when_it_changes() -> None:
    assert read_problem("problem med plotteren", CATEGORIES).category == "andet"
    reloaded = tuple(
        replace(c, keywords=(*c.keywords, "plotter")) if c.key == "printer" else c
        for c in CATEGORIES
    )
    assert read_problem("problem med plotteren", reloaded).category == "printer"
    renamed = tuple(
        replace(c, name={"da": "Printer og PLOTTER", "en": "Printer"}) if c.key == "printer" else c
        for c in reloaded
    )
    assert read_problem("problem med plotter", renamed).subject == "PLOTTER"
    # The file as it was reads as before.
    assert read_problem("problem med plotteren", CATEGORIES).category == "andet"


@pytest.mark.parametrize(
    "text",
    [
        "problem med printeren",
        "portefølje momentum",
        "sag printeren virker ikke",
        "superbrugerens skærm er sort",
        "tak for hjælpen",
        "hvem er superbruger i Team Unge",
    ],
)
def test_a_command_recognised_already_reads_as_when_asked_again(text: str) -> None:
    asked = recognize(text) is not None
    assert read_problem(text, CATEGORIES, command=asked) == read_problem(
        text, CATEGORIES, is_command=is_command
    )


def test_only_the_start_of_a_very_long_message_decides_whether_it_is_a_command() -> None:
    # The whole message is no command, but its start, which is all that is read, is "hjælp".
    text = "hjælp" + " " * (READ_LIMIT - len("hjælp")) + "printeren"
    assert recognize(text) is None
    expected = Reading("none", "andet", False, "")
    assert read_problem(text, CATEGORIES, is_command=is_command) == expected
    assert read_problem(text, CATEGORIES, command=False, is_command=is_command) == expected


@pytest.mark.parametrize(
    ("text", "intent", "argument", "score"),
    [
        # The longest command that fits wins, even with more slips than a shorter exact one.
        ("oversigt ovr superbrugere", "overview", "", 1 - 2 / 27),
        ("it-support har løst sag 4", "central_answer", "sag 4", 1 - 2 / 21),
        ("fjern som superbrugr Bo", "remove_superuser", "Bo", 1 - 1 / 21),
        ("superbrugerens skærm er sort", "who_is_superuser", "skærm er sort", 1 - 2 / 12),
        ("følg 12", "follow_item", "12", 1.0),
        ("hjaelp", "help", "", 1.0),
    ],
)
def test_commands_are_ranked_as_before(text: str, intent: str, argument: str, score: float) -> None:
    found = recognize(text)
    assert found is not None
    assert (found.name, found.argument) == (intent, argument)
    assert found.score == pytest.approx(score)


@pytest.mark.parametrize("text", ["følgg 12", "udsendt mail virker ikke", "folk er syge"])
def test_exact_commands_take_no_typo(text: str) -> None:
    assert recognize(text) is None
