"""People ask the bot what it can do, in Danish or English, with typos, 1:1 or in a channel."""

from __future__ import annotations

import pytest

from tests.chat import Someone, seen
from tests.conftest import ANNE, BO, KARIN, METTE, RunningBot


async def test_danish_help_in_a_personal_chat(anne: Someone) -> None:
    turn = await anne.says("hjælp")
    assert len(turn.replies) == 1
    assert turn.replies[0].cards, "the help comes as a card"
    reply = anne.last_reply
    assert "Det kan IT-hjælp" in reply
    assert "Jobcenter Varde" in reply
    assert "skift sprog" in reply
    assert "+45 7994 0000" in reply, "urgent cases get central IT support's phone number"
    assert turn.replies[0].conversation_id == anne.emulator.personal_conversation_id(ANNE)


async def test_english_help_for_an_english_teams(emma: Someone) -> None:
    await emma.says("help", locale="en-US")
    assert "What IT-hjælp can do" in emma.last_reply
    assert "change language" in emma.last_reply
    assert "Det kan" not in emma.last_reply


@pytest.mark.parametrize("typo", ["hjaelp", "Hjælp!", "hjlp", "hjæp", "hvad kan du?"])
async def test_typos_still_get_help(anne: Someone, typo: str) -> None:
    await anne.says(typo)
    assert "Det kan IT-hjælp" in anne.last_reply


async def test_help_in_a_channel_answers_in_the_thread(bot: RunningBot, anne: Someone) -> None:
    turn = await anne.says("hjælp", team="ydelse")
    reply = turn.replies[0]
    assert ";messageid=" in reply.conversation_id, "the answer goes into the thread"
    assert "nævne mig med @IT-hjælp" in seen(reply)


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


async def test_the_help_shows_each_person_what_their_roles_can_do(bot: RunningBot) -> None:
    anne, bo = Someone(bot.emulator, ANNE), Someone(bot.emulator, BO)
    karin, mette = Someone(bot.emulator, KARIN), Someone(bot.emulator, METTE)
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
