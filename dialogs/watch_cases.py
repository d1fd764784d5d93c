"""Nothing sits unnoticed: a case nobody moves is reminded about and escalated by itself.

The ladder runs on the working-hours clock with the org file's thresholds. The case's history is
the truth: each step is written there with the moment its clock started, so a step already in the
history is never taken again, whatever the scheduler does. A case waiting for its employee has no
next step, so its clock stands still until they answer.

An untaken case with a lead climbs the same way: the lead is reminded, and after a working day
the project lead's case goes on to the IT lead. The IT lead is the last step, so their untaken
cases are only reminded about.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from dialogs.case_log import change
from dialogs.conversation import Turn
from dialogs.follow_case import tell_helpers
from dialogs.org_file import Escalation, Organisation
from dialogs.route_case import PROJECT_LEAD as TO_PROJECT_LEAD
from dialogs.route_case import SUPERUSERS, handed_to, lead_at_work
from dialogs.working_hours import WorkingClock
from storage.models import Case

_LOGGER = logging.getLogger(__name__)

REMIND: Final = "auto_reminded"
DEPUTY: Final = "auto_deputy"
PROJECT_LEAD: Final = "auto_project_lead"
OWNER_IDLE: Final = "owner_reminded"
CENTRAL: Final = "central_reminded"
LEAD_REMIND: Final = "lead_reminded"
LEAD_REMIND_AGAIN: Final = "lead_reminded_again"
IT_LEAD: Final = "auto_it_lead"
# What starts an untaken case's clock again: it came (back) to the superusers.
_UNTAKEN_FROM: Final = ("opened", "reopened", "returned")
# Steps the bot takes by itself; they do not count as someone touching the case.
_OWN_STEPS: Final = (
    REMIND,
    DEPUTY,
    PROJECT_LEAD,
    OWNER_IDLE,
    CENTRAL,
    LEAD_REMIND,
    LEAD_REMIND_AGAIN,
    IT_LEAD,
)
# What hands an untaken case to a lead and starts the lead's clock.
_TO_LEAD: Final = ("escalated", PROJECT_LEAD, IT_LEAD)


@dataclass(frozen=True)
class Step:
    """The next thing the bot does about a case, when, and since when the case has waited."""

    what: str
    at: datetime
    since: str  # the stored moment the step's clock started; one step per start


def clock_of(org: Organisation) -> WorkingClock:
    return WorkingClock(org.working_hours, org.timezone, org.closed_days)


def next_step(case: Case, org: Organisation) -> Step | None:
    """The first step of the ladder not yet in the case's history, or None."""
    clock = clock_of(org)
    limits = org.escalation
    if case.status == "central":
        since = _last(case, ("central",))
        if not since or case.central_answer:
            return None
        start = _moment(since, clock)
        steps = [(CENTRAL, clock.add_hours(start, limits.central_it_remind_after_hours))]
    elif case.status == "new" and not case.owner and case.routed_to == SUPERUSERS:
        since = _last(case, _UNTAKEN_FROM) or case.created_at
        start = _moment(since, clock)
        steps = [
            (REMIND, clock.add_hours(start, _first_reminder(case, limits))),
            (DEPUTY, clock.add_hours(start, limits.deputy_after_hours)),
            (PROJECT_LEAD, clock.add_days(start, limits.project_lead_after_days)),
        ]
    elif case.status in ("taken", "escalated") and case.owner:
        since = next(
            (e.at for e in reversed(case.history) if e.by and e.what not in _OWN_STEPS), ""
        )
        if not since:
            return None
        start = _moment(since, clock)
        steps = [(OWNER_IDLE, clock.add_days(start, limits.owner_idle_days))]
    elif lead := with_lead(case, org):
        if case.status == "escalated":
            since = _last(case, _TO_LEAD)
        else:
            since = _last(case, ("opened", "reopened")) or case.created_at
        if not since:
            return None
        start = _moment(since, clock)
        last = IT_LEAD if org.it_lead and lead != org.it_lead else LEAD_REMIND_AGAIN
        steps = [
            (LEAD_REMIND, clock.add_hours(start, _first_reminder(case, limits))),
            (last, clock.add_days(start, limits.project_lead_after_days)),
        ]
    else:
        return None
    done = {(event.what, event.detail) for event in case.history}
    return next((Step(w, at, since) for w, at in steps if (w, since) not in done), None)


