"""When a planned event happens: its first start, its length and its later occurrences."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from storage.models import Event


def start_of(event: Event) -> datetime:
    """The first start, on the wall clock of the event's time zone."""
    return datetime.fromisoformat(event.start).astimezone(ZoneInfo(event.timezone))


def length_of(event: Event) -> timedelta:
    """How long each occurrence lasts."""
    return datetime.fromisoformat(event.end) - start_of(event)


def occurrences(event: Event, after: datetime, until: datetime) -> list[datetime]:
    """Starts of the event between two moments (after excluded), in its own time zone."""
    first = start_of(event)
    if not event.rrule:
        return [first] if after < first <= until else []
    tz = ZoneInfo(event.timezone)
    rule = rrulestr(event.rrule, dtstart=first.replace(tzinfo=None))
    local_after = after.astimezone(tz).replace(tzinfo=None)
    local_until = until.astimezone(tz).replace(tzinfo=None)
    # Local wall-clock times keep a 10 o'clock meeting at 10 across daylight saving changes.
    return [
        moment.replace(tzinfo=tz)
        for moment in rule.between(local_after, local_until, inc=True)
        if after < moment.replace(tzinfo=tz) <= until
    ]


def next_start(event: Event, now: datetime) -> datetime | None:
    """When the event next begins after `now`, or None when it is over."""
    if not event.rrule:
        first = start_of(event)
        return first if first > now else None
    found = occurrences(event, now, now + timedelta(days=400))
    return found[0] if found else None
