"""Which of a person's cases waits for their answer, read on every message they write."""

from __future__ import annotations

from pathlib import Path

from storage.db import Database
from storage.models import Case
from storage.repositories import Cases

ANNE = "anne.madsen@jobcenter.varde.example"


def test_the_newest_waiting_case_of_the_writer_is_found(tmp_path: Path) -> None:
    with Database.open(tmp_path) as db:
        cases = Cases(db)
        for requester, status in (
            (ANNE, "waiting"),
            (ANNE, "taken"),
            (ANNE, "waiting"),
            (ANNE, "resolved"),
            ("bo.nielsen@jobcenter.varde.example", "waiting"),
        ):
            cases.open(Case(0, requester, "ydelse", "printer", "printeren", status=status))
        found = cases.waiting_on(ANNE.upper())
        assert found is not None
        assert found.number == 3
        assert cases.waiting_on("karin@jobcenter.varde.example") is None
