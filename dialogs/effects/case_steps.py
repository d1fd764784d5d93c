"""When each open case's next escalation step is due; its history decides which step that is."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Final

from dialogs import watch_cases
from dialogs.conversation import Services
from dialogs.effects.ports import Timers
from storage.models import Case

WATCH: Final = "case.watch"
CATCH_UP_GAP: Final = timedelta(milliseconds=20)


def job_id(number: int) -> str:
    return f"case-watch-{number}"


def restore(services: Services, timers: Timers) -> None:
    """Every open case's next step, from what storage holds: at start and after a reload."""
    now = services.organisation.now()
    behind = 0
    for case in sorted(services.cases.all_open(), key=lambda case: case.number):
        at = _due(case, services)
        if at is not None and at <= now:
            # Overdue while the bot was down: taken one after another, not all in one go,
            # so people are answered while it catches up.
            behind += 1
            at = now + behind * CATCH_UP_GAP
        _plan(case, at, timers)


def schedule(case: Case, services: Services, timers: Timers) -> None:
    """The case's next step on the timers, or none when nothing is left to do."""
    _plan(case, _due(case, services), timers)


def _due(case: Case, services: Services) -> datetime | None:
    step = watch_cases.next_step(case, services.org)
    return None if step is None else step.at


def _plan(case: Case, at: datetime | None, timers: Timers) -> None:
    if at is None:
        timers.cancel(job_id(case.number))
        return
    timers.schedule_reminder(job_id(case.number), at.astimezone(UTC), WATCH, case=case.number)
