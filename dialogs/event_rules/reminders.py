"""Reminders of events: the offsets a planner may choose, and which reminders fall due when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from dialogs.event_rules.schedule import occurrences
from storage.models import Event

# Minutes before the start: a week, a day and an hour, unless the planner chooses others.
DEFAULT_REMINDERS: Final = (7 * 24 * 60, 24 * 60, 60)
REMINDER_CHOICES: Final = (7 * 24 * 60, 3 * 24 * 60, 24 * 60, 3 * 60, 60, 15)
MAX_REMINDER: Final = 60 * 24 * 60
# Reminders of a recurring meeting are planned this far ahead; each one sent plans further.
HORIZON: Final = timedelta(days=62)


@dataclass(frozen=True, order=True)
class Due:
    """One reminder of one occurrence."""

    at: datetime
    occurrence: datetime
    minutes: int

    def reminder_id(self, event_id: str) -> str:
        """The reminder's id, the same each time it is planned, so it is sent once."""
        return f"event:{event_id}:{self.occurrence.isoformat()}:{self.minutes}"


def reminders_between(event: Event, after: datetime, until: datetime) -> list[Due]:
    """The event's reminders due after `after` up to `until`, earliest first."""
    if event.cancelled or not event.reminders:
        return []
    latest = max(event.reminders)
    found = [
        Due(start - timedelta(minutes=minutes), start, minutes)
        for start in occurrences(event, after, until + timedelta(minutes=latest))
        for minutes in event.reminders
    ]
    return sorted(due for due in found if after < due.at <= until)
