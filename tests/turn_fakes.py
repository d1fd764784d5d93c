"""A turn's context and fakes of the stores its steps use, for testing each step alone."""

from __future__ import annotations

from botbuilder.core import TurnContext
from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import Activity, ChannelAccount, ConversationAccount

from storage.models import ConversationRef, Person

TENANT = "tenant-varde"
CHAT = "a:anne"


def context(kind: str = "message", *, sender: str | None = "29:anne") -> TurnContext:
    activity = Activity(
        type=kind,
        channel_id="msteams",
        service_url="https://smba.example/emea/",
        conversation=ConversationAccount(id=CHAT, conversation_type="personal"),
        from_property=ChannelAccount(id=sender, name="Anne Andersen") if sender else None,
        recipient=ChannelAccount(id="28:bot", name="IT-hjælp"),
        channel_data={"tenant": {"id": TENANT}},
        locale="da-DK",
        text="hjælp",
    )
    return TurnContext(TestAdapter(), activity)


async def nothing_more() -> None:
    """The rest of a turn that does nothing."""


class References:
    def __init__(self) -> None:
        self.saved: list[ConversationRef] = []

    def save(self, reference: ConversationRef) -> None:
        self.saved.append(reference)


class People:
    def __init__(self, *known: Person) -> None:
        self.by_id = {p.user_id: p for p in known}

    def get(self, user_id: str) -> Person | None:
        return self.by_id.get(user_id)

    def upsert(self, person: Person) -> Person:
        self.by_id[person.user_id] = person
        return person