def with_lead(case: Case, org: Organisation) -> str:
    """The lead an untaken case waits for, or "": the last lead it was handed to."""
    if case.owner:
        return ""
    if case.status != "escalated" and (case.status, case.routed_to) != ("new", TO_PROJECT_LEAD):
        return ""
    leads = {org.project_lead, org.it_lead} - {""}
    return next((helper for helper in reversed(case.helpers) if helper in leads), "")


def _first_reminder(case: Case, limits: Escalation) -> float:
    """Working hours until the first reminder; sooner for an urgent case."""
    return limits.remind_urgent_after_minutes / 60 if case.urgent else limits.remind_after_hours


def run_due(turn: Turn, number: int) -> list[str]:
    """Take every step that is due by now, in order; what was taken."""
    taken: list[str] = []
    now = turn.org.now()
    for _ in range(len(_OWN_STEPS)):
        case = turn.services.cases.get(number)
        step = next_step(case, turn.services.org) if case is not None else None
        if case is None or step is None or step.at > now:
            break
        _take(turn, case, step)
        taken.append(step.what)
    return taken


def _take(turn: Turn, case: Case, step: Step) -> None:
    _LOGGER.info("case %d: %s (waiting since %s)", case.number, step.what, step.since)
    services = turn.services
    org = services.org
    team = org.team(case.team)
    requester = services.name_of(case.requester)
    if step.what == REMIND:
        saved = change(turn, case, REMIND, step.since)
        tell_helpers(turn, saved, saved.helpers, "case.thread.auto_reminded", requester=requester)
        turn.notify(case.requester, "case.notice.auto_reminded", number=case.number)
    elif step.what == DEPUTY:
        deputies = tuple(d for d in (team.deputies if team else ()) if d)
        saved = change(
            turn,
            case,
            DEPUTY,
            step.since,
            helpers=tuple(dict.fromkeys((*case.helpers, *deputies))),
        )
        if deputies:
            tell_helpers(turn, saved, deputies, "case.thread.auto_deputy", requester=requester)
            turn.notify(case.requester, "case.notice.auto_deputy", number=case.number)
    elif step.what == PROJECT_LEAD:
        # Like a new case the portfolio sends up: the IT lead stands in for an absent project lead.
        _hand_to(turn, case, step, lead_at_work(org, turn.org.away_today()))
    elif step.what == IT_LEAD:
        _hand_to(turn, case, step, org.it_lead)
    elif step.what in (LEAD_REMIND, LEAD_REMIND_AGAIN):
        lead = with_lead(case, org)
        change(turn, case, step.what, step.since)
        turn.notify(
            lead,
            "case.notice.lead_reminder",
            number=case.number,
            team=team.name if team else case.team,
            requester=requester,
        )
        turn.notify(
            case.requester,
            "case.notice.lead_reminded",
            number=case.number,
            name=services.name_of(lead),
        )
    elif step.what == OWNER_IDLE:
        change(turn, case, OWNER_IDLE, step.since)
        days = org.escalation.owner_idle_days
        turn.notify(
            case.owner, "case.notice.owner_idle", number=case.number, days=days, requester=requester
        )
    elif step.what == CENTRAL:
        change(turn, case, CENTRAL, step.since)
        support = org.central_it_support.name or turn.t("central.someone")
        hours = f"{org.escalation.central_it_remind_after_hours:g}"
        turn.notify(
            case.owner,
            "case.notice.central_reminder",
            number=case.number,
            support=support,
            hours=hours,
        )


def _hand_to(turn: Turn, case: Case, step: Step, lead: str) -> None:
    """The case goes up to `lead`, who is told, and so is the requester."""
    if not lead:
        # Still written down, so the step is not tried again and again.
        _LOGGER.warning("case %d: no lead in the org file to hand it to", case.number)
        change(turn, case, step.what, step.since)
        return
    change(
        turn, case, step.what, step.since, status="escalated", helpers=handed_to(case.helpers, lead)
    )
    team = turn.services.org.team(case.team)
    name = turn.services.name_of(lead)
    turn.notify(case.requester, "case.notice.escalated", number=case.number, name=name)
    turn.notify(
        lead,
        "case.notice.auto_escalated_to_you",
        number=case.number,
        team=team.name if team else case.team,
    )


def _last(case: Case, kinds: tuple[str, ...]) -> str:
    return next((e.at for e in reversed(case.history) if e.what in kinds), "")


def _moment(stamp: str, clock: WorkingClock) -> datetime:
    return datetime.fromisoformat(stamp).astimezone(clock.zone)
