"""The working-hours clock: open hours, weekends, Danish holidays, closed days and DST."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from dialogs.working_hours import WorkingClock

CPH = ZoneInfo("Europe/Copenhagen")
HOURS = {day: "08:00-15:30" for day in ("mon", "tue", "wed", "thu")} | {"fri": "08:00-13:00"}
CLOCK = WorkingClock(HOURS, "Europe/Copenhagen", closed=("12-24", "12-31"))


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=CPH)


def test_friday_afternoon_plus_two_hours_is_monday_morning() -> None:
    # Friday ends 13:00: half an hour on Friday, an hour and a half on Monday.
    assert CLOCK.add_hours(at(2026, 12, 4, 12, 30), 2) == at(2026, 12, 7, 9, 30)


def test_within_a_day_and_from_before_opening() -> None:
    assert CLOCK.add_hours(at(2026, 11, 30, 9, 0), 0.5) == at(2026, 11, 30, 9, 30)
    assert CLOCK.add_hours(at(2026, 11, 30, 6, 0), 2) == at(2026, 11, 30, 10, 0)
    assert CLOCK.add_hours(at(2026, 11, 30, 17, 0), 1) == at(2026, 12, 1, 9, 0)


def test_a_case_opened_on_maundy_thursday_waits_until_the_tuesday_after_easter() -> None:
    # Skærtorsdag, langfredag and 2. påskedag are closed; the weekend between too.
    assert CLOCK.add_hours(at(2026, 4, 2, 10, 0), 2) == at(2026, 4, 7, 10, 0)
    assert CLOCK.add_days(at(2026, 4, 2, 10, 0), 1) == at(2026, 4, 8, 8, 0)


def test_the_23rd_of_december_plus_one_working_day_lands_after_christmas() -> None:
    # 24 December is closed by the org file, 25 and 26 are holidays, then a weekend.
    assert CLOCK.add_days(at(2026, 12, 23, 10, 0), 1) == at(2026, 12, 28, 10, 0)
    assert CLOCK.add_hours(at(2026, 12, 23, 15, 0), 1) == at(2026, 12, 28, 8, 30)


def test_closed_days_from_the_org_file() -> None:
    assert not CLOCK.is_open_day(at(2026, 12, 31).date())
    assert WorkingClock(HOURS).is_open_day(at(2026, 12, 31).date())


def test_the_spring_dst_weekend() -> None:
    # Clocks go forward in the night to Sunday 29 March 2026: CET before, CEST after.
    friday = at(2026, 3, 27, 12, 30)
    monday = CLOCK.add_hours(friday, 2)
    assert monday == at(2026, 3, 30, 9, 30)
    assert monday.utcoffset() == timedelta(hours=2)
    assert monday.astimezone(UTC) == datetime(2026, 3, 30, 7, 30, tzinfo=UTC)
    # The night's missing hour is not working time.
    assert CLOCK.between(friday, monday) == timedelta(hours=2)


def test_the_autumn_dst_weekend() -> None:
    # Clocks go back in the night to Sunday 25 October 2026: CEST before, CET after.
    friday = at(2026, 10, 23, 12, 0)
    monday = CLOCK.add_hours(friday, 2)
    assert monday == at(2026, 10, 26, 9, 0)
    assert monday.astimezone(UTC) == datetime(2026, 10, 26, 8, 0, tzinfo=UTC)
    assert CLOCK.add_days(friday, 1) == at(2026, 10, 26, 12, 0)
    assert CLOCK.between(friday, monday) == timedelta(hours=2)


def test_working_time_between_two_moments() -> None:
    assert CLOCK.between(at(2026, 11, 30, 9), at(2026, 12, 1, 9)) == timedelta(hours=7.5)
    assert CLOCK.between(at(2026, 12, 1, 9), at(2026, 11, 30, 9)) == timedelta()


def test_without_hours_in_the_org_file_the_office_keeps_ordinary_hours() -> None:
    plain = WorkingClock({})
    assert plain.add_hours(at(2026, 12, 4, 15, 0), 2) == at(2026, 12, 7, 9, 0)
