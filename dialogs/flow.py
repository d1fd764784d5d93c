"""What a flow module declares about itself: what it understands, answers, and offers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from dialogs.conversation import Turn
from dialogs.declarations import (
    EVERYONE,
    PERSONAL,
    SECTIONS,
    TEAM,
    Command,
    HelpLine,
    Phrases,
    TeamsCommand,
)

# Flow modules import their whole declaration from here.
__all__ = [
    "EVERYONE",
    "PERSONAL",
    "SECTIONS",
    "TEAM",
    "Answer",
    "Command",
    "Flow",
    "HelpLine",
    "Phrases",
    "Start",
    "TeamsCommand",
]

Start = Callable[[Turn], None]
# Takes an answer or a card's data; False when it was nothing the flow knows.
Answer = Callable[[Turn], bool]
_F = TypeVar("_F", bound=Callable[..., object])


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
