"""Team leaders name superusers and deputies, and choose what goes straight to the project lead."""

from __future__ import annotations

import pytest

from bot.emulator import Recorded
from dialogs.language.texts import text
from dialogs.org_file import Organisation, Team
from tests.answers import who_helps
from tests.chat import Someone, buttons, input_ids, inputs, seen
from tests.conftest import ANNE, BO, EMMA, HENRIK, KARIN, METTE, PETER, SARA, RunningBot

MIKKEL = "mikkel.sand@jobcenter.varde.example"  # superuser, Team Unge
JULIE = "julie.fog@jobcenter.varde.example"  # deputy, Team Unge

# The refusals name the team and who may change it; their wording is the catalogue's.
LEADS = {"project_lead": "Mette Kjær", "it_lead": "Henrik Lund"}
REFUSED_YDELSE = text("manage.refused", "da", team="Team Ydelse", leaders="Karin Holm", **LEADS)
REFUSED_UNGE = text("manage.refused", "da", team="Team Unge", leaders="Louise Bak", **LEADS)
BO_NIELSEN = "Bo Nielsen (bo.nielsen@jobcenter.varde.example)"
PETER_SKOV = "Peter Skov (peter.skov@jobcenter.varde.example)"
SARA_LUND = "Sara Lund (sara.lund@jobcenter.varde.example)"
CATEGORIES = (
    "printer",
    "login",
    "office",
    "momentum",
    "esdh",
    "jobnet",
    "telefon",
    "pc",
    "netvaerk",
    "adgang",
    "nye-it-redskaber",
)


def saved(team: str, categories: str, lang: str = "da") -> str:
    """The answer to a saved portfolio: what goes straight to Mette Kjær."""
    return text(
        "portfolio.saved", lang, team=team, project_lead="Mette Kjær", categories=categories
    )


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


@pytest.fixture
def peter(bot: RunningBot) -> Someone:
    return Someone(bot.emulator, PETER)


# -- naming superusers and deputies -----------------------------------------------------------


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


# -- who may -----------------------------------------------------------------------------------


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


# -- telling the people concerned ------------------------------------------------------------


async def test_the_new_superuser_is_told_in_his_personal_chat(
    bot: RunningBot, karin: Someone, peter: Someone
) -> None:
    await peter.says("hej")
    await bot.emulator.install_in_team("ydelse")
    turn = await karin.says("tilføj superbruger @Peter Skov", team="ydelse", mentions=[PETER])
    [notice] = turn.elsewhere
    assert notice.conversation_id == bot.emulator.personal_conversation_id(PETER)
    assert notice.text == (
        "Karin Holm har gjort dig til superbruger i Team Ydelse. "
        "Tak fordi du hjælper dine kolleger!"
    )
    in_his_chat = bot.emulator.recorded(bot.emulator.personal_conversation_id(PETER))
    assert in_his_chat[-1].text == notice.text


async def test_nobody_is_told_who_has_no_chat_with_the_bot(bot: RunningBot, karin: Someone) -> None:
    turn = await karin.says("tilføj superbruger Peter Skov")
    assert karin.last_reply == "Peter Skov er nu superbruger i Team Ydelse."
    assert turn.elsewhere == []
    assert bot.emulator.recorded(bot.emulator.personal_conversation_id(PETER)) == []


@pytest.mark.parametrize(
    ("who", "said", "notice"),
    [
        (
            BO,
            "fjern superbruger Bo Nielsen",
            "Karin Holm har fjernet dig som superbruger i Team Ydelse.",
        ),
        (
            SARA,
            "fjern stedfortræder Sara Lund",
            "Karin Holm har fjernet dig som stedfortræder i Team Ydelse.",
        ),
        (
            PETER,
            "tilføj stedfortræder Peter Skov",
            "Karin Holm har gjort dig til stedfortræder i Team Ydelse. "
            "Du tager over, når superbrugeren er væk.",
        ),
        (
            EMMA,
            "tilføj stedfortræder Emma Jensen",
            "Karin Holm has made you a deputy in Team Ydelse. "
            "You take over when the superuser is away.",
        ),
    ],
)
async def test_the_person_concerned_is_told_in_their_language(
    bot: RunningBot, karin: Someone, who: str, said: str, notice: str
) -> None:
    await Someone(bot.emulator, who).says("hej")
    turn = await karin.says(said)
    assert [(r.conversation_id, r.text) for r in turn.elsewhere] == [
        (bot.emulator.personal_conversation_id(who), notice)
    ]


