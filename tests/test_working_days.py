"""Working days: the org file's weekdays, less Danish public holidays."""

from __future__ import annotations

from datetime import date

from dialogs.working_days import (
    add_working_days,
    is_working_day,
    working_day_before,
    working_days_between,
)

HOURS = {day: "08:00-15:30" for day in ("mon", "tue", "wed", "thu")} | {"fri": "08:00-13:00"}


def test_weekends_and_public_holidays_are_closed() -> None:
    assert is_working_day(date(2026, 11, 30), HOURS)  # a Monday
    assert not is_working_day(date(2026, 12, 5), HOURS)  # a Saturday
    assert not is_working_day(date(2026, 12, 25), HOURS)  # juledag
    assert not is_working_day(date(2027, 3, 25), HOURS)  # skærtorsdag


def test_days_without_hours_in_the_org_file_are_closed() -> None:
    assert not is_working_day(date(2026, 12, 4), {"mon": "08:00-15:30"})
    assert is_working_day(date(2026, 12, 4))  # default: Monday to Friday


def test_counting_working_days_skips_weekends_and_christmas() -> None:
    assert add_working_days(date(2026, 12, 4), 1, HOURS) == date(2026, 12, 7)
    assert add_working_days(date(2026, 12, 23), 2, HOURS) == date(2026, 12, 28)
    assert working_day_before(date(2026, 12, 7), HOURS) == date(2026, 12, 4)
    assert working_days_between(date(2026, 12, 4), date(2026, 12, 11), HOURS) == 5
    assert working_days_between(date(2026, 12, 11), date(2026, 12, 4), HOURS) == 0
