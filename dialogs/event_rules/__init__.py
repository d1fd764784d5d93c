"""Course days and meetings as rules: what a planning message says, when an event happens,
when its reminders are due, who is invited, and its calendar file."""

from __future__ import annotations

from dialogs.event_rules.calendar_file import to_ics
from dialogs.event_rules.invitations import free_places, invitees, reminded
from dialogs.event_rules.kinds_and_roles import (
    COURSE,
    KINDS,
    MEETING,
    ROLE_MEETINGS,
    ROLE_WORDS,
    ROLES,
    role_meeting,
)
from dialogs.event_rules.reading_plans import DEFAULT_LENGTH, Plan, parse_plan
from dialogs.event_rules.recurrence import valid_rule
from dialogs.event_rules.reminders import (
    DEFAULT_REMINDERS,
    HORIZON,
    MAX_REMINDER,
    REMINDER_CHOICES,
    Due,
    reminders_between,
)
from dialogs.event_rules.schedule import length_of, next_start, occurrences, start_of

__all__ = [
    "COURSE",
    "DEFAULT_LENGTH",
    "DEFAULT_REMINDERS",
    "HORIZON",
    "KINDS",
    "MAX_REMINDER",
    "MEETING",
    "REMINDER_CHOICES",
    "ROLES",
    "ROLE_MEETINGS",
    "ROLE_WORDS",
    "Due",
    "Plan",
    "free_places",
    "invitees",
    "length_of",
    "next_start",
    "occurrences",
    "parse_plan",
    "reminded",
    "reminders_between",
    "role_meeting",
    "start_of",
    "to_ics",
    "valid_rule",
]
