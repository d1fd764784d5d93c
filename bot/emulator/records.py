"""What the bot did to a conversation, and what it did while answering one posted activity."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.emulator.ids import base_id

ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive"
REPLY_OPS = ("send", "reply", "create")


@dataclass(frozen=True)
class Recorded:
    """One thing the bot did to a conversation: created, sent, replied, updated or deleted."""

    op: str
    conversation_id: str
    activity_id: str | None
    activity: dict[str, Any] | None
    reply_to_id: str | None
    at: float

    @property
    def type(self) -> str:
        return (self.activity or {}).get("type") or ""

    @property
    def text(self) -> str:
        return (self.activity or {}).get("text") or ""

    @property
    def attachments(self) -> list[dict[str, Any]]:
        return list((self.activity or {}).get("attachments") or [])

    @property
    def cards(self) -> list[dict[str, Any]]:
        """The Adaptive Cards' contents."""
        return [
            a.get("content") or {}
            for a in self.attachments
            if a.get("contentType") == ADAPTIVE_CARD
        ]

    @property
    def mentions(self) -> list[dict[str, Any]]:
        """Who the activity @mentions, as `{id, name}`."""
        found = []
        for entity in (self.activity or {}).get("entities") or []:
            if str(entity.get("type", "")).lower() == "mention":
                mentioned = entity.get("mentioned") or {}
                found.append({"id": mentioned.get("id"), "name": mentioned.get("name")})
        return found

    @property
    def locale(self) -> str | None:
        return (self.activity or {}).get("locale")

    @property
    def is_reply(self) -> bool:
        """A message the bot posted (not a typing indicator, an update or a delete)."""
        return self.op in REPLY_OPS and self.type in ("message", "")

    def __hash__(self) -> int:
        # The activity is a dict; what the bot did, where and when identifies a record.
        return hash((self.op, self.conversation_id, self.activity_id, self.at))

    def as_json(self) -> dict[str, Any]:
        return {
            "op": self.op,
            "conversationId": self.conversation_id,
            "activityId": self.activity_id,
            "replyToId": self.reply_to_id,
            "at": self.at,
            "activity": self.activity,
        }


@dataclass
class Turn:
    """The bot's answer to what the emulator posted, and what it sent while answering."""

    status: int
    body: Any
    sent: list[Recorded] = field(default_factory=list)
    activity: dict[str, Any] | None = None

    @property
    def replies(self) -> list[Recorded]:
        """Messages the bot posted where the activity was written (its channel, or the 1:1)."""
        here = base_id(self.conversation_id or "")
        return [
            r for r in self.sent if r.is_reply and (not here or base_id(r.conversation_id) == here)
        ]

    @property
    def elsewhere(self) -> list[Recorded]:
        """Messages the bot posted in other conversations while answering: 1:1 pings, posts."""
        mine = set(map(id, self.replies))
        return [r for r in self.sent if r.is_reply and id(r) not in mine]

    @property
    def text(self) -> str:
        replies = self.replies
        return replies[0].text if replies else ""

    @property
    def texts(self) -> list[str]:
        return [r.text for r in self.replies]

    @property
    def cards(self) -> list[dict[str, Any]]:
        return [card for r in self.replies for card in r.cards]

    @property
    def conversation_id(self) -> str | None:
        """The conversation of the posted activity (a new channel post's thread id, for one)."""
        return ((self.activity or {}).get("conversation") or {}).get("id")
