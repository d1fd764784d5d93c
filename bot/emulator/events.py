"""The events Teams sends when the bot is installed or removed, and when a team's roster changes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.emulator.directory import Channel, Team, User
from bot.emulator.inbound import Envelope, Place, base_activity


def _conversation_update(
    env: Envelope, by: User, place: Place, *, activity_id: str, now: datetime
) -> dict[str, Any]:
    # Teams' conversationUpdate carries no client entity, and the team's name when in a team.
    return base_activity(
        env,
        "conversationUpdate",
        by,
        place,
        activity_id=activity_id,
        now=now,
        locale=None,
        with_client=False,
        full_team=place.is_channel,
    )


def _team_event(activity: dict[str, Any], by: User, event_type: str) -> dict[str, Any]:
    """The channelData of a team's conversationUpdate."""
    return {
        "team": activity["channelData"]["team"],
        "eventType": event_type,
        "tenant": {"id": by.tenant_id},
    }


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
    activity = _conversation_update(env, by, place, activity_id=activity_id, now=now)
    _in_chosen_channel(activity, team, chosen)
    activity["membersAdded"] = [{"id": env.bot_id}]
    activity["channelData"] = {
        "settings": {"selectedChannel": {"id": chosen.channel_id}},
        **_team_event(activity, by, "teamMemberAdded"),
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
    activity = base_activity(
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
    activity = base_activity(
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
    activity = _conversation_update(env, user, place, activity_id=activity_id, now=now)
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
    activity = _conversation_update(env, by, place, activity_id=activity_id, now=now)
    account = {"id": member.user_id, "aadObjectId": member.aad_object_id}
    activity["membersAdded" if added else "membersRemoved"] = [account]
    activity["channelData"] = _team_event(
        activity, by, "teamMemberAdded" if added else "teamMemberRemoved"
    )
    return activity
