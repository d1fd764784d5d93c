"""The steps every turn runs through before the Teams handler, in their one order."""

from __future__ import annotations

from collections.abc import Callable

from botbuilder.core import BotState

from bot.mentions import from_roster
from bot.pipeline.chain import Next, Step, is_answered, run_steps
from bot.pipeline.dialog_state import DialogState, leave_pending, pending_of
from bot.pipeline.remember import Remember
from bot.pipeline.reply_gate import ReplyGate, reply_sent
from bot.pipeline.tenant_gate import TenantGate, TenantRefused
from bot.sender import Answering
from storage.repositories import ConversationRefs, People

__all__ = [
    "DialogState",
    "Next",
    "Remember",
    "ReplyGate",
    "Step",
    "TenantGate",
    "TenantRefused",
    "is_answered",
    "leave_pending",
    "pending_of",
    "reply_sent",
    "run_steps",
    "turn_steps",
]


def turn_steps(
    *,
    tenant_allowed: Callable[[str | None], bool],
    references: ConversationRefs,
    people: People,
    dialog_state: BotState,
    answering: Answering,
) -> tuple[Step, ...]:
    """The steps in the order they wrap the turn, the first outermost."""
    return (
        # Before anything is kept: another tenant's activity leaves no trace.
        TenantGate(tenant_allowed),
        Remember(references=references, people=people, roster=from_roster),
        DialogState(dialog_state),
        # Innermost, so the chat is held only while the handler works on its answer.
        ReplyGate(answering),
    )
