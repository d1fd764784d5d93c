"""Frozen records that cross the storage boundary; repositories never hand out TinyDB documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Person:
    """A Teams user the bot has seen."""

    user_id: str  # Teams "29:..." id
    name: str = ""
    aad_object_id: str = ""
    email: str = ""  # e-mail or UPN, lower-case
    locale: str = ""  # last Teams locale seen, e.g. "da-DK"
    tenant_id: str = ""
    language: str = ""  # the person's own choice, "da" or "en"; "" = follow the Teams locale
    updated_at: str = ""  # ISO-8601 UTC


@dataclass(frozen=True)
class Channel:
    """A channel of an installed team."""

    channel_id: str
    name: str


@dataclass(frozen=True)
class InstalledTeam:
    """A Teams team the bot is installed in (or was, when `installed` is False)."""

    team_id: str
    name: str = ""
    aad_group_id: str = ""
    tenant_id: str = ""
    service_url: str = ""
    channels: tuple[Channel, ...] = ()
    installed: bool = True
    welcome_channel_id: str = ""
    welcomed: bool = False
    updated_at: str = ""


@dataclass(frozen=True)
class ConversationRef:
    """Where the bot can send proactively."""

    conversation_id: str
    conversation_type: str  # "personal" | "channel" | "groupChat"
    # botbuilder's serialized ConversationReference; opaque JSON to storage. A dict is not
    # hashable, so it is left out of the record's hash.
    reference: dict[str, Any] = field(hash=False)
    user_id: str = ""  # the user, for personal chats
    team_id: str = ""
    tenant_id: str = ""
    service_url: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class TeamChange:
    """Changes to an org team made in chat; a field left None follows the org file."""

    team: str  # the org team's key
    superusers: tuple[str, ...] | None = None
    deputies: tuple[str, ...] | None = None
    portfolio_project_lead: tuple[str, ...] | None = None
    changed_by: str = ""  # e-mail of who changed it last
    updated_at: str = ""


@dataclass(frozen=True)
class Membership:
    """Which org team a person belongs to, when the org file does not say or was overruled."""

    person: str  # e-mail, or the Teams id when the e-mail is unknown
    team: str  # the org team's key
    source: str  # "chosen" (the person said so; wins over the file) | "roster" (a Teams roster)
    updated_at: str = ""


@dataclass(frozen=True)
class Absence:
    """A stretch of days, in the organisation's time zone, when someone is away."""

    absence_id: str
    email: str
    first_day: str  # ISO date, inclusive
    last_day: str  # ISO date, inclusive
    registered_by: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class TeamLink:
    """The Teams team (and its channel for IT cases) that an org team works in."""

    org_team: str
    team_id: str  # Teams team id
    channel_id: str  # where the bot posts the team's IT cases
    how: str = ""  # "name" (found by name) | "command" | "card"
    linked_by: str = ""  # e-mail, empty when found by name
    updated_at: str = ""


@dataclass(frozen=True)
class CaseEvent:
    """One line of a case's audit history: who did what, and when."""

    at: str  # ISO-8601 UTC
    by: str  # e-mail of who did it; "" for the bot itself
    what: str  # "opened", "claimed", "wrote", "answered", "resolved", "reopened", …
    detail: str = ""


@dataclass(frozen=True)
class CasePost:
    """A message showing the case card: in the team's channel, or 1:1 to a helper."""

    conversation_id: str
    activity_id: str
    # botbuilder's serialized ConversationReference, for updating the card in place later.
    reference: dict[str, Any] = field(hash=False)
    to: str = ""  # e-mail of the helper for a 1:1 post; "" in a channel


@dataclass(frozen=True)
class Case:
    """An IT problem someone reported, from the report until it is closed."""

    number: int
    requester: str  # e-mail (or Teams id when no e-mail is known)
    team: str  # org team key
    category: str  # category key, or "andet"
    description: str  # as written, with CPR numbers masked
    urgent: bool = False
    # new | taken | waiting | escalated | central (with central IT support) | resolved | closed
    # | merged
    status: str = "new"
    routed_to: str = "superusers"  # superusers | project_lead
    helpers: tuple[str, ...] = ()  # e-mails of who was asked to take it
    owner: str = ""  # e-mail of who took it
    similar_to: int = 0  # an open case it looks like, shown on its card
    merged_into: int = 0
    merged: tuple[int, ...] = ()  # cases merged into this one
    ticket: str = ""  # central IT support's own number for the case
    central_answer: str = ""  # what central IT support answered, as the superuser recorded it
    satisfied: bool | None = None  # the requester's 👍 (True) or 👎 (False) after it was solved
    created_at: str = ""
    resolved_at: str = ""
    closed_at: str = ""
    posts: tuple[CasePost, ...] = ()
    history: tuple[CaseEvent, ...] = ()
    updated_at: str = ""

    @property
    def is_open(self) -> bool:
        return self.status not in ("resolved", "closed", "merged")


@dataclass(frozen=True)
class Event:
    """A course day or meeting the leads planned; times are ISO-8601 in the org's time zone."""

    event_id: str
    kind: str  # "course" (kursusdag) | "meeting" (møde)
    title: str
    start: str  # the first (or only) occurrence's start, with its UTC offset
    end: str
    place: str = ""  # a room, or a Teams meeting link
    description: str = ""
    teams: tuple[str, ...] = ()  # org team keys invited whole
    roles: tuple[str, ...] = ()  # "superuser", "leader", "fagkoordinator", …
    people: tuple[str, ...] = ()  # e-mails invited by name
    capacity: int = 0  # 0: no limit
    reminders: tuple[int, ...] = ()  # minutes before the start
    rrule: str = ""  # RFC 5545 RRULE for a recurring meeting, "" for a one-off
    timezone: str = "Europe/Copenhagen"  # whose wall clock a recurring meeting keeps
    created_by: str = ""
    planned_at: str = ""  # when it was created or last moved; reminders due before then never were
    signed_up: tuple[str, ...] = ()
    waitlist: tuple[str, ...] = ()
    declined: tuple[str, ...] = ()  # invited to a meeting, and said they will not come
    cancelled: bool = False
    updated_at: str = ""


@dataclass(frozen=True)
class SentReminder:
    """One reminder handled, so it is never sent twice, even across restarts."""

    reminder_id: str
    outcome: str  # "sent" | "dropped" (missed while the bot was down and no longer useful)
    at: str = ""  # ISO-8601 UTC, when it was handled
    updated_at: str = ""


@dataclass(frozen=True)
class Task:
    """Work the IT lead hands to the project lead."""

    task_id: str
    title: str
    deadline: str  # ISO date
    assigned_to: str
    assigned_by: str
    planned_at: str = ""  # when it was handed over; a reminder due before then never was
    done: bool = False
    updated_at: str = ""
