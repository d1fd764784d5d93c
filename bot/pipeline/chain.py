"""Steps that wrap a turn, each around the next, and the run that chains them to the handler."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol

from botbuilder.core import TurnContext
from botbuilder.schema import Activity, ActivityTypes

# Runs the rest of the turn: the steps after this one, then the handler.
Next = Callable[[], Awaitable[None]]

Handler = Callable[[TurnContext], Awaitable[None]]


class Step(Protocol):
    """One part of every turn: does its work around `next_step`, or stops the turn."""

    async def __call__(self, context: TurnContext, next_step: Next) -> None: ...


def is_answered(activity: Activity) -> bool:
    """Whether the handler answers the activity: a message, or a card button's invoke."""
    return activity.type in (ActivityTypes.message, ActivityTypes.invoke)


async def run_steps(steps: Sequence[Step], context: TurnContext, handler: Handler) -> None:
    """Run `handler` inside every step, the first step outermost."""

    async def from_step(index: int) -> None:
        if index == len(steps):
            await handler(context)
        else:
            await steps[index](context, lambda: from_step(index + 1))

    await from_step(0)
