"""Each step of a turn wraps the next around the handler, and the steps have their one order."""

from __future__ import annotations

from typing import Any

from botbuilder.core import MemoryStorage, PrivateConversationState, TurnContext

from bot.pipeline import DialogState, Remember, ReplyGate, TenantGate, run_steps, turn_steps
from bot.sender import Answering
from tests.turn_fakes import People, References, context


class Recorder:
    """A step that notes when the turn passes it on the way in and out."""

    def __init__(self, name: str, log: list[str]) -> None:
        self.name, self.log = name, log

    async def __call__(self, _context: TurnContext, next_step: Any) -> None:
        self.log.append(f"{self.name} in")
        await next_step()
        self.log.append(f"{self.name} out")


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
