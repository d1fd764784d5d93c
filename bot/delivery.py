"""The notice delivery engine: a persisted queue sent to Teams within its rate limits.

Teams allows a bot 7 messages a second, 8 in 2 seconds, 60 in 30 seconds and 1800 an hour in one
conversation, and 50 requests a second per app and tenant. Token buckets keep every send, update
and delete under those limits; a 429 is waited out as Teams says, other refusals back off
exponentially with jitter. Each recipient is marked "sender" before the call and "sendt" with the
activity id after it, in the notices file, so a restart resumes where the queue stood and sends
nothing twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from datetime import time as clock_time
from typing import Any, Final

import aiohttp
import requests
from botbuilder.schema import Activity, ActivityTypes, Attachment
from msrest.exceptions import ClientException

from bot.scheduler import Reminders
from bot.sender import RETRYABLE, Sender, SendFailed
from dialogs import notice_audience, notice_cards
from dialogs.language import cards
from dialogs.language.texts import language_of
from dialogs.organisation import OrgService
from dialogs.working_days import add_working_days
from storage.db import StorageError
from storage.models import InstalledTeam
from storage.notices import (
    DELETE,
    DELETED,
    DELIVERED,
    DROPPED,
    FAILED,
    IN_FLIGHT,
    NOT_INSTALLED,
    REMIND,
    RETRACTED,
    SCHEDULED,
    SENDING,
    SENT,
    UPDATE,
    WAITING,
    Delivery,
    Notice,
    NoticeBook,
)
from storage.repositories import ConversationRefs, InstalledTeams, People

_LOGGER = logging.getLogger(__name__)

# (capacity, tokens per second). A bucket lets at most capacity + rate × period through in any
# period, so each pair stays within one of Teams' limits: 1 + 49 = 50 a second per tenant, and
# per conversation 2 + 5 = 7 a second, 2 + 3 × 2 = 8 in 2 s, 30 + 30 = 60 in 30 s and
# 900 + 900 = 1800 an hour.
TENANT_BUCKETS: Final = ((1.0, 49.0),)
CONVERSATION_BUCKETS: Final = ((2.0, 5.0), (2.0, 3.0), (30.0, 1.0), (900.0, 0.25))
MAX_ATTEMPTS: Final = 8
BASE_DELAY: Final = 0.5
MAX_DELAY: Final = 60.0
MAX_IN_FLIGHT: Final = 32
# How far ahead of its turn a recipient is taken from the queue; writing a few at once keeps the
# notices file from being rewritten for every single recipient.
HORIZON: Final = 0.25
CALL_TIMEOUT: Final = 30.0
# Results of finished calls are saved together: after this many, or this long (real time).
RECORD_BATCH: Final = 16
RECORD_EVERY: Final = 0.05
# The author's report is redrawn at most this often while a notice goes out.
REPORT_EVERY: Final = 3.0
REMINDER_HOUR: Final = clock_time(9, 0)
SEND_KIND: Final = "notice_send"
REMIND_KIND: Final = "notice_remind"
TEAMS_CHANNEL: Final = "msteams"


@dataclass(frozen=True)
class Timing:
    """The engine's sense of time; tests give it a clock that moves only when it sleeps."""

    monotonic: Callable[[], float] = time.monotonic
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    jitter: Callable[[], float] = random.random


class TokenBucket:
    """Tokens refill at `rate` a second up to `capacity`; one is taken per request."""

    def __init__(self, capacity: float, rate: float, now: float) -> None:
        self.capacity, self.rate = capacity, rate
        self._tokens, self._at = capacity, now

    def _level(self, at: float) -> float:
        return min(self.capacity, self._tokens + (at - self._at) * self.rate)

    def ready_at(self, now: float) -> float:
        """The first moment from `now` when a token is there."""
        at = max(now, self._at)
        level = self._level(at)
        return at if level >= 1 else at + (1 - level) / self.rate

    def take(self, at: float) -> None:
        """Take a token at `at`, which must be no earlier than `ready_at` said."""
        self._tokens, self._at = self._level(at) - 1, at


