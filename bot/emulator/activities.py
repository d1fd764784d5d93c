"""Inbound activities shaped as Microsoft Teams sends them to a bot's /api/messages."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from bot.emulator.directory import Channel, Directory, Team, User, personal_conversation_id

if TYPE_CHECKING:
    from bot.emulator.server import Recorded

THREAD_MARK = ";messageid="


@dataclass(frozen=True)
class Envelope:
    """What every inbound activity shares: the channel service and the bot it is addressed to."""

    service_url: str
    bot_id: str = "28:it-hjaelp"
    bot_name: str = "IT-hjælp"
    timezone: str = "Europe/Copenhagen"

    @property
    def bot(self) -> dict[str, str]:
        return {"id": self.bot_id, "name": self.bot_name}


@dataclass(frozen=True)
class Place:
    """Where an activity happens: a 1:1 chat, or a team channel (or a thread in one)."""

    conversation_id: str
    team: Team | None = None
    channel: Channel | None = None

    @classmethod
    def personal(cls, conversation_id: str) -> Place:
        return cls(conversation_id)

    @classmethod
    def in_channel(cls, team: Team, channel: Channel, thread: str | None = None) -> Place:
        """A channel, or a thread in it named by its root message id or thread conversation id."""
        if not thread:
            return cls(channel.channel_id, team, channel)
        if THREAD_MARK in thread:
            return cls(thread, team, channel)
        return cls(f"{channel.channel_id}{THREAD_MARK}{thread}", team, channel)

    @property
    def is_channel(self) -> bool:
        return self.team is not None

    def conversation(self, tenant_id: str) -> dict[str, Any]:
        if self.is_channel:
            return {
                "isGroup": True,
                "conversationType": "channel",
                "tenantId": tenant_id,
                "id": self.conversation_id,
            }
        return {"conversationType": "personal", "tenantId": tenant_id, "id": self.conversation_id}

    def channel_data(self, tenant_id: str, *, full_team: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.team is not None and self.channel is not None:
            team: dict[str, Any] = {"id": self.team.team_id}
            if full_team:
                team = {"aadGroupId": self.team.aad_group_id, "name": self.team.name, **team}
            data = {
                "teamsChannelId": self.channel.channel_id,
                "teamsTeamId": self.team.team_id,
                "channel": {"id": self.channel.channel_id},
                "team": team,
            }
        data["tenant"] = {"id": tenant_id}
        return data


def timestamps(now: datetime, timezone: str) -> dict[str, str]:
    """`timestamp` (UTC) and `localTimestamp`, with the 7 fractional digits Teams uses."""
    utc = now.astimezone(UTC)
    local = now.astimezone(ZoneInfo(timezone))
    offset = local.strftime("%z")
    return {
        "timestamp": utc.strftime("%Y-%m-%dT%H:%M:%S.%f") + "0Z",
        "localTimestamp": local.strftime("%Y-%m-%dT%H:%M:%S.%f") + f"0{offset[:3]}:{offset[3:]}",
    }


def client_info(locale: str, timezone: str) -> dict[str, str]:
    """The `clientInfo` entity that Teams clients attach to what a person does."""
    country = locale.split("-", 1)[1] if "-" in locale else ""
    return {
        "locale": locale,
        "country": country,
        "platform": "Web",
        "timezone": timezone,
        "type": "clientInfo",
    }


def _from(user: User, *, with_name: bool = True) -> dict[str, str]:
    account = {"id": user.user_id, "name": user.name, "aadObjectId": user.aad_object_id}
    if not with_name:
        del account["name"]
    return account


def _base(
    env: Envelope,
    kind: str,
    user: User,
    place: Place,
    *,
    activity_id: str,
    now: datetime,
    locale: str | None,
    with_client: bool = True,
    full_team: bool = False,
) -> dict[str, Any]:
    activity: dict[str, Any] = {
        "type": kind,
        "id": activity_id,
        **timestamps(now, env.timezone),
        "serviceUrl": env.service_url,
        "channelId": "msteams",
        "from": _from(user, with_name=kind in ("message", "invoke")),
        "conversation": place.conversation(user.tenant_id),
        "recipient": env.bot,
        "entities": [],
        "channelData": place.channel_data(user.tenant_id, full_team=full_team),
    }
    if with_client:
        locale = locale or user.locale
        activity["entities"].append(client_info(locale, env.timezone))
        activity["locale"] = locale
        activity["localTimezone"] = env.timezone
    else:
        del activity["entities"]
    return activity


@dataclass(frozen=True)
class Marked:
    """A message's text with people @mentioned: plain text, its HTML and the mention entities."""

    text: str
    html: str
    entities: list[dict[str, Any]]


