"""'Mine sager', 'sag 42', 'åbne sager' and 'alle åbne sager': cases as compact cards."""

from __future__ import annotations

from typing import Final

from dialogs import report_problem
from dialogs.case_card import case_card, category_name, status_text
from dialogs.case_log import find, local, number_in
from dialogs.conversation import Turn
from dialogs.dates import format_moment
from dialogs.flow import EVERYONE, PERSONAL, TEAM, Command, Flow, HelpLine, Phrases, TeamsCommand
from dialogs.handle_case import may_handle
from dialogs.language import cards
from dialogs.organisation import PROJECT_LEAD, SUPERUSER
from storage.models import Case

# A card stays readable, and well under Teams' 28 KB, with this many cases on it.
MAX_SHOWN: Final = 25

FLOW: Final = Flow(
    "list_cases",
    phrases=(
        Phrases(
            "my_cases",
            da=(
                "mine sager",
                "mine it sager",
                "vis mine sager",
                "min sag",
                "hvordan går det med min sag",
            ),
            en=("my cases", "show my cases", "my case"),
        ),
        Phrases(
            "team_cases",
            da=(
                "åbne sager",
                "vis åbne sager",
                "teamets sager",
                "teamets åbne sager",
                "vores sager",
            ),
            en=("open cases", "show open cases", "team cases"),
        ),
        Phrases(
            "all_cases",
            da=("alle åbne sager", "alle sager", "vis alle åbne sager"),
            en=("all open cases", "all cases"),
        ),
    ),
    commands=(
        Command(
            "case_status",
            da=("sag", "sag nr", "sag nummer", "status på sag"),
            en=("case", "case number"),
        ),
    ),
    help=(
        HelpLine(EVERYONE, "command.my_cases", "command.my_cases.desc"),
        HelpLine(EVERYONE, "command.case", "command.case.desc"),
        HelpLine(SUPERUSER, "command.team_cases", "command.team_cases.desc"),
        HelpLine(PROJECT_LEAD, "command.all_cases", "command.all_cases.desc"),
    ),
    teams=(
        TeamsCommand(PERSONAL, "command.my_cases", "command.my_cases.desc", order=5),
        TeamsCommand(TEAM, "command.team_cases", "teams.team_cases.desc", order=6),
    ),
)


@FLOW.starts("my_cases")
def mine(turn: Turn) -> None:
    cases = turn.services.cases.of_requester(turn.email)
    if not cases:
        turn.say("cases.none_mine")
        return
    open_first = sorted(cases, key=lambda c: (c.status in ("closed", "merged"), -c.number))
    _show(turn, turn.t("cases.mine_title"), open_first)


@FLOW.starts("case_status")
def one(turn: Turn) -> None:
    """'sag 42': the case card and its history, for the people the case concerns."""
    number = number_in(turn.argument)
    if not number:
        reading = report_problem.understood(turn)
        if reading is not None:
            # "sagen er at printeren ikke virker" starts like the command but reports a problem.
            report_problem.start(turn, reading)
            return
        turn.say("cases.which")
        return
    case = find(turn, number)
    if case is None:
        return
    team = turn.services.org.team(case.team)
    leads_team = team is not None and turn.email in team.leaders
    if case.requester != turn.email and not may_handle(turn, case) and not leads_team:
        turn.say("cases.not_yours", number=case.number)
        return
    card = case_card(case, turn.services, turn.lang, turn.org.now())
    card.pop("actions", None)
    history = [
        (
            format_moment(local(turn, event.at), turn.lang, turn.org.today()),
            turn.t(
                f"case.event.{event.what}",
                name=turn.services.name_of(event.by) if event.by else turn.t("bot.name"),
            ),
        )
        for event in case.history
    ]
    card["body"].append(cards.heading(turn.t("cases.history")))
    card["body"].append(cards.facts(history))
    turn.show(card)


@FLOW.starts("team_cases")
def team_open(turn: Turn) -> None:
    """'Åbne sager': the open cases of the teams the writer helps or leads."""
    org = turn.services.org
    teams = [t for t in org.teams if turn.email in t.superusers + t.deputies + t.leaders]
    if not teams:
        if turn.org.is_lead(turn.email):
            all_open(turn)
            return
        turn.say("cases.team_refused")
        return
    cases = [case for team in teams for case in turn.services.cases.open_in(team.key)]
    names = ", ".join(team.name for team in teams)
    if not cases:
        turn.say("cases.none_open_team", teams=names)
        return
    _show(turn, turn.t("cases.team_title", teams=names), _urgent_newest(cases))


@FLOW.starts("all_cases")
def all_open(turn: Turn) -> None:
    if not turn.leads_only("cases.all_refused"):
        return
    cases = turn.services.cases.all_open()
    if not cases:
        turn.say("cases.none_open")
        return
    _show(turn, turn.t("cases.all_title", count=len(cases)), _urgent_newest(cases))


def _urgent_newest(cases: list[Case]) -> list[Case]:
    return sorted(cases, key=lambda c: (not c.urgent, -c.number))


def _show(turn: Turn, title: str, cases: list[Case]) -> None:
    services = turn.services
    body = [cards.title(title)]
    for case in cases[:MAX_SHOWN]:
        team = services.org.team(case.team)
        headline = turn.t(
            "cases.line",
            number=case.number,
            category=category_name(services, case.category, turn.lang),
            status=status_text(services, case, turn.lang),
        )
        if case.urgent:
            headline = f"{turn.t('case.card.urgent')} · {headline}"
        detail = turn.t(
            "cases.detail",
            requester=services.name_of(case.requester),
            team=team.name if team else case.team,
            when=format_moment(local(turn, case.created_at), turn.lang, turn.org.today()),
        )
        body.append(
            cards.container(
                [
                    cards.heading(headline),
                    cards.paragraph(detail, subtle=True),
                    cards.paragraph(_short(case.description)),
                ],
                separator=True,
            )
        )
    if len(cases) > MAX_SHOWN:
        body.append(
            cards.paragraph(turn.t("cases.more", count=len(cases) - MAX_SHOWN), subtle=True)
        )
    turn.show(cards.card(body, fallback=title))


# Other lists of cases ('eskalerede sager') show them the same way.
show_cases = _show


def _short(description: str) -> str:
    return description if len(description) <= 200 else description[:199].rstrip() + "…"
