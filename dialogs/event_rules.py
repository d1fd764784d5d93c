"""Course days and meetings as rules: what a planning message says, when an event happens,
when its reminders are due, who is invited, and its calendar file."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from icalendar import Calendar, vRecur
from icalendar import Event as CalendarEvent

from dialogs.dates import find_day
from dialogs.org_file import Organisation
from dialogs.organisation import DEPUTY, FAGKOORDINATOR, LEADER, SUPERUSER
from storage.models import Event

COURSE: Final = "course"
MEETING: Final = "meeting"
KINDS: Final = (COURSE, MEETING)
# Minutes before the start: a week, a day and an hour, unless the planner chooses others.
DEFAULT_REMINDERS: Final = (7 * 24 * 60, 24 * 60, 60)
REMINDER_CHOICES: Final = (7 * 24 * 60, 3 * 24 * 60, 24 * 60, 3 * 60, 60, 15)
MAX_REMINDER: Final = 60 * 24 * 60
DEFAULT_LENGTH: Final = timedelta(hours=1)
# Reminders of a recurring meeting are planned this far ahead; each one sent plans further.
HORIZON: Final = timedelta(days=62)
# Roles an event can invite, as the texts and cards name them.
ROLES: Final = (SUPERUSER, DEPUTY, LEADER, FAGKOORDINATOR)
ROLE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    SUPERUSER: ("superbrugere", "superbrugerne", "superusers", "the superusers"),
    DEPUTY: ("stedfortrædere", "stedfortræderne", "deputies", "the deputies"),
    LEADER: ("teamledere", "teamlederne", "ledere", "team leaders", "the team leaders", "leaders"),
    FAGKOORDINATOR: (
        "fagkoordinatorer",
        "fagkoordinatorerne",
        "subject coordinators",
        "the subject coordinators",
        "coordinators",
    ),
}
# A meeting named after a role ("superbrugermøde") invites that role when nobody else is named.
ROLE_MEETINGS: Final = {
    "superbruger": SUPERUSER,
    "superuser": SUPERUSER,
    "teamleder": LEADER,
    "leder": LEADER,
    "fagkoordinator": FAGKOORDINATOR,
}

_WEEKDAYS: Final = {
    "mandag": "MO",
    "tirsdag": "TU",
    "onsdag": "WE",
    "torsdag": "TH",
    "fredag": "FR",
    "monday": "MO",
    "tuesday": "TU",
    "wednesday": "WE",
    "thursday": "TH",
    "friday": "FR",
}
_NTH: Final = {
    "første": 1,
    "1.": 1,
    "first": 1,
    "1st": 1,
    "anden": 2,
    "2.": 2,
    "second": 2,
    "2nd": 2,
    "tredje": 3,
    "3.": 3,
    "third": 3,
    "3rd": 3,
    "fjerde": 4,
    "4.": 4,
    "fourth": 4,
    "4th": 4,
    "sidste": -1,
    "last": -1,
}
_WEEKDAY = "|".join(_WEEKDAYS)
_MONTHLY: Final = re.compile(
    rf"(?P<nth>{'|'.join(re.escape(n) for n in _NTH)})\s+(?P<day>{_WEEKDAY})\s+"
    r"(?:i|hver|in|of|every)\s+(?:(?:the|each|every|hver)\s+)?(?:måneden|måned|month)\b"
)
_WEEKLY: Final = re.compile(rf"\b(?:hver|every)\s+(?P<day>{_WEEKDAY})\b")
_CLOCK = r"(?P<{h}>\d{{1,2}})(?:[.:](?P<{m}>\d{{2}}))?"
_TIME: Final = re.compile(
    r"\b(?:kl|klokken|at|from|fra)\.?\s*"
    + _CLOCK.format(h="h1", m="m1")
    + r"(?:\s*(?:-|–|til|to|until)\s*(?:kl\.?\s*)?"
    + _CLOCK.format(h="h2", m="m2")
    + r")?(?!\d)"
)
# "9.00-12.00" or "9-12" without "kl".
_BARE_TIME: Final = re.compile(
    r"(?<![\d.])"
    + _CLOCK.format(h="h1", m="m1")
    + r"\s*[-–]\s*"
    + _CLOCK.format(h="h2", m="m2")
    + r"(?![\d.])"
)
_URL: Final = re.compile(r"https://\S+")
_PLACE_LEAD: Final = re.compile(r"^(?:,|-|–|\s)*(?:(?:i|på|in|at|hos)\s+)?", re.IGNORECASE)
_TITLE_TAIL: Final = re.compile(r"(?:\s|,|-|–)+(?:den|d\.|on|the|på)?\s*$", re.IGNORECASE)
_AUDIENCE: Final = re.compile(r"\s(?:for|til)\s+(?=\S)", re.IGNORECASE)
_CAPACITY: Final = re.compile(
    r"[,;]?\s*\b(?:max\.?\s*|maks\.?\s*|højst\s+|at most\s+)?(?P<n>\d{1,4})\s*"
    r"(?:pladser|deltagere|personer|places|seats|participants|people)\b",
    re.IGNORECASE,
)
_AUDIENCE_SPLIT: Final = re.compile(r"\s*(?:,|;|\bog\b|\band\b|&)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Plan:
    """What a planning message says; `problem` names what is missing or wrong."""

    title: str = ""
    start: datetime | None = None
    end: datetime | None = None
    place: str = ""
    audience: tuple[str, ...] = ()  # as written: team names, role words, names, e-mails
    rrule: str = ""
    capacity: int = 0
    problem: str = ""  # "" | "no_title" | "no_date" | "no_time" | "bad_time"


def parse_plan(text: str, now: datetime) -> Plan:
    """'Momentum-opdatering 8. december kl 9-12 i mødelokale 2 for Team Ydelse og Team Unge'."""
    text = unicodedata.normalize("NFKC", text).strip()
    capacity = 0
    seats = _CAPACITY.search(text)
    if seats is not None:
        capacity = int(seats["n"])
        text = f"{text[: seats.start()]} {text[seats.end() :]}".strip()
    body, audience = _split_audience(text, now.date())
    lowered = body.lower()
    found = _TIME.search(lowered) or _BARE_TIME.search(lowered)
    if found is None:
        return Plan(problem="no_time", audience=audience)
    clock = _clock(found)
    if clock is None:
        return Plan(problem="bad_time", audience=audience)
    starts_at, ends_at = clock
    spans = [(found.start(), found.end())]
    # Blank the time out, so "9.00" is not also read as the 9th of a month.
    blanked = (
        lowered[: found.start()] + " " * (found.end() - found.start()) + lowered[found.end() :]
    )
    rule = ""
    recurring = _MONTHLY.search(blanked) or _WEEKLY.search(blanked)
    tz = now.tzinfo
    if recurring is not None:
        rule = _rule(recurring)
        spans.append((recurring.start(), recurring.end()))
        first = _first_occurrence(rule, starts_at, now)
        day = first.date() if first else None
    else:
        day_found = find_day(blanked, now.date())
        day = day_found[0] if day_found else None
        if day_found:
            spans.append(day_found[1:])
    title = _TITLE_TAIL.sub("", body[: min(s for s, _ in spans)]).strip(" ,-–:")
    place = _PLACE_LEAD.sub("", body[max(e for _, e in spans) :]).strip(" ,.")
    link = _URL.search(body)
    if link and link.group() not in place:
        place = link.group()
    if not title:
        return Plan(problem="no_title", audience=audience)
    if day is None:
        return Plan(title=title, place=place, audience=audience, problem="no_date")
    start = datetime.combine(day, starts_at, tzinfo=tz)
    end = datetime.combine(day, ends_at, tzinfo=tz) if ends_at else start + DEFAULT_LENGTH
    return Plan(title, start, end, place, audience, rule, capacity)


def _split_audience(text: str, today: date) -> tuple[str, tuple[str, ...]]:
    """The message without its last 'for …', and who that names; a date there is no audience."""
    for found in reversed(list(_AUDIENCE.finditer(text))):
        tail = text[found.end() :]
        if _TIME.search(tail.lower()) or find_day(tail, today):
            continue
        parts = tuple(p.strip(" .") for p in _AUDIENCE_SPLIT.split(tail) if p.strip(" ."))
        return text[: found.start()], parts
    return text, ()


def _clock(found: re.Match[str]) -> tuple[time, time | None] | None:
    try:
        start = time(int(found["h1"]), int(found["m1"] or 0))
        end = time(int(found["h2"]), int(found["m2"] or 0)) if found["h2"] else None
    except ValueError:
        return None
    return start, end


def _rule(found: re.Match[str]) -> str:
    day = _WEEKDAYS[found["day"]]
    if "nth" in found.groupdict() and found["nth"]:
        return f"FREQ=MONTHLY;BYDAY={_NTH[found['nth']]:+d}{day}"
    return f"FREQ=WEEKLY;BYDAY={day}"


def _first_occurrence(rule: str, at: time, now: datetime) -> datetime | None:
    local = now.replace(tzinfo=None)
    start = datetime.combine(local.date(), at)
    return rrulestr(rule, dtstart=start).after(local)


def role_meeting(title: str) -> str:
    """The role a meeting's title names ('superbrugermøde' → superusers), or ''."""
    folded = title.lower()
    return next((role for word, role in ROLE_MEETINGS.items() if folded.startswith(word)), "")


