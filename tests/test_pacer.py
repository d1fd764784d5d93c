"""The notice queue's token buckets keep within every one of Teams' limits, whatever the demand."""

from __future__ import annotations

import pytest
from botbuilder.schema import Activity

from bot.delivery import Pacer
from bot.emulator.limits import APP_LIMITS, CONVERSATION_LIMITS
from bot.sender import SendFailed
from tests.conftest import ANNE, RunningBot


def most_in_any_window(times: list[float], period: float) -> int:
    """The most requests that fall in any half-open window of `period` seconds."""
    times = sorted(times)
    most, first = 0, 0
    for last, at in enumerate(times):
        while times[first] <= at - period:
            first += 1
        most = max(most, last - first + 1)
    return most


def test_a_thousand_requests_to_different_chats_stay_within_the_tenant_limit() -> None:
    pacer = Pacer(0.0)
    times = [pacer.reserve(f"chat {n}", 0.0) for n in range(1000)]
    for limit, period in APP_LIMITS:
        assert most_in_any_window(times, period) <= limit
    # And not much slower than the limit allows: 50 a second.
    assert times[-1] <= 1000 / 49


@pytest.mark.parametrize("asked_every", [0.0, 0.05, 0.2])
def test_one_busy_conversation_stays_within_every_conversation_limit(asked_every: float) -> None:
    pacer = Pacer(0.0)
    times = []
    for n in range(300):
        times.append(pacer.reserve("the project lead's chat", n * asked_every))
    for limit, period in CONVERSATION_LIMITS:
        assert most_in_any_window(times, period) <= limit, (limit, period)


async def test_a_single_attempt_sender_hands_back_retry_after(bot: RunningBot) -> None:
    """The notice queue's sender tries once and says how long Teams wants it to wait."""
    await bot.emulator.say(ANNE, "hej")
    user = bot.emulator.directory.user(ANNE)
    ref = bot.stored.references.personal_for(user.user_id).reference
    once = bot.sender(attempts=1)
    bot.emulator.inject_fault(429, retry_after=2.5)
    with pytest.raises(SendFailed) as refused:
        await once.send(ref, Activity(type="message", text="Besked"))
    assert (refused.value.status, refused.value.retry_after) == (429, 2.5)
    bot.emulator.inject_fault(503)
    with pytest.raises(SendFailed) as refused:
        await once.send(ref, Activity(type="message", text="Besked"))
    assert (refused.value.status, refused.value.retry_after) == (503, None)
    assert [r for r in bot.emulator.recorded() if r.text == "Besked"] == []


async def test_a_random_share_of_requests_fails_and_can_be_stopped(bot: RunningBot) -> None:
    await bot.emulator.say(ANNE, "hej")
    user = bot.emulator.directory.user(ANNE)
    ref = bot.stored.references.personal_for(user.user_id).reference
    once = bot.sender(attempts=1)
    bot.emulator.inject_share(503, 0.5, seed=3)
    outcomes = []
    for _ in range(40):
        try:
            await once.send(ref, Activity(type="message", text="Besked"))
            outcomes.append("sent")
        except SendFailed:
            outcomes.append("refused")
    assert 10 < outcomes.count("refused") < 30
    bot.emulator.inject_share(503, 0)
    await once.send(ref, Activity(type="message", text="Besked"))
    assert (
        len([r for r in bot.emulator.recorded() if r.text == "Besked"])
        == outcomes.count("sent") + 1
    )
    with pytest.raises(ValueError, match="share"):
        bot.emulator.inject_share(429, 1.5)


async def test_a_single_attempt_update_is_not_retried_behind_the_notice_queue(
    bot: RunningBot,
) -> None:
    await bot.emulator.say(ANNE, "hej")
    user = bot.emulator.directory.user(ANNE)
    ref = bot.stored.references.personal_for(user.user_id).reference
    once = bot.sender(attempts=1)
    activity_id = await once.send(ref, Activity(type="message", text="Første udgave"))
    bot.emulator.inject_fault(503)
    with pytest.raises(SendFailed) as refused:
        await once.update(ref, activity_id, Activity(type="message", text="Anden udgave"))
    assert refused.value.status == 503
    assert [r for r in bot.emulator.recorded() if r.op == "update"] == []
    await once.update(ref, activity_id, Activity(type="message", text="Anden udgave"))
    assert len([r for r in bot.emulator.recorded() if r.op == "update"]) == 1
