"""In-memory indexes over the open case files, so the questions asked every turn scan nothing."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Any, Final

CLOSED_STATES: Final = ("resolved", "closed", "merged")


class CaseIndex:
    """The open files' cases by requester, the still open ones by team and kind, the solved."""

    def __init__(self) -> None:
        self.rebuild(())

    def rebuild(self, docs: Iterable[tuple[str, dict[str, Any]]]) -> None:
        """Index exactly these cases, by their keys, and nothing else."""
        self.by_requester: dict[str, set[int]] = {}
        self.open_by_team: dict[str, set[int]] = {}
        # The open cases of each team and category, lowest number first: a new report looks
        # for a recent one of its kind, and the newest is at the end whatever else is open.
        self.open_by_kind: dict[tuple[str, str], list[int]] = {}
        self.resolved: set[int] = set()
        for key, doc in docs:
            self.add(int(key), doc)

    def add(self, number: int, doc: dict[str, Any] | None) -> None:
        """Index case `number` as stored in `doc`; None indexes nothing."""
        if doc is None:
            return
        self.by_requester.setdefault(str(doc.get("requester", "")), set()).add(number)
        if doc.get("status") not in CLOSED_STATES:
            self.open_by_team.setdefault(str(doc.get("team", "")), set()).add(number)
            if (kind := _kind_of(doc)) is not None:
                bisect.insort(self.open_by_kind.setdefault(kind, []), number)
        if doc.get("status") == "resolved":
            self.resolved.add(number)

    def remove(self, number: int, doc: dict[str, Any] | None) -> None:
        """Forget case `number`, indexed as stored in `doc`; None forgets nothing."""
        if doc is None:
            return
        self.by_requester.get(str(doc.get("requester", "")), set()).discard(number)
        self.open_by_team.get(str(doc.get("team", "")), set()).discard(number)
        kind = _kind_of(doc)
        numbers = self.open_by_kind.get(kind, []) if kind is not None else []
        at = bisect.bisect_left(numbers, number)
        if at < len(numbers) and numbers[at] == number:
            del numbers[at]
        self.resolved.discard(number)


def _kind_of(doc: dict[str, Any]) -> tuple[str, str] | None:
    """The team and category a case is indexed under; None for a category that is no text."""
    category = doc.get("category")
    return (str(doc.get("team", "")), category) if isinstance(category, str) else None
