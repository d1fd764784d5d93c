"""Installing the bot in a team links it to the org team it is named for, or asks which."""

from __future__ import annotations

import pytest

from bot.emulator.directory import Team as TeamsTeam
from tests import linking
from tests.chat import Someone, buttons, choice_set, input_ids
from tests.conftest import ANNE, DEMO_TEAMS, KARIN, RunningBot
from tests.linking import (
    DONE,
    LINKED,
    LOUISE,
    MIKKEL,
    MOVED,
    ONLY_IN_CHANNEL,
    REFUSED_YDELSE,
    UNGE_ANSWER,
    WELCOME,
    YDELSE_ANSWER,
    link_of,
    linked_to,
    paragraphs,
    tag_of,
    team_of,
)

# The fixtures these tests share.
newcomer = linking.newcomer
shared = linking.shared

# -- installing in a team named for an org team ------------------------------------------------


@pytest.mark.parametrize("chosen", [None, "IT-hjælp"])
async def test_install_links_the_team_it_is_named_for(bot: RunningBot, chosen: str | None) -> None:
    emu = bot.emulator
    ydelse = emu.directory.team("ydelse")
    channel = ydelse.channel(chosen)

    turn = await emu.install_in_team("ydelse", channel=chosen)

    assert turn.status < 300
    [welcome] = turn.replies
    assert not turn.elsewhere
    assert welcome.op == "create"
    assert welcome.conversation_id.startswith(channel.channel_id + ";messageid=")
    assert welcome.text == (
        WELCOME.format(team="Jobcenter Varde – Ydelse") + LINKED.format(org_team="Team Ydelse")
    )
    assert not welcome.cards, "nothing to ask"
    assert link_of(bot, "ydelse") == (ydelse.team_id, channel.channel_id, "name", "")
    assert linked_to(bot, ydelse) == ["ydelse"]
    organisation = bot.stored.organisation
    assert organisation.team_for_channel(ydelse.team_id, channel.channel_id).key == ("ydelse")


async def test_install_reads_the_roster_into_people(bot: RunningBot) -> None:
    emu = bot.emulator
    ydelse = emu.directory.team("ydelse")
    await emu.install_in_team("ydelse")

    people = bot.stored.people
    assert {p.email for p in people.all()} == set(ydelse.members)
    for email in ydelse.members:
        user = emu.directory.user(email)
        person = people.by_email(email)
        assert person is not None, email
        assert (person.user_id, person.name, person.aad_object_id) == (
            user.user_id,
            user.name,
            user.aad_object_id,
        )


async def test_install_puts_roster_members_the_file_does_not_know_in_the_team(
    bot: RunningBot, request: pytest.FixtureRequest, newcomer: Someone
) -> None:
    emu = bot.emulator
    tag = tag_of(request)
    # A Teams team named for Team Unge by its org name, with a newcomer and Team Ydelse's Anne.
    emu.directory.add_team(f"unge-{tag}", "Team Unge", [LOUISE, ANNE, newcomer.email])
    turn = await emu.install_in_team(f"unge-{tag}")
    assert turn.replies[0].text.endswith(LINKED.format(org_team="Team Unge"))
    assert team_of(bot, newcomer.email) == "unge"
    assert team_of(bot, ANNE) == "ydelse", "the org file knows Anne's team better"
    await newcomer.says("hvem er min superbruger")
    assert newcomer.last_reply == UNGE_ANSWER
    person = bot.stored.people.by_email(newcomer.email)
    assert person.name == "Ny Kollega"


# -- installing in a team named for no org team ------------------------------------------------


async def test_install_in_an_unknown_team_asks_which_team_with_a_card(
    bot: RunningBot, shared: TeamsTeam, newcomer: Someone
) -> None:
    turn = await bot.emulator.install_in_team(shared.key)
    [welcome] = turn.replies
    assert welcome.conversation_id.startswith(shared.team_id + ";messageid=")
    assert welcome.text == WELCOME.format(team=shared.name), "it links nothing yet"
    assert paragraphs(welcome) == [
        f"Hvilket team i Jobcenter Varde arbejder i «{shared.name}»? "
        "Så ved jeg, hvem der skal have IT-sagerne.",
        "Du kan også skrive @IT-hjælp tilknyt Team Ydelse.",
    ]
    assert choice_set(welcome) == DEMO_TEAMS
    assert input_ids(welcome) == {"team": ""}
    assert list(buttons(welcome)) == ["Tilknyt"]
    assert linked_to(bot, shared) == []
    assert team_of(bot, newcomer.email) is None


