"""Start-up time and memory of the real `python -m bot` process in local mode."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from bot.emulator import Directory, TeamsEmulator
from bot.settings import DEMO_ORG_FILE
from dialogs.org_file import load_org

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def startup(seed: Callable[[Path], None] | None = None) -> dict[str, float]:
    """Seconds from exec to a healthy /healthz, and RSS after 50 help requests and 'mine sager'.

    `seed` fills the data directory first.
    """
    port = _free_port()
    with tempfile.TemporaryDirectory() as data:
        if seed is not None:
            seed(Path(data))
        env = {k: v for k, v in os.environ.items() if not k.startswith(("Microsoft", "BOT_"))}
        env.update(
            PORT=str(port),
            BOT_EMULATOR_PORT=str(_free_port()),
            BOT_DATA_DIR=data,
            PYTHONPATH=str(ROOT),
        )
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "bot"],
            cwd=data,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                        break
                except (urllib.error.URLError, ConnectionError):
                    if time.perf_counter() - started > 30:
                        raise TimeoutError("the bot did not start within 30 s") from None
                    time.sleep(0.01)
            startup_s = time.perf_counter() - started
            asyncio.run(_talk(f"http://127.0.0.1:{port}/api/messages"))
            rss = _rss_mb(child.pid)
        finally:
            child.terminate()
            child.wait(timeout=10)
    return {"startup_s": startup_s, "rss_mb": rss}


async def _talk(endpoint: str) -> None:
    emulator = TeamsEmulator(Directory.from_org(load_org(DEMO_ORG_FILE)), bot_endpoint=endpoint)
    emulator.start()
    try:
        for _ in range(50):
            turn = await emulator.say("anne.madsen@jobcenter.varde.example", "hjælp")
            assert turn.status == 201, turn.status
        # Her cases are listed from the open files and the archive's catalogue.
        turn = await emulator.say("anne.madsen@jobcenter.varde.example", "mine sager")
        assert turn.status == 201, turn.status
    finally:
        emulator.stop()
