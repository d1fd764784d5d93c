"""Choosing a team over real HTTP, kept across restarts; the rest is in tests/inprocess/."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.emulator import Recorded
from tests.chat import Someone, buttons, choice_set, input_ids
from tests.conftest import ANNE, DEMO_TEAMS, RunningBot

QUESTION = (
    "Hvilket team i Jobcenter Varde er du i? Så kan jeg finde din superbruger. Jeg husker dit svar."
)
QUESTION_EN = (
    "Which team at Jobcenter Varde are you in? Then I can find your superuser. I will remember it."
)
CHOSEN = "Fint, du er nu i {team}. Det husker jeg. Skriv «skift team», hvis det ændrer sig."
CHOSEN_EN = "Fine, you are now in {team}. I will remember that. Write “change team” if it changes."
UNGE_ANSWER = (
    "Superbruger i Team Unge: Mikkel Sand (mikkel.sand@jobcenter.varde.example).\n\n"
    "Stedfortræder: Julie Fog.\n\n"
    "Skriv til dem i Teams eller på mail."
)
UNGE_ANSWER_EN = (
    "Superuser in Team Unge: Mikkel Sand (mikkel.sand@jobcenter.varde.example).\n\n"
    "Deputy: Julie Fog.\n\n"
    "Write to them in Teams or by e-mail."
)
SYGEDAGPENGE_ANSWER = (
    "Superbrugere i Team Sygedagpenge: Maria Toft (maria.toft@jobcenter.varde.example) og "
    "Ole Bech (ole.bech@jobcenter.varde.example).\n\n"
    "Stedfortræder: Hanne Vestergaard.\n\n"
    "Skriv til dem i Teams eller på mail."
)
SEKRETARIAT_ANSWER = (
    "Superbruger i Team Sekretariat: Dorthe Hviid (dorthe.hviid@jobcenter.varde.example).\n\n"
    "Stedfortræder: Frank Bundgaard.\n\n"
    "Skriv til dem i Teams eller på mail."
)
PICK_ONE = "Vælg et team på listen, og tryk på knappen igen."


@pytest.fixture
def nina(bot: RunningBot, request: pytest.FixtureRequest) -> Someone:
    """Someone the org file does not know, new in Teams for this test only."""
    return newcomer(bot, request, "da-DK")


def newcomer(bot: RunningBot, request: pytest.FixtureRequest, locale: str) -> Someone:
    tag = re.sub(r"[^a-z0-9]+", "-", request.node.name.lower()).strip("-")
    email = f"nina.ny.{tag}.{locale.lower()}@jobcenter.varde.example"
    bot.emulator.directory.add_user(email, "Nina Ny", locale=locale)
    return Someone(bot.emulator, email)


def team_of(bot: RunningBot, email: str) -> str | None:
    """The key of the team the bot now counts the person in, from the file and the chat."""
    team = bot.stored.organisation.org.team_of(email)
    return team.key if team else None


def the_card(record: Recorded) -> dict[str, Any]:
    [card] = record.cards
    return card


def paragraphs(record: Recorded) -> list[str]:
    return [e["text"] for e in the_card(record)["body"] if e.get("type") == "TextBlock"]


# -- asked once -------------------------------------------------------------------------------


async def test_a_newcomer_is_asked_for_her_team_with_a_card(bot: RunningBot, nina: Someone) -> None:
    turn = await nina.says("hvem er min superbruger?")
    [card] = turn.replies
    assert paragraphs(card) == [QUESTION]
    assert choice_set(card) == DEMO_TEAMS
    assert input_ids(card) == {"team": ""}, "nothing is chosen for her"
    assert list(buttons(card)) == ["Vælg"]
    assert team_of(bot, nina.email) is None, "asking stores nothing"

    turn = await nina.clicks("Vælg", on=card, inputs={"team": "unge"})
    assert turn.texts == [CHOSEN.format(team="Team Unge"), UNGE_ANSWER]
    assert team_of(bot, nina.email) == "unge"

    turn = await nina.says("hvem er min superbruger?")
    assert turn.texts == [UNGE_ANSWER], "asked once: no card the second time"
    assert not turn.cards


async def test_the_chosen_team_is_remembered_after_a_restart(
    bot: RunningBot, nina: Someone
) -> None:
    turn = await nina.says("hvem er min superbruger?")
    await nina.clicks("Vælg", on=turn.replies[0], inputs={"team": "unge"})

    await bot.restart()

    turn = await nina.says("hvem er min superbruger?")
    assert turn.texts == [UNGE_ANSWER]
    assert not turn.cards
    assert team_of(bot, nina.email) == "unge"


# -- skift team -------------------------------------------------------------------------------


async def test_the_chat_choice_wins_over_the_org_file(bot: RunningBot, anne: Someone) -> None:
    organisation = bot.stored.organisation
    await anne.says("hvem er min superbruger")
    assert anne.last_reply.startswith("Superbruger i Team Ydelse: Bo Nielsen")

    await anne.says("skift team til Unge")
    assert anne.last_reply == CHOSEN.format(team="Team Unge")
    await anne.says("hvem er min superbruger")
    assert anne.last_reply == UNGE_ANSWER

    assert organisation.file_org.team_of(ANNE).key == "ydelse", "the file is left as it is"
    assert ANNE not in organisation.org.team("ydelse").members
    assert ANNE in organisation.org.team("unge").members

    await bot.restart()
    await anne.says("hvem er min superbruger")
    assert anne.last_reply == UNGE_ANSWER
