"""Team leaders name and remove superusers and deputies, and the changes are kept."""

from __future__ import annotations

import pytest

from dialogs.language.texts import text
from dialogs.org_file import Organisation
from tests import manage_helpers
from tests.answers import who_helps
from tests.chat import Someone
from tests.conftest import BO, PETER, SARA, RunningBot
from tests.manage_helpers import roles, team

# The shared fixtures, bound here so that pytest finds them in this module.
karin = manage_helpers.karin

BO_NIELSEN = "Bo Nielsen (bo.nielsen@jobcenter.varde.example)"
PETER_SKOV = "Peter Skov (peter.skov@jobcenter.varde.example)"
SARA_LUND = "Sara Lund (sara.lund@jobcenter.varde.example)"


async def test_a_team_leader_adds_a_superuser_by_mentioning_him_in_the_channel(
    bot: RunningBot, karin: Someone, anne: Someone
) -> None:
    await bot.emulator.install_in_team("ydelse")
    turn = await karin.says("tilføj superbruger @Peter Skov", team="ydelse", mentions=[PETER])
    assert turn.texts == ["Peter Skov er nu superbruger i Team Ydelse."]
    assert roles(bot, "ydelse") == ((BO, PETER), (SARA,))

    await anne.says("hvem er min superbruger?")
    assert anne.last_reply == who_helps("Team Ydelse", [BO_NIELSEN, PETER_SKOV], ["Sara Lund"])


@pytest.mark.parametrize(
    ("said", "locale", "answer", "superusers", "deputies"),
    [
        (
            "tilføj stedfortræder peter.skov@jobcenter.varde.example",
            None,
            "Peter Skov er nu stedfortræder i Team Ydelse.",
            (BO,),
            (SARA, PETER),
        ),
        (
            "tilføj superbruger Peter Skov",
            None,
            "Peter Skov er nu superbruger i Team Ydelse.",
            (BO, PETER),
            (SARA,),
        ),
        (
            "Tilføj superbruger peter skov",
            None,
            "Peter Skov er nu superbruger i Team Ydelse.",
            (BO, PETER),
            (SARA,),
        ),
        (
            "tilføj superbrugr Peter Skov",
            None,
            "Peter Skov er nu superbruger i Team Ydelse.",
            (BO, PETER),
            (SARA,),
        ),
        (
            "tilføj superbruger Peter Skov i Team Ydelse",
            None,
            "Peter Skov er nu superbruger i Team Ydelse.",
            (BO, PETER),
            (SARA,),
        ),
        (
            "fjern stedfortræder Sara Lund",
            None,
            "Sara Lund er ikke længere stedfortræder i Team Ydelse.",
            (BO,),
            (),
        ),
        (
            "fjern stedfortraeder Sara Lund",
            None,
            "Sara Lund er ikke længere stedfortræder i Team Ydelse.",
            (BO,),
            (),
        ),
        (
            "add superuser Peter Skov",
            "en-US",
            "Peter Skov is now a superuser in Team Ydelse.",
            (BO, PETER),
            (SARA,),
        ),
        (
            "add deputy peter.skov@jobcenter.varde.example",
            "en-US",
            "Peter Skov is now a deputy in Team Ydelse.",
            (BO,),
            (SARA, PETER),
        ),
        (
            "remove deputy Sara Lund",
            "en-US",
            "Sara Lund is no longer a deputy in Team Ydelse.",
            (BO,),
            (),
        ),
    ],
)
async def test_a_team_leader_changes_her_team_in_the_personal_chat(
    bot: RunningBot,
    karin: Someone,
    said: str,
    locale: str | None,
    answer: str,
    superusers: tuple[str, ...],
    deputies: tuple[str, ...],
) -> None:
    await karin.says(said, locale=locale)
    assert karin.last_reply == answer
    assert roles(bot, "ydelse") == (superusers, deputies)


