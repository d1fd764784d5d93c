"""A settable clock, a database on real files and a few records, for the storage tests."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from storage import Channel, ConversationRef, Database, InstalledTeam, Person
from storage import files as files_module


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
