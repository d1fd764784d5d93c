"""An event as an iCalendar (.ics) file that Outlook can add."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, vRecur
from icalendar import Event as CalendarEvent

from dialogs.event_rules.schedule import start_of
from storage.models import Event


def to_ics(event: Event, org_name: str, timezone: str) -> bytes:
    """The event as an iCalendar file Outlook can add, in the organisation's time zone."""
    tz = ZoneInfo(timezone)
    calendar = Calendar()
    calendar.add("prodid", f"-//{org_name}//IT-hjælp//DA")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    item = CalendarEvent()
    item.add("uid", f"{event.event_id}@it-hjaelp")
    item.add("summary", event.title)
    item.add("dtstart", start_of(event).astimezone(tz))
    item.add("dtend", datetime.fromisoformat(event.end).astimezone(tz))
    item.add("dtstamp", datetime.fromisoformat(event.planned_at or event.start).astimezone(UTC))
    if event.place:
        item.add("location", event.place)
    if event.description:
        item.add("description", event.description)
    if event.rrule:
        item.add("rrule", vRecur.from_ical(event.rrule))
    if event.cancelled:
        item.add("status", "CANCELLED")
    calendar.add_component(item)
    calendar.add_missing_timezones()
    ics: bytes = calendar.to_ical()
    return ics
