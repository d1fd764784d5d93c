"""The reply gate holds background posts to a chat until the turn's reply is out."""

from __future__ import annotations

import asyncio

import pytest

from bot.pipeline import ReplyGate, reply_sent
from bot.sender import Answering
from tests.turn_fakes import CHAT, context


async def held(answering: Answering) -> bool:
    """Whether a background post into the chat would wait now."""
    waiting = asyncio.ensure_future(answering.over(CHAT))
    await asyncio.sleep(0)
    still = not waiting.done()
    waiting.cancel()
    return still


async def test_the_reply_gate_holds_the_chat_until_the_reply_is_out() -> None:
    answering = Answering()
    turn = context()
    states: list[bool] = []

    async def answer() -> None:
        states.append(await held(answering))
        reply_sent(turn)()
        states.append(await held(answering))

    await ReplyGate(answering)(turn, answer)
    assert states == [True, False]
    assert not await held(answering)


async def test_the_reply_gate_opens_when_the_turn_fails() -> None:
    answering = Answering()

    async def fail() -> None:
        raise RuntimeError("Teams did not take the reply")

    with pytest.raises(RuntimeError):
        await ReplyGate(answering)(context("invoke"), fail)
    assert not await held(answering)


async def test_the_reply_gate_holds_nothing_for_activities_nobody_answers() -> None:
    answering = Answering()
    turn = context("installationUpdate")
    states: list[bool] = []

    async def rest() -> None:
        states.append(await held(answering))
        reply_sent(turn)()  # nothing to open; calling it does no harm

    await ReplyGate(answering)(turn, rest)
    assert states == [False]
