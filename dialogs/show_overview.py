"""'Oversigt over superbrugere': each team's helpers, absences, channel and portfolio."""

from __future__ import annotations

from typing import Final

from dialogs.conversation import Turn
from dialogs.dates import format_day
from dialogs.flow import TEAM, Command, Flow, HelpLine, TeamsCommand
from dialogs.language import cards
from dialogs.naming import names_list
from dialogs.organisation import LEADER

FLOW: Final = Flow(
    "show_overview",
    commands=(
        Command(
            "overview",
            da=(
                "oversigt over superbrugere",
                "oversigt over superbrugerne",
                "superbrugeroversigt",
                "oversigt",
            ),
            en=("overview of superusers", "superuser overview", "overview"),
        ),
    ),
    help=(HelpLine(LEADER, "command.overview", "command.overview.desc"),),
    teams=(TeamsCommand(TEAM, "command.overview", "teams.overview.desc", order=4),),
)


@FLOW.starts("overview")
def start(turn: Turn) -> None:
    organisation = turn.org
    if not (organisation.is_lead(turn.email) or organisation.led_by(turn.email)):
        org = turn.services.org
        turn.say(
            "overview.refused",
            project_lead=turn.services.name_of(org.project_lead),
            it_lead=turn.services.name_of(org.it_lead),
        )
        return
    org = turn.services.org
    today = organisation.today()
    away = organisation.away_today()
    categories = {c.key: c.name.get(turn.lang) or c.name["da"] for c in org.categories}
    none = turn.t("overview.none")

    def people(emails: tuple[str, ...]) -> str:
        return names_list([turn.services.name_of(e) for e in emails], turn.lang) or none

    title = turn.t("overview.title", org=org.name)
    body = [cards.title(title)]
    for team in org.teams:
        gone = [
            turn.t(
                "overview.away_until",
                name=turn.services.name_of(email),
                until=format_day(away[email], turn.lang, today),
            )
            for email in team.superusers + team.deputies
            if email in away
        ]
        channel, installed = _channel(turn, team.key)
        helpers = organisation.helpers(team)
        rows = [
            (turn.t("overview.superusers"), people(team.superusers)),
            (turn.t("overview.deputies"), people(team.deputies)),
            (turn.t("overview.away"), "; ".join(gone) or none),
            (turn.t("overview.helps_today"), people(helpers.everyone)),
            (turn.t("overview.channel"), channel or turn.t("overview.not_linked")),
            (turn.t("overview.installed"), turn.t("overview.yes" if installed else "overview.no")),
            (
                turn.t("overview.portfolio"),
                ", ".join(categories[k] for k in team.portfolio_project_lead if k in categories)
                or none,
            ),
        ]
        body.append(cards.container([cards.heading(team.name), cards.facts(rows)], separator=True))
    turn.show(cards.card(body, fallback=title))


def _channel(turn: Turn, org_team: str) -> tuple[str, bool]:
    """Where the team's cases go, as '«IT-hjælp» i …', and whether the bot is there."""
    team = turn.services.org.team(org_team)
    link = turn.org.link_of(team) if team else None
    if link is None:
        return "", False
    installed = turn.services.installed_team(link.team_id)
    if installed is None:
        return "", False
    channel = next((c.name for c in installed.channels if c.channel_id == link.channel_id), "")
    where = (
        turn.t("overview.channel_in", channel=channel, team=installed.name)
        if channel
        else (installed.name)
    )
    return where, installed.installed
