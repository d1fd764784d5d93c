"""The clock that stamps stored records, and the form its times are stored in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


def iso_utc(moment: datetime) -> str:
    """`moment` as stored: ISO-8601 in UTC, to the second, so stored times sort as text."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def timestamp(clock: Clock) -> str:
    """The clock's time as stored; a clock without a timezone is a mistake, not local time."""
    now = clock()
    if now.tzinfo is None:
        raise ValueError("the clock must return timezone-aware datetimes")
    return iso_utc(now)
