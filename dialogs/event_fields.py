"""An event's fields as the planning form sends them: from what the lead wrote, and checked."""

from __future__ import annotations

import re
import secrets
from datetime import date, datetime, time
from typing import Any, Final

from dialogs.conversation import Turn
from dialogs.event_rules import (
    DEFAULT_REMINDERS,
    KINDS,
    MAX_REMINDER,
    MEETING,
    ROLE_WORDS,
    ROLES,
    Plan,
    role_meeting,
    valid_rule,
)
from dialogs.language.intents import choose, match_name
from dialogs.naming import find_team, team_names
from storage.models import Event

MAX_TITLE: Final = 200
MAX_CAPACITY: Final = 10_000
_EMAIL: Final = re.compile(r"[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+")


def new_id() -> str:
    """A fresh event id, also given to each card's draft before the event exists."""
    return secrets.token_hex(6)


def times(start: datetime, end: datetime) -> dict[str, str]:
    """The form's day and clock fields for an event from `start` to `end` on one day."""
    return {
        "date": start.date().isoformat(),
        "start": start.strftime("%H:%M"),
        "end": end.strftime("%H:%M"),
    }


def fields_of_event(event: Event) -> dict[str, str]:
    """A planned event as the fields the form sends, to check it again after a change."""
    return {
        "kind": event.kind,
        "title": event.title,
        **times(datetime.fromisoformat(event.start), datetime.fromisoformat(event.end)),
        "place": event.place,
        "description": event.description,
        "teams": ",".join(event.teams),
        "roles": ",".join(event.roles),
        "people": ",".join(event.people),
        "capacity": str(event.capacity),
        "reminders": ",".join(map(str, event.reminders)),
        "rrule": event.rrule,
    }


def fields_of_plan(turn: Turn, kind: str, plan: Plan) -> dict[str, str] | None:
    """The plan as the fields the form sends, with its audience resolved; None after saying why."""
    if plan.start is None or plan.end is None:
        return None
    teams: list[str] = []
    roles: list[str] = []
    people: list[str] = []
    written = list(plan.audience)
    role_of_title = role_meeting(plan.title)
    if not written and kind == MEETING and role_of_title:
        roles.append(role_of_title)
    org = turn.services.org
    for words in written:
        role = choose(words, ROLE_WORDS)
        address = _EMAIL.fullmatch(words.strip())
        if role is not None:
            roles.append(role)
        elif address:
            people.append(words.strip().lower())
        else:
            key, _ = match_name(words, team_names(org))
            person = _person_named(turn, words)
            if key is None and person:
                people.append(person)
                continue
            team = org.team(key) if key else find_team(turn, words)
            if team is None:
                return None
            teams.append(team.key)
    return {
        "kind": kind,
        "title": plan.title,
        **times(plan.start, plan.end),
        "place": plan.place,
        "description": "",
        "teams": ",".join(dict.fromkeys(teams)),
        "roles": ",".join(dict.fromkeys(roles)),
        "people": ",".join(dict.fromkeys(people)),
        "capacity": str(plan.capacity),
        "reminders": ",".join(map(str, DEFAULT_REMINDERS)),
        "rrule": plan.rrule,
    }


def _person_named(turn: Turn, words: str) -> str:
    """The e-mail of someone in the organisation written by their full name, or ''."""
    wanted = words.strip().casefold()
    org = turn.services.org
    found = [email for email in org.everyone() if org.person(email).name.casefold() == wanted]
    return found[0] if len(found) == 1 else ""


def event_from(turn: Turn, fields: dict[str, Any], event_id: str = "") -> Event | None:
    """The event the fields describe, checked; None after telling the writer what is wrong."""

    def get(name: str) -> str:
        value = fields.get(name)
        return value.strip() if isinstance(value, str) else str(value or "").strip()

    org = turn.services.org
    now = turn.org.now()
    kind, title = get("kind"), get("title")
    if kind not in KINDS:
        turn.say("event.bad_form")
        return None
    if not title or len(title) > MAX_TITLE:
        turn.say("event.no_title")
        return None
    try:
        day = date.fromisoformat(get("date"))
        start = datetime.combine(day, time.fromisoformat(get("start")), tzinfo=now.tzinfo)
        end = datetime.combine(day, time.fromisoformat(get("end")), tzinfo=now.tzinfo)
    except ValueError:
        turn.say("event.bad_time")
        return None
    if end <= start:
        turn.say("event.end_before_start")
        return None
    if start <= now:
        turn.say("event.past")
        return None
    teams = _listed(get("teams"))
    for key in teams:
        if org.team(key) is None:
            turn.say("team.unknown_list", team=key, teams=", ".join(t.name for t in org.teams))
            return None
    roles = _listed(get("roles"))
    if any(role not in ROLES for role in roles):
        turn.say("event.bad_form")
        return None
    people = tuple(p.lower() for p in _listed(get("people"), r"[\s,;]+"))
    known = set(org.everyone()) | {p.email for p in turn.services.people.all() if p.email}
    for email in people:
        if email not in known:
            turn.say("person.unknown_address", address=email)
            return None
    if not (teams or roles or people):
        turn.say("event.no_audience")
        turn.say(f"event.example.{kind}")
        return None
    try:
        capacity = int(get("capacity") or 0)
        reminders = tuple(sorted({int(m) for m in _listed(get("reminders"))}, reverse=True))
    except ValueError:
        turn.say("event.bad_number")
        return None
    if not 0 <= capacity <= MAX_CAPACITY or any(not 0 < m <= MAX_REMINDER for m in reminders):
        turn.say("event.bad_number")
        return None
    rule = get("rrule")
    if not valid_rule(rule):
        turn.say("event.bad_form")
        return None
    return Event(
        event_id=event_id or new_id(),
        kind=kind,
        title=title,
        start=start.isoformat(),
        end=end.isoformat(),
        place=get("place"),
        description=get("description"),
        teams=teams,
        roles=roles,
        people=people,
        capacity=capacity,
        reminders=reminders,
        rrule=rule,
        timezone=org.timezone,
        created_by=turn.email,
        planned_at=now.isoformat(),
    )


def _listed(value: str, separator: str = r"\s*,\s*") -> tuple[str, ...]:
    return tuple(dict.fromkeys(part for part in re.split(separator, value) if part))
