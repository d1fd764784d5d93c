"""Reporting a problem as the number of stored cases grows, and start-up with a full database.

Each size gets its own data directory and its own running bot, and the reports go round the bots
in turn, so all sizes are measured side by side under the same load on the machine.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.serving import serve
from bot.app import create_app
from bot.emulator import Directory, TeamsEmulator
from bot.settings import DEMO_ORG_FILE, Settings
from dialogs.org_file import load_org
from storage.cases import Cases
from storage.codec import to_doc
from storage.db import Database
from storage.models import Case, CaseEvent, Task

SIZES = (1_000, 10_000, 50_000)
OPEN = 2_000  # the open cases a busy organisation piles up; the rest are closed and archived
REPORTS = 40  # per size, after a warm-up
CATEGORIES = ("printer", "login", "office", "pc", "netvaerk", "andet")
# Teams Ydelse and Sygedagpenge, whose channels have the bot, so each report posts a card there;
# enough people that nobody meets the flood guard (more than ten new cases a minute).
REPORTERS = (
    "anne.madsen@jobcenter.varde.example",
    "peter.skov@jobcenter.varde.example",
    "emma.jensen@jobcenter.varde.example",
    "lars.kirk@jobcenter.varde.example",
    "tina.frost@jobcenter.varde.example",
)
REPORT = "problem med printeren"


def seed_cases(data: Path, count: int, open_count: int = OPEN) -> None:
    """`count` cases, the newest `open_count` still open, the others closed and archived."""
    org = load_org(DEMO_ORG_FILE)
    teams = [team.key for team in org.teams]
    start = datetime(2022, 1, 3, 8, 0, tzinfo=UTC)
    now = datetime.now(UTC)
    with Database.open(data) as db:
        cases = Cases(db)
        with cases.batch():
            for i in range(count):
                closed = i < count - open_count
                # The open ones came in during the last minutes: none is overdue for escalation,
                # so start-up is not also a catch-up of thousands of forgotten cases.
                moment = (
                    start + timedelta(minutes=40 * i)
                    if closed
                    else now - timedelta(seconds=count - i)
                )
                at = moment.isoformat(timespec="seconds")
                requester = f"person{i % 900:03d}@jobcenter.varde.example"
                cases.open(
                    Case(
                        number=0,
                        requester=requester,
                        team=teams[i % len(teams)],
                        category=CATEGORIES[i % len(CATEGORIES)],
                        description=f"Bench-sag {i}: printeren på 2. sal skriver ikke ud",
                        status="closed" if closed else "new",
                        helpers=("bo.nielsen@jobcenter.varde.example",),
                        created_at=at,
                        closed_at=at if closed else "",
                        history=(CaseEvent(at=at, by=requester, what="opened", detail="printer"),),
                    )
                )
        cases.archive_closed()


def seed_reminders(data: Path, count: int) -> None:
    """`count` delegated tasks with deadlines to come, each with its reminder."""
    first = date.today() + timedelta(days=14)
    with Database.open(data) as db, db.transaction():
        db.table("tasks").insert_multiple(
            to_doc(
                Task(
                    task_id=f"bench{i:05d}",
                    title=f"Bench-opgave {i}",
                    deadline=(first + timedelta(days=i % 700)).isoformat(),
                    assigned_to="mette.kjaer@jobcenter.varde.example",
                    assigned_by="henrik.lund@jobcenter.varde.example",
                )
            )
            for i in range(count)
        )


async def measure_reports() -> dict:
    """ms from POSTing a report to the reply and the channel card, by cases already stored."""
    org = load_org(DEMO_ORG_FILE)
    emulator = TeamsEmulator(Directory.from_org(org)).start()
    bots = {}
    dirs = []
    try:
        for size in SIZES:
            folder = tempfile.TemporaryDirectory()
            dirs.append(folder)
            seed_cases(Path(folder.name), size, min(OPEN, size))
            runner, endpoint = await serve(
                create_app(Settings(data_dir=Path(folder.name), org_file=DEMO_ORG_FILE))
            )
            bots[size] = (runner, endpoint)
        samples: dict[int, list[float]] = {size: [] for size in SIZES}
        for size in SIZES:  # installing links the channel; first contact stores references
            emulator.bot_endpoint = bots[size][1]
            await emulator.install_in_team("ydelse")
            await emulator.install_in_team("sygedagpenge")
            for email in REPORTERS:
                await emulator.say(email, REPORT)
        for n in range(REPORTS):
            for size in SIZES:
                emulator.bot_endpoint = bots[size][1]
                started = time.perf_counter()
                turn = await emulator.say(REPORTERS[n % len(REPORTERS)], REPORT)
                assert "sag #" in turn.text or "case #" in turn.text, turn.texts
                assert any(r.cards for r in turn.elsewhere), (size, turn.texts)
                samples[size].append((time.perf_counter() - started) * 1000)
        for runner, _ in bots.values():
            await runner.cleanup()
        files = {}
        for size, folder in zip(SIZES, dirs, strict=True):
            case_dir = Path(folder.name) / "cases"
            newest = max(case_dir.glob("open-*.json"), key=lambda p: p.name)
            files[size] = (
                newest.stat().st_size / 1024,
                (Path(folder.name) / "it-hjaelp.json").stat().st_size / 1024,
            )
    finally:
        emulator.stop()
        for folder in dirs:
            folder.cleanup()
    by_size = {
        str(size): {
            "p50_ms": statistics.median(samples[size]),
            "mean_ms": statistics.fmean(samples[size]),
            "newest_case_file_kb": files[size][0],
            "main_file_kb": files[size][1],
        }
        for size in SIZES
    }
    ratio = by_size["50000"]["p50_ms"] / by_size["1000"]["p50_ms"]
    return {"by_size": by_size, "p50_ratio_50k_1k": ratio, "open_cases": OPEN}


def measure_storage() -> dict:
    """ms for the repository alone to store a new case, by cases already stored, side by side."""
    folders = {size: tempfile.TemporaryDirectory() for size in SIZES}
    try:
        for size, folder in folders.items():
            seed_cases(Path(folder.name), size, min(OPEN, size))
        dbs = {size: Database.open(Path(folder.name)) for size, folder in folders.items()}
        writes: dict[int, list[float]] = {size: [] for size in SIZES}
        for _ in range(REPORTS):
            for size, db in dbs.items():
                cases = Cases(db)
                template = cases.all_open()[-1]
                started = time.perf_counter()
                cases.open(template)
                writes[size].append((time.perf_counter() - started) * 1000)
        for db in dbs.values():
            db.close()
    finally:
        for folder in folders.values():
            folder.cleanup()
    by_size = {str(size): {"open_ms": statistics.median(writes[size])} for size in SIZES}
    ratio = by_size["50000"]["open_ms"] / by_size["1000"]["open_ms"]
    return {"by_size": by_size, "open_ratio_50k_1k": ratio}


def measure() -> dict:
    return {"reports": asyncio.run(measure_reports()), "storage": measure_storage()}


def table(results: dict) -> list[str]:
    reports, storage = results["reports"], results["storage"]
    lines = [
        f"Case creation by cases already stored ({reports['open_cases']} of them open, "
        "the rest archived)",
        "",
        f"{'stored':>7}  {'report p50':>10} {'mean':>7}   {'store':>7}   "
        f"{'newest case file':>16} {'main file':>9}",
    ]
    for size, figures in reports["by_size"].items():
        lines.append(
            f"{size:>7}  {figures['p50_ms']:8.1f}ms {figures['mean_ms']:5.1f}ms   "
            f"{storage['by_size'][size]['open_ms']:5.2f}ms   "
            f"{figures['newest_case_file_kb']:13.0f} KB {figures['main_file_kb']:6.0f} KB"
        )
    lines.append(
        f"ratio 50k/1k: report {reports['p50_ratio_50k_1k']:.2f} (target ≤ 1.2), "
        f"store {storage['open_ratio_50k_1k']:.2f}"
    )
    return lines
