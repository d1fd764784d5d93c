"""What an event can be, and the roles it can invite, as the texts and cards name them."""

from __future__ import annotations

from typing import Final

from dialogs.organisation.roles import DEPUTY, FAGKOORDINATOR, LEADER, SUPERUSER

COURSE: Final = "course"
MEETING: Final = "meeting"
KINDS: Final = (COURSE, MEETING)
ROLES: Final = (SUPERUSER, DEPUTY, LEADER, FAGKOORDINATOR)
ROLE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    SUPERUSER: ("superbrugere", "superbrugerne", "superusers", "the superusers"),
    DEPUTY: ("stedfortrædere", "stedfortræderne", "deputies", "the deputies"),
    LEADER: ("teamledere", "teamlederne", "ledere", "team leaders", "the team leaders", "leaders"),
    FAGKOORDINATOR: (
        "fagkoordinatorer",
        "fagkoordinatorerne",
        "subject coordinators",
        "the subject coordinators",
        "coordinators",
    ),
}
# A meeting named after a role ("superbrugermøde") invites that role when nobody else is named.
ROLE_MEETINGS: Final = {
    "superbruger": SUPERUSER,
    "superuser": SUPERUSER,
    "teamleder": LEADER,
    "leder": LEADER,
    "fagkoordinator": FAGKOORDINATOR,
}


def role_meeting(title: str) -> str:
    """The role a meeting's title names ('superbrugermøde' → superusers), or ''."""
    folded = title.lower()
    return next((role for word, role in ROLE_MEETINGS.items() if folded.startswith(word)), "")
