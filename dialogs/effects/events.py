"""What a flow announces to the host after its turn: typed, so the host dispatches by type."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventPlanned:
    """A course day or meeting was created: its people are invited."""

    event_id: str


@dataclass(frozen=True)
class EventMoved:
    """An event has a new time: the affected hear of it, and its reminders move."""

    event_id: str


@dataclass(frozen=True)
class EventCancelled:
    """An event was called off: the affected hear of it, and its reminders go."""

    event_id: str


@dataclass(frozen=True)
class TaskGiven:
    """The IT lead gave the project lead a task: its card goes out, its reminder is planned."""

    task_id: str


@dataclass(frozen=True)
class TaskDone:
    """A task was marked done: its reminder goes."""

    task_id: str


EventChange = EventPlanned | EventMoved | EventCancelled
TaskChange = TaskGiven | TaskDone
Announcement = EventChange | TaskChange
