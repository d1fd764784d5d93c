"""The tenant gate: only the Entra tenants BOT_ALLOWED_TENANTS lists may use the bot."""

from __future__ import annotations

from collections.abc import Callable

from botbuilder.core import TurnContext

from bot.pipeline.chain import Next
from bot.readers import tenant_of


class TenantRefused(PermissionError):
    """The activity comes from an Entra tenant that BOT_ALLOWED_TENANTS does not list."""


class TenantGate:
    """Stops the turn of an activity from a tenant that may not use the bot."""

    def __init__(self, allowed: Callable[[str | None], bool]):
        self._allowed = allowed

    async def __call__(self, context: TurnContext, next_step: Next) -> None:
        tenant = tenant_of(context.activity)
        if not self._allowed(tenant):
            # The messaging endpoint answers this with 403; nothing of the turn has happened.
            raise TenantRefused(tenant)
        await next_step()
