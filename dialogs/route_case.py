"""Who gets a new case: the team portfolio decides between its superusers and the project lead."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from dialogs.org_file import Organisation, Team
from dialogs.who_helps import Helpers

SUPERUSERS = "superusers"
PROJECT_LEAD = "project_lead"


@dataclass(frozen=True)
class Route:
    """Where a case goes, who is asked to take it, and why it went there."""

    to: str  # SUPERUSERS | PROJECT_LEAD
    helpers: tuple[str, ...]
    why: str  # "team" | "stand_in" (a deputy steps in) | "portfolio" | "nobody" (team all away)


def route(
    team: Team, category: str, helpers: Helpers, org: Organisation, away: Mapping[str, date]
) -> Route:
    """The team's helpers today, unless its portfolio sends the category to the project lead."""
    if category in team.portfolio_project_lead:
        lead = lead_at_work(org, away)
        return Route(PROJECT_LEAD, (lead,) if lead else (), "portfolio")
    if helpers.superusers or helpers.deputies:
        why = "stand_in" if helpers.deputies else "team"
        return Route(SUPERUSERS, helpers.superusers + helpers.deputies, why)
    return Route(PROJECT_LEAD, (helpers.fallback,) if helpers.fallback else (), "nobody")


def lead_at_work(org: Organisation, away: Mapping[str, date]) -> str:
    """The project lead; the IT lead when the project lead is away."""
    leads = [lead for lead in (org.project_lead, org.it_lead) if lead]
    return next((lead for lead in leads if lead not in away), leads[0] if leads else "")


def handed_to(helpers: tuple[str, ...], lead: str) -> tuple[str, ...]:
    """The helpers with `lead` last: the last lead a case was handed to is the one it waits for."""
    return (*(h for h in helpers if h != lead), lead)
