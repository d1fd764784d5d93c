"""A small org file for the org tests to break in one place, and how they read it."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest
import tomli_w

from dialogs.org_file import (
    Organisation,
    OrgError,
    parse_org,
)

ANNE = "anne@jc.example"
OLIVER = "oliver@jc.example"
LEADER = "leder@jc.example"
SU_YDELSE = "su.ydelse@jc.example"
DEPUTY_YDELSE = "dep.ydelse@jc.example"


def minimal_org() -> dict[str, Any]:
    """A small org that passes every check, for a test to break in one place."""
    return {
        "organisation": {
            "name": "Jobcenter Test",
            "timezone": "Europe/Copenhagen",
            "language": "da",
        },
        "contacts": {"it_lead": "it@jc.example", "project_lead": "pl@jc.example"},
        "working_hours": {"mon": "08:00-15:30", "fri": "08:00-13:00"},
        "categories": [
            {"key": "printer", "name": {"da": "Printer", "en": "Printer"}, "keywords": ["printer"]},
            {"key": "login", "name": {"da": "Login"}, "keywords": ["login", "mfa"]},
        ],
        "teams": [
            {
                "key": "ydelse",
                "name": "Team Ydelse",
                "teams_team_name": "JC – Ydelse",
                "leaders": [LEADER],
                "superusers": [SU_YDELSE],
                "deputies": [DEPUTY_YDELSE],
                "members": [ANNE],
                "portfolio": {"project_lead": ["login"]},
            },
            {
                "key": "unge",
                "name": "Team Unge",
                "teams_team_name": "JC – Unge",
                "leaders": [LEADER],
                "superusers": ["su.unge@jc.example"],
                "deputies": ["dep.unge@jc.example"],
                "members": [OLIVER],
            },
        ],
        "people": {ANNE: {"name": "Anne Madsen", "locale": "en-US"}},
    }


def parse(raw: dict[str, Any]) -> Organisation:
    """The org parsed from `raw` written out as TOML text, as it would be in a file."""
    return parse_org(tomllib.loads(tomli_w.dumps(raw)), "org.toml")


def problems(raw: dict[str, Any]) -> list[str]:
    with pytest.raises(OrgError) as caught:
        parse(raw)
    return caught.value.problems
