"""A local fake of the Microsoft Teams channel service, serving the Bot Connector routes."""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import json
import logging
import math
import random
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

from bot.emulator.activities import THREAD_MARK, Activities, Envelope
from bot.emulator.directory import Directory, Team, User, personal_conversation_id

_LOGGER = logging.getLogger(__name__)

ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive"
MAX_MESSAGE_BYTES = 28 * 1024
MAX_HOLD = 30.0
# Teams' documented limits: per bot per conversation, and per app per tenant.
CONVERSATION_LIMITS = ((7, 1.0), (8, 2.0), (60, 30.0), (1800, 3600.0))
APP_LIMITS = ((50, 1.0),)
PAGE_SIZE_DEFAULT, PAGE_SIZE_MIN, PAGE_SIZE_MAX = 200, 50, 500
REPLY_OPS = ("send", "reply", "create")

_ERROR_CODES = {
    400: "BadArgument",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    405: "MethodNotAllowed",
    412: "PreconditionFailed",
    413: "MessageSizeTooBig",
    429: "TooManyRequests",
    500: "InternalServerError",
    502: "BadGateway",
    503: "ServiceUnavailable",
    504: "GatewayTimeout",
}


@dataclass(frozen=True)
class Recorded:
    """One thing the bot did to a conversation: created, sent, replied, updated or deleted."""

    op: str
    conversation_id: str
    activity_id: str | None
    activity: dict[str, Any] | None
    reply_to_id: str | None
    at: float

    @property
    def type(self) -> str:
        return (self.activity or {}).get("type") or ""

    @property
    def text(self) -> str:
        return (self.activity or {}).get("text") or ""

    @property
    def attachments(self) -> list[dict[str, Any]]:
        return list((self.activity or {}).get("attachments") or [])

    @property
    def cards(self) -> list[dict[str, Any]]:
        """The Adaptive Cards' contents."""
        return [
            a.get("content") or {}
            for a in self.attachments
            if a.get("contentType") == ADAPTIVE_CARD
        ]

    @property
    def mentions(self) -> list[dict[str, Any]]:
        """Who the activity @mentions, as `{id, name}`."""
        found = []
        for entity in (self.activity or {}).get("entities") or []:
            if str(entity.get("type", "")).lower() == "mention":
                mentioned = entity.get("mentioned") or {}
                found.append({"id": mentioned.get("id"), "name": mentioned.get("name")})
        return found

    @property
    def locale(self) -> str | None:
        return (self.activity or {}).get("locale")

    @property
    def is_reply(self) -> bool:
        """A message the bot posted (not a typing indicator, an update or a delete)."""
        return self.op in REPLY_OPS and self.type in ("message", "")

    def __hash__(self) -> int:
        # The activity is a dict; what the bot did, where and when identifies a record.
        return hash((self.op, self.conversation_id, self.activity_id, self.at))

    def as_json(self) -> dict[str, Any]:
        return {
            "op": self.op,
            "conversationId": self.conversation_id,
            "activityId": self.activity_id,
            "replyToId": self.reply_to_id,
            "at": self.at,
            "activity": self.activity,
        }


@dataclass
class Turn:
    """The bot's answer to what the emulator posted, and what it sent while answering."""

    status: int
    body: Any
    sent: list[Recorded] = field(default_factory=list)
    activity: dict[str, Any] | None = None

    @property
    def replies(self) -> list[Recorded]:
        """Messages the bot posted where the activity was written (its channel, or the 1:1)."""
        here = _base_id(self.conversation_id or "")
        return [
            r for r in self.sent if r.is_reply and (not here or _base_id(r.conversation_id) == here)
        ]

    @property
    def elsewhere(self) -> list[Recorded]:
        """Messages the bot posted in other conversations while answering: 1:1 pings, posts."""
        mine = set(map(id, self.replies))
        return [r for r in self.sent if r.is_reply and id(r) not in mine]

    @property
    def text(self) -> str:
        replies = self.replies
        return replies[0].text if replies else ""

    @property
    def texts(self) -> list[str]:
        return [r.text for r in self.replies]

    @property
    def cards(self) -> list[dict[str, Any]]:
        return [card for r in self.replies for card in r.cards]

    @property
    def conversation_id(self) -> str | None:
        """The conversation of the posted activity (a new channel post's thread id, for one)."""
        return ((self.activity or {}).get("conversation") or {}).get("id")


