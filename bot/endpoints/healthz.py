"""`/healthz`: whether storage and the scheduler work, for operators and their probes."""

from __future__ import annotations

from aiohttp import web

from bot import __version__
from bot.app_keys import RUNTIME, SETTINGS


async def healthz(request: web.Request) -> web.Response:
    """200 with the version and mode while storage and scheduler work, 503 otherwise."""
    runtime = request.app[RUNTIME]
    storage_ok = runtime.db.healthy()
    scheduler_ok = runtime.reminders.running
    ok = storage_ok and scheduler_ok
    return web.json_response(
        {
            "status": "ok" if ok else "degraded",
            "version": __version__,
            "storage": storage_ok,
            "scheduler": scheduler_ok,
            "mode": "local" if request.app[SETTINGS].local_mode else "teams",
        },
        status=200 if ok else 503,
    )
