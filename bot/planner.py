"""Course days, meetings and tasks outside a turn: invitations, reminders and change notices.

TinyDB is the truth. At start every reminder still to come is scheduled again, and the sent-log
makes each reminder exactly-once: it is written before the reminder goes out."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import Any, Final

from bot.outbox import Outbox
from bot.scheduler import EVENT_REMINDER, TASK_REMINDER, Reminders
from dialogs import delegate_task
from dialogs.conversation import Reply, Services
from dialogs.dates import format_period
from dialogs.event_rules import (
    HORIZON,
    Due,
    invitees,
    length_of,
    next_start,
    reminded,
    reminders_between,
)
from dialogs.language.texts import text
from dialogs.sign_up import invitation, when_text
from storage.models import Event, Task
from storage.repositories import SentReminders

_LOGGER = logging.getLogger(__name__)

SENT: Final = "sent"
DROPPED: Final = "dropped"
# How far back a start looks for reminders missed while the bot was down.
LOOK_BACK: Final = timedelta(days=31)


class Planner:
    """Sends what planning in chat set in motion, and keeps reminders on time."""

    def __init__(
        self,
        *,
        services: Services,
        outbox: Outbox,
        sent: SentReminders,
        reminders: Reminders,
    ) -> None:
        self._services = services
        self._outbox = outbox
        self._sent = sent
        self._reminders = reminders
        reminders.on(EVENT_REMINDER, self._event_due)
        reminders.on(TASK_REMINDER, self._task_due)

    def _now(self) -> datetime:
        return self._services.organisation.now()

    # -- start ---------------------------------------------------------------------------------

    def restore(self) -> None:
        """Schedule every reminder still to come; catch up on those missed while down."""
        now = self._now()
        for event in self._services.events.all():
            if not event.cancelled:
                self._catch_up(event, now)
                self._schedule(event, now)
        for task in self._services.tasks.all():
            if not task.done:
                self._schedule_task(task, now, catching_up=True)
        _LOGGER.info("%d reminders scheduled", len(self._reminders.job_ids()))

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
                self._reminders.remind_before_event(
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

    def _schedule(self, event: Event, now: datetime) -> None:
        for due in reminders_between(event, now, now + HORIZON):
            reminder_id = due.reminder_id(event.event_id)
            if not self._sent.handled(reminder_id):
                self._reminders.remind_before_event(
                    reminder_id, due.at, event.event_id, due.occurrence.isoformat()
                )

    def _schedule_task(self, task: Task, now: datetime, *, catching_up: bool = False) -> None:
        at = delegate_task.reminder_at(task, self._services)
        reminder_id = f"{TASK_REMINDER}:{task.task_id}"
        if self._sent.handled(reminder_id):
            return
        if at > now:
            self._reminders.remind_before_deadline(task.task_id, at)
            return
        planned = datetime.fromisoformat(task.planned_at) if task.planned_at else at
        if not catching_up or at <= planned:
            return  # due before the task existed: the task's own card said it all
        if date.fromisoformat(task.deadline) >= now.date():
            _LOGGER.info("task reminder %s was missed while down; sending it now", reminder_id)
            self._reminders.remind_before_deadline(task.task_id, now)
        else:
            self._sent.record(reminder_id, DROPPED)
            _LOGGER.warning("task reminder %s missed while down; the deadline passed", reminder_id)

    # -- what a turn set in motion ---------------------------------------------------------------

    async def announce(self, what: str, record_id: str) -> None:
        """Act on a change a flow made: invite, tell people of a change, plan reminders."""
        if what.startswith("event."):
            event = self._services.events.get(record_id)
            if event is None:
                return
            if what == "event.created":
                await self._invite(event)
            elif what == "event.moved":
                self._reminders.forget_event(event.event_id)
                await self._tell_affected(event, "event.moved_notice")
            elif what == "event.cancelled":
                self._reminders.forget_event(event.event_id)
                await self._tell_affected(event, "event.cancelled_notice")
            if not event.cancelled:
                self._schedule(event, self._now())
        elif what.startswith("task."):
            task = self._services.tasks.get(record_id)
            if task is None:
                return
            if what == "task.created":
                today = self._services.organisation.today()
                await self._outbox.to_person(
                    task.assigned_to,
                    lambda lang: Reply(card=delegate_task.card(self._services, task, lang, today)),
                    what,
                )
                self._schedule_task(task, self._now())
            elif what == "task.done":
                self._reminders.forget_task(task.task_id)

    async def _invite(self, event: Event) -> None:
        """The card to whole teams in their case channel, to everyone else 1:1."""
        now = self._now()
        covered: set[str] = set()
        posted = 0
        for key in event.teams:
            team = self._services.org.team(key)
            if team is not None and await self._outbox.post_in_team(
                key, Reply(card=invitation(self._services, event, self._org_lang, now))
            ):
                covered.update(team.everyone)
                posted += 1
        sent = skipped = 0
        for email in invitees(event, self._services.org):
            if email in covered or email == event.created_by:
                continue
            if await self._outbox.to_person(
                email,
                lambda lang: Reply(card=invitation(self._services, event, lang, now)),
                f"invitation to {event.event_id}",
            ):
                sent += 1
            else:
                skipped += 1
        _LOGGER.info(
            "event %s: invitation posted in %d team channel(s), sent to %d, %d without a chat",
            event.event_id,
            posted,
            sent,
            skipped,
        )

    async def _tell_affected(self, event: Event, key: str) -> None:
        """Whole teams hear it where they were invited; the signed-up and the rest 1:1."""
        now = self._now()
        org = self._services.org

        def notice(lang: str) -> Reply:
            when = when_text(event, now, lang)
            return Reply(text=text(f"{key}.{event.kind}", lang, title=event.title, when=when))

        covered: set[str] = set()
        for team_key in event.teams:
            team = org.team(team_key)
            if team is not None and await self._outbox.post_in_team(
                team_key, notice(self._org_lang)
            ):
                covered.update(team.everyone)
        signed = (*event.signed_up, *event.waitlist)
        for email in dict.fromkeys((*signed, *invitees(event, org))):
            if email == event.created_by or email in event.declined:
                continue
            if email in covered and email not in signed:
                continue
            await self._outbox.to_person(email, notice, f"{key} for {event.event_id}")

    # -- reminders -----------------------------------------------------------------------------

    async def _event_due(self, reminder_id: str, data: dict[str, Any]) -> None:
        if self._sent.handled(reminder_id):
            return
        event = self._services.events.get(str(data.get("event_id") or ""))
        if event is None or event.cancelled:
            return
        occurrence = datetime.fromisoformat(str(data["occurrence"]))
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
            await self._outbox.to_person(email, reminder, reminder_id)
        # A recurring meeting's later occurrences come within reach as time passes.
        if next_start(event, self._now()) is not None:
            self._schedule(event, self._now())

    async def _task_due(self, reminder_id: str, data: dict[str, Any]) -> None:
        if self._sent.handled(reminder_id):
            return
        task = self._services.tasks.get(str(data.get("task_id") or ""))
        if task is None or task.done:
            return
        self._sent.record(reminder_id, SENT)
        today = self._services.organisation.today()
        await self._outbox.to_person(
            task.assigned_to,
            lambda lang: Reply(
                card=delegate_task.card(self._services, task, lang, today),
                text=text("task.reminder", lang, title=task.title),
            ),
            reminder_id,
        )

    @property
    def _org_lang(self) -> str:
        return self._services.org.language
