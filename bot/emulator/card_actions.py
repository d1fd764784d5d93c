"""What Teams sends when a person presses a card's button: Action.Submit and Action.Execute."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.emulator.directory import User
from bot.emulator.inbound import Envelope, Place, base_activity


@dataclass(frozen=True)
class Press:
    """Who pressed a button, where, on which card (`reply_to_id`) and in which language."""

    user: User
    place: Place
    reply_to_id: str | None
    locale: str | None = None


def _pressed(
    env: Envelope, kind: str, press: Press, activity_id: str, now: datetime
) -> dict[str, Any]:
    """An activity marked as coming from a button on the card `reply_to_id`, as Teams does."""
    activity = base_activity(
        env,
        kind,
        press.user,
        press.place,
        activity_id=activity_id,
        now=now,
        locale=press.locale,
    )
    activity["channelData"]["source"] = {"name": "message"}
    if press.reply_to_id:
        activity["replyToId"] = press.reply_to_id
        activity["channelData"]["legacy"] = {"replyToId": press.reply_to_id}
    return activity


def card_submit(
    env: Envelope, press: Press, value: dict[str, Any], *, activity_id: str, now: datetime
) -> dict[str, Any]:
    """An Adaptive Card `Action.Submit`: a message with `value` and no text."""
    activity = _pressed(env, "message", press, activity_id, now)
    activity.update(text=None, value=value)
    return activity


def card_execute(
    env: Envelope,
    press: Press,
    verb: str,
    data: dict[str, Any] | None,
    *,
    activity_id: str,
    now: datetime,
) -> dict[str, Any]:
    """An Adaptive Card `Action.Execute`: an `adaptiveCard/action` invoke."""
    activity = _pressed(env, "invoke", press, activity_id, now)
    activity.update(
        name="adaptiveCard/action",
        value={
            "action": {"type": "Action.Execute", "verb": verb, "data": dict(data or {})},
            "trigger": "manual",
        },
    )
    return activity
