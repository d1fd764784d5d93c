"""Linking a team and choosing its case channel by command: who may, and where to write it."""

from __future__ import annotations

import pytest

from bot.emulator.directory import Team as TeamsTeam
from tests import linking
from tests.chat import Someone
from tests.conftest import ANNE, BO, HENRIK, RunningBot
from tests.linking import (
    CHANNEL_SET,
    CHANNEL_SET_EN,
    DONE,
    DONE_EN,
    LOUISE,
    ONLY_IN_CHANNEL,
    ONLY_IN_CHANNEL_EN,
    REFUSED_UNGE,
    REFUSED_YDELSE,
    UNLINKED,
    UNLINKED_EN,
    link_of,
    linked_to,
    team_of,
)

# The fixtures these tests share.
newcomer = linking.newcomer
shared = linking.shared

# -- @IT-hjælp tilknyt Team Unge ------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("tilknyt Team Unge", None),
        ("tilknyt unge", None),
        ("tilknyt til Team Unge", None),
        ("tilknyd Team Unge", None),
        ("link to Team Unge", "en-US"),
    ],
)
async def test_a_team_leader_links_her_team_in_a_channel(
    bot: RunningBot, shared: TeamsTeam, newcomer: Someone, said: str, locale: str | None
) -> None:
    answer = DONE_EN if locale else DONE
    emu = bot.emulator
    await emu.install_in_team(shared.key)
    louise = Someone(emu, LOUISE)
    turn = await louise.says(said, team=shared.key, channel="IT-hjælp", locale=locale)
    assert turn.texts == [answer.format(team="Team Unge")]
    it_channel = shared.channel("IT-hjælp")
    assert link_of(bot, "unge") == (shared.team_id, it_channel.channel_id, "command", LOUISE)
    assert team_of(bot, newcomer.email) == "unge", "the roster was read"
    assert team_of(bot, ANNE) == "ydelse"


@pytest.mark.parametrize(
    ("said", "locale"), [("tilknyt Team Unge", None), ("link to Team Unge", "en-US")]
)
async def test_tilknyt_in_a_personal_chat_says_where_to_write_it(
    bot: RunningBot, said: str, locale: str | None
) -> None:
    answer = ONLY_IN_CHANNEL_EN if locale else ONLY_IN_CHANNEL
    louise = Someone(bot.emulator, LOUISE)
    turn = await louise.says(said, locale=locale)
    assert turn.texts == [answer]
    assert link_of(bot, "unge") is None


async def test_an_employee_of_another_team_may_not_link_it(
    bot: RunningBot, shared: TeamsTeam, newcomer: Someone
) -> None:
    emu = bot.emulator
    await emu.install_in_team(shared.key)
    anne = Someone(emu, ANNE)
    turn = await anne.says("tilknyt Team Unge", team=shared.key)
    assert turn.texts == [REFUSED_UNGE]
    assert link_of(bot, "unge") is None
    assert team_of(bot, newcomer.email) is None, "no roster read"


async def test_tilknyt_without_a_team_asks_which(bot: RunningBot, shared: TeamsTeam) -> None:
    await bot.emulator.install_in_team(shared.key)
    louise = Someone(bot.emulator, LOUISE)
    await louise.says("tilknyt", team=shared.key)
    assert louise.last_reply == "Hvilket team? Skriv fx «@IT-hjælp tilknyt Team Ydelse»."
    await louise.says("tilknyt Økonomi", team=shared.key)
    assert louise.last_reply.startswith("Jeg kender ikke et team, der hedder «Økonomi».")
    assert linked_to(bot, shared) == []


async def test_the_it_lead_may_link_any_team(bot: RunningBot, shared: TeamsTeam) -> None:
    await bot.emulator.install_in_team(shared.key)
    henrik = Someone(bot.emulator, HENRIK)
    await henrik.says("tilknyt Team Unge", team=shared.key)
    assert henrik.last_reply == DONE.format(team="Team Unge")
    assert link_of(bot, "unge") == (shared.team_id, shared.team_id, "command", HENRIK)


