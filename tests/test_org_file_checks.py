"""The org file: the demo organisation loads, and a broken file names every problem by its key."""

from __future__ import annotations

import pytest

from bot.settings import DEMO_ORG_FILE
from dialogs.org_file import (
    OrgError,
    load_org,
    parse_org,
)
from tests.org_files import ANNE, minimal_org, parse, problems


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


def test_the_minimal_org_passes_every_check() -> None:
    org = parse(minimal_org())
    assert [t.key for t in org.teams] == ["ydelse", "unge"]
    assert org.people[ANNE].locale == "en-US"


def test_a_broken_org_lists_every_problem_by_key() -> None:
    raw = {
        "organisation": {"name": "X", "timezone": "Mars/Olympus"},
        "contacts": {"it_lead": "not-an-email"},
        "categories": [{"key": "printer", "name": {"da": "Printer"}, "keywords": ["printer"]}],
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
    assert caught.value.problems == [
        "organisation.timezone: unknown time zone 'Mars/Olympus'",
        "contacts.it_lead: 'not-an-email' is not an e-mail address",
        "contacts.project_lead: missing",
        "teams.a.superusers: 'bad' is not an e-mail address",
        "teams.a.portfolio.project_lead: unknown category 'nope'",
    ]


def test_several_problems_are_reported_at_once() -> None:
    raw = minimal_org()
    raw["organisation"]["language"] = "de"
    raw["working_hours"]["mon"] = "15:30-08:00"
    raw["categories"][0]["key"] = "andet"
    raw["teams"][1]["superuser"] = raw["teams"][1].pop("superusers")
    raw["teams"][1]["members"].append(ANNE)
    raw["people"][ANNE]["locale"] = "english"
    assert problems(raw) == [
        'organisation.language: must be "da" or "en", not \'de\'',
        "working_hours.mon: '15:30-08:00' must start before it ends",
        "categories.andet.key: 'andet' is reserved for problems that fit no category; "
        "choose another key",
        "teams.unge: unknown key 'superuser'; did you mean 'superusers'?",
        f"teams.unge.members: {ANNE} belongs to two teams: ydelse and unge; a person has one team",
        f"people.{ANNE}.locale: 'english' must look like da-DK or en-US",
    ]


def test_a_team_without_a_key_is_named_by_its_position() -> None:
    raw = minimal_org()
    del raw["teams"][1]["key"]
    raw["teams"][1]["members"] = ["oliver"]
    assert problems(raw) == [
        "teams[1].key: missing",
        "teams[1].members: 'oliver' is not an e-mail address",
    ]


# Contacts and e-mail addresses


def test_the_it_lead_and_the_project_lead_are_required() -> None:
    raw = minimal_org()
    del raw["contacts"]["project_lead"]
    raw["contacts"]["it_lead"] = " "
    assert problems(raw) == ["contacts.it_lead: empty", "contacts.project_lead: missing"]


def test_the_it_lead_and_the_project_lead_are_two_people() -> None:
    raw = minimal_org()
    raw["contacts"]["project_lead"] = "IT@jc.example"
    assert problems(raw) == [
        "contacts.project_lead: it@jc.example is also the IT lead (contacts.it_lead); "
        "the two roles need two people"
    ]


def test_every_e_mail_address_is_checked() -> None:
    raw = minimal_org()
    raw["contacts"]["fagkoordinatorer"] = ["fk@jc.example", "fk"]
    raw["contacts"]["central_it_support"] = {"email": "support", "url": "support.example"}
    raw["teams"][0]["leaders"] = ["leder"]
    raw["teams"][1]["deputies"] = ["dep.unge@jc.example", "Dep.Unge@jc.example"]
    raw["people"]["anne"] = {"name": "Anne"}
    assert problems(raw) == [
        "contacts.fagkoordinatorer: 'fk' is not an e-mail address",
        "contacts.central_it_support.email: 'support' is not an e-mail address",
        "contacts.central_it_support.url: 'support.example' must start with https:// or http://",
        "teams.ydelse.leaders: 'leder' is not an e-mail address",
        "teams.unge.deputies: dep.unge@jc.example is listed twice",
        "people.anne: not an e-mail address",
    ]


def test_an_unknown_key_in_the_contacts_is_named_with_a_suggestion() -> None:
    raw = minimal_org()
    raw["contacts"]["project-lead"] = raw["contacts"].pop("project_lead")
    assert problems(raw) == [
        "contacts: unknown key 'project-lead'; did you mean 'project_lead'?",
        "contacts.project_lead: missing",
    ]
