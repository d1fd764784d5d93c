"""The IT lead hands work to the project lead: 'opgave til projektlederen: …, frist fredag'."""

from __future__ import annotations

import re
import secrets
from dataclasses import replace
from datetime import date, datetime, time
from typing import Any, Final
from zoneinfo import ZoneInfo

from dialogs.conversation import Services, Turn
from dialogs.dates import find_day, format_day
from dialogs.effects.events import TaskDone, TaskGiven
from dialogs.flow import Command, Flow, HelpLine, Phrases
from dialogs.language import cards
from dialogs.language.texts import text
from dialogs.organisation import IT_LEAD, PROJECT_LEAD
from dialogs.working_days import WEEKDAYS, working_day_before
from storage.models import Task

DONE: Final = "task_done"
MAX_TITLE: Final = 300
# Before the org file says when the day starts, a reminder comes at eight.
DAY_STARTS: Final = time(8, 0)
_DEADLINE: Final = re.compile(
    r"[,;.]?\s*\b(?:frist|deadline|senest|inden|due|by)\b\s*:?\s*(?:(?:på|den|on|the)\s+)?",
    re.IGNORECASE,
)

FLOW: Final = Flow(
    "delegate_task",
    phrases=(
        Phrases("my_tasks", da=("mine opgaver", "åbne opgaver"), en=("my tasks", "open tasks")),
    ),
    commands=(
        Command(
            "delegate_task",
            da=(
                "opgave til projektlederen",
                "opgave til projektleder",
                "ny opgave til projektlederen",
            ),
            en=(
                "task for the project lead",
                "task for project lead",
                "task to the project lead",
                "new task for the project lead",
            ),
        ),
    ),
    help=(
        HelpLine(PROJECT_LEAD, "command.delegate_task", "command.delegate_task.desc"),
        HelpLine(PROJECT_LEAD, "command.my_tasks", "command.my_tasks.desc"),
    ),
)


@FLOW.starts("delegate_task")
def delegate(turn: Turn) -> None:
    org = turn.services.org
    if IT_LEAD not in turn.org.roles(turn.email):
        turn.say("task.refused", it_lead=turn.services.name_of(org.it_lead))
        return
    found = list(_DEADLINE.finditer(turn.argument))
    if not found:
        turn.say("task.no_deadline")
        return
    split = found[-1]
    title = turn.argument[: split.start()].strip(" ,.:;")
    today = turn.org.today()
    day = find_day(turn.argument[split.end() :], today)
    if not title or len(title) > MAX_TITLE:
        turn.say("task.no_title")
        return
    if day is None:
        turn.say("task.no_deadline")
        return
    deadline = day[0]
    if deadline < today:
        turn.say("task.past")
        return
    task = Task(
        task_id=secrets.token_hex(6),
        title=title,
        deadline=deadline.isoformat(),
        assigned_to=org.project_lead,
        assigned_by=turn.email,
        planned_at=turn.org.now().isoformat(),
    )
    turn.services.tasks.save(task)
    lead = turn.services.name_of(org.project_lead)
    remind = reminder_at(task, turn.services)
    key = "task.sent" if remind > turn.org.now() else "task.sent_no_reminder"
    turn.say(
        key,
        name=lead,
        title=title,
        deadline=format_day(deadline, turn.lang, today),
        reminder=format_day(remind.date(), turn.lang, today),
    )
    turn.announce(TaskGiven(task.task_id))


def reminder_at(task: Task, services: Services) -> datetime:
    """The start of the working day before the deadline, in the organisation's time zone."""
    org = services.org
    day = working_day_before(date.fromisoformat(task.deadline), org.working_hours or None)
    hours = org.working_hours.get(WEEKDAYS[day.weekday()], "")
    try:
        starts = time.fromisoformat(hours.split("-")[0].strip()) if hours else DAY_STARTS
    except ValueError:
        starts = DAY_STARTS
    return datetime.combine(day, starts, tzinfo=ZoneInfo(org.timezone))


@FLOW.on_card(DONE)
def done(turn: Turn) -> bool:
    """'Udført' on the task's card: the IT lead hears of it."""
    value = turn.value or {}
    task_id = value.get("task")
    task = turn.services.tasks.get(task_id) if isinstance(task_id, str) and task_id else None
    if task is None or turn.email not in (task.assigned_to, task.assigned_by):
        turn.say("task.unknown")
        return True
    if task.done:
        turn.say("task.already_done", title=task.title)
        return True
    turn.services.tasks.save(replace(task, done=True))
    turn.say("task.marked_done", title=task.title)
    if task.assigned_by != turn.email:
        turn.notify(
            task.assigned_by,
            "task.done_notice",
            name=turn.services.name_of(turn.email),
            title=task.title,
        )
    turn.announce(TaskDone(task.task_id))
    return True


@FLOW.starts("my_tasks")
def my_tasks(turn: Turn) -> None:
    mine = [
        task
        for task in turn.services.tasks.all()
        if not task.done and turn.email in (task.assigned_to, task.assigned_by)
    ]
    if not mine:
        turn.say("task.none_open")
        return
    today = turn.org.today()
    title = turn.t("task.list_title")
    body = [cards.title(title)]
    for task in mine:
        body.append(
            cards.container(
                [
                    cards.heading(task.title),
                    cards.paragraph(_deadline_line(turn.services, task, turn.lang, today)),
                    cards.action_set([_done_button(task, turn.lang)]),
                ],
                separator=True,
            )
        )
    turn.show(cards.card(body, fallback=title))


def card(services: Services, task: Task, lang: str, today: date) -> dict[str, Any]:
    """The card the project lead gets with a new task."""
    title = text("task.card_title", lang, name=services.name_of(task.assigned_by))
    return cards.card(
        [
            cards.title(title),
            cards.paragraph(task.title),
            cards.paragraph(_deadline_line(services, task, lang, today)),
        ],
        [_done_button(task, lang)],
        fallback=title,
    )


def _deadline_line(services: Services, task: Task, lang: str, today: date) -> str:
    deadline = format_day(date.fromisoformat(task.deadline), lang, today)
    return text(
        "task.deadline_line",
        lang,
        deadline=deadline,
        by=services.name_of(task.assigned_by),
        to=services.name_of(task.assigned_to),
    )


def _done_button(task: Task, lang: str) -> dict[str, Any]:
    return cards.submit(text("task.done_button", lang), {"action": DONE, "task": task.task_id})
