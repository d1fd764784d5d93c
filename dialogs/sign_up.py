"""People answer an invitation: 'Tilmeld' and 'Afmeld', with a waitlist when a course is full."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any, Final

from dialogs.conversation import Services, Turn
from dialogs.dates import format_period
from dialogs.event_rules import COURSE, free_places, length_of, next_start
from dialogs.flow import Flow
from dialogs.language import cards
from dialogs.language.texts import text
from storage.models import Event

SIGN_UP: Final = "event_sign_up"
SIGN_OFF: Final = "event_sign_off"

FLOW: Final = Flow("sign_up")


def calendar_url(services: Services, event: Event) -> str:
    """Where the event's .ics file is served, or '' when the bot has no public address."""
    base = services.public_url.rstrip("/")
    return f"{base}/events/{event.event_id}.ics" if base else ""


def when_text(event: Event, now: datetime, lang: str) -> str:
    """'tirsdag den 8. december kl. 09.00–12.00': the next time the event takes place."""
    start = next_start(event, now) or datetime.fromisoformat(event.start)
    return format_period(start, start + length_of(event), lang, now.date())


def invitation(services: Services, event: Event, lang: str, now: datetime) -> dict[str, Any]:
    """The invitation card: what, when, where, places left, and the buttons to answer."""
    title = text(f"invite.title.{event.kind}", lang, title=event.title)
    rows = [(text("event.field.when", lang), when_text(event, now, lang))]
    if event.rrule:
        freq = "monthly" if "MONTHLY" in event.rrule else "weekly"
        rows.append((text("event.field.repeats", lang), text(f"event.repeats.{freq}", lang)))
    if event.place:
        rows.append((text("event.field.place", lang), event.place))
    free = free_places(event)
    if free is not None:
        rows.append((text("event.field.places", lang), text("invite.places", lang, free=free)))
    body = [cards.title(title), cards.facts(rows)]
    if event.description:
        body.append(cards.paragraph(event.description))
    body.append(cards.paragraph(text("invite.by", lang, name=services.name_of(event.created_by))))
    return cards.card(body, answer_buttons(services, event, lang), fallback=title)


def answer_buttons(services: Services, event: Event, lang: str) -> list[dict[str, Any]]:
    data = {"event": event.event_id}
    buttons = [
        cards.submit(text("invite.sign_up", lang), {"action": SIGN_UP, **data}, primary=True),
        cards.submit(text("invite.sign_off", lang), {"action": SIGN_OFF, **data}),
    ]
    url = calendar_url(services, event)
    if url:
        buttons.append(cards.open_url(text("invite.calendar", lang), url))
    return buttons


def _event(turn: Turn) -> Event | None:
    """The event a button names, if it is still on; None after saying why not."""
    value = turn.value or {}
    event_id = value.get("event")
    event = turn.services.events.get(event_id) if isinstance(event_id, str) and event_id else None
    if event is None:
        turn.say("event.unknown")
        return None
    if event.cancelled:
        turn.say("event.was_cancelled", title=event.title)
        return None
    if next_start(event, turn.org.now()) is None:
        turn.say("event.over", title=event.title)
        return None
    return event


@FLOW.on_card(SIGN_UP)
def sign_up(turn: Turn) -> bool:
    event = _event(turn)
    if event is None:
        return True
    who = turn.email
    when = when_text(event, turn.org.now(), turn.lang)
    if who in event.signed_up:
        turn.say(f"signup.already.{event.kind}", title=event.title, when=when)
        return True
    if who in event.waitlist:
        turn.say("signup.already_waiting", title=event.title, place=event.waitlist.index(who) + 1)
        return True
    declined = tuple(e for e in event.declined if e != who)
    if free_places(event) == 0:
        waitlist = (*event.waitlist, who)
        turn.services.events.save(replace(event, waitlist=waitlist, declined=declined))
        turn.say("signup.waitlisted", title=event.title, place=len(waitlist))
        return True
    turn.services.events.save(replace(event, signed_up=(*event.signed_up, who), declined=declined))
    turn.say(f"signup.done.{event.kind}", title=event.title, when=when)
    return True


@FLOW.on_card(SIGN_OFF)
def sign_off(turn: Turn) -> bool:
    event = _event(turn)
    if event is None:
        return True
    who = turn.email
    if who in event.waitlist:
        waitlist = tuple(e for e in event.waitlist if e != who)
        turn.services.events.save(replace(event, waitlist=waitlist))
        turn.say("signup.left_waitlist", title=event.title)
        return True
    if who not in event.signed_up:
        if event.kind == COURSE:
            turn.say("signup.not_signed_up", title=event.title)
            return True
        if who not in event.declined:
            turn.services.events.save(replace(event, declined=(*event.declined, who)))
        turn.say("signup.declined", title=event.title)
        return True
    signed_up = tuple(e for e in event.signed_up if e != who)
    waitlist = event.waitlist
    promoted = ""
    if waitlist and (not event.capacity or len(signed_up) < event.capacity):
        promoted, waitlist = waitlist[0], waitlist[1:]
        signed_up = (*signed_up, promoted)
    declined = event.declined if event.kind == COURSE else (*event.declined, who)
    turn.services.events.save(
        replace(event, signed_up=signed_up, waitlist=waitlist, declined=declined)
    )
    turn.say(f"signup.cancelled.{event.kind}", title=event.title)
    if promoted:
        start = next_start(event, turn.org.now())
        turn.notify(promoted, f"signup.promoted.{event.kind}", title=event.title, when=start)
    return True
