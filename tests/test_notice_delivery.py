"""A notice to 500+ people and every team channel, under Teams' limits, 429s, 503s and a restart.

The emulator enforces Teams' rate limits on a clock that moves only when the notice queue sleeps, so
the test paces honestly (a too-early request gets a 429) without waiting in real time.
"""

from __future__ import annotations

import asyncio
import shutil
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bench.serving import remember_personal_installs
from bot.app import DELIVERY_TIMING
from bot.delivery import Timing
from bot.emulator import Directory, Recorded, TeamsEmulator
from bot.settings import Settings
from dialogs.org_file import Organisation
from storage.notices import DELIVERED
from tests.cards import assert_valid_card
from tests.chat import Someone, seen
from tests.conftest import DEMO_TEAMS, METTE, FakeClock, RunningBot
from tests.notice_chat import preview_of_form

GENERATED = 480
TITLE = "Momentum opdateres i weekenden"


class VirtualTime:
    """A monotonic clock that stands still until someone sleeps; then it jumps."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now = max(self.now, self.now + max(0.0, seconds))
        await asyncio.sleep(0)


class PacedBot(RunningBot):
    """The real app, with the notice queue on the virtual clock the emulator also limits by."""

    def __init__(self, settings: Settings, emulator: TeamsEmulator, time: VirtualTime):
        timing = Timing(monotonic=time.monotonic, sleep=time.sleep)
        super().__init__(
            settings,
            emulator,
            FakeClock(),
            extend=lambda app: app.__setitem__(DELIVERY_TIMING, timing),
        )
        self.time = time


@pytest.fixture(scope="module")
def time() -> VirtualTime:
    return VirtualTime()


@pytest.fixture(scope="module")
def emulator(org: Organisation, time: VirtualTime) -> Iterator[TeamsEmulator]:
    directory = Directory.from_org(org)
    teams = [key for _, key in DEMO_TEAMS]
    for number in range(GENERATED):
        email = f"kollega{number:03d}@jobcenter.varde.example"
        directory.add_member(teams[number % len(teams)], email)
    emu = TeamsEmulator(directory, clock=time.monotonic).start()
    yield emu
    emu.stop()


@pytest.fixture(scope="module")
def installed(
    emulator: TeamsEmulator, org: Organisation, time: VirtualTime, tmp_path_factory
) -> Path:
    """A data directory where every team and every person has the app, made once per module."""
    data = tmp_path_factory.mktemp("installed") / "data"

    async def install() -> None:
        bot = await PacedBot(Settings(data_dir=data, org_file=_org_file()), emulator, time).start()
        try:
            # Installing in the teams reads their rosters: the bot learns every member's e-mail.
            for _, key in DEMO_TEAMS:
                await emulator.install_in_team(key)
            for email in org.everyone():
                await emulator.install_personal(email)
        finally:
            await bot.stop()

    asyncio.run(install())
    remember_personal_installs(
        emulator, data, [e for e in emulator.directory.users if e.startswith("kollega")]
    )
    return data


def _org_file() -> Path:
    from bot.settings import DEMO_ORG_FILE

    return DEMO_ORG_FILE


@pytest.fixture
async def paced(
    installed: Path, emulator: TeamsEmulator, time: VirtualTime, tmp_path: Path
) -> AsyncIterator[PacedBot]:
    data = tmp_path / "data"
    shutil.copytree(installed, data)
    emulator.clear()
    emulator.enforce_limits = False
    bot = await PacedBot(Settings(data_dir=data, org_file=_org_file()), emulator, time).start()
    yield bot
    await bot.stop()
    emulator.enforce_limits = False
    emulator.inject_share(429, 0)
    emulator.inject_share(503, 0)


async def plan_notice(bot: PacedBot) -> None:
    """Mette plans a notice for everyone, in channels and 1:1, to go out in an hour."""
    mette = Someone(bot.emulator, METTE)
    preview = await preview_of_form(
        mette,
        {
            "title": TITLE,
            "body": "Gem dit arbejde fredag inden kl. 15. Momentum er lukket lørdag.",
            "ack": "true",
            "date": "2026-11-30",
            "time": "10:00",
        },
    )
    planned = await mette.clicks("Send", on=preview)
    assert "sendes" in planned.text


def under_teams_limits(emulator: TeamsEmulator) -> None:
    """Teams' limits, 10 % of requests refused with 429 and Retry-After, and 2 % with 503."""
    emulator.enforce_limits = True
    emulator.inject_share(429, 0.10, retry_after=1, seed=7)
    emulator.inject_share(503, 0.02, seed=7)


