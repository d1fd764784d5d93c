"""The organisation written back as an org file, in the schema that parse_org reads."""

from __future__ import annotations

import re
from typing import Any

import tomli_w

from dialogs.org_file.model import DEFAULT_LOCALE, ESCALATION_KEYS, Organisation

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_LINE_LENGTH = 100


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
            {key: getattr(org.escalation, key) for key in ESCALATION_KEYS},
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
