"""What flows declare that is plain data: their words, help lines and Teams menu entries."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from dialogs.organisation import DEPUTY, IT_LEAD, LEADER, PROJECT_LEAD, SUPERUSER

EVERYONE: Final = "everyone"
# Who sees a section of the help, by the roles that make it useful to them.
SECTIONS: Final[tuple[tuple[str, str, frozenset[str]], ...]] = (
    (EVERYONE, "help.commands", frozenset()),
    (SUPERUSER, "help.for_superusers", frozenset({SUPERUSER, DEPUTY, PROJECT_LEAD, IT_LEAD})),
    (LEADER, "help.for_leaders", frozenset({LEADER, PROJECT_LEAD, IT_LEAD})),
    (PROJECT_LEAD, "help.for_leads", frozenset({PROJECT_LEAD, IT_LEAD})),
)
# Teams' command menus: one in the 1:1 chat, one shared by team channels and group chats.
PERSONAL: Final = "personal"
TEAM: Final = "team"


@dataclass(frozen=True)
class Phrases:
    """Whole messages that mean `intent`, as people write them; typos are allowed."""

    intent: str
    da: tuple[str, ...] = ()
    en: tuple[str, ...] = ()


@dataclass(frozen=True)
class Command:
    """Words a message starts with to mean `intent`; what follows them is its argument."""

    intent: str
    da: tuple[str, ...] = ()
    en: tuple[str, ...] = ()
    # Words so close to everyday words ("folk", "udsendt") that they must be spelt right.
    exact: tuple[str, ...] = ()
    # What the argument must be for the words to mean this: "tag" is only "take" before a number.
    argument: re.Pattern[str] | None = None


@dataclass(frozen=True)
class HelpLine:
    """One line of the help card: in which section, the command as written, what it does."""

    section: str
    command: str
    description: str

    def __post_init__(self) -> None:
        if self.section not in {section for section, _, _ in SECTIONS}:
            raise ValueError(f"help line {self.command}: unknown section {self.section!r}")


@dataclass(frozen=True)
class TeamsCommand:
    """An entry of a Teams command menu; `order` places it there, lowest first."""

    scope: str
    title: str
    description: str
    order: int

    def __post_init__(self) -> None:
        if self.scope not in (PERSONAL, TEAM):
            raise ValueError(f"Teams command {self.title}: unknown scope {self.scope!r}")
