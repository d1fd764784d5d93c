"""The author's live report of a notice: redrawn while it goes out, ending on the final count."""

from __future__ import annotations

import logging
from collections.abc import Callable, Container
from dataclasses import replace
from typing import Final

from bot.activities import to_activity
from bot.delivery.calls import REPORT, Work
from bot.delivery.pacing import Pacer, Timing
from bot.retry import NOTICES
from bot.sender import Sender
from dialogs import notice_cards
from dialogs.conversation import Reply
from storage.notices import (
    DELETED,
    DELIVERED,
    DROPPED,
    FAILED,
    IN_FLIGHT,
    NOT_INSTALLED,
    WAITING,
    Notice,
    NoticeBook,
)

_LOGGER = logging.getLogger(__name__)

# The author's report is redrawn at most this often while a notice goes out.
REPORT_EVERY: Final = 3.0


def key_of(notice_id: str) -> str:
    return f"{REPORT}/{notice_id}"


def counts(book: NoticeBook, notice_id: str) -> dict[str, int]:
    """The report's numbers: recipients, sent, failed, without the app, waiting, acked."""
    statuses = book.deliveries.statuses(notice_id)
    return {
        "total": sum(statuses.values()),
        "sent": statuses[DELIVERED],
        "failed": statuses[FAILED],
        "not_installed": statuses[NOT_INSTALLED],
        "waiting": statuses[WAITING] + statuses[IN_FLIGHT],
        "retracted": statuses[DELETED] + statuses[DROPPED],
        "acked": len(book.acknowledgements.of(notice_id)),
    }


class Reports:
    """Which notices' reports are due for a redraw, and the redraws themselves."""

    def __init__(
        self, book: NoticeBook, sender: Sender, timing: Timing, lang_of: Callable[[str], str]
    ) -> None:
        self._book = book
        self._sender = sender
        self._timing = timing
        self._lang_of = lang_of
        self.due: dict[str, float] = {}  # notice id -> redraw the report from then
        self._failures: dict[str, int] = {}  # notice id -> refused redraws in a row
        self._conversations: dict[str, str] = {}

    def redraw(self, notice_id: str, at: float) -> None:
        """Redraw at `at`, whatever was planned."""
        self.due[notice_id] = at

    def redraw_by(self, notice_id: str, at: float) -> None:
        """Redraw at `at` unless a redraw is planned already."""
        self.due.setdefault(notice_id, at)

    def waiting(self, in_flight: Container[str]) -> list[tuple[float, str]]:
        """(when, conversation) of each redraw planned and not under way."""
        return [
            (at, self._conversations.get(notice_id, ""))
            for notice_id, at in self.due.items()
            if key_of(notice_id) not in in_flight
        ]

    def start(
        self,
        now: float,
        pacer: Pacer,
        horizon: float,
        in_flight: Container[str],
        launch: Callable[[Work, float, Notice], None],
    ) -> int:
        """Launch each redraw that is due and whose chat has room; how many."""
        started = 0
        for notice_id, at in list(self.due.items()):
            key = key_of(notice_id)
            if at > now or key in in_flight:
                continue
            notice = self._book.notices.get(notice_id)
            if notice is None or not notice.report_conversation:
                self.due.pop(notice_id)
                continue
            conversation = notice.report_conversation.get("conversation", {}).get("id", "")
            self._conversations[notice_id] = conversation
            if pacer.ready_at(conversation, now) > now + horizon:
                continue
            self.due.pop(notice_id)
            launch(Work(key, REPORT, conversation), pacer.reserve(conversation, now), notice)
            started += 1
        return started

    async def draw(self, notice: Notice) -> str:
        """Post the report, or redraw it where it stands; its activity id."""
        lang = self._lang_of(notice.author)
        card = notice_cards.report_card(notice, counts(self._book, notice.notice_id), lang)
        activity = to_activity(Reply(card=card), lang)
        if notice.report_activity_id:
            await self._sender.update(
                notice.report_conversation, notice.report_activity_id, activity
            )
            return notice.report_activity_id
        return await self._sender.send(notice.report_conversation, activity)

    def drawn(self, work: Work) -> None:
        """Keep the report's activity id; a busy Teams only delays the next redraw."""
        notice_id = work.key.removeprefix(key_of(""))
        notice = self._book.notices.get(notice_id)
        if notice is None:
            return
        if work.error is not None:
            _LOGGER.warning("could not draw the report of notice %s: %s", notice_id, work.error)
            failures = self._failures.get(notice_id, 0) + 1
            self._failures[notice_id] = failures
            if NOTICES.may_retry(work.error.status, failures):
                # The report must end on the final count; a busy Teams only delays the redraw.
                delay = work.error.retry_after
                later = self._timing.monotonic() + (REPORT_EVERY if delay is None else delay)
                self.due[notice_id] = min(self.due.get(notice_id, later), later)
            return
        self._failures.pop(notice_id, None)
        if work.result and work.result != notice.report_activity_id:
            self._book.notices.save(replace(notice, report_activity_id=work.result))
