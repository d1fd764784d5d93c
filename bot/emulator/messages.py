"""Messages a person writes to the bot: in their 1:1 chat, or a channel post that @mentions it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot.emulator.directory import Channel, Team, User
from bot.emulator.inbound import Envelope, Place, base_activity
from bot.emulator.mentions import mark_mentions, mention_span


def _written(activity: dict[str, Any], text: str, html: str) -> dict[str, Any]:
    """Give a message its text, and the HTML that Teams clients send along with it."""
    activity.update(
        text=text,
        textFormat="plain",
        attachments=[{"contentType": "text/html", "content": f"<p>{html}</p>"}],
    )
    return activity


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
    activity = base_activity(
        env, "message", user, place, activity_id=activity_id, now=now, locale=locale
    )
    marked = mark_mentions(text, mentions)
    activity["entities"][:0] = marked.entities
    return _written(activity, marked.text, marked.html)


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
    activity = base_activity(
        env, "message", user, place, activity_id=activity_id, now=now, locale=locale
    )
    marked = mark_mentions(text, mentions, first_item=1 if mention else 0)
    activity["entities"][:0] = marked.entities
    if not mention:
        return _written(activity, marked.text, marked.html)
    tag = f"<at>{env.bot_name}</at>"
    activity["entities"].insert(0, {"mentioned": env.bot, "text": tag, "type": "mention"})
    return _written(
        activity, f"{tag} {marked.text}", f"{mention_span(0, env.bot_name)}&nbsp;{marked.html}"
    )
