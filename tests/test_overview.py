"""'Oversigt over superbrugere': each team's helpers, absences, channel and portfolio on a card."""

from __future__ import annotations

import pytest

from bot.emulator import Turn
from dialogs.language.texts import text
from tests.chat import Someone
from tests.conftest import ANNE, BO, DEMO_TEAMS, EMMA, HENRIK, KARIN, METTE, SARA, RunningBot

NADIA = "nadia.hussein@jobcenter.varde.example"  # the only superuser of Team Integration
LOUISE = "louise.bak@jobcenter.varde.example"  # team leader, Team Unge

TEAMS = [name for name, _ in DEMO_TEAMS]
LEADS = {"project_lead": "Mette Kjær", "it_lead": "Henrik Lund"}


def away(name: str, until: str, lang: str = "da") -> str:
    """One absence as the card's 'Væk' line shows it."""
    return text("overview.away_until", lang, name=name, until=until)


def channel(name: str, team: str, lang: str = "da") -> str:
    """A case channel as the card names it."""
    return text("overview.channel_in", lang, channel=name, team=team)


YDELSE_FROM_FILE = {
    "Superbrugere": "Bo Nielsen",
    "Stedfortrædere": "Sara Lund",
    "Væk": "ingen",
    "Hjælper i dag": "Bo Nielsen",
    "Kanal til sager": "Ikke tilknyttet",
    "IT-hjælp installeret": "Nej",
    "Direkte til projektlederen": "Nye IT-redskaber",
}


def overview(turn: Turn) -> tuple[str, dict[str, dict[str, str]]]:
    """The card's title, and each team's facts by the team's heading, in the card's order."""
    [reply] = turn.replies
    [card] = reply.cards
    title, *containers = card["body"]
    teams: dict[str, dict[str, str]] = {}
    for container in containers:
        assert container["type"] == "Container"
        heading, facts = container["items"]
        assert facts["type"] == "FactSet"
        teams[heading["text"]] = {fact["title"]: fact["value"] for fact in facts["facts"]}
    return title["text"], teams


async def test_the_project_lead_sees_every_team(bot: RunningBot, bo: Someone) -> None:
    await bo.says("jeg er væk til og med fredag")
    await bot.emulator.install_in_team("ydelse")
    mette = Someone(bot.emulator, METTE)

    title, teams = overview(await mette.says("oversigt over superbrugere"))
    assert title == "Superbrugere i Jobcenter Varde"
    assert list(teams) == TEAMS
    assert teams["Team Ydelse"] == {
        "Superbrugere": "Bo Nielsen",
        "Stedfortrædere": "Sara Lund",
        "Væk": away("Bo Nielsen", "fredag den 4. december"),
        "Hjælper i dag": "Sara Lund",
        "Kanal til sager": channel("General", "Jobcenter Varde – Ydelse"),
        "IT-hjælp installeret": "Ja",
        "Direkte til projektlederen": "Nye IT-redskaber",
    }
    assert teams["Team Sygedagpenge"] == {
        "Superbrugere": "Maria Toft og Ole Bech",
        "Stedfortrædere": "Hanne Vestergaard",
        "Væk": "ingen",
        "Hjælper i dag": "Maria Toft og Ole Bech",
        "Kanal til sager": "Ikke tilknyttet",
        "IT-hjælp installeret": "Nej",
        "Direkte til projektlederen": "Nye IT-redskaber, KMD Momentum",
    }
    assert teams["Team Integration"]["Stedfortrædere"] == "ingen"
    assert teams["Team Unge"]["Direkte til projektlederen"] == "ingen"


@pytest.mark.parametrize(
    ("who", "said"),
    [
        (METTE, "oversigt over superbrugere"),
        (METTE, "oversigt over superbruger"),
        (METTE, "oversigt"),
        (METTE, "superbrugeroversigt"),
        (HENRIK, "oversigt over superbrugerne"),
        (KARIN, "oversigt over superbrugere"),  # a team leader sees every team too
        (LOUISE, "oversigt"),
    ],
)
async def test_who_may_see_the_overview(bot: RunningBot, who: str, said: str) -> None:
    title, teams = overview(await Someone(bot.emulator, who).says(said))
    assert title == "Superbrugere i Jobcenter Varde"
    assert list(teams) == TEAMS
    assert teams["Team Ydelse"] == YDELSE_FROM_FILE


