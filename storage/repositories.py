"""People, installed teams and conversation references, looked up through in-memory indexes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, ClassVar, Generic, TypeVar

from storage.cases import Cases as Cases
from storage.codec import from_doc, to_doc
from storage.db import Database
from storage.index import KeyOf, TableIndex
from storage.models import (
    Absence,
    Case,
    ConversationRef,
    Event,
    InstalledTeam,
    Membership,
    Person,
    SentReminder,
    Task,
    TeamChange,
    TeamLink,
)

RecordT = TypeVar(
    "RecordT",
    Person,
    InstalledTeam,
    ConversationRef,
    TeamChange,
    Membership,
    Absence,
    TeamLink,
    Case,
    Event,
    SentReminder,
    Task,
)
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


class _Repository(Generic[RecordT]):
    """One table of records with a unique key, kept findable without scanning."""

    _table_name: ClassVar[str]
    _model: ClassVar[type]
    _key: ClassVar[str]
    _lookups: ClassVar[tuple[tuple[str, KeyOf], ...]] = ()

    def __init__(self, db: Database, now: Clock | None = None) -> None:
        self._db = db
        self._now = now or utc_now
        self._table = db.table(self._table_name)
        self._index = db.shared(f"index:{self._table_name}", self._new_index)
        self._index.refresh(db.generation)

    def batch(self) -> AbstractContextManager[None]:
        """Write every change made inside the block to disk at once; never await inside it."""
        return self._db.transaction()

    def _new_index(self) -> TableIndex:
        key = self._key
        return TableIndex(self._table, lambda doc: str(doc.get(key) or ""), self._lookups)

    def _all(self) -> list[RecordT]:
        return [from_doc(self._model, doc) for doc in self._table]

    def _get(self, key: str) -> RecordT | None:
        doc = self._doc(key)
        return None if doc is None else from_doc(self._model, doc)

    def _find(self, lookup: str, value: str) -> RecordT | None:
        """The most recently updated record whose `lookup` value is `value`."""
        self._index.refresh(self._db.generation)
        docs = [self._table.get(doc_id=doc_id) for doc_id in self._index.doc_ids(lookup, value)]
        if not docs:
            return None
        newest = max(docs, key=lambda doc: (doc.get("updated_at", ""), doc.doc_id))
        return from_doc(self._model, newest)

    def _store(self, record: RecordT, merge: Callable[[RecordT, RecordT], RecordT]) -> RecordT:
        """Save `record` (merged onto the stored one), unless only updated_at would change."""
        key = getattr(record, self._key)
        if not key:
            raise ValueError(f"{type(record).__name__}.{self._key} must not be empty")
        old = self._doc(str(key))
        # Replacing needs nothing from the stored record, so it is not decoded.
        if old is not None and merge is not _replace_all:
            record = merge(from_doc(self._model, old), record)
        doc = to_doc(record)
        if old is not None and all(
            old.get(name) == value for name, value in doc.items() if name != "updated_at"
        ):
            return from_doc(self._model, old)
        doc["updated_at"] = self._timestamp()
        if old is None:
            doc_id = self._table.insert(doc)
        else:
            doc_id = old.doc_id
            self._table.update(doc, doc_ids=[doc_id])
        self._index.add(doc_id, old, doc)
        return from_doc(self._model, doc)

    def _remove(self, key: str) -> bool:
        """Delete the record stored under `key`; False if there was none."""
        doc_id = self._index.doc_id(key) if self._doc(key) is not None else None
        if doc_id is None:
            return False
        self._table.remove(doc_ids=[doc_id])
        self._index.discard(key)
        return True

    def _doc(self, key: str) -> Any:
        self._index.refresh(self._db.generation)
        doc_id = self._index.doc_id(key)
        return None if doc_id is None else self._table.get(doc_id=doc_id)

    def _timestamp(self) -> str:
        now = self._now()
        if now.tzinfo is None:
            raise ValueError("the clock must return timezone-aware datetimes")
        return now.astimezone(UTC).isoformat(timespec="seconds")


def _replace_all(_stored: RecordT, new: RecordT) -> RecordT:
    return new


def _email_of(doc: Mapping[str, Any]) -> str:
    return str(doc.get("email", "")).lower()


def _aad_of(doc: Mapping[str, Any]) -> str:
    return str(doc.get("aad_object_id", ""))


def _personal_user_of(doc: Mapping[str, Any]) -> str:
    return str(doc.get("user_id", "")) if doc.get("conversation_type") == "personal" else ""


_PERSON_KEPT_WHEN_EMPTY = ("name", "aad_object_id", "email", "locale", "tenant_id", "language")
_TEAM_KEPT_WHEN_EMPTY = (
    "name",
    "aad_group_id",
    "tenant_id",
    "service_url",
    "channels",
    "welcome_channel_id",
)


def _keep_stored(stored: RecordT, new: RecordT, names: tuple[str, ...]) -> RecordT:
    """`new`, with the stored value for each named field that `new` leaves empty."""
    kept = {name: getattr(stored, name) for name in names if not getattr(new, name)}
    return replace(new, **kept)


class People(_Repository[Person]):
    """Teams users the bot has seen, by Teams id, e-mail and AAD object id."""

    _table_name = "people"
    _model = Person
    _key = "user_id"
    _lookups = (("email", _email_of), ("aad", _aad_of))

    def upsert(self, person: Person) -> Person:
        """Store `person`; empty fields keep their stored value, and no change means no write."""
        person = replace(person, email=person.email.strip().lower())
        return self._store(person, self._merge)

    def get(self, user_id: str) -> Person | None:
        """The person with this Teams id."""
        return self._get(user_id)

    def by_email(self, email: str) -> Person | None:
        """The person with this e-mail or UPN, in any letter case."""
        return self._find("email", email.strip().lower())

    def by_aad(self, aad_object_id: str) -> Person | None:
        """The person with this AAD (Entra) object id."""
        return self._find("aad", aad_object_id)

    def all(self) -> list[Person]:
        """Everyone, in the order they were first seen."""
        return self._all()

    def set_language(self, user_id: str, language: str) -> Person | None:
        """Set the person's own language ("" to follow Teams); None if the person is unknown."""
        person = self.get(user_id)
        if person is None:
            return None
        return self._store(replace(person, language=language), _replace_all)

    @staticmethod
    def _merge(stored: Person, new: Person) -> Person:
        return _keep_stored(stored, new, _PERSON_KEPT_WHEN_EMPTY)


