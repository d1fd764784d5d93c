"""Escalating a case to central IT support, the project lead or the IT lead, with what was tried."""

from __future__ import annotations

import logging
import re
from typing import Final

from dialogs import hand_to_central_it
from dialogs.case_card import WORKING
from dialogs.case_log import change, find
from dialogs.conversation import Turn
from dialogs.flow import Command, Flow, HelpLine
from dialogs.handle_case import may_escalate
from dialogs.language.intents import fold
from dialogs.organisation import SUPERUSER
from dialogs.read_problem import cut, mask_cpr
from dialogs.route_case import SUPERUSERS, handed_to
from storage.models import Case

_LOGGER = logging.getLogger(__name__)

ESCALATE: Final = "case.escalate"
RETURN: Final = "case.return"
CENTRAL, PROJECT_LEAD, IT_LEAD = "central", "project_lead", "it_lead"
TARGETS: Final = (CENTRAL, PROJECT_LEAD, IT_LEAD)
# What people write after "til" in "eskalér #42 til …", folded.
_TARGET_WORDS: Final = {
    **dict.fromkeys(
        ("it support", "it supporten", "central it", "central it support", "support", "central"),
        CENTRAL,
    ),
    **dict.fromkeys(
        ("projektleder", "projektlederen", "project lead", "the project lead", "pl"),
        PROJECT_LEAD,
    ),
    **dict.fromkeys(
        (
            "it ansvarlig",
            "it ansvarlige",
            "it vidensansvarlig",
            "it lead",
            "the it lead",
            "it chef",
        ),
        IT_LEAD,
    ),
}
_TEXT_FORM: Final = re.compile(r"^#?\s*(\d{1,9})\s+(?:til|to)\s+([^:]+?)\s*(?::\s*(.*))?$", re.S)

FLOW: Final = Flow(
    "escalate_case",
    commands=(
        Command("escalate_case", da=("eskalér", "eskaler"), en=("escalate", "escalate case")),
    ),
    help=(HelpLine(SUPERUSER, "command.escalate", "command.escalate.desc"),),
)


@FLOW.on_card(ESCALATE)
def from_card(turn: Turn) -> bool:
    """'Eskalér' on the case card: the target, what was tried and, for the IT lead, why."""
    value = turn.value or {}
    case = find(turn, value.get("case"))
    if case is not None:
        escalate(
            turn,
            case,
            str(value.get("target") or PROJECT_LEAD),
            str(value.get("tried") or ""),
            str(value.get("reason") or ""),
        )
    return True


@FLOW.starts("escalate_case")
def by_text(turn: Turn) -> None:
    """'eskalér #42 til it-support: genstartet pc'en'; after the colon comes what was tried."""
    found = _TEXT_FORM.match(turn.argument.strip())
    if found is None:
        turn.say("escalate.how")
        return
    number, target, tried = found.groups()
    case = find(turn, number)
    if case is None:
        return
    target_key = _TARGET_WORDS.get(fold(target), "")
    if not target_key:
        turn.say("escalate.which_target", target=target)
        return
    # Written in a sentence, what was tried is also the stated reason to go to the IT lead.
    escalate(turn, case, target_key, tried or "", tried or "")


def escalate(turn: Turn, case: Case, target: str, tried: str, reason: str = "") -> None:
    if not may_escalate(turn, case):
        _LOGGER.info("%s may not escalate case %d", turn.email or "?", case.number)
        turn.say("escalate.refused", number=case.number)
        return
    if case.status not in WORKING:
        turn.say(f"case.already.{case.status}", number=case.number, into=case.merged_into)
        return
    if target not in TARGETS:
        turn.say("escalate.which_target", target=target)
        return
    tried, _ = mask_cpr(tried.strip())
    tried, _ = cut(tried, 1000)
    if not tried:
        turn.say("case.escalate_empty")
        return
    if target == CENTRAL:
        hand_to_central_it.hand_over(turn, case, tried)
        return
    org = turn.services.org
    lead = org.project_lead if target == PROJECT_LEAD else org.it_lead
    if not lead:
        turn.say("case.escalate_nobody")
        return
    if lead == turn.email or (lead == case.owner and case.status == "escalated"):
        turn.say("escalate.has_it", number=case.number, name=turn.services.name_of(lead))
        return
    reason, _ = mask_cpr(reason.strip())
    if target == IT_LEAD and not had_project_lead(turn, case) and not reason:
        turn.say("escalate.reason_needed", number=case.number)
        return
    detail = f"{lead}: {tried}" + (f" ({reason})" if reason and reason != tried else "")
    change(
        turn,
        case,
        "escalated",
        detail,
        status="escalated",
        owner="",
        helpers=handed_to(case.helpers, lead),
    )
    lead_name = turn.services.name_of(lead)
    turn.say("case.escalated", number=case.number, name=lead_name)
    turn.notify(case.requester, "case.notice.escalated", number=case.number, name=lead_name)
    turn.notify(
        lead,
        "case.notice.escalated_to_you",
        number=case.number,
        name=turn.services.name_of(turn.email),
        tried=tried,
    )


def had_project_lead(turn: Turn, case: Case) -> bool:
    """Whether the project lead already had the case: asked to take it, took it or acted on it."""
    lead = turn.services.org.project_lead
    return bool(lead) and (
        lead in case.helpers or lead == case.owner or any(e.by == lead for e in case.history)
    )


@FLOW.on_card(RETURN)
def send_back(turn: Turn) -> bool:
    """'Send tilbage til superbruger': the lead hands the case back to whoever escalated it."""
    value = turn.value or {}
    case = find(turn, value.get("case"))
    if case is None:
        return True
    if not turn.org.is_lead(turn.email):
        turn.say("escalate.return_refused", number=case.number)
        return True
    if case.status != "escalated":
        turn.say("escalate.not_escalated", number=case.number)
        return True
    note, _ = mask_cpr(str(value.get("note") or "").strip())
    note, _ = cut(note, 1000)
    escalator = next((e.by for e in reversed(case.history) if e.what == "escalated"), "")
    team = turn.services.org.team(case.team)
    superusers = set(team.superusers + team.deputies) if team else set()
    # Back to the superuser who escalated it; an automatic escalation goes back to the team.
    owner = escalator if escalator in superusers else ""
    helpers = tuple(h for h in case.helpers if not turn.org.is_lead(h))
    returned = change(
        turn,
        case,
        "returned",
        note,
        status="taken" if owner else "new",
        owner=owner,
        helpers=helpers or tuple(sorted(superusers)),
        # Even a category the portfolio sends to the project lead is now the team's to take.
        routed_to=SUPERUSERS,
    )
    name = turn.services.name_of(turn.email)
    tell = (owner,) if owner else returned.helpers
    turn.say("escalate.returned", number=case.number)
    key = "escalate.notice.returned" + (".note" if note else "")
    for helper in tell:
        turn.notify(helper, key, number=case.number, name=name, note=note)
    turn.notify(case.requester, "case.notice.returned", number=case.number)
    return True
