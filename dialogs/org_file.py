"""The organisation file (TOML): teams, roles, categories and contacts, as frozen dataclasses."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tomli_w
from rapidfuzz import fuzz, process, utils

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CATEGORY_KEY = re.compile(r"^[a-z0-9][a-z0-9-]*$")
LOCALE = re.compile(r"^[a-z]{2}(-[A-Z]{2})?$")
HOURS = re.compile(r"^(\d{2}):(\d{2})-(\d{2}):(\d{2})$")
URL = re.compile(r"^https?://\S+$")
# The bot files a problem that fits no category under this key, so no category may take it.
OTHER_CATEGORY = "andet"
LANGUAGES = ("da", "en")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_LOCALE = "da-DK"
ROLES = ("leaders", "superusers", "deputies", "members")
# A person's home team; deputies may cover other teams and leaders may lead several.
HOME_ROLES = ("members", "superusers")

DEFAULT_RETENTION_DAYS = 365
_SECTIONS = (
    "organisation",
    "contacts",
    "working_hours",
    "escalation",
    "categories",
    "teams",
    "people",
)
CLOSED_DAY = re.compile(r"^(\d{2})-(\d{2})$")
_CONTACT_KEYS = ("it_lead", "project_lead", "fagkoordinatorer", "central_it_support")
_SUPPORT_KEYS = ("name", "email", "phone", "url")
_CATEGORY_KEYS = ("key", "name", "keywords", "system_wide")
_TEAM_KEYS = ("key", "name", "teams_team_name", *ROLES, "portfolio")
_PORTFOLIO_KEYS = ("project_lead",)
_PERSON_KEYS = ("name", "locale")
# fuzz.ratio from 70 catches a dropped or added letter ("superuser") without guessing wildly.
_SUGGEST_CUTOFF = 70
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_LINE_LENGTH = 100
_COUNTS = {2: "two", 3: "three", 4: "four", 5: "five"}


class OrgError(ValueError):
    """The org file is broken; `problems` names each key and what is wrong with it."""

    def __init__(self, path: Path | str, problems: list[str]):
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(problems))


@dataclass(frozen=True)
class Person:
    email: str
    name: str
    locale: str = DEFAULT_LOCALE


@dataclass(frozen=True)
class CentralSupport:
    name: str = ""
    email: str = ""
    phone: str = ""
    url: str = ""


@dataclass(frozen=True)
class Escalation:
    """How long a case may wait, in working time, before the bot moves it on by itself."""

    remind_after_hours: float = 2
    remind_urgent_after_minutes: float = 30
    deputy_after_hours: float = 4
    project_lead_after_days: int = 1
    owner_idle_days: int = 2
    central_it_remind_after_hours: float = 8


_ESCALATION_KEYS = tuple(Escalation.__dataclass_fields__)
# Whole working days; the others may be fractions ("1.5" hours).
_WHOLE_DAYS = ("project_lead_after_days", "owner_idle_days")


@dataclass(frozen=True)
class Category:
    key: str
    name: dict[str, str]
    keywords: tuple[str, ...] = ()
    # A fault in a shared system (Momentum, the network) hits every team at once: reports from
    # different teams are one incident.
    system_wide: bool = False


@dataclass(frozen=True)
class Team:
    key: str
    name: str
    teams_team_name: str = ""
    leaders: tuple[str, ...] = ()
    superusers: tuple[str, ...] = ()
    deputies: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    portfolio_project_lead: tuple[str, ...] = ()

    @property
    def everyone(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.leaders + self.superusers + self.deputies + self.members))


@dataclass(frozen=True)
class Organisation:
    name: str
    timezone: str
    language: str
    it_lead: str
    project_lead: str
    fagkoordinatorer: tuple[str, ...] = ()
    central_it_support: CentralSupport = field(default_factory=CentralSupport)
    working_hours: dict[str, str] = field(default_factory=dict)
    closed_days: tuple[str, ...] = ()  # "MM-DD", closed every year besides public holidays
    escalation: Escalation = field(default_factory=Escalation)
    categories: tuple[Category, ...] = ()
    teams: tuple[Team, ...] = ()
    people: dict[str, Person] = field(default_factory=dict)
    retention_days: int = DEFAULT_RETENTION_DAYS  # closed cases are anonymised after this

    def person(self, email: str) -> Person:
        """The named person, or one whose display name is made from the e-mail address."""
        email = email.lower()
        known = self.people.get(email)
        if known:
            return known
        local = email.split("@", 1)[0]
        return Person(
            email=email, name=" ".join(p.capitalize() for p in re.split(r"[._-]+", local) if p)
        )

    def everyone(self) -> tuple[str, ...]:
        """Every e-mail the file names, in file order, without repeats."""
        names = [self.it_lead, self.project_lead, *self.fagkoordinatorer]
        for team in self.teams:
            names.extend(team.everyone)
        names.extend(self.people)
        return tuple(dict.fromkeys(n for n in names if n))

    def team_of(self, email: str) -> Team | None:
        """The person's home team: where they are a member, else superuser, deputy, leader."""
        email = email.lower()
        for role in ("members", "superusers", "deputies", "leaders"):
            team = next((t for t in self.teams if email in getattr(t, role)), None)
            if team is not None:
                return team
        return None

    def team(self, key: str) -> Team | None:
        """The team with this key, or None."""
        return next((t for t in self.teams if t.key == key), None)


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
    reader = _Reader(problems)
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
    categories = _categories(reader, raw)
    teams = _teams(reader, raw, {c.key for c in categories})

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


