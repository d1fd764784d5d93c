"""The record of what the bot sent, updated and deleted: queryable per conversation, awaitable."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from bot.emulator.ids import base_id, same_conversation
from bot.emulator.records import REPLY_OPS, Recorded

_LOGGER = logging.getLogger(__name__)


class Recording:
    """Everything the bot did to conversations, in order, from any thread."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._cond = threading.Condition(threading.RLock())
        self._log: list[Recorded] = []
        self._visible_from = 0
        # Each message the bot posted and has not deleted, by id: the channel or chat it is in.
        self._posted: dict[str, str] = {}
        self._listeners: list[Callable[[Recorded], None]] = []
        # The client end (host, port) of each TCP connection the bot called the connector on.
        self._connections: set[tuple[str, int]] = set()

    def record(
        self,
        op: str,
        conversation_id: str,
        activity_id: str | None,
        activity: dict[str, Any] | None,
        reply_to_id: str | None = None,
    ) -> Recorded:
        """Note one thing the bot did, wake those waiting and tell the listeners."""
        item = Recorded(op, conversation_id, activity_id, activity, reply_to_id, self._clock())
        with self._cond:
            if op in REPLY_OPS and activity_id is not None:
                self._posted[activity_id] = base_id(conversation_id)
            elif op == "delete" and activity_id is not None:
                self._posted.pop(activity_id, None)
            self._log.append(item)
            self._cond.notify_all()
            listeners = list(self._listeners)
        _LOGGER.debug("bot %s in %s: activity %s", op, conversation_id, activity_id)
        for listener in listeners:
            listener(item)
        return item

    def posted(self, conversation_id: str, activity_id: str) -> bool:
        """Whether the bot posted the message `activity_id` in this conversation and kept it."""
        with self._cond:
            where = self._posted.get(activity_id)
        return where is not None and where == base_id(conversation_id)

    def mark(self) -> int:
        """A place in the record, for since()."""
        with self._cond:
            return len(self._log)

    def since(self, mark: int) -> list[Recorded]:
        """What was recorded after mark(), clear() or not."""
        with self._cond:
            return self._log[mark:]

    def note_connection(self, peer: tuple[str, int]) -> None:
        with self._cond:
            self._connections.add(peer)

    def connections_used(self) -> int:
        """How many TCP connections the bot opened to call the connector since the last clear()."""
        with self._cond:
            return len(self._connections)

    def recorded(self, conversation_id: str | None = None) -> list[Recorded]:
        """What the bot sent since the last clear(); a channel id also matches its threads."""
        with self._cond:
            items = self._log[self._visible_from :]
        if conversation_id is None:
            return items
        return [r for r in items if same_conversation(r.conversation_id, conversation_id)]

    def wait_for(self, predicate: Callable[[Recorded], bool], timeout: float = 5.0) -> Recorded:
        """Block until something the bot sent (or already sent) matches; from any thread."""
        deadline = time.monotonic() + timeout
        with self._cond:
            checked = self._visible_from
            while True:
                for item in self._log[checked:]:
                    if predicate(item):
                        return item
                checked = len(self._log)
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._cond.wait(remaining)
            seen = self._log[self._visible_from :]
        raise TimeoutError(_timeout_message(timeout, seen))

    async def wait_for_async(
        self,
        predicate: Callable[[Recorded], bool],
        timeout: float = 5.0,  # noqa: ASYNC109 - it bounds the wait in the worker thread
    ) -> Recorded:
        """wait_for() without blocking the caller's event loop (where the bot may be running)."""
        return await asyncio.to_thread(self.wait_for, predicate, timeout)

    def subscribe(self, listener: Callable[[Recorded], None]) -> Callable[[], None]:
        """Call `listener` with everything recorded from now on; returns what unsubscribes it."""
        # The listener runs in the emulator's thread, so it must only hand the record on.
        with self._cond:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._cond:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def clear(self) -> None:
        """Hide what was recorded so far from recorded() and wait_for(), and forget connections."""
        with self._cond:
            self._visible_from = len(self._log)
            self._connections.clear()


def _timeout_message(timeout: float, seen: list[Recorded]) -> str:
    lines = [f"nothing the bot sent matched within {timeout:g} s; it sent {len(seen)}:"]
    for item in seen:
        summary = item.text.replace("\n", " ")[:80]
        if item.cards:
            summary += f" [{len(item.cards)} card(s)]"
        lines.append(f"  {item.op:6} {item.conversation_id} #{item.activity_id}: {summary}")
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:
        lines.append("  (wait_for blocked a running event loop; use await wait_for_async())")
    return "\n".join(lines)
