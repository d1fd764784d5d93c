"""The bot asking once which team someone is in, remembering the answer, and 'skift team'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import ANNE, DEMO_TEAMS, EMMA
from tests.inprocess.chat import Someone
from tests.inprocess.teams import InMemoryTeams, Message
from tests.test_choose_team import (
    CHOSEN,
    CHOSEN_EN,
    PICK_ONE,
    QUESTION,
    QUESTION_EN,
    SEKRETARIAT_ANSWER,
    SYGEDAGPENGE_ANSWER,
    UNGE_ANSWER,
    UNGE_ANSWER_EN,
)

NINA = "nina.ny@jobcenter.varde.example"  # someone the org file does not know


@pytest.fixture
def nina(teams: InMemoryTeams) -> Someone:
    """Someone the org file does not know, new in Teams."""
    teams.add_user(NINA, "Nina Ny", locale="da-DK")
    return Someone(teams, NINA)


@pytest.fixture
def nina_en(teams: InMemoryTeams) -> Someone:
    """Like Nina, but her Teams is in English."""
    teams.add_user(NINA, "Nina Ny", locale="en-US")
    return Someone(teams, NINA)


def team_of(teams: InMemoryTeams, email: str) -> str | None:
    """The key of the team the bot now counts the person in, from the file and the chat."""
    team = teams.services.org.team_of(email)
    return team.key if team else None


def paragraphs(message: Message) -> list[str]:
    card: dict[str, Any] = message.card or {}
    return [e["text"] for e in card.get("body", []) if e.get("type") == "TextBlock"]


def choice_set(message: Message) -> list[tuple[str, str]]:
    """The (title, value) options of the one drop-down on the message's card."""
    card: dict[str, Any] = message.card or {}
    [choices] = [e for e in card["body"] if e.get("type") == "Input.ChoiceSet"]
    return [(c["title"], c["value"]) for c in choices["choices"]]


@pytest.mark.parametrize(
    ("typed", "team"),
    [
        ("unge", "unge"),
        ("Unge", "unge"),
        ("ungee", "unge"),
        ("i Team Unge", "unge"),
        ("Team Sygedagpenge", "sygedagpenge"),
        ("sygedagpeng", "sygedagpenge"),
    ],
)
async def test_the_team_can_be_typed_instead_of_clicked(
    teams: InMemoryTeams, nina: Someone, typed: str, team: str
) -> None:
    await nina.says("hvem er min superbruger?")
    said = await nina.says(typed)
    name, answer = {
        "unge": ("Team Unge", UNGE_ANSWER),
        "sygedagpenge": ("Team Sygedagpenge", SYGEDAGPENGE_ANSWER),
    }[team]
    assert said.texts == [CHOSEN.format(team=name), answer]
    assert team_of(teams, nina.email) == team


async def test_an_unknown_team_gets_suggestions_and_the_next_answer_still_counts(
    teams: InMemoryTeams, nina: Someone
) -> None:
    await nina.says("hvem er min superbruger?")
    await nina.says("Team Sygedage")
    assert nina.last_reply == (
        "Jeg kender ikke et team, der hedder «Team Sygedage». "
        "Mente du Team Sygedagpenge eller Team Unge?"
    )
    assert team_of(teams, nina.email) is None
    said = await nina.says("Team Sygedagpenge")
    assert said.texts == [CHOSEN.format(team="Team Sygedagpenge"), SYGEDAGPENGE_ANSWER]


@pytest.mark.parametrize("yes", ["ja", "Ja tak!", "yes"])
async def test_yes_to_the_one_team_suggested_chooses_it(
    teams: InMemoryTeams, nina: Someone, yes: str
) -> None:
    await nina.says("hvem er min superbruger?")
    await nina.says("Sekretær")
    assert nina.last_reply == (
        "Jeg kender ikke et team, der hedder «Sekretær». Mente du Team Sekretariat?"
    )
    said = await nina.says(yes)
    assert said.texts == [CHOSEN.format(team="Team Sekretariat"), SEKRETARIAT_ANSWER]
    assert team_of(teams, nina.email) == "sekretariat"


async def test_a_second_unknown_answer_lets_the_question_go(
    teams: InMemoryTeams, nina: Someone
) -> None:
    await nina.says("hvem er min superbruger?")
    await nina.says("Team Sygedage")
    assert "Mente du Team Sygedagpenge eller Team Unge?" in nina.last_reply

    await nina.says("ja")  # two teams were suggested: which one is not clear
    # The last try names the teams without asking anything the bot no longer listens for.
    assert nina.last_reply == (
        "Jeg kender ikke et team, der hedder «ja». Teamene er: Team Ydelse, Team Sygedagpenge, "
        "Team Job og Virksomhed, Team Unge, Team Integration, "
        "Team Jobafklaring og ressourceforløb, Team Sekretariat."
    )
    assert "?" not in nina.last_reply

    said = await nina.says("unge")  # no longer taken as the answer
    assert said.texts[0] == "Det forstod jeg ikke helt. Skriv «hjælp» for at se, hvad jeg kan."
    assert "Fint" not in nina.last_reply
    assert team_of(teams, nina.email) is None


