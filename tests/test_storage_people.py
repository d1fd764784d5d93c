"""People: stored, changed, looked up by id, e-mail and AAD id, fast at 50,000 records."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from storage import SCHEMA_VERSION, Database, People, Person
from storage.db import FILE_NAME
from tests import storage_helpers
from tests.storage_helpers import ANNE, Clock, on_disk

# The shared fixtures, bound here so that pytest finds them in this module.
clock = storage_helpers.clock
db = storage_helpers.db
replaces = storage_helpers.replaces


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


def test_repositories_on_one_database_share_their_indexes(db: Database) -> None:
    first, second = People(db), People(db)
    first.upsert(ANNE)

    assert second.get("29:anne") is not None
    second.upsert(Person(user_id="29:anne", email="anne.aero@varde.dk"))

    assert first.by_email("anne.aero@varde.dk") is not None
    assert first.by_email("anne@varde.dk") is None
    assert len(on_disk(db)["people"]) == 1


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