class InstalledTeams(_Repository[InstalledTeam]):
    """Teams teams the bot is (or was) installed in."""

    _table_name = "teams"
    _model = InstalledTeam
    _key = "team_id"

    def upsert(self, team: InstalledTeam) -> InstalledTeam:
        """Store `team`; empty fields keep their stored value, and `welcomed` stays set."""
        return self._store(team, self._merge)

    def get(self, team_id: str) -> InstalledTeam | None:
        """The team with this Teams id."""
        return self._get(team_id)

    def all(self, installed_only: bool = True) -> list[InstalledTeam]:
        """The teams the bot is installed in, or every team it has known."""
        teams = self._all()
        return [team for team in teams if team.installed] if installed_only else teams

    def mark_uninstalled(self, team_id: str) -> InstalledTeam | None:
        """Remember that the bot was removed, so a reinstall welcomes again; None if unknown."""
        team = self.get(team_id)
        if team is None:
            return None
        gone = replace(team, installed=False, welcomed=False)
        return self._store(gone, _replace_all)

    def mark_welcomed(self, team_id: str, channel_id: str) -> InstalledTeam | None:
        """Remember that the welcome was posted in `channel_id`; None if the team is unknown."""
        team = self.get(team_id)
        if team is None:
            return None
        welcomed = replace(team, welcomed=True, welcome_channel_id=channel_id)
        return self._store(welcomed, _replace_all)

    @staticmethod
    def _merge(stored: InstalledTeam, new: InstalledTeam) -> InstalledTeam:
        # Teams repeats install events; only an uninstall may make the bot welcome again.
        merged = _keep_stored(stored, new, _TEAM_KEPT_WHEN_EMPTY)
        return replace(merged, welcomed=stored.welcomed or new.welcomed)


