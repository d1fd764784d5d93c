"""Everything the bot keeps about one person, for a data subject's request (GDPR art. 15)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from storage import notices
from storage.cases import Cases
from storage.db import Database

# Which table holds what, in the words a data protection officer reads.
SECTIONS = {
    "people": "people_cache",
    "conversations": "conversations",
    "state": "conversation_state",
    "events": "course_days_and_meetings",
    "tasks": "tasks",
    "memberships": "team_memberships",
    "absences": "absences",
    "team_changes": "team_roles_set_in_chat",
    "team_links": "team_links",
    "board": "it_overview_board",
    "sent_reminders": "reminders_sent",
    "notices": "notices_written",
    "deliveries": "notice_receipts",
    "acknowledgements": "notice_acknowledgements",
}
_TOKEN = re.compile(r"[\s/,;<>()\"']+")


def export_person(data_dir: Path, email: str) -> dict[str, Any]:
    """What is stored about `email`, read without a lock, so it works while the bot runs."""
    email = email.strip().lower()
    found: dict[str, Any] = {"email": email}
    with Database.read(data_dir) as db:
        ids = _identifiers(db, email)
        found["identifiers"] = sorted(ids)
        cases = Cases(db)
        every = list(cases.every())
        found["cases"] = {
            "as_requester": [asdict(c) for c in every if c.requester == email],
            "as_helper": [
                asdict(c)
                for c in every
                if c.requester != email and (c.owner == email or email in c.helpers)
            ],
            "in_history": [
                asdict(c)
                for c in every
                if c.requester != email
                and c.owner != email
                and email not in c.helpers
                and any(step.by == email or _mentions(step.detail, ids) for step in c.history)
            ],
        }
        found.update(_tables(db, ids))
    notices_file = data_dir / notices.FILE_NAME
    if notices_file.exists():
        with Database(notices_file, read_only=True) as notices_db:
            found.update(_tables(notices_db, ids))
    return found


def _identifiers(db: Database, email: str) -> set[str]:
    """The e-mail, and the Teams ids and 1:1 chats the bot knows the person by."""
    ids = {email}
    for doc in db.table("people"):
        if str(doc.get("email", "")).lower() == email:
            ids |= {str(doc.get("user_id", "")), str(doc.get("aad_object_id", ""))}
    for doc in db.table("conversations"):
        if doc.get("user_id") in ids and doc.get("conversation_type") == "personal":
            ids.add(str(doc.get("conversation_id", "")))
    return {i.lower() for i in ids if i}


def _tables(db: Database, ids: set[str]) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for name in db.table_names():
        if name == "cases":
            continue  # read through Cases above
        docs = [dict(doc) for doc in db.table(name) if _mentions(doc, ids)]
        if docs:
            found[SECTIONS.get(name, name)] = docs
    return found


def _mentions(value: Any, ids: set[str]) -> bool:
    """Whether any text in `value`, keys included, names one of `ids` as a whole word."""
    return any(token in ids for text in _texts(value) for token in _tokens(text))


def _tokens(text: str) -> Iterable[str]:
    for token in _TOKEN.split(text.lower()):
        yield token
        # "person:anne@…" in notice receipts, "29:…" Teams ids stay whole above.
        if ":" in token:
            yield token.split(":", 1)[1]


def _texts(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)
