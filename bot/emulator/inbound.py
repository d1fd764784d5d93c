"""What every inbound activity shares: the bot it is for, where it happens, who and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.emulator.directory import Channel, Team, User
from bot.emulator.ids import THREAD_MARK, thread_id


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
        return cls(thread_id(channel.channel_id, thread), team, channel)

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


def base_activity(
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
    """An activity of `kind` from `user` in `place`, with what Teams puts on every one."""
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
