"""The aiohttp application: /api/messages for Teams, /healthz for operators."""

from __future__ import annotations

from typing import Final

from aiohttp import web

from bot.app_keys import CLOCK, DELIVERY_TIMING, RUNTIME, SETTINGS, Runtime
from bot.cloud_adapter import AuthConfig
from bot.endpoints.calendar_file import calendar_file
from bot.endpoints.errors import json_errors
from bot.endpoints.healthz import healthz
from bot.endpoints.messages import TenantRefused, messages
from bot.runtime import open_organisation, runtime_context
from bot.settings import Settings
from dialogs.organisation import Clock, system_clock

# What callers import from here, though it lives in the modules above.
__all__ = [
    "CLOCK",
    "DELIVERY_TIMING",
    "MAX_BODY",
    "RUNTIME",
    "SETTINGS",
    "AuthConfig",
    "Runtime",
    "TenantRefused",
    "calendar_file",
    "create_app",
    "healthz",
    "json_errors",
    "messages",
    "open_organisation",
]

# Teams messages are at most 28 KB; anything near this limit is not from Teams.
MAX_BODY: Final = 256 * 1024


def create_app(settings: Settings, *, clock: Clock = system_clock) -> web.Application:
    """The bot's web app; `clock` lets tests move time forward without waiting."""
    app = web.Application(client_max_size=MAX_BODY, middlewares=[json_errors])
    app[SETTINGS] = settings
    app[CLOCK] = clock
    app.cleanup_ctx.append(runtime_context)
    # Looked up here at each call, so a benchmark that wraps `bot.app.messages` times it.
    app.router.add_post("/api/messages", messages)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/events/{event_id}.ics", calendar_file)
    return app