def _mention_span(item: int, name: str) -> str:
    return (
        f'<span itemscope="" itemtype="http://schema.skype.com/Mention" itemid="{item}">'
        f"{html.escape(name)}</span>"
    )


def mark_mentions(text: str, people: Sequence[User], *, first_item: int = 0) -> Marked:
    """Make each person's `@Name` in the text a mention, or add one at the end, as Teams does."""
    # Teams numbers mentions (entities and HTML item ids) in the order they appear in the text.
    pieces: list[str | User] = [text]
    for person in people:
        needle = f"@{person.name}"
        for index, piece in enumerate(pieces):
            if isinstance(piece, str) and needle in piece:
                before, after = piece.split(needle, 1)
                pieces[index : index + 1] = [before, person, after]
                break
        else:
            if any(pieces):
                pieces.append(" ")
            pieces.append(person)
    plain: list[str] = []
    rendered: list[str] = []
    entities: list[dict[str, Any]] = []
    for piece in pieces:
        if isinstance(piece, str):
            plain.append(piece)
            rendered.append(html.escape(piece))
            continue
        tag = f"<at>{piece.name}</at>"
        plain.append(tag)
        rendered.append(_mention_span(first_item + len(entities), piece.name))
        entities.append(
            {"type": "mention", "text": tag, "mentioned": {"id": piece.user_id, "name": piece.name}}
        )
    return Marked("".join(plain), "".join(rendered), entities)


def personal_message(
    env: Envelope,
    user: User,
    text: str,
    *,
    conversation_id: str,
    activity_id: str,
    now: datetime,
    locale: str | None = None,
    mentions: Sequence[User] = (),
) -> dict[str, Any]:
    """A message a person writes to the bot in their 1:1 chat, @mentioning `mentions`."""
    place = Place.personal(conversation_id)
    activity = _base(env, "message", user, place, activity_id=activity_id, now=now, locale=locale)
    marked = mark_mentions(text, mentions)
    activity["entities"][:0] = marked.entities
    activity.update(
        text=marked.text,
        textFormat="plain",
        attachments=[{"contentType": "text/html", "content": f"<p>{marked.html}</p>"}],
    )
    return activity


def channel_message(
    env: Envelope,
    user: User,
    text: str,
    *,
    team: Team,
    channel: Channel,
    activity_id: str,
    now: datetime,
    thread: str | None = None,
    mention: bool = True,
    locale: str | None = None,
    mentions: Sequence[User] = (),
) -> dict[str, Any]:
    """A channel post (a new thread, or a reply in `thread`) that @mentions the bot by default."""
    # A new post's thread is rooted at the post itself, so Teams names the thread after its id.
    place = Place.in_channel(team, channel, thread or activity_id)
    activity = _base(env, "message", user, place, activity_id=activity_id, now=now, locale=locale)
    marked = mark_mentions(text, mentions, first_item=1 if mention else 0)
    activity["entities"][:0] = marked.entities
    text, body = marked.text, marked.html
    if mention:
        tag = f"<at>{env.bot_name}</at>"
        text = f"{tag} {text}"
        body = f"{_mention_span(0, env.bot_name)}&nbsp;{body}"
        activity["entities"].insert(0, {"mentioned": env.bot, "text": tag, "type": "mention"})
    activity.update(
        text=text,
        textFormat="plain",
        attachments=[{"contentType": "text/html", "content": f"<p>{body}</p>"}],
    )
    return activity


