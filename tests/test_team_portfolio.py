"""Team leaders choose which IT problems in their team go straight to the project lead."""

from __future__ import annotations

import pytest

from bot.emulator import Recorded
from dialogs.language.texts import text
from dialogs.org_file import Organisation
from tests import manage_helpers
from tests.chat import Someone, buttons, input_ids, inputs, seen
from tests.conftest import ANNE, BO, KARIN, RunningBot
from tests.manage_helpers import REFUSED_UNGE, REFUSED_YDELSE, team

# The shared fixtures, bound here so that pytest finds them in this module.
karin = manage_helpers.karin
mette = manage_helpers.mette

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
