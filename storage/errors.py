"""What the storage raises when its files cannot be used."""

from __future__ import annotations


class StorageError(Exception):
    """The database cannot be used as it is."""


class StorageCorrupt(StorageError):
    """The database file exists but does not hold a readable TinyDB document."""
