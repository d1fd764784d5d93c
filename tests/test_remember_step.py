"""The turn first remembers the chat and the sender, asking Teams' roster only what it lacks."""

from __future__ import annotations

from dataclasses import replace

from botbuilder.core import TurnContext

from bot.pipeline import Remember
from storage.models import Person
from tests.turn_fakes import CHAT, TENANT, People, References, context, nothing_more


class Roster:
    """Teams' roster, which knows everyone's e-mail."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    async def __call__(self, _context: TurnContext, person: Person) -> Person:
        self.asked.append(person.user_id)
        return replace(person, email=person.email or "anne@varde.example")


async def test_remember_keeps_the_chat_and_the_sender_before_the_turn_goes_on() -> None:
    references, people, roster = References(), People(), Roster()
    kept_first: list[bool] = []

    async def rest() -> None:
        kept_first.append(bool(references.saved) and "29:anne" in people.by_id)

    await Remember(references=references, people=people, roster=roster)(context(), rest)
    assert kept_first == [True]
    [reference] = references.saved
    assert (reference.conversation_id, reference.user_id, reference.tenant_id) == (
        CHAT,
        "29:anne",
        TENANT,
    )
    assert "activityId" not in reference.reference
    anne = people.by_id["29:anne"]
    assert (anne.name, anne.email, anne.locale, anne.tenant_id) == (
        "Anne Andersen",
        "anne@varde.example",
        "da-DK",
        TENANT,
    )
    assert roster.asked == ["29:anne"]


async def test_remember_asks_the_roster_only_for_what_it_does_not_know() -> None:
    known = Person(user_id="29:anne", name="Anne", email="anne@varde.example")
    people, roster = People(known), Roster()
    await Remember(references=References(), people=people, roster=roster)(context(), nothing_more)
    assert roster.asked == []
    assert people.by_id["29:anne"].name == "Anne Andersen", "Teams' newest name is kept"


async def test_remember_keeps_the_bots_own_chat_but_not_the_bot_as_a_person() -> None:
    references, people = References(), People()
    await Remember(references=references, people=people, roster=Roster())(
        context(sender="28:bot"), nothing_more
    )
    assert len(references.saved) == 1
    assert people.by_id == {}


async def test_remember_keeps_nothing_of_an_activity_without_a_sender() -> None:
    references, people = References(), People()
    went_on: list[bool] = []

    async def rest() -> None:
        went_on.append(True)

    await Remember(references=references, people=people, roster=Roster())(
        context(sender=None), rest
    )
    assert (references.saved, people.by_id, went_on) == ([], {}, [True])
