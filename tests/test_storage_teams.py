"""Installed teams: their channels, uninstalling, reinstalling and the welcome."""

from __future__ import annotations

from dataclasses import replace

from storage import Channel, Database, InstalledTeam, InstalledTeams
from tests import storage_helpers
from tests.storage_helpers import YDELSE

# The shared fixtures, bound here so that pytest finds them in this module.
db = storage_helpers.db


def test_team_round_trip_with_channels(db: Database) -> None:
    teams = InstalledTeams(db)

    stored = teams.upsert(YDELSE)

    assert stored.channels == YDELSE.channels
    assert isinstance(stored.channels, tuple)
    assert isinstance(stored.channels[0], Channel)
    assert teams.get("19:ydelse") == stored
    assert teams.all() == [stored]


def test_team_uninstall_and_reinstall(db: Database) -> None:
    teams = InstalledTeams(db)
    teams.upsert(YDELSE)
    teams.upsert(InstalledTeam(team_id="19:job", name="Job"))

    gone = teams.mark_uninstalled("19:ydelse")

    assert gone is not None
    assert not gone.installed
    assert [t.team_id for t in teams.all()] == ["19:job"]
    assert [t.team_id for t in teams.all(installed_only=False)] == ["19:ydelse", "19:job"]
    assert teams.mark_uninstalled("19:unknown") is None
    assert teams.upsert(InstalledTeam(team_id="19:ydelse")).installed
    assert teams.get("19:ydelse").name == YDELSE.name


def test_team_welcome_survives_a_repeated_install(db: Database) -> None:
    teams = InstalledTeams(db)
    teams.upsert(YDELSE)

    welcomed = teams.mark_welcomed("19:ydelse", "19:general")
    again = teams.upsert(YDELSE)

    assert welcomed.welcomed
    assert welcomed.welcome_channel_id == "19:general"
    assert again.welcomed
    assert again.welcome_channel_id == "19:general"
    assert teams.mark_welcomed("19:unknown", "19:x") is None


def test_team_is_welcomed_again_after_a_reinstall(db: Database) -> None:
    teams = InstalledTeams(db)
    teams.upsert(YDELSE)
    teams.mark_welcomed("19:ydelse", "19:general")

    gone = teams.mark_uninstalled("19:ydelse")
    back = teams.upsert(replace(teams.get("19:ydelse"), installed=True))

    assert not gone.welcomed
    assert back.installed
    assert not back.welcomed
