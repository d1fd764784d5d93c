"""`make bench`: round trips, start-up and storage figures, printed as a table and saved as JSON.

Run with `python -m bench [--out bench/results.json]`. Nothing here runs in `make test`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import breakdown, case_growth, echo, notices, process, storage_growth
from bench.serving import serve
from bot.app import RUNTIME, create_app
from bot.emulator import Directory, TeamsEmulator
from bot.settings import DEMO_ORG_FILE, Settings
from dialogs.flood_guard import MAX_NEW_CASES
from dialogs.org_file import load_org

FULL_CASES, FULL_REMINDERS = 50_000, 10_000
LEVELS = ((1, 200), (20, 20), (100, 5))  # (concurrent users, messages per user)


# Anyone may ask about any team, so the bench's people need no team of their own.
SUPERUSER_QUESTION = "hvem er superbruger i Team Ydelse?"
# A report needs the reporter's team: the bench's people are on Team Ydelse's Teams roster.
REPORT = "problem med printeren"


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


async def first_contact(emulator: TeamsEmulator, users: list[str], text: str) -> None:
    """Each person writes once: the bot looks them up and keeps their chat, which is not steady."""
    for email in users:
        await emulator.say(email, text)


async def round_trips(
    emulator: TeamsEmulator,
    users: list[str],
    text: str,
    expect: Callable[[Any], bool],
    levels: tuple[tuple[int, int], ...] = LEVELS,
    per_person: int = 0,
) -> dict[str, dict[str, float]]:
    """Per concurrency level: ms from POSTing a message until the last message it caused reached
    the emulator.

    With `per_person`, each concurrent sender hands over to the next colleague after that many
    messages, as a busy team does; nobody reports ten problems a minute on their own."""
    results: dict[str, dict[str, float]] = {}
    for concurrency, per_user in levels:
        samples: list[float] = []
        shift = -(-per_user // per_person) if per_person else 1
        assert concurrency * shift <= len(users), "too few people for this level"

        async def user(
            slot: int, samples: list[float] = samples, per_user: int = per_user, shift: int = shift
        ) -> None:
            for n in range(per_user):
                email = users[slot * shift + (n // per_person if per_person else 0)]
                started = time.monotonic()  # the emulator stamps what it records on this clock
                turn = await emulator.say(email, text)
                assert turn.status == 201, turn.status
                assert expect(turn), turn.texts
                samples.append((arrived(turn) - started) * 1000)

        wall = time.perf_counter()
        await asyncio.gather(*(user(slot) for slot in range(concurrency)))
        wall = time.perf_counter() - wall
        results[str(concurrency)] = {
            "p50_ms": percentile(samples, 50),
            "p95_ms": percentile(samples, 95),
            "p99_ms": percentile(samples, 99),
            "mean_ms": statistics.fmean(samples),
            "messages": len(samples),
            "per_second": len(samples) / wall,
        }
    return results


def arrived(turn: Any) -> float:
    """When the last message the turn sent reached the emulator: what the person waits for.

    Bookkeeping the bot does after that (such as keeping the card's ids) is not waited for."""
    return max(record.at for record in turn.sent)


def _echoed(turn: Any) -> bool:
    return turn.text == "hjælp"


def _reported(turn: Any) -> bool:
    """The reporter got the case number, and the case card reached the team's channel."""
    return "sag #" in turn.text and any(r.cards for r in turn.elsewhere)


async def report_round_trips(emulator: TeamsEmulator, users: list[str]) -> dict[str, Any]:
    """Each level on a fresh data dir that holds the same cases, so no level inherits another's."""
    results: dict[str, Any] = {}
    for level in LEVELS:
        with tempfile.TemporaryDirectory() as data:
            app = create_app(Settings(data_dir=Path(data), org_file=DEMO_ORG_FILE))
            runner, emulator.bot_endpoint = await serve(app)
            try:
                # Installing reads the roster, which puts the bench's people in Team Ydelse.
                await emulator.install_in_team("ydelse")
                await first_contact(emulator, users, REPORT)
                cases = app[RUNTIME].services.cases
                before = len(cases.all_open())
                figures = await round_trips(
                    emulator, users, REPORT, _reported, (level,), per_person=MAX_NEW_CASES - 1
                )
                stored = len(cases.all_open()) - before
            finally:
                await runner.cleanup()
        # The floors right after, so all see the same load on a shared machine.
        floor = await _echo_round_trips(emulator, users, level)
        with echo.tuned_client_setup():
            tuned = await _echo_round_trips(emulator, users, level)
        for key, value in figures.items():
            results[key] = {
                **value,
                "cases_at_start": before,
                "cases_stored": stored,
                "echo": floor[key],
                "p99_ratio": value["p99_ms"] / floor[key]["p99_ms"],
                "echo_tuned": tuned[key],
                "p99_ratio_tuned": value["p99_ms"] / tuned[key]["p99_ms"],
            }
    return results


async def _echo_round_trips(
    emulator: TeamsEmulator, users: list[str], level: tuple[int, int]
) -> dict[str, dict[str, float]]:
    runner, emulator.bot_endpoint = await serve(echo.create_app())
    try:
        return await round_trips(emulator, users, "hjælp", _echoed, (level,))
    finally:
        await runner.cleanup()


async def measure_round_trips() -> dict[str, Any]:
    org = load_org(DEMO_ORG_FILE)
    directory = Directory.from_org(org)
    users = [
        directory.add_member("ydelse", f"bench.user{i:03d}@jobcenter.varde.example").email
        for i in range(100)
    ]
    emulator = TeamsEmulator(directory).start()
    try:
        with tempfile.TemporaryDirectory() as data:
            runner, emulator.bot_endpoint = await serve(
                create_app(Settings(data_dir=Path(data), org_file=DEMO_ORG_FILE))
            )
            await first_contact(emulator, users, "hjælp")
            ours = await round_trips(
                emulator, users, "hjælp", lambda t: bool(t.replies and t.cards)
            )
            superuser = await round_trips(
                emulator, users, SUPERUSER_QUESTION, lambda t: "Bo Nielsen" in t.text
            )
            await runner.cleanup()
        report = await report_round_trips(emulator, users)
        runner, emulator.bot_endpoint = await serve(echo.create_app())
        await first_contact(emulator, users, "hjælp")
        floor = await round_trips(emulator, users, "hjælp", _echoed)
        await runner.cleanup()
    finally:
        emulator.stop()
    ratio = {level: ours[level]["p99_ms"] / floor[level]["p99_ms"] for level in ours}
    superuser_ratio = {
        level: superuser[level]["p99_ms"] / floor[level]["p99_ms"] for level in superuser
    }
    report_ratio = {level: report[level]["p99_ratio"] for level in report}
    report_ratio_tuned = {level: report[level]["p99_ratio_tuned"] for level in report}
    return {
        "help_card": ours,
        "superuser_answer": superuser,
        "problem_report": report,
        "report_p99_ratio": report_ratio,
        "report_p99_ratio_tuned": report_ratio_tuned,
        "echo_floor": floor,
        "p99_ratio": ratio,
        "superuser_p99_ratio": superuser_ratio,
    }


def table(results: dict[str, Any]) -> str:
    lines = ["Round trip, 1:1 'hjælp' → help card recorded by the emulator (ms)", ""]
    lines.append(
        f"{'users':>5}  {'bot p50':>8} {'p95':>7} {'p99':>7} {'msg/s':>7}   "
        f"{'echo p50':>8} {'p95':>7} {'p99':>7}   {'p99 ratio':>9}"
    )
    rt = results["round_trip"]
    for level in rt["help_card"]:
        ours, floor = rt["help_card"][level], rt["echo_floor"][level]
        lines.append(
            f"{level:>5}  {ours['p50_ms']:8.1f} {ours['p95_ms']:7.1f} {ours['p99_ms']:7.1f} "
            f"{ours['per_second']:7.0f}   {floor['p50_ms']:8.1f} {floor['p95_ms']:7.1f} "
            f"{floor['p99_ms']:7.1f}   {rt['p99_ratio'][level]:9.2f}"
        )
    lines += ["", f"Round trip, 1:1 '{SUPERUSER_QUESTION}' → the answer (ms)", ""]
    lines.append(
        f"{'users':>5}  {'bot p50':>8} {'p95':>7} {'p99':>7} {'msg/s':>7}   {'p99 ratio':>9}"
    )
    for level, ours in rt["superuser_answer"].items():
        lines.append(
            f"{level:>5}  {ours['p50_ms']:8.1f} {ours['p95_ms']:7.1f} {ours['p99_ms']:7.1f} "
            f"{ours['per_second']:7.0f}   {rt['superuser_p99_ratio'][level]:9.2f}"
        )
    lines += [
        "",
        f"Round trip, 1:1 '{REPORT}' → the reporter's answer and the channel card (ms);",
        "each level starts from a fresh data dir with the same cases stored, and the echo bot",
        "runs the same level right after it: bare, and with msrest's client set-up tuned",
        "",
    ]
    lines.append(
        f"{'users':>5}  {'bot p50':>8} {'p95':>7} {'p99':>7} {'msg/s':>7}   "
        f"{'echo p99':>8} {'ratio':>6}   {'tuned echo p99':>14} {'ratio':>6}   "
        f"{'cases at start':>14} {'stored':>6}"
    )
    for level, ours in rt["problem_report"].items():
        lines.append(
            f"{level:>5}  {ours['p50_ms']:8.1f} {ours['p95_ms']:7.1f} {ours['p99_ms']:7.1f} "
            f"{ours['per_second']:7.0f}   {ours['echo']['p99_ms']:8.1f} "
            f"{rt['report_p99_ratio'][level]:6.2f}   {ours['echo_tuned']['p99_ms']:14.1f} "
            f"{rt['report_p99_ratio_tuned'][level]:6.2f}   {ours['cases_at_start']:>14} "
            f"{ours['cases_stored']:>6}"
        )
    lines += ["", *breakdown.table(results["report_breakdown"])]
    start = results["startup"]
    lines += [
        "",
        f"Start-up to healthy /healthz: {start['startup_s']:.2f} s, "
        f"RSS after 50 messages: {start['rss_mb']:.0f} MB",
    ]
    full = results["startup_full"]
    lines.append(
        f"With {FULL_CASES:,} cases and {FULL_REMINDERS:,} reminders to come: start-up "
        f"{full['startup_s']:.2f} s (target < 2 s), RSS {full['rss_mb']:.0f} MB (target < 150 MB)"
    )
    lines += ["", *case_growth.table(results["cases"])]
    lines += ["", "Storage: one changed record written, by records already stored (ms)"]
    for count, figures in results["storage"]["by_size"].items():
        lines.append(
            f"{count:>7}  write {figures['write_ms']:7.2f}  unchanged upsert "
            f"{figures['noop_us']:6.1f} µs  file {figures['file_kb']:8.0f} KB"
        )
    lines.append(f"write ratio 50k/1k: {results['storage']['write_ratio_50k_1k']:.1f}")
    lines += ["", *notices.table(results["notices"])]
    return "\n".join(lines)


def seed_full(data: Path) -> None:
    """50k cases (2k of them open) and 10k reminders to come."""
    case_growth.seed_cases(data, FULL_CASES)
    case_growth.seed_reminders(data, FULL_REMINDERS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/results.json"))
    args = parser.parse_args(argv)
    results: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        "round_trip": asyncio.run(measure_round_trips()),
        "report_breakdown": breakdown.measure(),
        "startup": process.startup(),
        "startup_full": process.startup(seed_full),
        "cases": case_growth.measure(),
        "storage": storage_growth.measure(),
        "notices": notices.measure(),
    }
    print(table(results))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"\nSaved to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
