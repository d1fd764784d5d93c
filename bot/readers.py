"""What an incoming activity says: its tenant, team, channel, reference and sender."""

from __future__ import annotations

from typing import Any

from botbuilder.core import TurnContext
from botbuilder.schema import Activity

from bot.connector import as_json
from storage.models import ConversationRef, Person


def _part(data: object, key: str) -> dict[str, Any]:
    """A nested object of Teams' channelData, or {} when it is missing or not an object."""
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, dict) else {}


def tenant_of(activity: Activity) -> str:
    """The Entra tenant, which Teams puts in channelData (conversation.tenant_id stays None)."""
    return str(_part(activity.channel_data, "tenant").get("id") or "")


def team_of(activity: Activity) -> dict[str, Any]:
    """The Teams team an activity happened in: {'id', 'name', 'aadGroupId'}, or {}."""
    return _part(activity.channel_data, "team")


def team_id_of(activity: Activity) -> str:
    """The id of the Teams team an activity happened in, or '' outside teams."""
    return str(team_of(activity).get("id") or "")


def channel_id_of(activity: Activity) -> str:
    """The id of the Teams channel an activity happened in, or '' outside channels."""
    return str(_part(activity.channel_data, "channel").get("id") or "")


def selected_channel(activity: Activity) -> str:
    """The channel the installer chose in Teams' install dialog, else the event's channel."""
    chosen = _part(_part(activity.channel_data, "settings"), "selectedChannel")
    return str(chosen.get("id") or channel_id_of(activity))


def conversation_ref_of(activity: Activity) -> ConversationRef:
    """Where to reach the activity's conversation later, as the bot keeps it."""
    reference = as_json(TurnContext.get_conversation_reference(activity))
    # The message id changes with every message; keeping it would rewrite the file each time.
    reference.pop("activityId", None)
    kind = activity.conversation.conversation_type or "personal"
    return ConversationRef(
        conversation_id=activity.conversation.id,
        conversation_type=kind,
        reference=reference,
        user_id=activity.from_property.id if kind == "personal" else "",
        team_id=team_id_of(activity),
        tenant_id=tenant_of(activity),
        service_url=activity.service_url or "",
    )


def person_from(member: Any, tenant_id: str) -> Person:
    """A Teams roster entry as a person; without an e-mail, the UPN Teams always has."""
    return Person(
        user_id=member.id,
        name=member.name or "",
        email=(member.email or member.user_principal_name or "").lower(),
        aad_object_id=member.aad_object_id or "",
        tenant_id=tenant_id,
    )