def valid_rule(rule: str) -> bool:
    """Whether a stored or submitted RRULE is one the bot makes: weekly or monthly by weekday."""
    if not rule:
        return True
    if not re.fullmatch(r"FREQ=(?:WEEKLY|MONTHLY);BYDAY=(?:[+-]?[1-4])?(?:MO|TU|WE|TH|FR)", rule):
        return False
    try:
        rrulestr(rule, dtstart=datetime(2026, 1, 1))
    except ValueError:
        return False
    return True


# -- when ------------------------------------------------------------------------------------


def start_of(event: Event) -> datetime:
    """The first start, on the wall clock of the event's time zone."""
    return datetime.fromisoformat(event.start).astimezone(ZoneInfo(event.timezone))


def length_of(event: Event) -> timedelta:
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


@dataclass(frozen=True, order=True)
class Due:
    """One reminder of one occurrence."""

    at: datetime
    occurrence: datetime
    minutes: int

    def reminder_id(self, event_id: str) -> str:
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


# -- who ---------------------------------------------------------------------------------------


def invitees(event: Event, org: Organisation) -> tuple[str, ...]:
    """Everyone the event invites, by e-mail, as the organisation stands now."""
    found: list[str] = []
    for key in event.teams:
        team = org.team(key)
        if team is not None:
            found.extend(team.everyone)
    for role in event.roles:
        if role == FAGKOORDINATOR:
            found.extend(org.fagkoordinatorer)
            continue
        field = {SUPERUSER: "superusers", DEPUTY: "deputies", LEADER: "leaders"}.get(role)
        for team in org.teams if field else ():
            found.extend(getattr(team, field))
    found.extend(event.people)
    return tuple(dict.fromkeys(email.lower() for email in found if email))


def reminded(event: Event, org: Organisation) -> tuple[str, ...]:
    """Who gets the reminders: the signed-up for a course day, the invited for a meeting."""
    if event.kind == COURSE:
        return event.signed_up
    declined = set(event.declined)
    return tuple(
        e for e in dict.fromkeys((*invitees(event, org), *event.signed_up)) if e not in declined
    )


def free_places(event: Event) -> int | None:
    """Places left, or None when there is no limit."""
    return max(0, event.capacity - len(event.signed_up)) if event.capacity else None


# -- the calendar file -------------------------------------------------------------------------


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
    return calendar.to_ical()
