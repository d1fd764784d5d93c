"""The nightly job that archives closed cases and anonymises those past the retention period."""

from __future__ import annotations

import logging
from datetime import datetime, time
from typing import Any, Final

from bot.scheduler import Reminders
from dialogs.conversation import Services
from dialogs.retention import anonymised, cutoff_stamp, is_due

_LOGGER = logging.getLogger(__name__)

KIND: Final = "retention"
JOB_ID: Final = "retention:daily"
# At night, when nobody waits for an answer while the archive files are rewritten.
RUNS_AT: Final = time(3, 0)


class Retention:
    """Runs once a day; nothing is pickled, each start schedules it again."""

    def __init__(self, services: Services, reminders: Reminders) -> None:
        self._services = services
        self._reminders = reminders
        reminders.on(KIND, self._due)

    def restore(self) -> None:
        """Schedule the nightly run."""
        self._reminders.run_daily(JOB_ID, RUNS_AT, KIND)

    def run(self, now: datetime) -> tuple[int, int]:
        """Archive closed cases and anonymise the due ones; (archived, anonymised)."""
        cases = self._services.cases
        days = self._services.org.retention_days
        archived = cases.archive_closed()
        forgotten = 0
        with cases.batch():
            for number in cases.archived_before(cutoff_stamp(now, days)):
                case = cases.get(number)
                if case is not None and is_due(case, now, days):
                    cases.save(anonymised(case))
                    forgotten += 1
        _LOGGER.info(
            "retention: %d cases archived, %d anonymised (older than %d days)",
            archived,
            forgotten,
            days,
        )
        return archived, forgotten

    async def _due(self, _job_id: str, _data: dict[str, Any]) -> None:
        self.run(self._services.organisation.now())
