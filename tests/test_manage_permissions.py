"""Who may change a team: its leaders there, the project lead and the IT lead anywhere."""

from __future__ import annotations

import pytest

from dialogs.language.texts import text
from dialogs.org_file import Organisation
from tests import manage_helpers
from tests.chat import Someone
from tests.conftest import ANNE, BO, HENRIK, METTE, PETER, SARA, RunningBot
from tests.manage_helpers import LEADS, REFUSED_UNGE, REFUSED_YDELSE, roles, team

# The shared fixtures, bound here so that pytest finds them in this module.
karin = manage_helpers.karin
mette = manage_helpers.mette

MIKKEL = "mikkel.sand@jobcenter.varde.example"  # superuser, Team Unge
JULIE = "julie.fog@jobcenter.varde.example"  # deputy, Team Unge


@pytest.mark.parametrize("who", [ANNE, BO, SARA])
async def test_only_leaders_may_name_superusers(
    bot: RunningBot, org: Organisation, who: str
) -> None:
    person = Someone(bot.emulator, who)
    await person.says("tilføj superbruger Peter Skov")
    assert person.last_reply == REFUSED_YDELSE
    await person.says("fjern superbruger Bo Nielsen")
    assert person.last_reply == REFUSED_YDELSE
    assert team(bot, "ydelse") == org.team("ydelse")


async def test_an_employee_is_refused_in_the_channel_too(
    bot: RunningBot, anne: Someone, org: Organisation
) -> None:
    await bot.emulator.install_in_team("ydelse")
    turn = await anne.says("tilføj superbruger @Peter Skov", team="ydelse", mentions=[PETER])
    assert turn.texts == [REFUSED_YDELSE]
    assert team(bot, "ydelse") == org.team("ydelse")


async def test_a_refusal_in_english(bot: RunningBot, emma: Someone, org: Organisation) -> None:
    await emma.says("add superuser Peter Skov")
    assert emma.last_reply == text(
        "manage.refused", "en", team="Team Ydelse", leaders="Karin Holm", **LEADS
    )
    assert team(bot, "ydelse") == org.team("ydelse")


@pytest.mark.parametrize(
    "said",
    [
        "tilføj superbruger Peter Skov i Team Unge",
        "tilføj superbruger Peter Skov i unge",
        "fjern superbruger Mikkel Sand i Team Unge",
        "add superuser Peter Skov to Team Unge",
    ],
)
async def test_a_team_leader_may_not_change_another_team(
    bot: RunningBot, karin: Someone, org: Organisation, said: str
) -> None:
    await karin.says(said)
    assert karin.last_reply == REFUSED_UNGE
    assert team(bot, "unge") == org.team("unge")
    assert team(bot, "ydelse") == org.team("ydelse")


async def test_a_team_leader_in_another_teams_channel_is_refused(
    bot: RunningBot, karin: Someone, org: Organisation
) -> None:
    await bot.emulator.install_in_team("unge")
    turn = await karin.says("tilføj superbruger Peter Skov", team="unge")
    assert turn.texts == [REFUSED_UNGE]
    assert team(bot, "unge") == org.team("unge")


async def test_the_project_lead_may_change_any_team(
    bot: RunningBot, mette: Someone, anne: Someone, org: Organisation
) -> None:
    await mette.says("tilføj superbruger Peter Skov i Team Unge")
    assert mette.last_reply == "Peter Skov er nu superbruger i Team Unge."
    assert roles(bot, "unge") == ((MIKKEL, PETER), (JULIE,))
    assert team(bot, "ydelse") == org.team("ydelse")

    await anne.says("hvem er superbruger i Team Unge?")
    assert anne.last_reply.startswith(
        "Superbrugere i Team Unge: Mikkel Sand (mikkel.sand@jobcenter.varde.example) og "
        "Peter Skov (peter.skov@jobcenter.varde.example)."
    )


async def test_the_it_lead_may_change_any_team_in_english(bot: RunningBot) -> None:
    henrik = Someone(bot.emulator, HENRIK)
    await henrik.says("remove deputy Julie Fog in Team Unge", locale="en-US")
    assert henrik.last_reply == "Julie Fog is no longer a deputy in Team Unge."
    assert roles(bot, "unge") == ((MIKKEL,), ())


@pytest.mark.parametrize(
    ("who", "said", "locale", "answer"),
    [
        (
            METTE,
            "fjern stedfortræder Julie Fog fra Team Unge",
            None,
            "Julie Fog er ikke længere stedfortræder i Team Unge.",
        ),
        (
            HENRIK,
            "remove deputy Julie Fog from Team Unge",
            "en-US",
            "Julie Fog is no longer a deputy in Team Unge.",
        ),
    ],
)
async def test_removing_someone_from_a_named_team(
    bot: RunningBot, who: str, said: str, locale: str | None, answer: str
) -> None:
    lead = Someone(bot.emulator, who)
    await lead.says(said, locale=locale)
    assert lead.last_reply == answer
    assert roles(bot, "unge") == ((MIKKEL,), ())


async def test_removing_from_another_team_never_changes_her_own(
    bot: RunningBot, karin: Someone, org: Organisation
) -> None:
    await karin.says("fjern superbruger Bo Nielsen fra Team Unge")
    assert team(bot, "ydelse") == org.team("ydelse")
    assert karin.last_reply == REFUSED_UNGE


async def test_the_project_lead_must_say_which_team(
    bot: RunningBot, mette: Someone, org: Organisation
) -> None:
    await mette.says("tilføj superbruger Peter Skov")
    assert mette.last_reply == "Hvilket team? Skriv fx «tilføj superbruger @Navn i Team Ydelse»."
    assert bot.stored.organisation.org == bot.stored.organisation.file_org


async def test_an_unknown_team_is_named_back(
    bot: RunningBot, mette: Someone, org: Organisation
) -> None:
    await mette.says("tilføj superbruger Peter Skov i Team Økonomi")
    assert mette.last_reply.startswith("Jeg kender ikke et team, der hedder «Team Økonomi».")
    assert bot.stored.organisation.org == bot.stored.organisation.file_org
