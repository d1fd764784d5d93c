"""The working-hours clock: open hours from the org file, less holidays and closed days.

Pure: every function takes the moments it reasons about; nothing reads the wall clock. Durations
are real elapsed time, so a day on which the clocks change is counted as it is lived.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from dialogs.working_days import WEEKDAYS, is_working_day

# Without [working_hours] in the org file the job centre keeps ordinary office hours.
DEFAULT_HOURS: Final = dict.fromkeys(WEEKDAYS[:5], "08:00-16:00")
# Far enough to cross any run of closed days (Christmas and a long weekend), never endless.
_SEARCH_DAYS: Final = 400
_UTC: Final = ZoneInfo("UTC")


@dataclass(frozen=True)
class WorkingClock:
    """When the job centre is open, in its own time zone."""

    hours: dict[str, str]  # weekday ("mon") -> "08:00-15:30"
    timezone: str = "Europe/Copenhagen"
    closed: tuple[str, ...] = ()  # "MM-DD" days closed every year, e.g. "12-24"

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def _hours(self) -> dict[str, str]:
        return self.hours or DEFAULT_HOURS

    def is_open_day(self, day: date) -> bool:
        if day.strftime("%m-%d") in self.closed:
            return False
        return is_working_day(day, self._hours())

    def opening(self, day: date) -> tuple[datetime, datetime] | None:
        """The day's open hours as two aware moments, or None on a closed day."""
        if not self.is_open_day(day):
            return None
        start, end = self._hours()[WEEKDAYS[day.weekday()]].split("-")
        return (
            datetime.combine(day, time.fromisoformat(start), tzinfo=self.zone),
            datetime.combine(day, time.fromisoformat(end), tzinfo=self.zone),
        )

    def _open_spans(self, start: datetime) -> Iterator[tuple[datetime, datetime]]:
        """The open hours from `start` on, the first one cut to begin at `start`."""
        local = start.astimezone(self.zone)
        for offset in range(_SEARCH_DAYS):
            span = self.opening(local.date() + timedelta(days=offset))
            if span is None or span[1] <= local:
                continue
            yield max(span[0], local), span[1]

    def add_hours(self, start: datetime, hours: float) -> datetime:
        """The moment `hours` of open time after `start`."""
        left = timedelta(hours=hours)
        for begin, end in self._open_spans(start):
            if _span(begin, end) >= left:
                return (begin.astimezone(_UTC) + left).astimezone(self.zone)
            left -= _span(begin, end)
        raise ValueError(f"the job centre is not open within {_SEARCH_DAYS} days of {start}")

    def add_days(self, start: datetime, days: int) -> datetime:
        """The same time of day `days` open days on; outside open hours, from the next opening."""
        begin, _ = next(self._open_spans(start))
        day, left = begin.date(), days
        while left:
            day += timedelta(days=1)
            left -= self.is_open_day(day)
        opens, closes = self.opening(day) or (begin, begin)
        moment = datetime.combine(day, begin.timetz().replace(tzinfo=None), tzinfo=self.zone)
        return min(max(moment, opens), closes)

    def between(self, start: datetime, end: datetime) -> timedelta:
        """Open time from `start` to `end`; zero when `end` is not later."""
        total = timedelta()
        if end <= start:
            return total
        for begin, closes in self._open_spans(start):
            if begin >= end:
                break
            total += _span(begin, min(closes, end))
        return total


def _span(begin: datetime, end: datetime) -> timedelta:
    """Real time between two moments; subtracting in one zone would count wall-clock time."""
    return end.astimezone(_UTC) - begin.astimezone(_UTC)
