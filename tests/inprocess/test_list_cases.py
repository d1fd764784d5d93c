"""'Mine sager', 'sag 42', 'åbne sager' and 'alle åbne sager', by who may see which."""

from __future__ import annotations

import pytest

from tests.chat import card_texts
from tests.conftest import EMMA, HENRIK, KARIN, METTE, PETER
from tests.inprocess.chat import Someone
from tests.inprocess.teams import InMemoryTeams

LARS = "lars.kirk@jobcenter.varde.example"  # employee, Team Sygedagpenge


@pytest.fixture
async def reported(teams: InMemoryTeams, anne: Someone) -> InMemoryTeams:
    """Anne has two cases, Peter an urgent one, and Lars one in Team Sygedagpenge."""
    teams.install_in("ydelse")
    await anne.says("problem med printeren")
    teams.clock.advance(minutes=5)
    await anne.says("outlook crasher igen")
    teams.clock.advance(minutes=5)
    await Someone(teams, PETER).says("min skærm er sort og det haster")
    await Someone(teams, LARS).says("vpn virker ikke")
    return teams


async def test_nothing_to_show_is_said_kindly(teams: InMemoryTeams) -> None:
    emma = Someone(teams, EMMA)
    await emma.says("my cases")
    assert emma.last_reply == "You have no IT cases. Just write what is wrong and I open one."


async def test_one_case_with_its_history(
    reported: InMemoryTeams, anne: Someone, bo: Someone
) -> None:
    await bo.says("sag 1")
    shown = bo.last_reply
    assert "Sag #1 · Printer og scanner" in shown
    assert "Historik" in shown
    assert "Anne Madsen meldte sagen" in shown
    karin = Someone(reported, KARIN)  # Team Ydelse's leader may look too
    await karin.says("sag #1")
    assert "Anne Madsen meldte sagen" in karin.last_reply
    await anne.says("sag")
    assert anne.last_reply == "Hvilken sag? Skriv fx «sag 42»."


async def test_open_cases_for_the_superusers_team_urgent_first(
    reported: InMemoryTeams, bo: Someone
) -> None:
    said = await bo.says("åbne sager")
    texts = card_texts(said.cards[0])
    assert texts[0] == "Åbne sager i Team Ydelse"
    headings = [t for t in texts if "·" in t]
    assert headings == [
        "Haster · #3 · PC, skærm og dockingstation · Ny, venter på en superbruger",
        "#2 · Outlook, Teams og Office · Ny, venter på en superbruger",
        "#1 · Printer og scanner · Ny, venter på en superbruger",
    ]


async def test_all_open_cases_for_the_leads(reported: InMemoryTeams, anne: Someone) -> None:
    for lead in (METTE, HENRIK):
        said = await Someone(reported, lead).says("alle åbne sager")
        texts = card_texts(said.cards[0])
        assert texts[0] == "Alle åbne sager (4)"
        assert [t.split(" · ")[0] for t in texts if "·" in t][:1] == ["Haster"]
    await anne.says("alle åbne sager")
    assert anne.last_reply.startswith("Alle åbne sager kan ses af projektlederen (Mette Kjær)")
    await anne.says("åbne sager")
    assert anne.last_reply.startswith("«Åbne sager» er for superbrugere og teamledere.")
