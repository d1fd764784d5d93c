"""The browser playground: a Teams-like page that talks to the bot through the local emulator."""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any, Final

import aiohttp
from aiohttp import web

from bot.emulator import Recorded, TeamsEmulator, Turn
from bot.emulator.records import REPLY_OPS
from dialogs.language.texts import CATALOGUE, DEFAULT_LANGUAGE
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
LOCALES: Final = {"da": "da-DK", "en": "en-US"}
# An idle event stream gets a comment this often, so proxies and browsers keep it open.
KEEP_ALIVE_SECONDS: Final = 15.0
MAX_TEXT: Final = 4000


class Playground:
    """What happened in the emulator, as a numbered list of events the page replays and follows."""

    def __init__(self, emulator: TeamsEmulator, org: Organisation) -> None:
        self.emulator = emulator
        self.org = org
        self.events: list[dict[str, Any]] = []
        # Event ids carry this, so a page that reconnects to a restarted bot knows to start over.
        self.run = uuid.uuid4().hex[:12]
        self._changed = asyncio.Event()
        self._closing = False
        self._installed = False
        self._install_lock = asyncio.Lock()

    def people(self) -> list[tuple[str, str]]:
        """The people in the left rail, with their role's text key, as the org file names them."""
        found: list[tuple[str, str]] = []
        team = self.org.teams[0] if self.org.teams else None
        if team is not None:
            if team.members:
                found.append((team.members[0], "playground.role.employee"))
            if team.superusers:
                found.append((team.superusers[0], "playground.role.superuser"))
            if team.leaders:
                found.append((team.leaders[0], "playground.role.leader"))
        found.append((self.org.project_lead, "playground.role.project_lead"))
        found.append((self.org.it_lead, "playground.role.it_lead"))
        return found

    def team_keys(self, email: str) -> list[str]:
        """The org teams a person belongs to, in the org file's order."""
        return [team.key for team in self.org.teams if email in team.everyone]

    def add_bot_record(self, record: Recorded) -> None:
        """Keep what the bot sent, updated or deleted; typing indicators are not worth showing."""
        if record.op in REPLY_OPS and record.type not in ("message", ""):
            return
        self._add({"kind": "bot", **record.as_json()})

    def add_person_message(self, activity: dict[str, Any]) -> None:
        """Keep what a person wrote, so every view of that conversation shows it."""
        self._add(
            {
                "kind": "person",
                "op": "send",
                "conversationId": activity["conversation"]["id"],
                "activityId": activity["id"],
                "replyToId": None,
                "activity": {
                    "type": "message",
                    "text": activity.get("text") or "",
                    "from": activity["from"],
                    "entities": activity.get("entities") or [],
                },
            }
        )

    def _add(self, event: dict[str, Any]) -> None:
        event["seq"] = len(self.events) + 1
        self.events.append(event)
        self._changed.set()
        self._changed = asyncio.Event()

    async def after(self, seq: int, timeout: float) -> list[dict[str, Any]]:  # noqa: ASYNC109
        """The events after `seq`, waiting up to `timeout` seconds for one when there are none."""
        if seq >= len(self.events) and not self._closing:
            changed = self._changed
            try:
                await asyncio.wait_for(changed.wait(), timeout)
            except TimeoutError:
                return []
        return self.events[seq:]

    def close(self) -> None:
        """End every open event stream, so the server can stop at once."""
        self._closing = True
        self._changed.set()

    @property
    def closing(self) -> bool:
        return self._closing

    async def install_once(self) -> None:
        """Add the bot to the rail's teams, as IT would before people use it in Teams."""
        async with self._install_lock:
            if self._installed:
                return
            keys = {key for email, _ in self.people() for key in self.team_keys(email)}
            for key in sorted(keys):
                turn = await self.emulator.install_in_team(key)
                if turn.status >= 300:
                    _LOGGER.warning("installing the bot in team %s failed: %s", key, turn.status)
            self._installed = True

    def card_message(self, conversation_id: str, activity_id: str) -> Recorded:
        """The message a card button was pressed on; KeyError if the bot never sent it."""
        for record in reversed(self.emulator.recorded(conversation_id)):
            if record.activity_id == activity_id and record.op in REPLY_OPS:
                return record
        raise KeyError(f"no message {activity_id} in {conversation_id}")


