"""The database file: reopened, its schema version and migrations, bad files, the lock."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storage import (
    SCHEMA_VERSION,
    ConversationRefs,
    Database,
    ETagConflict,
    InstalledTeams,
    People,
    Person,
    StateStore,
    StorageCorrupt,
    StorageError,
)
from storage import db as db_module
from storage.db import FILE_NAME
from tests import storage_helpers
from tests.storage_helpers import ANNE, YDELSE, on_disk, personal_ref, reopen

# The shared fixtures, bound here so that pytest finds them in this module.
db = storage_helpers.db


def test_reopen_keeps_everything_and_indexes_work(db: Database) -> None:
    people, teams = People(db), InstalledTeams(db)
    refs, state = ConversationRefs(db), StateStore(db)
    anne = people.upsert(ANNE)
    ydelse = teams.upsert(YDELSE)
    ref = refs.save(personal_ref("29:anne", "a:1"))
    state.write({"k": {"v": "æøå"}})
    etag = state.read(["k"])["k"]["e_tag"]

    db = reopen(db)
    try:
        people, teams = People(db), InstalledTeams(db)
        refs, state = ConversationRefs(db), StateStore(db)
        assert people.get("29:anne") == anne
        assert people.by_email("anne@varde.dk") == anne
        assert people.by_aad("aad-anne") == anne
        assert teams.get("19:ydelse") == ydelse
        assert refs.get("a:1") == ref
        assert refs.personal_for("29:anne") == ref
        assert state.read(["k"]) == {"k": {"v": "æøå", "e_tag": etag}}
        with pytest.raises(ETagConflict):
            state.write({"k": {"v": "x", "e_tag": "stale"}})
        # New records after a reopen must not reuse document ids.
        people.upsert(Person(user_id="29:bo"))
        assert [p.user_id for p in people.all()] == ["29:anne", "29:bo"]
    finally:
        db.close()


def test_file_is_compact_utf8(db: Database) -> None:
    People(db).upsert(ANNE)

    text = db.path.read_bytes().decode("utf-8")

    assert "Anne Ærø" in text
    assert ", " not in text
    assert ": " not in text


def test_schema_version_is_set_on_a_new_file(db: Database) -> None:
    assert on_disk(db)["meta"] == {"1": {"schema_version": SCHEMA_VERSION}}
    assert db.schema_version == SCHEMA_VERSION


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    newer = {"meta": {"1": {"schema_version": SCHEMA_VERSION + 1}}, "people": {}}
    path.write_text(json.dumps(newer), encoding="utf-8")

    with pytest.raises(StorageError, match=f"schema version {SCHEMA_VERSION + 1}"):
        Database.open(tmp_path)

    assert json.loads(path.read_text(encoding="utf-8")) == newer
    Database.open(tmp_path / "other").close()  # the lock was released after the refusal


def test_migration_hook_runs_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Database.open(tmp_path).close()
    calls: list[int] = []

    def to_v2(database: Database) -> None:
        calls.append(database.schema_version)
        database.table("people").insert({"user_id": "29:migrated"})

    monkeypatch.setattr(db_module, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(db_module, "MIGRATIONS", {1: to_v2})

    with Database.open(tmp_path) as database:
        assert database.schema_version == 2
        assert People(database).get("29:migrated") is not None
    with Database.open(tmp_path) as database:
        assert database.schema_version == 2
    assert calls == [1]


def test_missing_migration_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Database.open(tmp_path).close()
    monkeypatch.setattr(db_module, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(db_module, "MIGRATIONS", {})

    with pytest.raises(StorageError, match="no migration from schema version 1"):
        Database.open(tmp_path)


def test_corrupt_file_is_refused_not_emptied(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    path.write_text('{"people": {"1": {"user_id": "29:a"', encoding="utf-8")

    with pytest.raises(StorageCorrupt, match=FILE_NAME):
        Database.open(tmp_path)

    assert path.read_text(encoding="utf-8") == '{"people": {"1": {"user_id": "29:a"'


def test_empty_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_bytes(b"")

    with pytest.raises(StorageCorrupt, match="is empty"):
        Database.open(tmp_path)


def test_json_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text('{"people": [1, 2]}', encoding="utf-8")

    with pytest.raises(StorageCorrupt, match="not a TinyDB database"):
        Database.open(tmp_path)


def test_open_creates_the_directory(tmp_path: Path) -> None:
    with Database.open(tmp_path / "a" / "b") as database:
        assert database.path == tmp_path / "a" / "b" / FILE_NAME
        assert database.path.exists()


def test_second_open_of_the_same_file_is_refused(db: Database) -> None:
    with pytest.raises(StorageError, match="another open database"):
        Database.open(db.path.parent)


def test_healthy(db: Database) -> None:
    assert db.healthy()
    db.path.rename(db.path.with_suffix(".moved"))
    assert not db.healthy()
    db.path.with_suffix(".moved").rename(db.path)
    assert db.healthy()
    db.close()
    assert not db.healthy()


def test_closed_database_refuses_use(db: Database) -> None:
    people = People(db)
    people.upsert(ANNE)
    db.close()

    with pytest.raises(StorageError, match="closed"):
        people.get("29:anne")
    with pytest.raises(StorageError, match="closed"):
        people.upsert(Person(user_id="29:bo"))
