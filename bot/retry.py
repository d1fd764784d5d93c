"""How patiently a call Teams refused is tried again: one policy, with its limits named."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

# Teams answers these when it is busy or briefly down; the message was not accepted, so a
# retry cannot deliver it twice. The SDK itself never retries them.
RETRYABLE: Final = frozenset({412, 429, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential back-off with jitter, capped, for at most `attempts` tries in all."""

    attempts: int
    max_delay: float  # seconds: the longest wait between two tries
    base_delay: float = 0.5  # seconds before the second try, doubled for each one after

    def retryable(self, status: int | None) -> bool:
        """Whether Teams' answer says the call may be tried again without doubling it."""
        return status in RETRYABLE

    def gives_up(self, attempts: int) -> bool:
        """Whether `attempts` tries are all the policy allows."""
        return attempts >= self.attempts

    def may_retry(self, status: int | None, attempts: int) -> bool:
        """After `attempts` tries, the last ending in `status` (None: not reached), try again?"""
        return (status is None or self.retryable(status)) and not self.gives_up(attempts)

    def delay(
        self, attempt: int, jitter: Callable[[], float], retry_after: float | None = None
    ) -> float:
        """Seconds before the try after `attempt`: what Teams asked for, else backed off."""
        # `jitter` (0 to 1) is asked only when backing off, so a test's sequence of it holds.
        if retry_after is not None:
            return retry_after
        return min(self.max_delay, self.base_delay * 2 ** (attempt - 1)) * (0.5 + jitter())


# A send from a turn or a reminder: it waits in line, so it gives up sooner.
SENDS: Final = RetryPolicy(attempts=5, max_delay=30.0)
# An IT notice's deliveries: the queue paces them itself and may wait longer.
NOTICES: Final = RetryPolicy(attempts=8, max_delay=60.0)
