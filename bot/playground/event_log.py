"""What happened in the emulator, as a numbered list of events the page replays and follows."""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any

from bot.emulator import Recorded
from bot.emulator.records import REPLY_OPS

_LOGGER = logging.getLogger(__name__)


class EventLog:
    """The events so far, numbered from 1, and a wait for the next one."""

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []
        # Event ids carry this, so a page that reconnects to a restarted bot knows to start over.
        self.run = uuid.uuid4().hex[:12]
        self._changed = asyncio.Event()
        self._closing = False

    def add_bot_record(self, record: Recorded) -> None:
        """Keep what the bot sent, updated or deleted; typing indicators are not worth showing."""
        if record.op in REPLY_OPS and record.type not in ("message", ""):
            return
        self._add({"kind": "bot", **record.as_json()})

    def add_person_message(self, activity: dict[str, Any]) -> None:
        """Keep what a person wrote, so every view of that conversation shows it."""
        self._add(
            {
                "kind": "person",
                "op": "send",
                "conversationId": activity["conversation"]["id"],
                "activityId": activity["id"],
                "replyToId": None,
                "activity": {
                    "type": "message",
                    "text": activity.get("text") or "",
                    "from": activity["from"],
                    "entities": activity.get("entities") or [],
                },
            }
        )

    def _add(self, event: dict[str, Any]) -> None:
        event["seq"] = len(self.events) + 1
        self.events.append(event)
        self._changed.set()
        self._changed = asyncio.Event()

    async def after(self, seq: int, timeout: float) -> list[dict[str, Any]]:  # noqa: ASYNC109
        """The events after `seq`, waiting up to `timeout` seconds for one when there are none."""
        if seq >= len(self.events) and not self._closing:
            changed = self._changed
            try:
                await asyncio.wait_for(changed.wait(), timeout)
            except TimeoutError:
                return []
        return self.events[seq:]

    def close(self) -> None:
        """End every open event stream, so the server can stop at once."""
        self._closing = True
        self._changed.set()

    @property
    def closing(self) -> bool:
        return self._closing
