"""The leads plan course days and meetings: 'opret kursusdag …' as text or with a form, a
confirmation card, and 'aflys …' / 'flyt …' afterwards."""

from __future__ import annotations

import re
import secrets
from dataclasses import replace
from datetime import date, datetime, time
from typing import Any, Final

from dialogs.conversation import Turn
from dialogs.dates import format_period
from dialogs.effects.events import EventCancelled, EventMoved, EventPlanned
from dialogs.event_rules import (
    COURSE,
    DEFAULT_REMINDERS,
    KINDS,
    MAX_REMINDER,
    MEETING,
    REMINDER_CHOICES,
    ROLE_WORDS,
    ROLES,
    Plan,
    length_of,
    next_start,
    parse_plan,
    role_meeting,
    valid_rule,
)
from dialogs.flow import Command, Flow, HelpLine
from dialogs.language import cards
from dialogs.language.intents import choose, match_name
from dialogs.naming import find_team, team_names
from dialogs.organisation import PROJECT_LEAD
from storage.models import Event

SAVE: Final = "event_form"
DISCARD: Final = "event_discard"
MAX_TITLE: Final = 200
MAX_CAPACITY: Final = 10_000
_EMAIL: Final = re.compile(r"[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+")
_ID: Final = re.compile(r"[0-9a-f]{12}")

FLOW: Final = Flow(
    "plan_event",
    commands=(
        Command(
            "create_course",
            da=("opret kursusdag", "opret kursus", "ny kursusdag", "planlæg kursusdag"),
            en=("create course day", "new course day", "plan course day", "create course"),
        ),
        Command(
            "create_meeting",
            da=("opret møde", "nyt møde", "planlæg møde", "indkald til møde"),
            en=("create meeting", "new meeting", "plan meeting"),
        ),
        # Bare verbs: "aflys kursusdagen" is within typo reach of "flyt kursusdagen", and the
        # longer command would win.
        Command(
            "cancel_event",
            da=("aflys",),
            en=(
                "cancel course day",
                "cancel the course day",
                "cancel meeting",
                "cancel the meeting",
            ),
        ),
        Command(
            "move_event",
            da=("flyt",),
            en=("move course day", "move the course day", "move meeting", "move the meeting"),
        ),
    ),
    help=(
        HelpLine(PROJECT_LEAD, "command.create_course", "command.create_course.desc"),
        HelpLine(PROJECT_LEAD, "command.create_meeting", "command.create_meeting.desc"),
        HelpLine(PROJECT_LEAD, "command.move_event", "command.move_event.desc"),
    ),
)


def new_id() -> str:
    return secrets.token_hex(6)


@FLOW.starts("create_course")
def create_course(turn: Turn) -> None:
    _create(turn, COURSE)


@FLOW.starts("create_meeting")
def create_meeting(turn: Turn) -> None:
    _create(turn, MEETING)


def refuse(turn: Turn) -> bool:
    """Only the leads plan events; True (after saying so) when the writer is not one."""
    return not turn.leads_only("event.refused")


def _create(turn: Turn, kind: str) -> None:
    if refuse(turn):
        return
    if not turn.argument.strip():
        turn.show(form(turn, kind))
        return
    plan = parse_plan(turn.argument, turn.org.now())
    if plan.problem:
        turn.say(f"event.{plan.problem}")
        turn.say(f"event.example.{kind}")
        return
    fields = _fields_of(turn, kind, plan)
    if fields is None:
        return
    event = event_from(turn, fields)
    if event is None:
        return
    turn.show(confirmation(turn, event, fields))


def _fields_of(turn: Turn, kind: str, plan: Plan) -> dict[str, str] | None:
    """The plan as the fields the form sends, with its audience resolved; None after saying why."""
    if plan.start is None or plan.end is None:
        return None
    teams, roles, people = [], [], []
    written = list(plan.audience)
    if not written and kind == MEETING and role_meeting(plan.title):
        roles.append(role_meeting(plan.title))
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
        "date": plan.start.date().isoformat(),
        "start": plan.start.strftime("%H:%M"),
        "end": plan.end.strftime("%H:%M"),
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


