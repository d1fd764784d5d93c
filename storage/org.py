"""The organisation file (TOML): teams, roles, categories and contacts, as frozen dataclasses."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class OrgError(ValueError):
    """The org file is broken; `problems` names each key and what is wrong with it."""

    def __init__(self, path: Path | str, problems: list[str]):
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(problems))


@dataclass(frozen=True)
class Person:
    email: str
    name: str
    locale: str = "da-DK"


@dataclass(frozen=True)
class CentralSupport:
    name: str = ""
    email: str = ""
    phone: str = ""
    url: str = ""


@dataclass(frozen=True)
class Category:
    key: str
    name: dict[str, str]
    keywords: tuple[str, ...] = ()


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
    categories: tuple[Category, ...] = ()
    teams: tuple[Team, ...] = ()
    people: dict[str, Person] = field(default_factory=dict)

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
        email = email.lower()
        return next((t for t in self.teams if email in t.everyone), None)


def load_org(path: Path | str) -> Organisation:
    """Parse and validate an org file; raise OrgError listing every problem at once."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OrgError(path, ["the file does not exist"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise OrgError(path, [f"not valid TOML: {exc}"]) from None
    return parse_org(raw, path)


def parse_org(raw: dict[str, Any], path: Path | str = "<org>") -> Organisation:
    problems: list[str] = []
    reader = _Reader(problems)

    org = reader.table(raw, "organisation")
    contacts = reader.table(raw, "contacts")
    support = reader.table(
        contacts, "central_it_support", "contacts.central_it_support", required=False
    )
    timezone = reader.text(org, "timezone", "organisation.timezone", "Europe/Copenhagen")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f"organisation.timezone: unknown time zone {timezone!r}")

    categories = []
    for i, item in enumerate(reader.array(raw, "categories")):
        where = f"categories[{i}]"
        names = item.get("name")
        if isinstance(names, str):
            names = {"da": names, "en": names}
        if not isinstance(names, dict) or "da" not in names:
            problems.append(
                f'{where}.name: needs at least a Danish name, e.g. name = {{ da = "…" }}'
            )
            names = {}
        categories.append(
            Category(
                key=reader.text(item, "key", f"{where}.key"),
                name={str(k): str(v) for k, v in names.items()},
                keywords=tuple(k.lower() for k in reader.emails_or_words(item, "keywords", where)),
            )
        )
    category_keys = {c.key for c in categories}

    teams = []
    for i, item in enumerate(reader.array(raw, "teams")):
        where = f"teams[{i}]"
        portfolio = reader.table(item, "portfolio", f"{where}.portfolio", required=False)
        team = Team(
            key=reader.text(item, "key", f"{where}.key"),
            name=reader.text(item, "name", f"{where}.name"),
            teams_team_name=reader.text(item, "teams_team_name", f"{where}.teams_team_name", ""),
            leaders=reader.emails(item, "leaders", where),
            superusers=reader.emails(item, "superusers", where),
            deputies=reader.emails(item, "deputies", where),
            members=reader.emails(item, "members", where),
            portfolio_project_lead=tuple(
                reader.emails_or_words(portfolio, "project_lead", f"{where}.portfolio")
            ),
        )
        for key in team.portfolio_project_lead:
            if key not in category_keys:
                problems.append(f"{where}.portfolio.project_lead: unknown category {key!r}")
        teams.append(team)
    _unique(problems, "categories", [c.key for c in categories])
    _unique(problems, "teams", [t.key for t in teams])

    people = {}
    for email, item in reader.table(raw, "people", required=False).items():
        if not EMAIL.match(email):
            problems.append(f"people.{email}: not an e-mail address")
            continue
        item = item if isinstance(item, dict) else {}
        people[email.lower()] = Person(
            email=email.lower(),
            name=reader.text(item, "name", f"people.{email}.name"),
            locale=reader.text(item, "locale", f"people.{email}.locale", "da-DK"),
        )

    result = Organisation(
        name=reader.text(org, "name", "organisation.name"),
        timezone=timezone,
        language=reader.text(org, "language", "organisation.language", "da"),
        it_lead=reader.email(contacts, "it_lead", "contacts.it_lead"),
        project_lead=reader.email(contacts, "project_lead", "contacts.project_lead"),
        fagkoordinatorer=reader.emails(contacts, "fagkoordinatorer", "contacts"),
        central_it_support=CentralSupport(
            name=reader.text(support, "name", "contacts.central_it_support.name", ""),
            email=reader.text(support, "email", "contacts.central_it_support.email", ""),
            phone=reader.text(support, "phone", "contacts.central_it_support.phone", ""),
            url=reader.text(support, "url", "contacts.central_it_support.url", ""),
        ),
        working_hours={
            str(k): str(v) for k, v in reader.table(raw, "working_hours", required=False).items()
        },
        categories=tuple(categories),
        teams=tuple(teams),
        people=people,
    )
    if problems:
        raise OrgError(path, problems)
    return result


def _unique(problems: list[str], where: str, keys: list[str]) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            problems.append(f"{where}: the key {key!r} is used twice")
        seen.add(key)


class _Reader:
    """Reads typed values from parsed TOML, recording every problem instead of stopping at one."""

    def __init__(self, problems: list[str]):
        self.problems = problems

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
        value = parent.get(key, default)
        if value is None:
            self.problems.append(f"{where}: missing")
            return ""
        if not isinstance(value, str):
            self.problems.append(f"{where}: must be text")
            return ""
        return value.strip()

    def email(self, parent: dict, key: str, where: str) -> str:
        value = self.text(parent, key, where)
        if value and not EMAIL.match(value):
            self.problems.append(f"{where}: {value!r} is not an e-mail address")
        return value.lower()

    def emails_or_words(self, parent: dict, key: str, where: str) -> list[str]:
        value = parent.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problems.append(f"{where}.{key}: must be a list of text")
            return []
        return [v.strip() for v in value]

    def emails(self, parent: dict, key: str, where: str) -> tuple[str, ...]:
        values = self.emails_or_words(parent, key, where)
        for value in values:
            if not EMAIL.match(value):
                self.problems.append(f"{where}.{key}: {value!r} is not an e-mail address")
        return tuple(v.lower() for v in values)
