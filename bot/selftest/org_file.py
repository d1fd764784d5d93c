"""The org file loads, or every problem in it is a finding."""

from __future__ import annotations

import logging

from bot.selftest.report import Report
from bot.settings import Settings
from dialogs.org_file import Organisation, OrgError, load_org

_LOGGER = logging.getLogger(__name__)


def check_org(report: Report, settings: Settings) -> Organisation | None:
    """The organisation the settings name; None when it does not load."""
    try:
        org = load_org(settings.org_file)
    except OrgError as error:
        for problem in error.problems:
            report.fail(
                "org file",
                f"{settings.org_file}: {problem}",
                "correct the org file; `python -m bot org check` lists every problem",
            )
        return None
    report.ok(
        "org file",
        f"{settings.org_file}: {org.name}, "
        f"{len(org.teams)} teams, {len(org.categories)} categories",
    )
    return org
