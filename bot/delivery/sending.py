"""The notice queue's loop: takes due work, paces it, calls Teams, and has the results saved."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any, Final

import aiohttp
import requests
from msrest.exceptions import ClientException

from bot.delivery.calls import REPORT, SEND, Calls, Work
from bot.delivery.outcomes import Outcomes
from bot.delivery.pacing import Pacer, Timing
from bot.delivery.report import Reports
from bot.sender import SendFailed
from storage.db import StorageError
from storage.notices import DELIVERED, IN_FLIGHT, REMIND, WAITING, Delivery, Notice, NoticeBook

_LOGGER = logging.getLogger(__name__)

MAX_IN_FLIGHT: Final = 32
# How far ahead of its turn a recipient is taken from the queue; writing a few at once keeps the
# notices file from being rewritten for every single recipient.
HORIZON: Final = 0.25
CALL_TIMEOUT: Final = 30.0
# Results of finished calls are saved together: after this many, or this long (real time).
RECORD_BATCH: Final = 16
RECORD_EVERY: Final = 0.05


class Sending:
    """Queued deliveries and report redraws, sent as soon as Teams' limits let them."""

    def __init__(self, *, book: NoticeBook, calls: Calls, reports: Reports, timing: Timing):
        self._book = book
        self._calls = calls
        self._reports = reports
        self._timing = timing
        self._pacer = Pacer(timing.monotonic())
        # delivery id -> (not before, on the monotonic clock; the conversation it goes to)
        self._queue: dict[str, tuple[float, str]] = {}
        self._in_flight: dict[str, tuple[Work, asyncio.Task[None]]] = {}
        self._finished: list[Work] = []
        self._outcomes = Outcomes(book=book, timing=timing, reports=reports, enqueue=self.enqueue)
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._runner: asyncio.Task[None] | None = None
        self._stopping = False
        self._recorded_at = time.monotonic()

    def start(self) -> None:
        self._runner = asyncio.create_task(self._run(), name="notice-notice_queue")

    async def stop(self) -> None:
        """Finish the calls under way, put back those not yet made, and save where it stands."""
        self._stopping = True
        if self._runner is not None:
            self._wake.set()
            self._runner.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._runner
            self._runner = None
        for work, task in list(self._in_flight.values()):
            if not work.called:
                task.cancel()
        await asyncio.gather(
            *(task for _, task in self._in_flight.values()), return_exceptions=True
        )
        with self._book.db.transaction():
            self._record_finished()

    async def wait_idle(self) -> None:
        """Until nothing is queued or under way; for tests and the benchmark."""
        while self._busy():
            if self._runner is None or self._runner.done():
                raise RuntimeError("the notice notice_queue is not running")
            self._idle.clear()
            self._wake.set()
            waiter = asyncio.ensure_future(self._idle.wait())
            await asyncio.wait({waiter, self._runner}, return_when=asyncio.FIRST_COMPLETED)
            waiter.cancel()

    def enqueue(self, delivery: Delivery, at: float) -> None:
        """Send the delivery's next call from `at` on (the monotonic clock)."""
        self._queue[delivery.delivery_id] = (at, _conversation_of(delivery))

    def drop(self, delivery_id: str) -> None:
        self._queue.pop(delivery_id, None)

    def wake(self) -> None:
        self._wake.set()

    def _busy(self) -> bool:
        return bool(self._queue or self._in_flight or self._finished or self._reports.due)

    def _has_work(self, notice_id: str) -> bool:
        prefix = f"{notice_id}/"
        return any(k.startswith(prefix) for k in (*self._queue, *self._in_flight))

    def _record_finished(self) -> None:
        if not self._finished:
            return
        finished, self._finished = self._finished, []
        self._recorded_at = time.monotonic()
        self._outcomes.record(finished, self._has_work)

    async def _run(self) -> None:
        while not self._stopping:
            try:
                await self._step()
            except StorageError:
                raise  # the notices file cannot be written: stop rather than send unrecorded
            except Exception:
                # A bug in one step must not leave the whole queue standing; it is logged.
                _LOGGER.exception("the notice notice_queue failed a step; it goes on")
                await self._timing.sleep(1.0)

    async def _step(self) -> None:
        now = self._timing.monotonic()
        # Results in and the next recipients marked "sender": one write, before any call.
        with self._book.db.transaction():
            if self._should_record():
                self._record_finished()
            started = self._reports.start(
                now, self._pacer, HORIZON, self._in_flight, self._launch
            ) + self._start_due(now)
        if started:
            await asyncio.sleep(0)
            return
        if not self._busy():
            self._idle.set()
        self._wake.clear()
        if self._finished and self._should_record():
            return
        wake = self._next_wake(now) if len(self._in_flight) < MAX_IN_FLIGHT else None
        if self._finished:
            # Let a few more calls finish, so their results share one write.
            await self._wait_real(RECORD_EVERY)
        elif wake is None:
            await self._wake.wait()
        else:
            await self._sleep_or_wake(max(wake - now, 0.001))

    def _should_record(self) -> bool:
        return bool(self._finished) and (
            len(self._finished) >= RECORD_BATCH
            or not self._in_flight
            or time.monotonic() - self._recorded_at >= RECORD_EVERY
        )

    async def _wait_real(self, seconds: float) -> None:
        # asyncio.wait, not wait_for: wait_for can swallow a cancel that meets a finished wait.
        waker = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait({waker}, timeout=seconds)
        finally:
            waker.cancel()

    def _next_wake(self, now: float) -> float | None:
        """When the next queued call may start: its own time, or when its tokens are there."""
        times = []
        tenant = self._pacer.tenant_ready_at(now)
        for at, conversation in self._queue.values():
            if at > now:
                times.append(at)
            elif tenant > now:
                times.append(tenant)
            else:
                times.append(self._pacer.ready_at(conversation, now))
        for at, conversation in self._reports.waiting(self._in_flight):
            times.append(max(at, tenant, self._pacer.ready_at(conversation, now)))
        return min(times, default=None)

    async def _sleep_or_wake(self, delay: float) -> None:
        sleeper = asyncio.ensure_future(self._timing.sleep(delay))
        waker = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait({sleeper, waker}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (sleeper, waker):
                task.cancel()

    def _start_due(self, now: float) -> int:
        """Take the recipients whose turn comes within the horizon, and start their calls."""
        taken: list[tuple[Delivery, str, float]] = []
        room = MAX_IN_FLIGHT - len(self._in_flight)
        for key, (not_before, conversation) in sorted(
            self._queue.items(), key=lambda item: item[1][0]
        ):
            if len(taken) >= room or not_before > now:
                break
            if self._pacer.tenant_ready_at(now) > now + HORIZON:
                break
            if key in self._in_flight or self._pacer.ready_at(conversation, now) > now + HORIZON:
                continue
            delivery = self._book.deliveries.get(key)
            op = _op_of(delivery)
            if delivery is None or op is None:
                self._queue.pop(key, None)
                continue
            taken.append((delivery, op, self._pacer.reserve(conversation, now)))
        if not taken:
            return 0
        for delivery, op, _ in taken:
            if op == SEND:
                self._book.deliveries.mark(delivery, status=IN_FLIGHT)
            elif op == REMIND:
                # A reminder is sent at most once: a stop during its call drops it.
                self._book.deliveries.mark(delivery, pending="")
        for delivery, op, at in taken:
            work = Work(delivery.delivery_id, op, _conversation_of(delivery))
            self._queue.pop(delivery.delivery_id, None)
            self._launch(work, at, delivery)
        return len(taken)

    def _launch(self, work: Work, at: float, subject: Delivery | Notice) -> None:
        task = asyncio.create_task(self._call(work, at, subject), name=f"notice {work.key}")
        self._in_flight[work.key] = (work, task)

    async def _call(self, work: Work, at: float, subject: Any) -> None:
        try:
            wait = at - self._timing.monotonic()
            if wait > 0:
                await self._timing.sleep(wait)
            work.called = True
            try:
                async with asyncio.timeout(CALL_TIMEOUT):
                    if work.op == REPORT:
                        work.result = await self._reports.draw(subject)
                    else:
                        work.result = await self._calls.make(work, subject)
            except SendFailed as error:
                work.error = error
            except TimeoutError:
                work.error = SendFailed(f"{work.key}: no answer in time", status=504)
            except ClientException as error:
                # The request failed on its way (msrest wraps timeouts and broken connections).
                work.error = SendFailed(f"{work.key}: {error}")
            except (aiohttp.ClientError, requests.RequestException) as error:
                # Refused on the way: Teams never saw the request.
                work.error = SendFailed(f"{work.key}: {error}")
        finally:
            self._in_flight.pop(work.key, None)
            self._finished.append(work)
            self._wake.set()


def _op_of(delivery: Delivery | None) -> str | None:
    if delivery is None:
        return None
    if delivery.status == WAITING:
        return SEND
    if delivery.status == DELIVERED and delivery.pending:
        return delivery.pending
    return None


def _conversation_of(delivery: Delivery) -> str:
    return delivery.conversation_id or delivery.target
