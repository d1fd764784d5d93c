"""Sends each message and card button to the flow that declared it, and knows them all."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final

from dialogs.conversation import Turn
from dialogs.flow import PERSONAL, TEAM, Answer, Flow, HelpLine, Start, TeamsCommand
from dialogs.language.intents import Intent, Recognizer
from dialogs.language.texts import CATALOGUE, LANGUAGES, text
from dialogs.matchers import Matcher, Message

_LOGGER = logging.getLogger(__name__)

# Teams' limits for a bot's command menus.
MAX_TEAMS_COMMANDS: Final = 10
MAX_TITLE: Final = 32
MAX_DESCRIPTION: Final = 128


class Dispatcher:
    """The flows' declarations as tables, checked against each other once, when built."""

    def __init__(
        self,
        flows: Sequence[Flow],
        matchers: Sequence[Matcher],
        read: Callable[[Turn, Dispatcher], Message],
    ):
        """`read` makes what `matchers` look at of a message."""
        self.flows = tuple(flows)
        self.matchers = tuple(matchers)
        self._read = read
        _one_flow_each(self.flows)
        self.handlers: Mapping[str, Start] = _merged(self.flows, "handlers")
        self.continuations: Mapping[str, Answer] = _merged(self.flows, "continuations")
        self.card_actions: Mapping[str, Answer] = _merged(self.flows, "card_actions")
        unhandled = sorted(i for f in self.flows for i in f.intents if i not in self.handlers)
        if unhandled:
            raise ValueError(f"intents nobody starts: {unhandled}")
        self.recognizer = Recognizer(
            phrases=[
                (p.intent, phrase) for f in self.flows for p in f.phrases for phrase in p.da + p.en
            ],
            commands=[
                (c.intent, words, c.argument)
                for f in self.flows
                for c in f.commands
                for words in c.da + c.en
            ],
            exact=[word for f in self.flows for c in f.commands for word in c.exact],
        )
        self.help_lines: tuple[HelpLine, ...] = tuple(line for f in self.flows for line in f.help)
        missing = [
            key
            for line in self.help_lines
            for key in (line.command, line.description)
            if key not in CATALOGUE
        ]
        if missing:
            raise ValueError(f"help lines without texts: {missing}")
        self.teams_menus = _teams_menus(self.flows)

    def on_text(self, turn: Turn) -> None:
        """A typed message: the first matcher that takes it acts on it."""
        turn.flows = self
        message = self._read(turn, self)
        for matcher in self.matchers:
            if matcher(message):
                return

    def on_card(self, turn: Turn, value: Any) -> None:
        """A card button: the `action` in an Action.Submit's data, or an Action.Execute verb."""
        turn.flows = self
        action = value.get("action") if isinstance(value, dict) else None
        handler = self.card_actions.get(action) if isinstance(action, str) else None
        if handler is None:
            _LOGGER.info("card action %r belongs to no flow", action)
            turn.say("card.unknown_action")
            return
        turn.value = value
        if not handler(turn):
            turn.say("card.unknown_action")
        self.follow_up(turn)

    def follow_up(self, turn: Turn) -> None:
        """Run the flow that had to ask something first, now that it has the answer."""
        start = self.handlers.get(turn.follow_up)
        turn.follow_up = ""
        if start is not None:
            turn.argument, turn.follow_up_argument = turn.follow_up_argument, ""
            start(turn)

    def recognize(self, text: str) -> Intent | None:
        """The intent a message expresses among the flows' own, or None when none fits well."""
        return self.recognizer.recognize(text)

    def command_words(self, lang: str) -> list[str]:
        """The commands as a person writes them, for 'did you mean …?' hints."""
        return [text(line.command, lang) for line in self.help_lines]


def _one_flow_each(flows: tuple[Flow, ...]) -> None:
    """A flow name, and an intent's words, belong to one flow; two would answer by chance."""
    owner: dict[str, str] = {}
    for flow in flows:
        for key in (f"flow {flow.name}", *(f"intent {i}" for i in flow.intents)):
            if owner.setdefault(key, flow.name) != flow.name:
                raise ValueError(f"{key} is declared by both {owner[key]} and {flow.name}")


def _merged(flows: tuple[Flow, ...], table: str) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    owner: dict[str, str] = {}
    for flow in flows:
        for key, function in getattr(flow, table).items():
            if key in merged:
                raise ValueError(f"{table} {key!r}: both {owner[key]} and {flow.name}")
            merged[key], owner[key] = function, flow.name
    return merged


def _teams_menus(flows: tuple[Flow, ...]) -> dict[str, tuple[TeamsCommand, ...]]:
    """Each Teams command menu in its order, within Teams' limits in both languages."""
    menus = {}
    for scope in (PERSONAL, TEAM):
        menu = sorted(
            (c for f in flows for c in f.teams if c.scope == scope), key=lambda c: c.order
        )
        if len(menu) > MAX_TEAMS_COMMANDS:
            raise ValueError(f"the {scope} menu has {len(menu)} commands; Teams shows at most 10")
        if len({c.order for c in menu}) < len(menu):
            raise ValueError(f"two commands of the {scope} menu share a place")
        for command in menu:
            for lang in LANGUAGES:
                title, description = text(command.title, lang), text(command.description, lang)
                if len(title) > MAX_TITLE or len(description) > MAX_DESCRIPTION:
                    raise ValueError(f"{command.title} ({lang}) is too long for Teams' menu")
        menus[scope] = tuple(menu)
    return menus
