"""Run every check in the order a broken deployment is usually fixed, and print the report."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from bot.package import DEFAULT_OUT, MANIFEST_DIR
from bot.selftest.credentials import check_credentials, check_tenants
from bot.selftest.data import check_data
from bot.selftest.manifest import check_manifest
from bot.selftest.org_file import check_org
from bot.selftest.report import Report
from bot.settings import Settings, SettingsError

_LOGGER = logging.getLogger(__name__)


def run(
    env: Mapping[str, str] | None = None,
    *,
    dotenv: Path | None = Path(".env"),
    manifest_dir: Path = MANIFEST_DIR,
    package: Path = DEFAULT_OUT,
    now: datetime | None = None,
) -> Report:
    """Every check, in the order a broken deployment is usually fixed."""
    report = Report()
    try:
        settings = Settings.from_env(env, dotenv=dotenv)
    except SettingsError as error:
        report.fail(
            "settings",
            str(error),
            "set the variable in the environment or in .env (see README, Settings), "
            "or leave MicrosoftAppId empty to run locally",
        )
        return report
    check_credentials(report, settings)
    check_tenants(report, settings)
    org = check_org(report, settings)
    check_data(report, settings, org, now or datetime.now(UTC))
    check_manifest(report, settings, manifest_dir, package)
    return report


def main(out: TextIO) -> int:
    """Run every check and print the report; 1 when something must be fixed."""
    report = run()
    report.write(out)
    return 1 if report.problems else 0
