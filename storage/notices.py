"""IT change notices, their per-recipient deliveries and acknowledgements, in their own file."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Final

from storage.clock import Clock
from storage.db import Database
from storage.keyed import Keyed, RecordT

# Deliveries change many times a second while a notice goes out; in a file of their own, those
# writes do not rewrite everything else the bot keeps.
FILE_NAME: Final = "notices.json"

# Notice states.
DRAFT, SCHEDULED, SENDING, SENT = "draft", "scheduled", "sending", "sent"
CANCELLED, RETRACTED = "cancelled", "retracted"

# Delivery states, in Danish as the report shows them.
WAITING = "venter"
IN_FLIGHT = "sender"  # marked before the call to Teams, so a crash cannot lead to a resend
DELIVERED = "sendt"
FAILED = "fejlet"
NOT_INSTALLED = "app ikke installeret"
DROPPED = "annulleret"  # retracted before it went out
DELETED = "trukket tilbage"

# What a delivery still has to do in Teams besides being sent.
UPDATE, DELETE, REMIND = "update", "delete", "remind"


def open_notices(data_dir: Path) -> Database:
    """The notices file in the data directory."""
    data_dir.mkdir(parents=True, exist_ok=True)
    return Database(data_dir / FILE_NAME)


@dataclass(frozen=True)
class Notice:
    """An IT change notice, from draft to sent (or cancelled, or retracted)."""

    notice_id: str
    author: str  # e-mail
    title: str
    body: str  # markdown
    audience: str = "everyone"  # "everyone" | "teams" | "roles"
    teams: tuple[str, ...] = ()  # org team keys, for "teams"
    roles: tuple[str, ...] = ()  # role keys, for "roles"
    to_channels: bool = True
    to_people: bool = True
    ack_required: bool = False
    remind_after: int = 0  # working days; 0 = no reminder
    send_at: str = ""  # ISO-8601 UTC; "" = at once
    state: str = DRAFT
    version: int = 1  # goes up with each correction
    sent_at: str = ""
    remind_at: str = ""  # ISO-8601 UTC of the acknowledgement reminder still to come
    report_conversation: dict[str, Any] = field(default_factory=dict, hash=False)
    report_activity_id: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class Delivery:
    """One recipient of a notice: a person's 1:1 chat or a team's channel."""

    delivery_id: str  # "{notice_id}/{target}"
    notice_id: str
    target: str  # "person:{email}" | "channel:{team_id}/{channel_id}"
    status: str = WAITING
    pending: str = ""  # UPDATE, DELETE or REMIND still to do in Teams
    attempts: int = 0
    error: str = ""
    conversation_id: str = ""
    activity_id: str = ""
    reference: dict[str, Any] = field(default_factory=dict, hash=False)
    version: int = 0  # the notice version the recipient sees
    updated_at: str = ""

    @property
    def is_channel(self) -> bool:
        return self.target.startswith("channel:")

    @property
    def email(self) -> str:
        return self.target.removeprefix("person:") if not self.is_channel else ""


@dataclass(frozen=True)
class Acknowledgement:
    """Someone pressed 'Læst og forstået' on a notice."""

    ack_id: str  # "{notice_id}/{email}"
    notice_id: str
    email: str
    updated_at: str = ""


def _notice_of(doc: Mapping[str, Any]) -> str:
    return str(doc.get("notice_id", ""))


class _ByNotice(Keyed[RecordT], lookups={"notice": _notice_of}):
    """A table whose records belong to a notice."""


class Notices(Keyed[Notice], table="notices", model=Notice, key="notice_id"):
    """IT change notices, by the number people know them by."""

    def next_id(self) -> str:
        """A short number people can say, one higher than any stored."""
        numbers = [int(n.notice_id) for n in self.all() if n.notice_id.isdigit()]
        return str(max(numbers, default=0) + 1)


class Deliveries(_ByNotice[Delivery], table="deliveries", model=Delivery, key="delivery_id"):
    """Each notice's recipients and how far its message to them has come."""

    def of(self, notice_id: str) -> list[Delivery]:
        """The notice's deliveries, in the order they were first stored."""
        return self._where("notice", notice_id)

    def statuses(self, notice_id: str) -> Counter[str]:
        """How many of a notice's deliveries are in each status, read without building records."""
        return Counter(str(doc.get("status", "")) for doc in self._docs("notice", notice_id))

    def mark(self, delivery: Delivery, **changes: Any) -> Delivery:
        """Store `delivery` with `changes` made."""
        return self.save(replace(delivery, **changes))


class Acknowledgements(
    _ByNotice[Acknowledgement], table="acknowledgements", model=Acknowledgement, key="ack_id"
):
    """Who has acknowledged which notice."""

    def add(self, notice_id: str, email: str) -> bool:
        """Record the acknowledgement; False if this person had already acknowledged."""
        ack_id = f"{notice_id}/{email.lower()}"
        if self.get(ack_id) is not None:
            return False
        self._store(Acknowledgement(ack_id, notice_id, email.lower()))
        return True

    def of(self, notice_id: str) -> set[str]:
        """The e-mails of those who acknowledged the notice."""
        return {ack.email for ack in self._where("notice", notice_id)}


@dataclass(frozen=True)
class NoticeBook:
    """The notices file's tables."""

    db: Database
    notices: Notices
    deliveries: Deliveries
    acknowledgements: Acknowledgements

    @classmethod
    def on(cls, db: Database, now: Clock | None = None) -> NoticeBook:
        return cls(db, Notices(db, now), Deliveries(db, now), Acknowledgements(db, now))