async def test_a_leader_changing_herself_gets_no_notice(bot: RunningBot, karin: Someone) -> None:
    turn = await karin.says("tilføj stedfortræder Karin Holm")
    assert karin.last_reply == "Karin Holm er nu stedfortræder i Team Ydelse."
    assert turn.elsewhere == []


# -- kept -------------------------------------------------------------------------------------


async def test_changes_survive_a_restart(bot: RunningBot, karin: Someone, anne: Someone) -> None:
    await karin.says("tilføj superbruger Peter Skov")
    await karin.says("fjern stedfortræder Sara Lund")
    await bot.restart()
    assert roles(bot, "ydelse") == ((BO, PETER), ())
    await anne.says("hvem er min superbruger?")
    assert anne.last_reply == who_helps("Team Ydelse", [BO_NIELSEN, PETER_SKOV])


# -- the portfolio ---------------------------------------------------------------------------


def toggles(record: Recorded) -> dict[str, tuple[str, str]]:
    """The card's switches: id -> (title, value)."""
    return {
        node["id"]: (node["title"], node["value"])
        for node in inputs(record)
        if node["type"] == "Input.Toggle"
    }


async def open_portfolio(someone: Someone, said: str = "portefølje", **where: object) -> Recorded:
    turn = await someone.says(said, **where)
    [reply] = turn.replies
    assert len(reply.cards) == 1, seen(reply)
    return reply


@pytest.mark.parametrize("said", ["portefølje", "portefolje", "porteføljen", "vis portefølje"])
async def test_a_team_leader_sees_her_portfolio(karin: Someone, said: str) -> None:
    card = await open_portfolio(karin, said)
    [content] = card.cards
    assert content["body"][0]["text"] == "Portefølje for Team Ydelse"
    assert content["body"][1]["text"] == text("portfolio.intro", "da", project_lead="Mette Kjær")
    shown = toggles(card)
    assert list(shown) == [f"category:{key}" for key in CATEGORIES]
    assert shown["category:printer"] == ("Printer og scanner", "false")
    assert shown["category:nye-it-redskaber"] == ("Nye IT-redskaber", "true")
    assert [key for key, (_, value) in shown.items() if value == "true"] == [
        "category:nye-it-redskaber"
    ]
    assert list(buttons(card)) == ["Gem"]
    assert buttons(card)["Gem"]["data"] == {"action": "set_portfolio", "team": "ydelse"}


async def test_the_portfolio_in_english(bot: RunningBot, karin: Someone) -> None:
    card = await open_portfolio(karin, "portfolio", locale="en-US")
    assert seen(card).startswith("Portfolio of Team Ydelse\n")
    shown = toggles(card)
    assert len(shown) == len(CATEGORIES)
    assert shown["category:nye-it-redskaber"] == ("New IT tools", "true")
    assert shown["category:printer"] == ("Printer and scanner", "false")

    await karin.clicks(
        "Save",
        on=card,
        inputs={"category:printer": "true", "category:login": "true"},
        locale="en-US",
    )
    assert karin.last_reply == saved(
        "Team Ydelse", "Printer and scanner, Login, password and MFA, New IT tools", "en"
    )
    assert team(bot, "ydelse").portfolio_project_lead == ("printer", "login", "nye-it-redskaber")


async def test_a_team_leader_saves_her_portfolio(bot: RunningBot, karin: Someone) -> None:
    card = await open_portfolio(karin)
    await karin.clicks(
        "Gem", on=card, inputs={"category:printer": "true", "category:nye-it-redskaber": "false"}
    )
    assert karin.last_reply == saved("Team Ydelse", "Printer og scanner")
    assert team(bot, "ydelse").portfolio_project_lead == ("printer",)
    assert bot.stored.organisation.file_org.team("ydelse").portfolio_project_lead == (
        "nye-it-redskaber",
    )

    # The card shows the saved choice next time, also after a restart.
    await bot.restart()
    assert team(bot, "ydelse").portfolio_project_lead == ("printer",)
    again = toggles(await open_portfolio(karin))
    assert [key for key, (_, value) in again.items() if value == "true"] == ["category:printer"]


