"""'kommende kurser', 'mine kurser' and 'næste møde'."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final

from dialogs.conversation import Turn
from dialogs.event_rules import COURSE, MEETING, free_places, invitees, next_start
from dialogs.flow import EVERYONE, PERSONAL, Flow, HelpLine, Phrases, TeamsCommand
from dialogs.language import cards
from dialogs.sign_up import answer_buttons, invitation, when_text
from storage.models import Event

# A card with more than this many course days gets long in Teams; the nearest ones matter most.
MAX_LISTED: Final = 10

FLOW: Final = Flow(
    "list_events",
    phrases=(
        Phrases(
            "upcoming_courses",
            da=("kommende kurser", "kommende kursusdage", "hvilke kurser er der", "kursusdage"),
            en=("upcoming courses", "upcoming course days", "course days"),
        ),
        Phrases(
            "my_courses", da=("mine kurser", "mine kursusdage"), en=("my courses", "my course days")
        ),
        Phrases(
            "next_meeting",
            da=("næste møde", "hvornår er næste møde", "mit næste møde"),
            en=("next meeting", "my next meeting", "when is the next meeting"),
        ),
    ),
    help=(
        HelpLine(EVERYONE, "command.upcoming_courses", "command.upcoming_courses.desc"),
        HelpLine(EVERYONE, "command.my_courses", "command.my_courses.desc"),
        HelpLine(EVERYONE, "command.next_meeting", "command.next_meeting.desc"),
    ),
    teams=(
        TeamsCommand(PERSONAL, "command.upcoming_courses", "teams.upcoming_courses.desc", order=6),
    ),
)


def _upcoming(turn: Turn, kind: str) -> list[tuple[datetime, Event]]:
    now = turn.org.now()
    found = [
        (start, event)
        for event in turn.services.events.all()
        if event.kind == kind
        and not event.cancelled
        and (start := next_start(event, now)) is not None
    ]
    return sorted(found, key=lambda pair: pair[0])


@FLOW.starts("upcoming_courses")
def upcoming_courses(turn: Turn) -> None:
    courses = _upcoming(turn, COURSE)
    if not courses:
        turn.say("events.no_courses")
        return
    turn.show(_listing(turn, "events.upcoming_title", courses))


@FLOW.starts("my_courses")
def my_courses(turn: Turn) -> None:
    mine = [
        (start, event)
        for start, event in _upcoming(turn, COURSE)
        if turn.email in event.signed_up + event.waitlist
    ]
    if not mine:
        turn.say("events.no_own_courses")
        return
    turn.show(_listing(turn, "events.mine_title", mine))


@FLOW.starts("next_meeting")
def next_meeting(turn: Turn) -> None:
    org = turn.services.org
    for _, event in _upcoming(turn, MEETING):
        invited = turn.email in invitees(event, org) + event.signed_up
        if turn.email in event.declined or not (invited or event.created_by == turn.email):
            continue
        turn.show(invitation(turn.services, event, turn.lang, turn.org.now()))
        return
    turn.say("events.no_meeting")


def _listing(turn: Turn, title_key: str, events: list[tuple[datetime, Event]]) -> dict[str, Any]:
    now = turn.org.now()
    body = [cards.title(turn.t(title_key))]
    for _, event in events[:MAX_LISTED]:
        lines = [when_text(event, now, turn.lang)]
        if event.place:
            lines.append(event.place)
        lines.append(_status(turn, event))
        body.append(
            cards.container(
                [
                    cards.heading(event.title),
                    cards.paragraph("\n\n".join(lines)),
                    cards.action_set(answer_buttons(turn.services, event, turn.lang)),
                ],
                separator=True,
            )
        )
    return cards.card(body, fallback=turn.t(title_key))


def _status(turn: Turn, event: Event) -> str:
    if turn.email in event.signed_up:
        return turn.t("events.status_signed_up")
    if turn.email in event.waitlist:
        return turn.t("events.status_waiting", place=event.waitlist.index(turn.email) + 1)
    free = free_places(event)
    if free is None:
        return turn.t("events.status_open")
    return turn.t("events.status_free", free=free) if free else turn.t("events.status_full")
