"""What writing one changed record costs as the database grows: TinyDB rewrites the whole file."""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from storage.codec import to_doc
from storage.db import Database
from storage.models import Person
from storage.repositories import People

SIZES = (1_000, 10_000, 50_000)
WRITES = 30
NOOPS = 2_000


def _person(i: int) -> Person:
    return Person(
        user_id=f"29:1bench{i:06d}",
        name=f"Person {i}",
        email=f"person{i}@jobcenter.varde.example",
        aad_object_id=f"00000000-0000-4000-8000-{i:012d}",
        locale="da-DK",
    )


def measure() -> dict:
    by_size = {}
    for size in SIZES:
        with tempfile.TemporaryDirectory() as data:
            db = Database.open(Path(data))
            # One bulk insert: filling 50k records one upsert at a time would take minutes.
            with db.transaction():
                db.table("people").insert_multiple(to_doc(_person(i)) for i in range(size))
            people = People(db)
            writes = []
            for n in range(WRITES):
                changed = replace(_person(n), name=f"Renamed {n}")
                started = time.perf_counter()
                people.upsert(changed)
                writes.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            for n in range(WRITES, WRITES + NOOPS):  # records that are stored exactly like this
                people.upsert(_person(n % size))
            noop_us = (time.perf_counter() - started) / NOOPS * 1e6
            file_kb = db.path.stat().st_size / 1024
            db.close()
        by_size[str(size)] = {
            "write_ms": statistics.median(writes),
            "noop_us": noop_us,
            "file_kb": file_kb,
        }
    ratio = by_size["50000"]["write_ms"] / by_size["1000"]["write_ms"]
    return {"by_size": by_size, "write_ratio_50k_1k": ratio}
