"""Reminders far ahead wait outside APScheduler until they come near, and still fire on time."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.scheduler import HORIZON
from tests.conftest import Scheduler


async def test_far_reminders_fire_cancel_and_move_like_near_ones(reminders: Scheduler) -> None:
    fired: list[str] = []

    async def remember(job_id: str, _data: dict[str, Any]) -> None:
        fired.append(job_id)

    reminders.on("test", remember)
    now = reminders.clock()
    far = now + HORIZON + timedelta(days=3)
    reminders.schedule_reminder("far", far, "test")
    reminders.schedule_reminder("gone", far, "test")
    reminders.schedule_reminder("near", now + timedelta(hours=1), "test")
    reminders.schedule_reminder("pulled-in", far, "test")
    reminders.schedule_reminder("pulled-in", now + timedelta(hours=2), "test")
    assert reminders.job_ids() == ["near", "pulled-in", "far", "gone"]
    assert reminders.due_at("far") == far
    reminders.cancel("gone")

    assert await reminders.wait(hours=3) == ["near", "pulled-in"]
    assert await reminders.wait(days=3) == []
    assert await reminders.wait(hours=HORIZON.total_seconds() / 3600) == ["far"]
    assert fired == ["near", "pulled-in", "far"]
    assert reminders.job_ids() == []