def _central_support(reader: _Reader, contacts: dict) -> CentralSupport:
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


def _working_hours(reader: _Reader, raw: dict) -> dict[str, str]:
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
        problem = _hours_problem(value)
        if problem:
            reader.problems.append(f"{where}: {problem}")
        hours[day] = value
    return hours


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _closed_days(reader: _Reader, raw: dict) -> tuple[str, ...]:
    table = reader.table(raw, "working_hours", required=False)
    days = reader.words(table, "closed", "working_hours.closed")
    for day in days:
        match = CLOSED_DAY.match(day)
        month, dom = (int(g) for g in match.groups()) if match else (0, 0)
        if not (1 <= month <= 12 and 1 <= dom <= _MONTH_DAYS[month - 1]):
            reader.problems.append(
                f'working_hours.closed: {day!r} must be a month and day like "12-24"'
            )
    return tuple(dict.fromkeys(days))


def _escalation(reader: _Reader, raw: dict) -> Escalation:
    table = reader.table(raw, "escalation", required=False)
    reader.known_keys(table, "escalation", _ESCALATION_KEYS)
    values: dict[str, Any] = {}
    for key in _ESCALATION_KEYS:
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


def _hours_problem(value: str) -> str | None:
    match = HOURS.match(value)
    if not match:
        return f'{value!r} must look like "08:00-15:30"'
    start_h, start_m, end_h, end_m = (int(g) for g in match.groups())
    if max(start_h, end_h) > 23 or max(start_m, end_m) > 59:
        return f"{value!r} is not a valid time of day"
    if (start_h, start_m) >= (end_h, end_m):
        return f"{value!r} must start before it ends"
    return None


