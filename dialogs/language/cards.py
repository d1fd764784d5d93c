"""Adaptive Card 1.5 builders: every card the bot sends is assembled from these few functions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"

Element = dict[str, Any]


def card(
    body: list[Element], actions: list[Element] | None = None, *, fallback: str = ""
) -> Element:
    """A full-width Adaptive Card 1.5."""
    result: Element = {
        "type": "AdaptiveCard",
        "$schema": SCHEMA,
        "version": "1.5",
        "body": body,
        "msteams": {"width": "Full"},
    }
    if actions:
        result["actions"] = actions
    if fallback:
        result["fallbackText"] = fallback
    return result


def title(text: str) -> Element:
    return {"type": "TextBlock", "text": text, "size": "Large", "weight": "Bolder", "wrap": True}


def heading(text: str) -> Element:
    return {
        "type": "TextBlock",
        "text": text,
        "weight": "Bolder",
        "wrap": True,
        "spacing": "Medium",
    }


def paragraph(text: str, *, subtle: bool = False) -> Element:
    block: Element = {"type": "TextBlock", "text": text, "wrap": True}
    if subtle:
        block["isSubtle"] = True
    return block


def facts(pairs: list[tuple[str, str]]) -> Element:
    return {"type": "FactSet", "facts": [{"title": k, "value": v} for k, v in pairs]}


def submit(label: str, data: dict[str, Any], *, primary: bool = False) -> Element:
    """A button whose data comes back to the bot as a message with `value` set."""
    action: Element = {"type": "Action.Submit", "title": label, "data": data}
    if primary:
        action["style"] = "positive"
    return action


def attachment(content: Element) -> dict[str, Any]:
    return {"contentType": CONTENT_TYPE, "content": content}


def container(items: list[Element], *, separator: bool = False) -> Element:
    block: Element = {"type": "Container", "items": items}
    if separator:
        block["separator"] = True
        block["spacing"] = "Medium"
    return block


def choices(
    input_id: str, options: list[tuple[str, str]], *, label: str = "", value: str = ""
) -> Element:
    """A drop-down of (title, value) options; the chosen value comes back under `input_id`."""
    element: Element = {
        "type": "Input.ChoiceSet",
        "id": input_id,
        "style": "compact",
        "isRequired": True,
        "choices": [{"title": title, "value": choice} for title, choice in options],
    }
    if label:
        element["label"] = label
    if value:
        element["value"] = value
    return element


def toggle(input_id: str, title: str, on: bool) -> Element:
    """A switch; it comes back as "true" or "false" under `input_id`."""
    return {
        "type": "Input.Toggle",
        "id": input_id,
        "title": title,
        "value": "true" if on else "false",
        "valueOn": "true",
        "valueOff": "false",
        "wrap": True,
    }


def show_card(label: str, body: list[Element], action: Element) -> Element:
    """A button that unfolds a small form under the card, sent with its own button."""
    return {
        "type": "Action.ShowCard",
        "title": label,
        "card": {"type": "AdaptiveCard", "body": body, "actions": [action]},
    }


def open_url(label: str, url: str) -> Element:
    """A button that opens a link, such as an event's calendar file."""
    return {"type": "Action.OpenUrl", "title": label, "url": url}


def action_set(actions: list[Element]) -> Element:
    """Buttons inside the card's body, for a card that lists several things to act on."""
    return {"type": "ActionSet", "actions": actions}


def text_input(
    input_id: str,
    label: str,
    value: str = "",
    *,
    placeholder: str = "",
    required: bool = False,
    multiline: bool = False,
) -> Element:
    """A text box; what is written comes back under `input_id`."""
    element: Element = {"type": "Input.Text", "id": input_id, "label": label}
    if value:
        element["value"] = value
    if placeholder:
        element["placeholder"] = placeholder
    if required:
        element["isRequired"] = True
        element["errorMessage"] = label
    if multiline:
        element["isMultiline"] = True
    return element


def date_input(
    input_id: str, label: str, value: str = "", *, minimum: str = "", required: bool = False
) -> Element:
    """A date picker; the day comes back as YYYY-MM-DD."""
    element: Element = {"type": "Input.Date", "id": input_id, "label": label}
    if required:
        element["isRequired"] = True
    if value:
        element["value"] = value
    if minimum:
        element["min"] = minimum
    return element


def time_input(input_id: str, label: str, value: str = "", *, required: bool = False) -> Element:
    """A time picker; the time comes back as HH:MM."""
    element: Element = {"type": "Input.Time", "id": input_id, "label": label}
    if required:
        element["isRequired"] = True
    if value:
        element["value"] = value
    return element


def number_input(
    input_id: str, label: str, value: int = 0, *, low: int = 0, high: int | None = None
) -> Element:
    element: Element = {
        "type": "Input.Number",
        "id": input_id,
        "label": label,
        "value": value,
        "min": low,
    }
    if high is not None:
        element["max"] = high
    return element


def multi_choices(
    input_id: str,
    options: list[tuple[str, str]],
    *,
    label: str = "",
    values: Sequence[str] = (),
) -> Element:
    """Several (title, value) options may be chosen; they come back comma-separated."""
    element: Element = {
        "type": "Input.ChoiceSet",
        "id": input_id,
        "isMultiSelect": True,
        "style": "expanded",
        "choices": [{"title": title, "value": choice} for title, choice in options],
    }
    if label:
        element["label"] = label
    if values:
        element["value"] = ",".join(values)
    return element
