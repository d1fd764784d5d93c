"""The main file's repositories: people, teams and chats in Teams, the org set in chat, plans."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any, TypeVar

from storage.cases import Cases as Cases
from storage.keyed import Keyed
from storage.models import (
    Absence,
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

MergedT = TypeVar("MergedT", Person, InstalledTeam)


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


def _keep_stored(stored: MergedT, new: MergedT, names: tuple[str, ...]) -> MergedT:
    """`new`, with the stored value for each named field that `new` leaves empty."""
    kept = {name: getattr(stored, name) for name in names if not getattr(new, name)}
    return replace(new, **kept)


class People(
    Keyed[Person],
    table="people",
    model=Person,
    key="user_id",
    lookups={"email": _email_of, "aad": _aad_of},
):
    """Teams users the bot has seen, by Teams id, e-mail and AAD object id."""

    def save(self, person: Person) -> Person:
        """Store `person`; empty fields keep their stored value, and no change means no write."""
        person = replace(person, email=person.email.strip().lower())
        return self._store(person, self._merge)

    upsert = save

    def by_email(self, email: str) -> Person | None:
        """The person with this e-mail or UPN, in any letter case."""
        return self._find("email", email.strip().lower())

    def by_aad(self, aad_object_id: str) -> Person | None:
        """The person with this AAD (Entra) object id."""
        return self._find("aad", aad_object_id)

    def set_language(self, user_id: str, language: str) -> Person | None:
        """Set the person's own language ("" to follow Teams); None if the person is unknown."""
        person = self.get(user_id)
        if person is None:
            return None
        return self._store(replace(person, language=language))

    @staticmethod
    def _merge(stored: Person, new: Person) -> Person:
        return _keep_stored(stored, new, _PERSON_KEPT_WHEN_EMPTY)


class InstalledTeams(Keyed[InstalledTeam], table="teams", model=InstalledTeam, key="team_id"):
    """Teams teams the bot is (or was) installed in."""

    def save(self, team: InstalledTeam) -> InstalledTeam:
        """Store `team`; empty fields keep their stored value, and `welcomed` stays set."""
        return self._store(team, self._merge)

    upsert = save

    def all(self, installed_only: bool = True) -> list[InstalledTeam]:
        """The teams the bot is installed in, or every team it has known."""
        teams = super().all()
        return [team for team in teams if team.installed] if installed_only else teams

    def mark_uninstalled(self, team_id: str) -> InstalledTeam | None:
        """Remember that the bot was removed, so a reinstall welcomes again; None if unknown."""
        team = self.get(team_id)
        if team is None:
            return None
        return self._store(replace(team, installed=False, welcomed=False))

    def mark_welcomed(self, team_id: str, channel_id: str) -> InstalledTeam | None:
        """Remember that the welcome was posted in `channel_id`; None if the team is unknown."""
        team = self.get(team_id)
        if team is None:
            return None
        return self._store(replace(team, welcomed=True, welcome_channel_id=channel_id))

    @staticmethod
    def _merge(stored: InstalledTeam, new: InstalledTeam) -> InstalledTeam:
        # Teams repeats install events; only an uninstall may make the bot welcome again.
        merged = _keep_stored(stored, new, _TEAM_KEPT_WHEN_EMPTY)
        return replace(merged, welcomed=stored.welcomed or new.welcomed)


class ConversationRefs(
    Keyed[ConversationRef],
    table="conversations",
    model=ConversationRef,
    key="conversation_id",
    lookups={"personal": _personal_user_of},
):
    """Conversation references for proactive messages."""

    def personal_for(self, user_id: str) -> ConversationRef | None:
        """The user's 1:1 chat with the bot, the most recently updated if there are several."""
        return self._find("personal", user_id)


class TeamChanges(Keyed[TeamChange], table="team_changes", model=TeamChange, key="team"):
    """Superusers, deputies and portfolios set in chat, which win over the org file."""


class Memberships(Keyed[Membership], table="memberships", model=Membership, key="person"):
    """Which org team people belong to, beyond what the org file says."""

    def save(self, membership: Membership) -> Membership:
        """Store `membership`; a person's own choice is never overwritten by a roster."""
        membership = replace(membership, person=membership.person.strip().lower())
        stored = super().get(membership.person)
        if stored is not None and stored.source == "chosen" and membership.source == "roster":
            return stored
        return self._store(membership)

    def get(self, person: str) -> Membership | None:
        """The membership of this e-mail, in any letter case."""
        return super().get(person.strip().lower())


class Absences(Keyed[Absence], table="absences", model=Absence, key="absence_id"):
    """When people are away; few enough to read whole."""

    def add(self, absence: Absence) -> Absence:
        """Store `absence`, replacing one with the same id."""
        return self._store(absence)

    def remove(self, absence_id: str) -> bool:
        """Delete an absence; False if there was none."""
        return self._remove(absence_id)

    def of(self, email: str) -> list[Absence]:
        """The person's absences, earliest first."""
        email = email.lower()
        return sorted((a for a in self.all() if a.email == email), key=lambda a: a.first_day)


class TeamLinks(Keyed[TeamLink], table="team_links", model=TeamLink, key="org_team"):
    """Which Teams team and channel each org team works in."""


class Events(Keyed[Event], table="events", model=Event, key="event_id"):
    """Course days and meetings, cancelled ones included."""

    def all(self) -> list[Event]:
        """Every event, earliest start first."""
        return sorted(super().all(), key=lambda event: event.start)


class SentReminders(
    Keyed[SentReminder], table="sent_reminders", model=SentReminder, key="reminder_id"
):
    """The reminders already handled: the log that makes each one exactly-once."""

    def record(self, reminder_id: str, outcome: str) -> SentReminder:
        """Log that the reminder was handled, and how."""
        return self._store(
            SentReminder(reminder_id=reminder_id, outcome=outcome, at=self._timestamp())
        )

    def handled(self, reminder_id: str) -> bool:
        """Whether the reminder was handled already."""
        return self.get(reminder_id) is not None


class Tasks(Keyed[Task], table="tasks", model=Task, key="task_id"):
    """Tasks the IT lead delegated, open and done."""

    def all(self) -> list[Task]:
        """Every task, earliest deadline first."""
        return sorted(super().all(), key=lambda task: (task.deadline, task.task_id))
