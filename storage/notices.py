"""IT change notices, their per-recipient deliveries and acknowledgements, in their own file."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Final

from storage.codec import from_doc
from storage.db import Database
from storage.repositories import Clock, _replace_all, _Repository

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


class _ByNotice(_Repository):
    """A table whose records belong to a notice."""

    _lookups = (("notice", _notice_of),)

    def _of_notice(self, notice_id: str) -> list[Any]:
        self._index.refresh(self._db.generation)
        ids = sorted(self._index.doc_ids("notice", notice_id))
        return [from_doc(self._model, self._table.get(doc_id=doc_id)) for doc_id in ids]


class Notices(_Repository[Notice]):  # type: ignore[type-var]
    _table_name = "notices"
    _model = Notice
    _key = "notice_id"

    def save(self, notice: Notice) -> Notice:
        return self._store(notice, _replace_all)

    def get(self, notice_id: str) -> Notice | None:
        return self._get(notice_id) if notice_id else None

    def all(self) -> list[Notice]:
        return self._all()

    def next_id(self) -> str:
        """A short number people can say, one higher than any stored."""
        numbers = [int(n.notice_id) for n in self._all() if n.notice_id.isdigit()]
        return str(max(numbers, default=0) + 1)


class Deliveries(_ByNotice):
    _table_name = "deliveries"
    _model = Delivery
    _key = "delivery_id"

    def save(self, delivery: Delivery) -> Delivery:
        return self._store(delivery, _replace_all)

    def get(self, delivery_id: str) -> Delivery | None:
        return self._get(delivery_id)

    def of(self, notice_id: str) -> list[Delivery]:
        return self._of_notice(notice_id)

    def all(self) -> list[Delivery]:
        return self._all()

    def statuses(self, notice_id: str) -> Counter[str]:
        """How many of a notice's deliveries are in each status, read without building records."""
        self._index.refresh(self._db.generation)
        docs = (self._table.get(doc_id=i) for i in self._index.doc_ids("notice", notice_id))
        return Counter(str(doc.get("status", "")) for doc in docs if doc is not None)

    def mark(self, delivery: Delivery, **changes: Any) -> Delivery:
        return self.save(replace(delivery, **changes))


class Acknowledgements(_ByNotice):
    _table_name = "acknowledgements"
    _model = Acknowledgement
    _key = "ack_id"

    def add(self, notice_id: str, email: str) -> bool:
        """Record the acknowledgement; False if this person had already acknowledged."""
        ack_id = f"{notice_id}/{email.lower()}"
        if self._get(ack_id) is not None:
            return False
        self._store(Acknowledgement(ack_id, notice_id, email.lower()), _replace_all)
        return True

    def of(self, notice_id: str) -> set[str]:
        return {ack.email for ack in self._of_notice(notice_id)}


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
