"""A new case's channel card goes out beside the reporter's reply, not after it."""

from __future__ import annotations

import asyncio

import pytest

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
    case = linked.runtime.services.cases.get(1)
    assert case is not None
    assert [post.conversation_id for post in case.posts] == [card.conversation_id]
