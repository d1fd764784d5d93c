"""`python -m bot selftest`: check a deployment before Teams finds out what is wrong with it."""

from __future__ import annotations

import json
import logging
import re
import tempfile
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Final, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.package import DEFAULT_OUT, MANIFEST_DIR, PLACEHOLDER
from bot.settings import Settings, SettingsError
from dialogs.event_rules import HORIZON, reminders_between
from dialogs.org_file import Organisation, OrgError, load_org
from storage.db import FILE_NAME, Database, StorageError
from storage.repositories import Cases, Events, InstalledTeams, Tasks, TeamLinks

_LOGGER = logging.getLogger(__name__)

# Entra app ids and tenant ids are GUIDs; anything else is a copy-paste slip.
_GUID: Final = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")


@dataclass(frozen=True)
class Finding:
    """One thing the self-test looked at: fine, worth knowing, or a problem with its fix."""

    area: str
    message: str
    fix: str = ""  # set only for problems
    warning: bool = False

    @property
    def problem(self) -> bool:
        return bool(self.fix)


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)

    @property
    def problems(self) -> list[Finding]:
        return [f for f in self.findings if f.problem]

    def ok(self, area: str, message: str) -> None:
        self.findings.append(Finding(area, message))

    def warn(self, area: str, message: str) -> None:
        self.findings.append(Finding(area, message, warning=True))

    def fail(self, area: str, message: str, fix: str) -> None:
        self.findings.append(Finding(area, message, fix))

    def write(self, out: TextIO) -> None:
        """The plain report: one line per finding, the fix under each problem, a verdict last."""
        for finding in self.findings:
            mark = "PROBLEM" if finding.problem else ("note" if finding.warning else "ok")
            out.write(f"[{mark}] {finding.area}: {finding.message}\n")
            if finding.problem:
                out.write(f"          fix: {finding.fix}\n")
        count = len(self.problems)
        if count:
            out.write(
                f"\n{count} problem(s) found; fix them and run `python -m bot selftest` again.\n"
            )
        else:
            out.write("\nEverything checked is fine.\n")


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
    _check_credentials(report, settings)
    _check_tenants(report, settings)
    org = _check_org(report, settings)
    _check_data(report, settings, org, now or datetime.now(UTC))
    _check_manifest(report, settings, manifest_dir, package)
    return report


def _check_credentials(report: Report, settings: Settings) -> None:
    if settings.local_mode:
        report.warn(
            "credentials",
            "MicrosoftAppId is empty: local mode, no Teams; fine for trying the bot out",
        )
        return
    if not _GUID.fullmatch(settings.app_id):
        report.fail(
            "credentials",
            f"MicrosoftAppId is not a GUID: {settings.app_id!r}",
            "copy the Application (client) ID from the Azure bot's configuration page",
        )
    else:
        report.ok("credentials", f"MicrosoftAppId {settings.app_id} ({settings.app_type})")
    if settings.app_tenant_id and not _GUID.fullmatch(settings.app_tenant_id):
        report.fail(
            "credentials",
            f"MicrosoftAppTenantId is not a GUID: {settings.app_tenant_id!r}",
            "copy the Directory (tenant) ID from the app registration in Entra",
        )
    if settings.app_password and settings.app_password.strip() != settings.app_password:
        report.fail(
            "credentials",
            "MicrosoftAppPassword starts or ends with a space",
            "paste the client secret's value again, without spaces or quotes",
        )


def _check_tenants(report: Report, settings: Settings) -> None:
    if not settings.allowed_tenants:
        report.warn("tenants", "BOT_ALLOWED_TENANTS is empty: every tenant is accepted locally")
        return
    wrong = sorted(t for t in settings.allowed_tenants if not _GUID.fullmatch(t))
    if wrong:
        report.fail(
            "tenants",
            f"BOT_ALLOWED_TENANTS has entries that are no tenant id: {', '.join(wrong)}",
            "list Entra tenant ids (GUIDs), comma-separated; Teams sends no tenant names",
        )
        return
    tenants = ", ".join(sorted(settings.allowed_tenants))
    if settings.app_tenant_id and settings.app_tenant_id not in settings.allowed_tenants:
        report.fail(
            "tenants",
            f"the app's own tenant {settings.app_tenant_id} is not in BOT_ALLOWED_TENANTS",
            "add MicrosoftAppTenantId to BOT_ALLOWED_TENANTS, or the bot refuses its own users",
        )
        return
    report.ok("tenants", f"accepted: {tenants}")


def _check_org(report: Report, settings: Settings) -> Organisation | None:
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


def _check_data(
    report: Report, settings: Settings, org: Organisation | None, now: datetime
) -> None:
    data_dir = settings.data_dir
    if not _writable(report, data_dir):
        return
    if not (data_dir / FILE_NAME).exists():
        report.warn("database", f"no {FILE_NAME} in {data_dir} yet: the bot creates it at start")
        if org is not None:
            _check_links(report, org, None)
        return
    try:
        # Read-only: the check may run beside the bot, which holds the write lock.
        with Database.read(data_dir) as db:
            report.ok("database", f"{db.path} loads (schema version {db.schema_version})")
            if org is not None:
                _check_links(report, org, db)
                _check_jobs(report, org, db, now)
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


