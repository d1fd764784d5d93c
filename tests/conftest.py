"""The bot and the local Teams emulator on free ports, and people who talk to the bot."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from aiohttp import web
from hypothesis import settings as hypothesis_settings

from bot.app import RUNTIME, Runtime, create_app
from bot.emulator import Directory, TeamsEmulator
from bot.scheduler import Reminders
from bot.sender import Sender
from bot.settings import DEMO_ORG_FILE, Settings
from dialogs.org_file import Organisation, load_org
from dialogs.organisation import OrgService
from storage.cases import Cases
from storage.notices import NoticeBook
from storage.repositories import ConversationRefs, Events, InstalledTeams, People, Tasks
from tests.cards import assert_valid_card
from tests.chat import Someone

# Property and fuzz tests: a few hundred examples each in `make test`; `make fuzz` picks the
# "fuzz" profile on the pytest command line (--hypothesis-profile=fuzz) for ten thousand.
# make test is repeatable (derandomized); make fuzz explores new examples every run.
hypothesis_settings.register_profile("quick", max_examples=200, deadline=None, derandomize=True)
hypothesis_settings.register_profile("fuzz", max_examples=10_000, deadline=None)
hypothesis_settings.load_profile("quick")

ANNE = "anne.madsen@jobcenter.varde.example"  # employee, Team Ydelse, Danish Teams
EMMA = "emma.jensen@jobcenter.varde.example"  # employee, Team Ydelse, English Teams
BO = "bo.nielsen@jobcenter.varde.example"  # superuser, Team Ydelse
METTE = "mette.kjaer@jobcenter.varde.example"  # project lead
HENRIK = "henrik.lund@jobcenter.varde.example"  # IT lead
KARIN = "karin.holm@jobcenter.varde.example"  # team leader, Team Ydelse
SARA = "sara.lund@jobcenter.varde.example"  # deputy, Team Ydelse
PETER = "peter.skov@jobcenter.varde.example"  # employee, Team Ydelse

# The demo org's teams as people see them in choices, in the org file's order.
DEMO_TEAMS = [
    ("Team Ydelse", "ydelse"),
    ("Team Sygedagpenge", "sygedagpenge"),
    ("Team Job og Virksomhed", "job-og-virksomhed"),
    ("Team Unge", "unge"),
    ("Team Integration", "integration"),
    ("Team Jobafklaring og ressourceforløb", "jobafklaring"),
    ("Team Sekretariat", "sekretariat"),
]

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
# Monday 30 November 2026, 09:00 in Varde: tests see the same week whenever they run.
START = datetime(2026, 11, 30, 9, 0, tzinfo=COPENHAGEN)


class FakeClock:
    """The bot's clock, which a test moves forward instead of waiting."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now.astimezone(UTC)

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass(frozen=True)
class Stored:
    """What the running bot has stored, through its repositories' public API."""

    cases: Cases
    people: People
    events: Events
    tasks: Tasks
    notices: NoticeBook  # the notices file: notices, their deliveries and acknowledgements
    teams: InstalledTeams  # the Teams teams the app is (or was) installed in
    references: ConversationRefs  # where the bot can write later: 1:1 chats and channels
    organisation: OrgService  # the org file, what people changed in chat, and team links


