"""What flows ask of the notice queue: send, schedule, retry, correct, take back, remind."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, Final

from bot.delivery.calls import Calls
from bot.delivery.pacing import Timing
from bot.delivery.report import Reports, counts
from bot.delivery.sending import Sending
from bot.scheduler import Reminders
from bot.sender import Sender
from dialogs.effects import notice_recipients
from dialogs.effects.people import language_for
from dialogs.organisation import OrgService
from storage.notices import (
    DELETE,
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

SEND_KIND: Final = "notice_send"
REMIND_KIND: Final = "notice_remind"


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
        self._organisation = organisation
        self._people = people
        self._teams = teams
        self._references = references
        self._reminders = reminders
        self._timing = timing or Timing()
        calls = Calls(book, sender, teams, references, self._lang_of)
        self._reports = Reports(book, sender, self._timing, self._lang_of)
        self._sending = Sending(book=book, calls=calls, reports=self._reports, timing=self._timing)
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
                    self._sending.enqueue(delivery, now)
        for notice in self._book.notices.all():
            if notice.state == SCHEDULED and notice.send_at:
                self._schedule_send(notice)
            if notice.remind_at:
                self._schedule_reminder(notice.notice_id, notice.remind_at)
            if notice.state == SENDING:
                self._reports.redraw(notice.notice_id, now)
        if doubtful:
            _LOGGER.warning("%d notice deliveries were under way at the stop", doubtful)
        self._sending.start()

    async def stop(self) -> None:
        """Finish the calls under way, put back those not yet made, and save where it stands."""
        await self._sending.stop()

    async def wait_idle(self) -> None:
        """Until nothing is queued or under way; for tests and the benchmark."""
        await self._sending.wait_idle()

    # -- what flows ask for -----------------------------------------------------------------

    def send_now(self, notice_id: str) -> int:
        """Start sending a notice to everyone it is for; how many recipients it has."""
        notice = self._book.notices.get(notice_id)
        if notice is None:
            return 0
        now = self._organisation.now()
        remind_at = notice_recipients.remind_at(notice, now, self._organisation)
        deliveries = self._recipients(notice)
        waiting = any(d.status == WAITING for d in deliveries)
        author = notice_recipients.personal_reference(self._people, self._references, notice.author)
        with self._book.db.transaction():
            notice = self._book.notices.save(
                replace(
                    notice,
                    # Nobody to send to (no app anywhere) leaves nothing under way.
                    state=SENDING if waiting else SENT,
                    sent_at=now.astimezone(UTC).isoformat(),
                    remind_at=remind_at,
                    report_conversation=author or {},
                )
            )
            for delivery in deliveries:
                self._book.deliveries.save(delivery)
        if remind_at:
            self._schedule_reminder(notice_id, remind_at)
        later = self._timing.monotonic()
        for delivery in deliveries:
            if delivery.status == WAITING:
                self._sending.enqueue(delivery, later)
        self._reports.redraw(notice_id, later)
        self._sending.wake()
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
                self._sending.enqueue(self._book.deliveries.save(again), now)
                count += 1
            if count and notice.state == SENT:
                self._book.notices.save(replace(notice, state=SENDING))
        self._reports.redraw(notice_id, now)
        self._sending.wake()
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
                    self._sending.drop(delivery.delivery_id)
        self._reminders.cancel(f"notice-remind-{notice_id}")
        return self._for_delivered(notice_id, DELETE)

    def refresh_report(self, notice_id: str) -> None:
        self._reports.redraw_by(notice_id, self._timing.monotonic())
        self._sending.wake()

    def counts(self, notice_id: str) -> dict[str, int]:
        """The report's numbers: recipients, sent, failed, without the app, waiting, acked."""
        return counts(self._book, notice_id)

    # -- helpers ----------------------------------------------------------------------------

    def _lang_of(self, email: str) -> str:
        """The reader's language; a channel's (no e-mail) is the organisation's."""
        return language_for(self._people, email, self._organisation.org.language)

    def _recipients(self, notice: Notice) -> list[Delivery]:
        return notice_recipients.recipients(
            notice, self._organisation, self._people, self._teams, self._references
        )

    def _for_delivered(self, notice_id: str, op: str) -> int:
        now = self._timing.monotonic()
        count = 0
        with self._book.db.transaction():
            for delivery in self._book.deliveries.of(notice_id):
                if delivery.status == DELIVERED and delivery.pending != DELETE:
                    marked = self._book.deliveries.mark(delivery, pending=op, attempts=0)
                    self._sending.enqueue(marked, now)
                    count += 1
        self._reports.redraw(notice_id, now)
        self._sending.wake()
        return count

    # -- scheduled sends and reminders --------------------------------------------------------

    def _schedule_send(self, notice: Notice) -> None:
        self._reminders.schedule_reminder(
            f"notice-send-{notice.notice_id}",
            datetime.fromisoformat(notice.send_at),
            SEND_KIND,
            notice=notice.notice_id,
        )

    def _schedule_reminder(self, notice_id: str, remind_at: str) -> None:
        self._reminders.schedule_reminder(
            f"notice-remind-{notice_id}",
            datetime.fromisoformat(remind_at),
            REMIND_KIND,
            notice=notice_id,
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
                if notice_recipients.reminded(delivery, acked):
                    marked = self._book.deliveries.mark(delivery, pending=REMIND, attempts=0)
                    self._sending.enqueue(marked, now)
        self._sending.wake()
