"""Token buckets that keep the notice queue's calls within Teams' rate limits."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Final

# (capacity, tokens per second). A bucket lets at most capacity + rate × period through in any
# period, so each pair stays within one of Teams' limits: 1 + 49 = 50 a second per tenant, and
# per conversation 2 + 5 = 7 a second, 2 + 3 × 2 = 8 in 2 s, 30 + 30 = 60 in 30 s and
# 900 + 900 = 1800 an hour.
TENANT_BUCKETS: Final = ((1.0, 49.0),)
CONVERSATION_BUCKETS: Final = ((2.0, 5.0), (2.0, 3.0), (30.0, 1.0), (900.0, 0.25))


@dataclass(frozen=True)
class Timing:
    """The engine's sense of time; tests give it a clock that moves only when it sleeps."""

    monotonic: Callable[[], float] = time.monotonic
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    jitter: Callable[[], float] = random.random


class TokenBucket:
    """Tokens refill at `rate` a second up to `capacity`; one is taken per request."""

    def __init__(self, capacity: float, rate: float, now: float) -> None:
        self.capacity, self.rate = capacity, rate
        self._tokens, self._at = capacity, now

    def _level(self, at: float) -> float:
        return min(self.capacity, self._tokens + (at - self._at) * self.rate)

    def ready_at(self, now: float) -> float:
        """The first moment from `now` when a token is there."""
        at = max(now, self._at)
        level = self._level(at)
        return at if level >= 1 else at + (1 - level) / self.rate

    def take(self, at: float) -> None:
        """Take a token at `at`, which must be no earlier than `ready_at` said."""
        self._tokens, self._at = self._level(at) - 1, at


class Pacer:
    """One set of buckets for the tenant and one per conversation; a request needs all."""

    def __init__(self, now: float) -> None:
        self._tenant = [TokenBucket(c, r, now) for c, r in TENANT_BUCKETS]
        self._conversations: dict[str, list[TokenBucket]] = {}

    def _buckets(self, conversation: str, now: float) -> list[TokenBucket]:
        if conversation not in self._conversations:
            self._conversations[conversation] = [
                TokenBucket(c, r, now) for c, r in CONVERSATION_BUCKETS
            ]
        return self._tenant + self._conversations[conversation]

    def ready_at(self, conversation: str, now: float) -> float:
        return max(b.ready_at(now) for b in self._buckets(conversation, now))

    def tenant_ready_at(self, now: float) -> float:
        return max(b.ready_at(now) for b in self._tenant)

    def reserve(self, conversation: str, now: float) -> float:
        """Take the next free slot for a request to `conversation`; when it may be made."""
        at = self.ready_at(conversation, now)
        for bucket in self._buckets(conversation, now):
            bucket.take(at)
        return at
