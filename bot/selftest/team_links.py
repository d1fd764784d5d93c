"""Each org team is linked to a Teams channel, in a Teams team the app is still installed in."""

from __future__ import annotations

import logging

from bot.selftest.report import Report
from dialogs.org_file import Organisation
from storage.db import Database
from storage.repositories import InstalledTeams, TeamLinks

_LOGGER = logging.getLogger(__name__)


def check_team_links(report: Report, org: Organisation, db: Database | None) -> None:
    """Every org team needs a Teams channel for its cases, in a team the bot is installed in."""
    links = TeamLinks(db) if db is not None else None
    installed = InstalledTeams(db) if db is not None else None
    for team in org.teams:
        link = links.get(team.key) if links is not None else None
        there = installed.get(link.team_id) if link is not None and installed is not None else None
        if link is None:
            report.fail(
                "teams",
                f"{team.name} ({team.key}) is linked to no Teams channel: cases reach its "
                "superusers only 1:1",
                f"install the app in {team.name}'s Teams team"
                + (f" «{team.teams_team_name}»" if team.teams_team_name else "")
                + ", or write «@IT-hjælp tilknyt "
                + team.name
                + "» in the channel it should use",
            )
        elif there is None or not there.installed:
            report.fail(
                "teams",
                f"{team.name} is linked to a Teams team the app is no longer installed in",
                f"install the app in that Teams team again, or link {team.name} to another one",
            )
        elif there.channels and link.channel_id not in {c.channel_id for c in there.channels}:
            report.fail(
                "teams",
                f"{team.name}'s case channel is gone from the Teams team «{there.name}»",
                f"write «@IT-hjælp brug denne kanal» in the channel {team.name} uses now",
            )
        else:
            report.ok("teams", f"{team.name} → «{there.name or there.team_id}»")