class _ApiError(Exception):
    """A connector error, answered as Teams does: `{"error": {"code", "message"}}`."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}

    def response(self) -> web.Response:
        body = {"error": {"code": self.code, "message": self.message}}
        return web.json_response(body, status=self.status, headers=self.headers)


@dataclass
class _Fault:
    kind: int | str
    times: int
    retry_after: float | None
    conversation_id: str | None
    hold: float


class _RateWindow:
    """Sliding windows of request times; tells how long to wait when a limit is reached."""

    def __init__(self, limits: Iterable[tuple[int, float]]) -> None:
        self._limits = tuple(limits)
        self._longest = max(period for _, period in self._limits)
        self._hits: deque[float] = deque()

    def retry_after(self, now: float) -> float | None:
        while self._hits and self._hits[0] <= now - self._longest:
            self._hits.popleft()
        wait = 0.0
        for limit, period in self._limits:
            recent = [t for t in self._hits if t > now - period]
            if len(recent) >= limit:
                wait = max(wait, recent[-limit] + period - now)
        return wait or None

    def hit(self, now: float) -> None:
        self._hits.append(now)


@dataclass
class _Message:
    channel_or_chat: str
    deleted: bool = False


def _base_id(conversation_id: str) -> str:
    return conversation_id.split(";", 1)[0]


def _same_conversation(actual: str, wanted: str) -> bool:
    # A channel id names every thread in that channel; a thread id names only that thread.
    return actual == wanted or (THREAD_MARK not in wanted and _base_id(actual) == wanted)


def _account(user: User) -> dict[str, Any]:
    """A TeamsChannelAccount, as the members routes return it."""
    return {
        "id": user.user_id,
        "name": user.name,
        "aadObjectId": user.aad_object_id,
        "email": user.email,
        "userPrincipalName": user.email,
        "givenName": user.given_name,
        "surname": user.surname,
        "tenantId": user.tenant_id,
        "userRole": "user",
    }


async def _read_json(request: web.Request) -> tuple[dict[str, Any], int]:
    """The JSON object in the body, and the body's size in bytes."""
    raw = await request.read()
    try:
        body = json.loads(raw or b"null")
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _ApiError(400, "BadSyntax", f"the body is not valid JSON: {exc}") from None
    if not isinstance(body, dict):
        raise _ApiError(400, "BadSyntax", "the body must be a JSON object")
    return body, len(raw)


def _check_activity(activity: Any, size: int) -> dict[str, Any]:
    if not isinstance(activity, dict) or not activity.get("type"):
        raise _ApiError(400, "BadArgument", "the activity needs a type")
    if size > MAX_MESSAGE_BYTES:
        raise _ApiError(
            413, "MessageSizeTooBig", f"the message is {size} bytes; the limit is 28 KB"
        )
    return activity


