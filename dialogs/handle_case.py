"""The helpers' side of a case: take it, write to the reporter, solve it or merge it."""

from __future__ import annotations

from typing import Final

from dialogs.case_card import WORKING, works_card
from dialogs.case_log import change, find, stamp
from dialogs.conversation import Turn
from dialogs.flow import Flow
from dialogs.read_problem import cut, mask_cpr
from storage.models import Case

# Escalating has its own module, escalate_case, with its own rule of who may.
ACTIONS: Final = ("case.claim", "case.write", "case.resolve", "case.merge")

FLOW: Final = Flow("handle_case")


def may_handle(turn: Turn, case: Case) -> bool:
    """The team's superusers and deputies, whoever was asked to take it, and the leads."""
    team = turn.services.org.team(case.team)
    helpers = set(case.helpers) | ({case.owner} if case.owner else set())
    if team is not None:
        helpers |= set(team.superusers + team.deputies)
    return turn.email in helpers or turn.org.is_lead(turn.email)


def may_escalate(turn: Turn, case: Case) -> bool:
    """The superusers and deputies of the case's team, the project lead and the IT lead."""
    team = turn.services.org.team(case.team)
    helpers = set(team.superusers + team.deputies) if team is not None else set()
    return turn.email in helpers or turn.org.is_lead(turn.email)


@FLOW.on_card(*ACTIONS)
def act(turn: Turn) -> bool:
    """A button on a case card: the case number and the action come in the card's data."""
    value = turn.value or {}
    case = find(turn, value.get("case"))
    if case is None:
        return True
    if not may_handle(turn, case):
        turn.say("case.not_helper", number=case.number)
        return True
    if case.status not in WORKING:
        turn.say(f"case.already.{case.status}", number=case.number, into=case.merged_into)
        return True
    action = str(value.get("action"))
    if action == "case.claim":
        claim(turn, case)
    elif action == "case.write":
        write(turn, case, str(value.get("message") or ""))
    elif action == "case.resolve":
        resolve(turn, case, str(value.get("note") or ""))
    elif action == "case.merge":
        merge(turn, case, value.get("into"))
    else:
        return False
    return True


def claim(turn: Turn, case: Case) -> None:
    if case.owner == turn.email:
        turn.say("case.yours_already", number=case.number)
        return
    if case.owner:
        # Two helpers pressed at once: the first one stored has it.
        turn.say("case.taken_by", number=case.number, name=turn.services.name_of(case.owner))
        return
    name = turn.services.name_of(turn.email)
    status = "escalated" if case.status == "escalated" else "taken"
    change(turn, case, "claimed", owner=turn.email, status=status)
    turn.say("case.claimed", number=case.number, requester=turn.services.name_of(case.requester))
    turn.notify(case.requester, "case.notice.claimed", number=case.number, name=name)


def write(turn: Turn, case: Case, message: str) -> None:
    message, masked = mask_cpr(message.strip())
    message, _ = cut(message)
    if not message:
        turn.say("case.write_empty")
        return
    owner = case.owner or turn.email
    change(turn, case, "wrote", message, owner=owner, status="waiting")
    turn.say("case.written", number=case.number, requester=turn.services.name_of(case.requester))
    if masked:
        turn.say("report.masked", count=masked)
    turn.notify(
        case.requester,
        "case.notice.message",
        number=case.number,
        name=turn.services.name_of(turn.email),
        message=message,
    )


def resolve(turn: Turn, case: Case, note: str) -> None:
    note, _ = mask_cpr(note.strip())
    note, _ = cut(note, 1000)
    now_owner = case.owner or turn.email
    fields = {"status": "resolved", "owner": now_owner, "resolved_at": stamp(turn)}
    solved = change(turn, case, "resolved", note, **fields)
    turn.say("case.resolved", number=case.number, requester=turn.services.name_of(case.requester))
    _ask_if_it_works(turn, solved, note)
    for number in case.merged:
        merged = turn.services.cases.get(number)
        if merged is not None and merged.status == "merged":
            _ask_if_it_works(turn, merged, note, main=case.number)


def _ask_if_it_works(turn: Turn, case: Case, note: str, main: int = 0) -> None:
    key = "case.notice.resolved_main" if main else "case.notice.resolved"
    values = {
        "number": case.number,
        "main": main,
        "name": turn.services.name_of(turn.email),
        "note": note or "",
    }
    turn.notify(
        case.requester,
        key + (".note" if note else ""),
        card=lambda lang: works_card(case.number, lang),
        **values,
    )


def merge(turn: Turn, case: Case, into: object) -> None:
    main = find(turn, into)
    if main is None:
        return
    if main.number == case.number or main.status not in WORKING:
        turn.say("case.merge_closed", number=main.number)
        return
    change(turn, case, "merged", f"#{main.number}", status="merged", merged_into=main.number)
    change(turn, main, "merged_in", f"#{case.number}", merged=(*main.merged, case.number))
    turn.say("case.merged", number=case.number, main=main.number)
    turn.notify(case.requester, "case.notice.merged", number=case.number, main=main.number)
