"""What every connector call passes before it is served: an injected fault, then the rate limits."""

from __future__ import annotations

from bot.emulator.faults import Faults
from bot.emulator.limits import Limits


class Gate:
    """Fails a connector call as an injected fault says, else as Teams' rate limits would."""

    def __init__(self, faults: Faults, limits: Limits) -> None:
        self.faults = faults
        self.limits = limits

    async def __call__(self, conversation_id: str | None, *, write: bool) -> None:
        await self.faults.apply(conversation_id)
        self.limits.check(conversation_id, write=write)
