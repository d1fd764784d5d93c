"""Inbound activities bound to a directory: people named by e-mail, ids and time filled in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, TypedDict, Unpack

from bot.emulator.card_actions import Press, card_execute, card_submit
from bot.emulator.directory import Directory, Team, User, personal_conversation_id
from bot.emulator.events import (
    bot_added_personal,
    bot_added_to_team,
    personal_installation,
    team_installation,
    team_roster_change,
)
from bot.emulator.ids import THREAD_MARK, base_id, event_id
from bot.emulator.inbound import Envelope, Place
from bot.emulator.messages import channel_message, personal_message
from bot.emulator.records import Recorded


class Writing(TypedDict, total=False):
    """Where and how a person writes a message; see Activities.message()."""

    team: str | None
    channel: str | None
    thread: str | None
    mention: bool
    locale: str | None
    mentions: Sequence[str]


class OnCard(TypedDict, total=False):
    """Where a person presses a card's button; see Activities.press()."""

    reply_to: Recorded | None
    team: str | None
    channel: str | None
    locale: str | None


class Activities:
    """The builders bound to a directory: people named by e-mail, ids and time filled in."""

    def __init__(
        self,
        directory: Directory,
        envelope: Callable[[], Envelope],
        next_id: Callable[[], str],
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.directory = directory
        self._envelope = envelope
        self._next_id = next_id
        self._now = now

    def message(
        self,
        who: str,
        text: str,
        *,
        team: str | None = None,
        channel: str | None = None,
        thread: str | None = None,
        mention: bool = True,
        locale: str | None = None,
        mentions: Sequence[str] = (),
    ) -> dict[str, Any]:
        """A 1:1 message, or with a team a channel post (in `thread`), @mentioning `mentions`."""
        user = self.directory.user(who)
        if isinstance(mentions, str):
            mentions = (mentions,)
        people = [self.directory.user(person) for person in mentions]
        if team is None:
            return personal_message(
                self._envelope(),
                user,
                text,
                conversation_id=personal_conversation_id(user),
                activity_id=self._next_id(),
                now=self._now(),
                locale=locale,
                mentions=people,
            )
        found = self.directory.team(team)
        if channel is None and thread and THREAD_MARK in thread:
            channel = base_id(thread)
        return channel_message(
            self._envelope(),
            user,
            text,
            team=found,
            channel=found.channel(channel),
            activity_id=self._next_id(),
            now=self._now(),
            thread=thread,
            mention=mention,
            locale=locale,
            mentions=people,
        )

    def submit(self, who: str, value: dict[str, Any], **where: Unpack[OnCard]) -> dict[str, Any]:
        """An `Action.Submit` on the card `reply_to` (or in the 1:1 chat or channel given)."""
        press = self.press(who, **where)
        return card_submit(
            self._envelope(), press, value, activity_id=self._next_id(), now=self._now()
        )

    def invoke(
        self, who: str, verb: str, data: dict[str, Any] | None = None, **where: Unpack[OnCard]
    ) -> dict[str, Any]:
        """An `Action.Execute` on the card `reply_to` (or in the 1:1 chat or channel given)."""
        press = self.press(who, **where)
        return card_execute(
            self._envelope(), press, verb, data, activity_id=event_id(), now=self._now()
        )

    def press(
        self,
        who: str,
        *,
        reply_to: Recorded | None = None,
        team: str | None = None,
        channel: str | None = None,
        locale: str | None = None,
    ) -> Press:
        """A person presses a button on the card `reply_to`, or in the 1:1 chat or channel given."""
        user = self.directory.user(who)
        return Press(
            user,
            self.place(user, reply_to, team, channel),
            reply_to.activity_id if reply_to else None,
            locale,
        )

    def install_in_team(
        self, team: str, *, channel: str | None = None, by: str | None = None
    ) -> list[dict[str, Any]]:
        """The two activities Teams sends when the bot is added to a team."""
        found = self.directory.team(team)
        installer = self.installer(found, by)
        chosen = found.channel(channel)
        env, now = self._envelope(), self._now()
        return [
            bot_added_to_team(
                env, installer, found, activity_id=event_id(), now=now, selected_channel=chosen
            ),
            team_installation(
                env,
                installer,
                found,
                action="add",
                activity_id=event_id(),
                now=now,
                selected_channel=chosen,
            ),
        ]

    def uninstall_from_team(self, team: str, *, by: str | None = None) -> dict[str, Any]:
        found = self.directory.team(team)
        return team_installation(
            self._envelope(),
            self.installer(found, by),
            found,
            action="remove",
            activity_id=event_id(),
            now=self._now(),
        )

    def install_personal(self, who: str) -> list[dict[str, Any]]:
        """The two activities Teams sends when a person adds the bot for themself."""
        user = self.directory.user(who)
        env, now, chat = self._envelope(), self._now(), personal_conversation_id(user)
        return [
            personal_installation(
                env, user, conversation_id=chat, action="add", activity_id=event_id(), now=now
            ),
            bot_added_personal(env, user, conversation_id=chat, activity_id=event_id(), now=now),
        ]

    def uninstall_personal(self, who: str) -> dict[str, Any]:
        user = self.directory.user(who)
        return personal_installation(
            self._envelope(),
            user,
            conversation_id=personal_conversation_id(user),
            action="remove",
            activity_id=event_id(),
            now=self._now(),
        )

    def member_added(self, team: str, who: str, *, by: str | None = None) -> dict[str, Any]:
        """A person on the team's roster joined it; `by` (else the team's leader) added them."""
        found = self.directory.team(team)
        member = self.directory.user(who)
        if by is None:
            # The first member is the team's leader, unless the person joined an empty team.
            others = [m for m in found.members if m != member.email]
            by = others[0] if others else member.email
        return self._roster_change(found, member, by, added=True)

    def member_removed(self, team: str, who: str, *, by: str | None = None) -> dict[str, Any]:
        """A person left the team, or `by` removed them."""
        member = self.directory.user(who)
        return self._roster_change(self.directory.team(team), member, by, added=False)

    def _roster_change(
        self, team: Team, member: User, by: str | None, *, added: bool
    ) -> dict[str, Any]:
        return team_roster_change(
            self._envelope(),
            self.directory.user(by or member.email),
            team,
            member,
            added=added,
            activity_id=event_id(),
            now=self._now(),
        )

    def place(
        self, user: User, reply_to: Recorded | None, team: str | None, channel: str | None
    ) -> Place:
        """Where a card action happens: where the card is, else the channel or 1:1 chat given."""
        if reply_to is not None:
            chat = reply_to.conversation_id
            if chat.startswith("a:"):
                return Place.personal(chat)
            found, in_channel = self.directory.channel(chat)
            # A card posted straight to a channel starts a thread rooted at the card itself.
            root = chat if THREAD_MARK in chat else reply_to.activity_id
            return Place.in_channel(found, in_channel, root)
        if team is not None:
            found = self.directory.team(team)
            return Place.in_channel(found, found.channel(channel))
        return Place.personal(personal_conversation_id(user))

    def installer(self, team: Team, by: str | None) -> User:
        """Who installs the bot in a team: `by`, else the team's first member (its leader)."""
        if by:
            return self.directory.user(by)
        if not team.members:
            raise ValueError(f"team {team.key!r} has no members to install the bot")
        return self.directory.user(team.members[0])
