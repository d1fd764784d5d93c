"""The data dir takes writes and the database in it loads; what is stored is checked from there."""

from __future__ import annotations

import logging
import tempfile
from datetime import datetime
from pathlib import Path

from bot.selftest.reminders import check_reminders
from bot.selftest.report import Report
from bot.selftest.team_links import check_team_links
from bot.settings import Settings
from dialogs.org_file import Organisation
from storage.db import FILE_NAME, Database, StorageError

_LOGGER = logging.getLogger(__name__)


def check_data(report: Report, settings: Settings, org: Organisation | None, now: datetime) -> None:
    """The data dir, the database, and (with an org) its Teams links and reminders."""
    data_dir = settings.data_dir
    if not _writable(report, data_dir):
        return
    if not (data_dir / FILE_NAME).exists():
        report.warn("database", f"no {FILE_NAME} in {data_dir} yet: the bot creates it at start")
        if org is not None:
            check_team_links(report, org, None)
        return
    try:
        # Read-only: the check may run beside the bot, which holds the write lock.
        with Database.read(data_dir) as db:
            report.ok("database", f"{db.path} loads (schema version {db.schema_version})")
            if org is not None:
                check_team_links(report, org, db)
                check_reminders(report, org, db, now)
    except StorageError as error:
        report.fail(
            "database",
            f"{data_dir / FILE_NAME} does not load: {error}",
            "restore the file from the last backup, or move it away to start with no data",
        )


def _writable(report: Report, data_dir: Path) -> bool:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".selftest-"):
            pass
    except OSError as error:
        report.fail(
            "data dir",
            f"{data_dir} is not writable: {error.strerror or error}",
            "point BOT_DATA_DIR at a directory the bot's user owns",
        )
        return False
    report.ok("data dir", f"{data_dir} is writable")
    return True
