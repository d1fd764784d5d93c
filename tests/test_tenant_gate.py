"""The tenant gate lets an allowed tenant's turn on and refuses any other before it starts."""

from __future__ import annotations

import pytest

from bot.pipeline import TenantGate, TenantRefused
from tests.turn_fakes import TENANT, context


async def test_the_tenant_gate_lets_an_allowed_tenant_through() -> None:
    seen: list[str | None] = []
    went_on: list[bool] = []

    def allowed(tenant: str | None) -> bool:
        seen.append(tenant)
        return True

    async def rest() -> None:
        went_on.append(True)

    await TenantGate(allowed)(context(), rest)
    assert seen == [TENANT]
    assert went_on == [True]


async def test_the_tenant_gate_refuses_another_tenant_before_the_turn_goes_on() -> None:
    went_on: list[bool] = []

    async def rest() -> None:
        went_on.append(True)

    with pytest.raises(TenantRefused) as refused:
        await TenantGate(lambda tenant: tenant == "another-tenant")(context(), rest)
    assert str(refused.value) == TENANT
    assert isinstance(refused.value, PermissionError)
    assert went_on == []
