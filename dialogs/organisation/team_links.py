"""Which org team a Teams team or channel is for, by its links or by its name."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from dialogs.org_file import Organisation, Team
from storage.models import TeamLink


def team_for_channel(
    org: Organisation, links: Iterable[TeamLink], team_id: str, channel_id: str
) -> Team | None:
    """The org team whose cases go to this channel, else the one org team of the Teams team."""
    if not team_id:
        return None
    linked = [link for link in links if link.team_id == team_id]
    chosen = next((link for link in linked if link.channel_id == channel_id), None)
    if chosen is None and len(linked) == 1:
        chosen = linked[0]
    return org.team(chosen.org_team) if chosen else None


def team_named_like(org: Organisation, teams_team_name: str) -> Team | None:
    """The org team a Teams team is for, by its `teams_team_name` or its own name."""
    wanted = teams_team_name.strip().casefold()
    if not wanted:
        return None
    # The name given for the Teams team is surer than the org team's own name or key.
    namings: tuple[Callable[[Team], tuple[str, ...]], ...] = (
        lambda t: (t.teams_team_name,),
        lambda t: (t.name, t.key),
    )
    for names in namings:
        found = [t for t in org.teams if wanted in (n.casefold() for n in names(t) if n)]
        if len(found) == 1:
            return found[0]
    return None
