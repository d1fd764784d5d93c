"""Every activity leaves its conversation reference and who sent it, for proactive messages."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

from botbuilder.core import TurnContext
from botbuilder.schema import ChannelAccount

from bot.pipeline.chain import Next
from bot.readers import conversation_ref_of, tenant_of
from storage.models import Person
from storage.repositories import ConversationRefs, People

# Fills in a person's e-mail and name from Teams' roster, as far as Teams knows them.
RosterLookup = Callable[[TurnContext, Person], Awaitable[Person]]


class Remember:
    """Keeps the conversation reference and the sender before the turn runs."""

    def __init__(self, *, references: ConversationRefs, people: People, roster: RosterLookup):
        self._references = references
        self._people = people
        self._roster = roster

    async def __call__(self, context: TurnContext, next_step: Next) -> None:
        await self.remember(context)
        await next_step()

    async def remember(self, context: TurnContext) -> None:
        """Keep the conversation reference and who the sender is, for proactive messages later."""
        activity = context.activity
        conversation = activity.conversation
        sender = activity.from_property
        if conversation is None or not conversation.id or sender is None or not sender.id:
            return
        self._references.save(conversation_ref_of(activity))
        if sender.id == (activity.recipient.id if activity.recipient else None):
            return
        await self._remember_person(context, sender)

    async def _remember_person(self, context: TurnContext, sender: ChannelAccount) -> None:
        activity = context.activity
        known = self._people.get(sender.id) or Person(user_id=sender.id)
        person = replace(
            known,
            name=sender.name or known.name,
            aad_object_id=sender.aad_object_id or known.aad_object_id,
            locale=activity.locale or known.locale,
            tenant_id=tenant_of(activity) or known.tenant_id,
        )
        if not person.email or not person.name:
            person = await self._roster(context, person)
        self._people.upsert(person)