class Pacer:
    """One set of buckets for the tenant and one per conversation; a request needs all."""

    def __init__(self, now: float) -> None:
        self._tenant = [TokenBucket(c, r, now) for c, r in TENANT_BUCKETS]
        self._conversations: dict[str, list[TokenBucket]] = {}

    def _buckets(self, conversation: str, now: float) -> list[TokenBucket]:
        if conversation not in self._conversations:
            self._conversations[conversation] = [
                TokenBucket(c, r, now) for c, r in CONVERSATION_BUCKETS
            ]
        return self._tenant + self._conversations[conversation]

    def ready_at(self, conversation: str, now: float) -> float:
        return max(b.ready_at(now) for b in self._buckets(conversation, now))

    def tenant_ready_at(self, now: float) -> float:
        return max(b.ready_at(now) for b in self._tenant)

    def reserve(self, conversation: str, now: float) -> float:
        """Take the next free slot for a request to `conversation`; when it may be made."""
        at = self.ready_at(conversation, now)
        for bucket in self._buckets(conversation, now):
            bucket.take(at)
        return at


@dataclass
class _Work:
    """One call to Teams for a delivery (or an author's report), taken from the queue."""

    key: str  # delivery id, or "report/{notice_id}"
    op: str  # "send" | UPDATE | DELETE | REMIND | "report"
    conversation: str
    called: bool = False
    result: Any = None
    error: SendFailed | None = None


