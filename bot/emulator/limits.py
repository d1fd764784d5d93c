"""Teams' rate limits on the connector: per bot per conversation, and per app, as 429s."""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Callable, Iterable

from bot.emulator.api import ApiError

# Teams' documented limits: per bot per conversation, and per app per tenant.
CONVERSATION_LIMITS = ((7, 1.0), (8, 2.0), (60, 30.0), (1800, 3600.0))
APP_LIMITS = ((50, 1.0),)


class RateWindow:
    """Sliding windows of request times; tells how long to wait when a limit is reached."""

    def __init__(self, limits: Iterable[tuple[int, float]]) -> None:
        self._limits = tuple(limits)
        self._longest = max(period for _, period in self._limits)
        self._hits: deque[float] = deque()

    def retry_after(self, now: float) -> float | None:
        while self._hits and self._hits[0] <= now - self._longest:
            self._hits.popleft()
        wait = 0.0
        for limit, period in self._limits:
            recent = [t for t in self._hits if t > now - period]
            if len(recent) >= limit:
                wait = max(wait, recent[-limit] + period - now)
        return wait or None

    def hit(self, now: float) -> None:
        self._hits.append(now)


class Limits:
    """The limits, applied to each connector call while `enforced`; a call over one is a 429."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.enforced = False
        self._clock = clock
        self._lock = threading.Lock()
        self._windows: dict[str, RateWindow] = {}
        self._app_window = RateWindow(APP_LIMITS)

    def check(self, conversation_id: str | None, *, write: bool) -> None:
        """Count a call, or raise a 429 with Retry-After (uncounted) if it is over a limit."""
        if not self.enforced:
            return
        now = self._clock()
        with self._lock:
            window = None
            if write and conversation_id is not None:
                window = self._windows.setdefault(conversation_id, RateWindow(CONVERSATION_LIMITS))
            waits = [w.retry_after(now) for w in (self._app_window, window) if w is not None]
            wait = max((w for w in waits if w is not None), default=None)
            if wait is not None:
                seconds = str(max(1, math.ceil(wait)))
                raise ApiError(
                    429,
                    "TooManyRequests",
                    "Too many requests; retry later",
                    {"Retry-After": seconds},
                )
            self._app_window.hit(now)
            if window is not None:
                window.hit(now)

    def clear(self) -> None:
        """Forget the calls counted so far."""
        with self._lock:
            self._windows.clear()
            self._app_window = RateWindow(APP_LIMITS)
