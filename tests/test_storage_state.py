"""The state store: reads, writes and deletes of several keys, e-tags, JSON values only."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storage import Database, ETagConflict, StateStore
from tests import storage_helpers

# The shared fixtures, bound here so that pytest finds them in this module.
db = storage_helpers.db
replaces = storage_helpers.replaces


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
