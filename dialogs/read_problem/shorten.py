"""A long message cut to what a card or a message to Teams can hold, at a word."""

from __future__ import annotations

from typing import Final

CUT_MARK: Final = "…"


def cut(text: str, limit: int = 4000) -> tuple[str, bool]:
    """The text shortened to at most `limit` characters, ending in '…', and whether it was cut."""
    if len(text) <= limit:
        return text, False
    if limit <= len(CUT_MARK):
        return CUT_MARK[: max(limit, 0)], True
    room = limit - len(CUT_MARK)
    head = text[:room]
    # Cutting inside a word reads as a typo; go back to a space unless that loses too much.
    space = max(head.rfind(" "), head.rfind("\n"))
    if text[room].isspace():
        space = room
    if space >= room * 4 // 5:
        head = head[:space]
    return head.rstrip() + CUT_MARK, True
