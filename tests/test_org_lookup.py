"""Looking people and teams up in the org file: a person's home team, a team by its key."""

from __future__ import annotations

from tests.org_files import LEADER, OLIVER, minimal_org, parse

# Looking people and teams up


def test_the_home_team_is_where_a_person_is_a_member_first() -> None:
    raw = minimal_org()
    raw["teams"][0]["deputies"].append(OLIVER)
    raw["teams"][0]["leaders"].append("su.unge@jc.example")
    org = parse(raw)
    assert org.team_of(OLIVER).key == "unge"
    assert org.team_of("SU.UNGE@jc.example").key == "unge"
    assert org.team_of("dep.unge@jc.example").key == "unge"
    assert org.team_of(LEADER).key == "ydelse"
    assert org.team_of("nobody@jc.example") is None


def test_a_team_is_found_by_its_key() -> None:
    org = parse(minimal_org())
    assert org.team("unge").name == "Team Unge"
    assert org.team("Unge") is None