@pytest.mark.parametrize("said", ["overview of superusers", "overveiw of superusers", "overview"])
async def test_the_overview_in_english(bot: RunningBot, bo: Someone, said: str) -> None:
    await bo.says("jeg er væk til og med fredag")
    await bot.emulator.install_in_team("ydelse")
    henrik = Someone(bot.emulator, HENRIK)

    title, teams = overview(await henrik.says(said, locale="en-US"))
    assert title == "Superusers at Jobcenter Varde"
    assert list(teams) == TEAMS
    assert teams["Team Ydelse"] == {
        "Superusers": "Bo Nielsen",
        "Deputies": "Sara Lund",
        "Away": away("Bo Nielsen", "Friday 4 December", "en"),
        "Helps today": "Sara Lund",
        "Case channel": channel("General", "Jobcenter Varde – Ydelse", "en"),
        "IT-hjælp installed": "Yes",
        "Straight to the project lead": "New IT tools",
    }
    assert teams["Team Sygedagpenge"]["Superusers"] == "Maria Toft and Ole Bech"
    assert teams["Team Integration"]["Deputies"] == "none"
    assert teams["Team Unge"]["Case channel"] == "Not linked"
    assert teams["Team Unge"]["IT-hjælp installed"] == "No"


@pytest.mark.parametrize("who", [ANNE, BO, SARA])
async def test_others_are_refused(bot: RunningBot, who: str) -> None:
    person = Someone(bot.emulator, who)
    turn = await person.says("oversigt over superbrugere")
    assert turn.cards == []
    assert person.last_reply == text("overview.refused", "da", **LEADS)


async def test_refused_in_english(bot: RunningBot) -> None:
    emma = Someone(bot.emulator, EMMA)
    turn = await emma.says("overview of superusers")
    assert turn.cards == []
    assert emma.last_reply == text("overview.refused", "en", **LEADS)


async def test_chat_changes_show(bot: RunningBot) -> None:
    karin = Someone(bot.emulator, KARIN)
    await karin.says("tilføj superbruger Peter Skov")
    await karin.says("fjern stedfortræder Sara Lund")
    await bot.emulator.submit(
        KARIN, {"action": "set_portfolio", "team": "ydelse", "category:printer": "true"}
    )
    _, teams = overview(await karin.says("oversigt"))
    assert teams["Team Ydelse"] == {
        **YDELSE_FROM_FILE,
        "Superbrugere": "Bo Nielsen og Peter Skov",
        "Stedfortrædere": "ingen",
        "Hjælper i dag": "Bo Nielsen og Peter Skov",
        "Direkte til projektlederen": "Printer og scanner",
    }


async def test_a_team_with_nobody_at_work_gets_the_project_lead(bot: RunningBot) -> None:
    await Someone(bot.emulator, NADIA).says("ferie uge 49")
    _, teams = overview(await Someone(bot.emulator, METTE).says("oversigt"))
    assert teams["Team Integration"]["Væk"] == away("Nadia Hussein", "søndag den 6. december")
    assert teams["Team Integration"]["Hjælper i dag"] == "Mette Kjær"


async def test_superuser_and_deputy_away(bot: RunningBot, bo: Someone) -> None:
    await bo.says("jeg er væk til og med fredag")
    await Someone(bot.emulator, SARA).says("ferie til og med onsdag")
    _, teams = overview(await Someone(bot.emulator, METTE).says("oversigt"))
    assert teams["Team Ydelse"]["Væk"] == "; ".join(
        [away("Bo Nielsen", "fredag den 4. december"), away("Sara Lund", "onsdag den 2. december")]
    )
    assert teams["Team Ydelse"]["Hjælper i dag"] == "Mette Kjær"


async def test_an_absence_shows_only_while_it_lasts(bot: RunningBot, bo: Someone) -> None:
    mette = Someone(bot.emulator, METTE)
    await bo.says("ferie 7.-11. december")
    _, teams = overview(await mette.says("oversigt"))
    assert teams["Team Ydelse"]["Væk"] == "ingen"
    assert teams["Team Ydelse"]["Hjælper i dag"] == "Bo Nielsen"

    bot.clock.advance(days=8)  # Tuesday 8 December
    _, teams = overview(await mette.says("oversigt"))
    assert teams["Team Ydelse"]["Væk"] == away("Bo Nielsen", "fredag den 11. december")
    assert teams["Team Ydelse"]["Hjælper i dag"] == "Sara Lund"

    bot.clock.advance(days=5)  # Sunday 13 December
    _, teams = overview(await mette.says("oversigt"))
    assert teams["Team Ydelse"]["Væk"] == "ingen"


async def test_the_channel_the_installer_chose(bot: RunningBot) -> None:
    await bot.emulator.install_in_team("ydelse", channel="IT-hjælp")
    _, teams = overview(await Someone(bot.emulator, METTE).says("oversigt"))
    assert teams["Team Ydelse"]["Kanal til sager"] == channel(
        "IT-hjælp", "Jobcenter Varde – Ydelse"
    )
    assert teams["Team Ydelse"]["IT-hjælp installeret"] == "Ja"


async def test_a_team_that_removed_the_bot(bot: RunningBot) -> None:
    await bot.emulator.install_in_team("unge")
    await bot.emulator.uninstall_from_team("unge")
    _, teams = overview(await Someone(bot.emulator, METTE).says("oversigt"))
    assert teams["Team Unge"]["IT-hjælp installeret"] == "Nej"
    assert teams["Team Unge"]["Kanal til sager"] == channel("General", "Jobcenter Varde – Unge")
