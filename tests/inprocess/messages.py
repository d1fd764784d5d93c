"""Messages as people see them in the in-memory Teams, and what the bot said in one turn."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from typing import Any

from dialogs.conversation import Turn
from dialogs.language.texts import CATALOGUE
from tests.chat import card_texts


@dataclass
class Message:
    """One message as people see it in Teams; a case card's message changes when it is updated."""

    message_id: str
    conversation: str  # "a:<e-mail>" for a 1:1 chat, else a channel or a thread in it
    text: str = ""
    card: dict[str, Any] | None = None
    # E-mails whose <at>Name</at> tag notifies them: the bot knew their Teams id.
    mentions: tuple[str, ...] = ()
    key: str = ""  # the text's key, for notices and thread posts, whose values are known
    case: int = 0  # the case whose card this is
    to: str = ""  # the recipient of a 1:1 message

    @property
    def seen(self) -> str:
        """Everything a person reads in the message: its text and its card's text."""
        parts = [self.text] if self.text else []
        if self.card is not None:
            parts.extend(card_texts(self.card))
        return "\n".join(parts)

    @property
    def buttons(self) -> dict[str, dict[str, Any]]:
        """The card's buttons by their title."""
        if self.card is None:
            return {}
        return {a["title"]: a for a in self.card.get("actions", []) if "title" in a}

    @property
    def inputs(self) -> dict[str, str]:
        """The card's inputs, with the values they show before anyone changes them."""
        found: dict[str, str] = {}

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                if str(node.get("type", "")).startswith("Input.") and "id" in node:
                    found[node["id"]] = str(node.get("value", ""))
                for value in node.values():
                    walk(value)
            elif isinstance(node, list):
                for item in node:
                    walk(item)

        walk(self.card)
        return found

    @property
    def in_channel(self) -> bool:
        return not self.conversation.startswith("a:")


@dataclass
class Said:
    """What the bot did with one message or button press: the turn and what people got."""

    turn: Turn
    replies: list[Message]
    elsewhere: list[Message]  # notices, case cards and thread posts, for anyone

    @property
    def texts(self) -> list[str]:
        return [r.text for r in self.replies]

    @property
    def cards(self) -> list[dict[str, Any]]:
        return [r.card for r in self.replies if r.card is not None]


def told(messages: list[Message], key: str, lang: str, **values: Any) -> bool:
    """Whether a paragraph of the messages is the text `key`, with the given values filled in."""
    pattern = _pattern(CATALOGUE[key][1 if lang == "en" else 0], values)
    return any(re.search(pattern, m.seen) for m in messages)


def _pattern(template: str, values: dict[str, Any]) -> str:
    """A template as a regular expression: known values literal, others any text, whole lines."""
    parts = []
    for literal, name, spec, _conversion in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name is None:
            continue
        if name in values:
            parts.append(re.escape(format(values[name], spec or "")))
        else:
            parts.append(".+?")
    return r"(?:^|\n)" + "".join(parts) + r"(?:$|\n)"