async def test_switching_everything_off(bot: RunningBot, karin: Someone) -> None:
    card = await open_portfolio(karin)
    await karin.clicks("Gem", on=card, inputs={"category:nye-it-redskaber": "false"})
    assert karin.last_reply == "Gemt. I Team Ydelse går alle IT-problemer til superbrugerne først."
    assert team(bot, "ydelse").portfolio_project_lead == ()


async def test_the_portfolio_in_the_teams_channel(bot: RunningBot, karin: Someone) -> None:
    await bot.emulator.install_in_team("ydelse")
    card = await open_portfolio(karin, team="ydelse")
    assert seen(card).startswith("Portefølje for Team Ydelse\n")
    await karin.clicks("Gem", on=card, inputs={"category:momentum": "true"}, team="ydelse")
    assert karin.last_reply == saved("Team Ydelse", "KMD Momentum, Nye IT-redskaber")
    assert team(bot, "ydelse").portfolio_project_lead == ("momentum", "nye-it-redskaber")


async def test_the_project_lead_sets_another_teams_portfolio(
    bot: RunningBot, mette: Someone
) -> None:
    card = await open_portfolio(mette, "portefølje for Team Unge")
    assert seen(card).startswith("Portefølje for Team Unge\n")
    assert all(value == "false" for _, value in toggles(card).values())
    assert input_ids(card)["category:momentum"] == "false"
    await mette.clicks("Gem", on=card, inputs={"category:momentum": "true"})
    assert mette.last_reply == saved("Team Unge", "KMD Momentum")
    assert team(bot, "unge").portfolio_project_lead == ("momentum",)
    assert team(bot, "ydelse").portfolio_project_lead == ("nye-it-redskaber",)


@pytest.mark.parametrize("who", [ANNE, BO])
async def test_only_leaders_see_the_portfolio(bot: RunningBot, who: str) -> None:
    person = Someone(bot.emulator, who)
    turn = await person.says("portefølje")
    assert person.last_reply == REFUSED_YDELSE
    assert turn.cards == []


async def test_a_team_leader_may_not_open_another_teams_portfolio(karin: Someone) -> None:
    turn = await karin.says("portefølje for Team Unge")
    assert karin.last_reply == REFUSED_UNGE
    assert turn.cards == []


async def test_a_forged_portfolio_button_is_refused(
    bot: RunningBot, org: Organisation, anne: Someone
) -> None:
    turn = await bot.emulator.submit(
        ANNE, {"action": "set_portfolio", "team": "ydelse", "category:momentum": "true"}
    )
    assert [seen(r) for r in turn.replies] == [REFUSED_YDELSE]
    assert team(bot, "ydelse").portfolio_project_lead == org.team("ydelse").portfolio_project_lead
    # And the leader of one team cannot forge one for another.
    turn = await bot.emulator.submit(
        KARIN, {"action": "set_portfolio", "team": "unge", "category:momentum": "true"}
    )
    assert [seen(r) for r in turn.replies] == [REFUSED_UNGE]
    assert team(bot, "unge").portfolio_project_lead == ()


async def test_a_portfolio_button_for_an_unknown_team(bot: RunningBot) -> None:
    turn = await bot.emulator.submit(
        KARIN, {"action": "set_portfolio", "team": "findes-ikke", "category:printer": "true"}
    )
    assert [seen(r) for r in turn.replies] == ["Vælg et team på listen, og tryk på knappen igen."]
    assert bot.stored.organisation.org == bot.stored.organisation.file_org


async def test_the_project_lead_is_asked_which_portfolio(mette: Someone) -> None:
    turn = await mette.says("portefølje")
    assert turn.cards == []
    assert mette.last_reply.startswith("Hvilket team?")
    assert "tilføj superbruger" not in mette.last_reply
    assert "portefølje for Team Ydelse" in mette.last_reply
