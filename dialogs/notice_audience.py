"""Who a notice reaches: everyone, chosen teams or roles, as people and as team channels."""

from __future__ import annotations

from typing import Final

from dialogs.org_file import Organisation, Team
from storage.notices import Notice

EVERYONE, TEAMS, ROLES = "everyone", "teams", "roles"
AUDIENCES: Final = (EVERYONE, TEAMS, ROLES)
# Role keys a notice can go to, with the text key that names them.
ROLE_KEYS: Final = ("superusers", "leaders", "fagkoordinatorer", "leads")


def people(org: Organisation, notice: Notice) -> list[str]:
    """The e-mails of everyone the notice is for, in org order, without repeats."""
    if notice.audience == TEAMS:
        emails = [e for team in teams(org, notice) for e in team.everyone]
    elif notice.audience == ROLES:
        emails = []
        for role in notice.roles:
            if role == "superusers":
                emails += [e for t in org.teams for e in t.superusers + t.deputies]
            elif role == "leaders":
                emails += [e for t in org.teams for e in t.leaders]
            elif role == "fagkoordinatorer":
                emails += list(org.fagkoordinatorer)
            elif role == "leads":
                emails += [org.project_lead, org.it_lead]
    else:
        emails = list(org.everyone())
    return list(dict.fromkeys(e.lower() for e in emails if e))


def teams(org: Organisation, notice: Notice) -> list[Team]:
    """The teams whose channels get the notice as a post."""
    if notice.audience == TEAMS:
        return [t for t in org.teams if t.key in notice.teams]
    if notice.audience == EVERYONE:
        return list(org.teams)
    return []  # a notice to a role is not for a whole team's channel
