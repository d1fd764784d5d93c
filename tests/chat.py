"""Helpers that make an end-to-end test read like a chat: `await anne.says("hjælp")`."""

from __future__ import annotations

from typing import Any

from bot.emulator import Recorded, TeamsEmulator, Turn


def card_texts(card: dict[str, Any]) -> list[str]:
    """Every piece of text a person sees on a card, in order."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key in ("text", "title", "value", "fallbackText"):
                if isinstance(node.get(key), str) and key != "fallbackText":
                    found.append(node[key])
            for key, value in node.items():
                if key not in ("data", "fallbackText"):
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(card)
    return found


def seen(record: Recorded) -> str:
    """Everything a person reads in one message: its text and the text of its cards."""
    parts = [record.text] if record.text else []
    for card in record.cards:
        parts.extend(card_texts(card))
    return "\n".join(parts)


def buttons(record: Recorded) -> dict[str, dict[str, Any]]:
    """The card buttons of a message, by their title."""
    return {
        action["title"]: action
        for card in record.cards
        for action in card.get("actions", [])
        if isinstance(action, dict) and "title" in action
    }


def inputs(record: Recorded) -> list[dict[str, Any]]:
    """Every input element (Input.Text, Input.Toggle, Input.ChoiceSet, …) on a message's cards."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if str(node.get("type", "")).startswith("Input.") and "id" in node:
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for card in record.cards:
        walk(card)
    return found


def input_ids(record: Recorded) -> dict[str, str]:
    """The inputs on a message's cards, with the values they show before anyone changes them."""
    return {node["id"]: str(node.get("value", "")) for node in inputs(record)}


def choice_set(record: Recorded) -> list[tuple[str, str]]:
    """The (title, value) options of the one drop-down on a message's card."""
    [choices] = [node for node in inputs(record) if node["type"] == "Input.ChoiceSet"]
    return [(c["title"], c["value"]) for c in choices["choices"]]


class Someone:
    """A person at the job centre, talking to the bot through the emulator."""

    def __init__(self, emulator: TeamsEmulator, email: str):
        self.emulator = emulator
        self.email = email
        self.turns: list[Turn] = []

    async def says(self, text: str, **where: Any) -> Turn:
        turn = await self.emulator.say(self.email, text, **where)
        assert turn.status < 300, f"{self.email} said {text!r}: HTTP {turn.status} {turn.body}"
        self.turns.append(turn)
        return turn

    async def clicks(
        self, title: str, on: Recorded, *, inputs: dict[str, str] | None = None, **where: Any
    ) -> Turn:
        """Press a button, after filling in the card's inputs as Teams would send them."""
        actions = buttons(on)
        assert title in actions, f"no button {title!r} on the card, only {list(actions)}"
        fields = input_ids(on)
        for name in inputs or {}:
            assert name in fields, f"no input {name!r} on the card, only {sorted(fields)}"
        action = actions[title]
        if action["type"] == "Action.ShowCard":
            # The button unfolds a form; its own send button carries the data.
            action = action["card"]["actions"][0]
        data = {**fields, **action["data"], **(inputs or {})}
        turn = await self.emulator.submit(self.email, data, reply_to=on, **where)
        assert turn.status < 300, f"{self.email} clicked {title!r}: HTTP {turn.status} {turn.body}"
        self.turns.append(turn)
        return turn

    @property
    def last_reply(self) -> str:
        """What the person read in the bot's answers to their last message."""
        assert self.turns, f"{self.email} has not said anything yet"
        return "\n".join(seen(r) for r in self.turns[-1].replies)
