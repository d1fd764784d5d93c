"""What a message is, in order: each matcher takes the message or leaves it to the next."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Final, Protocol

from dialogs import follow_case, report_absence, report_problem, small_talk
from dialogs.conversation import Turn
from dialogs.dates import Absence
from dialogs.flow import Answer, Start
from dialogs.language.intents import Intent
from dialogs.read_problem import Reading
from storage.models import Case


class Dispatching(Protocol):
    """What the matchers use of the dispatcher that runs them."""

    @property
    def continuations(self) -> Mapping[str, Answer]: ...

    @property
    def handlers(self) -> Mapping[str, Start]: ...

    def recognize(self, text: str) -> Intent | None: ...

    def follow_up(self, turn: Turn) -> None: ...


class Message:
    """A turn's text as the matchers see it; each reading of it is made once, when first asked."""

    def __init__(self, turn: Turn, dispatcher: Dispatching):
        self.turn = turn
        self.dispatcher = dispatcher

    @cached_property
    def intent(self) -> Intent | None:
        return self.dispatcher.recognize(self.turn.text)

    @cached_property
    def waiting(self) -> Case | None:
        return follow_case.waiting_case(self.turn)

    @cached_property
    def reading(self) -> Reading | None:
        return report_problem.understood(self.turn, command=self.intent is not None)

    @cached_property
    def problem(self) -> bool:
        return self.reading is not None and self.reading.kind == "problem"

    @cached_property
    def absence(self) -> Absence | None:
        return report_absence.understood(self.turn)


# Takes the message (and acts on it) or returns False for the next matcher to try.
Matcher = Callable[[Message], bool]


def answer_to_question(message: Message) -> bool:
    """The answer to what a flow asked this person last."""
    turn, dispatcher = message.turn, message.dispatcher
    pending = turn.pending
    continuation = dispatcher.continuations.get(str(pending.get("flow"))) if pending else None
    if continuation is not None and continuation(turn):
        dispatcher.follow_up(turn)
        return True
    # Whatever else the message is, the question it did not answer is dropped.
    turn.finish()
    return False


def relay_to_waiting_case(message: Message) -> bool:
    """A helper asked this person something; whatever they write now, short of a command."""
    if message.waiting is None or message.intent is not None:
        return False
    follow_case.relay(message.turn, message.waiting)
    return True


def problem_like_command(message: Message) -> bool:
    """'superbrugerens skærm er sort' starts like a command but reports a problem."""
    intent = message.intent
    reading = message.reading if intent is not None and intent.argument else None
    if reading is None or reading.kind != "problem":
        return False
    report_problem.start(message.turn, reading)
    return True


def command(message: Message) -> bool:
    """A command some flow starts."""
    intent = message.intent
    start = message.dispatcher.handlers.get(intent.name) if intent is not None else None
    if intent is None or start is None:
        return False
    message.turn.argument = intent.argument
    start(message.turn)
    return True


def absence(message: Message) -> bool:
    """'ferie 22.-26. december', 'tilbage igen'."""
    if message.problem or message.absence is None:
        return False
    report_absence.start(message.turn, message.absence)
    return True


def problem(message: Message) -> bool:
    """Anything that reads as an IT problem, clearly or not yet."""
    if message.reading is None:
        return False
    report_problem.start(message.turn, message.reading)
    return True


def not_understood(message: Message) -> bool:
    """The last resort: a kind 'I did not understand', with the nearest command."""
    small_talk.not_understood(message.turn)
    return True


ORDER: Final[tuple[Matcher, ...]] = (
    answer_to_question,
    relay_to_waiting_case,
    problem_like_command,
    command,
    absence,
    problem,
    not_understood,
)
