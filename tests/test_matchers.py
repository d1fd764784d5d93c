"""Each kind of text, on its own: which matcher takes a message, and what it leaves to the next."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from dialogs import follow_case, matchers, report_absence, report_problem, small_talk
from dialogs.conversation import Turn
from dialogs.dates import Absence
from dialogs.language.intents import Intent
from dialogs.read_problem import Reading
from storage.models import Case, Person

PROBLEM = Reading("problem", "printer", False, "printeren")
THIN = Reading("thin", "andet", False, "")


@dataclass
class Flows:
    """The dispatcher as the matchers use it: its tables and its follow-up."""

    handlers: dict[str, Any] = field(default_factory=dict)
    continuations: dict[str, Any] = field(default_factory=dict)
    followed: list[Turn] = field(default_factory=list)

    def follow_up(self, turn: Turn) -> None:
        self.followed.append(turn)


@dataclass
class Said:
    """A message with its readings given, as `matchers.Message` would find them."""

    turn: Turn
    dispatcher: Flows = field(default_factory=Flows)
    intent: Intent | None = None
    waiting: Case | None = None
    reading: Reading | None = None
    absence: Absence | None = None

    @property
    def problem(self) -> bool:
        return self.reading is not None and self.reading.kind == "problem"


@pytest.fixture
def done(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """What the matchers started, by name, instead of running the flows."""
    started: list[tuple[str, Any]] = []
    monkeypatch.setattr(follow_case, "relay", lambda turn, case: started.append(("relay", case)))
    monkeypatch.setattr(report_problem, "start", lambda turn, r: started.append(("problem", r)))
    monkeypatch.setattr(report_absence, "start", lambda turn, a: started.append(("absence", a)))
    monkeypatch.setattr(small_talk, "not_understood", lambda turn: started.append(("unknown", "")))
    return started


def said(text: str = "", **readings: Any) -> Said:
    turn = Turn(person=Person(user_id="u1"), lang="da", services=None, text=text)  # type: ignore[arg-type]
    return Said(turn, **readings)


def test_the_order_is_question_relay_problem_command_absence_problem_unknown() -> None:
    assert [m.__name__ for m in matchers.ORDER] == [
        "answer_to_question",
        "relay_to_waiting_case",
        "problem_like_command",
        "command",
        "absence",
        "problem",
        "not_understood",
    ]


def test_an_answer_goes_to_the_flow_that_asked_then_its_follow_up() -> None:
    message = said("dansk")
    message.turn.pending = {"flow": "choose_language"}
    message.dispatcher.continuations["choose_language"] = lambda turn: True
    assert matchers.answer_to_question(message)
    assert message.dispatcher.followed == [message.turn]


def test_no_answer_drops_the_question_and_moves_on() -> None:
    message = said("hjælp")
    message.turn.pending = {"flow": "choose_language"}
    message.dispatcher.continuations["choose_language"] = lambda turn: False
    assert not matchers.answer_to_question(message)
    assert message.turn.pending is None
    assert message.dispatcher.followed == []
    assert not matchers.answer_to_question(said("hjælp"))


def test_a_waiting_case_takes_anything_but_a_command(done: list[tuple[str, Any]]) -> None:
    case = Case(number=7, requester="u1", team="ydelse", category="printer", description="")
    assert matchers.relay_to_waiting_case(said("den på 2. sal", waiting=case))
    assert done == [("relay", case)]
    assert not matchers.relay_to_waiting_case(said("hjælp", waiting=case, intent=Intent("help", 1)))
    assert not matchers.relay_to_waiting_case(said("den på 2. sal"))


def test_a_problem_that_starts_like_a_command_is_a_problem(done: list[tuple[str, Any]]) -> None:
    command = Intent("who_is_superuser", 0.8, "skærm er sort")
    assert matchers.problem_like_command(said(intent=command, reading=PROBLEM))
    assert done == [("problem", PROBLEM)]
    bare = Intent("who_is_superuser", 1)
    assert not matchers.problem_like_command(said(intent=bare, reading=PROBLEM))
    assert not matchers.problem_like_command(said(intent=command, reading=THIN))
    assert not matchers.problem_like_command(said(reading=PROBLEM))


def test_a_command_starts_its_flow_with_its_argument() -> None:
    started: list[str] = []
    message = said("hvem er superbruger i Team Unge", intent=Intent("who", 1, "i Team Unge"))
    message.dispatcher.handlers["who"] = lambda turn: started.append(turn.argument)
    assert matchers.command(message)
    assert started == ["i Team Unge"]
    assert not matchers.command(said("hjælp", intent=Intent("nobody_has_it", 1)))
    assert not matchers.command(said("printer"))


def test_an_absence_unless_it_reads_as_a_problem(done: list[tuple[str, Any]]) -> None:
    away = Absence(kind="away")
    assert matchers.absence(said("ferie", absence=away))
    assert done == [("absence", away)]
    assert not matchers.absence(said("ferie", absence=away, reading=PROBLEM))
    assert not matchers.absence(said("printer"))


def test_a_problem_even_a_thin_one(done: list[tuple[str, Any]]) -> None:
    assert matchers.problem(said(reading=THIN))
    assert done == [("problem", THIN)]
    assert not matchers.problem(said("blablabla"))


def test_whatever_is_left_is_not_understood(done: list[tuple[str, Any]]) -> None:
    assert matchers.not_understood(said("blablabla"))
    assert done == [("unknown", "")]
