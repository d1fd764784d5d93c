"""Dialog state carries what a turn leaves pending to the next, and tolerates a double click."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from botbuilder.core import MemoryStorage, PrivateConversationState

from bot.pipeline import DialogState, leave_pending, pending_of
from storage.state_store import ETagConflict
from tests.turn_fakes import context, nothing_more


class ConflictingStorage(MemoryStorage):
    """Someone else saved the same dialog state while the turn ran."""

    async def write(self, changes: dict[str, Any]) -> None:
        key = next(iter(changes))
        raise ETagConflict(key, "1", "2")


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
