"""Repositories, the state store and the database file, on real files."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from storage import (
    SCHEMA_VERSION,
    Channel,
    ConversationRef,
    ConversationRefs,
    Database,
    ETagConflict,
    InstalledTeam,
    InstalledTeams,
    People,
    Person,
    StateStore,
    StorageCorrupt,
    StorageError,
)
from storage import db as db_module
from storage import files as files_module
from storage.codec import from_doc, to_doc
from storage.db import FILE_NAME
from storage.models import Case, CaseEvent, CasePost


class Clock:
    """A settable clock for updated_at."""

    def __init__(self) -> None:
        self.now = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def tick(self) -> None:
        self.now += timedelta(minutes=1)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "data")
    yield database
    database.close()


@pytest.fixture
def replaces(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every file the storage renames into place, in order."""
    seen: list[str] = []
    real_replace = os.replace

    def counting_replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        seen.append(str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(files_module.os, "replace", counting_replace)
    return seen


def reopen(db: Database) -> Database:
    db.close()
    return Database.open(db.path.parent)


def on_disk(db: Database) -> dict:
    return json.loads(db.path.read_text(encoding="utf-8"))


ANNE = Person(
    user_id="29:anne",
    name="Anne Ærø",
    aad_object_id="aad-anne",
    email="Anne@Varde.DK",
    locale="da-DK",
    tenant_id="tenant",
)

YDELSE = InstalledTeam(
    team_id="19:ydelse",
    name="Jobcenter Varde – Ydelse",
    aad_group_id="group-ydelse",
    tenant_id="tenant",
    service_url="https://smba.example/emea/",
    channels=(Channel("19:general", "General"), Channel("19:it", "IT-hjælp")),
)


def personal_ref(user_id: str, conversation_id: str) -> ConversationRef:
    return ConversationRef(
        conversation_id=conversation_id,
        conversation_type="personal",
        reference={"conversation": {"id": conversation_id}, "user": {"name": "Søren"}},
        user_id=user_id,
        tenant_id="tenant",
        service_url="https://smba.example/emea/",
    )


# -- people ---------------------------------------------------------------------------------


def test_person_round_trip_and_lookups(db: Database, clock: Clock) -> None:
    people = People(db, now=clock)

    stored = people.upsert(ANNE)

    assert stored.email == "anne@varde.dk"
    assert stored.updated_at == "2025-03-03T09:00:00+00:00"
    assert people.get("29:anne") == stored
    assert people.by_email("ANNE@varde.dk") == stored
    assert people.by_aad("aad-anne") == stored
    assert people.all() == [stored]
    assert people.get("29:nobody") is None
    assert people.by_email("nobody@varde.dk") is None
    assert people.by_aad("aad-nobody") is None


def test_person_changes_are_stored_and_reindexed(db: Database, clock: Clock) -> None:
    people = People(db, now=clock)
    people.upsert(ANNE)
    clock.tick()

    moved = people.upsert(Person(user_id="29:anne", email="anne.aero@varde.dk"))

    assert moved.updated_at == "2025-03-03T09:01:00+00:00"
    assert people.by_email("anne@varde.dk") is None
    assert people.by_email("anne.aero@varde.dk") == moved
    assert on_disk(db)["people"]["1"]["email"] == "anne.aero@varde.dk"


def test_person_upsert_keeps_stored_fields_left_empty(db: Database) -> None:
    people = People(db)
    people.upsert(ANNE)
    people.set_language("29:anne", "en")

    seen_again = people.upsert(Person(user_id="29:anne", name="Anne Ærø Jensen"))

    assert seen_again.name == "Anne Ærø Jensen"
    assert seen_again.email == "anne@varde.dk"
    assert seen_again.aad_object_id == "aad-anne"
    assert seen_again.language == "en"


def test_set_language(db: Database) -> None:
    people = People(db)
    people.upsert(ANNE)

    assert people.set_language("29:anne", "en") is not None
    assert people.get("29:anne").language == "en"
    people.set_language("29:anne", "")
    assert people.get("29:anne").language == ""
    assert people.set_language("29:nobody", "en") is None
    assert people.get("29:nobody") is None


def test_two_people_with_one_email_do_not_hide_each_other(db: Database, clock: Clock) -> None:
    people = People(db, now=clock)
    people.upsert(Person(user_id="29:old", email="shared@varde.dk"))
    clock.tick()
    people.upsert(Person(user_id="29:new", email="shared@varde.dk"))

    assert people.by_email("shared@varde.dk").user_id == "29:new"
    people.upsert(Person(user_id="29:new", email="other@varde.dk"))
    assert people.by_email("shared@varde.dk").user_id == "29:old"


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


def test_repositories_on_one_database_share_their_indexes(db: Database) -> None:
    first, second = People(db), People(db)
    first.upsert(ANNE)

    assert second.get("29:anne") is not None
    second.upsert(Person(user_id="29:anne", email="anne.aero@varde.dk"))

    assert first.by_email("anne.aero@varde.dk") is not None
    assert first.by_email("anne@varde.dk") is None
    assert len(on_disk(db)["people"]) == 1


def test_empty_keys_are_refused(db: Database, replaces: list[str]) -> None:
    with pytest.raises(ValueError, match="user_id"):
        People(db).upsert(Person(user_id=""))
    with pytest.raises(TypeError, match="non-empty"):
        StateStore(db).write({"": {"v": 1}})

    assert replaces == []


# -- installed teams ------------------------------------------------------------------------


def test_team_round_trip_with_channels(db: Database) -> None:
    teams = InstalledTeams(db)

    stored = teams.upsert(YDELSE)

    assert stored.channels == YDELSE.channels
    assert isinstance(stored.channels, tuple)
    assert isinstance(stored.channels[0], Channel)
    assert teams.get("19:ydelse") == stored
    assert teams.all() == [stored]


def test_team_uninstall_and_reinstall(db: Database) -> None:
    teams = InstalledTeams(db)
    teams.upsert(YDELSE)
    teams.upsert(InstalledTeam(team_id="19:job", name="Job"))

    gone = teams.mark_uninstalled("19:ydelse")

    assert gone is not None
    assert not gone.installed
    assert [t.team_id for t in teams.all()] == ["19:job"]
    assert [t.team_id for t in teams.all(installed_only=False)] == ["19:ydelse", "19:job"]
    assert teams.mark_uninstalled("19:unknown") is None
    assert teams.upsert(InstalledTeam(team_id="19:ydelse")).installed
    assert teams.get("19:ydelse").name == YDELSE.name


def test_team_welcome_survives_a_repeated_install(db: Database) -> None:
    teams = InstalledTeams(db)
    teams.upsert(YDELSE)

    welcomed = teams.mark_welcomed("19:ydelse", "19:general")
    again = teams.upsert(YDELSE)

    assert welcomed.welcomed
    assert welcomed.welcome_channel_id == "19:general"
    assert again.welcomed
    assert again.welcome_channel_id == "19:general"
    assert teams.mark_welcomed("19:unknown", "19:x") is None


def test_team_is_welcomed_again_after_a_reinstall(db: Database) -> None:
    teams = InstalledTeams(db)
    teams.upsert(YDELSE)
    teams.mark_welcomed("19:ydelse", "19:general")

    gone = teams.mark_uninstalled("19:ydelse")
    back = teams.upsert(replace(teams.get("19:ydelse"), installed=True))

    assert not gone.welcomed
    assert back.installed
    assert not back.welcomed


# -- conversation references ----------------------------------------------------------------


def test_conversation_ref_round_trip(db: Database, clock: Clock) -> None:
    refs = ConversationRefs(db, now=clock)
    channel = ConversationRef(
        conversation_id="19:it;messageid=7",
        conversation_type="channel",
        reference={"conversation": {"id": "19:it;messageid=7"}, "channelId": "msteams"},
        team_id="19:ydelse",
    )

    saved = refs.save(personal_ref("29:anne", "a:1"))
    refs.save(channel)

    assert refs.get("a:1") == saved
    assert refs.get("19:it;messageid=7").team_id == "19:ydelse"
    assert refs.personal_for("29:anne") == saved
    assert refs.personal_for("29:nobody") is None
    assert [r.conversation_id for r in refs.all()] == ["a:1", "19:it;messageid=7"]


def test_conversation_ref_reference_is_a_copy(db: Database) -> None:
    refs = ConversationRefs(db)
    ref = personal_ref("29:anne", "a:1")
    refs.save(ref)
    ref.reference["conversation"]["id"] = "changed by the caller"

    got = refs.get("a:1")
    got.reference["user"]["name"] = "changed again"

    assert refs.get("a:1").reference == {"conversation": {"id": "a:1"}, "user": {"name": "Søren"}}


def test_conversation_ref_unchanged_save_does_not_write(db: Database, replaces: list[str]) -> None:
    refs = ConversationRefs(db)
    refs.save(personal_ref("29:anne", "a:1"))
    writes = len(replaces)

    refs.save(personal_ref("29:anne", "a:1"))
    assert len(replaces) == writes
    refs.save(replace(personal_ref("29:anne", "a:1"), reference={"changed": True}))
    assert len(replaces) == writes + 1


def test_personal_for_follows_the_latest_chat(db: Database, clock: Clock) -> None:
    refs = ConversationRefs(db, now=clock)
    refs.save(personal_ref("29:anne", "a:old"))
    clock.tick()
    refs.save(personal_ref("29:anne", "a:new"))

    assert refs.personal_for("29:anne").conversation_id == "a:new"
    db = reopen(db)
    try:
        assert ConversationRefs(db).personal_for("29:anne").conversation_id == "a:new"
    finally:
        db.close()


def test_non_json_reference_is_refused_before_writing(db: Database, replaces: list[str]) -> None:
    refs = ConversationRefs(db)
    bad = ConversationRef("a:1", "personal", reference={"when": datetime.now(UTC)})

    with pytest.raises(TypeError, match="ConversationRef"):
        refs.save(bad)
    assert replaces == []
    assert refs.get("a:1") is None


def test_records_are_stored_as_a_json_round_trip_would_leave_them() -> None:
    ref = {"user": {"id": "29:anne"}, "ids": (1, 2.5, True, None), 7: "seven", None: "nothing"}
    case = Case(
        number=1,
        requester="anne@varde.dk",
        team="ydelse",
        category="printer",
        description="printeren",
        helpers=("bo@varde.dk",),
        posts=(CasePost("19:it", "1", reference=ref),),
        history=(CaseEvent(at="2026-01-01T08:00:00+00:00", by="anne@varde.dk", what="opened"),),
    )

    doc = to_doc(case)

    assert doc == json.loads(json.dumps(asdict(case), allow_nan=False))
    assert doc["posts"][0]["reference"]["ids"] == [1, 2.5, True, None]
    back = from_doc(Case, doc)
    assert back == replace(
        case, posts=(CasePost("19:it", "1", reference=doc["posts"][0]["reference"]),)
    )
    # The decoded record owns its dicts: changing them leaves the document alone.
    back.posts[0].reference["user"]["id"] = "changed"
    assert doc["posts"][0]["reference"]["user"]["id"] == "29:anne"
    for bad in (float("nan"), float("inf"), datetime.now(UTC), {(1, 2): "tuple key"}):
        with pytest.raises(TypeError, match="CasePost"):
            to_doc(CasePost("19:it", "1", reference={"bad": bad}))


# -- state store ----------------------------------------------------------------------------


def test_state_round_trip(db: Database) -> None:
    state = StateStore(db)

    state.write({"conv/1": {"step": "ask", "nested": {"n": [1, 2]}}, "user/1": {"lang": "da"}})
    found = state.read(["conv/1", "user/1", "missing"])

    assert set(found) == {"conv/1", "user/1"}
    assert found["conv/1"]["nested"] == {"n": [1, 2]}
    assert found["conv/1"]["e_tag"]
    found["conv/1"]["nested"]["n"].append(3)
    assert state.read(["conv/1"])["conv/1"]["nested"] == {"n": [1, 2]}

    state.delete(["conv/1", "missing"])
    assert state.read(["conv/1", "user/1"]).keys() == {"user/1"}


def test_state_write_of_several_keys_is_one_file_write(db: Database, replaces: list[str]) -> None:
    state = StateStore(db)

    state.write({f"key/{n}": {"n": n} for n in range(5)})

    assert len(replaces) == 1
    assert len(state.read([f"key/{n}" for n in range(5)])) == 5


def test_state_e_tags(db: Database, replaces: list[str]) -> None:
    state = StateStore(db)
    state.write({"k": {"v": 1}})
    first = state.read(["k"])["k"]

    state.write({"k": {**first, "v": 2}})
    second = state.read(["k"])["k"]
    assert second["v"] == 2
    assert second["e_tag"] != first["e_tag"]

    writes = len(replaces)
    with pytest.raises(ETagConflict) as conflict:
        state.write({"other": {"v": 0}, "k": {**first, "v": 3}})
    assert isinstance(conflict.value, KeyError)
    assert conflict.value.key == "k"
    assert len(replaces) == writes
    assert state.read(["k", "other"]) == {"k": second}

    state.write({"k": {"v": 4, "e_tag": "*"}})
    state.write({"k": {"v": 5}})
    assert state.read(["k"])["k"]["v"] == 5


def test_state_refuses_non_json_values_before_writing(db: Database, replaces: list[str]) -> None:
    state = StateStore(db)

    with pytest.raises(TypeError, match="'conv/9'"):
        state.write({"fine": {"v": 1}, "conv/9": {"when": datetime.now(UTC)}})
    with pytest.raises(TypeError, match="'nan'"):
        state.write({"nan": {"v": float("nan")}})
    with pytest.raises(TypeError, match="'list'"):
        state.write({"list": [1, 2]})  # type: ignore[dict-item]

    assert replaces == []
    assert state.read(["fine"]) == {}


def test_state_delete_of_nothing_does_not_write(db: Database, replaces: list[str]) -> None:
    state = StateStore(db)

    state.delete(["missing"])
    state.write({})

    assert replaces == []


# -- the database file ----------------------------------------------------------------------


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


def test_lookups_stay_fast_at_50000_records(tmp_path: Path, replaces: list[str]) -> None:
    count = 50_000
    people = {
        str(n): {
            "user_id": f"29:user-{n}",
            "name": f"Person {n}",
            "aad_object_id": f"aad-{n}",
            "email": f"user{n}@varde.dk",
            "locale": "da-DK",
            "tenant_id": "tenant",
            "language": "",
            "updated_at": "2025-01-01T00:00:00+00:00",
        }
        for n in range(1, count + 1)
    }
    data = {"meta": {"1": {"schema_version": SCHEMA_VERSION}}, "people": people}
    (tmp_path / FILE_NAME).write_text(json.dumps(data), encoding="utf-8")

    with Database.open(tmp_path) as database:
        repo = People(database)
        repo.upsert(Person(user_id="29:user-1", name="Person 1"))
        assert replaces == []
        rounds = 2_000

        def timed(call: Callable[[int], object]) -> float:
            start = time.perf_counter()
            for n in range(rounds):
                assert call(n * 25 + 1) is not None
            return time.perf_counter() - start

        elapsed = [
            timed(lambda n: repo.get(f"29:user-{n}")),
            timed(lambda n: repo.by_email(f"USER{n}@varde.dk")),
            timed(lambda n: repo.by_aad(f"aad-{n}")),
            timed(lambda n: repo.upsert(Person(user_id=f"29:user-{n}", name=f"Person {n}"))),
        ]

    # A scan of 50,000 documents takes milliseconds; 2,000 of them would take seconds.
    assert max(elapsed) < 0.5, elapsed
    assert replaces == []
