"""`python -m bot org check`: an admin checks an org file before the bot reads it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.settings import DEMO_ORG_FILE
from dialogs.org_file import load_org

ROOT = Path(__file__).resolve().parents[1]
DEMO_RELATIVE = DEMO_ORG_FILE.relative_to(ROOT)


def org_check(*args: str, cwd: Path = ROOT, **settings: str) -> subprocess.CompletedProcess:
    # Settings come from this machine's environment too, so leave out any bot settings it has.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("Microsoft", "BOT_", "PORT"))}
    return subprocess.run(
        [sys.executable, "-m", "bot", "org", "check", *args],
        cwd=cwd,
        env={**env, "PYTHONPATH": str(ROOT), **settings},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def demo_counts() -> str:
    org = load_org(DEMO_ORG_FILE)
    return f"{len(org.teams)} teams, {len(org.categories)} categories, {len(org.everyone())} people"


def test_the_demo_org_passes_the_check() -> None:
    result = org_check(str(DEMO_RELATIVE))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == f"{DEMO_RELATIVE}: ok – {demo_counts()}\n"


def test_without_a_file_the_org_file_from_the_settings_is_checked(tmp_path: Path) -> None:
    # No org.toml or .env in tmp_path, so the settings fall back to the demo organisation.
    result = org_check(cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == f"{DEMO_ORG_FILE}: ok – {demo_counts()}\n"


def test_a_broken_org_file_lists_every_problem_by_key(tmp_path: Path) -> None:
    org = tmp_path / "org.toml"
    org.write_text(
        '[organisation]\nname = "X"\nlanguage = "de"\n'
        '[contacts]\nit_lead = "it@x.example"\nproject_lead = "it@x.example"\n'
        '[[categories]]\nkey = "andet"\nname = { da = "Andet" }\nkeywords = ["andet"]\n'
        '[[teams]]\nkey = "ydelse"\nname = "Team Ydelse"\nsuperuser = ["su@x.example"]\n'
        'members = ["anne@x.example"]\n'
        '[[teams]]\nkey = "unge"\nname = "Team Unge"\nmembers = ["anne@x.example"]\n',
        encoding="utf-8",
    )
    result = org_check(str(org), cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        f"{org} has 5 problem(s):",
        '  - organisation.language: must be "da" or "en", not \'de\'',
        "  - contacts.project_lead: it@x.example is also the IT lead (contacts.it_lead); "
        "the two roles need two people",
        "  - categories.andet.key: 'andet' is reserved for problems that fit no category; "
        "choose another key",
        "  - teams.ydelse: unknown key 'superuser'; did you mean 'superusers'?",
        "  - teams.unge.members: anne@x.example belongs to two teams: ydelse and unge; "
        "a person has one team",
    ]


def test_a_missing_file_is_a_problem(tmp_path: Path) -> None:
    result = org_check("nowhere.toml", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "nowhere.toml has 1 problem(s):",
        "  - the file does not exist",
    ]


def test_a_named_file_is_checked_even_when_the_settings_are_broken(tmp_path: Path) -> None:
    broken = {"MicrosoftAppId": "6f1c2a52-3c0b-4a53-8d8e-2a9c1f0e7b11"}
    named = org_check(str(DEMO_ORG_FILE), cwd=tmp_path, **broken)
    assert named.returncode == 0, named.stdout + named.stderr

    from_settings = org_check(cwd=tmp_path, **broken)
    assert from_settings.returncode == 2
    assert "Settings: MicrosoftAppPassword is required" in from_settings.stderr
