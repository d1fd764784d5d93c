"""The bot's TinyDB file: crash-safe writes, a schema version and one writer per process."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, Final, TypeVar

import orjson
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document, Table

try:
    import fcntl
except ImportError:  # not on POSIX: the single-process rule is then unenforced
    fcntl = None  # type: ignore[assignment]

_LOGGER = logging.getLogger(__name__)

# All storage calls run on the asyncio event loop thread and never await in the middle of a
# change, so each change is complete before the next starts: there is one writer and no locks.

FILE_NAME: Final = "it-hjaelp.json"
SCHEMA_VERSION: Final = 1
META_TABLE: Final = "meta"
_META_DOC_ID: Final = 1

Tables = dict[str, dict[str, Any]]
SharedT = TypeVar("SharedT")


class StorageError(Exception):
    """The database cannot be used as it is."""


class StorageCorrupt(StorageError):
    """The database file exists but does not hold a readable TinyDB document."""


# Each entry upgrades the file from the version in its key to that version + 1, inside one
# transaction. Register a function here when SCHEMA_VERSION goes up.
MIGRATIONS: dict[int, Callable[[Database], None]] = {}


class AtomicJSONStorage(Storage):
    """A TinyDB storage kept in memory and written whole via temp file, fsync and rename."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self._path = Path(path)
        self._dir = self._path.parent
        self._temp_prefix = f".{self._path.name}."
        self._read_only = read_only
        self._closed = False
        self._broken: BaseException | None = None
        self._deferred = False
        self._dirty = False
        # Bumped whenever memory is reloaded from disk, so indexes built on it know to rebuild.
        self.generation = 0
        if not read_only:
            self._remove_stale_temp_files()
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
            with tempfile.TemporaryFile(dir=self._dir):
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
            self._replace_file(_encode(data) if payload is None else payload)
        except BaseException:
            # TinyDB changed the dict it read before calling write, so memory is ahead of the
            # file whatever stopped us; the file is the truth.
            self._reload()
            raise
        self._data = data

    def _replace_file(self, payload: bytes) -> None:
        fd, temp_name = tempfile.mkstemp(prefix=self._temp_prefix, suffix=".tmp", dir=self._dir)
        try:
            with os.fdopen(fd, "wb") as temp:
                temp.write(payload)
                temp.flush()
                os.fsync(temp.fileno())
            os.replace(temp_name, self._path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp_name)
            raise
        _fsync_dir(self._dir)

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

    def _remove_stale_temp_files(self) -> None:
        for stale in self._dir.glob(f"{self._temp_prefix}*.tmp"):
            # Left by a process that died before its rename: the real file is still whole.
            _LOGGER.warning("removing %s, left by an interrupted write", stale)
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()


def _encode(data: object) -> bytes:
    """Tables, or any part of them, as compact UTF-8 JSON: what the standard library writes."""
    # Every change rewrites the whole file, and encoding it was most of a write's CPU time on
    # the event loop; orjson does it several times faster.
    return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS)


def _fsync_dir(directory: Path) -> None:
    """Make a rename in `directory` survive a power cut."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class _ProcessLock:
    """An exclusive lock file, so a second bot process cannot overwrite the first one's data."""

    def __init__(self, path: Path | None) -> None:
        self._file = None if fcntl is None or path is None else path.open("ab")
        if self._file is None:
            return
        try:
            fcntl.flock(self._file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            self._file.close()
            raise StorageError(f"{path} is held by another open database") from error

    def release(self) -> None:
        """Let another process open the database."""
        if self._file is not None:
            self._file.close()
            self._file = None


class Database:
    """The bot's data file; open it once per process with `Database.open`."""

    def __init__(self, path: Path, read_only: bool = False) -> None:
        self._read_only = read_only
        # A reader takes no lock: writes replace the file whole, so it always reads a whole state.
        self._lock = _ProcessLock(None if read_only else path.with_name(f".{path.name}.lock"))
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
        return self._shared[name]

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
