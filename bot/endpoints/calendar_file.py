"""`/events/{id}.ics`: an event as a calendar file, for the link on its invitation card."""

from __future__ import annotations

import re
from typing import Final

from aiohttp import web

from bot.app_keys import RUNTIME
from dialogs.event_rules import to_ics

# Event ids are 12 hex digits; anything else is no event, and never reaches storage.
_EVENT_ID: Final = re.compile(r"[0-9a-f]{12}")


async def calendar_file(request: web.Request) -> web.Response:
    """An event as an .ics file, for the link on its invitation card."""
    runtime = request.app[RUNTIME]
    event_id = request.match_info["event_id"]
    event = runtime.services.events.get(event_id) if _EVENT_ID.fullmatch(event_id) else None
    if event is None:
        raise web.HTTPNotFound(reason="NoSuchEvent", text="there is no such event")
    org = runtime.services.org
    return web.Response(
        body=to_ics(event, org.name, org.timezone),
        content_type="text/calendar",
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="{event_id}.ics"'},
    )
