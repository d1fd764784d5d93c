"""Proactive sends ride out Teams' 429 and 503 answers, and never deliver a message twice."""

from __future__ import annotations

import pytest
from botbuilder.schema import Activity

from bot.sender import Sender, SendFailed
from tests.conftest import ANNE, RunningBot


@pytest.fixture
def waits() -> list[float]:
    """The sender's pauses, recorded instead of slept, so the tests run at full speed."""
    return []


@pytest.fixture
def sender(bot: RunningBot, waits: list[float]) -> Sender:
    """A sender like the app's own, which notes its pauses in `waits` instead of sleeping."""

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    return bot.sender(sleep=sleep)


async def reference(bot: RunningBot) -> dict:
    await bot.emulator.say(ANNE, "hej")
    user = bot.emulator.directory.user(ANNE)
    bot.emulator.clear()
    return bot.stored.references.personal_for(user.user_id).reference


async def test_honours_retry_after_on_429(
    bot: RunningBot, sender: Sender, waits: list[float]
) -> None:
    ref = await reference(bot)
    bot.emulator.inject_fault(429, times=2, retry_after=3)
    await sender.send(ref, Activity(type="message", text="Besked"))
    sent = [r for r in bot.emulator.recorded() if r.text == "Besked"]
    assert len(sent) == 1
    assert waits == [3.0, 3.0]


async def test_backs_off_on_503(bot: RunningBot, sender: Sender, waits: list[float]) -> None:
    ref = await reference(bot)
    bot.emulator.inject_fault(503, times=3)
    await sender.send(ref, Activity(type="message", text="Besked"))
    assert len([r for r in bot.emulator.recorded() if r.text == "Besked"]) == 1
    assert len(waits) == 3
    assert waits[0] < waits[2], "each wait is longer than the last"


async def test_gives_up_after_bounded_attempts(
    bot: RunningBot, sender: Sender, waits: list[float]
) -> None:
    ref = await reference(bot)
    bot.emulator.inject_fault(503, times=10)
    with pytest.raises(SendFailed, match="503"):
        await sender.send(ref, Activity(type="message", text="Besked"))
    assert len(waits) == 4
    assert [r for r in bot.emulator.recorded() if r.text == "Besked"] == []
    bot.emulator.inject_fault(503, times=0)


async def test_a_refusal_is_not_retried(
    bot: RunningBot, sender: Sender, waits: list[float]
) -> None:
    ref = await reference(bot)
    bot.emulator.inject_fault(403, times=1)
    with pytest.raises(SendFailed, match="403"):
        await sender.send(ref, Activity(type="message", text="Besked"))
    assert waits == []


async def test_new_thread_in_a_channel(bot: RunningBot, sender: Sender, waits: list[float]) -> None:
    team = bot.emulator.directory.team("ydelse")
    bot.emulator.inject_fault(429, times=1, retry_after=1)
    conversation_id, activity_id = await sender.start_thread(
        bot.emulator.service_url,
        bot.emulator.directory.tenant_id,
        team.team_id,
        Activity(type="message", text="Ny tråd"),
    )
    assert conversation_id == f"{team.team_id};messageid={activity_id}"
    created = [r for r in bot.emulator.recorded() if r.text == "Ny tråd"]
    assert [r.op for r in created] == ["create"]
    assert waits == [1.0]


async def test_updates_and_deletes_a_sent_message(bot: RunningBot, sender: Sender) -> None:
    ref = await reference(bot)
    activity_id = await sender.send(ref, Activity(type="message", text="Første udgave"))
    await sender.update(ref, activity_id, Activity(type="message", text="Anden udgave"))
    await sender.delete(ref, activity_id)
    ops = [(r.op, r.activity_id, r.text) for r in bot.emulator.recorded()]
    assert ops == [
        ("reply", activity_id, "Første udgave"),
        ("update", activity_id, "Anden udgave"),
        ("delete", activity_id, ""),
    ]