def copy_in(record: Recorded) -> str | None:
    """The conversation (1:1 chat or channel) a record is a copy of the notice in, if it is one."""
    first = record.cards[0]["body"][0].get("text") if record.cards else None
    if record.is_reply and first in ("IT-meddelelse", "IT notice"):
        return record.conversation_id.split(";messageid=")[0]
    return None


def copies(emulator: TeamsEmulator) -> Counter[str]:
    """How many copies of the notice each conversation (1:1 chat or channel) got."""
    return Counter(where for record in emulator.recorded() if (where := copy_in(record)))


async def reached(emulator: TeamsEmulator, conversations: int) -> None:
    """Until the notice has arrived in that many conversations."""
    got: set[str] = set()

    def enough(record: Recorded) -> bool:
        if where := copy_in(record):
            got.add(where)
        return len(got) >= conversations

    await emulator.wait_for_async(enough, timeout=60)


def expected(emulator: TeamsEmulator) -> set[str]:
    people = {emulator.personal_conversation_id(email) for email in emulator.directory.users}
    channels = {team.general.channel_id for team in emulator.directory.teams.values()}
    return people | channels


async def test_a_notice_to_500_people_and_every_channel_arrives_once_under_the_limits(
    paced: PacedBot, time: VirtualTime
) -> None:
    emulator = paced.emulator
    await plan_notice(paced)
    under_teams_limits(emulator)
    started = time.now
    await paced.wait(hours=1)
    await paced.notice_queue_idle()
    elapsed = time.now - started

    got = copies(emulator)
    wanted = expected(emulator)
    assert len(wanted) >= 500
    assert set(got) == wanted, f"lost: {len(wanted - set(got))}"
    assert max(got.values()) == 1, "duplicates"
    deliveries = paced.stored.notices.deliveries.all()
    assert {d.status for d in deliveries} == {DELIVERED}
    # Teams said no often enough that the queue had to wait and retry.
    assert sum(d.attempts for d in deliveries) > len(deliveries) * 1.05
    # 50 requests a second is the ceiling; nothing went faster.
    assert elapsed >= (len(deliveries) - 50) / 50
    # The author's report ends with the full count.
    report = [
        r
        for r in emulator.recorded(emulator.personal_conversation_id(METTE))
        if "Udsendelse" in seen(r)
    ]
    assert f"Sendt til {len(deliveries)} af {len(deliveries)}" in seen(report[-1])
    assert_valid_card(report[-1].cards[0])
    notice = next(r for r in emulator.recorded() if TITLE in seen(r) and r.op == "create")
    assert_valid_card(notice.cards[0])


async def test_a_restart_in_the_middle_of_a_send_loses_and_repeats_nothing(
    paced: PacedBot,
) -> None:
    emulator = paced.emulator
    await plan_notice(paced)
    under_teams_limits(emulator)
    await paced.wait(hours=1)
    await reached(emulator, 150)
    # Bounded, so that a stop that cannot finish fails the test instead of hanging it.
    async with asyncio.timeout(60):
        await paced.restart()
    assert 150 <= len(copies(emulator)) < len(expected(emulator))
    async with asyncio.timeout(60):
        await paced.notice_queue_idle()

    got = copies(emulator)
    assert set(got) == expected(emulator)
    assert max(got.values()) == 1
    deliveries = paced.stored.notices.deliveries.all()
    assert {d.status for d in deliveries} == {DELIVERED}
