"""The Teams emulator's server: its parts put together, served on 127.0.0.1 in its own thread."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable

from aiohttp import web

from bot.emulator.activities import Activities
from bot.emulator.api import Handler, answer_errors
from bot.emulator.control import Control
from bot.emulator.conversations import Conversations
from bot.emulator.directory import Directory
from bot.emulator.driver import BotDriver
from bot.emulator.faults import MAX_HOLD, Faults
from bot.emulator.gate import Gate
from bot.emulator.ids import MessageIds
from bot.emulator.inbound import Envelope
from bot.emulator.installs import Installs
from bot.emulator.limits import Limits
from bot.emulator.recording import Recording
from bot.emulator.rosters import Rosters

_LOGGER = logging.getLogger(__name__)


class TeamsEmulator(BotDriver):
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
        recording = Recording(clock)
        installs = Installs(directory)
        next_id = MessageIds()
        activities = Activities(directory, self._envelope, next_id)
        super().__init__(
            directory,
            activities,
            recording,
            installs,
            bot_endpoint=bot_endpoint,
            bot_timeout=bot_timeout,
        )
        self.host = host
        self.bot_id = bot_id
        self.bot_name = bot_name
        self.timezone = timezone
        self._faults = Faults()
        self._limits = Limits(clock)
        gate = Gate(self._faults, self._limits)
        self._add_routes = (
            Conversations(directory, recording, installs, gate, next_id).add_routes,
            Rosters(directory, gate).add_routes,
            Control(self, recording, installs, self._envelope).add_routes,
        )
        # The parts' methods serve as the emulator's own, so each signature is written once.
        self.recorded = recording.recorded
        self.wait_for = recording.wait_for
        self.wait_for_async = recording.wait_for_async
        self.subscribe = recording.subscribe
        self.connections_used = recording.connections_used
        self.inject_fault = self._faults.inject
        self.inject_share = self._faults.inject_share
        self._requested_port = port
        self._port: int | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._startup_error: OSError | None = None

    @property
    def enforce_limits(self) -> bool:
        """Whether connector calls over Teams' rate limits are answered with 429."""
        return self._limits.enforced

    @enforce_limits.setter
    def enforce_limits(self, enforced: bool) -> None:
        self._limits.enforced = enforced

    @property
    def require_install(self) -> bool:
        """Whether the bot may write only to teams and people that have it installed."""
        return self._installs.required

    @require_install.setter
    def require_install(self, required: bool) -> None:
        self._installs.required = required

    def clear(self) -> None:
        """Forget what was recorded, pending faults and rate-limit history."""
        self._recording.clear()
        self._faults.clear()
        self._limits.clear()

    def personal_conversation_id(self, email: str) -> str:
        return self.directory.personal_conversation_id(email)

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the Teams emulator is not running; call start() first")
        return self._port

    @property
    def service_url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    def _envelope(self) -> Envelope:
        return Envelope(self.service_url, self.bot_id, self.bot_name, self.timezone)

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
        self._faults.open()
        self._runner = web.AppRunner(
            self._build_app(), handle_signals=False, access_log=None, shutdown_timeout=1.0
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self._requested_port)
        await site.start()
        self._port = self._runner.addresses[0][1]

    async def _close(self) -> None:
        self._faults.release()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def _build_app(self) -> web.Application:
        app = web.Application(middlewares=[self._note_connection, answer_errors])
        for add_routes in self._add_routes:
            add_routes(app.router)
        return app

    @web.middleware
    async def _note_connection(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        peer = request.transport.get_extra_info("peername") if request.transport else None
        if peer and request.path.startswith("/v3/"):
            self._recording.note_connection((peer[0], peer[1]))
        return await handler(request)