class RunningBot:
    """The real app on a real socket, which a test can stop and start on the same data dir."""

    def __init__(
        self,
        settings: Settings,
        emulator: TeamsEmulator,
        clock: FakeClock | None = None,
        *,
        extend: Callable[[web.Application], None] | None = None,
    ):
        self.settings = settings
        self.emulator = emulator
        self.clock = clock or FakeClock()
        # Adds routes to the app before it starts, as local mode adds the playground.
        self.extend = extend
        self._runner: web.AppRunner | None = None
        self.app: web.Application | None = None
        self.url = ""

    async def start(self) -> RunningBot:
        self.app = create_app(self.settings, clock=self.clock)
        if self.extend is not None:
            self.extend(self.app)
        self._runner = web.AppRunner(self.app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"
        self.emulator.bot_endpoint = f"{self.url}/api/messages"
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def restart(self) -> None:
        await self.stop()
        await self.start()

    @property
    def runtime(self) -> Runtime:
        assert self.app is not None
        return self.app[RUNTIME]

    @property
    def stored(self) -> Stored:
        """What the bot has stored now; read it again after a restart."""
        services = self.runtime.services
        return Stored(
            cases=services.cases,
            people=services.people,
            events=services.events,
            tasks=services.tasks,
            notices=services.notices.book,
            teams=self.runtime.teams,
            references=self.runtime.references,
            organisation=services.organisation,
        )

    async def wait(self, **delta: float) -> list[str]:
        """Let time pass: the clock moves on and the reminders due by then fire, in order."""
        self.clock.advance(**delta)
        return await self.runtime.reminders.run_due(self.clock())

    def scheduled(self) -> list[str]:
        """The one-off reminders still to come, by id, earliest first."""
        return self.runtime.reminders.job_ids()

    def due_at(self, reminder_id: str) -> datetime | None:
        """When a one-off reminder is to fire; None when none by that id is to come."""
        return self.runtime.reminders.due_at(reminder_id)

    def routines(self) -> list[str]:
        """The jobs that run every day, by id."""
        return self.runtime.reminders.daily_ids()

    async def notice_queue_idle(self) -> None:
        """Until the notice queue has nothing queued or under way."""
        await self.runtime.notice_queue.wait_idle()

    def sender(self, **options: Any) -> Sender:
        """A sender on the app's connection to Teams, like the app's own; `options` as Sender's."""
        # It shares the app's record of chats being answered, so it waits for their answers too.
        options.setdefault("answering", self.runtime.sender.answering)
        return Sender(self.runtime.adapter, self.settings.app_id, **options)


@pytest.fixture(scope="session")
def org() -> Organisation:
    return load_org(DEMO_ORG_FILE)


@pytest.fixture(scope="session")
def emulator(org: Organisation) -> Iterator[TeamsEmulator]:
    emu = TeamsEmulator(Directory.from_org(org)).start()
    yield emu
    emu.stop()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", org_file=DEMO_ORG_FILE)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


class Scheduler(Reminders):
    """The bot's reminders on a fake clock, alone, for tests of the scheduler itself."""

    def __init__(self, clock: FakeClock) -> None:
        super().__init__(str(COPENHAGEN), paused=True, clock=clock)
        self.clock = clock

    async def wait(self, **delta: float) -> list[str]:
        """Let time pass, as RunningBot.wait does: the reminders due by then fire, in order."""
        self.clock.advance(**delta)
        return await self.run_due(self.clock())


@pytest.fixture
async def reminders(clock: FakeClock) -> AsyncIterator[Scheduler]:
    running = Scheduler(clock)
    running.start()
    yield running
    running.shutdown()


@pytest.fixture
async def bot(
    settings: Settings, emulator: TeamsEmulator, clock: FakeClock
) -> AsyncIterator[RunningBot]:
    emulator.clear()
    emulator.enforce_limits = False
    running = await RunningBot(settings, emulator, clock).start()
    yield running
    await running.stop()
    # Every card the bot sent in the test must be one Teams can render.
    for record in emulator.recorded():
        for card in record.cards:
            assert_valid_card(card)


@pytest.fixture
def anne(bot: RunningBot) -> Someone:
    return Someone(bot.emulator, ANNE)


@pytest.fixture
def emma(bot: RunningBot) -> Someone:
    return Someone(bot.emulator, EMMA)


@pytest.fixture
def bo(bot: RunningBot) -> Someone:
    return Someone(bot.emulator, BO)


def with_tenants(settings: Settings, *tenants: str) -> Settings:
    return replace(settings, allowed_tenants=frozenset(tenants))
