"""The org file's [[categories]] and [[teams]]: each entry parsed and checked against the rest."""

from __future__ import annotations

from collections.abc import Iterator

from dialogs.org_file.checks import CATEGORY_KEY, Reader, Table, one_home_team, same_names, unique
from dialogs.org_file.model import LANGUAGES, OTHER_CATEGORY, ROLES, Category, Team

_CATEGORY_KEYS = ("key", "name", "keywords", "system_wide")
_TEAM_KEYS = ("key", "name", "teams_team_name", *ROLES, "portfolio")
_PORTFOLIO_KEYS = ("project_lead",)


def _label(section: str, index: int, item: Table) -> str:
    """How a problem names a team or category: by its key when it has one, else by position."""
    key = item.get("key")
    if isinstance(key, str) and key.strip():
        return f"{section}.{key.strip()}"
    return f"{section}[{index}]"


def _entries(
    reader: Reader, raw: Table, section: str, known: tuple[str, ...]
) -> Iterator[tuple[str, Table]]:
    """Each [[section]] entry with the name its problems go by, its unknown keys reported."""
    for i, item in enumerate(reader.array(raw, section)):
        where = _label(section, i, item)
        reader.known_keys(item, where, known)
        yield where, item


def categories_of(reader: Reader, raw: Table) -> tuple[Category, ...]:
    """The [[categories]] entries, each checked, their keys unique."""
    problems = reader.problems
    categories = []
    labels = []
    for where, item in _entries(reader, raw, "categories", _CATEGORY_KEYS):
        labels.append(where)
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
    unique(problems, labels, [c.key for c in categories], "categories")
    return tuple(categories)


def _category_name(reader: Reader, item: Table, where: str) -> dict[str, str]:
    names = item.get("name")
    if isinstance(names, str):
        names = {"da": names, "en": names}
    danish = names.get("da") if isinstance(names, dict) else None
    if not isinstance(names, dict) or not isinstance(danish, str) or not danish.strip():
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


def teams_of(reader: Reader, raw: Table, category_keys: set[str]) -> tuple[Team, ...]:
    """The [[teams]] entries, each checked, and checked against each other."""
    problems = reader.problems
    teams = []
    labels = []
    for where, item in _entries(reader, raw, "teams", _TEAM_KEYS):
        labels.append(where)
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
    unique(problems, labels, [t.key for t in teams], "teams")
    same_names(problems, labels, teams)
    one_home_team(problems, labels, teams)
    return tuple(teams)
