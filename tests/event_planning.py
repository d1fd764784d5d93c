"""What the event tests share: the leads' plan, the people invited and what reached them."""

from __future__ import annotations

import pytest

from bot.emulator import Recorded
from storage.models import Event
from tests.chat import Someone, buttons
from tests.conftest import METTE, PETER, RunningBot

MOMENTUM = (
    "opret kursusdag Momentum-opdatering 8. december kl 9-12 i mødelokale 2 "
    "for Team Ydelse og Team Unge"
)


@pytest.fixture
def mette(bot: RunningBot) -> Someone:
    return Someone(bot.emulator, METTE)


@pytest.fixture
def peter(bot: RunningBot) -> Someone:
    return Someone(bot.emulator, PETER)


def stored(bot: RunningBot) -> list[Event]:
    return bot.stored.events.all()


def personal(bot: RunningBot, email: str) -> list[Recorded]:
    """What the bot sent to someone 1:1, outside their own turns too."""
    return [r for r in bot.emulator.recorded(bot.emulator.personal_conversation_id(email))]


def invitation_to(bot: RunningBot, email: str) -> Recorded:
    [card] = [r for r in personal(bot, email) if buttons(r).keys() >= {"Tilmeld", "Afmeld"}]
    return card


async def plan(bot: RunningBot, mette: Someone, text: str = MOMENTUM) -> Event:
    """The lead writes the plan and presses 'Opret' on the confirmation."""
    turn = await mette.says(text)
    assert "Opret" in buttons(turn.replies[0]), mette.last_reply
    await mette.clicks("Opret", on=turn.replies[0])
    [event] = [e for e in stored(bot) if e.title in text]
    return event
