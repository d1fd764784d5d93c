"""Who an IT notice goes to, who is reminded of it, and when: decided here, sent by bot/."""

from __future__ import annotations

from datetime import UTC, datetime
from datetime import time as clock_time
from typing import Any, Final

from dialogs import notice_audience
from dialogs.organisation import OrgService
from dialogs.working_days import add_working_days
from storage.notices import DELIVERED, NOT_INSTALLED, WAITING, Delivery, Notice
from storage.repositories import ConversationRefs, InstalledTeams, People

REMINDER_HOUR: Final = clock_time(9, 0)


def recipients(
    notice: Notice,
    organisation: OrgService,
    people: People,
    teams: InstalledTeams,
    references: ConversationRefs,
) -> list[Delivery]:
    """One delivery per channel and person the notice is for; waiting where the bot can reach."""
    org = organisation.org
    found: dict[str, Delivery] = {}
    if notice.to_channels:
        for team in notice_audience.teams(org, notice):
            link = organisation.link_of(team)
            if link is None:
                continue
            target = f"channel:{link.team_id}/{link.channel_id}"
            installed = teams.get(link.team_id)
            usable = installed is not None and installed.installed
            found[target] = Delivery(
                delivery_id=f"{notice.notice_id}/{target}",
                notice_id=notice.notice_id,
                target=target,
                status=WAITING if usable else NOT_INSTALLED,
                conversation_id=link.channel_id,
            )
    if notice.to_people:
        for email in notice_audience.people(org, notice):
            target = f"person:{email}"
            ref = personal_reference(people, references, email)
            # The chat's reference stays with the bot's other references; a copy in every
            # delivery would make the notices file several times larger.
            found[target] = Delivery(
                delivery_id=f"{notice.notice_id}/{target}",
                notice_id=notice.notice_id,
                target=target,
                status=WAITING if ref else NOT_INSTALLED,
                conversation_id=ref.get("conversation", {}).get("id", "") if ref else "",
            )
    return list(found.values())


def personal_reference(
    people: People, references: ConversationRefs, email: str
) -> dict[str, Any] | None:
    """The reference of someone's 1:1 chat with the bot, if they have one."""
    person = people.by_email(email)
    ref = references.personal_for(person.user_id) if person else None
    return ref.reference if ref else None


def remind_at(notice: Notice, now: datetime, organisation: OrgService) -> str:
    """When those who have not acknowledged are reminded (ISO, UTC); empty for never."""
    if not notice.ack_required or notice.remind_after <= 0:
        return ""
    day = add_working_days(now.date(), notice.remind_after, organisation.org.working_hours)
    return datetime.combine(day, REMINDER_HOUR, tzinfo=now.tzinfo).astimezone(UTC).isoformat()


def reminded(delivery: Delivery, acked: set[str]) -> bool:
    """Whether a delivered copy's reader gets the reminder: people, not channels, not yet acked."""
    return (
        delivery.status == DELIVERED
        and not delivery.is_channel
        and not delivery.pending
        and delivery.email not in acked
    )
