"""The organisation as the org file describes it: teams, roles, categories and contacts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

# The bot files a problem that fits no category under this key, so no category may take it.
OTHER_CATEGORY = "andet"
LANGUAGES = ("da", "en")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_LOCALE = "da-DK"
ROLES = ("leaders", "superusers", "deputies", "members")
# A person's home team; deputies may cover other teams and leaders may lead several.
HOME_ROLES = ("members", "superusers")

DEFAULT_RETENTION_DAYS = 365


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


ESCALATION_KEYS = tuple(Escalation.__dataclass_fields__)


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
