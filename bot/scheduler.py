"""Reminders on APScheduler, behind intent-named methods. TinyDB stays the truth: jobs are rebuilt
from storage at start, never pickled."""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, time, timedelta
from typing import Any, Final

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from dialogs.effects.reminding import task_reminder_id

_LOGGER = logging.getLogger(__name__)

Handler = Callable[[str, dict[str, Any]], Awaitable[None]]

# The kinds of reminder the intent-named methods schedule; each job id starts with its kind.
EVENT_REMINDER: Final = "event"
TASK_REMINDER: Final = "task"


async def _fire(reminders: Reminders, kind: str, job_id: str, data: dict[str, Any]) -> None:
    """The one callback every job runs; it looks up what the reminder's kind means."""
    handler = reminders.handlers.get(kind)
    if handler is None:
        _LOGGER.error("reminder %s has unknown kind %r", job_id, kind)
        return
    try:
        await handler(job_id, data)
    except Exception:
        # One failing reminder must not stop the others; the traceback goes to the log.
        _LOGGER.exception("reminder %s (%s) failed", job_id, kind)


# APScheduler checks each new job's arguments against its callable's signature; worked out once
# here, that check stops being most of the start-up time with thousands of reminders.
_fire.__signature__ = inspect.signature(_fire)  # type: ignore[attr-defined]


# Reminders further ahead wait in a plain dict and become APScheduler jobs only when they come
# within this reach: thousands of future reminders then cost little memory and start-up time.
HORIZON: Final = timedelta(hours=12)
_PROMOTE_JOB: Final = "reminders:horizon"
_PROMOTE_EVERY: Final = timedelta(hours=1)


class Reminders:
    def __init__(
        self, timezone: str, *, paused: bool = False, clock: Callable[[], datetime] | None = None
    ):
        self._scheduler = AsyncIOScheduler(timezone=timezone)
        # Paused, APScheduler keeps the jobs but its timer never fires them; `run_due` does.
        self._paused = paused
        self._clock = clock or (lambda: datetime.now(UTC))
        self._later: dict[str, tuple[datetime, str, dict[str, Any]]] = {}
        self.handlers: dict[str, Handler] = {}
        self.handlers[_PROMOTE_JOB] = self._promote_due_soon

    def on(self, kind: str, handler: Handler) -> None:
        self.handlers[kind] = handler

    def start(self) -> None:
        self._scheduler.start(paused=self._paused)
        self._scheduler.add_job(
            _fire,
            IntervalTrigger(seconds=_PROMOTE_EVERY.total_seconds()),
            id=_PROMOTE_JOB,
            args=[self, _PROMOTE_JOB, _PROMOTE_JOB, {}],
            replace_existing=True,
            coalesce=True,
        )

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    @property
    def running(self) -> bool:
        return bool(self._scheduler.running)

    def schedule_reminder(self, job_id: str, at: datetime, kind: str, **data: Any) -> None:
        """Run `kind`'s handler at `at`; scheduling the same id again moves it."""
        if at - self._clock() > HORIZON:
            self.cancel(job_id)
            self._later[job_id] = (at, kind, data)
            return
        self._later.pop(job_id, None)
        self._add_once(job_id, at, kind, data)

    def run_daily(self, job_id: str, at: time, kind: str, **data: Any) -> None:
        """Run `kind`'s handler every day at `at` local time; it is not one of `job_ids`."""
        self._scheduler.add_job(
            _fire,
            CronTrigger(hour=at.hour, minute=at.minute, timezone=self._scheduler.timezone),
            id=job_id,
            args=[self, kind, job_id, data],
            replace_existing=True,
            misfire_grace_time=None,
            coalesce=True,
        )

    def daily_ids(self) -> list[str]:
        return [
            job.id
            for job in self._scheduler.get_jobs()
            if _is_daily(job) and job.id != _PROMOTE_JOB
        ]

    def remind_before_event(
        self, reminder_id: str, at: datetime, event_id: str, occurrence: str
    ) -> None:
        """Remind an event's people at `at` of the occurrence that starts at `occurrence`."""
        self.schedule_reminder(
            reminder_id, at, EVENT_REMINDER, event_id=event_id, occurrence=occurrence
        )

    def remind_before_deadline(self, task_id: str, at: datetime) -> None:
        """Remind whoever has a task, the working day before its deadline."""
        self.schedule_reminder(task_reminder_id(task_id), at, TASK_REMINDER, task_id=task_id)

    def forget_event(self, event_id: str) -> None:
        """Drop every reminder of an event not yet sent: it was cancelled or moved."""
        for job_id in self.job_ids():
            if job_id.startswith(f"{EVENT_REMINDER}:{event_id}:"):
                self.cancel(job_id)

    def forget_task(self, task_id: str) -> None:
        self.cancel(task_reminder_id(task_id))

    def cancel(self, job_id: str) -> None:
        if self._later.pop(job_id, None) is not None:
            return
        try:
            self._scheduler.remove_job(job_id)
        except JobLookupError:
            _LOGGER.debug("reminder %s was already gone", job_id)

    def job_ids(self) -> list[str]:
        """The one-off reminders still to come, earliest first."""
        routines = self._routines()
        soon = [
            (job.next_run_time, job.id)
            for job in self._scheduler.get_jobs()
            if job.id not in routines
        ]
        later = [(at, job_id) for job_id, (at, _, _) in self._later.items()]
        return [job_id for _, job_id in sorted(soon + later, key=lambda pair: pair[0])]

    def due_at(self, job_id: str) -> datetime | None:
        if job_id in self._later:
            return self._later[job_id][0]
        job = self._scheduler.get_job(job_id)
        return job.next_run_time if job is not None else None

    async def run_due(self, now: datetime) -> list[str]:
        """Fire, in time order, every job due by `now`, and name the one-off reminders among them;
        for a clock that is not the wall's."""
        self._promote(now)
        due = sorted(
            (job for job in self._scheduler.get_jobs() if job.next_run_time <= now),
            key=lambda job: job.next_run_time,
        )
        for job in due:
            if _is_daily(job):
                # Once per call, however many days passed: a missed day needs no second run.
                following = job.trigger.get_next_fire_time(job.next_run_time, now)
                self._scheduler.modify_job(job.id, next_run_time=following)
            else:
                self.cancel(job.id)
            await _fire(*job.args)
        return [job.id for job in due if not _is_daily(job) and job.id != _PROMOTE_JOB]

    def _routines(self) -> set[str]:
        return {_PROMOTE_JOB, *self.daily_ids()}

    def _promote(self, now: datetime) -> None:
        """Hand the reminders due within the horizon of `now` to APScheduler."""
        soon = [
            (job_id, entry) for job_id, entry in self._later.items() if entry[0] - now <= HORIZON
        ]
        for job_id, (at, kind, data) in soon:
            del self._later[job_id]
            self._add_once(job_id, at, kind, data)

    def _add_once(self, job_id: str, at: datetime, kind: str, data: dict[str, Any]) -> None:
        self._scheduler.add_job(
            _fire,
            "date",
            run_date=at,
            id=job_id,
            args=[self, kind, job_id, data],
            replace_existing=True,
            misfire_grace_time=None,
        )

    async def _promote_due_soon(self, _job_id: str, _data: dict[str, Any]) -> None:
        self._promote(self._clock())


def _is_daily(job: Any) -> bool:
    """A job that repeats, which firing moves on instead of removing."""
    return isinstance(job.trigger, CronTrigger | IntervalTrigger)
