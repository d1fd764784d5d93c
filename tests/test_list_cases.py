"""'Mine sager' and 'åbne sager' over real HTTP; the rest of their cases are in inprocess/."""

from __future__ import annotations

import pytest

from tests.chat import Someone, card_texts, seen
from tests.conftest import BO, PETER, RunningBot

LARS = "lars.kirk@jobcenter.varde.example"  # employee, Team Sygedagpenge


@pytest.fixture
async def reported(bot: RunningBot, anne: Someone) -> RunningBot:
    """Anne has two cases, Peter an urgent one, and Lars one in Team Sygedagpenge."""
    await bot.emulator.install_in_team("ydelse")
    await anne.says("problem med printeren")
    bot.clock.advance(minutes=5)
    await anne.says("outlook crasher igen")
    bot.clock.advance(minutes=5)
    await Someone(bot.emulator, PETER).says("min skærm er sort og det haster")
    await Someone(bot.emulator, LARS).says("vpn virker ikke")
    return bot


async def test_my_cases_shows_the_reporters_own(reported: RunningBot, anne: Someone) -> None:
    turn = await anne.says("mine sager")
    [card] = turn.cards
    texts = card_texts(card)
    assert texts[0] == "Dine IT-sager"
    headings = [t for t in texts if t.startswith("#")]
    assert headings == [
        "#2 · Outlook, Teams og Office · Ny, venter på en superbruger",
        "#1 · Printer og scanner · Ny, venter på en superbruger",
    ]
    assert "Peter" not in seen(turn.replies[0])


async def test_a_solved_case_leaves_the_open_lists(reported: RunningBot, bo: Someone) -> None:
    await reported.emulator.submit(BO, {"action": "case.resolve", "case": 1, "note": ""})
    turn = await bo.says("åbne sager")
    assert "#1 ·" not in seen(turn.replies[0])
