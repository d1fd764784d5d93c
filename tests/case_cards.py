"""A reported case and its card in Team Ydelse's channel, for the case-handling tests."""

from __future__ import annotations

import pytest

from bot.emulator import Recorded
from dialogs.language.texts import text
from tests.chat import Someone, seen
from tests.conftest import RunningBot

LARS = "lars.kirk@jobcenter.varde.example"  # employee, Team Sygedagpenge

NOT_HELPER = text("case.not_helper", "da", number=1)
AT_BO = "<at>Bo Nielsen</at> "  # how a thread message mentions Bo


@pytest.fixture
async def case(bot: RunningBot, anne: Someone) -> Recorded:
    """Anne has reported a printer problem; its card is in Team Ydelse's channel."""
    await bot.emulator.install_in_team("ydelse")
    await anne.says("problem med printeren")
    return card_of(bot, 1)


def card_of(bot: RunningBot, number: int) -> Recorded:
    """The case card as it looks in the channel now: the post, or its latest update."""
    general = bot.emulator.directory.team("ydelse").general.channel_id
    shown = [r for r in bot.emulator.recorded(general) if r.cards and f"Sag #{number} " in seen(r)]
    assert shown, f"case {number} has no card in the channel"
    return shown[-1]


def chat_of(bot: RunningBot, email: str) -> list[Recorded]:
    return [
        r for r in bot.emulator.recorded(bot.emulator.personal_conversation_id(email)) if r.is_reply
    ]


def status(bot: RunningBot, number: int = 1) -> str:
    return bot.stored.cases.get(number).status