async def test_only_the_teams_own_people_may_link_it_with_the_card(
    bot: RunningBot, shared: TeamsTeam
) -> None:
    emu = bot.emulator
    turn = await emu.install_in_team(shared.key)
    card = turn.replies[0]
    anne, karin = Someone(emu, ANNE), Someone(emu, KARIN)

    turn = await anne.clicks("Tilknyt", on=card, inputs={"team": "ydelse"})
    assert turn.texts == [REFUSED_YDELSE]
    assert turn.replies[0].conversation_id == card.conversation_id, "answered in the thread"
    assert link_of(bot, "ydelse") is None
    assert linked_to(bot, shared) == []

    turn = await karin.clicks("Tilknyt", on=card, inputs={"team": "ydelse"})
    assert turn.texts == [DONE.format(team="Team Ydelse")]
    assert link_of(bot, "ydelse") == (shared.team_id, shared.team_id, "card", KARIN)
    assert linked_to(bot, shared) == ["ydelse"]


async def test_after_the_card_the_roster_belongs_to_the_linked_team(
    bot: RunningBot, shared: TeamsTeam, newcomer: Someone
) -> None:
    emu = bot.emulator
    turn = await emu.install_in_team(shared.key)
    await Someone(emu, KARIN).clicks("Tilknyt", on=turn.replies[0], inputs={"team": "ydelse"})

    await newcomer.says("hvem er min superbruger")
    assert newcomer.last_reply == YDELSE_ANSWER, "the roster put the newcomer in Team Ydelse"
    assert not newcomer.turns[-1].cards, "not asked which team"
    person = bot.stored.people.by_email(newcomer.email)
    assert person.name == "Ny Kollega"

    mikkel = Someone(emu, MIKKEL)
    await mikkel.says("hvem er min superbruger")
    assert mikkel.last_reply == UNGE_ANSWER, "the file says Mikkel is in Team Unge"
    assert team_of(bot, MIKKEL) == "unge"
    assert team_of(bot, LOUISE) == "unge"


async def test_the_card_in_the_it_channel_sends_the_cases_there(
    bot: RunningBot, shared: TeamsTeam
) -> None:
    emu = bot.emulator
    it_channel = shared.channel("IT-hjælp")
    turn = await emu.install_in_team(shared.key, channel="IT-hjælp")
    card = turn.replies[0]
    assert card.conversation_id.startswith(it_channel.channel_id + ";messageid=")
    await Someone(emu, LOUISE).clicks("Tilknyt", on=card, inputs={"team": "unge"})
    assert link_of(bot, "unge") == (shared.team_id, it_channel.channel_id, "card", LOUISE)


@pytest.mark.parametrize("team", ["nope", ""])
async def test_a_forged_link_card_links_nothing(
    bot: RunningBot, shared: TeamsTeam, team: str
) -> None:
    emu = bot.emulator
    await emu.install_in_team(shared.key)
    turn = await emu.submit(KARIN, {"action": "link_team", "team": team}, team=shared.key)
    assert turn.texts == ["Vælg et team på listen, og tryk på knappen igen."]
    assert linked_to(bot, shared) == []

    turn = await emu.submit(KARIN, {"action": "link_team", "team": "ydelse"})  # in 1:1
    assert turn.texts == [ONLY_IN_CHANNEL]
    assert link_of(bot, "ydelse") is None


async def test_a_team_linked_by_hand_is_not_taken_by_a_later_install_by_name(
    bot: RunningBot, shared: TeamsTeam
) -> None:
    emu = bot.emulator
    turn = await emu.install_in_team(shared.key)
    await Someone(emu, KARIN).clicks("Tilknyt", on=turn.replies[0], inputs={"team": "ydelse"})

    ydelse = emu.directory.team("ydelse")
    turn = await emu.install_in_team("ydelse")
    [welcome] = turn.replies
    assert welcome.text == WELCOME.format(team="Jobcenter Varde – Ydelse"), "no «koblet»"
    assert list(buttons(welcome)) == ["Tilknyt"], "asked instead"
    assert link_of(bot, "ydelse") == (shared.team_id, shared.team_id, "card", KARIN)

    turn = await Someone(emu, KARIN).clicks("Tilknyt", on=welcome, inputs={"team": "ydelse"})
    assert turn.texts == [MOVED.format(team="Team Ydelse")]
    assert link_of(bot, "ydelse") == (ydelse.team_id, ydelse.team_id, "card", KARIN)


async def test_a_reinstall_welcome_tells_where_the_cases_really_go(
    bot: RunningBot, bo: Someone
) -> None:
    emu = bot.emulator
    ydelse = emu.directory.team("ydelse")
    it_channel = ydelse.channel("IT-hjælp")
    await emu.install_in_team("ydelse")
    await bo.says("brug denne kanal til IT-sager", team="ydelse", channel="IT-hjælp")
    await emu.uninstall_from_team("ydelse")

    turn = await emu.install_in_team("ydelse")  # General, as the installer chose

    assert link_of(bot, "ydelse")[1] == it_channel.channel_id, "the chosen channel is kept"
    [welcome] = [r for r in turn.sent if r.is_reply]
    # Where the cases go, so that its "new IT cases come to this channel" is true.
    assert welcome.conversation_id.split(";")[0] == it_channel.channel_id
    assert LINKED.format(org_team="Team Ydelse") in welcome.text
