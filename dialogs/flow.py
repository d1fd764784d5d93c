"""What a flow module declares about itself: what it understands, answers, and offers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final, TypeVar

from dialogs.conversation import Turn
from dialogs.organisation import DEPUTY, IT_LEAD, LEADER, PROJECT_LEAD, SUPERUSER

Start = Callable[[Turn], None]
# Takes an answer or a card's data; False when it was nothing the flow knows.
Answer = Callable[[Turn], bool]
_F = TypeVar("_F", bound=Callable[..., object])

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


@dataclass
class Flow:
    """A flow module's declaration; its functions join it with the decorators below."""

    name: str
    phrases: tuple[Phrases, ...] = ()
    commands: tuple[Command, ...] = ()
    help: tuple[HelpLine, ...] = ()
    teams: tuple[TeamsCommand, ...] = ()
    handlers: dict[str, Start] = field(default_factory=dict)
    continuations: dict[str, Answer] = field(default_factory=dict)
    card_actions: dict[str, Answer] = field(default_factory=dict)

    @property
    def intents(self) -> tuple[str, ...]:
        """The intents this flow's words express, each once."""
        words: tuple[Phrases | Command, ...] = (*self.phrases, *self.commands)
        return tuple(dict.fromkeys(p.intent for p in words))

    def starts(self, *intents: str) -> Callable[[_F], _F]:
        """The decorated function starts these intents, also when another flow hands over."""
        return self._register(self.handlers, intents, "intent")

    def answers(self, *flows: str) -> Callable[[_F], _F]:
        """The decorated function takes the next message after these questions were asked."""
        return self._register(self.continuations, flows, "question")

    def on_card(self, *actions: str) -> Callable[[_F], _F]:
        """The decorated function takes card buttons with these actions (or Execute verbs)."""
        return self._register(self.card_actions, actions, "card action")

    def _register(
        self, table: dict[str, Any], keys: tuple[str, ...], what: str
    ) -> Callable[[_F], _F]:
        def register(function: _F) -> _F:
            for key in keys:
                if key in table:
                    raise ValueError(f"flow {self.name}: {what} {key!r} is handled twice")
                table[key] = function
            return function

        return register
