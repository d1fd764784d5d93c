"""What a planning message says: title, day, time, place, audience, seats and repetition."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Final

from dialogs.dates import find_day
from dialogs.event_rules.recurrence import find_repeat, first_occurrence

DEFAULT_LENGTH: Final = timedelta(hours=1)

_CLOCK = r"(?P<{h}>\d{{1,2}})(?:[.:](?P<{m}>\d{{2}}))?"
_FROM: Final = _CLOCK.format(h="h1", m="m1")
_UNTIL: Final = _CLOCK.format(h="h2", m="m2")
_TIME: Final = re.compile(
    r"\b(?:kl|klokken|at|from|fra)\.?\s*"
    + _FROM
    + r"(?:\s*(?:-|–|til|to|until)\s*(?:kl\.?\s*)?"
    + _UNTIL
    + r")?(?!\d)"
)
# "9.00-12.00" or "9-12" without "kl".
_BARE_TIME: Final = re.compile(r"(?<![\d.])" + _FROM + r"\s*[-–]\s*" + _UNTIL + r"(?![\d.])")
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
    day: date | None
    repeat = find_repeat(blanked)
    if repeat is not None:
        rule = repeat[0]
        spans.append(repeat[1:])
        first = first_occurrence(rule, starts_at, now)
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
    tz = now.tzinfo
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
    """The start and end a time match names, or None when it is no time of day."""
    try:
        start = time(int(found["h1"]), int(found["m1"] or 0))
        end = time(int(found["h2"]), int(found["m2"] or 0)) if found["h2"] else None
    except ValueError:
        return None
    return start, end
