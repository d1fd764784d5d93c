"""What the team-linking tests share: the people, the answers' wording and the Teams teams."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.emulator import Recorded
from bot.emulator.directory import Team as TeamsTeam
from dialogs.language.texts import text
from tests.answers import who_helps
from tests.chat import Someone
from tests.conftest import ANNE, BO, HENRIK, KARIN, RunningBot

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
