"""The leads plan course days and meetings: 'opret kursusdag …' as text or with a form, then a
preview card to create it from."""

from __future__ import annotations

import re
from typing import Final

from dialogs.conversation import Turn
from dialogs.effects.events import EventPlanned
from dialogs.event_cards import DISCARD, SAVE, confirmation, form, period
from dialogs.event_fields import event_from, fields_of_plan
from dialogs.event_rules import COURSE, MEETING, parse_plan
from dialogs.flow import Command, Flow, HelpLine
from dialogs.organisation import PROJECT_LEAD

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
    ),
    help=(
        HelpLine(PROJECT_LEAD, "command.create_course", "command.create_course.desc"),
        HelpLine(PROJECT_LEAD, "command.create_meeting", "command.create_meeting.desc"),
    ),
)


def refuse(turn: Turn) -> bool:
    """Only the leads plan events; True (after saying so) when the writer is not one."""
    return not turn.leads_only("event.refused")


@FLOW.starts("create_course")
def create_course(turn: Turn) -> None:
    """'opret kursusdag Momentum-opdatering 8. december kl 9-12 for Team Ydelse'."""
    _create(turn, COURSE)


@FLOW.starts("create_meeting")
def create_meeting(turn: Turn) -> None:
    """'opret møde Superbrugermøde 9. december kl 13-14'."""
    _create(turn, MEETING)


def _create(turn: Turn, kind: str) -> None:
    """The form when nothing more was written, else the preview of what was."""
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
    fields = fields_of_plan(turn, kind, plan)
    if fields is None:
        return
    event = event_from(turn, fields)
    if event is None:
        return
    turn.show(confirmation(turn, event, fields))


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
    turn.say(f"event.created.{event.kind}", title=event.title, when=period(event, turn.lang))
    turn.announce(EventPlanned(event.event_id))
    return True


@FLOW.on_card(DISCARD)
def discard(turn: Turn) -> bool:
    """The confirmation's 'Annullér': nothing was saved, so only say so."""
    turn.say("event.discarded")
    return True
