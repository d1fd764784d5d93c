"""What the host keeps for the core, in memory: its timers and its notice queue."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any


class Timers:
    """The core's `Timers`: jobs kept by id, run when the test moves the clock past them."""

    def __init__(self) -> None:
        self.jobs: dict[str, tuple[datetime, str, dict[str, Any]]] = {}

    def schedule_reminder(self, job_id: str, at: datetime, kind: str, **data: Any) -> None:
        self.jobs[job_id] = (at, kind, data)

    def cancel(self, job_id: str) -> None:
        self.jobs.pop(job_id, None)

    def job_ids(self) -> list[str]:
        return sorted(self.jobs)

    def due(self, now: datetime) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """Take out the jobs due by `now`, earliest first."""
        for job_id, (_at, kind, data) in sorted(self.jobs.items(), key=lambda j: j[1][0]):
            if self.jobs[job_id][0] <= now:
                del self.jobs[job_id]
                yield job_id, kind, data


class Queue:
    """The notice queue flows see; broadcasting is the host's, so it only records the calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def _record(self, what: str, notice_id: str) -> int:
        self.calls.append((what, notice_id))
        return 0

    def send_now(self, notice_id: str) -> int:
        return self._record("send_now", notice_id)

    def schedule(self, notice_id: str) -> None:
        self._record("schedule", notice_id)

    def unschedule(self, notice_id: str) -> None:
        self._record("unschedule", notice_id)

    def retry_failed(self, notice_id: str) -> int:
        return self._record("retry_failed", notice_id)

    def correct(self, notice_id: str) -> int:
        return self._record("correct", notice_id)

    def retract(self, notice_id: str) -> int:
        return self._record("retract", notice_id)

    def refresh_report(self, notice_id: str) -> None:
        self._record("refresh_report", notice_id)
