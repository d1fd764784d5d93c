"""The authorization matrix's rows: each privileged action, who may do it, and the refusal.

One row per action. A row names the roles that may do it and the words of the refusal everyone
else gets; the test tries the chat command and the card button (as `Action.Submit` and as an
`adaptiveCard/action` invoke) as each role. A refusal must say so and leave every record as it
was. To add an action, add a row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from storage.models import Case, CaseEvent
from tests.conftest import ANNE, BO, HENRIK, KARIN, METTE

MARIA = "maria.toft@jobcenter.varde.example"  # superuser, Team Sygedagpenge

EMPLOYEE = "employee"
OTHER_SUPERUSER = "superuser of another team"
SUPERUSER = "superuser"
LEADER = "team leader"
PROJECT_LEAD = "project lead"
IT_LEAD = "IT lead"
ROLES = {
    EMPLOYEE: ANNE,
    OTHER_SUPERUSER: MARIA,
    SUPERUSER: BO,
    LEADER: KARIN,
    PROJECT_LEAD: METTE,
    IT_LEAD: HENRIK,
}
LEADS = frozenset({PROJECT_LEAD, IT_LEAD})
HELPERS = LEADS | {SUPERUSER}
MANAGERS = LEADS | {LEADER}

# In Anne's case only; whoever is not allowed to see the case must never read it.
SECRET = "lokale 7"
# Records every accepted message may touch: who wrote, where, and their dialog state.
EVERY_TURN = frozenset({"people", "conversations", "state", "_meta"})

Ids = dict[str, Any]  # what the setup made: case numbers, the data of the cards' buttons


@dataclass(frozen=True)
class Row:
    action: str
    allowed: frozenset[str]
    refusal: str  # words of the Danish refusal
    say: str = ""  # the chat command, formatted with the ids
    card: Callable[[Ids], dict[str, Any]] | None = None  # a button's data, as Teams sends it
    team: str | None = None  # where it is written: this team's channel, else the 1:1 chat
    # The action changes its case, so whoever may do it gets a new one each time.
    fresh_case: bool = False
    # Whoever may do it first changes what is stored (those after may find it done already).
    changes: bool = False
    # The state the action needs: everyone, allowed or not, acts on a new case made so.
    prepare: Callable[[Case], Case] | None = None


def at_central_it(case: Case) -> Case:
    return replace(case, status="central", owner=BO, helpers=(BO,))


def escalated_to_project_lead(case: Case) -> Case:
    handed = CaseEvent(at=case.created_at, by=BO, what="escalated", detail=f"{METTE}: genstartet")
    return replace(
        case, status="escalated", owner="", helpers=(BO, METTE), history=(*case.history, handed)
    )


def case_button(action: str, **more: Any) -> Callable[[Ids], dict[str, Any]]:
    return lambda ids: (
        {"action": action, "case": ids["case"], **more}
        | ({"into": ids["other_case"]} if action == "case.merge" else {})
    )


def button(name: str) -> Callable[[Ids], dict[str, Any]]:
    return lambda ids: dict(ids[name])


CASE_REFUSED = "kan kun håndteres af teamets superbrugere"
ESCALATE_REFUSED = "kan kun sendes videre af teamets superbrugere"
NOTICE_REFUSED = "kan sende IT-meddelelser ud"
EVENT_REFUSED = "kan planlægge kursusdage og møder"
BOARD_REFUSED = "kan ændre IT-oversigten"
MANAGE_REFUSED = "Det kan kun teamlederen for Team Ydelse"
LINK_REFUSED = "Det kan kun Team Ydelses teamleder, superbrugere og stedfortrædere"

MATRIX: tuple[Row, ...] = (
    # cases
    Row(
        "see a case",
        frozenset({EMPLOYEE, SUPERUSER, LEADER, *LEADS}),
        "er ikke din",
        say="sag {case}",
    ),
    Row(
        "the team's open cases",
        frozenset(ROLES) - {EMPLOYEE},
        "er for superbrugere og teamledere",
        say="åbne sager",
    ),
    Row("all open cases", LEADS, "Alle åbne sager kan ses af", say="alle åbne sager"),
    Row("claim a case", HELPERS, CASE_REFUSED, card=case_button("case.claim"), fresh_case=True),
    Row(
        "write to the employee",
        HELPERS,
        CASE_REFUSED,
        card=case_button("case.write", message="Prøv at genstarte"),
        fresh_case=True,
    ),
    Row(
        "resolve a case",
        HELPERS,
        CASE_REFUSED,
        card=case_button("case.resolve", note="Ny toner"),
        fresh_case=True,
    ),
    Row(
        "escalate a case",
        HELPERS,
        ESCALATE_REFUSED,
        say="eskalér #{case} til it-support: genstartet pc'en",
        card=case_button("case.escalate", target="central", tried="Genstartet"),
        fresh_case=True,
    ),
    Row(
        "record central IT support's ticket number",
        HELPERS,
        ESCALATE_REFUSED,
        card=case_button("case.ticket", ticket="INC-4711"),
        prepare=at_central_it,
    ),
    Row(
        "record central IT support's answer",
        HELPERS,
        ESCALATE_REFUSED,
        say="IT-support har løst #{case}: ny profil oprettet",
        card=case_button("case.central_answer", answer="Ny profil oprettet"),
        prepare=at_central_it,
    ),
    Row(
        "send an escalated case back to the superuser",
        LEADS,
        "Kun projektlederen og den IT-ansvarlige kan sende",
        card=case_button("case.return", note="Prøv en ny profil"),
        prepare=escalated_to_project_lead,
    ),
    Row(
        "the escalated cases",
        LEADS | {SUPERUSER, OTHER_SUPERUSER},
        "Eskalerede sager er for superbrugerne",
        say="eskalerede sager",
    ),
    Row("merge a case", HELPERS, CASE_REFUSED, card=case_button("case.merge"), fresh_case=True),
    # IT change notices
    Row(
        "write a notice",
        LEADS,
        NOTICE_REFUSED,
        say="udsend: Outlook genstartes i aften",
        changes=True,
    ),
    Row("open the notice form", LEADS, NOTICE_REFUSED, card=button("notice_form")),
    Row("preview a notice", LEADS, NOTICE_REFUSED, card=button("notice_preview")),
    Row("send a notice", LEADS, NOTICE_REFUSED, card=button("notice_send"), changes=True),
    Row("cancel a notice", LEADS, NOTICE_REFUSED, card=button("notice_cancel"), changes=True),
    Row("show who has not read a notice", LEADS, NOTICE_REFUSED, card=button("notice_missing")),
    Row("retry a notice", LEADS, NOTICE_REFUSED, card=button("notice_retry")),
    Row("open a notice correction", LEADS, NOTICE_REFUSED, card=button("notice_correct_form")),
    Row("correct a notice", LEADS, NOTICE_REFUSED, card=button("notice_correct"), changes=True),
    Row("retract a notice", LEADS, NOTICE_REFUSED, card=button("notice_retract"), changes=True),
    # course days and meetings
    Row(
        "plan a course day",
        LEADS,
        EVENT_REFUSED,
        say="opret kursusdag Excel for øvede 15. december kl 9-12 for Team Unge",
    ),
    Row(
        "plan a meeting", LEADS, EVENT_REFUSED, say="opret møde Superbrugermøde 16. december kl 10"
    ),
    Row("save a planned course day", LEADS, EVENT_REFUSED, card=button("event_form"), changes=True),
    Row(
        "move a course day",
        LEADS,
        EVENT_REFUSED,
        say="flyt kursusdagen Momentum-opdatering til 10. december kl 13-16",
        changes=True,
    ),
    Row(
        "cancel a course day",
        LEADS,
        EVENT_REFUSED,
        say="aflys kursusdagen Momentum-opdatering",
        changes=True,
    ),
    # tasks
    Row(
        "give the project lead a task",
        frozenset({IT_LEAD}),
        "der giver opgaver til projektlederen",
        say="opgave til projektlederen: ryd op i Teams, frist fredag",
        changes=True,
    ),
    Row(
        "mark a task done",
        LEADS,
        "Den opgave kender jeg ikke",
        card=button("task_done"),
        changes=True,
    ),
    # the IT overview board
    Row(
        "add to the IT overview",
        LEADS,
        BOARD_REFUSED,
        say="tilføj IT-redskab Nyt intranet: status planlagt",
        changes=True,
    ),
    Row(
        "edit the IT overview",
        LEADS,
        BOARD_REFUSED,
        say="ret IT-redskab Testværktøj: status pilot",
        changes=True,
    ),
    Row("save an IT overview card", LEADS, BOARD_REFUSED, card=button("board_save"), changes=True),
    # the team's setup
    Row("see the portfolio", MANAGERS, MANAGE_REFUSED, say="portefølje for Team Ydelse"),
    Row("set the portfolio", MANAGERS, MANAGE_REFUSED, card=button("set_portfolio")),
    Row(
        "add a superuser",
        MANAGERS,
        MANAGE_REFUSED,
        say="tilføj superbruger Peter Skov i Team Ydelse",
        changes=True,
    ),
    Row(
        "remove a superuser",
        MANAGERS,
        MANAGE_REFUSED,
        say="fjern superbruger Peter Skov fra Team Ydelse",
        changes=True,
    ),
    Row(
        "add a deputy",
        MANAGERS,
        MANAGE_REFUSED,
        say="tilføj stedfortræder Peter Skov i Team Ydelse",
        changes=True,
    ),
    Row(
        "remove a deputy",
        MANAGERS,
        MANAGE_REFUSED,
        say="fjern stedfortræder Peter Skov fra Team Ydelse",
        changes=True,
    ),
    Row(
        "link a Teams team",
        MANAGERS | {SUPERUSER},
        LINK_REFUSED,
        say="tilknyt Team Ydelse",
        card=lambda ids: {"action": "link_team", "team": "ydelse"},
        team="ydelse",
    ),
    Row(
        "choose the case channel",
        MANAGERS | {SUPERUSER},
        LINK_REFUSED,
        say="brug denne kanal til IT-sager",
        team="ydelse",
    ),
    Row("see every team's superusers", MANAGERS, "Oversigten er for teamledere", say="oversigt"),
    Row(
        "reload the org file", LEADS, "kan genindlæse organisationen", say="genindlæs organisation"
    ),
)
