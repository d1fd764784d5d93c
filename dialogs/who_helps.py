"""Who helps a team today: its superusers, their deputies when someone is away, else the leads."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from dialogs.org_file import Organisation, Team


@dataclass(frozen=True)
class Helpers:
    """The people who take a team's IT problems today, and why."""

    team: Team
    superusers: tuple[str, ...]  # superusers at work today
    deputies: tuple[str, ...]  # deputies at work who stand in for an absent superuser
    away: tuple[tuple[str, date], ...]  # (superuser or deputy, last day away)
    fallback: str = ""  # the project lead (or IT lead) when nobody in the team is there

    @property
    def everyone(self) -> tuple[str, ...]:
        """Who to tell, in order: superusers, standing-in deputies, then the fallback."""
        return self.superusers + self.deputies + ((self.fallback,) if self.fallback else ())


def who_helps(team: Team, org: Organisation, away: Mapping[str, date]) -> Helpers:
    """Superusers at work; deputies step in when a superuser is away; nobody left: the leads."""
    present = tuple(s for s in team.superusers if s not in away)
    stand_in = len(present) < len(team.superusers) or not team.superusers
    deputies = tuple(d for d in team.deputies if d not in away and d not in present)
    deputies = deputies if stand_in else ()
    gone = tuple(
        (email, away[email])
        for email in dict.fromkeys(team.superusers + (team.deputies if stand_in else ()))
        if email in away
    )
    fallback = ""
    if not present and not deputies:
        # The project lead takes what the team cannot; when they are away too, the IT lead.
        leads = [lead for lead in (org.project_lead, org.it_lead) if lead]
        fallback = next((lead for lead in leads if lead not in away), leads[0] if leads else "")
    return Helpers(team=team, superusers=present, deputies=deputies, away=gone, fallback=fallback)
