"""Reading an org file: every section parsed and checked, every problem reported at once."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dialogs.org_file.checks import (
    EMAIL,
    LOCALE,
    URL,
    Reader,
    Table,
    closed_day_problem,
    hours_problem,
)
from dialogs.org_file.entries import categories_of, teams_of
from dialogs.org_file.model import (
    DAYS,
    DEFAULT_LOCALE,
    DEFAULT_RETENTION_DAYS,
    ESCALATION_KEYS,
    LANGUAGES,
    CentralSupport,
    Escalation,
    Organisation,
    OrgError,
    Person,
)

_SECTIONS = (
    "organisation",
    "contacts",
    "working_hours",
    "escalation",
    "categories",
    "teams",
    "people",
)
_CONTACT_KEYS = ("it_lead", "project_lead", "fagkoordinatorer", "central_it_support")
_SUPPORT_KEYS = ("name", "email", "phone", "url")
_PERSON_KEYS = ("name", "locale")
# Whole working days; the others may be fractions ("1.5" hours).
_WHOLE_DAYS = ("project_lead_after_days", "owner_idle_days")


def load_org(path: Path | str) -> Organisation:
    """Parse and validate an org file; raise OrgError listing every problem at once."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OrgError(path, ["the file does not exist"]) from None
    except UnicodeDecodeError:
        raise OrgError(path, ["not UTF-8 text; save the file as UTF-8"]) from None
    except OSError as exc:
        raise OrgError(path, [f"cannot be read: {exc.strerror or exc}"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise OrgError(path, [f"not valid TOML: {exc}"]) from None
    return parse_org(raw, path)


def parse_org(raw: dict[str, Any], path: Path | str = "<org>") -> Organisation:
    """Validate parsed TOML and build the organisation; raise OrgError listing every problem."""
    problems: list[str] = []
    reader = Reader(problems)
    reader.known_keys(raw, "", _SECTIONS, "section")

    org = reader.table(raw, "organisation")
    name = reader.text(org, "name", "organisation.name")
    timezone = reader.text(org, "timezone", "organisation.timezone", "Europe/Copenhagen")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f"organisation.timezone: unknown time zone {timezone!r}")
    language = reader.text(org, "language", "organisation.language", "da")
    if language not in LANGUAGES:
        problems.append(f'organisation.language: must be "da" or "en", not {language!r}')
    retention_days = org.get("retention_days", DEFAULT_RETENTION_DAYS)
    if isinstance(retention_days, bool) or not isinstance(retention_days, int):
        problems.append(
            f"organisation.retention_days: must be a whole number of days, not {retention_days!r}"
        )
        retention_days = DEFAULT_RETENTION_DAYS
    elif retention_days < 1:
        problems.append(
            f"organisation.retention_days: must be at least 1 day, not {retention_days}"
        )
        retention_days = DEFAULT_RETENTION_DAYS

    contacts = reader.table(raw, "contacts")
    reader.known_keys(contacts, "contacts", _CONTACT_KEYS)
    it_lead = reader.email(contacts, "it_lead", "contacts.it_lead")
    project_lead = reader.email(contacts, "project_lead", "contacts.project_lead")
    if it_lead and it_lead == project_lead:
        problems.append(
            f"contacts.project_lead: {project_lead} is also the IT lead (contacts.it_lead); "
            "the two roles need two people"
        )
    fagkoordinatorer = reader.emails(contacts, "fagkoordinatorer", "contacts.fagkoordinatorer")
    central_it_support = _central_support(reader, contacts)
    working_hours = _working_hours(reader, raw)
    closed_days = _closed_days(reader, raw)
    escalation = _escalation(reader, raw)
    categories = categories_of(reader, raw)
    teams = teams_of(reader, raw, {c.key for c in categories})

    result = Organisation(
        name=name,
        timezone=timezone,
        language=language,
        it_lead=it_lead,
        project_lead=project_lead,
        fagkoordinatorer=fagkoordinatorer,
        central_it_support=central_it_support,
        working_hours=working_hours,
        closed_days=closed_days,
        escalation=escalation,
        categories=categories,
        teams=teams,
        people=_people(reader, raw),
        retention_days=retention_days,
    )
    if problems:
        raise OrgError(path, problems)
    return result


def _central_support(reader: Reader, contacts: Table) -> CentralSupport:
    where = "contacts.central_it_support"
    support = reader.table(contacts, "central_it_support", where, required=False)
    reader.known_keys(support, where, _SUPPORT_KEYS)
    result = CentralSupport(
        name=reader.text(support, "name", f"{where}.name", ""),
        email=reader.text(support, "email", f"{where}.email", ""),
        phone=reader.text(support, "phone", f"{where}.phone", ""),
        url=reader.text(support, "url", f"{where}.url", ""),
    )
    if result.email and not EMAIL.match(result.email):
        reader.problems.append(f"{where}.email: {result.email!r} is not an e-mail address")
    if result.url and not URL.match(result.url):
        reader.problems.append(f"{where}.url: {result.url!r} must start with https:// or http://")
    return result


def _working_hours(reader: Reader, raw: Table) -> dict[str, str]:
    table = reader.table(raw, "working_hours", required=False)
    reader.known_keys(table, "working_hours", (*DAYS, "closed"), "day")
    hours = {}
    for day, value in table.items():
        if day not in DAYS:
            continue
        where = f"working_hours.{day}"
        if not isinstance(value, str):
            reader.problems.append(f'{where}: must be text like "08:00-15:30"')
            continue
        value = value.strip()
        problem = hours_problem(value)
        if problem:
            reader.problems.append(f"{where}: {problem}")
        hours[day] = value
    return hours


def _closed_days(reader: Reader, raw: Table) -> tuple[str, ...]:
    table = reader.table(raw, "working_hours", required=False)
    days = reader.words(table, "closed", "working_hours.closed")
    for day in days:
        problem = closed_day_problem(day)
        if problem:
            reader.problems.append(f"working_hours.closed: {problem}")
    return tuple(dict.fromkeys(days))


def _escalation(reader: Reader, raw: Table) -> Escalation:
    table = reader.table(raw, "escalation", required=False)
    reader.known_keys(table, "escalation", ESCALATION_KEYS)
    values: dict[str, Any] = {}
    for key in ESCALATION_KEYS:
        if key not in table:
            continue
        value = table[key]
        whole = key in _WHOLE_DAYS
        kinds = (int,) if whole else (int, float)
        if isinstance(value, bool) or not isinstance(value, kinds) or value <= 0:
            what = "a whole number of working days" if whole else "a number"
            reader.problems.append(f"escalation.{key}: must be {what} above 0, not {value!r}")
            continue
        values[key] = value
    result = Escalation(**values)
    if result.deputy_after_hours <= result.remind_after_hours:
        reader.problems.append(
            "escalation.deputy_after_hours: must be later than remind_after_hours, "
            "so the superusers are reminded before their deputy is called"
        )
    return result


def _people(reader: Reader, raw: Table) -> dict[str, Person]:
    people: dict[str, Person] = {}
    for email, item in reader.table(raw, "people", required=False).items():
        where = f"people.{email}"
        if not EMAIL.match(email):
            reader.problems.append(f"{where}: not an e-mail address")
            continue
        if email.lower() in people:
            reader.problems.append(f"{where}: listed twice (e-mail addresses ignore case)")
            continue
        if not isinstance(item, dict):
            reader.problems.append(f'{where}: must be a table like {{ name = "…" }}')
            continue
        reader.known_keys(item, where, _PERSON_KEYS)
        name = reader.text(item, "name", f"{where}.name")
        locale = reader.text(item, "locale", f"{where}.locale", DEFAULT_LOCALE)
        if not LOCALE.match(locale):
            reader.problems.append(f"{where}.locale: {locale!r} must look like da-DK or en-US")
        people[email.lower()] = Person(email=email.lower(), name=name, locale=locale)
    return people