@pytest.mark.parametrize(
    ("said", "locale", "answer"),
    [
        (
            "fjern superbruger Bo Nielsen",
            None,
            "Bo Nielsen er ikke længere superbruger i Team Ydelse.\n"
            "Team Ydelse har nu ingen superbruger, så IT-sager går til stedfortræderen "
            "eller projektlederen.",
        ),
        (
            "remove superuser Bo Nielsen",
            "en-US",
            "Bo Nielsen is no longer a superuser in Team Ydelse.\n"
            "Team Ydelse now has no superuser, so IT cases go to the deputy or the project lead.",
        ),
    ],
)
async def test_removing_the_last_superuser_warns(
    bot: RunningBot, karin: Someone, anne: Someone, said: str, locale: str | None, answer: str
) -> None:
    turn = await karin.says(said, locale=locale)
    assert len(turn.replies) == 2
    assert karin.last_reply == answer
    assert roles(bot, "ydelse") == ((), (SARA,))
    # The deputy takes the cases now.
    await anne.says("hvem er min superbruger?")
    assert anne.last_reply.startswith(
        "Team Ydelse har ingen superbruger, så stedfortræderen hjælper jer: Sara Lund"
    )
    assert "Sara Lund (sara.lund@jobcenter.varde.example)" in anne.last_reply
    assert "Bo Nielsen" not in anne.last_reply


async def test_removing_one_of_two_superusers_does_not_warn(
    bot: RunningBot, karin: Someone
) -> None:
    await karin.says("tilføj superbruger Peter Skov")
    turn = await karin.says("fjern superbruger Bo Nielsen")
    assert turn.texts == ["Bo Nielsen er ikke længere superbruger i Team Ydelse."]
    assert roles(bot, "ydelse") == ((PETER,), (SARA,))


async def test_a_deputy_made_superuser_is_no_longer_a_deputy(
    bot: RunningBot, karin: Someone, anne: Someone
) -> None:
    await karin.says("tilføj superbruger Sara Lund")
    assert karin.last_reply == "Sara Lund er nu superbruger i Team Ydelse."
    assert roles(bot, "ydelse") == ((BO, SARA), ())
    await anne.says("hvem er min superbruger?")
    assert anne.last_reply == who_helps("Team Ydelse", [BO_NIELSEN, SARA_LUND])


async def test_the_only_superuser_made_deputy_leaves_the_team_without_superuser(
    bot: RunningBot, karin: Someone
) -> None:
    await karin.says("tilføj stedfortræder Bo Nielsen")
    assert karin.last_reply.splitlines() == [
        text("manage.deputy_added", "da", name="Bo Nielsen", team="Team Ydelse"),
        text("manage.no_superusers_left", "da", team="Team Ydelse"),
    ]
    assert roles(bot, "ydelse") == ((), (SARA, BO))


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("tilføj superbruger Bo Nielsen", "Bo Nielsen er allerede superbruger."),
        ("tilføj stedfortræder Sara Lund", "Sara Lund er allerede stedfortræder."),
        ("fjern superbruger Sara Lund", "Sara Lund er ikke superbruger."),
        ("fjern stedfortræder Peter Skov", "Peter Skov er ikke stedfortræder."),
        ("fjern stedfortræder Bo Nielsen", "Bo Nielsen er ikke stedfortræder."),
    ],
)
async def test_a_change_that_is_already_so_changes_nothing(
    bot: RunningBot, karin: Someone, org: Organisation, said: str, answer: str
) -> None:
    await karin.says(said)
    assert karin.last_reply == answer
    assert team(bot, "ydelse") == org.team("ydelse")


async def test_already_a_superuser_in_english(bot: RunningBot, karin: Someone) -> None:
    await karin.says("add superuser Bo Nielsen", locale="en-US")
    assert karin.last_reply == "Bo Nielsen is already a superuser."
    await karin.says("remove deputy Peter Skov", locale="en-US")
    assert karin.last_reply == "Peter Skov is not a deputy."
    assert roles(bot, "ydelse") == ((BO,), (SARA,))


async def test_changes_survive_a_restart(bot: RunningBot, karin: Someone, anne: Someone) -> None:
    await karin.says("tilføj superbruger Peter Skov")
    await karin.says("fjern stedfortræder Sara Lund")
    await bot.restart()
    assert roles(bot, "ydelse") == ((BO, PETER), ())
    await anne.says("hvem er min superbruger?")
    assert anne.last_reply == who_helps("Team Ydelse", [BO_NIELSEN, PETER_SKOV])
