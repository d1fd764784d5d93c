"""Replies and cards as Teams activities, with the mention entities that make tags notify."""

from __future__ import annotations

from collections.abc import Iterable

from botbuilder.schema import Activity, ActivityTypes, Attachment, ChannelAccount, Mention

from dialogs.conversation import Reply
from dialogs.language import cards


def locale_of(lang: str) -> str:
    """The Teams locale an activity in `lang` carries."""
    return "en-US" if lang == "en" else "da-DK"


def to_activity(reply: Reply, lang: str) -> Activity:
    """A message with the reply's text and card, if it has them."""
    attachments = None
    if reply.card is not None:
        card = cards.attachment(reply.card)
        attachments = [Attachment(content_type=card["contentType"], content=card["content"])]
    return Activity(
        type=ActivityTypes.message,
        text=reply.text or None,
        attachments=attachments,
        locale=locale_of(lang),
    )


def with_mentions(activity: Activity, mentioned: Iterable[tuple[str, str]]) -> Activity:
    """Mention entities for each (name, Teams id) written as <at>name</at>; without an id, plain."""
    entities = []
    for name, user_id in mentioned:
        tag = f"<at>{name}</at>"
        if user_id:
            entities.append(
                Mention(mentioned=ChannelAccount(id=user_id, name=name), text=tag, type="mention")
            )
        else:
            # Teams shows an unresolved tag as raw text; a plain name reads better.
            activity.text = (activity.text or "").replace(tag, name)
    if entities:
        activity.entities = entities
    return activity
