"""The org file's teams: who may hold which role in which team, and unique team names and keys."""

from __future__ import annotations

from tests.org_files import ANNE, DEPUTY_YDELSE, SU_YDELSE, minimal_org, parse, problems

# Roles in teams


def test_a_superuser_cannot_be_the_deputy_of_the_same_team() -> None:
    raw = minimal_org()
    raw["teams"][0]["deputies"] = [SU_YDELSE.upper()]
    assert problems(raw) == [
        f"teams.ydelse.deputies: {SU_YDELSE} is also a superuser of this team; "
        "a deputy stands in for the superuser, so it must be someone else"
    ]


def test_a_member_belongs_to_one_team() -> None:
    raw = minimal_org()
    raw["teams"][1]["members"].append(ANNE)
    assert problems(raw) == [
        f"teams.unge.members: {ANNE} belongs to two teams: ydelse and unge; a person has one team"
    ]


def test_a_superuser_of_one_team_cannot_be_a_member_of_another() -> None:
    raw = minimal_org()
    raw["teams"][1]["superusers"].append(ANNE)
    raw["teams"].append({"key": "sekretariat", "name": "Team Sekretariat", "members": [ANNE]})
    assert problems(raw) == [
        f"teams.unge.superusers: {ANNE} belongs to three teams: ydelse, unge and sekretariat; "
        "a person has one team"
    ]


def test_deputies_may_cover_another_team_and_leaders_may_lead_several() -> None:
    raw = minimal_org()
    raw["teams"][1]["deputies"].append(SU_YDELSE)
    raw["teams"][1]["leaders"].append(DEPUTY_YDELSE)
    assert raw["teams"][0]["leaders"] == raw["teams"][1]["leaders"][:1]
    org = parse(raw)
    assert org.team_of(SU_YDELSE).key == "ydelse"


def test_a_superuser_may_also_be_listed_as_a_member_of_the_same_team() -> None:
    raw = minimal_org()
    raw["teams"][0]["members"].append(SU_YDELSE)
    assert parse(raw).team_of(SU_YDELSE).key == "ydelse"


def test_two_teams_cannot_share_a_name_or_a_teams_team() -> None:
    raw = minimal_org()
    raw["teams"][1]["name"] = "TEAM YDELSE"
    raw["teams"][1]["teams_team_name"] = "jc – ydelse"
    assert problems(raw) == [
        "teams.unge.name: 'TEAM YDELSE' is also the name of teams.ydelse; "
        "each team needs its own name",
        "teams.unge.teams_team_name: 'jc – ydelse' is also the Teams team of teams.ydelse; "
        "each team needs its own Teams team",
    ]


def test_team_keys_are_unique() -> None:
    raw = minimal_org()
    raw["teams"][1]["key"] = "ydelse"
    raw["teams"][1]["members"] = []
    assert problems(raw) == [
        "teams.ydelse.key: 2 teams have the key 'ydelse'; each key must be unique"
    ]


def test_an_unknown_key_in_a_team_is_named_with_a_suggestion() -> None:
    raw = minimal_org()
    raw["teams"][0]["superuser"] = raw["teams"][0].pop("superusers")
    raw["teams"][0]["colour"] = "blue"
    raw["teams"][0]["portfolio"]["projectlead"] = ["printer"]
    assert problems(raw) == [
        "teams.ydelse: unknown key 'superuser'; did you mean 'superusers'?",
        "teams.ydelse: unknown key 'colour'; use key, name, teams_team_name, leaders, "
        "superusers, deputies, members or portfolio",
        "teams.ydelse.portfolio: unknown key 'projectlead'; did you mean 'project_lead'?",
    ]
