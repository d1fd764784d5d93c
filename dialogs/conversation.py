"""What a flow sees of one turn: who wrote what, in which language, and what it answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.texts import text
from storage.models import Person
from storage.org import Organisation
from storage.repositories import People


@dataclass(frozen=True)
class Reply:
    text: str = ""
    card: dict[str, Any] | None = None


@dataclass(frozen=True)
class Services:
    """What flows may use beyond the turn itself."""

    org: Organisation
    people: People


@dataclass
class Turn:
    """One message from a person, and the answers a flow gives to it."""

    person: Person
    lang: str
    services: Services
    text: str = ""
    locale: str = ""
    value: dict[str, Any] | None = None
    in_channel: bool = False
    pending: dict[str, Any] | None = None
    replies: list[Reply] = field(default_factory=list)

    def t(self, key: str, **values: object) -> str:
        return text(key, self.lang, **values)

    def say(self, key: str, **values: object) -> None:
        self.replies.append(Reply(text=self.t(key, **values)))

    def show(self, card: dict[str, Any], summary: str = "") -> None:
        self.replies.append(Reply(text=summary, card=card))

    def ask(self, flow: str, **data: Any) -> None:
        """Remember that the next message from this person answers `flow`."""
        self.pending = {"flow": flow, **data}

    def finish(self) -> None:
        self.pending = None
