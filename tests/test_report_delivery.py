"""A new case's channel card goes out beside the reporter's reply; nothing overtakes a reply."""

from __future__ import annotations

import asyncio

import pytest
from botbuilder.schema import Activity

from bot.sender import Answering
from tests.conftest import ANNE, RunningBot


@pytest.fixture
async def linked(bot: RunningBot) -> RunningBot:
    """Team Ydelse has the bot in its Teams team, linked by name, with General for cases."""
    await bot.emulator.install_in_team("ydelse")
    bot.emulator.clear()
    return bot


async def test_the_channel_card_does_not_wait_for_the_reporters_reply(
    linked: RunningBot,
) -> None:
    emulator = linked.emulator
    # Teams holds the reply to Anne for a second, then gives up on it.
    emulator.inject_fault(
        "timeout", conversation_id=emulator.personal_conversation_id(ANNE), hold=1.0
    )
    reporting = asyncio.create_task(emulator.say(ANNE, "problem med printeren"))
    card = await emulator.wait_for_async(lambda r: r.op == "create" and bool(r.cards))
    assert card.text == "<at>Bo Nielsen</at> Ny IT-sag #1 fra Anne Madsen."
    assert not reporting.done()
    turn = await reporting
    # Teams never took the reply; the case was stored first, and its helpers have its card.
    assert turn.status == 502
    case = linked.stored.cases.get(1)
    assert case is not None
    assert [post.conversation_id for post in case.posts] == [card.conversation_id]


async def test_a_message_into_a_chat_waits_while_a_turn_is_answering_there(
    bot: RunningBot,
) -> None:
    await bot.emulator.say(ANNE, "hjælp")
    chat = bot.emulator.personal_conversation_id(ANNE)
    reference = bot.stored.references.get(chat)
    assert reference is not None
    sender = bot.sender()
    bot.emulator.clear()
    answered = sender.answering.begin(chat)
    waiting = sender.answering.waiting(chat)
    # Something started in the background, such as an IT notice's live report, is ready first.
    sending = asyncio.create_task(
        sender.send(reference.reference, Activity(type="message", text="Rapport"))
    )
    async with asyncio.timeout(5):
        await waiting.wait()
    # The turn's own answer goes out meanwhile, as a turn's replies do, past the wait.
    await bot.sender(answering=Answering()).send(
        reference.reference, Activity(type="message", text="Svar")
    )
    assert not sending.done(), "it waits for the answer"
    answered()
    await sending
    assert [record.text for record in bot.emulator.recorded(chat)] == ["Svar", "Rapport"]
