"""The steps every turn runs through, each on its own with fakes, and their one order."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from typing import Any

import pytest
from botbuilder.core import MemoryStorage, PrivateConversationState, TurnContext
from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import Activity, ChannelAccount, ConversationAccount

from bot.pipeline import (
    DialogState,
    Remember,
    ReplyGate,
    TenantGate,
    TenantRefused,
    leave_pending,
    pending_of,
    reply_sent,
    run_steps,
    turn_steps,
)
from bot.sender import Answering
from storage.models import ConversationRef, Person
from storage.state_store import ETagConflict

TENANT = "tenant-varde"
CHAT = "a:anne"


def context(kind: str = "message", *, sender: str | None = "29:anne") -> TurnContext:
    activity = Activity(
        type=kind,
        channel_id="msteams",
        service_url="https://smba.example/emea/",
        conversation=ConversationAccount(id=CHAT, conversation_type="personal"),
        from_property=ChannelAccount(id=sender, name="Anne Andersen") if sender else None,
        recipient=ChannelAccount(id="28:bot", name="IT-hjælp"),
        channel_data={"tenant": {"id": TENANT}},
        locale="da-DK",
        text="hjælp",
    )
    return TurnContext(TestAdapter(), activity)


async def nothing_more() -> None:
    """The rest of a turn that does nothing."""


class References:
    def __init__(self) -> None:
        self.saved: list[ConversationRef] = []

    def save(self, reference: ConversationRef) -> None:
        self.saved.append(reference)


class People:
    def __init__(self, *known: Person) -> None:
        self.by_id = {p.user_id: p for p in known}

    def get(self, user_id: str) -> Person | None:
        return self.by_id.get(user_id)

    def upsert(self, person: Person) -> Person:
        self.by_id[person.user_id] = person
        return person


class Roster:
    """Teams' roster, which knows everyone's e-mail."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    async def __call__(self, _context: TurnContext, person: Person) -> Person:
        self.asked.append(person.user_id)
        return replace(person, email=person.email or "anne@varde.example")


class Recorder:
    """A step that notes when the turn passes it on the way in and out."""

    def __init__(self, name: str, log: list[str]) -> None:
        self.name, self.log = name, log

    async def __call__(self, _context: TurnContext, next_step: Any) -> None:
        self.log.append(f"{self.name} in")
        await next_step()
        self.log.append(f"{self.name} out")


class ConflictingStorage(MemoryStorage):
    """Someone else saved the same dialog state while the turn ran."""

    async def write(self, changes: dict[str, Any]) -> None:
        key = next(iter(changes))
        raise ETagConflict(key, "1", "2")


# -- the chain and its order ----------------------------------------------------------------


async def test_each_step_wraps_the_next_and_the_handler_runs_innermost() -> None:
    log: list[str] = []

    async def handler(_context: TurnContext) -> None:
        log.append("handler")

    await run_steps((Recorder("a", log), Recorder("b", log)), context(), handler)
    assert log == ["a in", "b in", "handler", "b out", "a out"]


async def test_a_step_that_does_not_go_on_ends_the_turn() -> None:
    log: list[str] = []

    async def stop(_context: TurnContext, _next_step: Any) -> None:
        log.append("stop")

    async def handler(_context: TurnContext) -> None:
        log.append("handler")

    await run_steps((stop, Recorder("after", log)), context(), handler)
    assert log == ["stop"]


def test_the_turn_runs_through_the_tenant_gate_remember_dialog_state_and_reply_gate() -> None:
    steps = turn_steps(
        tenant_allowed=lambda _tenant: True,
        references=References(),
        people=People(),
        dialog_state=PrivateConversationState(MemoryStorage()),
        answering=Answering(),
    )
    assert [type(step) for step in steps] == [TenantGate, Remember, DialogState, ReplyGate]


# -- the tenant gate -------------------------------------------------------------------------


async def test_the_tenant_gate_lets_an_allowed_tenant_through() -> None:
    seen: list[str | None] = []
    went_on: list[bool] = []

    def allowed(tenant: str | None) -> bool:
        seen.append(tenant)
        return True

    async def rest() -> None:
        went_on.append(True)

    await TenantGate(allowed)(context(), rest)
    assert seen == [TENANT]
    assert went_on == [True]


async def test_the_tenant_gate_refuses_another_tenant_before_the_turn_goes_on() -> None:
    went_on: list[bool] = []

    async def rest() -> None:
        went_on.append(True)

    with pytest.raises(TenantRefused) as refused:
        await TenantGate(lambda tenant: tenant == "another-tenant")(context(), rest)
    assert str(refused.value) == TENANT
    assert isinstance(refused.value, PermissionError)
    assert went_on == []


# -- remembering the chat and the person -----------------------------------------------------