async def test_the_refusal_names_everyone_who_may_link(bot: RunningBot, shared: TeamsTeam) -> None:
    await bot.emulator.install_in_team(shared.key)
    anne = Someone(bot.emulator, ANNE)
    await anne.says("tilknyt Team Unge", team=shared.key)
    assert "Mette Kjær" in anne.last_reply
    assert "Henrik Lund" in anne.last_reply


# -- @IT-hjælp brug denne kanal til IT-sager -------------------------------------------------


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("brug denne kanal til IT-sager", None),
        ("Brug denne kanal til IT sager!", None),
        ("brug dene kanal til IT-sager", None),
        ("brug denne kanal til sager", None),
        ("use this channel for IT cases", "en-US"),
        ("brug denne kanal til IT-sagr", None),
        ("use this channel for IT case", "en-US"),
    ],
)
async def test_a_superuser_moves_the_cases_to_another_channel(
    bot: RunningBot, bo: Someone, said: str, locale: str | None
) -> None:
    answer = CHANNEL_SET_EN if locale else CHANNEL_SET
    emu = bot.emulator
    ydelse = emu.directory.team("ydelse")
    it_channel = ydelse.channel("IT-hjælp")
    await emu.install_in_team("ydelse")
    assert link_of(bot, "ydelse") == (ydelse.team_id, ydelse.team_id, "name", "")

    turn = await bo.says(said, team="ydelse", channel="IT-hjælp", locale=locale)

    assert turn.texts == [answer.format(team="Team Ydelse")]
    assert link_of(bot, "ydelse") == (ydelse.team_id, it_channel.channel_id, "name", BO)
    organisation = bot.stored.organisation
    assert organisation.team_for_channel(ydelse.team_id, it_channel.channel_id).key == ("ydelse")


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("brug denne kanal til IT-sager", None),
        ("brug dene kanal til IT-sager", None),
        ("use this channel for IT cases", "en-US"),
    ],
)
async def test_a_channel_of_an_unlinked_team_must_be_linked_first(
    bot: RunningBot, shared: TeamsTeam, bo: Someone, said: str, locale: str | None
) -> None:
    answer = UNLINKED_EN if locale else UNLINKED
    await bot.emulator.install_in_team(shared.key)
    turn = await bo.says(said, team=shared.key, channel="IT-hjælp", locale=locale)
    assert turn.texts == [answer]
    assert linked_to(bot, shared) == []
    assert link_of(bot, "ydelse") is None


async def test_brug_denne_kanal_in_a_personal_chat_says_where_to_write_it(
    bot: RunningBot, bo: Someone
) -> None:
    await bot.emulator.install_in_team("ydelse")
    await bo.says("brug denne kanal til IT-sager")
    assert bo.last_reply == ONLY_IN_CHANNEL
    ydelse = bot.emulator.directory.team("ydelse")
    assert link_of(bot, "ydelse")[1] == ydelse.team_id, "still General"


async def test_an_employee_may_not_move_the_cases(bot: RunningBot, anne: Someone) -> None:
    emu = bot.emulator
    ydelse = emu.directory.team("ydelse")
    await emu.install_in_team("ydelse")
    await anne.says("brug denne kanal til IT-sager", team="ydelse", channel="IT-hjælp")
    assert anne.last_reply == REFUSED_YDELSE
    assert link_of(bot, "ydelse") == (ydelse.team_id, ydelse.team_id, "name", "")


async def test_brug_denne_kanal_for_a_named_team_links_it_here(
    bot: RunningBot, shared: TeamsTeam
) -> None:
    await bot.emulator.install_in_team(shared.key)
    louise = Someone(bot.emulator, LOUISE)
    await louise.says("brug denne kanal til IT-sager for Team Unge", team=shared.key)
    assert louise.last_reply == DONE.format(team="Team Unge")
    assert link_of(bot, "unge") == (shared.team_id, shared.team_id, "command", LOUISE)
