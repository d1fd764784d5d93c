"""The runtime's parts: built and started when the app starts, stopped and closed when it stops."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import aiohttp
from aiohttp import web
from botbuilder.core import PrivateConversationState

from bot import __version__
from bot.app_keys import CLOCK, DELIVERY_TIMING, RUNTIME, SETTINGS, Runtime
from bot.case_watch import CaseWatch
from bot.cloud_adapter import build_adapter
from bot.delivery import NoticeQueue
from bot.outbox import Outbox
from bot.pipeline import turn_steps
from bot.planner import Planner
from bot.retention_job import Retention
from bot.router import TeamsBot
from bot.scheduler import Reminders
from bot.sender import Sender
from bot.settings import Settings
from bot.state import TinyDBStorage
from dialogs.conversation import Services
from dialogs.notice_desk import NoticeDesk
from dialogs.org_file import Organisation, load_org
from dialogs.organisation import Clock, OrgService, system_clock
from storage.board import BoardItems
from storage.db import Database
from storage.notices import NoticeBook, open_notices
from storage.repositories import (
    Absences,
    Cases,
    ConversationRefs,
    Events,
    InstalledTeams,
    Memberships,
    People,
    SentReminders,
    Tasks,
    TeamChanges,
    TeamLinks,
)
from storage.state_store import StateStore

_LOGGER = logging.getLogger(__name__)


async def runtime_context(app: web.Application) -> AsyncIterator[None]:
    """The app's `cleanup_ctx`: puts the started runtime under RUNTIME, and closes it after."""
    settings = app[SETTINGS]
    org = load_org(settings.org_file)
    db = Database.open(settings.data_dir)
    notices_db: Database | None = None
    notice_queue: NoticeQueue | None = None
    # An injected clock is not the wall's: APScheduler's timer would fire at the wrong moments,
    # so whoever moves that clock fires due reminders with `run_due`.
    reminders = Reminders(org.timezone, paused=app[CLOCK] is not system_clock, clock=app[CLOCK])
    session: aiohttp.ClientSession | None = None
    try:
        # Like the `requests` calls botbuilder made before, honour HTTPS_PROXY and NO_PROXY: a
        # municipal network may only reach Teams through its proxy.
        session = aiohttp.ClientSession(trust_env=True)
        adapter = build_adapter(settings, session)
        sender = Sender(adapter, settings.app_id)
        teams, references = InstalledTeams(db), ConversationRefs(db)
        organisation = open_organisation(settings, db, org, app[CLOCK])
        people = People(db)
        notices_db = open_notices(settings.data_dir)
        book = NoticeBook.on(notices_db)
        notice_queue = NoticeQueue(
            book=book,
            # One attempt per call: the notice queue paces and retries all of it itself.
            sender=Sender(adapter, settings.app_id, attempts=1, answering=sender.answering),
            organisation=organisation,
            people=people,
            teams=teams,
            references=references,
            reminders=reminders,
            timing=app.get(DELIVERY_TIMING),
        )
        services = Services(
            organisation=organisation,
            people=people,
            teams=teams,
            cases=Cases(db),
            events=Events(db),
            tasks=Tasks(db),
            notices=NoticeDesk(book=book, notice_queue=notice_queue),
            board=BoardItems(db),
            public_url=settings.public_base_url,
        )
        outbox = Outbox(services, references, sender, reminders)
        case_watch = CaseWatch(services, outbox, reminders)
        planner = Planner(
            services=services, outbox=outbox, sent=SentReminders(db), reminders=reminders
        )
        bot = _teams_bot(
            settings=settings,
            services=services,
            teams=teams,
            references=references,
            sender=sender,
            outbox=outbox,
            db=db,
            planner=planner,
        )
        notice_queue.start()
        reminders.start()
        outbox.restore()
        case_watch.restore()
        planner.restore()
        Retention(services, reminders).restore()
        app[RUNTIME] = Runtime(
            adapter=adapter,
            bot=bot,
            db=db,
            reminders=reminders,
            sender=sender,
            services=services,
            teams=teams,
            references=references,
            outbox=outbox,
            planner=planner,
            notice_queue=notice_queue,
        )
        _LOGGER.info(
            "IT-hjælp %s started for %s (%s mode)",
            __version__,
            org.name,
            "local" if settings.local_mode else "Teams",
        )
        yield
    finally:
        if notice_queue is not None:
            await notice_queue.stop()
        reminders.shutdown()
        if notices_db is not None:
            notices_db.close()
        db.close()
        if session is not None:
            await session.close()


def _teams_bot(
    *,
    settings: Settings,
    services: Services,
    teams: InstalledTeams,
    references: ConversationRefs,
    sender: Sender,
    outbox: Outbox,
    db: Database,
    planner: Planner,
) -> TeamsBot:
    """The Teams handler every turn runs through, with its dialogs' state kept in `db`."""
    steps = turn_steps(
        tenant_allowed=settings.tenant_allowed,
        references=references,
        people=services.people,
        dialog_state=PrivateConversationState(TinyDBStorage(StateStore(db))),
        answering=sender.answering,
    )
    return TeamsBot(
        services=services,
        teams=teams,
        sender=sender,
        outbox=outbox,
        steps=steps,
        announce=planner.announce,
    )


def open_organisation(
    settings: Settings, db: Database, org: Organisation | None = None, clock: Clock = system_clock
) -> OrgService:
    """The org file with the changes made in chat, which are kept in `db`."""
    return OrgService(
        settings.org_file,
        changes=TeamChanges(db),
        memberships=Memberships(db),
        absences=Absences(db),
        links=TeamLinks(db),
        clock=clock,
        org=org,
    )
