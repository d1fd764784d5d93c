"""A linked team's people: newcomers join its org team, and its channels answer for it."""

from __future__ import annotations

import pytest

from bot.emulator.directory import Team as TeamsTeam
from tests import linking
from tests.chat import Someone
from tests.conftest import BO, KARIN, RunningBot
from tests.linking import LOUISE, MIKKEL, UNGE_ANSWER, tag_of, team_of

# The fixtures these tests share.
newcomer = linking.newcomer
shared = linking.shared

# -- people joining a linked team -----------------------------------------------------------


async def test_a_newcomer_joining_a_linked_team_joins_its_org_team(
    bot: RunningBot, shared: TeamsTeam, request: pytest.FixtureRequest
) -> None:
    emu = bot.emulator
    await emu.install_in_team(shared.key)
    await Someone(emu, LOUISE).says("tilknyt Team Unge", team=shared.key)

    email = f"ny.joiner.{tag_of(request)}@jobcenter.varde.example"
    turn = await emu.member_joins(shared.key, email, "Ny Joiner")
    assert turn.status < 300
    assert not turn.sent, "a newcomer is not greeted in the channel"

    assert team_of(bot, email) == "unge"
    person = bot.stored.people.by_email(email)
    assert person is not None
    assert person.name == "Ny Joiner"
    joiner = Someone(emu, email)
    await joiner.says("hvem er min superbruger")
    assert joiner.last_reply == UNGE_ANSWER


async def test_someone_the_file_knows_keeps_their_team_when_joining(
    bot: RunningBot, request: pytest.FixtureRequest
) -> None:
    emu = bot.emulator
    tag = tag_of(request)
    team = emu.directory.add_team(f"unge-join-{tag}", f"Ungeholdet {tag}", [LOUISE])
    await emu.install_in_team(team.key)
    await Someone(emu, LOUISE).says("tilknyt Team Unge", team=team.key)
    await emu.member_joins(team.key, KARIN)
    assert team_of(bot, KARIN) == "ydelse"


async def test_joining_a_team_that_is_not_linked_puts_nobody_anywhere(
    bot: RunningBot, shared: TeamsTeam, request: pytest.FixtureRequest
) -> None:
    emu = bot.emulator
    await emu.install_in_team(shared.key)
    email = f"ny.joiner.{tag_of(request)}@jobcenter.varde.example"
    await emu.member_joins(shared.key, email)
    assert team_of(bot, email) is None


# -- in a channel, the channel's team -------------------------------------------------------


async def test_in_a_channel_the_linked_team_answers_not_the_writers_own(
    bot: RunningBot, shared: TeamsTeam
) -> None:
    emu = bot.emulator
    turn = await emu.install_in_team(shared.key)
    await Someone(emu, KARIN).clicks("Tilknyt", on=turn.replies[0], inputs={"team": "ydelse"})

    mikkel = Someone(emu, MIKKEL)  # Team Unge's superuser, writing in Team Ydelse's channel
    turn = await mikkel.says("hvem er min superbruger", team=shared.key, channel="IT-hjælp")
    [reply] = turn.replies
    assert reply.text == (
        "Superbruger i Team Ydelse: <at>Bo Nielsen</at>.\n\nStedfortræder: Sara Lund."
    )
    assert reply.mentions == [{"id": emu.directory.user(BO).user_id, "name": "Bo Nielsen"}]

    await mikkel.says("hvem er min superbruger")  # 1:1: his own team
    assert mikkel.last_reply == UNGE_ANSWER


async def test_in_a_channel_the_linked_team_wins_over_a_chosen_team(
    bot: RunningBot, anne: Someone
) -> None:
    emu = bot.emulator
    await emu.install_in_team("ydelse")
    await anne.says("skift team til Unge")
    await anne.says("hvem er min superbruger")
    assert anne.last_reply == UNGE_ANSWER

    turn = await anne.says("hvem er min superbruger", team="ydelse")
    assert turn.text.startswith("Superbruger i Team Ydelse: <at>Bo Nielsen</at>.")
    assert [m["id"] for m in turn.replies[0].mentions] == [emu.directory.user(BO).user_id]
