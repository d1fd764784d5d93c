"""Who hears of a planned event or a given task, and where: team channels or 1:1."""

from __future__ import annotations

import logging
from datetime import date, datetime

from dialogs import delegate_task
from dialogs.conversation import Reply, Services
from dialogs.effects.ports import Messenger
from dialogs.event_rules import invitees
from dialogs.language.texts import text
from dialogs.sign_up import invitation, when_text
from storage.models import Event, Task

_LOGGER = logging.getLogger(__name__)

MOVED = "event.moved_notice"
CANCELLED = "event.cancelled_notice"


async def invite(services: Services, messenger: Messenger, event: Event, now: datetime) -> None:
    """The card to whole teams in their case channel, to everyone else 1:1."""
    covered: set[str] = set()
    posted = 0
    for key in event.teams:
        team = services.org.team(key)
        if team is not None and await messenger.post_in_channel(
            key, Reply(card=invitation(services, event, services.org.language, now))
        ):
            covered.update(team.everyone)
            posted += 1
    sent = skipped = 0
    for email in invitees(event, services.org):
        if email in covered or email == event.created_by:
            continue
        if await messenger.send_1to1(
            email,
            lambda lang: Reply(card=invitation(services, event, lang, now)),
            f"invitation to {event.event_id}",
        ):
            sent += 1
        else:
            skipped += 1
    _LOGGER.info(
        "event %s: invitation posted in %d team channel(s), sent to %d, %d without a chat",
        event.event_id,
        posted,
        sent,
        skipped,
    )


async def tell_affected(
    services: Services, messenger: Messenger, event: Event, key: str, now: datetime
) -> None:
    """Whole teams hear it where they were invited; the signed-up and the rest 1:1."""
    org = services.org

    def notice(lang: str) -> Reply:
        when = when_text(event, now, lang)
        return Reply(text=text(f"{key}.{event.kind}", lang, title=event.title, when=when))

    covered: set[str] = set()
    for team_key in event.teams:
        team = org.team(team_key)
        if team is not None and await messenger.post_in_channel(team_key, notice(org.language)):
            covered.update(team.everyone)
    signed = (*event.signed_up, *event.waitlist)
    for email in dict.fromkeys((*signed, *invitees(event, org))):
        if email == event.created_by or email in event.declined:
            continue
        if email in covered and email not in signed:
            continue
        await messenger.send_1to1(email, notice, f"{key} for {event.event_id}")


async def give_task(services: Services, messenger: Messenger, task: Task, today: date) -> None:
    """The task's card to whoever has it."""
    await messenger.send_1to1(
        task.assigned_to,
        lambda lang: Reply(card=delegate_task.card(services, task, lang, today)),
        "task.created",
    )
