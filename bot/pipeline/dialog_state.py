"""Dialog state: what a flow left pending for a person's next message, loaded and saved."""

from __future__ import annotations

import logging
from typing import Any, Final

from botbuilder.core import BotState, TurnContext

from bot.pipeline.chain import Next, is_answered
from storage.state_store import ETagConflict

_LOGGER = logging.getLogger(__name__)

# Where the turn keeps the pending dialog it loaded, and the one the handler leaves behind.
_LOADED: Final = "it-hjaelp.pending"
_LEFT: Final = "it-hjaelp.pending.left"


def pending_of(context: TurnContext) -> dict[str, Any] | None:
    """The dialog a flow left pending in this chat, if any."""
    return context.turn_state.get(_LOADED)


def leave_pending(context: TurnContext, pending: dict[str, Any] | None) -> None:
    """What the turn leaves pending for the next message; None ends the dialog."""
    context.turn_state[_LEFT] = pending


class DialogState:
    """Loads the pending dialog before the turn and saves what the turn left after it."""

    def __init__(self, state: BotState):
        self._state = state
        self._pending = state.create_property("pending")

    async def __call__(self, context: TurnContext, next_step: Next) -> None:
        if not is_answered(context.activity):
            await next_step()
            return
        loaded = await self._pending.get(context, None)
        context.turn_state[_LOADED] = loaded if isinstance(loaded, dict) else None
        await next_step()
        if _LEFT in context.turn_state:
            await self._pending.set(context, context.turn_state[_LEFT])
        try:
            await self._state.save_changes(context)
        except ETagConflict:
            # Two messages from one person at once (a double click): the first one's state stands.
            _LOGGER.info(
                "dialog state of %s changed during the turn", context.activity.from_property.id
            )
