"""What the bot forgets about a closed case once the organisation's retention period is over."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from storage.cases import ANONYMOUS
from storage.models import Case, CaseEvent

# Kept: number, team, category, urgency, status, routing, links between cases, satisfaction, and
# every timestamp and step of the history, so statistics over old cases stay right.


def closed_on(case: Case) -> str:
    """When the case left the open list (ISO UTC); "" while it is still open."""
    if case.status == "closed":
        return case.closed_at or _last_step(case)
    if case.status == "merged":
        return _last_step(case)
    return ""


def is_due(case: Case, now: datetime, retention_days: int) -> bool:
    """Whether the case was closed more than `retention_days` ago and still names anyone."""
    closed = closed_on(case)
    if not closed or case.requester == ANONYMOUS:
        return False
    cutoff = (now - timedelta(days=retention_days)).astimezone(UTC)
    return datetime.fromisoformat(closed) < cutoff


def cutoff_stamp(now: datetime, retention_days: int) -> str:
    """The ISO UTC moment before which closed cases are due."""
    cutoff = (now - timedelta(days=retention_days)).astimezone(UTC)
    return cutoff.isoformat(timespec="seconds")


def anonymised(case: Case) -> Case:
    """The case without its requester, the names of who helped, and everything anyone wrote."""
    return replace(
        case,
        requester=ANONYMOUS,
        description="",
        # Central IT support's answer is free text about the person's problem; the ticket is theirs.
        central_answer="",
        helpers=tuple(ANONYMOUS for _ in case.helpers),
        owner=ANONYMOUS if case.owner else "",
        # The posts point at chats with named people and at cards showing the description.
        posts=(),
        history=tuple(_anonymised_step(step) for step in case.history),
    )


def _anonymised_step(step: CaseEvent) -> CaseEvent:
    return CaseEvent(at=step.at, by=ANONYMOUS if step.by else "", what=step.what)


def _last_step(case: Case) -> str:
    return case.history[-1].at if case.history else case.updated_at
