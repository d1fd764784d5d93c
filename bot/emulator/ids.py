"""Teams' ids for conversations and activities: channel threads, message ids and event ids."""

from __future__ import annotations

import threading
import time
import uuid

THREAD_MARK = ";messageid="


def base_id(conversation_id: str) -> str:
    """The channel or chat of a conversation id, without a thread's `;messageid=`."""
    return conversation_id.split(";", 1)[0]


def thread_id(channel_id: str, root_id: str) -> str:
    """The conversation id of the thread in a channel rooted at the message `root_id`."""
    return f"{channel_id}{THREAD_MARK}{root_id}"


def same_conversation(actual: str, wanted: str) -> bool:
    """Whether the conversation `actual` is in `wanted`."""
    # A channel id names every thread in that channel; a thread id names only that thread.
    return actual == wanted or (THREAD_MARK not in wanted and base_id(actual) == wanted)


def event_id() -> str:
    """An id like those Teams gives conversation and installation events and invokes."""
    return f"f:{uuid.uuid4()}"


class MessageIds:
    """Message ids as Teams gives them: epoch milliseconds, kept unique and increasing."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last = 0

    def __call__(self) -> str:
        with self._lock:
            self._last = max(self._last + 1, int(time.time() * 1000))
            return str(self._last)