def _encode_token(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode()


def _decode_token(token: str) -> int:
    try:
        kind, _, number = base64.urlsafe_b64decode(token.encode()).decode().partition(":")
        offset = int(number)
        if kind != "offset" or offset < 0:
            raise ValueError(token)
        return offset
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise _ApiError(400, "BadArgument", "invalid continuationToken") from None


def _parse_body(payload: bytes, content_type: str) -> Any:
    if not payload:
        return None
    text = payload.decode("utf-8", errors="replace")
    if content_type.endswith("json"):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            return text
    return text


class TeamsEmulator:
    """The Teams channel service on 127.0.0.1, in its own thread, driven by tests and the CLI."""

    def __init__(
        self,
        directory: Directory,
        host: str = "127.0.0.1",
        port: int = 0,
        bot_endpoint: str | None = None,
        bot_id: str = "28:it-hjaelp",
        bot_name: str = "IT-hjælp",
        *,
        timezone: str = "Europe/Copenhagen",
        clock: Callable[[], float] = time.monotonic,
        bot_timeout: float = 30.0,
    ) -> None:
        self.directory = directory
        self.host = host
        self.bot_endpoint = bot_endpoint
        self.bot_id = bot_id
        self.bot_name = bot_name
        self.timezone = timezone
        self.bot_timeout = bot_timeout
        self.enforce_limits = False
        self.require_install = False
        self._requested_port = port
        self._port: int | None = None
        self._clock = clock
        self._cond = threading.Condition(threading.RLock())
        self._log: list[Recorded] = []
        self._visible_from = 0
        self._messages: dict[str, _Message] = {}
        self._faults: list[_Fault] = []
        self._shares: list[tuple[int | str, float, float | None]] = []
        self._random = random.Random(0)
        self._windows: dict[str, _RateWindow] = {}
        self._app_window = _RateWindow(APP_LIMITS)
        self._installed_teams: set[str] = set()
        self._installed_users: set[str] = set()
        self._id_lock = threading.Lock()
        self._last_id = 0
        self._listeners: list[Callable[[Recorded], None]] = []
        # The client end (host, port) of each TCP connection the bot called the connector on.
        self._connections: set[tuple[str, int]] = set()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._release: asyncio.Event | None = None
        self._startup_error: OSError | None = None
        self.activities = Activities(directory, self._envelope, self._next_id)

    # -- life cycle -------------------------------------------------------------------------

    def start(self) -> TeamsEmulator:
        """Start the server in its own thread and loop; return once it listens."""
        if self._thread is not None:
            raise RuntimeError("the Teams emulator is already running")
        ready = threading.Event()
        self._thread = threading.Thread(
            target=self._serve, args=(ready,), name="teams-emulator", daemon=True
        )
        self._thread.start()
        ready.wait()
        if self._port is None:
            self._thread.join()
            self._thread = None
            if self._startup_error is not None:
                raise self._startup_error
            raise RuntimeError("the Teams emulator did not start")
        _LOGGER.info("Teams emulator listening on %s", self.service_url)
        return self

    def stop(self) -> None:
        """Release held requests, stop the server and join its thread."""
        thread, loop = self._thread, self._loop
        if thread is None:
            return
        if loop is not None and thread.is_alive():
            loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=MAX_HOLD + 5)
        self._thread = None
        self._port = None

    def __enter__(self) -> TeamsEmulator:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _serve(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        try:
            loop.run_until_complete(self._open())
        except OSError as exc:
            self._startup_error = exc
        finally:
            ready.set()
        try:
            if self._port is not None:
                loop.run_forever()
        finally:
            loop.run_until_complete(self._close())
            loop.close()
            self._loop = None

    async def _open(self) -> None:
        self._release = asyncio.Event()
        self._runner = web.AppRunner(
            self._build_app(), handle_signals=False, access_log=None, shutdown_timeout=1.0
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self._requested_port)
        await site.start()
        self._port = self._runner.addresses[0][1]

    async def _close(self) -> None:
        if self._release is not None:
            self._release.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the Teams emulator is not running; call start() first")
        return self._port

    @property
    def service_url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    def personal_conversation_id(self, email: str) -> str:
        return self.directory.personal_conversation_id(email)

    # -- what the bot sent ------------------------------------------------------------------

    def connections_used(self) -> int:
        """How many TCP connections the bot opened to call the connector since the last clear()."""
        with self._cond:
            return len(self._connections)

    def recorded(self, conversation_id: str | None = None) -> list[Recorded]:
        """What the bot sent since the last clear(); a channel id also matches its threads."""
        with self._cond:
            items = self._log[self._visible_from :]
        if conversation_id is None:
            return items
        return [r for r in items if _same_conversation(r.conversation_id, conversation_id)]

    def wait_for(self, predicate: Callable[[Recorded], bool], timeout: float = 5.0) -> Recorded:
        """Block until something the bot sent (or already sent) matches; from any thread."""
        deadline = time.monotonic() + timeout
        with self._cond:
            checked = self._visible_from
            while True:
                for item in self._log[checked:]:
                    if predicate(item):
                        return item
                checked = len(self._log)
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._cond.wait(remaining)
            seen = self._log[self._visible_from :]
        raise TimeoutError(self._timeout_message(timeout, seen))

    def subscribe(self, listener: Callable[[Recorded], None]) -> Callable[[], None]:
        """Call `listener` with everything recorded from now on; returns what unsubscribes it."""
        # The listener runs in the emulator's thread, so it must only hand the record on.
        with self._cond:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._cond:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    async def wait_for_async(
        self,
        predicate: Callable[[Recorded], bool],
        timeout: float = 5.0,  # noqa: ASYNC109 - it bounds the wait in the worker thread
    ) -> Recorded:
        """wait_for() without blocking the caller's event loop (where the bot may be running)."""
        return await asyncio.to_thread(self.wait_for, predicate, timeout)

    def _timeout_message(self, timeout: float, seen: list[Recorded]) -> str:
        lines = [f"nothing the bot sent matched within {timeout:g} s; it sent {len(seen)}:"]
        for item in seen:
            summary = item.text.replace("\n", " ")[:80]
            if item.cards:
                summary += f" [{len(item.cards)} card(s)]"
            lines.append(f"  {item.op:6} {item.conversation_id} #{item.activity_id}: {summary}")
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            lines.append("  (wait_for blocked a running event loop; use await wait_for_async())")
        return "\n".join(lines)

    def clear(self) -> None:
        """Forget what was recorded, pending faults and rate-limit history."""
        with self._cond:
            self._visible_from = len(self._log)
            self._connections.clear()
            self._faults.clear()
            self._shares.clear()
            self._windows.clear()
            self._app_window = _RateWindow(APP_LIMITS)

    def inject_fault(
        self,
        kind: int | str,
        *,
        times: int = 1,
        retry_after: float | None = None,
        conversation_id: str | None = None,
        hold: float = MAX_HOLD,
    ) -> None:
        """Make the next `times` connector requests fail with a status, or hang ("timeout")."""
        if kind != "timeout" and not (isinstance(kind, int) and 400 <= kind <= 599):
            raise ValueError(f"a fault is an HTTP error status or 'timeout', not {kind!r}")
        with self._cond:
            if times <= 0:
                # times=0 takes back what is still pending of the same fault.
                self._faults = [
                    f
                    for f in self._faults
                    if (f.kind, f.conversation_id) != (kind, conversation_id)
                ]
                return
            self._faults.append(
                _Fault(kind, times, retry_after, conversation_id, min(hold, MAX_HOLD))
            )

    def inject_share(
        self,
        kind: int | str,
        share: float,
        *,
        retry_after: float | None = None,
        seed: int = 0,
    ) -> None:
        """Make a random `share` of all later connector requests fail; share 0 stops it."""
        if kind != "timeout" and not (isinstance(kind, int) and 400 <= kind <= 599):
            raise ValueError(f"a fault is an HTTP error status or 'timeout', not {kind!r}")
        if not 0 <= share <= 1:
            raise ValueError(f"a share is between 0 and 1, not {share!r}")
        with self._cond:
            self._shares = [s for s in self._shares if s[0] != kind]
            if share:
                self._shares.append((kind, share, retry_after))
            # A seed makes a test's faults land on the same requests on every run.
            self._random = random.Random(seed)

    # -- driving the bot as people would ----------------------------------------------------

    async def say(
        self,
        who: str,
        text: str,
        *,
        locale: str | None = None,
        team: str | None = None,
        channel: str | None = None,
        thread: str | None = None,
        mention: bool = True,
        mentions: Sequence[str] = (),
    ) -> Turn:
        """A person writes to the bot: 1:1, or (with a team) a channel post that @mentions it."""
        activity = self.activities.message(
            who,
            text,
            team=team,
            channel=channel,
            thread=thread,
            mention=mention,
            locale=locale,
            mentions=mentions,
        )
        if team is None:
            # Writing to the bot 1:1 means the person has it installed.
            self._set_installed(user=self.directory.user(who).email)
        return await self.post(activity)

    async def submit(
        self,
        who: str,
        value: dict[str, Any],
        *,
        reply_to: Recorded | None = None,
        team: str | None = None,
        channel: str | None = None,
        locale: str | None = None,
    ) -> Turn:
        """A person presses an `Action.Submit` button on the card `reply_to`."""
        activity = self.activities.submit(
            who, value, reply_to=reply_to, team=team, channel=channel, locale=locale
        )
        return await self.post(activity)

    async def invoke(
        self,
        who: str,
        verb: str,
        data: dict[str, Any] | None = None,
        *,
        reply_to: Recorded | None = None,
        team: str | None = None,
        channel: str | None = None,
        locale: str | None = None,
    ) -> Turn:
        """A person presses an `Action.Execute` button; the invoke response is in `Turn.body`."""
        activity = self.activities.invoke(
            who, verb, data, reply_to=reply_to, team=team, channel=channel, locale=locale
        )
        return await self.post(activity)

    async def install_in_team(
        self, team: str, *, channel: str | None = None, by: str | None = None
    ) -> Turn:
        """Add the bot to a team; the installer picks `channel` (General by default)."""
        items = self.activities.install_in_team(team, channel=channel, by=by)
        self._set_installed(team=self.directory.team(team).key)
        return await self._post_all(items)

    async def uninstall_from_team(self, team: str, *, by: str | None = None) -> Turn:
        """Remove the bot from a team."""
        activity = self.activities.uninstall_from_team(team, by=by)
        self._set_installed(team=self.directory.team(team).key, installed=False)
        return await self.post(activity)

    async def install_personal(self, who: str) -> Turn:
        """A person adds the bot for themself, which opens the 1:1 chat."""
        items = self.activities.install_personal(who)
        self._set_installed(user=self.directory.user(who).email)
        return await self._post_all(items)

    async def uninstall_personal(self, who: str) -> Turn:
        """A person removes the bot from their personal apps."""
        activity = self.activities.uninstall_personal(who)
        self._set_installed(user=self.directory.user(who).email, installed=False)
        return await self.post(activity)

    async def member_joins(
        self, team: str, email: str, name: str | None = None, *, by: str | None = None
    ) -> Turn:
        """A person joins a team (added by `by`, else its leader); Teams tells the bot."""
        if by is not None:
            # An unknown adder fails before the roster changes.
            self.directory.user(by)
        self.directory.add_member(team, email, name)
        return await self.post(self.activities.member_added(team, email, by=by))

    async def member_leaves(self, team: str, email: str, *, by: str | None = None) -> Turn:
        """A person leaves a team (or `by` removes them); Teams tells the bot."""
        self.directory.remove_member(team, email)
        return await self.post(self.activities.member_removed(team, email, by=by))

    async def post(
        self,
        activity: dict[str, Any] | None,
        *,
        headers: dict[str, str] | None = None,
        raw: bytes | None = None,
        content_type: str = "application/json",
    ) -> Turn:
        """POST one activity (or raw bytes) to the bot's endpoint, as Teams would."""
        if not self.bot_endpoint:
            raise RuntimeError("TeamsEmulator.bot_endpoint is not set")
        data = raw if raw is not None else json.dumps(activity, ensure_ascii=False).encode()
        sent_headers = {"Content-Type": content_type, **(headers or {})}
        with self._cond:
            start = len(self._log)
        timeout = aiohttp.ClientTimeout(total=self.bot_timeout)
        async with (
            aiohttp.ClientSession(timeout=timeout) as session,
            session.post(self.bot_endpoint, data=data, headers=sent_headers) as response,
        ):
            payload = await response.read()
            status, body_type = response.status, response.content_type
        with self._cond:
            sent = self._log[start:]
        if status >= 400:
            _LOGGER.debug("the bot answered %s to a %s", status, (activity or {}).get("type"))
        return Turn(status, _parse_body(payload, body_type), sent, activity)

    async def _post_all(self, items: list[dict[str, Any]]) -> Turn:
        turns = [await self.post(item) for item in items]
        failed = next((t.status for t in turns if t.status >= 300), turns[-1].status)
        sent = [r for t in turns for r in t.sent]
        return Turn(failed, turns[-1].body, sent, turns[-1].activity)

    def _envelope(self) -> Envelope:
        return Envelope(self.service_url, self.bot_id, self.bot_name, self.timezone)

    def _next_id(self) -> str:
        # Teams message ids are epoch milliseconds; keep them unique and increasing.
        with self._id_lock:
            self._last_id = max(self._last_id + 1, int(time.time() * 1000))
            return str(self._last_id)

    def _set_installed(
        self, *, team: str | None = None, user: str | None = None, installed: bool = True
    ) -> None:
        with self._cond:
            for names, key in ((self._installed_teams, team), (self._installed_users, user)):
                if key is not None:
                    (names.add if installed else names.discard)(key)

    # -- the connector service --------------------------------------------------------------

    def _build_app(self) -> web.Application:
        app = web.Application(middlewares=[self._note_connection, self._errors])
        route = app.router
        route.add_post("/v3/conversations", self._create_conversation)
        route.add_post("/v3/conversations/{cid}/activities", self._send)
        route.add_post("/v3/conversations/{cid}/activities/{aid}", self._reply)
        route.add_put("/v3/conversations/{cid}/activities/{aid}", self._update)
        route.add_delete("/v3/conversations/{cid}/activities/{aid}", self._delete)
        route.add_get("/v3/conversations/{cid}/members", self._members)
        route.add_get("/v3/conversations/{cid}/members/{mid}", self._member)
        route.add_get("/v3/conversations/{cid}/pagedmembers", self._paged_members)
        route.add_get("/v3/teams/{tid}", self._team_details)
        route.add_get("/v3/teams/{tid}/conversations", self._team_channels)
        route.add_post("/_emulator/say", self._control_say)
        route.add_post("/_emulator/install", self._control_install)
        route.add_get("/_emulator/people", self._control_people)
        route.add_get("/_emulator/conversations/{cid}", self._control_conversation)
        return app

    @web.middleware
    async def _note_connection(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        peer = request.transport.get_extra_info("peername") if request.transport else None
        if peer and request.path.startswith("/v3/"):
            with self._cond:
                self._connections.add((peer[0], peer[1]))
        return await handler(request)

    @web.middleware
    async def _errors(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        try:
            return await handler(request)
        except _ApiError as exc:
            _LOGGER.debug("%s %s -> %s %s", request.method, request.path, exc.status, exc.code)
            return exc.response()
        except web.HTTPException as exc:
            if exc.status < 400:
                raise
            code = _ERROR_CODES.get(exc.status, "Error")
            return _ApiError(exc.status, code, exc.reason).response()

    async def _gate(self, conversation_id: str | None, *, write: bool) -> None:
        """Apply an injected fault, then Teams' rate limits (when enforced)."""
        fault = self._take_fault(conversation_id)
        if fault is not None:
            await self._fail(fault)
        if not self.enforce_limits:
            return
        now = self._clock()
        window = None
        if write and conversation_id is not None:
            window = self._windows.setdefault(conversation_id, _RateWindow(CONVERSATION_LIMITS))
        waits = [w.retry_after(now) for w in (self._app_window, window) if w is not None]
        wait = max((w for w in waits if w is not None), default=None)
        if wait is not None:
            seconds = str(max(1, math.ceil(wait)))
            raise _ApiError(
                429, "TooManyRequests", "Too many requests; retry later", {"Retry-After": seconds}
            )
        self._app_window.hit(now)
        if window is not None:
            window.hit(now)

    def _take_fault(self, conversation_id: str | None) -> _Fault | None:
        with self._cond:
            for kind, share, retry_after in self._shares:
                if self._random.random() < share:
                    return _Fault(kind, 1, retry_after, None, 1.0)
            for fault in self._faults:
                wanted = fault.conversation_id
                if wanted is None or (
                    conversation_id is not None and _same_conversation(conversation_id, wanted)
                ):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

    async def _fail(self, fault: _Fault) -> None:
        if fault.kind == "timeout":
            if self._release is not None:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._release.wait(), fault.hold)
            raise _ApiError(504, "GatewayTimeout", "the request timed out")
        status = int(fault.kind)
        headers = {}
        if status == 429 or fault.retry_after is not None:
            headers["Retry-After"] = (
                f"{fault.retry_after if fault.retry_after is not None else 1:g}"
            )
        code = _ERROR_CODES.get(status, "Error")
        raise _ApiError(status, code, f"injected fault {status}", headers)

    def _members_of(self, conversation_id: str) -> list[User]:
        try:
            return [self.directory.chat_user(conversation_id)]
        except KeyError:
            pass
        try:
            team, _ = self.directory.channel(conversation_id)
        except KeyError:
            raise _ApiError(404, "ConversationNotFound", "Conversation not found.") from None
        return self.directory.members(team)

    def _check_reachable(self, conversation_id: str) -> None:
        """With require_install, the bot may write only where it is installed."""
        self._members_of(conversation_id)
        if not self.require_install:
            return
        with self._cond:
            teams = [self.directory.teams[key] for key in self._installed_teams]
            users = set(self._installed_users)
        try:
            user = self.directory.chat_user(conversation_id)
        except KeyError:
            team, _ = self.directory.channel(conversation_id)
            if team in teams:
                return
        else:
            if user.email in users or any(user.email in t.members for t in teams):
                return
        raise _ApiError(
            403, "BotNotInConversationRoster", "The bot is not part of the conversation roster."
        )

    def _record(
        self,
        op: str,
        conversation_id: str,
        activity_id: str | None,
        activity: dict[str, Any] | None,
        reply_to_id: str | None = None,
    ) -> Recorded:
        item = Recorded(op, conversation_id, activity_id, activity, reply_to_id, self._clock())
        with self._cond:
            if op in REPLY_OPS and activity_id is not None:
                self._messages[activity_id] = _Message(_base_id(conversation_id))
            self._log.append(item)
            self._cond.notify_all()
            listeners = list(self._listeners)
        _LOGGER.debug("bot %s in %s: activity %s", op, conversation_id, activity_id)
        for listener in listeners:
            listener(item)
        return item

    async def _send(self, request: web.Request) -> web.Response:
        return await self._write(request, "send", None)

    async def _reply(self, request: web.Request) -> web.Response:
        return await self._write(request, "reply", request.match_info["aid"])

    async def _write(self, request: web.Request, op: str, reply_to: str | None) -> web.Response:
        cid = request.match_info["cid"]
        activity, size = await _read_json(request)
        await self._gate(cid, write=True)
        self._check_reachable(cid)
        _check_activity(activity, size)
        activity_id = self._next_id()
        self._record(op, cid, activity_id, activity, reply_to)
        return web.json_response({"id": activity_id}, status=201)

    def _existing(self, conversation_id: str, activity_id: str) -> _Message:
        with self._cond:
            message = self._messages.get(activity_id)
        if (
            message is None
            or message.deleted
            or message.channel_or_chat != _base_id(conversation_id)
        ):
            raise _ApiError(
                404, "ActivityNotFound", f"no activity {activity_id} in this conversation"
            )
        return message

    async def _update(self, request: web.Request) -> web.Response:
        cid, aid = request.match_info["cid"], request.match_info["aid"]
        activity, size = await _read_json(request)
        await self._gate(cid, write=True)
        self._members_of(cid)
        self._existing(cid, aid)
        _check_activity(activity, size)
        self._record("update", cid, aid, activity)
        return web.json_response({"id": aid})

    async def _delete(self, request: web.Request) -> web.Response:
        cid, aid = request.match_info["cid"], request.match_info["aid"]
        await self._gate(cid, write=True)
        self._members_of(cid)
        message = self._existing(cid, aid)
        with self._cond:
            message.deleted = True
        self._record("delete", cid, aid, None)
        return web.Response(status=200)

    async def _create_conversation(self, request: web.Request) -> web.Response:
        params, size = await _read_json(request)
        channel_data = params.get("channelData") or {}
        channel_id = (channel_data.get("channel") or {}).get("id")
        if channel_id:
            return await self._create_thread(params, channel_id, size)
        return await self._create_chat(params, channel_data, size)

    async def _create_thread(
        self, params: dict[str, Any], channel_id: str, size: int
    ) -> web.Response:
        try:
            _, channel = self.directory.channel(channel_id)
        except KeyError:
            raise _ApiError(404, "ConversationNotFound", "Conversation not found.") from None
        await self._gate(channel.channel_id, write=True)
        self._check_reachable(channel.channel_id)
        activity = _check_activity(params.get("activity"), size)
        activity_id = self._next_id()
        thread = f"{channel.channel_id}{THREAD_MARK}{activity_id}"
        self._record("create", thread, activity_id, activity)
        return web.json_response({"id": thread, "activityId": activity_id}, status=201)

    async def _create_chat(
        self, params: dict[str, Any], channel_data: dict[str, Any], size: int
    ) -> web.Response:
        members = params.get("members") or []
        if params.get("isGroup") or len(members) != 1:
            raise _ApiError(
                400,
                "BadArgument",
                "a bot can create only a 1:1 chat (one member) or a channel thread",
            )
        # botbuilder-python sends "tenantID"; Teams reads JSON keys regardless of case.
        tenant = next((v for k, v in params.items() if k.lower() == "tenantid" and v), None)
        tenant = tenant or (channel_data.get("tenant") or {}).get("id")
        if not tenant:
            raise _ApiError(400, "BadArgument", "tenantId is required to create a 1:1 chat")
        if tenant != self.directory.tenant_id:
            raise _ApiError(403, "Forbidden", f"unknown tenant {tenant}")
        member = members[0] or {}
        try:
            user = self.directory.user(member.get("id") or member.get("aadObjectId") or "")
        except KeyError:
            raise _ApiError(404, "NotFound", f"unknown member {member.get('id')!r}") from None
        chat = personal_conversation_id(user)
        await self._gate(chat, write=True)
        self._check_reachable(chat)
        answer: dict[str, Any] = {"id": chat}
        if params.get("activity"):
            activity = _check_activity(params["activity"], size)
            answer["activityId"] = self._next_id()
            self._record("create", chat, answer["activityId"], activity)
        return web.json_response(answer, status=201)

    async def _members(self, request: web.Request) -> web.Response:
        cid = request.match_info["cid"]
        await self._gate(cid, write=False)
        return web.json_response([_account(u) for u in self._members_of(cid)])

    async def _member(self, request: web.Request) -> web.Response:
        cid, wanted = request.match_info["cid"], request.match_info["mid"].lower()
        await self._gate(cid, write=False)
        for user in self._members_of(cid):
            if wanted in (user.user_id.lower(), user.aad_object_id.lower(), user.email):
                return web.json_response(_account(user))
        raise _ApiError(
            404, "MemberNotFoundInConversation", "The member is not part of the conversation."
        )

    async def _paged_members(self, request: web.Request) -> web.Response:
        cid = request.match_info["cid"]
        await self._gate(cid, write=False)
        members = self._members_of(cid)
        try:
            size = int(request.query.get("pageSize") or PAGE_SIZE_DEFAULT)
        except ValueError:
            raise _ApiError(400, "BadArgument", "pageSize must be a number") from None
        size = min(max(size, PAGE_SIZE_MIN), PAGE_SIZE_MAX)
        token = request.query.get("continuationToken")
        offset = _decode_token(token) if token else 0
        answer: dict[str, Any] = {"members": [_account(u) for u in members[offset : offset + size]]}
        if offset + size < len(members):
            answer["continuationToken"] = _encode_token(offset + size)
        return web.json_response(answer)

    def _team_by_id(self, team_id: str) -> Team:
        for team in self.directory.teams.values():
            if team.team_id == team_id:
                return team
        raise _ApiError(404, "NotFound", f"no team {team_id}")

    async def _team_details(self, request: web.Request) -> web.Response:
        tid = request.match_info["tid"]
        await self._gate(tid, write=False)
        team = self._team_by_id(tid)
        return web.json_response(
            {
                "id": team.team_id,
                "name": team.name,
                "aadGroupId": team.aad_group_id,
                "channelCount": len(team.channels),
                "memberCount": len(team.members),
                "type": "standard",
            }
        )

    async def _team_channels(self, request: web.Request) -> web.Response:
        tid = request.match_info["tid"]
        await self._gate(tid, write=False)
        team = self._team_by_id(tid)
        # Teams returns the General channel's name as null, so that clients can localise it.
        conversations = [
            {"id": c.channel_id, "name": None if c.channel_id == team.team_id else c.name}
            for c in team.channels
        ]
        return web.json_response({"conversations": conversations})

    # -- the control API (for the CLI) ------------------------------------------------------

    async def _control_turn(self, run: Callable[[], Awaitable[Turn]]) -> web.Response:
        if not self.bot_endpoint:
            raise _ApiError(503, "NoBot", "no bot is connected to this emulator")
        try:
            done = await run()
        except KeyError as exc:
            raise _ApiError(404, "NotFound", str(exc.args[0] if exc.args else exc)) from None
        except ValueError as exc:
            raise _ApiError(400, "BadArgument", str(exc)) from None
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise _ApiError(502, "BotUnreachable", f"the bot did not answer: {exc!r}") from None
        return web.json_response(
            {
                "status": done.status,
                "body": done.body,
                "conversationId": done.conversation_id,
                "sent": [r.as_json() for r in done.sent],
            }
        )

    async def _control_say(self, request: web.Request) -> web.Response:
        body, _ = await _read_json(request)
        if not body.get("as") or not isinstance(body.get("text"), str):
            raise _ApiError(400, "BadArgument", 'give "as" (an e-mail) and "text"')
        mentions = body.get("mentions") or []
        if not isinstance(mentions, list) or not all(isinstance(m, str) for m in mentions):
            raise _ApiError(400, "BadArgument", '"mentions" is a list of e-mail addresses')
        return await self._control_turn(
            lambda: self.say(
                body["as"],
                body["text"],
                team=body.get("team"),
                channel=body.get("channel"),
                thread=body.get("thread"),
                locale=body.get("locale"),
                mentions=mentions,
            )
        )

    async def _control_install(self, request: web.Request) -> web.Response:
        body, _ = await _read_json(request)
        if body.get("team"):
            return await self._control_turn(
                lambda: self.install_in_team(
                    body["team"], channel=body.get("channel"), by=body.get("by")
                )
            )
        if body.get("as"):
            return await self._control_turn(lambda: self.install_personal(body["as"]))
        raise _ApiError(400, "BadArgument", 'give "team" or "as"')

    async def _control_people(self, request: web.Request) -> web.Response:
        with self._cond:
            installed = set(self._installed_teams)
        users = [
            {
                "email": u.email,
                "name": u.name,
                "id": u.user_id,
                "aadObjectId": u.aad_object_id,
                "locale": u.locale,
                "conversationId": personal_conversation_id(u),
            }
            for u in self.directory.users.values()
        ]
        teams = [
            {
                "key": t.key,
                "name": t.name,
                "id": t.team_id,
                "aadGroupId": t.aad_group_id,
                "installed": t.key in installed,
                "channels": [{"id": c.channel_id, "name": c.name} for c in t.channels],
                "members": list(t.members),
            }
            for t in self.directory.teams.values()
        ]
        return web.json_response(
            {
                "tenantId": self.directory.tenant_id,
                "bot": {"id": self.bot_id, "name": self.bot_name},
                "users": users,
                "teams": teams,
            }
        )

    async def _control_conversation(self, request: web.Request) -> web.Response:
        cid = request.match_info["cid"]
        return web.json_response(
            {"conversationId": cid, "sent": [r.as_json() for r in self.recorded(cid)]}
        )