def _from_card(activity: dict[str, Any], reply_to_id: str | None) -> None:
    """Mark an activity as coming from a button on the card `reply_to_id`, as Teams does."""
    activity["channelData"]["source"] = {"name": "message"}
    if reply_to_id:
        activity["replyToId"] = reply_to_id
        activity["channelData"]["legacy"] = {"replyToId": reply_to_id}


def card_submit(
    env: Envelope,
    user: User,
    value: dict[str, Any],
    *,
    place: Place,
    reply_to_id: str | None,
    activity_id: str,
    now: datetime,
    locale: str | None = None,
) -> dict[str, Any]:
    """An Adaptive Card `Action.Submit`: a message with `value` and no text."""
    activity = _base(env, "message", user, place, activity_id=activity_id, now=now, locale=locale)
    _from_card(activity, reply_to_id)
    activity.update(text=None, value=value)
    return activity


def card_execute(
    env: Envelope,
    user: User,
    verb: str,
    data: dict[str, Any] | None,
    *,
    place: Place,
    reply_to_id: str | None,
    activity_id: str,
    now: datetime,
    locale: str | None = None,
) -> dict[str, Any]:
    """An Adaptive Card `Action.Execute`: an `adaptiveCard/action` invoke."""
    activity = _base(env, "invoke", user, place, activity_id=activity_id, now=now, locale=locale)
    _from_card(activity, reply_to_id)
    activity.update(
        name="adaptiveCard/action",
        value={
            "action": {"type": "Action.Execute", "verb": verb, "data": dict(data or {})},
            "trigger": "manual",
        },
    )
    return activity


def _in_chosen_channel(activity: dict[str, Any], team: Team, chosen: Channel) -> None:
    # On install, Teams addresses the event to the channel the installer chose, by name.
    if chosen.channel_id != team.team_id:
        activity["conversation"]["name"] = chosen.name


def bot_added_to_team(
    env: Envelope,
    by: User,
    team: Team,
    *,
    activity_id: str,
    now: datetime,
    selected_channel: Channel | None = None,
) -> dict[str, Any]:
    """The `conversationUpdate` Teams sends when the bot is added to a team."""
    chosen = selected_channel or team.general
    place = Place.in_channel(team, chosen)
    activity = _base(
        env,
        "conversationUpdate",
        by,
        place,
        activity_id=activity_id,
        now=now,
        locale=None,
        with_client=False,
        full_team=True,
    )
    _in_chosen_channel(activity, team, chosen)
    activity["membersAdded"] = [{"id": env.bot_id}]
    activity["channelData"] = {
        "settings": {"selectedChannel": {"id": chosen.channel_id}},
        "team": activity["channelData"]["team"],
        "eventType": "teamMemberAdded",
        "tenant": {"id": by.tenant_id},
    }
    return activity


def team_installation(
    env: Envelope,
    by: User,
    team: Team,
    *,
    action: str,
    activity_id: str,
    now: datetime,
    selected_channel: Channel | None = None,
    locale: str | None = None,
) -> dict[str, Any]:
    """The `installationUpdate` for a team; on "add" it names the channel the installer chose."""
    chosen = (selected_channel or team.general) if action == "add" else team.general
    place = Place.in_channel(team, chosen)
    activity = _base(
        env,
        "installationUpdate",
        by,
        place,
        activity_id=activity_id,
        now=now,
        locale=locale,
        full_team=True,
    )
    data: dict[str, Any] = {}
    if action == "add":
        _in_chosen_channel(activity, team, chosen)
        data["settings"] = {"selectedChannel": {"id": chosen.channel_id}}
        data["channel"] = {"id": chosen.channel_id}
    data.update(
        team=activity["channelData"]["team"],
        tenant={"id": by.tenant_id},
        source={"name": "message"},
    )
    activity["channelData"] = data
    activity["action"] = action
    return activity


