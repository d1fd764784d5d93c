"""What the notice queue's finished calls did, saved to the notices file: done, again, or failed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from bot.delivery.calls import REPORT, SEND, Work
from bot.delivery.pacing import Timing
from bot.delivery.report import REPORT_EVERY, Reports
from bot.retry import NOTICES
from bot.sender import SendFailed
from storage.notices import (
    DELETE,
    DELETED,
    DELIVERED,
    FAILED,
    IN_FLIGHT,
    REMIND,
    RETRACTED,
    SENDING,
    SENT,
    UPDATE,
    WAITING,
    Delivery,
    NoticeBook,
)

_LOGGER = logging.getLogger(__name__)

Enqueue = Callable[[Delivery, float], None]


class Outcomes:
    """Records each finished call on its delivery, and queues again what must be retried."""

    def __init__(
        self, *, book: NoticeBook, timing: Timing, reports: Reports, enqueue: Enqueue
    ) -> None:
        self._book = book
        self._timing = timing
        self._reports = reports
        self._enqueue = enqueue

    def record(self, finished: list[Work], has_work: Callable[[str], bool]) -> None:
        """Save what the calls did; a notice with nothing left to do is sent."""
        touched: set[str] = set()
        now = self._timing.monotonic()
        for work in finished:
            if work.op == REPORT:
                self._reports.drawn(work)
                continue
            delivery = self._book.deliveries.get(work.key)
            if delivery is None:
                continue
            touched.add(delivery.notice_id)
            if not work.called:
                # Stopped before its call: nothing reached Teams, so it simply waits again.
                if work.op == SEND:
                    self._book.deliveries.mark(delivery, status=WAITING)
                continue
            if work.error is None and work.result is None and work.op == SEND:
                work.error = SendFailed(f"{work.key}: the call ended without an answer")
            if work.error is None:
                self._succeeded(delivery, work, now)
            else:
                self._failed(delivery, work, now)
        for notice_id in touched:
            if not has_work(notice_id):
                self._maybe_done(notice_id)
        for notice_id in touched:
            self._reports.redraw_by(notice_id, now + REPORT_EVERY)
            if not has_work(notice_id):
                self._reports.redraw(notice_id, now)

    def _succeeded(self, delivery: Delivery, work: Work, now: float) -> None:
        notice = self._book.notices.get(delivery.notice_id)
        if work.op == SEND:
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

    def _failed(self, delivery: Delivery, work: Work, now: float) -> None:
        error = work.error
        assert error is not None
        attempts = delivery.attempts + 1
        if work.op == DELETE and error.status == 404:
            # Already gone from Teams: that is what a retraction wanted.
            self._book.deliveries.mark(delivery, status=DELETED, pending="")
            return
        if work.op == REMIND or not NOTICES.may_retry(error.status, attempts):
            _LOGGER.warning("notice delivery %s failed: %s", delivery.delivery_id, error)
            if work.op == SEND:
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
        delay = NOTICES.delay(attempts, self._timing.jitter, error.retry_after)
        delivery = self._book.deliveries.mark(
            delivery,
            status=WAITING if work.op == SEND else delivery.status,
            attempts=attempts,
            error=str(error.status or ""),
        )
        self._enqueue(delivery, now + delay)

    def _maybe_done(self, notice_id: str) -> None:
        notice = self._book.notices.get(notice_id)
        if notice is None or notice.state != SENDING:
            return
        if all(d.status not in (WAITING, IN_FLIGHT) for d in self._book.deliveries.of(notice_id)):
            self._book.notices.save(replace(notice, state=SENT))
