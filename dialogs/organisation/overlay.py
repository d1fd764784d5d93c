"""The chat's changes laid over the org file: superusers, deputies, portfolios, team choices."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from dialogs.org_file import Organisation, Team
from storage.models import Membership, TeamChange


def effective_org(
    org: Organisation, changes: Iterable[TeamChange], memberships: Iterable[Membership]
) -> Organisation:
    """The file's organisation with chat changes applied: they win over the file."""
    by_team = {change.team: change for change in changes}
    categories = {category.key for category in org.categories}
    members: dict[str, list[str]] = {}
    teams: list[Team] = []
    for team in org.teams:
        change = by_team.get(team.key)
        if change is not None:
            team = replace(
                team,
                superusers=team.superusers if change.superusers is None else change.superusers,
                deputies=team.deputies if change.deputies is None else change.deputies,
                portfolio_project_lead=team.portfolio_project_lead
                if change.portfolio_project_lead is None
                # A reloaded file may have dropped a category the chat had chosen.
                else tuple(k for k in change.portfolio_project_lead if k in categories),
            )
        teams.append(team)
        members[team.key] = list(team.members)
    for membership in memberships:
        person = membership.person
        if membership.team not in members:
            continue
        if membership.source != "chosen" and org.team_of(person) is not None:
            continue  # the file knows this person's team better than a roster does
        if membership.source == "chosen":
            for others in members.values():
                if person in others:
                    others.remove(person)
        if person not in members[membership.team]:
            members[membership.team].append(person)
    teams = [replace(team, members=tuple(members[team.key])) for team in teams]
    return replace(org, teams=tuple(teams))