def _categories(reader: _Reader, raw: dict) -> tuple[Category, ...]:
    problems = reader.problems
    categories = []
    labels = []
    for i, item in enumerate(reader.array(raw, "categories")):
        where = _label("categories", i, item)
        labels.append(where)
        reader.known_keys(item, where, _CATEGORY_KEYS)
        key = reader.text(item, "key", f"{where}.key")
        if key == OTHER_CATEGORY:
            problems.append(
                f"{where}.key: {OTHER_CATEGORY!r} is reserved for problems that fit no category; "
                "choose another key"
            )
        elif key and not CATEGORY_KEY.match(key):
            problems.append(
                f"{where}.key: {key!r} must be lower-case letters, digits and hyphens, "
                "starting with a letter or digit, e.g. 'nye-it-redskaber'"
            )
        name = _category_name(reader, item, where)
        keywords = reader.words(item, "keywords", f"{where}.keywords")
        if isinstance(item.get("keywords", []), list) and not keywords:
            state = "missing" if "keywords" not in item else "empty"
            problems.append(
                f"{where}.keywords: {state}; a category needs at least one keyword "
                "so the bot can recognise it"
            )
        if any(not k for k in keywords):
            problems.append(f'{where}.keywords: "" is not a keyword; remove the empty text')
        system_wide = item.get("system_wide", False)
        if not isinstance(system_wide, bool):
            problems.append(f"{where}.system_wide: must be true or false")
            system_wide = False
        categories.append(
            Category(
                key=key,
                name=name,
                keywords=tuple(k.lower() for k in keywords),
                system_wide=system_wide,
            )
        )
    _unique(problems, labels, [c.key for c in categories], "categories")
    return tuple(categories)


def _category_name(reader: _Reader, item: dict, where: str) -> dict[str, str]:
    names = item.get("name")
    if isinstance(names, str):
        names = {"da": names, "en": names}
    danish = names.get("da") if isinstance(names, dict) else None
    if not isinstance(danish, str) or not danish.strip():
        reader.problems.append(
            f'{where}.name: needs at least a Danish name, e.g. name = {{ da = "…" }}'
        )
        return {}
    reader.known_keys(names, f"{where}.name", LANGUAGES, "language")
    result = {}
    for lang in LANGUAGES:
        if lang in names:
            text = reader.text(names, lang, f"{where}.name.{lang}")
            if text:
                result[lang] = text
    return result


def _teams(reader: _Reader, raw: dict, category_keys: set[str]) -> tuple[Team, ...]:
    problems = reader.problems
    teams = []
    labels = []
    for i, item in enumerate(reader.array(raw, "teams")):
        where = _label("teams", i, item)
        labels.append(where)
        reader.known_keys(item, where, _TEAM_KEYS)
        key = reader.text(item, "key", f"{where}.key")
        name = reader.text(item, "name", f"{where}.name")
        teams_team_name = reader.text(item, "teams_team_name", f"{where}.teams_team_name", "")
        roles = {role: reader.emails(item, role, f"{where}.{role}") for role in ROLES}
        portfolio = reader.table(item, "portfolio", f"{where}.portfolio", required=False)
        reader.known_keys(portfolio, f"{where}.portfolio", _PORTFOLIO_KEYS)
        project_lead = reader.words(portfolio, "project_lead", f"{where}.portfolio.project_lead")
        team = Team(
            key=key,
            name=name,
            teams_team_name=teams_team_name,
            **roles,
            portfolio_project_lead=tuple(project_lead),
        )
        for category in team.portfolio_project_lead:
            if category not in category_keys:
                problems.append(f"{where}.portfolio.project_lead: unknown category {category!r}")
        for email in dict.fromkeys(team.deputies):
            if email in team.superusers:
                problems.append(
                    f"{where}.deputies: {email} is also a superuser of this team; "
                    "a deputy stands in for the superuser, so it must be someone else"
                )
        teams.append(team)
    _unique(problems, labels, [t.key for t in teams], "teams")
    _same_names(problems, labels, teams)
    _one_home_team(problems, labels, teams)
    return tuple(teams)


def _same_names(problems: list[str], labels: list[str], teams: list[Team]) -> None:
    for attr, what in (("name", "name"), ("teams_team_name", "Teams team")):
        seen: dict[str, str] = {}
        for where, team in zip(labels, teams, strict=True):
            value = getattr(team, attr)
            folded = value.casefold()
            if not folded:
                continue
            if folded in seen:
                problems.append(
                    f"{where}.{attr}: {value!r} is also the {what} of {seen[folded]}; "
                    f"each team needs its own {what}"
                )
            else:
                seen[folded] = where