async def test_remember_keeps_the_chat_and_the_sender_before_the_turn_goes_on() -> None:
    references, people, roster = References(), People(), Roster()
    kept_first: list[bool] = []

    async def rest() -> None:
        kept_first.append(bool(references.saved) and "29:anne" in people.by_id)

    await Remember(references=references, people=people, roster=roster)(context(), rest)
    assert kept_first == [True]
    [reference] = references.saved
    assert (reference.conversation_id, reference.user_id, reference.tenant_id) == (
        CHAT,
        "29:anne",
        TENANT,
    )
    assert "activityId" not in reference.reference
    anne = people.by_id["29:anne"]
    assert (anne.name, anne.email, anne.locale, anne.tenant_id) == (
        "Anne Andersen",
        "anne@varde.example",
        "da-DK",
        TENANT,
    )
    assert roster.asked == ["29:anne"]


async def test_remember_asks_the_roster_only_for_what_it_does_not_know() -> None:
    known = Person(user_id="29:anne", name="Anne", email="anne@varde.example")
    people, roster = People(known), Roster()
    await Remember(references=References(), people=people, roster=roster)(context(), nothing_more)
    assert roster.asked == []
    assert people.by_id["29:anne"].name == "Anne Andersen", "Teams' newest name is kept"


async def test_remember_keeps_the_bots_own_chat_but_not_the_bot_as_a_person() -> None:
    references, people = References(), People()
    await Remember(references=references, people=people, roster=Roster())(
        context(sender="28:bot"), nothing_more
    )
    assert len(references.saved) == 1
    assert people.by_id == {}


async def test_remember_keeps_nothing_of_an_activity_without_a_sender() -> None:
    references, people = References(), People()
    went_on: list[bool] = []

    async def rest() -> None:
        went_on.append(True)

    await Remember(references=references, people=people, roster=Roster())(
        context(sender=None), rest
    )
    assert (references.saved, people.by_id, went_on) == ([], {}, [True])


# -- dialog state ----------------------------------------------------------------------------


async def test_dialog_state_saves_what_a_turn_leaves_pending_for_the_next() -> None:
    step = DialogState(PrivateConversationState(MemoryStorage()))
    seen: list[dict[str, Any] | None] = []

    async def first() -> None:
        seen.append(pending_of(turn))
        leave_pending(turn, {"flow": "report_problem", "step": "where"})

    async def second() -> None:
        seen.append(pending_of(turn))

    turn = context()
    await step(turn, first)
    turn = context()
    await step(turn, second)
    assert seen == [None, {"flow": "report_problem", "step": "where"}]


async def test_dialog_state_stays_when_the_turn_leaves_nothing() -> None:
    step = DialogState(PrivateConversationState(MemoryStorage()))
    turn = context()

    async def leave() -> None:
        leave_pending(turn, {"flow": "plan_event"})

    await step(turn, leave)
    turn = context()
    await step(turn, nothing_more)  # an unsupported invoke, say: the handler left nothing
    turn = context()
    seen: list[dict[str, Any] | None] = []

    async def look() -> None:
        seen.append(pending_of(turn))

    await step(turn, look)
    assert seen == [{"flow": "plan_event"}]


async def test_dialog_state_tolerates_a_double_click(caplog: pytest.LogCaptureFixture) -> None:
    step = DialogState(PrivateConversationState(ConflictingStorage()))
    turn = context()

    async def leave() -> None:
        leave_pending(turn, {"flow": "report_problem"})

    with caplog.at_level(logging.INFO, logger="bot.pipeline.dialog_state"):
        await step(turn, leave)
    assert "dialog state of 29:anne changed during the turn" in caplog.messages


async def test_dialog_state_is_not_read_for_activities_nobody_answers() -> None:
    class Unreadable(MemoryStorage):
        async def read(self, keys: list[str]) -> dict[str, Any]:
            raise AssertionError(f"read {keys}")

    step = DialogState(PrivateConversationState(Unreadable()))
    turn = context("conversationUpdate")
    went_on: list[bool] = []

    async def rest() -> None:
        went_on.append(pending_of(turn) is None)

    await step(turn, rest)
    assert went_on == [True]


# -- the reply gate --------------------------------------------------------------------------


async def held(answering: Answering) -> bool:
    """Whether a background post into the chat would wait now."""
    waiting = asyncio.ensure_future(answering.over(CHAT))
    await asyncio.sleep(0)
    still = not waiting.done()
    waiting.cancel()
    return still


async def test_the_reply_gate_holds_the_chat_until_the_reply_is_out() -> None:
    answering = Answering()
    turn = context()
    states: list[bool] = []

    async def answer() -> None:
        states.append(await held(answering))
        reply_sent(turn)()
        states.append(await held(answering))

    await ReplyGate(answering)(turn, answer)
    assert states == [True, False]
    assert not await held(answering)


async def test_the_reply_gate_opens_when_the_turn_fails() -> None:
    answering = Answering()

    async def fail() -> None:
        raise RuntimeError("Teams did not take the reply")

    with pytest.raises(RuntimeError):
        await ReplyGate(answering)(context("invoke"), fail)
    assert not await held(answering)


async def test_the_reply_gate_holds_nothing_for_activities_nobody_answers() -> None:
    answering = Answering()
    turn = context("installationUpdate")
    states: list[bool] = []

    async def rest() -> None:
        states.append(await held(answering))
        reply_sent(turn)()  # nothing to open; calling it does no harm

    await ReplyGate(answering)(turn, rest)
    assert states == [False]
