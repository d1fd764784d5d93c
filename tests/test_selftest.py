"""`python -m bot selftest`: a broken deployment is named, with the fix, before Teams finds it."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot import selftest
from bot.emulator.directory import DEMO_TENANT_ID
from bot.package import build_package
from bot.settings import DEMO_ORG_FILE
from storage.db import FILE_NAME
from tests.conftest import DEMO_TEAMS, RunningBot

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "6f1c2a52-3c0b-4a53-8d8e-2a9c1f0e7b11"


def teams_env(bot: RunningBot, **more: str) -> dict[str, str]:
    """A deployment with credentials, on the running bot's data."""
    return {
        "MicrosoftAppId": APP_ID,
        "MicrosoftAppPassword": "a-client-secret",
        "BOT_ALLOWED_TENANTS": DEMO_TENANT_ID,
        "BOT_DATA_DIR": str(bot.settings.data_dir),
        "BOT_ORG_FILE": str(DEMO_ORG_FILE),
        **more,
    }


def check(env: dict[str, str], package: Path) -> tuple[selftest.Report, str]:
    report = selftest.run(env, dotenv=None, package=package)
    out = io.StringIO()
    report.write(out)
    return report, out.getvalue()


@pytest.fixture
def package(tmp_path: Path) -> Path:
    return build_package(APP_ID, tmp_path / "it-hjaelp.zip")


async def test_a_deployment_in_every_team_passes(bot: RunningBot, package: Path) -> None:
    for _, key in DEMO_TEAMS:
        await bot.emulator.install_in_team(key)
    report, shown = check(teams_env(bot), package)
    assert report.problems == [], shown
    assert "[ok] teams: Team Ydelse → «Jobcenter Varde – Ydelse»" in shown
    assert f"[ok] manifest: the bot id matches MicrosoftAppId in {package}" in shown
    assert "[ok] scheduler: 0 reminder(s)" in shown
    assert shown.endswith("Everything checked is fine.\n")


def test_a_missing_credential_is_named_with_its_fix(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("Microsoft", "BOT_", "PORT"))}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "selftest"],
        cwd=tmp_path,
        env={
            **env,
            "PYTHONPATH": str(ROOT),
            "MicrosoftAppId": APP_ID,
            "BOT_ALLOWED_TENANTS": DEMO_TENANT_ID,
            "BOT_ORG_FILE": str(DEMO_ORG_FILE),
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.startswith(
        "[PROBLEM] settings: MicrosoftAppPassword is required when MicrosoftAppId is set\n"
        "          fix: set the variable in the environment or in .env"
    )
    assert "1 problem(s) found" in result.stdout


async def test_a_malformed_credential_and_a_stranger_tenant(bot: RunningBot, package: Path) -> None:
    report, shown = check(
        teams_env(
            bot,
            MicrosoftAppId="my-bot",
            BOT_ALLOWED_TENANTS="jobcenter-varde",
            MicrosoftAppType="SingleTenant",
            MicrosoftAppTenantId=DEMO_TENANT_ID,
        ),
        package,
    )
    assert [(p.area, p.message.split(":")[0]) for p in report.problems][:2] == [
        ("credentials", "MicrosoftAppId is not a GUID"),
        ("tenants", "BOT_ALLOWED_TENANTS has entries that are no tenant id"),
    ]
    assert "fix: copy the Application (client) ID" in shown


async def test_an_unlinked_team_is_named_with_how_to_link_it(
    bot: RunningBot, package: Path
) -> None:
    await bot.emulator.install_in_team("ydelse")
    report, shown = check(teams_env(bot), package)
    unlinked = [p for p in report.problems if p.area == "teams"]
    assert len(unlinked) == len(DEMO_TEAMS) - 1
    assert "[ok] teams: Team Ydelse → «Jobcenter Varde – Ydelse»" in shown
    assert (
        "[PROBLEM] teams: Team Unge (unge) is linked to no Teams channel: cases reach its "
        "superusers only 1:1\n"
        "          fix: install the app in Team Unge's Teams team «Jobcenter Varde – Unge», "
        "or write «@IT-hjælp tilknyt Team Unge» in the channel it should use\n"
    ) in shown

    await bot.emulator.uninstall_from_team("ydelse")
    report, shown = check(teams_env(bot), package)
    assert "Team Ydelse is linked to a Teams team the app is no longer installed in" in shown


async def test_a_bad_org_file_is_named_with_each_problem(bot: RunningBot, package: Path) -> None:
    broken = bot.settings.data_dir.parent / "org.toml"
    broken.write_text(
        DEMO_ORG_FILE.read_text(encoding="utf-8").replace(
            'timezone = "Europe/Copenhagen"', 'timezone = "Europe/Varde"'
        ),
        encoding="utf-8",
    )
    report, shown = check(teams_env(bot, BOT_ORG_FILE=str(broken)), package)
    [problem] = [p for p in report.problems if p.area == "org file"]
    assert "organisation.timezone: unknown time zone 'Europe/Varde'" in problem.message
    assert "fix: correct the org file; `python -m bot org check` lists every problem" in shown

    broken.write_text("[organisation\nname = ", encoding="utf-8")
    report, shown = check(teams_env(bot, BOT_ORG_FILE=str(broken)), package)
    assert [p.area for p in report.problems] == ["org file"]


async def test_a_package_for_another_bot(bot: RunningBot, tmp_path: Path) -> None:
    other = build_package("0a1b2c3d-0000-4000-8000-000000000000", tmp_path / "other.zip")
    report, shown = check(teams_env(bot), other)
    [problem] = [p for p in report.problems if p.area == "manifest"]
    assert problem.message == (
        f"{other} names bot 0a1b2c3d-0000-4000-8000-000000000000, but MicrosoftAppId is {APP_ID}"
    )
    assert "fix: build the package again with `make package`" in shown


async def test_a_database_that_does_not_load(bot: RunningBot, package: Path) -> None:
    await bot.stop()
    data = bot.settings.data_dir
    (data / FILE_NAME).write_text("{not json", encoding="utf-8")
    report, shown = check(teams_env(bot), package)
    assert [p.area for p in report.problems] == ["database"]
    assert "fix: restore the file from the last backup" in shown


async def test_a_data_dir_that_cannot_be_written(bot: RunningBot, package: Path) -> None:
    not_a_dir = bot.settings.data_dir.parent / "a-file"
    not_a_dir.write_text("", encoding="utf-8")
    report, shown = check(teams_env(bot, BOT_DATA_DIR=str(not_a_dir)), package)
    [problem] = [p for p in report.problems if p.area == "data dir"]
    assert problem.message.startswith(f"{not_a_dir} is not writable")
    assert "fix: point BOT_DATA_DIR at a directory the bot's user owns" in shown
