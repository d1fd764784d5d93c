"""The reminders, deadlines and closings the bot schedules at start can be planned again."""

from __future__ import annotations

import logging
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.selftest.report import Report
from dialogs.event_rules import HORIZON, reminders_between
from dialogs.org_file import Organisation
from storage.db import Database
from storage.repositories import Cases, Events, Tasks

_LOGGER = logging.getLogger(__name__)


def check_reminders(report: Report, org: Organisation, db: Database, now: datetime) -> None:
    """The reminders the bot schedules at start can be rebuilt from what is stored."""
    try:
        ZoneInfo(org.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        report.fail(
            "scheduler",
            f"the time zone {org.timezone!r} is unknown, so no reminder can be scheduled",
            "set organisation.timezone to a name like Europe/Copenhagen",
        )
        return
    count = broken = 0
    for event in Events(db).all():
        try:
            count += len(reminders_between(event, now, now + HORIZON))
        except (ValueError, TypeError) as error:
            broken += 1
            report.fail(
                "scheduler",
                f"the reminders of «{event.title}» ({event.event_id}) cannot be planned: {error}",
                "move or cancel the event in chat so its dates are written again",
            )
    for task in Tasks(db).all():
        if task.done:
            continue
        try:
            date.fromisoformat(task.deadline)
        except ValueError:
            broken += 1
            report.fail(
                "scheduler",
                f"the task «{task.title}» has no readable deadline: {task.deadline!r}",
                "ask the IT lead to hand the task over again with a date",
            )
        else:
            count += 1
    count += len(Cases(db).resolved())
    if not broken:
        report.ok("scheduler", f"{count} reminder(s) and closings to schedule ({org.timezone})")
