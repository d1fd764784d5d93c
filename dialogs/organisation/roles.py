"""The roles people have in the organisation, and which of them a person holds."""

from __future__ import annotations

from typing import Final

from dialogs.org_file import Organisation

# Roles, as the texts name them.
PROJECT_LEAD: Final = "project_lead"
IT_LEAD: Final = "it_lead"
LEADER: Final = "leader"
SUPERUSER: Final = "superuser"
DEPUTY: Final = "deputy"
FAGKOORDINATOR: Final = "fagkoordinator"


def roles_of(email: str, org: Organisation) -> set[str]:
    """Every role the person with this e-mail holds, in any team."""
    email = email.lower()
    found = set()
    if email and email == org.project_lead:
        found.add(PROJECT_LEAD)
    if email and email == org.it_lead:
        found.add(IT_LEAD)
    if email in org.fagkoordinatorer:
        found.add(FAGKOORDINATOR)
    for team in org.teams:
        for role, people in (
            (LEADER, team.leaders),
            (SUPERUSER, team.superusers),
            (DEPUTY, team.deputies),
        ):
            if email in people:
                found.add(role)
    return found
