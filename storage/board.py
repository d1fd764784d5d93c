"""The IT overview board: upcoming IT tools, their status, dates and who follows them."""

from __future__ import annotations

from dataclasses import dataclass

from storage.keyed import Keyed

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


class BoardItems(Keyed[BoardItem], table="board", model=BoardItem, key="item_id"):
    """The board's items, by id."""