PLAYGROUND: Final = web.AppKey("playground", Playground)


def add_playground(app: web.Application, emulator: TeamsEmulator, org: Organisation) -> None:
    """Serve the playground at /playground on the bot's own app (local mode only)."""
    playground = web.Application()
    playground[PLAYGROUND] = Playground(emulator, org)
    playground.cleanup_ctx.append(_follow_emulator)
    playground.on_shutdown.append(_end_streams)
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


async def _follow_emulator(app: web.Application) -> AsyncIterator[None]:
    playground = app[PLAYGROUND]
    loop = asyncio.get_running_loop()
    # The emulator records in its own thread; the events list belongs to this loop.
    for record in playground.emulator.recorded():
        playground.add_bot_record(record)
    unsubscribe = playground.emulator.subscribe(
        lambda record: loop.call_soon_threadsafe(playground.add_bot_record, record)
    )
    try:
        yield
    finally:
        unsubscribe()


async def _end_streams(app: web.Application) -> None:
    app[PLAYGROUND].close()


async def _to_playground(request: web.Request) -> web.Response:
    raise web.HTTPFound("/playground/")


async def page(request: web.Request) -> web.FileResponse:
    return web.FileResponse(HERE / "index.html", headers={"Cache-Control": "no-cache"})


async def page_file(request: web.Request) -> web.FileResponse:
    name = request.match_info["name"]
    if name not in PAGE_FILES:
        raise web.HTTPNotFound(reason="NoSuchFile", text=f"the playground has no file {name}")
    return web.FileResponse(
        HERE / name, headers={"Content-Type": PAGE_FILES[name], "Cache-Control": "no-cache"}
    )


async def library(request: web.Request) -> web.FileResponse:
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


async def setup(request: web.Request) -> web.Response:
    """Who can be chosen, their chats and channels, and the page's texts in both languages."""
    playground = request.app[PLAYGROUND]
    await playground.install_once()
    directory = playground.emulator.directory
    people = []
    for email, role in playground.people():
        user = directory.user(email)
        teams = [
            {
                "key": team.key,
                "name": team.org_name or team.name,
                "channels": [{"id": c.channel_id, "name": c.name} for c in team.channels],
            }
            for team in (directory.team(key) for key in playground.team_keys(email))
        ]
        people.append(
            {
                "email": user.email,
                "name": user.name,
                "id": user.user_id,
                "role": role,
                "chat": directory.personal_conversation_id(user.email),
                "teams": teams,
            }
        )
    texts = {
        lang: {key: pair[index] for key, pair in CATALOGUE.items() if key.startswith("playground.")}
        for index, lang in enumerate(("da", "en"))
    }
    return web.json_response(
        {
            "bot": {"id": playground.emulator.bot_id, "name": playground.emulator.bot_name},
            "organisation": playground.org.name,
            "language": DEFAULT_LANGUAGE,
            "locales": LOCALES,
            "people": people,
            "texts": texts,
        }
    )


async def events(request: web.Request) -> web.StreamResponse:
    """Server-sent events: everything so far (or since Last-Event-ID), then each new event."""
    playground = request.app[PLAYGROUND]
    run, _, number = (request.headers.get("Last-Event-ID") or "").partition("-")
    seq = int(number) if run == playground.run and number.isdigit() else 0
    response = web.StreamResponse(
        headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
    )
    await response.prepare(request)
    try:
        await response.write(f"event: hello\ndata: {playground.run}\n\n".encode())
        while not playground.closing:
            batch = await playground.after(seq, KEEP_ALIVE_SECONDS)
            if not batch:
                await response.write(b": still here\n\n")
                continue
            for event in batch:
                data = json.dumps(event, ensure_ascii=False)
                event_id = f"{playground.run}-{event['seq']}"
                await response.write(f"id: {event_id}\ndata: {data}\n\n".encode())
            seq = batch[-1]["seq"]
    except ConnectionResetError:
        # The page was closed or reloaded; it replays from its last event when it comes back.
        pass
    return response


