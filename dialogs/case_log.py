"""Every change to a case goes through here, so its history says who did what, and when."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, Final

from dialogs.conversation import Turn
from storage.models import Case, CaseEvent

_NUMBER: Final = re.compile(r"#?\s*(\d{1,9})\b")


def stamp(turn: Turn) -> str:
    """Now, as stored on cases: ISO-8601 in UTC."""
    return turn.org.now().astimezone(UTC).isoformat(timespec="seconds")


def local(turn: Turn, stamped: str) -> datetime:
    """A stored timestamp in the organisation's time zone."""
    return datetime.fromisoformat(stamped).astimezone(turn.org.now().tzinfo)


def change(turn: Turn, case: Case, what: str, detail: str = "", **fields: Any) -> Case:
    """Store `case` with `fields` changed and the change in its history; its cards follow."""
    event = CaseEvent(at=stamp(turn), by=turn.email, what=what, detail=detail)
    saved = turn.services.cases.save(replace(case, **fields, history=(*case.history, event)))
    turn.case_changed(saved.number)
    return saved


def number_in(text: str) -> str:
    """The case number written in a message ('sag 42', '#42'), or ''."""
    found = _NUMBER.search(text)
    return found.group(1) if found else ""


def find(turn: Turn, raw: object) -> Case | None:
    """The case a card button or a typed number names; says so when there is none."""
    try:
        number = int(str(raw).strip().lstrip("#"))
    except ValueError:
        number = 0
    case = turn.services.cases.get(number) if number > 0 else None
    if case is None:
        turn.say("case.unknown", number=str(raw).strip().lstrip("#") or "?")
    return case
