"""`make run` in local mode: the bot starts with the emulator, and the CLI talks to it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest

ROOT = Path(__file__).resolve().parents[1]
ANNE = "anne.madsen@jobcenter.varde.example"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# What the bot logs once its socket takes connections (bot/__main__.py).
LISTENING = "IT-hjælp listening on http://"


class BotOutput:
    """A bot process's output, read as it comes, so a test can wait for its start-up line."""

    def __init__(self, open_stream: Callable[[], IO[str]]) -> None:
        self.lines: list[str] = []
        self._listening = False
        self._settled = threading.Event()
        # Reads to the end, so a chatty bot never blocks on a full pipe.
        self._reader = threading.Thread(target=self._read, args=(open_stream,), daemon=True)
        self._reader.start()

    def _read(self, open_stream: Callable[[], IO[str]]) -> None:
        with open_stream() as stream:
            for line in stream:
                self.lines.append(line)
                if LISTENING in line:
                    self._listening = True
                    self._settled.set()
        # The output ended: the bot exited, whether or not it listened first.
        self._settled.set()

    def wait_listening(self, timeout: float = 20.0) -> None:
        """Until the bot takes connections; fails with its output if it exits or takes too long."""
        if not self._settled.wait(timeout):
            raise TimeoutError(f"the bot did not listen within {timeout} s:\n{self.text}")
        assert self._listening, f"the bot exited before it listened:\n{self.text}"

    def ended(self, timeout: float = 15.0) -> str:
        """All the output, once the process has closed its end."""
        self._reader.join(timeout)
        assert not self._reader.is_alive(), f"the output did not end within {timeout} s"
        return self.text

    @property
    def text(self) -> str:
        return "".join(self.lines)


def bot_env(**settings: str) -> dict[str, str]:
    """This machine's environment without any bot settings, plus the given ones."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("Microsoft", "BOT_", "PORT"))}
    return {**env, "PYTHONPATH": str(ROOT), **settings}


def start_fails(tmp_path: Path, **settings: str) -> subprocess.CompletedProcess:
    """Run `python -m bot` with settings it must refuse, and return how it ended."""
    return subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=bot_env(PORT=str(free_port()), **settings),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


@pytest.fixture
def local_bot(tmp_path: Path):
    port, emulator_port = free_port(), free_port()
    env = bot_env(
        PORT=str(port), BOT_EMULATOR_PORT=str(emulator_port), BOT_DATA_DIR=str(tmp_path / "data")
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,  # no org.toml or .env there: the demo organisation is used
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    assert process.stdout is not None
    stdout = process.stdout
    try:
        BotOutput(lambda: stdout).wait_listening()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as response:
            health = json.load(response)
        yield health, f"http://127.0.0.1:{emulator_port}", env
    finally:
        process.terminate()
        process.wait(timeout=10)


def cli(emulator_url: str, env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot.emulator", "--url", emulator_url, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def test_the_local_bot_answers_through_the_emulator(local_bot) -> None:
    health, emulator_url, env = local_bot
    assert health["mode"] == "local"
    assert health["status"] == "ok"

    people = cli(emulator_url, env, "people")
    assert people.returncode == 0, people.stderr
    assert ANNE in people.stdout

    help_reply = cli(emulator_url, env, "say", "--as", ANNE, "hjælp")
    assert help_reply.returncode == 0, help_reply.stderr
    assert "Det kan IT-hjælp" in help_reply.stdout

    install = cli(emulator_url, env, "install", "--team", "ydelse")
    assert install.returncode == 0, install.stderr
    assert "Jeg er IT-hjælp" in install.stdout


def test_a_broken_org_file_stops_the_start_with_every_problem(tmp_path: Path) -> None:
    org = tmp_path / "org.toml"
    org.write_text(
        '[organisation]\nname = "X"\n[contacts]\nit_lead = "nobody"\n'
        '[[teams]]\nkey = "a"\nname = "A"\nportfolio = { project_lead = ["ghost"] }\n',
        encoding="utf-8",
    )
    result = start_fails(tmp_path, BOT_ORG_FILE=str(org))
    assert result.returncode == 2
    assert "contacts.it_lead: 'nobody' is not an e-mail address" in result.stderr
    assert "contacts.project_lead: missing" in result.stderr
    assert "teams.a.portfolio.project_lead: unknown category 'ghost'" in result.stderr


def test_half_done_credentials_stop_the_start(tmp_path: Path) -> None:
    result = start_fails(tmp_path, MicrosoftAppId="6f1c2a52-3c0b-4a53-8d8e-2a9c1f0e7b11")
    assert result.returncode == 2
    assert "MicrosoftAppPassword is required" in result.stderr
