"""The indexes that make reading a message quick find every word the slow way would have found."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.settings import DEMO_ORG_FILE
from dialogs import read_problem as reading
from dialogs.language.intents import fold, recognize
from dialogs.org_file import load_org
from dialogs.read_problem import READ_LIMIT, Reading, read_problem

CATEGORIES = load_org(DEMO_ORG_FILE).categories

# Inflected, compounded, misspelt and unrelated words, as people write them.
WRITTEN = (
    "printeren printr printerkø sprint papirstoppet fællesdrevet teamsmødet outlok momemtum "
    "skræmen headsettet netværket forbindelsen virkr ikke ikk fejlede fejlbeskeden crasher "
    "crashing problemer problemfri journalist excellent haster hastesagen akut kritisk urgnet "
    "borgeren venter løst fixed tak thanks windows programmet opdateringen kontoen browseren "
    "lyd lyder star start moment momentum min side sidste kan kunne vil ikke not cant hjælp "
    "help working broken glemt glemte adgangskoden passwrod mappe mappen folder følger"
)
WORDS = [fold(word) for word in WRITTEN.split()]

TABLES = (
    reading._SIGNAL_PHRASES,
    reading._RESOLVED_PHRASES,
    reading._HIDING_PHRASES,
    reading._URGENT_PHRASES,
)


@pytest.mark.parametrize("word", WORDS)
def test_a_phrase_is_tried_wherever_its_first_word_may_stand(word: str) -> None:
    for table in TABLES:
        near = table.first_words.near(word)
        for first_word in table.starting:
            fits = reading._same(word, first_word, compound=True)
            assert not fits or first_word in near, (word, first_word)


@pytest.mark.parametrize("word", WORDS)
def test_urgent_and_it_words_are_tried_wherever_they_may_fit(word: str) -> None:
    for targets in (reading._URGENT, reading._IT_WORDS):
        near = targets.near(word)
        for target in targets.targets:
            fits = reading._same(word, target) or reading._fit(word, target) is not None
            assert not fits or target in near, (word, target)


@pytest.mark.parametrize("word", WORDS)
def test_every_keyword_that_can_start_at_a_word_is_tried_there(word: str) -> None:
    lexicon = reading._lexicon(CATEGORIES)
    words = [word, "side", "jam", "ude", "ind"]
    tried = lexicon.keywords_at(word)
    for n, keyword in enumerate(lexicon.keywords):
        if reading._keyword_at(words, 0, keyword) is not None:
            assert n in tried, (word, keyword.spelling)
    assert tried == sorted(tried), "keywords keep the org file's order"


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
    assert read_problem(text, CATEGORIES, command=asked) == read_problem(text, CATEGORIES)


def test_only_the_start_of_a_very_long_message_decides_whether_it_is_a_command() -> None:
    # The whole message is no command, but its start, which is all that is read, is "hjælp".
    text = "hjælp" + " " * (READ_LIMIT - len("hjælp")) + "printeren"
    assert recognize(text) is None
    expected = Reading("none", "andet", False, "")
    assert read_problem(text, CATEGORIES) == expected
    assert read_problem(text, CATEGORIES, command=False) == expected


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
