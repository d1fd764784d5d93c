"""The page's live view: the emulator's records become events, sent as server-sent events."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from typing import Final

from aiohttp import web

from bot.playground.state import PLAYGROUND

_LOGGER = logging.getLogger(__name__)

# An idle event stream gets a comment this often, so proxies and browsers keep it open.
KEEP_ALIVE_SECONDS: Final = 15.0


async def follow_emulator(app: web.Application) -> AsyncIterator[None]:
    """While the app runs, every record the emulator makes becomes an event."""
    playground = app[PLAYGROUND]
    log = playground.log
    loop = asyncio.get_running_loop()
    # The emulator records in its own thread; the events list belongs to this loop.
    for record in playground.emulator.recorded():
        log.add_bot_record(record)
    unsubscribe = playground.emulator.subscribe(
        lambda record: loop.call_soon_threadsafe(log.add_bot_record, record)
    )
    try:
        yield
    finally:
        unsubscribe()


async def end_streams(app: web.Application) -> None:
    """End every open event stream, so the server can stop at once."""
    app[PLAYGROUND].log.close()


async def events(request: web.Request) -> web.StreamResponse:
    """Server-sent events: everything so far (or since Last-Event-ID), then each new event."""
    log = request.app[PLAYGROUND].log
    run, _, number = (request.headers.get("Last-Event-ID") or "").partition("-")
    seq = int(number) if run == log.run and number.isdigit() else 0
    response = web.StreamResponse(
        headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
    )
    await response.prepare(request)
    try:
        await response.write(f"event: hello\ndata: {log.run}\n\n".encode())
        while not log.closing:
            batch = await log.after(seq, KEEP_ALIVE_SECONDS)
            if not batch:
                await response.write(b": still here\n\n")
                continue
            for event in batch:
                data = json.dumps(event, ensure_ascii=False)
                event_id = f"{log.run}-{event['seq']}"
                await response.write(f"id: {event_id}\ndata: {data}\n\n".encode())
            seq = batch[-1]["seq"]
    except ConnectionResetError:
        # The page was closed or reloaded; it replays from its last event when it comes back.
        pass
    return response
