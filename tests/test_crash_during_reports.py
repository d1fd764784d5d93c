"""The real bot, killed with SIGKILL at random moments while cases are reported, loses no case
whose number it had already told the employee."""

from __future__ import annotations

import asyncio
import os
import random
import re
import select
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import aiohttp
import pytest

from bot.emulator import Directory, TeamsEmulator
from bot.settings import DEMO_ORG_FILE
from dialogs.flood_guard import MAX_NEW_CASES
from dialogs.org_file import Organisation, dump_org, load_org
from storage.cases import Cases
from storage.db import Database
from tests.test_local_run import BotOutput, bot_env, free_port

KILLS = 50
# The kills run as parts of their own (each with its own bot, data dir and seed), so that the
# test's waiting on processes is shared out over the test workers.
PARTS = 5
KILLS_PER_PART = KILLS // PARTS
REPORTERS_PER_ROUND = 4
# Fresh colleagues each round, each reporting at most as many cases as the flood guard allows in a
# minute: every round then really opens cases while it is killed, however fast the machine is.
STAFF = tuple(
    f"kollega{n:03d}@jobcenter.varde.example" for n in range(KILLS_PER_PART * REPORTERS_PER_ROUND)
)
PROBLEMS = ("problem med printeren", "outlook crasher", "vpn virker ikke", "skærmen er sort")
ACKNOWLEDGED = re.compile(r"sag #(\d+)")

# Imports the bot once, then forks a fresh bot process per request: each one is a real
# `python -m bot`, without paying for the imports fifty times.
FORK_SERVER = """
import os
import sys

from bot.__main__ import main

for line in sys.stdin:
    port, emulator_port, output = line.split()
    pid = os.fork()
    if pid == 0:
        os.environ.update(PORT=port, BOT_EMULATOR_PORT=emulator_port)
        # A named pipe the test reads: it waits for the bot's start-up line there.
        out = os.open(output, os.O_WRONLY)
        os.dup2(out, 1)
        os.dup2(out, 2)
        os._exit(main(["run"]))
    print(pid, flush=True)
    while True:
        try:
            if os.waitpid(-1, os.WNOHANG)[0] == 0:
                break
        except ChildProcessError:
            break
"""


def wait_dead(pid: int, timeout: float = 10.0) -> None:
    """Until the killed process has let go of its files (a zombie holds none)."""
    try:
        # Not our child but the fork server's: a pidfd still says when it has exited.
        pidfd = os.pidfd_open(pid)
    except ProcessLookupError:
        return  # exited and reaped already
    try:
        exited, _, _ = select.select([pidfd], [], [], timeout)
    finally:
        os.close(pidfd)
    if not exited:
        raise TimeoutError(f"process {pid} did not die within {timeout} s")


async def report_until_killed(emulator: TeamsEmulator, email: str, rng: random.Random) -> None:
    for _ in range(MAX_NEW_CASES):
        try:
            await emulator.say(email, rng.choice(PROBLEMS))
        except (aiohttp.ClientError, TimeoutError):
            return  # the bot is gone


def reporters_of(round_number: int) -> tuple[str, ...]:
    first = round_number * REPORTERS_PER_ROUND
    return STAFF[first : first + REPORTERS_PER_ROUND]


def acknowledged(emulator: TeamsEmulator) -> dict[int, str]:
    """Case number -> requester, for every number a reporter has been told."""
    told: dict[int, str] = {}
    for email in STAFF:
        for record in emulator.recorded(emulator.personal_conversation_id(email)):
            for number in ACKNOWLEDGED.findall(record.text or ""):
                told[int(number)] = email
    return told


def staffed_org() -> Organisation:
    """The demo organisation with the test's colleagues as members of Team Ydelse."""
    org = load_org(DEMO_ORG_FILE)
    teams = tuple(
        replace(team, members=team.members + STAFF) if team.key == "ydelse" else team
        for team in org.teams
    )
    return replace(org, teams=teams)


@pytest.fixture
def fork_server(tmp_path: Path) -> Iterator[subprocess.Popen]:
    org_file = tmp_path / "org.toml"
    org_file.write_text(dump_org(staffed_org()), encoding="utf-8")
    server = subprocess.Popen(
        [sys.executable, "-c", FORK_SERVER],
        cwd=tmp_path,
        env=bot_env(BOT_DATA_DIR=str(tmp_path / "data"), BOT_ORG_FILE=str(org_file)),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    yield server
    server.kill()
    server.wait(timeout=10)


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="needs fork, SIGKILL and pidfds")
@pytest.mark.parametrize("part", range(PARTS))
async def test_sigkill_during_a_stream_of_reports_loses_no_acknowledged_case(
    tmp_path: Path, fork_server: subprocess.Popen, part: int
) -> None:
    # Fixed, so a failure can be repeated; CRASH_SEED explores other moments.
    seed = int(os.environ.get("CRASH_SEED", "20261208")) + part
    print(f"crash test seed: {seed} (set CRASH_SEED={seed} to repeat it)")
    rng = random.Random(seed)
    data_dir = tmp_path / "data"
    emulator = TeamsEmulator(Directory.from_org(staffed_org())).start()
    server = fork_server
    assert server.stdin is not None
    assert server.stdout is not None
    try:
        for round_number in range(KILLS_PER_PART):
            port = free_port()
            fifo = tmp_path / f"bot-{round_number}.out"
            os.mkfifo(fifo)
            output = BotOutput(lambda fifo=fifo: fifo.open(encoding="utf-8", errors="replace"))
            server.stdin.write(f"{port} {free_port()} {fifo}\n")
            server.stdin.flush()
            pid = int(server.stdout.readline())
            # The database loads after each kill: the bot listens only once it has.
            await asyncio.to_thread(output.wait_listening)
            emulator.bot_endpoint = f"http://127.0.0.1:{port}/api/messages"
            delay = rng.uniform(0.02, 0.4)
            stream = [
                asyncio.create_task(report_until_killed(emulator, email, rng))
                for email in reporters_of(round_number)
            ]
            # Not a wait for anything: the seeded, random moment of the kill is what is tested.
            await asyncio.sleep(delay)
            os.kill(pid, signal.SIGKILL)
            await asyncio.gather(*stream)
            wait_dead(pid)

            told = acknowledged(emulator)
            with Database.read(data_dir) as db:
                cases = Cases(db)
                stored = {n: case.requester for n in told if (case := cases.get(n)) is not None}
            lost = sorted(set(told) - set(stored))
            assert not lost, (
                f"seed {seed}, round {round_number}, killed after {delay:.2f} s: "
                f"cases {lost[:5]} were acknowledged but are gone"
            )
            assert stored == told, f"seed {seed}, round {round_number}: a case changed hands"
        assert len(told) >= KILLS_PER_PART, (
            f"only {len(told)} cases were acknowledged in {KILLS_PER_PART} rounds"
        )
    finally:
        emulator.stop()
    print(f"{len(told)} acknowledged cases survived {KILLS_PER_PART} kills")
