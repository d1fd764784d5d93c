"""A TinyDB storage kept in memory and written whole and crash-safe on every change."""

from __future__ import annotations

import contextlib
import json
import logging
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from storage.errors import StorageCorrupt, StorageError
from storage.files import encode, remove_stale_temp_files, replace_file

_LOGGER = logging.getLogger(__name__)

Tables = dict[str, dict[str, Any]]


class AtomicJSONStorage(Storage):
    """A TinyDB storage kept in memory and written whole via temp file, fsync and rename."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self._path = Path(path)
        self._read_only = read_only
        self._closed = False
        self._broken: BaseException | None = None
        self._deferred = False
        self._dirty = False
        # Bumped whenever memory is reloaded from disk, so indexes built on it know to rebuild.
        self.generation = 0
        if not read_only:
            remove_stale_temp_files(self._path)
        self._data: Tables = self._load()

    @property
    def path(self) -> Path:
        """The JSON file."""
        return self._path

    def read(self) -> Tables | None:
        """The in-memory tables, or None when there are none yet."""
        self._check_usable()
        return self._data or None

    def write(self, data: Tables, payload: bytes | None = None) -> None:
        """Make `data` the new state, on disk first; `payload` is `data` if encoded already."""
        self._check_usable()
        if self._read_only:
            raise StorageError(f"{self._path} is open read-only")
        if self._deferred:
            self._data = data
            self._dirty = True
            return
        self._commit(data, payload)

    def close(self) -> None:
        """Refuse further reads and writes."""
        self._closed = True

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        """Collect the writes made inside the block into one file write at its end."""
        self._check_usable()
        if self._deferred:
            raise StorageError("transactions do not nest")
        self._deferred = True
        self._dirty = False
        try:
            yield
        except BaseException:
            self._deferred = False
            self._reload()
            raise
        self._deferred = False
        if self._dirty:
            self._commit(self._data)

    def healthy(self) -> bool:
        """Whether the file can be read and a file can be created beside it."""
        if self._closed or self._broken is not None:
            return False
        try:
            with self._path.open("rb") as file:
                file.read(1)
            with tempfile.TemporaryFile(dir=self._path.parent):
                pass
        except OSError as error:
            _LOGGER.warning("storage %s is not healthy: %s", self._path, error)
            return False
        return True

    def _check_usable(self) -> None:
        if self._closed:
            raise StorageError(f"{self._path} is closed")
        if self._broken is not None:
            raise StorageError(
                f"{self._path} could not be reloaded after a failed write; restart the bot"
            ) from self._broken

    def _commit(self, data: Tables, payload: bytes | None = None) -> None:
        try:
            self._replace_file(encode(data) if payload is None else payload)
        except BaseException:
            # TinyDB changed the dict it read before calling write, so memory is ahead of the
            # file whatever stopped us; the file is the truth.
            self._reload()
            raise
        self._data = data

    def _replace_file(self, payload: bytes) -> None:
        # A method of its own, so `make bench` can time the file write apart from encoding.
        replace_file(self._path, payload)

    def _reload(self) -> None:
        self.generation += 1
        try:
            self._data = self._load()
        except (OSError, StorageError) as error:
            self._broken = error
            _LOGGER.error("storage %s could not be reloaded: %s", self._path, error)

    def _load(self) -> Tables:
        try:
            raw = self._path.read_bytes()
        except FileNotFoundError:
            return {}
        if not raw.strip():
            # Our writes never leave an empty file, so something else cut it short.
            raise StorageCorrupt(
                f"{self._path} is empty; restore it from a backup or delete it to start empty"
            )
        try:
            data = json.loads(raw.decode("utf-8"))
        except ValueError as error:
            raise StorageCorrupt(
                f"{self._path} is not valid JSON ({error}); restore it from a backup or delete "
                "it to start empty"
            ) from error
        if not isinstance(data, dict) or not all(
            isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values())
            for table in data.values()
        ):
            raise StorageCorrupt(f"{self._path} is JSON but not a TinyDB database")
        return data
