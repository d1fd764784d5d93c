"""botbuilder's Storage interface on our TinyDB state store, so dialog state survives restarts."""

from __future__ import annotations

from typing import Any

from botbuilder.core import Storage, StoreItem

from storage.state_store import StateStore


class TinyDBStorage(Storage):
    def __init__(self, store: StateStore):
        self._store = store

    async def read(self, keys: list[str]) -> dict[str, Any]:
        return self._store.read(list(keys))

    async def write(self, changes: dict[str, Any]) -> None:
        if not changes:
            return
        self._store.write({key: _as_dict(value) for key, value in changes.items()})

    async def delete(self, keys: list[str]) -> None:
        self._store.delete(list(keys))


def _as_dict(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if isinstance(value, StoreItem):
        return {k: v for k, v in vars(value).items() if not k.startswith("_")}
    raise TypeError(f"bot state must be a dict or StoreItem, not {type(value).__name__}")