@FLOW.on_card(SAVE)
def save(turn: Turn) -> bool:
    """The form's or the confirmation's 'Opret': check everything again, then plan it."""
    if refuse(turn):
        return True
    value = turn.value or {}
    draft = str(value.get("draft") or "")
    if not _ID.fullmatch(draft):
        turn.say("event.bad_form")
        return True
    if turn.services.events.get(draft) is not None:
        turn.say("event.already_created")
        return True
    event = event_from(turn, value, draft)
    if event is None:
        return True
    turn.services.events.save(event)
    when = format_period(
        datetime.fromisoformat(event.start), datetime.fromisoformat(event.end), turn.lang
    )
    turn.say(f"event.created.{event.kind}", title=event.title, when=when)
    turn.announce(EventPlanned(event.event_id))
    return True


@FLOW.on_card(DISCARD)
def discard(turn: Turn) -> bool:
    turn.say("event.discarded")
    return True


@FLOW.starts("cancel_event")
def cancel(turn: Turn) -> None:
    """'aflys Momentum-opdatering': everyone invited or signed up is told."""
    if refuse(turn):
        return
    event = _named_event(turn, turn.argument)
    if event is None:
        return
    turn.services.events.save(replace(event, cancelled=True))
    turn.say(f"event.cancelled.{event.kind}", title=event.title)
    turn.announce(EventCancelled(event.event_id))


@FLOW.starts("move_event")
def move(turn: Turn) -> None:
    """'flyt Momentum-opdatering til 10. december kl 9-12': a new time, and everyone is told."""
    if refuse(turn):
        return
    named, _, when = turn.argument.partition(" til ")
    if not when:
        named, _, when = turn.argument.partition(" to ")
    event = _named_event(turn, named) if when else None
    if event is None:
        if not when:
            turn.say("event.move_how")
        return
    if event.rrule:
        turn.say("event.move_recurring")
        return
    plan = parse_plan(f"{event.title} {when}", turn.org.now())
    if plan.problem or plan.start is None or plan.end is None:
        turn.say("event.move_how")
        return
    end = plan.end if re.search(r"[-–]|\btil\b|\bto\b", when) else plan.start + length_of(event)
    fields = {
        "kind": event.kind,
        "title": event.title,
        "date": plan.start.date().isoformat(),
        "start": plan.start.strftime("%H:%M"),
        "end": end.strftime("%H:%M"),
        "place": event.place,
        "description": event.description,
        "teams": ",".join(event.teams),
        "roles": ",".join(event.roles),
        "people": ",".join(event.people),
        "capacity": str(event.capacity),
        "reminders": ",".join(map(str, event.reminders)),
        "rrule": event.rrule,
    }
    moved = event_from(turn, fields, event.event_id)
    if moved is None:
        return
    moved = replace(event, start=moved.start, end=moved.end, planned_at=moved.planned_at)
    turn.services.events.save(moved)
    when_text = format_period(
        datetime.fromisoformat(moved.start), datetime.fromisoformat(moved.end), turn.lang
    )
    turn.say(f"event.moved.{event.kind}", title=event.title, when=when_text)
    turn.announce(EventMoved(event.event_id))


def _named_event(turn: Turn, written: str) -> Event | None:
    """An upcoming event by its title, loosely matched; None after saying which exist."""
    now = turn.org.now()
    upcoming = {
        e.event_id: e
        for e in turn.services.events.all()
        if not e.cancelled and next_start(e, now) is not None
    }
    wanted = re.sub(
        r"^(?:kursusdagen|kursusdag|mødet|møde|the course day|course day|the meeting|meeting)\s+",
        "",
        written.strip(),
        flags=re.IGNORECASE,
    ).strip(" «»\"'")
    if not upcoming:
        turn.say("events.none_planned")
        return None
    key, suggestions = (
        match_name(wanted, {k: (e.title,) for k, e in upcoming.items()}) if wanted else (None, [])
    )
    if key is not None:
        return upcoming[key]
    titles = [upcoming[k].title for k in suggestions] or [e.title for e in upcoming.values()]
    turn.say("event.which", titles=", ".join(f"«{t}»" for t in titles))
    return None


# -- cards -------------------------------------------------------------------------------------


