"""The IT overview board: upcoming IT tools, their status, dates and who follows them."""

from __future__ import annotations

from dataclasses import dataclass

from storage.repositories import _replace_all, _Repository

STATUSES = ("planned", "pilot", "rollout", "live", "retired")


@dataclass(frozen=True)
class Milestone:
    day: str  # ISO date
    text: str


@dataclass(frozen=True)
class BoardItem:
    """One IT tool on its way in (or out)."""

    item_id: str
    name: str
    description: str = ""
    status: str = "planned"
    go_live: str = ""  # ISO date, expected
    responsible: str = ""  # e-mail
    course_days: tuple[str, ...] = ()  # as the project lead names them, e.g. "Kursusdag 12"
    milestones: tuple[Milestone, ...] = ()
    followers: tuple[str, ...] = ()  # e-mails
    changed_by: str = ""
    updated_at: str = ""


class BoardItems(_Repository[BoardItem]):  # type: ignore[type-var]
    _table_name = "board"
    _model = BoardItem
    _key = "item_id"

    def save(self, item: BoardItem) -> BoardItem:
        return self._store(item, _replace_all)

    def get(self, item_id: str) -> BoardItem | None:
        return self._get(item_id) if item_id else None

    def all(self) -> list[BoardItem]:
        return self._all()
