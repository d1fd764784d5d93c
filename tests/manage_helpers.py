"""The refusals, the teams as the bot keeps them and their leaders, for the manage-team tests."""

from __future__ import annotations

import pytest

from dialogs.language.texts import text
from dialogs.org_file import Team
from tests.chat import Someone
from tests.conftest import KARIN, METTE, RunningBot

# The refusals name the team and who may change it; their wording is the catalogue's.
LEADS = {"project_lead": "Mette Kjær", "it_lead": "Henrik Lund"}
REFUSED_YDELSE = text("manage.refused", "da", team="Team Ydelse", leaders="Karin Holm", **LEADS)
REFUSED_UNGE = text("manage.refused", "da", team="Team Unge", leaders="Louise Bak", **LEADS)


def team(bot: RunningBot, key: str) -> Team:
    """The team as the bot uses it now: the org file with the changes made in chat."""
    found = bot.stored.organisation.org.team(key)
    assert found is not None, f"no team {key!r}"
    return found


def roles(bot: RunningBot, key: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found = team(bot, key)
    return found.superusers, found.deputies


@pytest.fixture
def karin(bot: RunningBot) -> Someone:
    return Someone(bot.emulator, KARIN)


@pytest.fixture
def mette(bot: RunningBot) -> Someone:
    return Someone(bot.emulator, METTE)
