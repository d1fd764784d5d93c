"""An IT notice to 1,000 recipients through the emulator with Teams' rate limits switched on.

Reports the time from pressing Send until the last recipient has it, against the least time
Teams' limit of 50 requests a second allows, and how many copies were lost or duplicated.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench.serving import remember_personal_installs, serve
from bot.app import RUNTIME, create_app
from bot.emulator import Directory, TeamsEmulator
from bot.settings import DEMO_ORG_FILE, Settings
from dialogs.org_file import load_org

RECIPIENTS = 1000
TENANT_LIMIT = 50  # requests a second per app and tenant
PROJECT_LEAD = "mette.kjaer@jobcenter.varde.example"
KICKERS = ("IT-meddelelse", "IT notice")


def _notices(emulator: TeamsEmulator) -> list[Any]:
    """Every copy of the notice the emulator took: 1:1 messages and channel posts."""
    found = []
    for record in emulator.recorded():
        first = record.cards[0]["body"][0].get("text") if record.cards else None
        if record.is_reply and first in KICKERS:
            found.append(record)
    return found


async def _send_once(faults: bool) -> dict[str, Any]:
    org = load_org(DEMO_ORG_FILE)
    directory = Directory.from_org(org)
    teams = [team.key for team in org.teams]
    channels = len(teams)
    generated = RECIPIENTS - len(org.everyone()) - channels
    for number in range(generated):
        directory.add_member(
            teams[number % len(teams)], f"kollega{number:04d}@jobcenter.varde.example"
        )
    emulator = TeamsEmulator(directory).start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp) / "data"
            settings = Settings(data_dir=data, org_file=DEMO_ORG_FILE)
            runner, emulator.bot_endpoint = await serve(create_app(settings))
            for key in teams:
                await emulator.install_in_team(key)
            for email in org.everyone():
                await emulator.install_personal(email)
            await runner.cleanup()
            remember_personal_installs(
                emulator, data, [e for e in directory.users if e.startswith("kollega")]
            )
            app = create_app(settings)
            runner, emulator.bot_endpoint = await serve(app)
            try:
                preview_turn = await emulator.say(
                    PROJECT_LEAD, "udsend: Momentum opdateres i weekenden"
                )
                [preview] = preview_turn.replies
                emulator.clear()
                emulator.enforce_limits = True
                if faults:
                    emulator.inject_share(429, 0.10, retry_after=1, seed=1)
                    emulator.inject_share(503, 0.02, seed=1)
                started = time.perf_counter()
                data_sent = next(
                    a["data"]
                    for a in preview.cards[0]["actions"]
                    if a["data"]["action"] == "notice_send"
                )
                await emulator.submit(PROJECT_LEAD, data_sent, reply_to=preview)
                notice_queue = app[RUNTIME].notice_queue
                assert notice_queue is not None
                await notice_queue.wait_idle()
                elapsed = time.perf_counter() - started
                deliveries = app[RUNTIME].services.notices.book.deliveries.all()
            finally:
                await runner.cleanup()
    finally:
        emulator.stop()
    received = _notices(emulator)
    copies = Counter(r.conversation_id.split(";messageid=")[0] for r in received)
    spread = max(r.at for r in received) - min(r.at for r in received)
    wanted = {emulator.personal_conversation_id(e) for e in directory.users} | {
        t.general.channel_id for t in directory.teams.values()
    }
    count = len(deliveries)
    # Teams counts requests in any one second: 50 go at once, then 50 more each second.
    minimum = (count - 1) // TENANT_LIMIT
    return {
        "recipients": count,
        "elapsed_s": elapsed,
        "minimum_s": float(minimum),
        "ratio": elapsed / minimum,
        "lost": len(wanted - set(copies)),
        "duplicates": sum(n - 1 for n in copies.values() if n > 1),
        "attempts": sum(d.attempts for d in deliveries),
        "per_second": count / elapsed,
        # From the first copy's arrival to the last's: the send itself, without the click's
        # turn before it or the report's last redraw after it.
        "first_to_last_s": spread,
    }


def measure() -> dict[str, Any]:
    """Once with Teams' limits only, once more with 10 % 429s and 2 % 503s on top."""
    return {
        "limits": asyncio.run(_send_once(faults=False)),
        "limits_and_faults": asyncio.run(_send_once(faults=True)),
    }


def table(results: dict[str, Any]) -> list[str]:
    lines = [
        "IT notice to 1,000 recipients under Teams' limits (50 requests/s per tenant)",
        "",
        f"{'run':>18}  {'sent':>5} {'elapsed s':>9} {'minimum s':>9} {'ratio':>6} "
        f"{'msg/s':>6} {'calls':>6} {'lost':>5} {'dupes':>5} {'first→last s':>13}",
    ]
    for name, run in results.items():
        lines.append(
            f"{name:>18}  {run['recipients']:5d} {run['elapsed_s']:9.1f} {run['minimum_s']:9.1f} "
            f"{run['ratio']:6.2f} {run['per_second']:6.1f} {run['attempts']:6d} "
            f"{run['lost']:5d} {run['duplicates']:5d} {run['first_to_last_s']:13.1f}"
        )
    return lines


if __name__ == "__main__":
    print("\n".join(table(measure())))
