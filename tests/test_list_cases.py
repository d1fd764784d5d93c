"""'Mine sager', 'sag 42', 'åbne sager' and 'alle åbne sager'."""

from __future__ import annotations

import pytest

from tests.chat import Someone, card_texts, seen
from tests.conftest import BO, EMMA, HENRIK, KARIN, METTE, PETER, RunningBot

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


async def test_nothing_to_show_is_said_kindly(bot: RunningBot) -> None:
    emma = Someone(bot.emulator, EMMA)
    await emma.says("my cases")
    assert emma.last_reply == "You have no IT cases. Just write what is wrong and I open one."


async def test_one_case_with_its_history(reported: RunningBot, anne: Someone, bo: Someone) -> None:
    await bo.says("sag 1")
    shown = bo.last_reply
    assert "Sag #1 · Printer og scanner" in shown
    assert "Historik" in shown
    assert "Anne Madsen meldte sagen" in shown
    karin = Someone(reported.emulator, KARIN)  # Team Ydelse's leader may look too
    await karin.says("sag #1")
    assert "Anne Madsen meldte sagen" in karin.last_reply
    await anne.says("sag")
    assert anne.last_reply == "Hvilken sag? Skriv fx «sag 42»."


async def test_open_cases_for_the_superusers_team_urgent_first(
    reported: RunningBot, bo: Someone
) -> None:
    turn = await bo.says("åbne sager")
    texts = card_texts(turn.cards[0])
    assert texts[0] == "Åbne sager i Team Ydelse"
    headings = [t for t in texts if "·" in t]
    assert headings == [
        "Haster · #3 · PC, skærm og dockingstation · Ny, venter på en superbruger",
        "#2 · Outlook, Teams og Office · Ny, venter på en superbruger",
        "#1 · Printer og scanner · Ny, venter på en superbruger",
    ]


async def test_all_open_cases_for_the_leads(reported: RunningBot, anne: Someone) -> None:
    for lead in (METTE, HENRIK):
        turn = await Someone(reported.emulator, lead).says("alle åbne sager")
        texts = card_texts(turn.cards[0])
        assert texts[0] == "Alle åbne sager (4)"
        assert [t.split(" · ")[0] for t in texts if "·" in t][:1] == ["Haster"]
    await anne.says("alle åbne sager")
    assert anne.last_reply.startswith("Alle åbne sager kan ses af projektlederen (Mette Kjær)")
    await anne.says("åbne sager")
    assert anne.last_reply.startswith("«Åbne sager» er for superbrugere og teamledere.")


async def test_a_solved_case_leaves_the_open_lists(reported: RunningBot, bo: Someone) -> None:
    await reported.emulator.submit(BO, {"action": "case.resolve", "case": 1, "note": ""})
    turn = await bo.says("åbne sager")
    assert "#1 ·" not in seen(turn.replies[0])
