"""The emulator's directory: the tenant, its users and its teams with channels and rosters."""

from __future__ import annotations

import base64
import hashlib
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace

from bot.emulator.ids import base_id
from dialogs.org_file import Organisation

DEMO_TENANT_ID = "8f2b6c1e-4d7a-4e5b-9c3f-2a1d0e7b6c54"
GENERAL = "General"
IT_CHANNEL = "IT-hjælp"
DEFAULT_LOCALE = "da-DK"

# Ids derive from this namespace and the e-mail or team key, so they stay the same across restarts.
_NAMESPACE = uuid.UUID("3c9e1f5a-0b7d-4f62-8a14-d5e6f7a8b9c0")


def _guid(kind: str, key: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{kind}:{key.lower()}"))


def _opaque(kind: str, key: str) -> str:
    digest = hashlib.sha256(f"{kind}:{key.lower()}".encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def _thread_id(kind: str, key: str) -> str:
    return f"19:{uuid.uuid5(_NAMESPACE, f'{kind}:{key.lower()}').hex}@thread.tacv2"


def _name_from_email(email: str) -> str:
    local = email.split("@", 1)[0]
    return " ".join(part.capitalize() for part in re.split(r"[._-]+", local) if part)


@dataclass(frozen=True)
class User:
    email: str
    name: str
    user_id: str
    aad_object_id: str
    tenant_id: str
    locale: str = DEFAULT_LOCALE

    @property
    def given_name(self) -> str:
        return self.name.split(" ", 1)[0]

    @property
    def surname(self) -> str:
        parts = self.name.split(" ", 1)
        return parts[1] if len(parts) > 1 else ""


@dataclass(frozen=True)
class Channel:
    channel_id: str
    name: str


@dataclass(frozen=True)
class Team:
    key: str
    name: str
    team_id: str
    aad_group_id: str
    channels: tuple[Channel, ...]
    members: tuple[str, ...]
    org_name: str = ""

    @property
    def general(self) -> Channel:
        """The General channel, whose id is the team id."""
        return next(c for c in self.channels if c.channel_id == self.team_id)

    def channel(self, name_or_id: str | None = None) -> Channel:
        """A channel by name (case-insensitive) or id; General when none is given."""
        if not name_or_id:
            return self.general
        wanted = name_or_id.casefold()
        for channel in self.channels:
            if channel.channel_id == name_or_id or channel.name.casefold() == wanted:
                return channel
        raise KeyError(f"team {self.key!r} has no channel {name_or_id!r}")


class Directory:
    """Users and teams of one tenant, with stable Teams-shaped ids."""

    def __init__(self, tenant_id: str = DEMO_TENANT_ID) -> None:
        self.tenant_id = tenant_id
        self.users: dict[str, User] = {}
        self.teams: dict[str, Team] = {}
        self._by_key: dict[str, User] = {}
        self._channels: dict[str, tuple[Team, Channel]] = {}
        self._chats: dict[str, User] = {}

    def add_user(
        self, email: str, name: str | None = None, *, locale: str = DEFAULT_LOCALE
    ) -> User:
        """Add (or replace) a user; ids derive from the e-mail address."""
        email = email.strip().lower()
        user = User(
            email=email,
            name=name or _name_from_email(email),
            user_id="29:1" + _opaque("user", email),
            aad_object_id=_guid("aad", email),
            tenant_id=self.tenant_id,
            locale=locale,
        )
        self.users[email] = user
        for key in (email, user.user_id, user.aad_object_id):
            self._by_key[key.lower()] = user
        self._chats[personal_conversation_id(user)] = user
        return user

    def add_team(
        self,
        key: str,
        name: str,
        members: Iterable[str] = (),
        *,
        org_name: str = "",
        channels: Iterable[str] = (GENERAL, IT_CHANNEL),
    ) -> Team:
        """Add (or replace) a team; unknown members become users named after their e-mail."""
        emails = tuple(dict.fromkeys(m.strip().lower() for m in members))
        for email in emails:
            if email not in self.users:
                self.add_user(email)
        team_id = _thread_id("team", key)
        built = [Channel(team_id, GENERAL)]
        for channel_name in channels:
            if channel_name != GENERAL:
                built.append(Channel(_thread_id(f"channel:{key}", channel_name), channel_name))
        team = Team(
            key=key,
            name=name,
            team_id=team_id,
            aad_group_id=_guid("group", key),
            channels=tuple(built),
            members=emails,
            org_name=org_name,
        )
        return self._put_team(team)

    def add_member(self, team: str, email: str, name: str | None = None) -> User:
        """Put a person on a team's roster, adding them as a user if unknown."""
        found = self.team(team)
        try:
            user = self.user(email)
        except KeyError:
            user = self.add_user(email, name)
        if user.email not in found.members:
            self._put_team(replace(found, members=(*found.members, user.email)))
        return user

    def remove_member(self, team: str, email: str) -> User:
        """Take a person off a team's roster; KeyError if they are not on it."""
        found = self.team(team)
        user = self.user(email)
        if user.email not in found.members:
            raise KeyError(f"{user.email} is not a member of team {found.key!r}")
        self._put_team(replace(found, members=tuple(m for m in found.members if m != user.email)))
        return user

    def _put_team(self, team: Team) -> Team:
        # Channel lookups hand out the Team too, so a changed roster must replace it there as well.
        self.teams[team.key] = team
        for channel in team.channels:
            self._channels[channel.channel_id] = (team, channel)
        return team

    def user(self, email_or_id_or_aad: str) -> User:
        """A user by e-mail, `29:` id or AAD object id; KeyError if unknown."""
        try:
            return self._by_key[email_or_id_or_aad.strip().lower()]
        except KeyError:
            raise KeyError(f"unknown user {email_or_id_or_aad!r}") from None

    def team(self, key_or_name: str) -> Team:
        """A team by org key, org name, Teams team name, team id or AAD group id; any case."""
        wanted = key_or_name.strip().casefold()
        for team in self.teams.values():
            names = (team.key, team.name, team.org_name, team.team_id, team.aad_group_id)
            if wanted in (n.casefold() for n in names if n):
                return team
        raise KeyError(f"unknown team {key_or_name!r}")

    def channel(self, channel_id: str) -> tuple[Team, Channel]:
        """The team and channel of a channel id; a thread id (`;messageid=`) names its channel."""
        try:
            return self._channels[base_id(channel_id)]
        except KeyError:
            raise KeyError(f"unknown channel {channel_id!r}") from None

    def chat_user(self, conversation_id: str) -> User:
        """The user of a 1:1 chat id; KeyError if it is not one."""
        return self._chats[conversation_id]

    def personal_conversation_id(self, email_or_id: str) -> str:
        return personal_conversation_id(self.user(email_or_id))

    def members(self, team: Team) -> list[User]:
        return [self.users[email] for email in team.members]

    @classmethod
    def from_org(cls, org: Organisation, tenant_id: str = DEMO_TENANT_ID) -> Directory:
        """Every person the org file names becomes a user; every org team becomes a Teams team."""
        directory = cls(tenant_id)
        for email in org.everyone():
            person = org.person(email)
            directory.add_user(person.email, person.name, locale=person.locale)
        for team in org.teams:
            directory.add_team(
                team.key,
                team.teams_team_name or team.name,
                team.everyone,
                org_name=team.name,
            )
        return directory


def personal_conversation_id(user: User) -> str:
    """The stable 1:1 chat id between the bot and a user."""
    return "a:1" + _opaque("chat", user.email) + _opaque("chat2", user.email)[:20]