def form(turn: Turn, kind: str) -> dict[str, Any]:
    """The planning form, with the kind chosen and the usual reminders ticked."""
    org = turn.services.org
    tomorrow = turn.org.today().toordinal() + 1
    title = turn.t(f"event.form_title.{kind}")
    return cards.card(
        [
            cards.title(title),
            cards.choices(
                "kind",
                [(turn.t(f"event.kind.{k}"), k) for k in KINDS],
                label=turn.t("event.field.kind"),
                value=kind,
            ),
            cards.text_input("title", turn.t("event.field.title"), required=True),
            cards.date_input(
                "date",
                turn.t("event.field.date"),
                minimum=date.fromordinal(tomorrow).isoformat(),
                required=True,
            ),
            cards.time_input("start", turn.t("event.field.start"), "09:00", required=True),
            cards.time_input("end", turn.t("event.field.end"), "12:00", required=True),
            cards.text_input(
                "place", turn.t("event.field.place"), placeholder=turn.t("event.field.place_hint")
            ),
            cards.text_input("description", turn.t("event.field.description"), multiline=True),
            cards.multi_choices(
                "teams", [(t.name, t.key) for t in org.teams], label=turn.t("event.field.teams")
            ),
            cards.multi_choices(
                "roles",
                [(turn.t(f"role.{role}"), role) for role in ROLES],
                label=turn.t("event.field.roles"),
            ),
            cards.text_input(
                "people", turn.t("event.field.people"), placeholder="navn@jobcenter.dk"
            ),
            cards.number_input("capacity", turn.t("event.field.capacity")),
            cards.multi_choices(
                "reminders",
                [(offset_label(m, turn), str(m)) for m in REMINDER_CHOICES],
                label=turn.t("event.field.reminders"),
                values=[str(m) for m in DEFAULT_REMINDERS],
            ),
        ],
        [cards.submit(turn.t("event.create"), {"action": SAVE, "draft": new_id()}, primary=True)],
        fallback=title,
    )


def confirmation(turn: Turn, event: Event, fields: dict[str, str]) -> dict[str, Any]:
    """What the bot understood, to check before anything is saved or sent."""
    title = turn.t(f"event.confirm_title.{event.kind}")
    return cards.card(
        [
            cards.title(title),
            cards.facts(describe(turn, event)),
            cards.paragraph(turn.t("event.confirm_hint"), subtle=True),
        ],
        [
            cards.submit(
                turn.t("event.create"), {"action": SAVE, "draft": new_id(), **fields}, primary=True
            ),
            cards.submit(turn.t("event.discard"), {"action": DISCARD}),
        ],
        fallback=title,
    )


def describe(turn: Turn, event: Event) -> list[tuple[str, str]]:
    """The event's facts as the planner checks them."""
    start, end = datetime.fromisoformat(event.start), datetime.fromisoformat(event.end)
    rows = [
        (turn.t("event.field.title"), event.title),
        (turn.t("event.field.when"), format_period(start, end, turn.lang, turn.org.today())),
    ]
    if event.rrule:
        rows.append((turn.t("event.field.repeats"), turn.t(f"event.repeats.{_freq(event)}")))
    if event.place:
        rows.append((turn.t("event.field.place"), event.place))
    rows.append((turn.t("event.field.audience"), audience_text(turn, event)))
    if event.capacity:
        rows.append((turn.t("event.field.places"), str(event.capacity)))
    reminders = [offset_label(m, turn) for m in event.reminders]
    rows.append(
        (
            turn.t("event.field.reminders"),
            turn.t("event.reminders_before", offsets=", ".join(reminders))
            if reminders
            else turn.t("event.no_reminders"),
        )
    )
    return rows


def _freq(event: Event) -> str:
    return "monthly" if "MONTHLY" in event.rrule else "weekly"


def audience_text(turn: Turn, event: Event) -> str:
    org = turn.services.org
    parts = [team.name for key in event.teams if (team := org.team(key)) is not None]
    parts += [turn.t(f"role.{role}") for role in event.roles]
    parts += [turn.services.name_of(email) for email in event.people]
    return ", ".join(parts)


def offset_label(minutes: int, turn: Turn) -> str:
    """'7 dage', '1 time', '15 minutter'."""
    for unit, size in (("day", 24 * 60), ("hour", 60)):
        if minutes % size == 0:
            count = minutes // size
            return turn.t(f"offset.{unit}{'' if count == 1 else 's'}", count=count)
    return turn.t("offset.minutes", count=minutes)
