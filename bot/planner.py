"""Course days, meetings and tasks outside a turn: each announcement and reminder to the core."""

# Who is told and when lives in dialogs/effects; this ties it to the scheduler's reminder kinds
# and dispatches each announcement by its type.

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from bot.scheduler import EVENT_REMINDER, TASK_REMINDER, Reminders
from dialogs.conversation import Services
from dialogs.effects.events import (
    Announcement,
    EventCancelled,
    EventMoved,
    EventPlanned,
    TaskDone,
    TaskGiven,
)
from dialogs.effects.planning import Planning
from dialogs.effects.ports import Messenger
from dialogs.effects.reminding import Reminding
from storage.repositories import SentReminders

_LOGGER = logging.getLogger(__name__)


class Planner:
    """Hands what planning in chat set in motion to the core, and fires reminders on time."""

    def __init__(
        self,
        *,
        services: Services,
        outbox: Messenger,
        sent: SentReminders,
        reminders: Reminders,
    ) -> None:
        self._reminding = Reminding(services, outbox, reminders, sent)
        planning = Planning(services, outbox, reminders, self._reminding)
        self._handlers: dict[type[Any], Callable[[Any], Awaitable[None]]] = {
            EventPlanned: planning.event_planned,
            EventMoved: planning.event_moved,
            EventCancelled: planning.event_cancelled,
            TaskGiven: planning.task_given,
            TaskDone: planning.task_done,
        }
        reminders.on(EVENT_REMINDER, self._event_due)
        reminders.on(TASK_REMINDER, self._task_due)

    def restore(self) -> None:
        """Schedule every reminder still to come; catch up on those missed while down."""
        self._reminding.restore()

    async def announce(self, change: Announcement) -> None:
        """Act on a change a flow made: invite, tell people of a change, plan reminders."""
        handler = self._handlers.get(type(change))
        if handler is None:
            _LOGGER.error("nothing acts on %r", change)
            return
        await handler(change)

    async def _event_due(self, reminder_id: str, data: dict[str, Any]) -> None:
        event_id = str(data.get("event_id") or "")
        await self._reminding.event_due(reminder_id, event_id, str(data.get("occurrence")))

    async def _task_due(self, reminder_id: str, data: dict[str, Any]) -> None:
        await self._reminding.task_due(reminder_id, str(data.get("task_id") or ""))
