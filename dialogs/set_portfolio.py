"""A team leader chooses which kinds of problems go straight to the project lead."""

from __future__ import annotations

from typing import Final

from dialogs.conversation import Turn
from dialogs.flow import Command, Flow, HelpLine
from dialogs.language import cards
from dialogs.manage_superusers import refuse, team_for
from dialogs.naming import split_team
from dialogs.organisation import LEADER

NAME: Final = "set_portfolio"
_PREFIX: Final = "category:"

FLOW: Final = Flow(
    NAME,
    commands=(
        Command(
            NAME,
            da=(
                "portefølje",
                "porteføljen",
                "rediger portefølje",
                "sæt portefølje",
                "vis portefølje",
            ),
            en=("portfolio", "edit portfolio", "set portfolio"),
        ),
    ),
    help=(HelpLine(LEADER, "command.portfolio", "command.portfolio.desc"),),
)


@FLOW.starts(NAME)
def start(turn: Turn) -> None:
    _, written = split_team(turn.argument)
    team = team_for(turn, written or turn.argument.strip(), "portfolio.which_team")
    if team is None:
        return
    if not turn.org.may_manage(turn.email, team):
        refuse(turn, team)
        return
    org = turn.services.org
    lead = turn.services.name_of(org.project_lead)
    title = turn.t("portfolio.title", team=team.name)
    turn.show(
        cards.card(
            [
                cards.title(title),
                cards.paragraph(turn.t("portfolio.intro", project_lead=lead)),
                *(
                    cards.toggle(
                        f"{_PREFIX}{category.key}",
                        category.name.get(turn.lang) or category.name["da"],
                        category.key in team.portfolio_project_lead,
                    )
                    for category in org.categories
                ),
            ],
            [
                cards.submit(
                    turn.t("portfolio.save"), {"action": NAME, "team": team.key}, primary=True
                )
            ],
            fallback=title,
        )
    )


@FLOW.on_card(NAME)
def answer(turn: Turn) -> bool:
    """The card's 'Gem' button: the switched-on categories skip the superusers."""
    value = turn.value or {}
    team = turn.services.org.team(str(value.get("team") or ""))
    if team is None:
        turn.say("team.pick_one")
        return True
    if not turn.org.may_manage(turn.email, team):
        refuse(turn, team)
        return True
    chosen = tuple(
        category.key
        for category in turn.services.org.categories
        if str(value.get(f"{_PREFIX}{category.key}", "")).lower() == "true"
    )
    team = turn.org.change_team(team, turn.email, portfolio_project_lead=chosen)
    names = [
        category.name.get(turn.lang) or category.name["da"]
        for category in turn.services.org.categories
        if category.key in chosen
    ]
    lead = turn.services.name_of(turn.services.org.project_lead)
    if names:
        turn.say("portfolio.saved", team=team.name, categories=", ".join(names), project_lead=lead)
    else:
        turn.say("portfolio.saved_none", team=team.name)
    return True
