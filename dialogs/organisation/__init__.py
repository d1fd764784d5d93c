"""The organisation as the bot sees it: the org file, with the changes people made in chat."""

from __future__ import annotations

from dialogs.organisation.overlay import effective_org
from dialogs.organisation.roles import (
    DEPUTY,
    FAGKOORDINATOR,
    IT_LEAD,
    LEADER,
    PROJECT_LEAD,
    SUPERUSER,
    roles_of,
)
from dialogs.organisation.service import Clock, OrgService, system_clock

__all__ = [
    "DEPUTY",
    "FAGKOORDINATOR",
    "IT_LEAD",
    "LEADER",
    "PROJECT_LEAD",
    "SUPERUSER",
    "Clock",
    "OrgService",
    "effective_org",
    "roles_of",
    "system_clock",
]
