"""The org file: the demo organisation loads, and a broken file names every problem by its key."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest
import tomli_w

from bot.settings import DEMO_ORG_FILE
from dialogs.org_file import (
    Category,
    CentralSupport,
    Organisation,
    OrgError,
    Person,
    Team,
    dump_org,
    load_org,
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


# Categories


def test_a_portfolio_names_known_categories() -> None:
    raw = minimal_org()
    raw["teams"][0]["portfolio"]["project_lead"] = ["login", "nye-it-redskaber"]
    assert problems(raw) == [
        "teams.ydelse.portfolio.project_lead: unknown category 'nye-it-redskaber'"
    ]


@pytest.mark.parametrize("key", ["Printer", "-printer", "printer og scanner", "printer_1", "æøå"])
def test_a_category_key_is_lower_case_letters_digits_and_hyphens(key: str) -> None:
    raw = minimal_org()
    raw["categories"][0]["key"] = key
    assert problems(raw) == [
        f"categories.{key}.key: {key!r} must be lower-case letters, digits and hyphens, "
        "starting with a letter or digit, e.g. 'nye-it-redskaber'"
    ]


def test_the_category_key_andet_is_reserved() -> None:
    raw = minimal_org()
    raw["categories"][0]["key"] = "andet"
    assert problems(raw) == [
        "categories.andet.key: 'andet' is reserved for problems that fit no category; "
        "choose another key"
    ]


def test_a_category_needs_keywords() -> None:
    raw = minimal_org()
    del raw["categories"][0]["keywords"]
    raw["categories"][1]["keywords"] = []
    assert problems(raw) == [
        "categories.printer.keywords: missing; a category needs at least one keyword "
        "so the bot can recognise it",
        "categories.login.keywords: empty; a category needs at least one keyword "
        "so the bot can recognise it",
    ]


def test_a_keyword_cannot_be_empty() -> None:
    raw = minimal_org()
    raw["categories"][0]["keywords"] = ["printer", " "]
    assert problems(raw) == [
        'categories.printer.keywords: "" is not a keyword; remove the empty text'
    ]


def test_category_keys_are_unique() -> None:
    raw = minimal_org()
    raw["categories"][1]["key"] = "printer"
    raw["teams"][0]["portfolio"]["project_lead"] = ["printer"]
    assert problems(raw) == [
        "categories.printer.key: 2 categories have the key 'printer'; each key must be unique"
    ]


def test_a_category_needs_a_danish_name_in_known_languages() -> None:
    raw = minimal_org()
    raw["categories"][0]["name"] = {"en": "Printer"}
    raw["categories"][1]["name"] = {"da": "Login", "dk": "Login"}
    assert problems(raw) == [
        'categories.printer.name: needs at least a Danish name, e.g. name = { da = "…" }',
        "categories.login.name: unknown language 'dk'; use da or en",
    ]


def test_an_unknown_key_in_a_category_is_named_with_a_suggestion() -> None:
    raw = minimal_org()
    raw["categories"][0]["keyword"] = raw["categories"][0].pop("keywords")
    assert problems(raw) == [
        "categories.printer: unknown key 'keyword'; did you mean 'keywords'?",
        "categories.printer.keywords: missing; a category needs at least one keyword "
        "so the bot can recognise it",
    ]


# The organisation, working hours and people


def test_the_language_is_danish_or_english() -> None:
    raw = minimal_org()
    raw["organisation"]["language"] = "da-DK"
    assert problems(raw) == ['organisation.language: must be "da" or "en", not \'da-DK\'']


def test_the_time_zone_must_exist() -> None:
    raw = minimal_org()
    raw["organisation"]["timezone"] = "Europe/Varde"
    assert problems(raw) == ["organisation.timezone: unknown time zone 'Europe/Varde'"]


def test_working_hours_name_weekdays() -> None:
    raw = minimal_org()
    raw["working_hours"]["Tue"] = "08:00-15:30"
    raw["working_hours"]["monday"] = "08:00-15:30"
    assert problems(raw) == [
        "working_hours: unknown day 'Tue'; did you mean 'tue'?",
        "working_hours: unknown day 'monday'; use mon, tue, wed, thu, fri, sat, sun or closed",
    ]


def test_closed_days_are_month_and_day() -> None:
    raw = minimal_org()
    raw["working_hours"]["closed"] = ["12-24", "12-31"]
    assert parse(raw).closed_days == ("12-24", "12-31")
    assert parse(raw).working_hours == {"mon": "08:00-15:30", "fri": "08:00-13:00"}
    raw["working_hours"]["closed"] = ["24-12", "juleaften", "02-30"]
    assert problems(raw) == [
        f'working_hours.closed: {day!r} must be a month and day like "12-24"'
        for day in ("24-12", "juleaften", "02-30")
    ]


def test_escalation_thresholds_are_optional_and_checked() -> None:
    raw = minimal_org()
    assert parse(raw).escalation.project_lead_after_days == 1
    raw["escalation"] = {"remind_after_hours": 1.5, "central_it_remind_after_hours": 16}
    org = parse(raw)
    escalation = org.escalation
    assert (escalation.remind_after_hours, escalation.central_it_remind_after_hours) == (1.5, 16)
    assert parse_org(tomllib.loads(dump_org(org))) == org
    raw["escalation"] = {
        "remind_after_hours": "two",
        "owner_idle_days": 1.5,
        "deputy_after_hours": 1,
        "project_lead_after_day": 1,
    }
    assert problems(raw) == [
        "escalation: unknown key 'project_lead_after_day'; did you mean 'project_lead_after_days'?",
        "escalation.remind_after_hours: must be a number above 0, not 'two'",
        "escalation.owner_idle_days: must be a whole number of working days above 0, not 1.5",
        "escalation.deputy_after_hours: must be later than remind_after_hours, so the superusers "
        "are reminded before their deputy is called",
    ]


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("8-15", "'8-15' must look like \"08:00-15:30\""),
        ("8:00-15:30", "'8:00-15:30' must look like \"08:00-15:30\""),
        ("08:00 til 15:30", "'08:00 til 15:30' must look like \"08:00-15:30\""),
        ("08:00-24:00", "'08:00-24:00' is not a valid time of day"),
        ("08:60-15:30", "'08:60-15:30' is not a valid time of day"),
        ("15:30-08:00", "'15:30-08:00' must start before it ends"),
        ("08:00-08:00", "'08:00-08:00' must start before it ends"),
    ],
)
def test_working_hours_run_from_a_start_to_a_later_end(value: str, problem: str) -> None:
    raw = minimal_org()
    raw["working_hours"]["wed"] = value
    assert problems(raw) == [f"working_hours.wed: {problem}"]


def test_working_hours_are_text() -> None:
    raw = minimal_org()
    raw["working_hours"]["thu"] = 8
    assert problems(raw) == ['working_hours.thu: must be text like "08:00-15:30"']


@pytest.mark.parametrize("locale", ["da_DK", "DA-dk", "dansk", "da-DKK"])
def test_a_locale_looks_like_da_dk(locale: str) -> None:
    raw = minimal_org()
    raw["people"][ANNE]["locale"] = locale
    assert problems(raw) == [f"people.{ANNE}.locale: {locale!r} must look like da-DK or en-US"]


@pytest.mark.parametrize("locale", ["da-DK", "en-US", "en"])
def test_a_valid_locale_is_kept(locale: str) -> None:
    raw = minimal_org()
    raw["people"][ANNE]["locale"] = locale
    assert parse(raw).person(ANNE).locale == locale


def test_people_are_named_tables_without_unknown_keys() -> None:
    raw = minimal_org()
    raw["people"][ANNE] = {"name": "Anne", "lokale": "en-US"}
    raw["people"][OLIVER] = "Oliver Hald"
    raw["people"][ANNE.upper()] = {"name": "Anne igen"}
    # TOML writes a plain value before the tables of the same section.
    assert problems(raw) == [
        f'people.{OLIVER}: must be a table like {{ name = "…" }}',
        f"people.{ANNE}: unknown key 'lokale'; did you mean 'locale'?",
        f"people.{ANNE.upper()}: listed twice (e-mail addresses ignore case)",
    ]


def test_an_unknown_section_is_named_with_a_suggestion() -> None:
    raw = minimal_org()
    raw["team"] = raw.pop("teams")
    raw["settings"] = {"retention": 365}
    assert problems(raw) == [
        "unknown section 'team'; did you mean 'teams'?",
        "unknown section 'settings'; use organisation, contacts, working_hours, escalation, "
        "categories, teams or people",
    ]


def test_invalid_toml_is_reported(tmp_path) -> None:
    path = tmp_path / "org.toml"
    path.write_text("[organisation\nname=", encoding="utf-8")
    with pytest.raises(OrgError, match="not valid TOML"):
        load_org(path)


def test_a_missing_file_is_reported(tmp_path) -> None:
    with pytest.raises(OrgError) as caught:
        load_org(tmp_path / "org.toml")
    assert caught.value.problems == ["the file does not exist"]


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


# Writing the organisation back


def test_the_demo_org_dumps_to_toml_that_reads_back_the_same() -> None:
    org = load_org(DEMO_ORG_FILE)
    text = dump_org(org)
    assert text.startswith("# The organisation of Jobcenter Varde as the bot sees it.\n")
    again = parse_org(tomllib.loads(text))
    assert again == org
    assert dump_org(again) == text


def test_the_dump_keeps_the_file_schema_and_leaves_out_empty_values() -> None:
    text = dump_org(load_org(DEMO_ORG_FILE))
    headers = [line for line in text.splitlines() if line.startswith("[")]
    assert list(dict.fromkeys(headers)) == [
        "[organisation]",
        "[contacts]",
        "[contacts.central_it_support]",
        "[working_hours]",
        "[escalation]",
        "[[categories]]",
        "[[teams]]",
        "[people]",
    ]
    assert 'portfolio = { project_lead = ["nye-it-redskaber", "momentum"] }' in text
    assert '"emma.jensen@jobcenter.varde.example" = { name = "Emma Jensen", locale = "en-US" }' in (
        text
    )
    assert '"anne.madsen@jobcenter.varde.example" = { name = "Anne Madsen" }' in text
    assert 'name = { da = "Printer og scanner", en = "Printer and scanner" }' in text


def test_a_sparse_org_dumps_without_empty_sections() -> None:
    org = Organisation(
        name="Jobcenter\nTest",
        timezone="Europe/Copenhagen",
        language="en",
        it_lead="it@jc.example",
        project_lead="pl@jc.example",
        central_it_support=CentralSupport(name="Support"),
        categories=(Category(key="printer", name={"da": "Printer"}, keywords=("printer",)),),
        teams=(Team(key="ydelse", name='Team "Ydelse"', superusers=(SU_YDELSE,)),),
        people={ANNE: Person(email=ANNE, name="Anne")},
    )
    text = dump_org(org)
    assert text.splitlines()[0] == "# The organisation of Jobcenter Test as the bot sees it."
    assert "[working_hours]" not in text
    assert "remind_after_hours = 2\n" in text.split("[escalation]")[1]
    assert "fagkoordinatorer" not in text
    assert "teams_team_name" not in text
    assert "members" not in text
    assert "portfolio" not in text
    assert "deputies = []" in text
    assert "email" not in text.split("[contacts.central_it_support]")[1].split("\n\n")[0]
    assert parse_org(tomllib.loads(text)) == org
