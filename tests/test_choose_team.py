"""'Skift team', and the bot asking once which team someone is in, then remembering the answer."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.emulator import Recorded
from tests.chat import Someone, buttons, choice_set, input_ids
from tests.conftest import ANNE, DEMO_TEAMS, EMMA, RunningBot

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


@pytest.fixture
def nina_en(bot: RunningBot, request: pytest.FixtureRequest) -> Someone:
    """Like Nina, but her Teams is in English."""
    return newcomer(bot, request, "en-US")


def newcomer(bot: RunningBot, request: pytest.FixtureRequest, locale: str) -> Someone:
    tag = re.sub(r"[^a-z0-9]+", "-", request.node.name.lower()).strip("-")
    email = f"nina.ny.{tag}.{locale.lower()}@jobcenter.varde.example"
    bot.emulator.directory.add_user(email, "Nina Ny", locale=locale)
    return Someone(bot.emulator, email)


def team_of(bot: RunningBot, email: str) -> str | None:
    """The key of the team the bot now counts the person in, from the file and the chat."""
    team = bot.runtime.services.org.team_of(email)
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
    bot: RunningBot, nina: Someone, typed: str, team: str
) -> None:
    await nina.says("hvem er min superbruger?")
    turn = await nina.says(typed)
    name, answer = {
        "unge": ("Team Unge", UNGE_ANSWER),
        "sygedagpenge": ("Team Sygedagpenge", SYGEDAGPENGE_ANSWER),
    }[team]
    assert turn.texts == [CHOSEN.format(team=name), answer]
    assert team_of(bot, nina.email) == team


async def test_an_unknown_team_gets_suggestions_and_the_next_answer_still_counts(
    bot: RunningBot, nina: Someone
) -> None:
    await nina.says("hvem er min superbruger?")
    await nina.says("Team Sygedage")
    assert nina.last_reply == (
        "Jeg kender ikke et team, der hedder «Team Sygedage». "
        "Mente du Team Sygedagpenge eller Team Unge?"
    )
    assert team_of(bot, nina.email) is None
    turn = await nina.says("Team Sygedagpenge")
    assert turn.texts == [CHOSEN.format(team="Team Sygedagpenge"), SYGEDAGPENGE_ANSWER]


@pytest.mark.parametrize("yes", ["ja", "Ja tak!", "yes"])
async def test_yes_to_the_one_team_suggested_chooses_it(
    bot: RunningBot, nina: Someone, yes: str
) -> None:
    await nina.says("hvem er min superbruger?")
    await nina.says("Sekretær")
    assert nina.last_reply == (
        "Jeg kender ikke et team, der hedder «Sekretær». Mente du Team Sekretariat?"
    )
    turn = await nina.says(yes)
    assert turn.texts == [CHOSEN.format(team="Team Sekretariat"), SEKRETARIAT_ANSWER]
    assert team_of(bot, nina.email) == "sekretariat"


async def test_a_second_unknown_answer_lets_the_question_go(bot: RunningBot, nina: Someone) -> None:
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

    turn = await nina.says("unge")  # no longer taken as the answer
    assert turn.texts[0] == "Det forstod jeg ikke helt. Skriv «hjælp» for at se, hvad jeg kan."
    assert "Fint" not in nina.last_reply
    assert team_of(bot, nina.email) is None


async def test_another_question_while_asked_moves_on(bot: RunningBot, nina: Someone) -> None:
    await nina.says("hvem er min superbruger?")
    turn = await nina.says("hjælp")
    assert "Jeg kender ikke et team" not in nina.last_reply
    assert "Det kan IT-hjælp" in nina.last_reply, "the help card"
    assert not any(input_ids(r) for r in turn.replies)
    await nina.says("unge")
    assert "Fint" not in nina.last_reply, "the question was dropped"
    assert team_of(bot, nina.email) is None


async def test_a_newcomer_with_english_teams_is_asked_in_english(
    bot: RunningBot, nina_en: Someone
) -> None:
    turn = await nina_en.says("who is my superuser", locale="en-US")
    [card] = turn.replies
    assert paragraphs(card) == [QUESTION_EN]
    assert choice_set(card) == DEMO_TEAMS
    assert list(buttons(card)) == ["Choose"]

    turn = await nina_en.clicks("Choose", on=card, inputs={"team": "unge"}, locale="en-US")
    assert turn.texts == [CHOSEN_EN.format(team="Team Unge"), UNGE_ANSWER_EN]
    assert team_of(bot, nina_en.email) == "unge"

    turn = await nina_en.says("who is my superuser?", locale="en-US")
    assert turn.texts == [UNGE_ANSWER_EN]


# -- skift team -------------------------------------------------------------------------------


async def test_skift_team_shows_the_card_with_the_current_team(
    bot: RunningBot, anne: Someone
) -> None:
    turn = await anne.says("skift team")
    [card] = turn.replies
    assert paragraphs(card) == [QUESTION, "Lige nu er du i Team Ydelse."]
    assert choice_set(card) == DEMO_TEAMS
    assert input_ids(card) == {"team": "ydelse"}, "her team is chosen already"

    turn = await anne.clicks("Vælg", on=card, inputs={"team": "sygedagpenge"})
    assert turn.texts == [CHOSEN.format(team="Team Sygedagpenge")], "no superuser answer"
    assert team_of(bot, ANNE) == "sygedagpenge"

    turn = await anne.says("skift team")
    assert paragraphs(turn.replies[0])[1] == "Lige nu er du i Team Sygedagpenge."
    assert input_ids(turn.replies[0]) == {"team": "sygedagpenge"}


async def test_skift_team_for_a_newcomer_has_no_current_team(
    bot: RunningBot, nina: Someone
) -> None:
    turn = await nina.says("skift team")
    [card] = turn.replies
    assert paragraphs(card) == [QUESTION]
    assert input_ids(card) == {"team": ""}
    await nina.says("Team Integration")
    assert nina.last_reply == CHOSEN.format(team="Team Integration")
    assert team_of(bot, nina.email) == "integration"


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
    bot: RunningBot, anne: Someone, said: str, team: str
) -> None:
    turn = await anne.says(said)
    name = dict((key, title) for title, key in DEMO_TEAMS)[team]
    assert turn.texts == [CHOSEN.format(team=name)]
    assert not turn.cards
    assert team_of(bot, ANNE) == team


async def test_change_team_in_english(bot: RunningBot, emma: Someone) -> None:
    await emma.says("change team to Team Unge")
    assert emma.last_reply == CHOSEN_EN.format(team="Team Unge")
    assert team_of(bot, EMMA) == "unge"
    await emma.says("who is my superuser")
    assert emma.last_reply == UNGE_ANSWER_EN


async def test_the_chat_choice_wins_over_the_org_file(bot: RunningBot, anne: Someone) -> None:
    organisation = bot.runtime.services.organisation
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


async def test_skift_team_to_an_unknown_team_changes_nothing(
    bot: RunningBot, anne: Someone
) -> None:
    await anne.says("skift team til Økonomi")
    assert anne.last_reply.startswith("Jeg kender ikke et team, der hedder «Økonomi». Teamene er:")
    assert team_of(bot, ANNE) == "ydelse"


@pytest.mark.parametrize(
    "value",
    [
        {"action": "choose_team", "team": "nope"},
        {"action": "choose_team"},
        {"action": "choose_team", "team": ""},
    ],
)
async def test_a_forged_card_changes_nothing(
    bot: RunningBot, anne: Someone, value: dict[str, str]
) -> None:
    turn = await bot.emulator.submit(ANNE, value)
    assert turn.status < 300
    assert turn.texts == [PICK_ONE]
    assert team_of(bot, ANNE) == "ydelse"
    await anne.says("hvem er min superbruger")
    assert anne.last_reply.startswith("Superbruger i Team Ydelse: Bo Nielsen")


async def test_a_forged_card_for_a_newcomer_keeps_the_question_open(
    bot: RunningBot, nina: Someone
) -> None:
    turn = await nina.says("hvem er min superbruger?")
    turn = await nina.clicks("Vælg", on=turn.replies[0], inputs={"team": "nope"})
    assert turn.texts == [PICK_ONE]
    assert team_of(bot, nina.email) is None
    turn = await nina.says("unge")
    assert turn.texts == [CHOSEN.format(team="Team Unge"), UNGE_ANSWER]
