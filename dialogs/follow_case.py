"""The reporter's side of a case: answering the helper, 👍 or 👎, 'virker stadig ikke'."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any, Final

from dialogs import hand_to_central_it
from dialogs.case_card import WORKING
from dialogs.case_log import change, find, local, number_in, stamp
from dialogs.conversation import Turn
from dialogs.flow import EVERYONE, Command, Flow, HelpLine
from dialogs.read_problem import cut, mask_cpr
from dialogs.working_days import add_working_days, working_days_between
from storage.models import Case

FEEDBACK: Final = "case.feedback"
# How long a solved case may be reopened by its reporter.
REOPEN_WORKING_DAYS: Final = 5

FLOW: Final = Flow(
    "follow_case",
    commands=(
        Command(
            "reopen_case",
            da=(
                "virker stadig ikke",
                "det virker stadig ikke",
                "den virker stadig ikke",
                "stadig ikke løst",
                "det er stadig ikke løst",
                "genåbn",
                "genåbn sag",
                "genåbn sagen",
            ),
            en=(
                "still not working",
                "it still doesn't work",
                "still broken",
                "reopen",
                "reopen case",
            ),
        ),
    ),
    help=(HelpLine(EVERYONE, "command.reopen", "command.reopen.desc"),),
)


@FLOW.on_card(FEEDBACK)
def feedback(turn: Turn) -> bool:
    """👍 closes the case and records that it works; 👎 opens it again."""
    value = turn.value or {}
    case = find(turn, value.get("case"))
    if case is None:
        return True
    if case.requester != turn.email:
        turn.say("case.not_requester", number=case.number)
        return True
    if value.get("works") == "yes":
        if case.status in WORKING:
            turn.say("case.still_open", number=case.number)
        elif case.status == "closed":
            turn.say("case.already.closed", number=case.number)
        else:
            change(turn, case, "confirmed", status="closed", satisfied=True, closed_at=stamp(turn))
            turn.say("case.closed_thanks", number=case.number)
        return True
    if value.get("works") == "no":
        reopen(turn, case)
        return True
    return False


@FLOW.starts("reopen_case")
def reopen_by_text(turn: Turn) -> None:
    """'Virker stadig ikke' (or '… #42'): the reporter's last solved case opens again."""
    number = number_in(turn.argument)
    if number:
        case = find(turn, number)
        if case is None:
            return
        if case.requester != turn.email:
            turn.say("case.not_requester", number=case.number)
            return
    else:
        solved = [c for c in turn.services.cases.of_requester(turn.email) if c.resolved_at]
        if not solved:
            turn.say("case.nothing_to_reopen")
            return
        case = max(solved, key=lambda c: c.resolved_at)
    reopen(turn, case)


def reopen(turn: Turn, case: Case) -> None:
    if case.status in WORKING:
        turn.say("case.still_open", number=case.number)
        return
    if not may_reopen(turn, case):
        turn.say("case.too_late", number=case.number, days=REOPEN_WORKING_DAYS)
        return
    status = "taken" if case.owner else "new"
    reopened = change(
        turn,
        case,
        "reopened",
        status=status,
        satisfied=False,
        resolved_at="",
        closed_at="",
        merged_into=0,
    )
    name = turn.services.name_of(turn.email)
    tell = (reopened.owner,) if reopened.owner else reopened.helpers
    turn.say("case.reopened", number=case.number)
    tell_helpers(turn, reopened, tell, "case.thread.reopened", name=name)


def may_reopen(turn: Turn, case: Case) -> bool:
    if not case.resolved_at and case.status != "merged":
        return False
    if case.status == "merged":
        return True
    solved = local(turn, case.resolved_at).date()
    hours = turn.services.org.working_hours
    return working_days_between(solved, turn.org.today(), hours) <= REOPEN_WORKING_DAYS


def closes_at(turn: Turn, case: Case) -> datetime | None:
    """When a solved case closes by itself: the first midnight after the reopening window."""
    if case.status != "resolved" or not case.resolved_at:
        return None
    solved = local(turn, case.resolved_at)
    last = add_working_days(solved.date(), REOPEN_WORKING_DAYS, turn.services.org.working_hours)
    return datetime.combine(last + timedelta(days=1), time(), tzinfo=solved.tzinfo)


def close_if_due(turn: Turn, number: int) -> None:
    """The reporter said nothing within the window: the solved case is closed."""
    case = turn.services.cases.get(number)
    if case is None or case.status != "resolved" or may_reopen(turn, case):
        return
    change(turn, case, "closed", status="closed", closed_at=stamp(turn))
    turn.notify(case.requester, "case.notice.closed_by_itself", number=case.number)


def waiting_case(turn: Turn) -> Case | None:
    """The reporter's newest case whose helper waits for an answer from them."""
    if turn.in_channel:
        return None
    return turn.services.cases.waiting_on(turn.email)


def relay(turn: Turn, case: Case) -> None:
    """The reporter's answer goes back to the helper, in the case's thread."""
    message, masked = mask_cpr(turn.text.strip())
    message, _ = cut(message)
    if not message:
        turn.say("empty")
        return
    # A case at central IT support stays there while the superuser asks the employee something.
    status = "central" if hand_to_central_it.still_there(case) else "taken"
    answered = change(turn, case, "answered", message, status=status)
    name = turn.services.name_of(turn.email)
    helper = answered.owner or (answered.helpers[0] if answered.helpers else "")
    turn.say("case.answer_sent", number=case.number, name=turn.services.name_of(helper))
    if masked:
        turn.say("report.masked", count=masked)
    tell_helpers(
        turn,
        answered,
        (helper,) if helper else (),
        "case.thread.answer",
        name=name,
        message=message,
    )


def tell_helpers(turn: Turn, case: Case, helpers: tuple[str, ...], key: str, **values: Any) -> None:
    """Into the channel thread with the helpers @mentioned, else to each of them 1:1."""
    if any(not post.to for post in case.posts):
        tags = "".join(f"<at>{turn.services.name_of(e)}</at> " for e in helpers)
        turn.post_in_thread(
            case.number, key, mentions=helpers, who=tags, number=case.number, **values
        )
        return
    for helper in helpers:
        turn.notify(helper, key, who="", number=case.number, **values)
