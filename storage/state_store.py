"""Bot conversation and user state as JSON values under string keys, with e_tags."""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Iterable, Mapping
from typing import Any, Final

from storage.db import Database
from storage.index import TableIndex

TABLE: Final = "state"
E_TAG: Final = "e_tag"
ANY_E_TAG: Final = "*"


class ETagConflict(KeyError):
    """A write carried an e_tag that no longer matches the stored one."""

    def __init__(self, key: str, given: object, stored: object) -> None:
        super().__init__(key)
        self.key = key
        self.given = given
        self.stored = stored

    def __str__(self) -> str:
        return f"e_tag conflict on {self.key!r}: given {self.given!r}, stored {self.stored!r}"


class StateStore:
    """A key-value store with optimistic concurrency, like botbuilder's MemoryStorage."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._table = db.table(TABLE)
        self._index = db.shared(f"index:{TABLE}", lambda: TableIndex(self._table, _key_of))
        self._index.refresh(db.generation)

    def read(self, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Copies of the stored values; keys with nothing stored are left out."""
        found = {}
        for key in keys:
            doc = self._doc(key)
            if doc is not None:
                found[key] = copy.deepcopy(doc["value"])
        return found

    def write(self, changes: Mapping[str, Mapping[str, Any]]) -> None:
        """Store every change with a new e_tag in one file write, or none of them."""
        values = {key: _json_copy(key, value) for key, value in changes.items()}
        stored_docs = {key: self._doc(key) for key in values}
        for key, value in values.items():
            given = value.get(E_TAG)
            if given == "":
                raise ValueError(f"state {key!r} has an empty e_tag")
            stored = stored_docs[key]
            current = None if stored is None else stored["value"].get(E_TAG)
            if current is not None and given not in (None, ANY_E_TAG, current):
                raise ETagConflict(key, given, current)
        if not values:
            return
        written: list[tuple[int, Any, dict[str, Any]]] = []
        with self._db.transaction():
            for key, value in values.items():
                value[E_TAG] = uuid.uuid4().hex
                doc = {"key": key, "value": value}
                stored = stored_docs[key]
                if stored is None:
                    written.append((self._table.insert(doc), None, doc))
                else:
                    self._table.update(doc, doc_ids=[stored.doc_id])
                    written.append((stored.doc_id, stored, doc))
        for doc_id, old, new in written:
            self._index.add(doc_id, old, new)

    def delete(self, keys: Iterable[str]) -> None:
        """Forget the keys; unknown keys are ignored."""
        self._index.refresh(self._db.generation)
        doomed = {key: doc_id for key in keys if (doc_id := self._index.doc_id(key)) is not None}
        if not doomed:
            return
        self._table.remove(doc_ids=list(doomed.values()))
        for key in doomed:
            self._index.discard(key)

    def _doc(self, key: str) -> Any:
        self._index.refresh(self._db.generation)
        doc_id = self._index.doc_id(key)
        return None if doc_id is None else self._table.get(doc_id=doc_id)


def _key_of(doc: Mapping[str, Any]) -> str:
    """The key of a well-formed state document, else "" so the index leaves it out."""
    key = doc.get("key")
    return key if isinstance(key, str) and isinstance(doc.get("value"), dict) else ""


def _json_copy(key: object, value: object) -> dict[str, Any]:
    """A JSON-native copy of `value`, or TypeError naming the key."""
    if not isinstance(key, str) or not key:
        raise TypeError(f"state keys must be non-empty strings, not {key!r}")
    if not isinstance(value, Mapping):
        raise TypeError(f"state {key!r} must be a dict, not {type(value).__name__}")
    try:
        copied: dict[str, Any] = json.loads(json.dumps(value, allow_nan=False))
        return copied
    except (TypeError, ValueError) as error:
        raise TypeError(f"state {key!r} cannot be stored as JSON: {error}") from error
