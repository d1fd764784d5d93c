"""Reminders fire when the bot's clock reaches them, in time order, once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from tests.conftest import Scheduler


async def test_reminders_fire_in_order_when_their_time_comes(reminders: Scheduler) -> None:
    fired: list[tuple[str, dict[str, Any]]] = []

    async def remember(job_id: str, data: dict[str, Any]) -> None:
        fired.append((job_id, data))

    reminders.on("test", remember)
    now = reminders.clock()
    reminders.schedule_reminder("late", now + timedelta(hours=2), "test", n=2)
    reminders.schedule_reminder("early", now + timedelta(hours=1), "test", n=1)
    reminders.schedule_reminder("moved", now + timedelta(minutes=1), "test", n=0)
    reminders.schedule_reminder("moved", now + timedelta(days=1), "test", n=3)

    assert await reminders.wait(minutes=30) == []
    assert await reminders.wait(hours=2) == ["early", "late"]
    assert fired == [("early", {"n": 1}), ("late", {"n": 2})]
    assert await reminders.wait(hours=1) == []
    assert reminders.job_ids() == ["moved"]
    assert await reminders.wait(days=1) == ["moved"]
    assert reminders.job_ids() == []
