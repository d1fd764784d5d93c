"""Reminders on APScheduler, behind intent-named methods. TinyDB stays the truth: jobs are rebuilt
from storage at start, never pickled."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler

_LOGGER = logging.getLogger(__name__)

Handler = Callable[[str, dict[str, Any]], Awaitable[None]]


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


class Reminders:
    def __init__(self, timezone: str):
        self._scheduler = AsyncIOScheduler(timezone=timezone)
        self.handlers: dict[str, Handler] = {}

    def on(self, kind: str, handler: Handler) -> None:
        self.handlers[kind] = handler

    def start(self) -> None:
        self._scheduler.start()

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    @property
    def running(self) -> bool:
        return bool(self._scheduler.running)

    def schedule_reminder(self, job_id: str, at: datetime, kind: str, **data: Any) -> None:
        """Run `kind`'s handler at `at`; scheduling the same id again moves it."""
        self._scheduler.add_job(
            _fire,
            "date",
            run_date=at,
            id=job_id,
            args=[self, kind, job_id, data],
            replace_existing=True,
            misfire_grace_time=None,
        )

    def cancel(self, job_id: str) -> None:
        try:
            self._scheduler.remove_job(job_id)
        except JobLookupError:
            _LOGGER.debug("reminder %s was already gone", job_id)

    def job_ids(self) -> list[str]:
        return [job.id for job in self._scheduler.get_jobs()]
