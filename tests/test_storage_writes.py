"""Writes to the file: skipped when nothing changed, and a failed one leaves memory as on disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from storage import Database, People, Person, StateStore, StorageError
from storage import files as files_module
from tests import storage_helpers
from tests.storage_helpers import ANNE, Clock, on_disk

# The shared fixtures, bound here so that pytest finds them in this module.
clock = storage_helpers.clock
db = storage_helpers.db
replaces = storage_helpers.replaces


def test_unchanged_upsert_does_not_touch_the_file(
    db: Database, clock: Clock, replaces: list[str]
) -> None:
    people = People(db, now=clock)
    first = people.upsert(ANNE)
    before = db.path.stat().st_mtime_ns
    writes = len(replaces)
    clock.tick()

    again = people.upsert(ANNE)
    partial = people.upsert(Person(user_id="29:anne", name="Anne Ærø"))

    assert len(replaces) == writes
    assert db.path.stat().st_mtime_ns == before
    assert again == first
    assert partial == first


def test_failed_write_leaves_memory_as_on_disk(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = People(db)
    people.upsert(ANNE)

    def disk_full(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(files_module.os, "replace", disk_full)
        with pytest.raises(OSError, match="No space"):
            people.upsert(Person(user_id="29:bo", email="bo@varde.dk"))
        with pytest.raises(OSError, match="No space"):
            people.upsert(Person(user_id="29:anne", email="changed@varde.dk"))

    assert people.get("29:bo") is None
    assert people.by_email("bo@varde.dk") is None
    assert people.get("29:anne").email == "anne@varde.dk"
    assert [p.user_id for p in people.all()] == ["29:anne"]
    assert not list(db.path.parent.glob("*.tmp"))
    # The next write works and does not resurrect the failed ones.
    people.upsert(Person(user_id="29:cy"))
    assert sorted(on_disk(db)["people"][k]["user_id"] for k in on_disk(db)["people"]) == [
        "29:anne",
        "29:cy",
    ]


def test_error_after_the_rename_leaves_indexes_matching_memory(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = People(db)
    people.upsert(ANNE)

    def fsync_fails(directory: Path) -> None:
        raise OSError(5, "Input/output error")

    with monkeypatch.context() as patch:
        patch.setattr(files_module, "fsync_dir", fsync_fails)
        with pytest.raises(OSError, match="Input/output"):
            people.upsert(Person(user_id="29:bo", email="bo@varde.dk"))

    # The rename happened, so the record is on disk; memory and indexes must agree with it.
    assert people.get("29:bo") is not None
    assert people.by_email("bo@varde.dk") is not None
    people.upsert(Person(user_id="29:bo", name="Bo"))
    assert len(on_disk(db)["people"]) == 2


def test_storage_that_cannot_reload_refuses_further_use(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = People(db)
    people.upsert(ANNE)

    def replace_then_fail(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        Path(dst).write_text("{not json", encoding="utf-8")
        raise OSError(5, "Input/output error")

    with monkeypatch.context() as patch:
        patch.setattr(files_module.os, "replace", replace_then_fail)
        with pytest.raises(OSError, match="Input/output"):
            people.upsert(Person(user_id="29:bo"))

    assert not db.healthy()
    with pytest.raises(StorageError, match="restart"):
        people.upsert(Person(user_id="29:cy"))


def test_empty_keys_are_refused(db: Database, replaces: list[str]) -> None:
    with pytest.raises(ValueError, match="user_id"):
        People(db).upsert(Person(user_id=""))
    with pytest.raises(TypeError, match="non-empty"):
        StateStore(db).write({"": {"v": 1}})

    assert replaces == []


def test_transaction_that_raises_writes_nothing(db: Database, replaces: list[str]) -> None:
    people = People(db)
    people.upsert(ANNE)
    writes = len(replaces)

    def change_then_fail() -> None:
        with db.transaction():
            people.upsert(Person(user_id="29:bo"))
            people.upsert(Person(user_id="29:anne", name="Someone else"))
            raise RuntimeError("changed my mind")

    with pytest.raises(RuntimeError, match="changed my mind"):
        change_then_fail()

    assert len(replaces) == writes
    assert people.get("29:bo") is None
    assert people.get("29:anne").name == ANNE.name
    with db.transaction():
        people.upsert(Person(user_id="29:bo"))
        people.upsert(Person(user_id="29:cy"))
    assert len(replaces) == writes + 1
    assert len(on_disk(db)["people"]) == 3
