"""How a team leader names a person: unknown, ambiguous, known from Teams or mistyped."""

from __future__ import annotations

import pytest

from dialogs.org_file import Organisation
from tests import manage_helpers
from tests.chat import Someone
from tests.conftest import BO, SARA, RunningBot
from tests.manage_helpers import roles, team

# The shared fixtures, bound here so that pytest finds them in this module.
karin = manage_helpers.karin


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        (
            "tilføj superbruger Nogen Ukendt",
            "Jeg kan ikke finde «Nogen Ukendt». Nævn personen med @, eller skriv e-mailadressen.",
        ),
        (
            "tilføj superbruger",
            "Hvem? Nævn personen med @, eller skriv navnet eller e-mailadressen.",
        ),
        (
            "tilføj stedfortræder i Team Ydelse",
            "Hvem? Nævn personen med @, eller skriv navnet eller e-mailadressen.",
        ),
    ],
)
async def test_an_unknown_or_missing_person_gets_help_and_changes_nothing(
    bot: RunningBot, karin: Someone, org: Organisation, said: str, answer: str
) -> None:
    await karin.says(said)
    assert karin.last_reply == answer
    assert team(bot, "ydelse") == org.team("ydelse")


async def test_an_ambiguous_name_gets_suggestions(
    bot: RunningBot, karin: Someone, org: Organisation
) -> None:
    await karin.says("tilføj superbruger Lund")
    assert karin.last_reply.startswith("Jeg kan ikke finde «Lund». Mente du ")
    assert "Sara Lund" in karin.last_reply
    assert "Henrik Lund" in karin.last_reply
    assert team(bot, "ydelse") == org.team("ydelse")


async def test_an_unknown_person_in_english(
    bot: RunningBot, karin: Someone, org: Organisation
) -> None:
    await karin.says("add superuser Nobody Known", locale="en-US")
    assert karin.last_reply == (
        "I cannot find “Nobody Known”. Mention the person with @, or write their e-mail address."
    )
    assert team(bot, "ydelse") == org.team("ydelse")


async def test_a_colleague_known_from_teams_can_be_named(
    bot: RunningBot, karin: Someone, anne: Someone
) -> None:
    # Not in the org file, but she has written to the bot, so Teams told it who she is.
    newcomer = "manage-test.nanna.nyansat@jobcenter.varde.example"
    bot.emulator.directory.add_user(newcomer, "Nanna Nyansat")
    await Someone(bot.emulator, newcomer).says("hej")

    turn = await karin.says("tilføj stedfortræder Nanna Nyansat")
    assert karin.last_reply == "Nanna Nyansat er nu stedfortræder i Team Ydelse."
    assert roles(bot, "ydelse") == ((BO,), (SARA, newcomer))
    assert [r.conversation_id for r in turn.elsewhere] == [
        bot.emulator.personal_conversation_id(newcomer)
    ]
    await anne.says("hvem er min superbruger?")
    assert "Stedfortræder: Sara Lund og Nanna Nyansat." in anne.last_reply


async def test_a_mention_teams_cannot_resolve(
    bot: RunningBot, karin: Someone, org: Organisation
) -> None:
    # Someone outside the team's roster: Teams will not say who she is in this channel.
    outsider = "manage-test.olga.udenfor@jobcenter.varde.example"
    bot.emulator.directory.add_user(outsider, "Olga Udenfor")
    await bot.emulator.install_in_team("ydelse")
    turn = await karin.says("tilføj superbruger @Olga Udenfor", team="ydelse", mentions=[outsider])
    assert turn.texts == [
        "Teams fortalte mig ikke, hvem Olga Udenfor er. Skriv e-mailadressen i stedet."
    ]
    assert team(bot, "ydelse") == org.team("ydelse")


async def test_a_mistyped_address_is_not_stored_silently(bot: RunningBot, karin: Someone) -> None:
    await karin.says("tilføj superbruger peter.skov@jobcenter.varde.exmple")
    assert "peter.skov@jobcenter.varde.exmple" in karin.last_reply
