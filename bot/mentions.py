"""Mentions in and out: who a message @mentions, and whom a reply's <at> tags notify."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.core.teams import TeamsInfo
from botbuilder.schema import Activity, Mention
from msrest.exceptions import ClientException

from bot.activities import to_activity, with_mentions
from bot.readers import person_from, tenant_of
from dialogs.conversation import Mentioned, Reply, Services
from storage.models import Person

_LOGGER = logging.getLogger(__name__)


def _mention_entities(activity: Activity) -> Iterator[dict[str, Any]]:
    """The activity's mention entities, each as the JSON Teams sent."""
    for entity in activity.entities or []:
        if (entity.type or "").lower() == "mention":
            yield dict(entity.serialize(), **entity.additional_properties)


def without_bot_mention(activity: Activity) -> str:
    """The message's text without its @mention of the bot."""
    # botbuilder's remove_recipient_mention fails on a mention without a name and reads the
    # name as a regular expression; this takes the mention's own text out, literally.
    text = activity.text or ""
    bot_id = activity.recipient.id if activity.recipient else ""
    for found in _mention_entities(activity):
        mentioned = found.get("mentioned") if isinstance(found.get("mentioned"), dict) else {}
        if not bot_id or mentioned.get("id") != bot_id:
            continue
        name = mentioned.get("name")
        tag = found.get("text") or (f"<at>{name}</at>" if isinstance(name, str) and name else "")
        if isinstance(tag, str) and tag:
            text = text.replace(tag, "")
    return text


async def from_roster(turn_context: TurnContext, person: Person) -> Person:
    """E-mail (or UPN) and name from Teams' roster; once Teams has answered, they are kept."""
    try:
        member = await TeamsInfo.get_member(turn_context, person.user_id)
    except ClientException as error:
        _LOGGER.info("Teams does not know member %s here: %s", person.user_id, error)
        return person
    found = person_from(member, person.tenant_id)
    return replace(
        person,
        email=person.email or found.email,
        name=person.name or found.name,
        aad_object_id=person.aad_object_id or found.aad_object_id,
    )


class Mentions:
    """Resolves people named by mentions, in what people write and in what the bot answers."""

    def __init__(self, services: Services):
        self._services = services

    async def read(self, turn_context: TurnContext) -> tuple[Mentioned, ...]:
        """People the writer @mentioned (not the bot), with their e-mail from Teams' roster."""
        activity = turn_context.activity
        bot_id = activity.recipient.id if activity.recipient else ""
        people = self._services.people
        found = []
        for entity in _mention_entities(activity):
            who = Mention().deserialize(entity).mentioned
            if who is None or not who.id or who.id == bot_id:
                continue
            person = people.get(who.id) or Person(user_id=who.id, name=who.name or "")
            if not person.email:
                person = await from_roster(turn_context, person)
                if person.email:
                    people.upsert(person)
            found.append(
                Mentioned(user_id=who.id, name=who.name or person.name, email=person.email)
            )
        return tuple(found)

    async def activity_of(self, turn_context: TurnContext, reply: Reply, lang: str) -> Activity:
        """The reply as an activity whose <at>Name</at> tags notify the people they name."""
        mentioned = [
            (self._services.name_of(email), await self._user_id_of(turn_context, email))
            for email in dict.fromkeys(reply.mentions)
        ]
        return with_mentions(to_activity(reply, lang), mentioned)

    async def _user_id_of(self, turn_context: TurnContext, email: str) -> str:
        known = self._services.people.by_email(email)
        if known is not None:
            return known.user_id
        try:
            # Teams finds a member by UPN too, which is what the org file names people by.
            member = await TeamsInfo.get_member(turn_context, email)
        except ClientException:
            return ""
        self._services.people.upsert(person_from(member, tenant_of(turn_context.activity)))
        return member.id
