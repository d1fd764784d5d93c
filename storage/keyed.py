"""One generic repository: a table of frozen records with a unique key, found without scanning."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from typing import Any, ClassVar, Generic, TypeVar

from tinydb.table import Document

from storage.clock import Clock, timestamp, utc_now
from storage.codec import from_doc, to_doc
from storage.db import Database
from storage.index import KeyOf, TableIndex

RecordT = TypeVar("RecordT")

# A repository names what is special about its table in the class statement, and inherits
# `get`, `all`, `save` and `batch`:
#
#     class Tasks(Keyed[Task], table="tasks", model=Task, key="task_id"): ...
#
# `key` is the field (and document key) each record is stored under. `lookups` maps the name of
# each secondary index to the function that gives a stored document's value in it ("" for none).
# Records go to documents and back through storage.codec, the one codec every table uses; a
# changed record gets `updated_at` from the clock.


class Keyed(Generic[RecordT]):
    """A table of `model` records stored under their `key` field, with optional lookups."""

    _table_name: ClassVar[str]
    _model: ClassVar[type[Any]]
    _key: ClassVar[str]
    _lookups: ClassVar[tuple[tuple[str, KeyOf], ...]] = ()

    def __init_subclass__(
        cls,
        *,
        table: str = "",
        model: type[Any] | None = None,
        key: str = "",
        lookups: Mapping[str, KeyOf] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init_subclass__(**kwargs)
        # A base shared by several tables may give only some of these; its subclasses the rest.
        if table:
            cls._table_name = table
        if model is not None:
            cls._model = model
        if key:
            cls._key = key
        if lookups is not None:
            cls._lookups = tuple(lookups.items())

    def __init__(self, db: Database, now: Clock | None = None) -> None:
        self._db = db
        self._now = now or utc_now
        self._table = db.table(self._table_name)
        # Every repository on one table shares its index, so a change through one is seen by all.
        self._index = db.shared(f"index:{self._table_name}", self._new_index)
        self._index.refresh(db.generation)

    def batch(self) -> AbstractContextManager[None]:
        """Write every change made inside the block to disk at once; never await inside it."""
        return self._db.transaction()

    def _decode(self, doc: Mapping[str, Any]) -> RecordT:
        record: RecordT = from_doc(self._model, doc)
        return record

    def get(self, key: str) -> RecordT | None:
        """The record stored under `key`, if any."""
        doc = self._doc(key)
        return None if doc is None else self._decode(doc)

    def all(self) -> list[RecordT]:
        """Every record, in the order they were first stored."""
        return [self._decode(doc) for doc in self._table]

    def save(self, record: RecordT) -> RecordT:
        """Store `record` as given, unless only updated_at would change."""
        return self._store(record)

    def _store(
        self, record: RecordT, merge: Callable[[RecordT, RecordT], RecordT] | None = None
    ) -> RecordT:
        """Save `record` (merged onto the stored one), unless only updated_at would change."""
        key = getattr(record, self._key)
        if not key:
            raise ValueError(f"{type(record).__name__}.{self._key} must not be empty")
        old = self._doc(str(key))
        # Replacing needs nothing from the stored record, so it is not decoded.
        if old is not None and merge is not None:
            record = merge(self._decode(old), record)
        doc = to_doc(record)
        if old is not None and all(
            old.get(name) == value for name, value in doc.items() if name != "updated_at"
        ):
            return self._decode(old)
        doc["updated_at"] = self._timestamp()
        if old is None:
            doc_id = self._table.insert(doc)
        else:
            doc_id = old.doc_id
            self._table.update(doc, doc_ids=[doc_id])
        self._index.add(doc_id, old, doc)
        return self._decode(doc)

    def _find(self, lookup: str, value: str) -> RecordT | None:
        """The most recently updated record whose `lookup` value is `value`."""
        docs = self._docs(lookup, value)
        if not docs:
            return None
        newest = max(docs, key=lambda doc: (doc.get("updated_at", ""), doc.doc_id))
        return self._decode(newest)

    def _where(self, lookup: str, value: str) -> list[RecordT]:
        """The records whose `lookup` value is `value`, in the order they were first stored."""
        return [self._decode(doc) for doc in self._docs(lookup, value)]

    def _docs(self, lookup: str, value: str) -> list[Document]:
        """The stored documents whose `lookup` value is `value`, in the order they were stored."""
        self._index.refresh(self._db.generation)
        found = (self._table.get(doc_id=i) for i in sorted(self._index.doc_ids(lookup, value)))
        return [doc for doc in found if isinstance(doc, Document)]

    def _remove(self, key: str) -> bool:
        """Delete the record stored under `key`; False if there was none; only without lookups."""
        doc_id = self._index.doc_id(key) if self._doc(key) is not None else None
        if doc_id is None:
            return False
        self._table.remove(doc_ids=[doc_id])
        self._index.discard(key)
        return True

    def _doc(self, key: str) -> Document | None:
        self._index.refresh(self._db.generation)
        doc_id = self._index.doc_id(key)
        doc = None if doc_id is None else self._table.get(doc_id=doc_id)
        return doc if isinstance(doc, Document) else None

    def _timestamp(self) -> str:
        return timestamp(self._now)

    def _new_index(self) -> TableIndex:
        key = self._key
        return TableIndex(self._table, lambda doc: str(doc.get(key) or ""), self._lookups)
