"""Changes to an IT overview item as the lead writes them: 'status pilot; dato 1. marts 2027'."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Final

import dateparser

from dialogs.conversation import Turn
from dialogs.language.intents import fold
from storage.board import BoardItem, Milestone

MAX_NAME: Final = 120
MAX_TEXT: Final = 2000
# How people write each status, folded; the first Danish and English words are the labels.
STATUS_WORDS: Final = {
    "planned": ("planlagt", "planned", "plan"),
    "pilot": ("pilot", "pilotforsøg", "afprøvning"),
    "rollout": ("udrulning", "rollout", "udrulles", "rolling out"),
    "live": ("i drift", "drift", "live", "in operation"),
    "retired": ("udfaset", "retired", "udfases"),
}
# Field names in a text edit: "ret IT-redskab Momentum: status pilot; dato 1. marts 2027".
FIELDS: Final = {
    "status": ("status",),
    "go_live": ("dato", "idriftsættelse", "i drift fra", "go live", "date"),
    "responsible": ("ansvarlig", "responsible", "owner"),
    "description": ("beskrivelse", "description"),
    "course_days": ("kursusdag", "kursusdage", "course day", "course days"),
    "milestone": ("milepæl", "milestone"),
}


def apply_text(turn: Turn, item: BoardItem, changes: str) -> BoardItem | None:
    """The item with '; '-separated 'field value' changes, or None after saying what is wrong."""
    for part in re.split(r"[;\n]", changes):
        part = part.strip()
        if not part:
            continue
        field, value = _field(part)
        if field is None:
            turn.say("board.bad_field", part=part)
            return None
        if field == "status":
            status = _status(value)
            if status is None:
                turn.say("board.bad_status", status=value)
                return None
            item = replace(item, status=status)
        elif field == "go_live":
            day = parse_day(value, turn.org.today())
            if day is None:
                turn.say("board.bad_date")
                return None
            item = replace(item, go_live=day.isoformat())
        elif field == "responsible":
            email = value.strip().lower()
            if "@" not in email:
                turn.say("board.bad_person", name=value)
                return None
            item = replace(item, responsible=email)
        elif field == "description":
            item = replace(item, description=value[:MAX_TEXT])
        elif field == "course_days":
            item = replace(item, course_days=(*item.course_days, value))
        else:
            day_text, _, text = value.partition(" ")
            day = parse_day(day_text, turn.org.today())
            if day is None or not text.strip():
                turn.say("board.bad_date")
                return None
            item = replace(item, milestones=(*item.milestones, Milestone(day.isoformat(), text)))
    return item


def _field(part: str) -> tuple[str | None, str]:
    """The field a change starts with, and the rest as its value; (None, '') for none."""
    folded = fold(part)
    for field, words in FIELDS.items():
        for word in sorted(words, key=len, reverse=True):
            if folded.startswith(fold(word)):
                # Cut the same number of words from the original, so its spelling is kept.
                count = len(word.split())
                rest = part.split(None, count)
                return field, (rest[count] if len(rest) > count else "").lstrip(": ").strip()
    return None, ""


def _status(written: str) -> str | None:
    """The status a written word means, or None."""
    folded = fold(written)
    for status, words in STATUS_WORDS.items():
        if folded in (fold(w) for w in words):
            return status
    return None


def parse_day(written: str, today: date) -> date | None:
    """'2027-03-01', '1. marts 2027' or '1 March 2027'."""
    written = written.strip()
    try:
        return date.fromisoformat(written)
    except ValueError:
        pass
    parsed = dateparser.parse(
        written,
        languages=["da", "en"],
        settings={
            "DATE_ORDER": "DMY",
            "PREFER_DATES_FROM": "future",
            "REQUIRE_PARTS": ["day", "month"],
            "RELATIVE_BASE": datetime(today.year, today.month, today.day) - timedelta(days=1),
        },
    )
    return parsed.date() if parsed else None
