"""People ask the bot what it can do, in Danish or English, with typos, and by their roles."""

from __future__ import annotations

import pytest

from tests.conftest import ANNE, BO, KARIN, METTE
from tests.inprocess.chat import Someone
from tests.inprocess.teams import InMemoryTeams


async def test_english_help_for_an_english_teams(emma: Someone) -> None:
    said = await emma.says("help", locale="en-US")
    assert said.cards, "the help comes as a card"
    assert "What IT-hjælp can do" in emma.last_reply
    assert "change language" in emma.last_reply
    assert "Det kan" not in emma.last_reply


@pytest.mark.parametrize("typo", ["hjaelp", "Hjælp!", "hjlp", "hjæp", "hvad kan du?"])
async def test_typos_still_get_help(anne: Someone, typo: str) -> None:
    await anne.says(typo)
    assert "Det kan IT-hjælp" in anne.last_reply


async def test_unknown_text_gets_a_kind_hint(anne: Someone) -> None:
    await anne.says("blablabla qwerty")
    assert "forstod jeg ikke" in anne.last_reply
    await anne.says("hjaelpe mig med kommandoer")
    assert "Mente du «hjælp»?" in anne.last_reply


async def test_empty_message(anne: Someone) -> None:
    await anne.says("   ")
    assert "tom besked" in anne.last_reply


async def test_greeting_uses_the_first_name(anne: Someone, emma: Someone) -> None:
    await anne.says("hej")
    assert anne.last_reply.startswith("Hej Anne!")
    await emma.says("hi", locale="en-US")
    assert emma.last_reply.startswith("Hi Emma!")


async def test_the_help_shows_each_person_what_their_roles_can_do(teams: InMemoryTeams) -> None:
    anne, bo = Someone(teams, ANNE), Someone(teams, BO)
    karin, mette = Someone(teams, KARIN), Someone(teams, METTE)
    await anne.says("hjælp")
    assert "hvem er min superbruger?" in anne.last_reply
    assert "For superbrugere" not in anne.last_reply
    assert "tilføj superbruger @navn" not in anne.last_reply
    await bo.says("hjælp")
    assert "jeg er væk til og med fredag" in bo.last_reply
    assert "For teamledere" not in bo.last_reply
    await karin.says("hjælp")
    assert "tilføj superbruger @navn" in karin.last_reply
    assert "genindlæs organisation" not in karin.last_reply
    await mette.says("hjælp")
    for section in ("For superbrugere", "For teamledere", "genindlæs organisation"):
        assert section in mette.last_reply
