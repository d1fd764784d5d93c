"""Where the time of one problem report goes, stage by stage, for one person writing alone.

Each stage is timed by wrapping the function that does it; stages nest (a case write happens
inside the flow), so the lines do not add up to the round trip. Timers cost a few µs each.
"""

from __future__ import annotations

import asyncio
import inspect
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import botbuilder.core.cloud_adapter_base as cloud_adapter
from botbuilder.core import TurnContext

import bot.app
import bot.pipeline.remember
import bot.router
import dialogs.follow_case
import dialogs.report_problem
from bench.serving import serve
from bot.emulator import Directory, TeamsEmulator
from bot.outbox import Outbox
from bot.sender import Sender
from bot.settings import DEMO_ORG_FILE, Settings
from dialogs.flood_guard import MAX_NEW_CASES
from dialogs.language.intents import Recognizer
from dialogs.org_file import load_org
from storage.db import AtomicJSONStorage
from storage.repositories import Cases

REPORTS = 150
REPORT = "problem med printeren"

# (label, owner, attribute): the function whose time is the stage's.
STAGES: tuple[tuple[str, Any, str], ...] = (
    ("HTTP handler: read, check, deserialize, run the turn", bot.app, "messages"),
    (
        "botbuilder process_activity (auth, turn context, clients)",
        cloud_adapter.CloudAdapterBase,
        "process_activity",
    ),
    ("our turn (router on_turn)", bot.router.TeamsBot, "on_turn"),
    ("remember reference and person", bot.pipeline.remember.Remember, "remember"),
    ("intent reading (rapidfuzz)", Recognizer, "recognize"),
    ("problem reading (categories, urgency)", dialogs.report_problem, "read_problem"),
    ("waiting-case check", dialogs.follow_case, "waiting_case"),
    ("routing", dialogs.report_problem, "route"),
    ("open the case (storage write 1)", Cases, "open"),
    ("reply + channel card, side by side", bot.router.TeamsBot, "_finish"),
    ("reply to the reporter (HTTP)", TurnContext, "send_activities"),
    ("case card built", Outbox, "_card_activity"),
    ("channel card posted (HTTP)", Sender, "start_thread"),
    ("card's post ids kept (storage write 2)", Cases, "save"),
    ("storage: every file write", AtomicJSONStorage, "_commit"),
    ("storage: file write, fsync, rename", AtomicJSONStorage, "_replace_file"),
)


@contextmanager
def _timed(timings: dict[str, list[float]]) -> Iterator[None]:
    originals = [(owner, name, owner.__dict__[name]) for _label, owner, name in STAGES]
    for label, owner, name in STAGES:
        setattr(owner, name, _timer(label, owner.__dict__[name], timings))
    try:
        yield
    finally:
        for owner, name, original in originals:
            setattr(owner, name, original)


def _timer(label: str, function: Callable[..., Any], timings: dict[str, list[float]]) -> Any:
    if inspect.iscoroutinefunction(function):

        async def timed_async(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return await function(*args, **kwargs)
            finally:
                timings[label].append(time.perf_counter() - started)

        return timed_async

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            timings[label].append(time.perf_counter() - started)

    return timed


async def _reports(timings: dict[str, list[float]]) -> list[float]:
    directory = Directory.from_org(load_org(DEMO_ORG_FILE))
    # One report at a time, from colleagues taking turns: one person alone would meet the flood
    # guard after ten reports in a minute.
    turns = MAX_NEW_CASES - 1
    people = [
        directory.add_member("ydelse", f"bench.colleague{n:02d}@jobcenter.varde.example").email
        for n in range(-(-REPORTS // turns))
    ]
    emulator = TeamsEmulator(directory).start()
    round_trips: list[float] = []
    try:
        with tempfile.TemporaryDirectory() as data:
            # The app is built inside the timers, so its route calls the timed handler.
            runner, emulator.bot_endpoint = await serve(
                bot.app.create_app(Settings(data_dir=Path(data), org_file=DEMO_ORG_FILE))
            )
            try:
                await emulator.install_in_team("ydelse")
                for email in people:
                    await emulator.say(email, REPORT)  # the first message looks the person up
                timings.clear()
                for n in range(REPORTS):
                    email = people[n // turns]
                    started = time.perf_counter()
                    turn = await emulator.say(email, REPORT)
                    round_trips.append(time.perf_counter() - started)
                    assert "sag #" in turn.text, turn.texts
                    assert any(r.cards for r in turn.elsewhere), "no channel card"
            finally:
                await runner.cleanup()
    finally:
        emulator.stop()
    return round_trips


def measure() -> dict[str, Any]:
    """Median ms per report of each stage, and how many times a report passes through it."""
    timings: dict[str, list[float]] = defaultdict(list)
    with _timed(timings):
        round_trips = asyncio.run(_reports(timings))
    stages = {
        label: {
            "median_ms": statistics.median(timings[label]) * 1000 if timings[label] else 0.0,
            "per_report": len(timings[label]) / REPORTS,
        }
        for label, _owner, _name in STAGES
    }
    return {"round_trip_ms": statistics.median(round_trips) * 1000, "stages": stages}


def table(results: dict[str, Any]) -> list[str]:
    lines = [
        f"Where one report's time goes (one person alone, median of {REPORTS}; stages nest)",
        "",
        f"{'round trip seen by the emulator':58} {results['round_trip_ms']:7.2f} ms",
    ]
    for label, figures in results["stages"].items():
        lines.append(f"{label:58} {figures['median_ms']:7.2f} ms  x{figures['per_report']:.0f}")
    return lines


if __name__ == "__main__":
    print("\n".join(table(measure())))
