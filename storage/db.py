"""The bot's TinyDB file: its schema version, its migrations and one writer per process."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, Final, TypeVar

from tinydb import TinyDB
from tinydb.table import Document, Table

from storage.atomic_storage import AtomicJSONStorage
from storage.errors import StorageCorrupt, StorageError
from storage.process_lock import ProcessLock

_LOGGER = logging.getLogger(__name__)

# All storage calls run on the asyncio event loop thread and never await in the middle of a
# change, so each change is complete before the next starts: there is one writer and no locks.

FILE_NAME: Final = "it-hjaelp.json"
SCHEMA_VERSION: Final = 1
META_TABLE: Final = "meta"
_META_DOC_ID: Final = 1

SharedT = TypeVar("SharedT")

# Each entry upgrades the file from the version in its key to that version + 1, inside one
# transaction. Register a function here when SCHEMA_VERSION goes up.
MIGRATIONS: dict[int, Callable[[Database], None]] = {}


class Database:
    """The bot's data file; open it once per process with `Database.open`."""

    def __init__(self, path: Path, read_only: bool = False) -> None:
        self._read_only = read_only
        # A reader takes no lock: writes replace the file whole, so it always reads a whole state.
        self._lock = ProcessLock(None if read_only else path.with_name(f".{path.name}.lock"))
        try:
            self._tinydb = TinyDB(path, storage=AtomicJSONStorage, read_only=read_only)
        except BaseException:
            self._lock.release()
            raise
        self._storage: AtomicJSONStorage = self._tinydb.storage  # type: ignore[assignment]
        self._shared: dict[str, Any] = {}
        try:
            self._check_schema()
        except BaseException:
            self.close()
            raise
        _LOGGER.info("opened %s (schema version %d)", path, self.schema_version)

    @classmethod
    def open(cls, data_dir: Path) -> Database:
        """Open (or create) the database file in `data_dir`."""
        data_dir.mkdir(parents=True, exist_ok=True)
        return cls(data_dir / FILE_NAME)

    @classmethod
    def read(cls, data_dir: Path) -> Database:
        """Open the database in `data_dir` for reading only, also while a bot has it open."""
        return cls(data_dir / FILE_NAME, read_only=True)

    @property
    def path(self) -> Path:
        """The JSON file."""
        return self._storage.path

    @property
    def read_only(self) -> bool:
        """Whether this process only reads the file."""
        return self._read_only

    @property
    def generation(self) -> int:
        """Changes whenever memory was reloaded from disk; indexes rebuild when it moves."""
        return self._storage.generation

    @property
    def schema_version(self) -> int:
        """The schema version of the open file."""
        meta = self.table(META_TABLE).get(doc_id=_META_DOC_ID)
        return int(meta["schema_version"]) if isinstance(meta, dict) else 0

    def table(self, name: str) -> Table:
        """A TinyDB table; only code in storage/ uses it."""
        return self._tinydb.table(name)

    def table_names(self) -> list[str]:
        """Every table in the file but the schema's own."""
        return sorted(self._tinydb.tables() - {META_TABLE})

    def shared(self, name: str, factory: Callable[[], SharedT]) -> SharedT:
        """One object per name for this database, such as the index every repository shares."""
        if name not in self._shared:
            self._shared[name] = factory()
        found: SharedT = self._shared[name]
        return found

    def transaction(self) -> contextlib.AbstractContextManager[None]:
        """Group changes into one file write, or none if the block raises; never await inside."""
        return self._storage.deferred()

    def healthy(self) -> bool:
        """Whether the file can be read and the directory written."""
        return self._storage.healthy()

    def close(self) -> None:
        """Close the file and release it for another process."""
        self._tinydb.close()
        self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _check_schema(self) -> None:
        meta = self.table(META_TABLE)
        stored = meta.get(doc_id=_META_DOC_ID)
        if isinstance(stored, dict):
            version = stored.get("schema_version")
            if not isinstance(version, int) or isinstance(version, bool) or version < 1:
                raise StorageCorrupt(f"{self.path} has an invalid schema version {version!r}")
        elif self._tinydb.tables() - {META_TABLE}:
            _LOGGER.warning("%s has data but no schema version; taking it as version 1", self.path)
            version = 1
        else:
            version = SCHEMA_VERSION
        if version > SCHEMA_VERSION:
            raise StorageError(
                f"{self.path} has schema version {version}, but this version of the bot "
                f"understands up to {SCHEMA_VERSION}; run a newer bot or restore a backup"
            )
        if isinstance(stored, dict) and version == SCHEMA_VERSION:
            return
        if self._read_only:
            if version != SCHEMA_VERSION:
                raise StorageError(f"{self.path} needs a migration; start the bot once first")
            return
        with self.transaction():
            for step in range(version, SCHEMA_VERSION):
                migrate = MIGRATIONS.get(step)
                if migrate is None:
                    raise StorageError(f"no migration from schema version {step} to {step + 1}")
                _LOGGER.info("migrating %s from schema version %d", self.path, step)
                migrate(self)
            meta.upsert(Document({"schema_version": SCHEMA_VERSION}, doc_id=_META_DOC_ID))
