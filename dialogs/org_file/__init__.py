"""The organisation file (TOML): teams, roles, categories and contacts, as frozen dataclasses."""

from dialogs.org_file.checks import CATEGORY_KEY, CLOSED_DAY, EMAIL, HOURS, LOCALE, URL
from dialogs.org_file.export import dump_org
from dialogs.org_file.model import (
    DAYS,
    DEFAULT_LOCALE,
    DEFAULT_RETENTION_DAYS,
    HOME_ROLES,
    LANGUAGES,
    OTHER_CATEGORY,
    ROLES,
    Category,
    CentralSupport,
    Escalation,
    Organisation,
    OrgError,
    Person,
    Team,
)
from dialogs.org_file.parsing import load_org, parse_org

__all__ = [
    "CATEGORY_KEY",
    "CLOSED_DAY",
    "DAYS",
    "DEFAULT_LOCALE",
    "DEFAULT_RETENTION_DAYS",
    "EMAIL",
    "HOME_ROLES",
    "HOURS",
    "LANGUAGES",
    "LOCALE",
    "OTHER_CATEGORY",
    "ROLES",
    "URL",
    "Category",
    "CentralSupport",
    "Escalation",
    "OrgError",
    "Organisation",
    "Person",
    "Team",
    "dump_org",
    "load_org",
    "parse_org",
]
