"""The org file: the demo organisation loads, and a broken file names every problem."""

from __future__ import annotations

import pytest

from bot.settings import DEMO_ORG_FILE
from storage.org import OrgError, load_org, parse_org


def test_demo_org_is_a_realistic_job_centre() -> None:
    org = load_org(DEMO_ORG_FILE)
    assert org.name == "Jobcenter Varde"
    assert len(org.teams) >= 6
    assert all(team.superusers and team.leaders for team in org.teams)
    keys = {c.key for c in org.categories}
    assert {"printer", "login", "office", "momentum", "esdh", "jobnet", "netvaerk"} <= keys
    assert org.project_lead
    assert org.it_lead
    assert org.person("emma.jensen@jobcenter.varde.example").locale == "en-US"
    assert org.team_of("anne.madsen@jobcenter.varde.example").key == "ydelse"


def test_a_broken_org_lists_every_problem_by_key() -> None:
    raw = {
        "organisation": {"name": "X", "timezone": "Mars/Olympus"},
        "contacts": {"it_lead": "not-an-email"},
        "categories": [{"key": "printer", "name": {"da": "Printer"}}],
        "teams": [
            {
                "key": "a",
                "name": "A",
                "superusers": ["bad"],
                "portfolio": {"project_lead": ["nope"]},
            }
        ],
    }
    with pytest.raises(OrgError) as caught:
        parse_org(raw, "org.toml")
    problems = "\n".join(caught.value.problems)
    assert "organisation.timezone" in problems
    assert "contacts.it_lead" in problems
    assert "contacts.project_lead: missing" in problems
    assert "teams[0].superusers" in problems
    assert "teams[0].portfolio.project_lead: unknown category 'nope'" in problems


def test_invalid_toml_is_reported(tmp_path) -> None:
    path = tmp_path / "org.toml"
    path.write_text("[organisation\nname=", encoding="utf-8")
    with pytest.raises(OrgError, match="not valid TOML"):
        load_org(path)
