"""'Eskalerede sager': the leads' queue, and for superusers their teams' cases that went up."""

from __future__ import annotations

from typing import Final

from dialogs.case_card import case_card
from dialogs.conversation import Turn
from dialogs.flow import PERSONAL, Flow, HelpLine, Phrases, TeamsCommand
from dialogs.list_cases import show_cases
from dialogs.organisation import SUPERUSER
from storage.models import Case

UP: tuple[str, ...] = ("escalated", "central")

FLOW: Final = Flow(
    "list_escalated_cases",
    phrases=(
        Phrases(
            "escalated_cases",
            da=("eskalerede sager", "vis eskalerede sager", "mine eskalerede sager"),
            en=("escalated cases", "show escalated cases"),
        ),
    ),
    help=(HelpLine(SUPERUSER, "command.escalated_cases", "command.escalated_cases.desc"),),
    teams=(
        TeamsCommand(PERSONAL, "command.escalated_cases", "teams.escalated_cases.desc", order=8),
    ),
)


@FLOW.starts("escalated_cases")
def show(turn: Turn) -> None:
    email = turn.email
    org = turn.services.org
    if turn.org.is_lead(email):
        cases = [c for c in turn.services.cases.all_open() if _with(c, email)]
        title = turn.t("escalated.title_lead", count=len(cases))
    else:
        teams = [t for t in org.teams if email in t.superusers + t.deputies]
        if not teams:
            turn.leads_only("escalated.refused")
            return
        cases = [
            c for team in teams for c in turn.services.cases.open_in(team.key) if c.status in UP
        ]
        title = turn.t("escalated.title_team", teams=", ".join(t.name for t in teams))
    if not cases:
        turn.say("escalated.none")
        return
    cases.sort(key=lambda c: (not c.urgent, c.number))
    if len(cases) == 1:
        # One case: its own card, with the buttons to act on it.
        turn.show(case_card(cases[0], turn.services, turn.lang, turn.org.now(), email))
        return
    show_cases(turn, title, cases)


def _with(case: Case, lead: str) -> bool:
    """Escalated to this lead and not taken by someone else, or taken by them."""
    if case.status not in UP:
        return False
    return case.owner == lead or (not case.owner and lead in case.helpers)
