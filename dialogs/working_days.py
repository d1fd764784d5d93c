"""Which days the job centre is open: the org file's working days, less Danish public holidays."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import Final

import holidays

WEEKDAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Without [working_hours] in the org file the job centre keeps ordinary office days.
DEFAULT_DAYS: Final = frozenset(WEEKDAYS[:5])


@lru_cache(maxsize=64)
def _holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("DK", years=year)


def is_working_day(day: date, working_hours: dict[str, str] | None = None) -> bool:
    """Open on `day`: a day with working hours in the org file, and no public holiday."""
    days = frozenset(working_hours) if working_hours else DEFAULT_DAYS
    return WEEKDAYS[day.weekday()] in days and day not in _holidays(day.year)


def add_working_days(day: date, count: int, working_hours: dict[str, str] | None = None) -> date:
    """The working day `count` working days after `day` (before it, for a negative count)."""
    step = timedelta(days=1 if count >= 0 else -1)
    left = abs(count)
    while left:
        day += step
        if is_working_day(day, working_hours):
            left -= 1
    return day


def working_day_before(day: date, working_hours: dict[str, str] | None = None) -> date:
    """The last working day before `day`: where a reminder for a deadline on `day` belongs."""
    return add_working_days(day, -1, working_hours)


def working_days_between(
    start: date, end: date, working_hours: dict[str, str] | None = None
) -> int:
    """Working days after `start` up to and including `end`; 0 when `end` is not later."""
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        count += is_working_day(day, working_hours)
    return count