async def say(request: web.Request) -> web.Response:
    """A person writes 1:1, posts in a channel (to the bot) or replies in a thread."""
    body = await _body(request)
    text = body.get("text")
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
        raise web.HTTPBadRequest(reason="BadText", text="write a message of at most 4000 signs")
    playground = request.app[PLAYGROUND]

    async def run() -> Turn:
        activity = playground.emulator.activities.message(
            body["as"],
            text.strip(),
            team=_text_or_none(body, "team"),
            channel=_text_or_none(body, "channel"),
            thread=_text_or_none(body, "thread"),
            locale=_locale(body),
        )
        # Shown before the bot's answer arrives, as in Teams.
        playground.add_person_message(activity)
        return await playground.emulator.post(activity)

    return await _turn(run)


async def submit(request: web.Request) -> web.Response:
    """A person presses an Action.Submit button on a card the bot sent."""
    body = await _body(request)
    value = body.get("value")
    if not isinstance(value, dict):
        raise web.HTTPBadRequest(reason="BadValue", text="a card submit carries an object")
    playground = request.app[PLAYGROUND]

    async def run() -> Turn:
        on = playground.card_message(*_card_place(body))
        return await playground.emulator.submit(
            body["as"], value, reply_to=on, locale=_locale(body)
        )

    return await _turn(run)


async def execute(request: web.Request) -> web.Response:
    """A person presses an Action.Execute button: an `adaptiveCard/action` invoke."""
    body = await _body(request)
    verb, data = body.get("verb"), body.get("data")
    if not isinstance(verb, str) or not isinstance(data, dict | None):
        raise web.HTTPBadRequest(reason="BadAction", text="an Action.Execute has a verb and data")
    playground = request.app[PLAYGROUND]

    async def run() -> Turn:
        on = playground.card_message(*_card_place(body))
        return await playground.emulator.invoke(
            body["as"], verb, data, reply_to=on, locale=_locale(body)
        )

    return await _turn(run)


async def _body(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise web.HTTPBadRequest(reason="BadJson", text="the body is not JSON") from None
    if not isinstance(body, dict) or not isinstance(body.get("as"), str):
        raise web.HTTPBadRequest(reason="NoPerson", text='say who you are with "as"')
    return body


def _text_or_none(body: dict[str, Any], key: str) -> str | None:
    value = body.get(key)
    return value if isinstance(value, str) and value else None


def _locale(body: dict[str, Any]) -> str:
    return LOCALES.get(str(body.get("language")), LOCALES[DEFAULT_LANGUAGE])


def _card_place(body: dict[str, Any]) -> tuple[str, str]:
    conversation, activity = body.get("conversationId"), body.get("activityId")
    if not isinstance(conversation, str) or not isinstance(activity, str):
        raise web.HTTPBadRequest(reason="NoCard", text="name the card's conversation and message")
    return conversation, activity


async def _turn(run: Callable[[], Awaitable[Turn]]) -> web.Response:
    """Post to the bot through the emulator; answer with the bot's status and invoke body."""
    try:
        turn = await run()
    except KeyError as error:
        raise web.HTTPNotFound(reason="NotFound", text=str(error.args[0])) from None
    except ValueError as error:
        raise web.HTTPBadRequest(reason="BadArgument", text=str(error)) from None
    except (aiohttp.ClientError, TimeoutError) as error:
        raise web.HTTPBadGateway(reason="BotUnreachable", text=repr(error)) from None
    return web.json_response(
        {"status": turn.status, "body": turn.body, "conversationId": turn.conversation_id}
    )
