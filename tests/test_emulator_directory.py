"""The emulator's directory of people and teams, built from the org file."""

from __future__ import annotations

import pytest

from bot.emulator import Directory
from bot.emulator.directory import DEMO_TENANT_ID
from bot.settings import DEMO_ORG_FILE
from dialogs.org_file import load_org
from tests.emulator_helpers import ANNE, BO, EMMA, HENRIK, KASPER


def test_directory_from_the_demo_org() -> None:
    org = load_org(DEMO_ORG_FILE)
    first, second = Directory.from_org(org), Directory.from_org(org)
    assert len(first.teams) == 7
    assert first.tenant_id == DEMO_TENANT_ID
    assert first.user(EMMA).locale == "en-US"
    assert first.user(ANNE).locale == "da-DK"
    assert first.user(HENRIK).name == "Henrik Lund", "people in no team are users too"
    assert set(first.users) == set(org.everyone())
    assert first.users == second.users, "ids are stable"
    assert first.teams == second.teams, "ids are stable"

    anne = first.user(ANNE)
    assert anne.user_id.startswith("29:1")
    assert first.user(anne.user_id) is anne
    assert first.user(anne.aad_object_id.upper()) is anne
    ydelse = first.team("ydelse")
    assert ydelse is first.team("TEAM YDELSE") is first.team("Jobcenter Varde – Ydelse")
    assert ydelse.name == "Jobcenter Varde – Ydelse"
    assert ydelse.team_id.startswith("19:")
    assert ydelse.team_id.endswith("@thread.tacv2")
    assert [c.name for c in ydelse.channels] == ["General", "IT-hjælp"]
    assert ydelse.general.channel_id == ydelse.team_id
    assert ANNE in ydelse.members
    assert BO in ydelse.members
    with pytest.raises(KeyError):
        first.user("nobody@example.dk")
    with pytest.raises(KeyError):
        first.team("no such team")


def test_roster_changes_replace_the_frozen_team() -> None:
    directory = Directory.from_org(load_org(DEMO_ORG_FILE))
    before = directory.team("ydelse")
    newcomer = directory.add_member("Team Ydelse", "Nina.Berg@jobcenter.varde.example", "Nina B.")
    assert (newcomer.email, newcomer.name) == ("nina.berg@jobcenter.varde.example", "Nina B.")
    assert directory.user(newcomer.user_id) is newcomer
    after = directory.team("ydelse")
    assert after.members == (*before.members, newcomer.email)
    assert newcomer.email not in before.members, "the old Team is never changed"
    assert directory.channel(after.channel("IT-hjælp").channel_id)[0] is after
    assert directory.add_member("ydelse", newcomer.user_id, "Another Name") is newcomer
    assert directory.team("ydelse").members == after.members, "joining twice changes nothing"
    kasper = directory.add_member("ydelse", KASPER)
    assert kasper is directory.user(KASPER)
    assert kasper.name == "Kasper Møller", "a known person keeps their name"

    assert directory.remove_member("ydelse", newcomer.email.upper()) is newcomer
    assert newcomer.email not in directory.team("ydelse").members
    assert directory.user(newcomer.email) is newcomer, "leaving a team keeps the user"
    assert directory.members(directory.channel(before.team_id)[0])[-1] is kasper
    with pytest.raises(KeyError):
        directory.remove_member("ydelse", newcomer.email)
    with pytest.raises(KeyError):
        directory.remove_member("ydelse", "nobody@example.dk")
    with pytest.raises(KeyError):
        directory.add_member("no such team", ANNE)
