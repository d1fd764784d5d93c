"""Checks of an org file's values, each problem named by its key, with "did you mean"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rapidfuzz import fuzz, process, utils

from dialogs.org_file.model import HOME_ROLES, Team

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CATEGORY_KEY = re.compile(r"^[a-z0-9][a-z0-9-]*$")
LOCALE = re.compile(r"^[a-z]{2}(-[A-Z]{2})?$")
HOURS = re.compile(r"^(\d{2}):(\d{2})-(\d{2}):(\d{2})$")
URL = re.compile(r"^https?://\S+$")
CLOSED_DAY = re.compile(r"^(\d{2})-(\d{2})$")
# fuzz.ratio from 70 catches a dropped or added letter ("superuser") without guessing wildly.
_SUGGEST_CUTOFF = 70
_COUNTS = {2: "two", 3: "three", 4: "four", 5: "five"}
# February has 29: a closed day comes back every year, leap years too.
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


# A table of the parsed TOML file.
Table = dict[str, Any]


class Reader:
    """Reads typed values from parsed TOML, recording every problem instead of stopping at one."""

    def __init__(self, problems: list[str]):
        self.problems = problems

    def known_keys(
        self, table: Table, where: str, known: tuple[str, ...], what: str = "key"
    ) -> None:
        """Report keys the schema does not have, which are usually typos that would be ignored."""
        for key in table:
            if key in known:
                continue
            hint = _suggestion(key, known)
            advice = f"did you mean {hint!r}?" if hint else f"use {and_or(known, 'or')}"
            problem = f"unknown {what} {key!r}; {advice}"
            self.problems.append(f"{where}: {problem}" if where else problem)

    def table(
        self, parent: Table, key: str, where: str | None = None, required: bool = True
    ) -> Table:
        value = parent.get(key)
        if value is None:
            if required:
                self.problems.append(f"{where or key}: missing section [{where or key}]")
            return {}
        if not isinstance(value, dict):
            self.problems.append(f"{where or key}: must be a table")
            return {}
        return value

    def array(self, parent: Table, key: str) -> list[Table]:
        value = parent.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problems.append(f"{key}: must be written as [[{key}]] tables")
            return []
        return value

    def text(self, parent: Table, key: str, where: str, default: str | None = None) -> str:
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

    def email(self, parent: Table, key: str, where: str) -> str:
        value = self.text(parent, key, where)
        if value and not EMAIL.match(value):
            self.problems.append(f"{where}: {value!r} is not an e-mail address")
        return value.lower()

    def words(self, parent: Table, key: str, where: str) -> list[str]:
        value = parent.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problems.append(f"{where}: must be a list of text")
            return []
        return [v.strip() for v in value]

    def emails(self, parent: Table, key: str, where: str) -> tuple[str, ...]:
        values = self.words(parent, key, where)
        seen: set[str] = set()
        for value in values:
            if not EMAIL.match(value):
                self.problems.append(f"{where}: {value!r} is not an e-mail address")
            elif value.lower() in seen:
                self.problems.append(f"{where}: {value.lower()} is listed twice")
            seen.add(value.lower())
        return tuple(v.lower() for v in values)


def hours_problem(value: str) -> str | None:
    """What is wrong with a day's working hours such as "08:00-15:30", or None."""
    match = HOURS.match(value)
    if not match:
        return f'{value!r} must look like "08:00-15:30"'
    start_h, start_m, end_h, end_m = (int(g) for g in match.groups())
    if max(start_h, end_h) > 23 or max(start_m, end_m) > 59:
        return f"{value!r} is not a valid time of day"
    if (start_h, start_m) >= (end_h, end_m):
        return f"{value!r} must start before it ends"
    return None


def closed_day_problem(day: str) -> str | None:
    """What is wrong with a closed day such as "12-24", or None."""
    match = CLOSED_DAY.match(day)
    month, dom = (int(g) for g in match.groups()) if match else (0, 0)
    if not (1 <= month <= 12 and 1 <= dom <= _MONTH_DAYS[month - 1]):
        return f'{day!r} must be a month and day like "12-24"'
    return None


def unique(problems: list[str], labels: list[str], keys: list[str], what: str) -> None:
    """Report each key that more than one team or category has, once."""
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


def and_or(words: Iterable[str], conjunction: str) -> str:
    """ "a, b and c": words listed the way a sentence lists them."""
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


def same_names(problems: list[str], labels: list[str], teams: list[Team]) -> None:
    """Report a team name or Teams team that another team has too, ignoring case."""
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


def one_home_team(problems: list[str], labels: list[str], teams: list[Team]) -> None:
    """Report a member or superuser whom more than one team has."""
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
                f"{and_or([s for s, _ in places], 'and')}; a person has one team"
            )