class NoticeQueue:
    """Queues notices for their recipients and sends them, paced, until each is done."""

    def __init__(
        self,
        *,
        book: NoticeBook,
        sender: Sender,
        organisation: OrgService,
        people: People,
        teams: InstalledTeams,
        references: ConversationRefs,
        reminders: Reminders,
        timing: Timing | None = None,
    ) -> None:
        self._book = book
        self._sender = sender
        self._organisation = organisation
        self._people = people
        self._teams = teams
        self._references = references
        self._reminders = reminders
        self._timing = timing or Timing()
        self._pacer = Pacer(self._timing.monotonic())
        # delivery id -> (not before, on the monotonic clock; the conversation it goes to)
        self._queue: dict[str, tuple[float, str]] = {}
        self._reports: dict[str, float] = {}  # notice id -> redraw the report from then
        self._report_failures: dict[str, int] = {}  # notice id -> refused redraws in a row
        self._report_conversations: dict[str, str] = {}
        self._in_flight: dict[str, tuple[_Work, asyncio.Task[None]]] = {}
        self._finished: list[_Work] = []
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._runner: asyncio.Task[None] | None = None
        self._stopping = False
        self._recorded_at = time.monotonic()
        reminders.on(SEND_KIND, self._scheduled_send)
        reminders.on(REMIND_KIND, self._scheduled_reminder)

    # -- life cycle -------------------------------------------------------------------------

    def start(self) -> None:
        """Pick up where the queue stood, reschedule what is planned, and start sending."""
        now = self._timing.monotonic()
        doubtful = 0
        with self._book.db.transaction():
            for delivery in self._book.deliveries.all():
                if delivery.status == IN_FLIGHT:
                    # Teams may or may not have taken it before the stop; sending again could
                    # show it twice, so it waits for the author's "Prøv fejlede igen".
                    self._book.deliveries.mark(
                        delivery, status=FAILED, error="uvist om den nåede frem"
                    )
                    doubtful += 1
                elif delivery.status == WAITING or (
                    delivery.status == DELIVERED and delivery.pending
                ):
                    self._enqueue(delivery, now)
        for notice in self._book.notices.all():
            if notice.state == SCHEDULED and notice.send_at:
                self._schedule_send(notice)
            if notice.remind_at:
                self._reminders.schedule_reminder(
                    f"notice-remind-{notice.notice_id}",
                    datetime.fromisoformat(notice.remind_at),
                    REMIND_KIND,
                    notice=notice.notice_id,
                )
            if notice.state == SENDING:
                self._reports[notice.notice_id] = now
        if doubtful:
            _LOGGER.warning("%d notice deliveries were under way at the stop", doubtful)
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
        self._record()

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

    # -- what flows ask for -----------------------------------------------------------------

    def send_now(self, notice_id: str) -> int:
        """Start sending a notice to everyone it is for; how many recipients it has."""
        notice = self._book.notices.get(notice_id)
        if notice is None:
            return 0
        now = self._organisation.now()
        remind_at = ""
        if notice.ack_required and notice.remind_after > 0:
            day = add_working_days(
                now.date(), notice.remind_after, self._organisation.org.working_hours
            )
            at = datetime.combine(day, REMINDER_HOUR, tzinfo=now.tzinfo).astimezone(UTC)
            remind_at = at.isoformat()
        deliveries = self._recipients(notice)
        waiting = any(d.status == WAITING for d in deliveries)
        with self._book.db.transaction():
            notice = self._book.notices.save(
                replace(
                    notice,
                    # Nobody to send to (no app anywhere) leaves nothing under way.
                    state=SENDING if waiting else SENT,
                    sent_at=now.astimezone(UTC).isoformat(),
                    remind_at=remind_at,
                    report_conversation=self._author_reference(notice.author),
                )
            )
            for delivery in deliveries:
                self._book.deliveries.save(delivery)
        if remind_at:
            self._reminders.schedule_reminder(
                f"notice-remind-{notice_id}",
                datetime.fromisoformat(remind_at),
                REMIND_KIND,
                notice=notice_id,
            )
        later = self._timing.monotonic()
        for delivery in deliveries:
            if delivery.status == WAITING:
                self._enqueue(delivery, later)
        self._reports[notice_id] = later
        self._wake.set()
        _LOGGER.info("notice %s goes to %d recipients", notice_id, len(deliveries))
        return len(deliveries)

    def schedule(self, notice_id: str) -> None:
        notice = self._book.notices.get(notice_id)
        if notice is not None and notice.send_at:
            self._book.notices.save(replace(notice, state=SCHEDULED))
            self._schedule_send(notice)

    def unschedule(self, notice_id: str) -> None:
        self._reminders.cancel(f"notice-send-{notice_id}")

    def retry_failed(self, notice_id: str) -> int:
        """Queue again each recipient that failed or lacked the app; how many."""
        notice = self._book.notices.get(notice_id)
        if notice is None or notice.state == RETRACTED:
            return 0
        fresh = {d.delivery_id: d for d in self._recipients(notice)}
        count = 0
        now = self._timing.monotonic()
        with self._book.db.transaction():
            for delivery in self._book.deliveries.of(notice_id):
                if delivery.status not in (FAILED, NOT_INSTALLED):
                    continue
                again = fresh.get(delivery.delivery_id)
                if again is None or again.status != WAITING:
                    continue
                self._enqueue(self._book.deliveries.save(again), now)
                count += 1
            if count and notice.state == SENT:
                self._book.notices.save(replace(notice, state=SENDING))
        self._reports[notice_id] = now
        self._wake.set()
        return count

    def correct(self, notice_id: str) -> int:
        """Put the notice's new version in every message already sent; how many."""
        return self._for_delivered(notice_id, UPDATE)

    def retract(self, notice_id: str) -> int:
        """Take the notice back everywhere; recipients still waiting never get it."""
        notice = self._book.notices.get(notice_id)
        if notice is None:
            return 0
        with self._book.db.transaction():
            self._book.notices.save(replace(notice, state=RETRACTED, remind_at=""))
            for delivery in self._book.deliveries.of(notice_id):
                if delivery.status == WAITING:
                    self._book.deliveries.mark(delivery, status=DROPPED)
                    self._queue.pop(delivery.delivery_id, None)
        self._reminders.cancel(f"notice-remind-{notice_id}")
        return self._for_delivered(notice_id, DELETE)

    def refresh_report(self, notice_id: str) -> None:
        self._reports.setdefault(notice_id, self._timing.monotonic())
        self._wake.set()

    # -- recipients -------------------------------------------------------------------------

    def _recipients(self, notice: Notice) -> list[Delivery]:
        org = self._organisation.org
        found: dict[str, Delivery] = {}
        if notice.to_channels:
            for team in notice_audience.teams(org, notice):
                link = self._organisation.link_of(team)
                if link is None:
                    continue
                target = f"channel:{link.team_id}/{link.channel_id}"
                installed = self._teams.get(link.team_id)
                usable = installed is not None and installed.installed
                found[target] = Delivery(
                    delivery_id=f"{notice.notice_id}/{target}",
                    notice_id=notice.notice_id,
                    target=target,
                    status=WAITING if usable else NOT_INSTALLED,
                    conversation_id=link.channel_id,
                )
        if notice.to_people:
            for email in notice_audience.people(org, notice):
                target = f"person:{email}"
                ref = self._personal(email)
                # The chat's reference stays with the bot's other references; a copy in every
                # delivery would make the notices file several times larger.
                found[target] = Delivery(
                    delivery_id=f"{notice.notice_id}/{target}",
                    notice_id=notice.notice_id,
                    target=target,
                    status=WAITING if ref else NOT_INSTALLED,
                    conversation_id=ref.get("conversation", {}).get("id", "") if ref else "",
                )
        return list(found.values())

    def _personal(self, email: str) -> dict[str, Any] | None:
        person = self._people.by_email(email)
        ref = self._references.personal_for(person.user_id) if person else None
        return ref.reference if ref else None

    def _author_reference(self, email: str) -> dict[str, Any]:
        return self._personal(email) or {}

    def _for_delivered(self, notice_id: str, op: str) -> int:
        now = self._timing.monotonic()
        count = 0
        with self._book.db.transaction():
            for delivery in self._book.deliveries.of(notice_id):
                if delivery.status == DELIVERED and delivery.pending != DELETE:
                    self._enqueue(self._book.deliveries.mark(delivery, pending=op, attempts=0), now)
                    count += 1
        self._reports[notice_id] = now
        self._wake.set()
        return count

    # -- scheduled sends and reminders --------------------------------------------------------

    def _schedule_send(self, notice: Notice) -> None:
        self._reminders.schedule_reminder(
            f"notice-send-{notice.notice_id}",
            datetime.fromisoformat(notice.send_at),
            SEND_KIND,
            notice=notice.notice_id,
        )

    async def _scheduled_send(self, _job_id: str, data: dict[str, Any]) -> None:
        notice = self._book.notices.get(str(data.get("notice", "")))
        if notice is not None and notice.state == SCHEDULED:
            self.send_now(notice.notice_id)

    async def _scheduled_reminder(self, _job_id: str, data: dict[str, Any]) -> None:
        notice_id = str(data.get("notice", ""))
        notice = self._book.notices.get(notice_id)
        if notice is None or not notice.remind_at:
            return
        acked = self._book.acknowledgements.of(notice_id)
        now = self._timing.monotonic()
        with self._book.db.transaction():
            self._book.notices.save(replace(notice, remind_at=""))
            for delivery in self._book.deliveries.of(notice_id):
                if (
                    delivery.status == DELIVERED
                    and not delivery.is_channel
                    and not delivery.pending
                    and delivery.email not in acked
                ):
                    self._enqueue(
                        self._book.deliveries.mark(delivery, pending=REMIND, attempts=0), now
                    )
        self._wake.set()

    # -- the loop -------------------------------------------------------------------------

    def _busy(self) -> bool:
        return bool(self._queue or self._in_flight or self._finished or self._reports)

    def _enqueue(self, delivery: Delivery, at: float) -> None:
        self._queue[delivery.delivery_id] = (at, self._conversation_of(delivery))

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
            started = self._start_reports(now) + self._start_due(now)
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
        for notice_id, at in self._reports.items():
            if f"report/{notice_id}" not in self._in_flight:
                conversation = self._report_conversations.get(notice_id, "")
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
            op = self._op_of(delivery)
            if delivery is None or op is None:
                self._queue.pop(key, None)
                continue
            taken.append((delivery, op, self._pacer.reserve(conversation, now)))
        if not taken:
            return 0
        for delivery, op, _ in taken:
            if op == "send":
                self._book.deliveries.mark(delivery, status=IN_FLIGHT)
            elif op == REMIND:
                # A reminder is sent at most once: a stop during its call drops it.
                self._book.deliveries.mark(delivery, pending="")
        for delivery, op, at in taken:
            work = _Work(delivery.delivery_id, op, self._conversation_of(delivery))
            self._queue.pop(delivery.delivery_id, None)
            self._launch(work, at, delivery)
        return len(taken)

    def _start_reports(self, now: float) -> int:
        started = 0
        for notice_id, at in list(self._reports.items()):
            key = f"report/{notice_id}"
            if at > now or key in self._in_flight:
                continue
            notice = self._book.notices.get(notice_id)
            if notice is None or not notice.report_conversation:
                self._reports.pop(notice_id)
                continue
            conversation = notice.report_conversation.get("conversation", {}).get("id", "")
            self._report_conversations[notice_id] = conversation
            if self._pacer.ready_at(conversation, now) > now + HORIZON:
                continue
            self._reports.pop(notice_id)
            work = _Work(key, "report", conversation)
            self._launch(work, self._pacer.reserve(conversation, now), notice)
            started += 1
        return started

    def _launch(self, work: _Work, at: float, subject: Any) -> None:
        task = asyncio.create_task(self._call(work, at, subject), name=f"notice {work.key}")
        self._in_flight[work.key] = (work, task)

    async def _call(self, work: _Work, at: float, subject: Any) -> None:
        try:
            wait = at - self._timing.monotonic()
            if wait > 0:
                await self._timing.sleep(wait)
            work.called = True
            try:
                async with asyncio.timeout(CALL_TIMEOUT):
                    work.result = await self._do(work, subject)
            except SendFailed as error:
                work.error = error
            except TimeoutError:
                work.error = SendFailed(f"{work.key}: no answer in time", status=504)
            except ClientException as error:
                # The request failed on its way (msrest wraps timeouts and broken connections).
                work.error = SendFailed(f"{work.key}: {error}")
        finally:
            self._in_flight.pop(work.key, None)
            self._finished.append(work)
            self._wake.set()

    async def _do(self, work: _Work, subject: Any) -> Any:
        try:
            if work.op == "report":
                return await self._draw_report(subject)
            delivery: Delivery = subject
            notice = self._book.notices.get(delivery.notice_id)
            if notice is None:
                raise SendFailed(f"{work.key}: the notice is gone", status=404)
            reference = self._reference_of(delivery)
            if work.op == DELETE:
                await self._sender.delete(reference, delivery.activity_id)
                return None
            lang = self._lang_of(delivery)
            if work.op == UPDATE:
                await self._sender.update(
                    reference, delivery.activity_id, self._activity(notice, lang)
                )
                return notice.version
            if work.op == REMIND:
                return await self._sender.send(
                    reference, self._activity(notice, lang, reminder=True)
                )
            return await self._send(delivery, notice, lang)
        except (aiohttp.ClientError, requests.RequestException) as error:
            # Refused on the way: Teams never saw the request.
            raise SendFailed(f"{work.key}: {error}") from error

    async def _send(
        self, delivery: Delivery, notice: Notice, lang: str
    ) -> tuple[str, dict[str, Any], str, int]:
        activity = self._activity(notice, lang)
        if not delivery.is_channel:
            activity_id = await self._sender.send(self._reference_of(delivery), activity)
            return activity_id, {}, delivery.conversation_id, notice.version
        team_id, _, channel_id = delivery.target.removeprefix("channel:").partition("/")
        team = self._teams.get(team_id) or InstalledTeam(team_id=team_id)
        thread, activity_id = await self._sender.start_thread(
            team.service_url, team.tenant_id, channel_id, activity
        )
        reference = {
            "bot": {"id": "it-hjaelp", "name": "IT-hjælp"},
            "conversation": {
                "id": thread,
                "isGroup": True,
                "conversationType": "channel",
                "tenantId": team.tenant_id,
            },
            "channelId": TEAMS_CHANNEL,
            "serviceUrl": team.service_url,
        }
        return activity_id, reference, thread, notice.version

    async def _draw_report(self, notice: Notice) -> str:
        lang = self._lang_of_email(notice.author)
        card = notice_cards.report_card(notice, self.counts(notice.notice_id), lang)
        activity = _card_activity(card, lang)
        if notice.report_activity_id:
            await self._sender.update(
                notice.report_conversation, notice.report_activity_id, activity
            )
            return notice.report_activity_id
        return await self._sender.send(notice.report_conversation, activity)

    # -- results ----------------------------------------------------------------------------

    def _record(self) -> None:
        """Save what the finished calls did, in one write."""
        with self._book.db.transaction():
            self._record_finished()

    def _record_finished(self) -> None:
        if not self._finished:
            return
        finished, self._finished = self._finished, []
        self._recorded_at = time.monotonic()
        touched: set[str] = set()
        now = self._timing.monotonic()
        for work in finished:
            if work.op == "report":
                self._reported(work)
                continue
            delivery = self._book.deliveries.get(work.key)
            if delivery is None:
                continue
            touched.add(delivery.notice_id)
            if not work.called:
                # Stopped before its call: nothing reached Teams, so it simply waits again.
                if work.op == "send":
                    self._book.deliveries.mark(delivery, status=WAITING)
                continue
            if work.error is None and work.result is None and work.op == "send":
                work.error = SendFailed(f"{work.key}: the call ended without an answer")
            if work.error is None:
                self._succeeded(delivery, work, now)
            else:
                self._failed(delivery, work, now)
        for notice_id in touched:
            if not self._has_work(notice_id):
                self._maybe_done(notice_id)
        for notice_id in touched:
            self._reports.setdefault(notice_id, now + REPORT_EVERY)
            if not self._has_work(notice_id):
                self._reports[notice_id] = now

    def _has_work(self, notice_id: str) -> bool:
        prefix = f"{notice_id}/"
        return any(k.startswith(prefix) for k in (*self._queue, *self._in_flight))

    def _succeeded(self, delivery: Delivery, work: _Work, now: float) -> None:
        notice = self._book.notices.get(delivery.notice_id)
        if work.op == "send":
            activity_id, reference, conversation, version = work.result
            pending = ""
            if notice is not None and notice.state == RETRACTED:
                pending = DELETE  # taken back while it was on its way
            elif notice is not None and notice.version != version:
                pending = UPDATE  # corrected while it was on its way
            delivery = self._book.deliveries.mark(
                delivery,
                status=DELIVERED,
                activity_id=activity_id,
                reference=reference,
                conversation_id=conversation,
                attempts=delivery.attempts + 1,
                version=version,
                pending=pending,
                error="",
            )
            if pending:
                self._enqueue(delivery, now)
        elif work.op == DELETE:
            self._book.deliveries.mark(delivery, status=DELETED, pending="", error="")
        elif work.op == UPDATE:
            # A retraction while the update was on its way must not be forgotten.
            pending = "" if delivery.pending == UPDATE else delivery.pending
            self._book.deliveries.mark(delivery, pending=pending, version=work.result, error="")

    def _failed(self, delivery: Delivery, work: _Work, now: float) -> None:
        error = work.error
        assert error is not None
        attempts = delivery.attempts + 1
        if work.op == DELETE and error.status == 404:
            # Already gone from Teams: that is what a retraction wanted.
            self._book.deliveries.mark(delivery, status=DELETED, pending="")
            return
        retryable = error.status is None or error.status in RETRYABLE
        if work.op == REMIND or not retryable or attempts >= MAX_ATTEMPTS:
            _LOGGER.warning("notice delivery %s failed: %s", delivery.delivery_id, error)
            if work.op == "send":
                self._book.deliveries.mark(
                    delivery, status=FAILED, attempts=attempts, error=str(error.status or "")
                )
            else:
                pending = "" if delivery.pending == work.op else delivery.pending
                self._book.deliveries.mark(
                    delivery, pending=pending, attempts=attempts, error=str(error.status or "")
                )
                if pending:
                    self._enqueue(delivery, now)
            return
        delay = error.retry_after
        if delay is None:
            delay = min(MAX_DELAY, BASE_DELAY * 2 ** (attempts - 1)) * (0.5 + self._timing.jitter())
        delivery = self._book.deliveries.mark(
            delivery,
            status=WAITING if work.op == "send" else delivery.status,
            attempts=attempts,
            error=str(error.status or ""),
        )
        self._enqueue(delivery, now + delay)

    def _reported(self, work: _Work) -> None:
        notice_id = work.key.removeprefix("report/")
        notice = self._book.notices.get(notice_id)
        if notice is None:
            return
        if work.error is not None:
            _LOGGER.warning("could not draw the report of notice %s: %s", notice_id, work.error)
            failures = self._report_failures.get(notice_id, 0) + 1
            self._report_failures[notice_id] = failures
            retryable = work.error.status is None or work.error.status in RETRYABLE
            if retryable and failures < MAX_ATTEMPTS:
                # The report must end on the final count; a busy Teams only delays the redraw.
                delay = work.error.retry_after
                later = self._timing.monotonic() + (REPORT_EVERY if delay is None else delay)
                self._reports[notice_id] = min(self._reports.get(notice_id, later), later)
            return
        self._report_failures.pop(notice_id, None)
        if work.result and work.result != notice.report_activity_id:
            self._book.notices.save(replace(notice, report_activity_id=work.result))

    def _maybe_done(self, notice_id: str) -> None:
        notice = self._book.notices.get(notice_id)
        if notice is None or notice.state != SENDING:
            return
        if all(d.status not in (WAITING, IN_FLIGHT) for d in self._book.deliveries.of(notice_id)):
            self._book.notices.save(replace(notice, state=SENT))

    # -- helpers ----------------------------------------------------------------------------

    def counts(self, notice_id: str) -> dict[str, int]:
        """The report's numbers: recipients, sent, failed, without the app, waiting, acked."""
        statuses = self._book.deliveries.statuses(notice_id)
        return {
            "total": sum(statuses.values()),
            "sent": statuses[DELIVERED],
            "failed": statuses[FAILED],
            "not_installed": statuses[NOT_INSTALLED],
            "waiting": statuses[WAITING] + statuses[IN_FLIGHT],
            "retracted": statuses[DELETED] + statuses[DROPPED],
            "acked": len(self._book.acknowledgements.of(notice_id)),
        }

    @staticmethod
    def _op_of(delivery: Delivery | None) -> str | None:
        if delivery is None:
            return None
        if delivery.status == WAITING:
            return "send"
        if delivery.status == DELIVERED and delivery.pending:
            return delivery.pending
        return None

    def _reference_of(self, delivery: Delivery) -> dict[str, Any]:
        """A channel thread's reference as stored, or the person's 1:1 chat reference."""
        if delivery.reference:
            return delivery.reference
        ref = self._references.get(delivery.conversation_id)
        if ref is None:
            raise SendFailed(f"{delivery.delivery_id}: no conversation reference", status=404)
        return ref.reference

    @staticmethod
    def _conversation_of(delivery: Delivery) -> str:
        return delivery.conversation_id or delivery.target

    def _lang_of(self, delivery: Delivery) -> str:
        if delivery.is_channel:
            return self._organisation.org.language
        return self._lang_of_email(delivery.email)

    def _lang_of_email(self, email: str) -> str:
        person = self._people.by_email(email)
        if person is None:
            return self._organisation.org.language
        return language_of(person.locale, person.language)

    def _activity(self, notice: Notice, lang: str, *, reminder: bool = False) -> Activity:
        card = notice_cards.notice_card(notice, lang, reminder=reminder)
        return _card_activity(card, lang)


def _card_activity(card: dict[str, Any], lang: str) -> Activity:
    attachment = cards.attachment(card)
    return Activity(
        type=ActivityTypes.message,
        attachments=[
            Attachment(content_type=attachment["contentType"], content=attachment["content"])
        ],
        locale="en-US" if lang == "en" else "da-DK",
    )