def personal_installation(
    env: Envelope,
    user: User,
    *,
    conversation_id: str,
    action: str,
    activity_id: str,
    now: datetime,
    locale: str | None = None,
) -> dict[str, Any]:
    """The `installationUpdate` for the bot's personal scope (a person's 1:1 chat)."""
    place = Place.personal(conversation_id)
    activity = _base(
        env, "installationUpdate", user, place, activity_id=activity_id, now=now, locale=locale
    )
    activity["channelData"]["source"] = {"name": "message"}
    activity["action"] = action
    return activity


def bot_added_personal(
    env: Envelope, user: User, *, conversation_id: str, activity_id: str, now: datetime
) -> dict[str, Any]:
    """The `conversationUpdate` that opens the 1:1 chat after a personal install."""
    place = Place.personal(conversation_id)
    activity = _base(
        env,
        "conversationUpdate",
        user,
        place,
        activity_id=activity_id,
        now=now,
        locale=None,
        with_client=False,
    )
    # Teams lists the person too, as the chat's other member.
    activity["membersAdded"] = [
        {"id": env.bot_id},
        {"id": user.user_id, "aadObjectId": user.aad_object_id},
    ]
    return activity


def team_roster_change(
    env: Envelope,
    by: User,
    team: Team,
    member: User,
    *,
    added: bool,
    activity_id: str,
    now: datetime,
) -> dict[str, Any]:
    """The `conversationUpdate` Teams sends to a team's bot when a person joins or leaves it."""
    place = Place.in_channel(team, team.general)
    activity = _base(
        env,
        "conversationUpdate",
        by,
        place,
        activity_id=activity_id,
        now=now,
        locale=None,
        with_client=False,
        full_team=True,
    )
    account = {"id": member.user_id, "aadObjectId": member.aad_object_id}
    activity["membersAdded" if added else "membersRemoved"] = [account]
    activity["channelData"] = {
        "team": activity["channelData"]["team"],
        "eventType": "teamMemberAdded" if added else "teamMemberRemoved",
        "tenant": {"id": by.tenant_id},
    }
    return activity


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
            channel = thread.split(";", 1)[0]
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

    def submit(
        self,
        who: str,
        value: dict[str, Any],
        *,
        reply_to: Recorded | None = None,
        team: str | None = None,
        channel: str | None = None,
        locale: str | None = None,
    ) -> dict[str, Any]:
        """An `Action.Submit` on the card `reply_to` (or in the 1:1 chat or channel given)."""
        user = self.directory.user(who)
        return card_submit(
            self._envelope(),
            user,
            value,
            place=self.place(user, reply_to, team, channel),
            reply_to_id=reply_to.activity_id if reply_to else None,
            activity_id=self._next_id(),
            now=self._now(),
            locale=locale,
        )

    def invoke(
        self,
        who: str,
        verb: str,
        data: dict[str, Any] | None = None,
        *,
        reply_to: Recorded | None = None,
        team: str | None = None,
        channel: str | None = None,
        locale: str | None = None,
    ) -> dict[str, Any]:
        """An `Action.Execute` on the card `reply_to` (or in the 1:1 chat or channel given)."""
        user = self.directory.user(who)
        return card_execute(
            self._envelope(),
            user,
            verb,
            data,
            place=self.place(user, reply_to, team, channel),
            reply_to_id=reply_to.activity_id if reply_to else None,
            activity_id=event_id(),
            now=self._now(),
            locale=locale,
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
        return team_roster_change(
            self._envelope(),
            self.directory.user(by),
            found,
            member,
            added=True,
            activity_id=event_id(),
            now=self._now(),
        )

    def member_removed(self, team: str, who: str, *, by: str | None = None) -> dict[str, Any]:
        """A person left the team, or `by` removed them."""
        member = self.directory.user(who)
        return team_roster_change(
            self._envelope(),
            self.directory.user(by or member.email),
            self.directory.team(team),
            member,
            added=False,
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


def event_id() -> str:
    """An id like those Teams gives conversation and installation events and invokes."""
    return f"f:{uuid.uuid4()}"