def _one_home_team(problems: list[str], labels: list[str], teams: list[Team]) -> None:
    homes: dict[str, list[tuple[str, str]]] = {}
    for i, (where, team) in enumerate(zip(labels, teams, strict=True)):
        short = team.key or f"teams[{i}]"
        for role in HOME_ROLES:
            for email in getattr(team, role):
                places = homes.setdefault(email, [])
                if short not in (s for s, _ in places):
                    places.append((short, f"{where}.{role}"))
    for email, places in homes.items():
        if len(places) > 1:
            count = _COUNTS.get(len(places), str(len(places)))
            problems.append(
                f"{places[1][1]}: {email} belongs to {count} teams: "
                f"{_and_or([s for s, _ in places], 'and')}; a person has one team"
            )


def _people(reader: _Reader, raw: dict) -> dict[str, Person]:
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


def _label(section: str, index: int, item: dict) -> str:
    """How a problem names a team or category: by its key when it has one, else by position."""
    key = item.get("key")
    if isinstance(key, str) and key.strip():
        return f"{section}.{key.strip()}"
    return f"{section}[{index}]"


def _unique(problems: list[str], labels: list[str], keys: list[str], what: str) -> None:
    counts: dict[str, int] = {}
    for key in keys:
        if key:
            counts[key] = counts.get(key, 0) + 1
    reported = set()
    for where, key in zip(labels, keys, strict=True):
        if counts.get(key, 0) > 1 and key not in reported:
            reported.add(key)
            problems.append(
                f"{where}.key: {counts[key]} {what} have the key {key!r}; each key must be unique"
            )


def _and_or(words: Iterable[str], conjunction: str) -> str:
    words = list(words)
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


def _suggestion(key: str, known: Iterable[str]) -> str | None:
    match = process.extractOne(
        key,
        list(known),
        scorer=fuzz.ratio,
        processor=utils.default_process,
        score_cutoff=_SUGGEST_CUTOFF,
    )
    return match[0] if match else None


class _Reader:
    """Reads typed values from parsed TOML, recording every problem instead of stopping at one."""

    def __init__(self, problems: list[str]):
        self.problems = problems

    def known_keys(self, table: dict, where: str, known: tuple[str, ...], what: str = "key"):
        """Report keys the schema does not have, which are usually typos that would be ignored."""
        for key in table:
            if key in known:
                continue
            hint = _suggestion(key, known)
            advice = f"did you mean {hint!r}?" if hint else f"use {_and_or(known, 'or')}"
            problem = f"unknown {what} {key!r}; {advice}"
            self.problems.append(f"{where}: {problem}" if where else problem)

    def table(
        self, parent: dict, key: str, where: str | None = None, required: bool = True
    ) -> dict:
        value = parent.get(key)
        if value is None:
            if required:
                self.problems.append(f"{where or key}: missing section [{where or key}]")
            return {}
        if not isinstance(value, dict):
            self.problems.append(f"{where or key}: must be a table")
            return {}
        return value

    def array(self, parent: dict, key: str) -> list[dict]:
        value = parent.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problems.append(f"{key}: must be written as [[{key}]] tables")
            return []
        return value

    def text(self, parent: dict, key: str, where: str, default: str | None = None) -> str:
        """Stripped text; without a default the value is required and may not be empty."""
        value = parent.get(key, default)
        if value is None:
            self.problems.append(f"{where}: missing")
            return ""
        if not isinstance(value, str):
            self.problems.append(f"{where}: must be text")
            return default or ""
        if default is None and not value.strip():
            self.problems.append(f"{where}: empty")
        return value.strip()

    def email(self, parent: dict, key: str, where: str) -> str:
        value = self.text(parent, key, where)
        if value and not EMAIL.match(value):
            self.problems.append(f"{where}: {value!r} is not an e-mail address")
        return value.lower()

    def words(self, parent: dict, key: str, where: str) -> list[str]:
        value = parent.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problems.append(f"{where}: must be a list of text")
            return []
        return [v.strip() for v in value]

    def emails(self, parent: dict, key: str, where: str) -> tuple[str, ...]:
        values = self.words(parent, key, where)
        seen: set[str] = set()
        for value in values:
            if not EMAIL.match(value):
                self.problems.append(f"{where}: {value!r} is not an e-mail address")
            elif value.lower() in seen:
                self.problems.append(f"{where}: {value.lower()} is listed twice")
            seen.add(value.lower())
        return tuple(v.lower() for v in values)


