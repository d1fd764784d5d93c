"""`python -m bot org export`: the organisation as the bot sees it, chat changes included."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from dialogs.org_file import load_org
from tests.chat import Someone
from tests.conftest import BO, KARIN, PETER, RunningBot

ROOT = Path(__file__).resolve().parents[1]


def org(*args: str, **settings: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("Microsoft", "BOT_", "PORT"))}
    return subprocess.run(
        [sys.executable, "-m", "bot", "org", *args],
        cwd=ROOT,
        env={**env, "PYTHONPATH": str(ROOT), **settings},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


async def test_export_writes_the_chat_changes_back_as_a_valid_org_file(
    bot: RunningBot, tmp_path: Path
) -> None:
    karin = Someone(bot.emulator, KARIN)
    await karin.says("tilføj superbruger Peter Skov")
    assert karin.last_reply == "Peter Skov er nu superbruger i Team Ydelse."
    newcomer = "nina.export@jobcenter.varde.example"
    bot.emulator.directory.add_user(newcomer, "Nina Export")
    nina = Someone(bot.emulator, newcomer)
    await nina.says("skift team til Unge")

    # The bot is still running: export reads its data without taking it over.
    out = tmp_path / "org.toml"
    result = org("export", "--out", str(out), BOT_DATA_DIR=str(bot.settings.data_dir))
    assert result.returncode == 0, result.stderr

    raw = tomllib.loads(out.read_text(encoding="utf-8"))
    ydelse = next(t for t in raw["teams"] if t["key"] == "ydelse")
    assert ydelse["superusers"] == [BO, PETER]
    unge = next(t for t in raw["teams"] if t["key"] == "unge")
    assert newcomer in unge["members"]
    exported = load_org(out)  # an admin can use it as the next org file
    assert exported.team("ydelse").superusers == (BO, PETER)
    assert org("check", str(out)).returncode == 0


def test_export_without_data_is_the_file(tmp_path: Path) -> None:
    result = org("export", BOT_DATA_DIR=str(tmp_path / "nothing-yet"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# The organisation of Jobcenter Varde as the bot sees it.")
    assert not (tmp_path / "nothing-yet").exists(), "export must not create a data dir"


def test_export_names_the_broken_key_of_a_broken_org_file(tmp_path: Path) -> None:
    broken = tmp_path / "org.toml"
    broken.write_text('[organisation]\nname = "X"\n[contacts]\nit_lead = "nobody"\n', "utf-8")
    result = org("export", BOT_ORG_FILE=str(broken), BOT_DATA_DIR=str(tmp_path / "data"))
    assert result.returncode == 1
    assert "contacts.it_lead: 'nobody' is not an e-mail address" in result.stderr
    assert result.stdout == ""