class ConversationRefs(_Repository[ConversationRef]):
    """Conversation references for proactive messages."""

    _table_name = "conversations"
    _model = ConversationRef
    _key = "conversation_id"
    _lookups = (("personal", _personal_user_of),)

    def save(self, ref: ConversationRef) -> ConversationRef:
        """Store `ref` as given, unless only updated_at would change."""
        return self._store(ref, _replace_all)

    def get(self, conversation_id: str) -> ConversationRef | None:
        """The reference for this conversation id."""
        return self._get(conversation_id)

    def personal_for(self, user_id: str) -> ConversationRef | None:
        """The user's 1:1 chat with the bot, the most recently updated if there are several."""
        return self._find("personal", user_id)

    def all(self) -> list[ConversationRef]:
        """Every stored reference."""
        return self._all()


class TeamChanges(_Repository[TeamChange]):
    """Superusers, deputies and portfolios set in chat, which win over the org file."""

    _table_name = "team_changes"
    _model = TeamChange
    _key = "team"

    def save(self, change: TeamChange) -> TeamChange:
        """Store `change` as given for its team."""
        return self._store(change, _replace_all)

    def get(self, team: str) -> TeamChange | None:
        return self._get(team)

    def all(self) -> list[TeamChange]:
        return self._all()


class Memberships(_Repository[Membership]):
    """Which org team people belong to, beyond what the org file says."""

    _table_name = "memberships"
    _model = Membership
    _key = "person"

    def save(self, membership: Membership) -> Membership:
        """Store `membership`; a person's own choice is never overwritten by a roster."""
        membership = replace(membership, person=membership.person.strip().lower())
        stored = self._get(membership.person)
        if stored is not None and stored.source == "chosen" and membership.source == "roster":
            return stored
        return self._store(membership, _replace_all)

    def get(self, person: str) -> Membership | None:
        return self._get(person.strip().lower())

    def all(self) -> list[Membership]:
        return self._all()


class Absences(_Repository[Absence]):
    """When people are away; few enough to read whole."""

    _table_name = "absences"
    _model = Absence
    _key = "absence_id"

    def add(self, absence: Absence) -> Absence:
        """Store `absence`, replacing one with the same id."""
        return self._store(absence, _replace_all)

    def remove(self, absence_id: str) -> bool:
        """Delete an absence; False if there was none."""
        return self._remove(absence_id)

    def of(self, email: str) -> list[Absence]:
        """The person's absences, earliest first."""
        email = email.lower()
        return sorted((a for a in self._all() if a.email == email), key=lambda a: a.first_day)

    def all(self) -> list[Absence]:
        return self._all()


class TeamLinks(_Repository[TeamLink]):
    """Which Teams team and channel each org team works in."""

    _table_name = "team_links"
    _model = TeamLink
    _key = "org_team"

    def save(self, link: TeamLink) -> TeamLink:
        return self._store(link, _replace_all)

    def get(self, org_team: str) -> TeamLink | None:
        return self._get(org_team)

    def all(self) -> list[TeamLink]:
        return self._all()


class Events(_Repository[Event]):
    """Course days and meetings, cancelled ones included."""

    _table_name = "events"
    _model = Event
    _key = "event_id"

    def save(self, event: Event) -> Event:
        return self._store(event, _replace_all)

    def get(self, event_id: str) -> Event | None:
        return self._get(event_id)

    def all(self) -> list[Event]:
        """Every event, earliest start first."""
        return sorted(self._all(), key=lambda event: event.start)


class SentReminders(_Repository[SentReminder]):
    """The reminders already handled: the log that makes each one exactly-once."""

    _table_name = "sent_reminders"
    _model = SentReminder
    _key = "reminder_id"

    def record(self, reminder_id: str, outcome: str) -> SentReminder:
        return self._store(
            SentReminder(reminder_id=reminder_id, outcome=outcome, at=self._timestamp()),
            _replace_all,
        )

    def handled(self, reminder_id: str) -> bool:
        return self._get(reminder_id) is not None

    def all(self) -> list[SentReminder]:
        return self._all()


class Tasks(_Repository[Task]):
    """Tasks the IT lead delegated, open and done."""

    _table_name = "tasks"
    _model = Task
    _key = "task_id"

    def save(self, task: Task) -> Task:
        return self._store(task, _replace_all)

    def get(self, task_id: str) -> Task | None:
        return self._get(task_id)

    def all(self) -> list[Task]:
        """Every task, earliest deadline first."""
        return sorted(self._all(), key=lambda task: (task.deadline, task.task_id))
