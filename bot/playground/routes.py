"""The playground's HTTP routes on the bot's app, and the page's own files."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Final

from aiohttp import web

from bot.emulator import TeamsEmulator
from bot.playground.actions import execute, say, submit
from bot.playground.event_stream import end_streams, events, follow_emulator
from bot.playground.page_setup import setup
from bot.playground.state import PLAYGROUND, Playground
from dialogs.org_file import Organisation

_LOGGER = logging.getLogger(__name__)

HERE: Final = Path(__file__).resolve().parent
NODE_MODULES: Final = HERE / "node_modules"
PAGE_FILES: Final = {
    "playground.js": "application/javascript",
    "playground.css": "text/css",
}
# The only files served from node_modules: the card renderer and the markdown parser.
LIBRARIES: Final = {
    "adaptivecards.js": "adaptivecards/dist/adaptivecards.min.js",
    "markdown-it.js": "markdown-it/dist/browser/markdown-it.umd.min.js",
}


def add_playground(app: web.Application, emulator: TeamsEmulator, org: Organisation) -> None:
    """Serve the playground at /playground on the bot's own app (local mode only)."""
    playground = web.Application()
    playground[PLAYGROUND] = Playground(emulator, org)
    playground.cleanup_ctx.append(follow_emulator)
    playground.on_shutdown.append(end_streams)
    route = playground.router
    route.add_get("/", page)
    route.add_get("/lib/{name}", library)
    route.add_get("/api/setup", setup)
    route.add_get("/api/events", events)
    route.add_post("/api/say", say)
    route.add_post("/api/submit", submit)
    route.add_post("/api/execute", execute)
    route.add_get("/{name}", page_file)
    app.router.add_get("/playground", _to_playground)
    app.add_subapp("/playground", playground)


async def _to_playground(request: web.Request) -> web.Response:
    raise web.HTTPFound("/playground/")


async def page(request: web.Request) -> web.FileResponse:
    """The page itself, read again on every load."""
    return web.FileResponse(HERE / "index.html", headers={"Cache-Control": "no-cache"})


async def page_file(request: web.Request) -> web.FileResponse:
    """The page's script or style sheet; nothing else in this folder is served."""
    name = request.match_info["name"]
    if name not in PAGE_FILES:
        raise web.HTTPNotFound(reason="NoSuchFile", text=f"the playground has no file {name}")
    return web.FileResponse(
        HERE / name, headers={"Content-Type": PAGE_FILES[name], "Cache-Control": "no-cache"}
    )


async def library(request: web.Request) -> web.FileResponse:
    """One of the JavaScript libraries the page uses, from node_modules."""
    name = request.match_info["name"]
    if name not in LIBRARIES:
        raise web.HTTPNotFound(reason="NoSuchLibrary", text=f"the playground has no {name}")
    path = NODE_MODULES / LIBRARIES[name]
    if not path.is_file():
        raise web.HTTPServiceUnavailable(
            reason="NotInstalled",
            text="the playground's JavaScript packages are missing; `make run` installs them",
        )
    return web.FileResponse(path, headers={"Content-Type": "application/javascript"})
