"""What the notice flows use: the notices file and the queue that sends them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from storage.notices import NoticeBook


class NoticeQueue(Protocol):
    """The delivery engine as flows see it: every call queues work and returns at once."""

    def send_now(self, notice_id: str) -> int: ...

    def schedule(self, notice_id: str) -> None: ...

    def unschedule(self, notice_id: str) -> None: ...

    def retry_failed(self, notice_id: str) -> int: ...

    def correct(self, notice_id: str) -> int: ...

    def retract(self, notice_id: str) -> int: ...

    def refresh_report(self, notice_id: str) -> None: ...


@dataclass(frozen=True)
class NoticeDesk:
    book: NoticeBook
    notice_queue: NoticeQueue
