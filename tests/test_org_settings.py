"""The org file's organisation, working hours, people and sections, and reading the file."""

from __future__ import annotations

import tomllib

import pytest

from dialogs.org_file import (
    OrgError,
    dump_org,
    load_org,
    parse_org,
)
from tests.org_files import ANNE, OLIVER, minimal_org, parse, problems

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
