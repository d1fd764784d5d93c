"""Which org team works in a Teams team, which channel gets its IT cases, and its roster."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.emulator import Recorded
from bot.emulator.directory import Team as TeamsTeam
from dialogs.language.texts import text
from tests.answers import who_helps
from tests.chat import Someone, buttons, choice_set, input_ids
from tests.conftest import ANNE, BO, DEMO_TEAMS, HENRIK, KARIN, RunningBot

LOUISE = "louise.bak@jobcenter.varde.example"  # team leader, Team Unge
MIKKEL = "mikkel.sand@jobcenter.varde.example"  # superuser, Team Unge

# The answers' wording is the catalogue's; the tests name the teams and people they must show.
ORG = "Jobcenter Varde"
WELCOME = text("welcome.team", "da", team="{team}", org=ORG)  # {team}: each test's own
LINKED = " " + text("welcome.team_linked", "da")
DONE, DONE_EN = text("link.done", "da"), text("link.done", "en")
MOVED = text("link.moved", "da")
CHANNEL_SET, CHANNEL_SET_EN = text("link.channel_set", "da"), text("link.channel_set", "en")
ONLY_IN_CHANNEL = text("link.only_in_channel", "da")
ONLY_IN_CHANNEL_EN = text("link.only_in_channel", "en")
UNLINKED, UNLINKED_EN = text("link.channel_unlinked", "da"), text("link.channel_unlinked", "en")
LEADS = {"project_lead": "Mette Kjær", "it_lead": "Henrik Lund"}
REFUSED_YDELSE = text(
    "link.refused", "da", team="Team Ydelse", names="Karin Holm, Bo Nielsen og Sara Lund", **LEADS
)
REFUSED_UNGE = text(
    "link.refused", "da", team="Team Unge", names="Louise Bak, Mikkel Sand og Julie Fog", **LEADS
)


YDELSE_ANSWER = who_helps("Team Ydelse", [f"Bo Nielsen ({BO})"], ["Sara Lund"])
UNGE_ANSWER = who_helps("Team Unge", [f"Mikkel Sand ({MIKKEL})"], ["Julie Fog"])


def tag_of(request: pytest.FixtureRequest) -> str:
    """A piece of name unique to the test, for the teams and people it adds to the emulator."""
    return re.sub(r"[^a-z0-9]+", "-", request.node.name.lower()).strip("-")


@pytest.fixture
def newcomer(bot: RunningBot, request: pytest.FixtureRequest) -> Someone:
    """A colleague the org file does not know, in Teams for this test only."""
    email = f"ny.kollega.{tag_of(request)}@jobcenter.varde.example"
    bot.emulator.directory.add_user(email, "Ny Kollega")
    return Someone(bot.emulator, email)


@pytest.fixture
def shared(bot: RunningBot, request: pytest.FixtureRequest, newcomer: Someone) -> TeamsTeam:
    """A Teams team named after no org team: Karin, Anne, Bo, Louise, Henrik, Mikkel, a newcomer."""
    tag = tag_of(request)
    return bot.emulator.directory.add_team(
        f"faelles-{tag}",
        f"Fælles kanal {tag}",
        [KARIN, ANNE, BO, LOUISE, HENRIK, MIKKEL, newcomer.email],
    )


def team_of(bot: RunningBot, email: str) -> str | None:
    team = bot.stored.organisation.org.team_of(email)
    return team.key if team else None


def link_of(bot: RunningBot, key: str) -> tuple[str, str, str, str] | None:
    """Where an org team's IT cases go: (Teams team id, channel id, how, linked by)."""
    organisation = bot.stored.organisation
    link = organisation.link_of(organisation.org.team(key))
    return None if link is None else (link.team_id, link.channel_id, link.how, link.linked_by)


def linked_to(bot: RunningBot, team: TeamsTeam) -> list[str]:
    return [t.key for t in bot.stored.organisation.linked_to(team.team_id)]


def the_card(record: Recorded) -> dict[str, Any]:
    [card] = record.cards
    return card


def paragraphs(record: Recorded) -> list[str]:
    return [e["text"] for e in the_card(record)["body"] if e.get("type") == "TextBlock"]


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
