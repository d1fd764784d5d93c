"""Faults injected into connector calls: an error status, or a hang that ends as a 504."""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
from dataclasses import dataclass

from bot.emulator.api import ApiError
from bot.emulator.ids import same_conversation

MAX_HOLD = 30.0


@dataclass
class Fault:
    """One injected fault: `times` calls (to `conversation_id`, else any) fail as `kind`."""

    kind: int | str
    times: int
    retry_after: float | None
    conversation_id: str | None
    hold: float


def _check_kind(kind: int | str) -> None:
    if kind != "timeout" and not (isinstance(kind, int) and 400 <= kind <= 599):
        raise ValueError(f"a fault is an HTTP error status or 'timeout', not {kind!r}")


class Faults:
    """The faults waiting for the next connector calls, and the random share of calls that fail."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._shares: list[tuple[int | str, float, float | None]] = []
        self._random = random.Random(0)
        self._release: asyncio.Event | None = None

    def inject(
        self,
        kind: int | str,
        *,
        times: int = 1,
        retry_after: float | None = None,
        conversation_id: str | None = None,
        hold: float = MAX_HOLD,
    ) -> None:
        """Make the next `times` connector requests fail with a status, or hang ("timeout")."""
        _check_kind(kind)
        with self._lock:
            if times <= 0:
                # times=0 takes back what is still pending of the same fault.
                self._faults = [
                    f
                    for f in self._faults
                    if (f.kind, f.conversation_id) != (kind, conversation_id)
                ]
                return
            self._faults.append(
                Fault(kind, times, retry_after, conversation_id, min(hold, MAX_HOLD))
            )

    def inject_share(
        self,
        kind: int | str,
        share: float,
        *,
        retry_after: float | None = None,
        seed: int = 0,
    ) -> None:
        """Make a random `share` of all later connector requests fail; share 0 stops it."""
        _check_kind(kind)
        if not 0 <= share <= 1:
            raise ValueError(f"a share is between 0 and 1, not {share!r}")
        with self._lock:
            self._shares = [s for s in self._shares if s[0] != kind]
            if share:
                self._shares.append((kind, share, retry_after))
            # A seed makes a test's faults land on the same requests on every run.
            self._random = random.Random(seed)

    def clear(self) -> None:
        """Drop pending faults and shares."""
        with self._lock:
            self._faults.clear()
            self._shares.clear()

    def open(self) -> None:
        """Get ready to hold calls; called in the server's loop as it starts."""
        self._release = asyncio.Event()

    def release(self) -> None:
        """End every held call at once; called in the server's loop as it stops."""
        if self._release is not None:
            self._release.set()

    async def apply(self, conversation_id: str | None) -> None:
        """Fail this call if a fault (or the share) says so."""
        fault = self._take(conversation_id)
        if fault is not None:
            await self._fail(fault)

    def _take(self, conversation_id: str | None) -> Fault | None:
        with self._lock:
            for kind, share, retry_after in self._shares:
                if self._random.random() < share:
                    return Fault(kind, 1, retry_after, None, 1.0)
            for fault in self._faults:
                wanted = fault.conversation_id
                if wanted is None or (
                    conversation_id is not None and same_conversation(conversation_id, wanted)
                ):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

    async def _fail(self, fault: Fault) -> None:
        if fault.kind == "timeout":
            if self._release is not None:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._release.wait(), fault.hold)
            raise ApiError(504, "GatewayTimeout", "the request timed out")
        status = int(fault.kind)
        headers = {}
        if status == 429 or fault.retry_after is not None:
            headers["Retry-After"] = (
                f"{fault.retry_after if fault.retry_after is not None else 1:g}"
            )
        raise ApiError.for_status(status, f"injected fault {status}", headers)
