"""The rules for who helps a team today, and how chat changes overrule the org file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dialogs.org_file import Organisation, Team
from dialogs.organisation import effective_org
from dialogs.who_helps import who_helps
from storage.models import Membership, TeamChange

FRIDAY = date(2026, 12, 4)
LEAD, IT_LEAD = "lead@x.dk", "it@x.dk"


def org_with(*teams: Team) -> Organisation:
    return Organisation(
        name="X", timezone="Europe/Copenhagen", language="da", it_lead=IT_LEAD, project_lead=LEAD,
        teams=teams,
    )  # fmt: skip


TEAM = Team(key="t", name="Team T", superusers=("su1@x.dk", "su2@x.dk"), deputies=("dep@x.dk",))


def test_superusers_at_work_help_and_the_deputy_waits() -> None:
    helpers = who_helps(TEAM, org_with(TEAM), {})
    assert helpers.everyone == ("su1@x.dk", "su2@x.dk")
    assert helpers.away == ()


def test_the_deputy_steps_in_for_an_absent_superuser() -> None:
    helpers = who_helps(TEAM, org_with(TEAM), {"su1@x.dk": FRIDAY})
    assert helpers.superusers == ("su2@x.dk",)
    assert helpers.deputies == ("dep@x.dk",)
    assert helpers.away == (("su1@x.dk", FRIDAY),)
    assert helpers.fallback == ""


def test_with_everyone_away_the_project_lead_helps_then_the_it_lead() -> None:
    away = dict.fromkeys(("su1@x.dk", "su2@x.dk", "dep@x.dk"), FRIDAY)
    assert who_helps(TEAM, org_with(TEAM), away).everyone == (LEAD,)
    assert who_helps(TEAM, org_with(TEAM), {**away, LEAD: FRIDAY}).everyone == (IT_LEAD,)


def test_a_team_without_superusers_has_its_deputy_or_the_project_lead() -> None:
    only_deputy = replace(TEAM, superusers=())
    assert who_helps(only_deputy, org_with(only_deputy), {}).everyone == ("dep@x.dk",)
    nobody = replace(TEAM, superusers=(), deputies=())
    assert who_helps(nobody, org_with(nobody), {}).everyone == (LEAD,)


@pytest.mark.parametrize("source", ["chosen", "roster"])
def test_a_person_the_file_does_not_know_joins_a_team(source: str) -> None:
    org = org_with(TEAM, Team(key="u", name="Team U"))
    changed = effective_org(org, [], [Membership(person="new@x.dk", team="u", source=source)])
    assert changed.team_of("new@x.dk").key == "u"


def test_a_choice_in_chat_wins_over_the_file_and_a_roster_does_not() -> None:
    org = org_with(replace(TEAM, members=("m@x.dk",)), Team(key="u", name="Team U"))
    roster = effective_org(org, [], [Membership(person="m@x.dk", team="u", source="roster")])
    assert roster.team_of("m@x.dk").key == "t"
    chosen = effective_org(org, [], [Membership(person="m@x.dk", team="u", source="chosen")])
    assert chosen.team_of("m@x.dk").key == "u"
    assert "m@x.dk" not in chosen.team("t").members


def test_team_changes_overrule_only_the_fields_they_set() -> None:
    org = replace(org_with(TEAM), categories=())
    change = TeamChange(team="t", superusers=("new@x.dk",), portfolio_project_lead=("gone",))
    team = effective_org(org, [change], []).team("t")
    assert team.superusers == ("new@x.dk",)
    assert team.deputies == ("dep@x.dk",), "deputies were not changed, so the file's stand"
    assert team.portfolio_project_lead == (), "a category the file no longer has is dropped"


def test_changes_for_a_team_the_file_dropped_are_ignored() -> None:
    org = org_with(TEAM)
    changed = effective_org(
        org,
        [TeamChange(team="gone", superusers=("x@x.dk",))],
        [Membership(person="p@x.dk", team="gone", source="chosen")],
    )
    assert changed == org
