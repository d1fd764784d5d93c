"""When events' and tasks' people are reminded, and what happens to reminders missed while down.

TinyDB is the truth. At start every reminder still to come is scheduled again, and the sent-log
makes each reminder exactly-once: it is written before the reminder goes out."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import Final

from dialogs import delegate_task
from dialogs.conversation import Reply, Services
from dialogs.dates import format_period
from dialogs.effects.ports import Messenger, Timers
from dialogs.event_rules import HORIZON, Due, length_of, next_start, reminded, reminders_between
from dialogs.language.texts import text
from storage.models import Event, Task
from storage.repositories import SentReminders

_LOGGER = logging.getLogger(__name__)

SENT: Final = "sent"
DROPPED: Final = "dropped"
# How far back a start looks for reminders missed while the bot was down.
LOOK_BACK: Final = timedelta(days=31)


def task_reminder_id(task_id: str) -> str:
    return f"task:{task_id}"


class Reminding:
    """Keeps every event's and task's reminders on the timers, and sends them when due."""

    def __init__(
        self, services: Services, messenger: Messenger, timers: Timers, sent: SentReminders
    ) -> None:
        self._services = services
        self._messenger = messenger
        self._timers = timers
        self._sent = sent

    def _now(self) -> datetime:
        return self._services.organisation.now()

    def restore(self) -> None:
        """Schedule every reminder still to come; catch up on those missed while down."""
        now = self._now()
        for event in self._services.events.all():
            if not event.cancelled:
                self._catch_up(event, now)
                self.schedule_event(event)
        for task in self._services.tasks.all():
            if not task.done:
                self.schedule_task(task, catching_up=True)
        _LOGGER.info("%d reminders scheduled", len(self._timers.job_ids()))

    def _catch_up(self, event: Event, now: datetime) -> None:
        """Missed reminders: the latest of each occurrence not yet begun is sent now."""
        since = max(datetime.fromisoformat(event.planned_at or event.start), now - LOOK_BACK)
        missed = [
            due
            for due in reminders_between(event, since, now)
            if not self._sent.handled(due.reminder_id(event.event_id))
        ]
        latest: dict[datetime, Due] = {}
        for due in missed:
            latest[due.occurrence] = due  # sorted by time, so the last one wins
        for due in missed:
            reminder_id = due.reminder_id(event.event_id)
            if due.occurrence > now and latest[due.occurrence] is due:
                _LOGGER.info("reminder %s was missed while down; sending it now", reminder_id)
                self._timers.remind_before_event(
                    reminder_id, now, event.event_id, due.occurrence.isoformat()
                )
                continue
            self._sent.record(reminder_id, DROPPED)
            _LOGGER.warning(
                "reminder %s was due %s while the bot was down; dropped, %s",
                reminder_id,
                due.at.isoformat(),
                "a later one replaces it" if due.occurrence > now else "the event has begun",
            )

    def schedule_event(self, event: Event) -> None:
        """The event's reminders due within the timers' horizon and not yet sent."""
        now = self._now()
        for due in reminders_between(event, now, now + HORIZON):
            reminder_id = due.reminder_id(event.event_id)
            if not self._sent.handled(reminder_id):
                self._timers.remind_before_event(
                    reminder_id, due.at, event.event_id, due.occurrence.isoformat()
                )

    def schedule_task(self, task: Task, *, catching_up: bool = False) -> None:
        """The task's reminder the working day before its deadline, if not sent already."""
        now = self._now()
        at = delegate_task.reminder_at(task, self._services)
        reminder_id = task_reminder_id(task.task_id)
        if self._sent.handled(reminder_id):
            return
        if at > now:
            self._timers.remind_before_deadline(task.task_id, at)
            return
        planned = datetime.fromisoformat(task.planned_at) if task.planned_at else at
        if not catching_up or at <= planned:
            return  # due before the task existed: the task's own card said it all
        if date.fromisoformat(task.deadline) >= now.date():
            _LOGGER.info("task reminder %s was missed while down; sending it now", reminder_id)
            self._timers.remind_before_deadline(task.task_id, now)
        else:
            self._sent.record(reminder_id, DROPPED)
            _LOGGER.warning("task reminder %s missed while down; the deadline passed", reminder_id)

    async def event_due(self, reminder_id: str, event_id: str, starts: str) -> None:
        """Remind the event's people of the occurrence that starts at `starts`, once."""
        if self._sent.handled(reminder_id):
            return
        event = self._services.events.get(event_id)
        if event is None or event.cancelled:
            return
        occurrence = datetime.fromisoformat(starts)
        self._sent.record(reminder_id, SENT)
        today = self._services.organisation.today()
        end = occurrence + length_of(event)

        def reminder(lang: str) -> Reply:
            said = text(
                f"event.reminder.{event.kind}",
                lang,
                title=event.title,
                when=format_period(occurrence, end, lang, today),
            )
            if event.place:
                said += " " + text("event.reminder_place", lang, place=event.place)
            return Reply(text=said)

        for email in reminded(event, self._services.org):
            await self._messenger.send_1to1(email, reminder, reminder_id)
        # A recurring meeting's later occurrences come within reach as time passes.
        if next_start(event, self._now()) is not None:
            self.schedule_event(event)

    async def task_due(self, reminder_id: str, task_id: str) -> None:
        """Remind whoever has the task, once, unless it is done."""
        if self._sent.handled(reminder_id):
            return
        task = self._services.tasks.get(task_id)
        if task is None or task.done:
            return
        self._sent.record(reminder_id, SENT)
        today = self._services.organisation.today()
        await self._messenger.send_1to1(
            task.assigned_to,
            lambda lang: Reply(
                card=delegate_task.card(self._services, task, lang, today),
                text=text("task.reminder", lang, title=task.title),
            ),
            reminder_id,
        )
