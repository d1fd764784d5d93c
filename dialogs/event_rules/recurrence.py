"""Repeating meetings: 'hver tirsdag' or 'første mandag i måneden' as an RRULE, and its checks."""

from __future__ import annotations

import re
from datetime import datetime, time
from typing import Final

from dateutil.rrule import rrulestr

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


def find_repeat(text: str) -> tuple[str, int, int] | None:
    """The RRULE a lower-cased message asks for, and where it says so, or None."""
    found = _MONTHLY.search(text) or _WEEKLY.search(text)
    if found is None:
        return None
    day = _WEEKDAYS[found["day"]]
    if "nth" in found.groupdict() and found["nth"]:
        rule = f"FREQ=MONTHLY;BYDAY={_NTH[found['nth']]:+d}{day}"
    else:
        rule = f"FREQ=WEEKLY;BYDAY={day}"
    return rule, found.start(), found.end()


def first_occurrence(rule: str, at: time, now: datetime) -> datetime | None:
    """The first time the rule falls after `now`, at the wall-clock time `at`."""
    local = now.replace(tzinfo=None)
    start = datetime.combine(local.date(), at)
    return rrulestr(rule, dtstart=start).after(local)


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