async def test_another_question_while_asked_moves_on(teams: InMemoryTeams, nina: Someone) -> None:
    await nina.says("hvem er min superbruger?")
    said = await nina.says("hjælp")
    assert "Jeg kender ikke et team" not in nina.last_reply
    assert "Det kan IT-hjælp" in nina.last_reply, "the help card"
    assert not any(r.inputs for r in said.replies)
    await nina.says("unge")
    assert "Fint" not in nina.last_reply, "the question was dropped"
    assert team_of(teams, nina.email) is None


async def test_a_newcomer_with_english_teams_is_asked_in_english(
    teams: InMemoryTeams, nina_en: Someone
) -> None:
    said = await nina_en.says("who is my superuser", locale="en-US")
    [card] = said.replies
    assert paragraphs(card) == [QUESTION_EN]
    assert choice_set(card) == DEMO_TEAMS
    assert list(card.buttons) == ["Choose"]

    said = await nina_en.clicks("Choose", on=card, inputs={"team": "unge"}, locale="en-US")
    assert said.texts == [CHOSEN_EN.format(team="Team Unge"), UNGE_ANSWER_EN]
    assert team_of(teams, nina_en.email) == "unge"

    said = await nina_en.says("who is my superuser?", locale="en-US")
    assert said.texts == [UNGE_ANSWER_EN]


async def test_skift_team_shows_the_card_with_the_current_team(
    teams: InMemoryTeams, anne: Someone
) -> None:
    said = await anne.says("skift team")
    [card] = said.replies
    assert paragraphs(card) == [QUESTION, "Lige nu er du i Team Ydelse."]
    assert choice_set(card) == DEMO_TEAMS
    assert card.inputs == {"team": "ydelse"}, "her team is chosen already"

    said = await anne.clicks("Vælg", on=card, inputs={"team": "sygedagpenge"})
    assert said.texts == [CHOSEN.format(team="Team Sygedagpenge")], "no superuser answer"
    assert team_of(teams, ANNE) == "sygedagpenge"

    said = await anne.says("skift team")
    assert paragraphs(said.replies[0])[1] == "Lige nu er du i Team Sygedagpenge."
    assert said.replies[0].inputs == {"team": "sygedagpenge"}


async def test_skift_team_for_a_newcomer_has_no_current_team(
    teams: InMemoryTeams, nina: Someone
) -> None:
    said = await nina.says("skift team")
    [card] = said.replies
    assert paragraphs(card) == [QUESTION]
    assert card.inputs == {"team": ""}
    await nina.says("Team Integration")
    assert nina.last_reply == CHOSEN.format(team="Team Integration")
    assert team_of(teams, nina.email) == "integration"


@pytest.mark.parametrize(
    ("said", "team"),
    [
        ("skift team til Sygedagpenge", "sygedagpenge"),
        ("skift tem til unge", "unge"),
        ("skift team til Team Unge", "unge"),
        ("jeg er i team Integration", "integration"),
        ("change team to Team Unge", "unge"),
    ],
)
async def test_skift_team_til_changes_it_directly(
    teams: InMemoryTeams, anne: Someone, said: str, team: str
) -> None:
    said = await anne.says(said)
    name = dict((key, title) for title, key in DEMO_TEAMS)[team]
    assert said.texts == [CHOSEN.format(team=name)]
    assert not said.cards
    assert team_of(teams, ANNE) == team


async def test_change_team_in_english(teams: InMemoryTeams, emma: Someone) -> None:
    await emma.says("change team to Team Unge")
    assert emma.last_reply == CHOSEN_EN.format(team="Team Unge")
    assert team_of(teams, EMMA) == "unge"
    await emma.says("who is my superuser")
    assert emma.last_reply == UNGE_ANSWER_EN


async def test_skift_team_to_an_unknown_team_changes_nothing(
    teams: InMemoryTeams, anne: Someone
) -> None:
    await anne.says("skift team til Økonomi")
    assert anne.last_reply.startswith("Jeg kender ikke et team, der hedder «Økonomi». Teamene er:")
    assert team_of(teams, ANNE) == "ydelse"


@pytest.mark.parametrize(
    "value",
    [
        {"action": "choose_team", "team": "nope"},
        {"action": "choose_team"},
        {"action": "choose_team", "team": ""},
    ],
)
async def test_a_forged_card_changes_nothing(
    teams: InMemoryTeams, anne: Someone, value: dict[str, str]
) -> None:
    said = await anne.submits(value)
    assert said.texts == [PICK_ONE]
    assert team_of(teams, ANNE) == "ydelse"
    await anne.says("hvem er min superbruger")
    assert anne.last_reply.startswith("Superbruger i Team Ydelse: Bo Nielsen")


async def test_a_forged_card_for_a_newcomer_keeps_the_question_open(
    teams: InMemoryTeams, nina: Someone
) -> None:
    said = await nina.says("hvem er min superbruger?")
    said = await nina.clicks("Vælg", on=said.replies[0], inputs={"team": "nope"})
    assert said.texts == [PICK_ONE]
    assert team_of(teams, nina.email) is None
    said = await nina.says("unge")
    assert said.texts == [CHOSEN.format(team="Team Unge"), UNGE_ANSWER]
