"""The reply gate: background posts into a chat wait until the turn has answered there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from botbuilder.core import TurnContext

from bot.pipeline.chain import Next, is_answered
from bot.sender import Answering

# Where the turn keeps the call that opens the gate again.
_OPEN: Final = "it-hjaelp.reply-gate"


def reply_sent(context: TurnContext) -> Callable[[], None]:
    """What to call once the turn's reply is out; calling it again does nothing."""
    return context.turn_state.get(_OPEN) or (lambda: None)


class ReplyGate:
    """Holds background posts into the turn's chat until its reply is out, or the turn ends."""

    def __init__(self, answering: Answering):
        self._answering = answering

    async def __call__(self, context: TurnContext, next_step: Next) -> None:
        if not is_answered(context.activity):
            await next_step()
            return
        # Work a flow starts in the background (an IT notice's live report) may be ready
        # before the reply; until the reply is out, it waits.
        answered = self._answering.begin(context.activity.conversation.id)
        context.turn_state[_OPEN] = answered
        try:
            await next_step()
        finally:
            answered()
