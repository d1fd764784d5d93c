"""In-memory indexes over a table, so lookups by key do not scan it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from tinydb.table import Table

_LOGGER = logging.getLogger(__name__)

KeyOf = Callable[[Mapping[str, Any]], str]


class TableIndex:
    """A unique key and optional secondary lookups (value -> doc ids) for one table.

    Build one per table through `Database.shared`, so every repository on the table sees the
    same index.
    """

    def __init__(
        self, table: Table, key_of: KeyOf, lookups: Iterable[tuple[str, KeyOf]] = ()
    ) -> None:
        self._table = table
        self._key_of = key_of
        self._lookup_of = dict(lookups)
        self._generation = -1
        self._ids: dict[str, int] = {}
        self._lookups: dict[str, dict[str, set[int]]] = {}

    def refresh(self, generation: int) -> None:
        """Rebuild from the table if memory was reloaded from disk since the last build."""
        if generation == self._generation:
            return
        self._ids = {}
        self._lookups = {name: {} for name in self._lookup_of}
        for doc in self._table:
            key = self._key_of(doc)
            if not key:
                _LOGGER.warning("%s: document %s has no key", self._table.name, doc.doc_id)
                continue
            if key in self._ids:
                _LOGGER.warning("%s: %s is stored twice; the later wins", self._table.name, key)
            self.add(doc.doc_id, None, doc)
        self._generation = generation

    def doc_id(self, key: str) -> int | None:
        """The document stored under `key`."""
        return self._ids.get(key)

    def doc_ids(self, lookup: str, value: str) -> set[int]:
        """The documents whose `lookup` value is `value`."""
        return self._lookups[lookup].get(value, set())

    def keys(self) -> list[str]:
        """Every key stored."""
        return list(self._ids)

    def values(self, lookup: str) -> list[str]:
        """The values `lookup` has among the documents."""
        return list(self._lookups[lookup])

    def add(self, doc_id: int, old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> None:
        """Index `new`, stored as `doc_id`, in place of `old`; call after the write succeeded."""
        self._ids[self._key_of(new)] = doc_id
        for name, value_of in self._lookup_of.items():
            ids = self._lookups[name]
            if old is not None and (holders := ids.get(before := value_of(old))) is not None:
                holders.discard(doc_id)
                if not holders:
                    del ids[before]
            if after := value_of(new):
                ids.setdefault(after, set()).add(doc_id)

    def discard(self, key: str) -> None:
        """Forget `key`; only for tables without lookups."""
        self._ids.pop(key, None)
