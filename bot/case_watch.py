"""One reminder job per open case for its next escalation step, rebuilt from storage at start."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from bot.outbox import Outbox
from bot.scheduler import Reminders
from dialogs import watch_cases
from dialogs.conversation import Services
from storage.models import Case

_LOGGER = logging.getLogger(__name__)

WATCH: Final = "case.watch"
CATCH_UP_GAP: Final = timedelta(milliseconds=20)


def job_id(number: int) -> str:
    return f"case-watch-{number}"


class CaseWatch:
    """Keeps each open case's next step on the scheduler; the case's history decides the rest."""

    def __init__(self, services: Services, outbox: Outbox, reminders: Reminders):
        self._services = services
        self._outbox = outbox
        self._reminders = reminders
        reminders.on(WATCH, self._fire)
        outbox.case_listeners.append(self.schedule)
        # New thresholds or working hours move every case's next step, sooner or later.
        services.organisation.reload_listeners.append(self.restore)

    def restore(self) -> None:
        """Every open case's next step, from what TinyDB holds: at start and after a reload."""
        now = self._services.organisation.now()
        behind = 0
        for case in sorted(self._services.cases.all_open(), key=lambda case: case.number):
            at = self._due(case)
            if at is not None and at <= now:
                # Overdue while the bot was down: taken one after another, not all in one go,
                # so people are answered while it catches up.
                behind += 1
                at = now + behind * CATCH_UP_GAP
            self._plan(case, at)

    def schedule(self, case: Case) -> None:
        self._plan(case, self._due(case))

    def _due(self, case: Case) -> datetime | None:
        step = watch_cases.next_step(case, self._services.org)
        return None if step is None else step.at

    def _plan(self, case: Case, at: datetime | None) -> None:
        if at is None:
            self._reminders.cancel(job_id(case.number))
            return
        self._reminders.schedule_reminder(
            job_id(case.number), at.astimezone(UTC), WATCH, case=case.number
        )

    async def _fire(self, _job_id: str, data: dict[str, Any]) -> None:
        number = int(data["case"])
        turn = self._outbox.system_turn()
        # Steps caught up after a restart come in a row: store them together, before anyone hears.
        with self._services.cases.batch():
            taken = watch_cases.run_due(turn, number)
        await self._outbox.deliver(turn)
        case = self._services.cases.get(number)
        if case is not None:
            # Also when nothing was due: a job that fired early must come back at the right time.
            self.schedule(case)
        _LOGGER.info("case %d watched: %s", number, ", ".join(taken) or "nothing due")
