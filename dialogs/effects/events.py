"""What a flow announces to the host after its turn: typed, so the host dispatches by type."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventChange:
    """Something happened to a course day or meeting."""

    event_id: str


@dataclass(frozen=True)
class TaskChange:
    """Something happened to a task the IT lead gave."""

    task_id: str


# The subclasses add no fields, so they need no dataclass of their own: equality, hashing and
# repr come from the base and go by the subclass.


class EventPlanned(EventChange):
    """A course day or meeting was created: its people are invited."""


class EventMoved(EventChange):
    """An event has a new time: the affected hear of it, and its reminders move."""


class EventCancelled(EventChange):
    """An event was called off: the affected hear of it, and its reminders go."""


class TaskGiven(TaskChange):
    """The IT lead gave the project lead a task: its card goes out, its reminder is planned."""


class TaskDone(TaskChange):
    """A task was marked done: its reminder goes."""


Announcement = EventChange | TaskChange
