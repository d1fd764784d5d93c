"""Cases in small files: a write rewrites one block of cases, and archived cases are still found."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest

from storage.cases import BLOCK, Cases
from storage.codec import to_doc
from storage.db import Database, StorageError
from storage.models import Case, CaseEvent


def _case(requester: str = "anne@varde.dk", status: str = "new") -> Case:
    return Case(
        number=0,
        requester=requester,
        team="ydelse",
        category="printer",
        description="printeren",
        status=status,
        closed_at="2026-01-02T08:00:00+00:00" if status == "closed" else "",
        history=(CaseEvent(at="2026-01-01T08:00:00+00:00", by=requester, what="opened"),),
    )


def _files(data: Path) -> list[str]:
    return sorted(p.name for p in (data / "cases").glob("*.json"))


def test_each_block_of_numbers_has_its_own_file(tmp_path: Path) -> None:
    with Database.open(tmp_path) as db:
        cases = Cases(db)
        with cases.batch():
            for _ in range(BLOCK + 10):
                cases.open(_case())
        assert _files(tmp_path) == ["open-00000.json", "open-00001.json"]
        newest = cases.open(_case())
        assert newest.number == BLOCK + 11
        main = json.loads(db.path.read_text(encoding="utf-8"))
        assert not main.get("cases")
    small = json.loads((tmp_path / "cases" / "open-00001.json").read_text(encoding="utf-8"))
    assert len(small["cases"]) == 12


def test_archived_cases_are_found_by_number_and_requester_after_a_restart(
    tmp_path: Path,
) -> None:
    with Database.open(tmp_path) as db:
        cases = Cases(db)
        first = cases.open(_case(status="closed"))
        second = cases.open(_case())
        other = cases.open(_case("bo@varde.dk", status="merged"))
        assert cases.archive_closed() == 2
        assert cases.archive_closed() == 0
    with Database.open(tmp_path) as db:
        cases = Cases(db)
        assert cases.counts() == (1, 2)
        assert cases.get(first.number).status == "closed"
        assert [c.number for c in cases.of_requester("Anne@varde.dk")] == [2, 1]
        assert [c.number for c in cases.all_open()] == [second.number]
        assert cases.get(other.number).requester == "bo@varde.dk"
        # Numbers go on after the archived ones, even when every open case is gone.
        cases.save(replace(second, status="closed"))
        cases.archive_closed()
    assert _files(tmp_path) == ["archive-00000.json", "archived.json"]
    with Database.open(tmp_path) as db:
        assert Cases(db).open(_case()).number == 4


def test_a_case_opened_again_leaves_the_archive(tmp_path: Path) -> None:
    with Database.open(tmp_path) as db:
        cases = Cases(db)
        case = cases.open(_case(status="closed"))
        cases.archive_closed()
        cases.save(replace(cases.get(case.number), status="new", closed_at=""))
        assert cases.counts() == (1, 0)
        assert [c.number for c in cases.all_open()] == [1]


def test_a_crash_in_the_middle_of_archiving_keeps_the_open_copy(tmp_path: Path) -> None:
    with Database.open(tmp_path) as db:
        cases = Cases(db)
        case = cases.open(_case(status="closed"))
    # The archive file was written, then the process died before the open file was.
    archive = {"cases": {"1": {**to_doc(case), "description": "stale"}}}
    (tmp_path / "cases" / "archive-00000.json").write_text(json.dumps(archive), encoding="utf-8")
    with Database.open(tmp_path) as db:
        cases = Cases(db)
        assert cases.get(1).description == "printeren"
        assert cases.archive_closed() == 1
        assert cases.get(1).description == "printeren"
        assert [c.number for c in cases.of_requester("anne@varde.dk")] == [1]


def test_cases_kept_in_the_main_file_by_earlier_versions_move_out(tmp_path: Path) -> None:
    with Database.open(tmp_path) as db, db.transaction():
        db.table("cases").insert_multiple(to_doc(replace(_case(), number=n)) for n in (1, 2, 300))
    with Database.open(tmp_path) as db:
        cases = Cases(db)
        assert [c.number for c in cases.all_open()] == [1, 2, 300]
        assert cases.open(_case()).number == 301
        assert len(db.table("cases")) == 0


def test_a_reader_sees_the_cases_without_changing_files(tmp_path: Path) -> None:
    with Database.open(tmp_path) as db:
        Cases(db).open(_case())
        before = _files(tmp_path)
        with Database.read(tmp_path) as reader:
            assert Cases(reader).get(1) is not None
            with pytest.raises(StorageError, match="read-only"):
                Cases(reader).open(_case())
        assert _files(tmp_path) == before


def test_a_failed_batch_writes_nothing(tmp_path: Path) -> None:
    with Database.open(tmp_path) as db:
        cases = Cases(db)
        cases.open(_case())

        def fails() -> None:
            with cases.batch():
                cases.open(_case())
                raise RuntimeError

        with pytest.raises(RuntimeError):
            fails()
        assert [c.number for c in cases.all_open()] == [1]
    with Database.open(tmp_path) as db:
        assert Cases(db).get(2) is None


def test_every_case_is_listed_once_open_and_archived(tmp_path: Path) -> None:
    with Database.open(tmp_path) as db:
        cases = Cases(db)
        for status in ("closed", "new", "closed"):
            cases.open(_case(status=status))
        cases.archive_closed()
        # As a crash in the middle of archiving leaves it: #2 in both files.
        cases.save(replace(cases.get(2), status="closed"))
        archive = tmp_path / "cases" / "archive-00000.json"
        stored = json.loads(archive.read_text(encoding="utf-8"))
        stored["cases"]["2"] = to_doc(cases.get(2))
        archive.write_text(json.dumps(stored), encoding="utf-8")
    with Database.open(tmp_path) as db:
        assert sorted(c.number for c in Cases(db).every()) == [1, 2, 3]


def test_the_newest_open_case_of_a_kind_stays_right_through_every_change(
    tmp_path: Path,
) -> None:
    since = datetime(2026, 1, 1, 7, 0, tzinfo=UTC)

    def newest(cases: Cases, team: str = "ydelse", category: str = "printer") -> int:
        found = cases.newest_open_since(team, category, since)
        # The same answer as looking through every open case.
        scanned = [
            c.number
            for c in cases.all_open()
            if c.team == team and c.category == category and c.created_at >= since.isoformat()
        ]
        assert found == max(scanned, default=0)
        return found

    with Database.open(tmp_path) as db:
        cases = Cases(db)
        at = "2026-01-01T08:00:00+00:00"
        first, second = (cases.open(replace(_case(), created_at=at)) for _ in range(2))
        cases.open(replace(_case(), category="andet", created_at=at))
        cases.open(replace(_case(), team="job", created_at=at))
        # Opened later with an earlier time, as a clock set back would leave it.
        cases.open(replace(_case(), created_at="2026-01-01T06:00:00+00:00"))
        assert newest(cases) == second.number
        assert newest(cases, category="andet") == 3
        assert newest(cases, team="job") == 4

        cases.save(replace(cases.get(second.number), status="resolved"))
        assert newest(cases) == first.number
        cases.save(replace(cases.get(second.number), status="closed"))
        cases.archive_closed()
        assert newest(cases) == first.number
        cases.save(replace(cases.get(second.number), status="new", closed_at=""))
        assert newest(cases) == second.number
        cases.save(replace(cases.get(second.number), category="scanner"))
        assert newest(cases) == first.number
        assert newest(cases, category="scanner") == second.number

        def fails() -> None:
            with cases.batch():
                cases.save(replace(cases.get(first.number), status="closed"))
                raise RuntimeError

        with pytest.raises(RuntimeError):
            fails()
        assert newest(cases) == first.number
    with Database.open(tmp_path) as db:
        cases = Cases(db)
        assert newest(cases) == first.number
        assert newest(cases, category="scanner") == second.number
        since = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
        assert newest(cases) == 0


def test_a_file_written_case_by_case_holds_what_a_whole_encoding_would(tmp_path: Path) -> None:
    def check() -> None:
        files = list((tmp_path / "cases").glob("*.json"))
        assert files, "no case files to check"
        for path in files:
            stored = json.loads(path.read_bytes())
            assert path.read_bytes() == orjson.dumps(stored)

    with Database.open(tmp_path) as db:
        cases = Cases(db)
        first, second, third = (cases.open(_case()) for _ in range(3))
        cases.save(
            replace(cases.get(second.number), description="printeren er død", status="closed")
        )
        check()
        cases.archive_closed()
        cases.save(replace(cases.get(second.number), status="new", closed_at=""))
        with cases.batch():
            cases.save(replace(cases.get(first.number), urgent=True))
            cases.save(replace(cases.get(third.number), status="closed"))
        check()
    with Database.open(tmp_path) as db:
        cases = Cases(db)
        assert cases.get(second.number).description == "printeren er død"
        assert cases.get(first.number).urgent
        cases.save(replace(cases.get(first.number), urgent=False))
        check()
        assert [c.number for c in cases.all_open()] == [1, 2]
    with Database.open(tmp_path) as db:
        assert not Cases(db).get(first.number).urgent
