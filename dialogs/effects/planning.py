"""What each announcement of a flow sets in motion: who hears of it, which reminders change."""

from __future__ import annotations

from dialogs.conversation import Services
from dialogs.effects import telling
from dialogs.effects.events import (
    EventCancelled,
    EventChange,
    EventMoved,
    EventPlanned,
    TaskDone,
    TaskGiven,
)
from dialogs.effects.ports import Messenger, Timers
from dialogs.effects.reminding import Reminding
from storage.models import Event


class Planning:
    """The reactions to events and tasks planned in chat; the host calls one per announcement."""

    def __init__(
        self, services: Services, messenger: Messenger, timers: Timers, reminding: Reminding
    ) -> None:
        self._services = services
        self._messenger = messenger
        self._timers = timers
        self._reminding = reminding

    def _event(self, change: EventChange) -> Event | None:
        return self._services.events.get(change.event_id)

    async def event_planned(self, change: EventPlanned) -> None:
        event = self._event(change)
        if event is None:
            return
        now = self._services.organisation.now()
        await telling.invite(self._services, self._messenger, event, now)
        self._reschedule(event)

    async def event_moved(self, change: EventMoved) -> None:
        await self._changed(change, telling.MOVED)

    async def event_cancelled(self, change: EventCancelled) -> None:
        await self._changed(change, telling.CANCELLED)

    async def _changed(self, change: EventMoved | EventCancelled, key: str) -> None:
        event = self._event(change)
        if event is None:
            return
        self._timers.forget_event(event.event_id)
        now = self._services.organisation.now()
        await telling.tell_affected(self._services, self._messenger, event, key, now)
        self._reschedule(event)

    def _reschedule(self, event: Event) -> None:
        if not event.cancelled:
            self._reminding.schedule_event(event)

    async def task_given(self, change: TaskGiven) -> None:
        task = self._services.tasks.get(change.task_id)
        if task is None:
            return
        today = self._services.organisation.today()
        await telling.give_task(self._services, self._messenger, task, today)
        self._reminding.schedule_task(task)

    async def task_done(self, change: TaskDone) -> None:
        if self._services.tasks.get(change.task_id) is not None:
            self._timers.forget_task(change.task_id)