def dump_org(org: Organisation) -> str:
    """The organisation as TOML in the org file's schema, which parse_org reads back unchanged."""
    support = org.central_it_support
    sections = [
        _section(
            "[organisation]",
            {
                "name": org.name,
                "timezone": org.timezone,
                "language": org.language,
                "retention_days": org.retention_days,
            },
        ),
        _section(
            "[contacts]",
            {
                "it_lead": org.it_lead,
                "project_lead": org.project_lead,
                "fagkoordinatorer": list(org.fagkoordinatorer),
            },
        ),
        _section(
            "[contacts.central_it_support]",
            {
                "name": support.name,
                "email": support.email,
                "phone": support.phone,
                "url": support.url,
            },
        ),
        _section("[working_hours]", {**org.working_hours, "closed": list(org.closed_days)}),
        _section(
            "[escalation]",
            {key: getattr(org.escalation, key) for key in _ESCALATION_KEYS},
        ),
    ]
    sections += [
        _section(
            "[[categories]]",
            {
                "key": c.key,
                "name": c.name,
                "keywords": list(c.keywords),
                "system_wide": c.system_wide,
            },
            always=True,
        )
        for c in org.categories
    ]
    sections += [
        _section(
            "[[teams]]",
            {
                "key": t.key,
                "name": t.name,
                "teams_team_name": t.teams_team_name,
                "leaders": list(t.leaders),
                "superusers": list(t.superusers),
                "deputies": list(t.deputies),
                "members": list(t.members),
                "portfolio": (
                    {"project_lead": list(t.portfolio_project_lead)}
                    if t.portfolio_project_lead
                    else {}
                ),
            },
            # Written even when empty, so a team that lacks one of these roles shows it plainly.
            keep=("leaders", "superusers", "deputies"),
            always=True,
        )
        for t in org.teams
    ]
    sections.append(
        _section(
            "[people]",
            {
                email: {"name": p.name}
                | ({"locale": p.locale} if p.locale != DEFAULT_LOCALE else {})
                for email, p in org.people.items()
            },
        )
    )
    name = " ".join(org.name.split())
    header = f"# The organisation of {name} as the bot sees it.\n"
    return header + "".join(f"\n{s}" for s in sections if s)


def _section(
    header: str, values: dict[str, Any], keep: tuple[str, ...] = (), always: bool = False
) -> str:
    """A table's lines without its empty values but those in `keep`; "" when nothing is left."""
    lines = [_assignment(k, v) for k, v in values.items() if v or k in keep]
    if not lines and not always:
        return ""
    return "".join(f"{line}\n" for line in [header, *lines])


def _assignment(key: str, value: Any) -> str:
    line = f"{_toml_key(key)} = {_toml_value(value)}"
    if len(line) <= _LINE_LENGTH or not isinstance(value, list):
        return line
    # Long lists wrap several items to a line, the way people write keyword lists by hand.
    rows: list[str] = []
    for item in (f"{_toml_value(v)}," for v in value):
        if rows and len(rows[-1]) + 1 + len(item) <= _LINE_LENGTH:
            rows[-1] += f" {item}"
        else:
            rows.append(f"    {item}")
    return "\n".join([f"{_toml_key(key)} = [", *rows, "]"])


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else _toml_value(key)


def _toml_value(value: Any) -> str:
    if isinstance(value, dict):
        if not value:
            return "{}"
        pairs = ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items())
        return f"{{ {pairs} }}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return tomli_w.dumps({"v": value}).removeprefix("v = ").rstrip("\n")
