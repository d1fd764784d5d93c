"""What the app keeps under its keys: the settings, the clock and the runtime's parts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from aiohttp import web
from botbuilder.integration.aiohttp import CloudAdapter

from bot.delivery import NoticeQueue, Timing
from bot.outbox import Outbox
from bot.planner import Planner
from bot.router import TeamsBot
from bot.scheduler import Reminders
from bot.sender import Sender
from bot.settings import Settings
from dialogs.conversation import Services
from dialogs.organisation import Clock
from storage.db import Database
from storage.repositories import ConversationRefs, InstalledTeams


@dataclass(frozen=True)
class Runtime:
    """Everything that lives as long as the app: built on start, closed on stop."""

    adapter: CloudAdapter
    bot: TeamsBot
    db: Database
    reminders: Reminders
    sender: Sender
    services: Services
    teams: InstalledTeams
    references: ConversationRefs
    outbox: Outbox
    planner: Planner
    notice_queue: NoticeQueue


SETTINGS: Final = web.AppKey("settings", Settings)
CLOCK: Final = web.AppKey("clock", Clock)
RUNTIME: Final = web.AppKey("runtime", Runtime)
# The notice delivery queue's clock and sleep; tests set one that does not wait.
DELIVERY_TIMING: Final = web.AppKey("delivery_timing", Timing)
