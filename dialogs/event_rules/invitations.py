"""Who an event concerns: whom it invites, who is reminded, and how many places are left."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from dialogs.event_rules.kinds_and_roles import COURSE
from dialogs.org_file import Organisation, Team
from dialogs.organisation.roles import DEPUTY, FAGKOORDINATOR, LEADER, SUPERUSER
from storage.models import Event

# The roles every team has its own people for; the subject coordinators are the org's.
_TEAM_ROLES: Final[dict[str, Callable[[Team], tuple[str, ...]]]] = {
    SUPERUSER: lambda team: team.superusers,
    DEPUTY: lambda team: team.deputies,
    LEADER: lambda team: team.leaders,
}


def invitees(event: Event, org: Organisation) -> tuple[str, ...]:
    """Everyone the event invites, by e-mail, as the organisation stands now."""
    found: list[str] = []
    for key in event.teams:
        team = org.team(key)
        if team is not None:
            found.extend(team.everyone)
    for role in event.roles:
        if role == FAGKOORDINATOR:
            found.extend(org.fagkoordinatorer)
            continue
        people = _TEAM_ROLES.get(role)
        if people is not None:
            found.extend(e for team in org.teams for e in people(team))
    found.extend(event.people)
    return tuple(dict.fromkeys(email.lower() for email in found if email))


def reminded(event: Event, org: Organisation) -> tuple[str, ...]:
    """Who gets the reminders: the signed-up for a course day, the invited for a meeting."""
    if event.kind == COURSE:
        return event.signed_up
    declined = set(event.declined)
    return tuple(
        e for e in dict.fromkeys((*invitees(event, org), *event.signed_up)) if e not in declined
    )


def free_places(event: Event) -> int | None:
    """Places left, or None when there is no limit."""
    return max(0, event.capacity - len(event.signed_up)) if event.capacity else None