def _check_links(report: Report, org: Organisation, db: Database | None) -> None:
    """Every org team needs a Teams channel for its cases, in a team the bot is installed in."""
    links = TeamLinks(db) if db is not None else None
    installed = InstalledTeams(db) if db is not None else None
    for team in org.teams:
        link = links.get(team.key) if links is not None else None
        there = installed.get(link.team_id) if link is not None and installed is not None else None
        if link is None:
            report.fail(
                "teams",
                f"{team.name} ({team.key}) is linked to no Teams channel: cases reach its "
                "superusers only 1:1",
                f"install the app in {team.name}'s Teams team"
                + (f" «{team.teams_team_name}»" if team.teams_team_name else "")
                + ", or write «@IT-hjælp tilknyt "
                + team.name
                + "» in the channel it should use",
            )
        elif there is None or not there.installed:
            report.fail(
                "teams",
                f"{team.name} is linked to a Teams team the app is no longer installed in",
                f"install the app in that Teams team again, or link {team.name} to another one",
            )
        elif there.channels and link.channel_id not in {c.channel_id for c in there.channels}:
            report.fail(
                "teams",
                f"{team.name}'s case channel is gone from the Teams team «{there.name}»",
                f"write «@IT-hjælp brug denne kanal» in the channel {team.name} uses now",
            )
        else:
            report.ok("teams", f"{team.name} → «{there.name or there.team_id}»")


def _check_jobs(report: Report, org: Organisation, db: Database, now: datetime) -> None:
    """The reminders the bot schedules at start can be rebuilt from what is stored."""
    try:
        ZoneInfo(org.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        report.fail(
            "scheduler",
            f"the time zone {org.timezone!r} is unknown, so no reminder can be scheduled",
            "set organisation.timezone to a name like Europe/Copenhagen",
        )
        return
    count = broken = 0
    for event in Events(db).all():
        try:
            count += len(reminders_between(event, now, now + HORIZON))
        except (ValueError, TypeError) as error:
            broken += 1
            report.fail(
                "scheduler",
                f"the reminders of «{event.title}» ({event.event_id}) cannot be planned: {error}",
                "move or cancel the event in chat so its dates are written again",
            )
    for task in Tasks(db).all():
        if task.done:
            continue
        try:
            date.fromisoformat(task.deadline)
        except ValueError:
            broken += 1
            report.fail(
                "scheduler",
                f"the task «{task.title}» has no readable deadline: {task.deadline!r}",
                "ask the IT lead to hand the task over again with a date",
            )
        else:
            count += 1
    count += len(Cases(db).resolved())
    if not broken:
        report.ok("scheduler", f"{count} reminder(s) and closings to schedule ({org.timezone})")


def _check_manifest(report: Report, settings: Settings, manifest_dir: Path, package: Path) -> None:
    """The app that people install must name the bot these credentials belong to."""
    sources = list(_manifest_bot_ids(report, manifest_dir, package))
    if not sources:
        return
    if settings.local_mode:
        report.warn("manifest", "local mode: the manifest's bot id is not checked")
        return
    wrong = [(where, bot_id) for where, bot_id in sources if bot_id != settings.app_id]
    for where, bot_id in wrong:
        report.fail(
            "manifest",
            f"{where} names bot {bot_id}, but MicrosoftAppId is {settings.app_id}",
            "build the package again with `make package` and upload it to Teams",
        )
    if not wrong:
        report.ok("manifest", f"the bot id matches MicrosoftAppId in {sources[-1][0]}")


def _manifest_bot_ids(
    report: Report, manifest_dir: Path, package: Path
) -> Iterator[tuple[str, str]]:
    """(where, bot id) for the manifest template (unless a placeholder) and the built package."""
    template = manifest_dir / "manifest.json"
    try:
        ids = _bot_ids(json.loads(template.read_text(encoding="utf-8")))
    except (OSError, ValueError) as error:
        report.fail(
            "manifest",
            f"{template} cannot be read: {error}",
            "restore manifest/manifest.json from the repository",
        )
        return
    yield from ((str(template), i) for i in ids if i != PLACEHOLDER)
    if not package.is_file():
        report.warn("manifest", f"no package at {package} yet: `make package` builds it")
        return
    try:
        with zipfile.ZipFile(package) as zf:
            built = json.loads(zf.read("manifest.json").decode("utf-8"))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as error:
        report.fail(
            "manifest",
            f"{package} is no Teams app package: {error}",
            "build it again with `make package`",
        )
        return
    yield from ((str(package), i) for i in _bot_ids(built))


def _bot_ids(manifest: object) -> list[str]:
    bots = manifest.get("bots") if isinstance(manifest, dict) else None
    return [str(b.get("botId", "")) for b in bots or [] if isinstance(b, dict)]


def main(out: TextIO) -> int:
    """Run every check and print the report; 1 when something must be fixed."""
    report = run()
    report.write(out)
    return 1 if report.problems else 0
