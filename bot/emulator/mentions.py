"""@mentions in a message, as Teams writes them: `<at>` tags, HTML spans and mention entities."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.emulator.directory import User


@dataclass(frozen=True)
class Marked:
    """A message's text with people @mentioned: plain text, its HTML and the mention entities."""

    text: str
    html: str
    entities: list[dict[str, Any]]


def mention_span(item: int, name: str) -> str:
    """The HTML Teams renders the mention numbered `item` as."""
    return (
        f'<span itemscope="" itemtype="http://schema.skype.com/Mention" itemid="{item}">'
        f"{html.escape(name)}</span>"
    )


def mark_mentions(text: str, people: Sequence[User], *, first_item: int = 0) -> Marked:
    """Make each person's `@Name` in the text a mention, or add one at the end, as Teams does."""
    # Teams numbers mentions (entities and HTML item ids) in the order they appear in the text.
    pieces: list[str | User] = [text]
    for person in people:
        needle = f"@{person.name}"
        for index, piece in enumerate(pieces):
            if isinstance(piece, str) and needle in piece:
                before, after = piece.split(needle, 1)
                pieces[index : index + 1] = [before, person, after]
                break
        else:
            if any(pieces):
                pieces.append(" ")
            pieces.append(person)
    plain: list[str] = []
    rendered: list[str] = []
    entities: list[dict[str, Any]] = []
    for piece in pieces:
        if isinstance(piece, str):
            plain.append(piece)
            rendered.append(html.escape(piece))
            continue
        tag = f"<at>{piece.name}</at>"
        plain.append(tag)
        rendered.append(mention_span(first_item + len(entities), piece.name))
        entities.append(
            {"type": "mention", "text": tag, "mentioned": {"id": piece.user_id, "name": piece.name}}
        )
    return Marked("".join(plain), "".join(rendered), entities)
