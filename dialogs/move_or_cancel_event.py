"""The leads move or cancel a planned event: 'flyt …' / 'aflys …', and everyone is told."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from dialogs.conversation import Turn
from dialogs.effects.events import EventCancelled, EventMoved
from dialogs.event_cards import period
from dialogs.event_fields import event_from, fields_of_event, times
from dialogs.event_rules import length_of, next_start, parse_plan
from dialogs.flow import Command, Flow, HelpLine
from dialogs.language.intents import match_name
from dialogs.organisation import PROJECT_LEAD
from dialogs.plan_event import refuse
from storage.models import Event

FLOW: Final = Flow(
    "move_or_cancel_event",
    commands=(
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
    help=(HelpLine(PROJECT_LEAD, "command.move_event", "command.move_event.desc"),),
)


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
    # Only a written end ("kl 9-12", "til 12") moves it; otherwise it keeps its length.
    end = plan.end if re.search(r"[-–]|\btil\b|\bto\b", when) else plan.start + length_of(event)
    # Checked as a new plan is, so a move into the past or to an end before its start is refused.
    moved = event_from(turn, {**fields_of_event(event), **times(plan.start, end)}, event.event_id)
    if moved is None:
        return
    moved = replace(event, start=moved.start, end=moved.end, planned_at=moved.planned_at)
    turn.services.events.save(moved)
    turn.say(f"event.moved.{event.kind}", title=event.title, when=period(moved, turn.lang))
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
