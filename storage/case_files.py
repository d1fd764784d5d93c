"""IT cases in small files, so a new case rewrites a few hundred cases, never all of them.

Cases live beside the main file in `cases/`:
- `open-NNNNN.json` holds the cases numbered NNNNN*BLOCK up to the next block that are not archived
  yet: open, solved, and closed since the last archiving. Only these are read at start.
- `archive-NNNNN.json` holds the archived (closed or merged) cases of the same block. An archive
  file is read when one of its cases is asked for.
- `archived.json` lists every archived case's requester and when it left the open list, so
  "mine sager" and retention find archived cases without reading every archive file.

A case moves to its archive file first and leaves its open file after, so a crash between the two
leaves it in both; the open copy wins, and the next archiving finishes the move.
"""

from __future__ import annotations

import contextlib
import logging
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

from storage.atomic_storage import AtomicJSONStorage
from storage.case_index import CaseIndex
from storage.db import Database
from storage.errors import StorageError
from storage.files import encode, remove_file

_LOGGER = logging.getLogger(__name__)

DIR_NAME: Final = "cases"
BLOCK: Final = 250  # case numbers per file
CATALOGUE: Final = "archived.json"
TABLE: Final = "cases"
LEGACY_TABLE: Final = "cases"  # where the main file kept every case before they had their own
ARCHIVED_STATES: Final = ("closed", "merged")
_ARCHIVE_FILES_KEPT: Final = 16  # archive files held in memory after a lookup

Docs = dict[str, dict[str, Any]]


class CaseFile:
    """One JSON file of documents by key, in memory, written whole and crash-safe."""

    def __init__(self, path: Path, read_only: bool) -> None:
        self.path = path
        self._storage = AtomicJSONStorage(path, read_only=read_only)
        self.docs: Docs = dict((self._storage.read() or {}).get(TABLE, {}))
        # Each document's `"key":{…}` JSON from the last write, beside the document it encodes.
        # A change stores a new document and never edits a stored one in place, so a document
        # that is still the same object has the same JSON: a write encodes only what changed,
        # not the whole block of cases.
        self._encoded: dict[str, tuple[dict[str, Any], bytes]] = {}

    def commit(self, docs: Docs) -> None:
        """Make `docs` the file's content; an empty file is removed."""
        if docs:
            self._storage.write({TABLE: docs}, self._payload(docs))
        elif self.path.exists():
            remove_file(self.path)
        self.docs = docs

    def _payload(self, docs: Docs) -> bytes:
        """The file's JSON, the same bytes as encoding `{TABLE: docs}` whole."""
        encoded = {}
        for key, doc in docs.items():
            held = self._encoded.get(key)
            if held is None or held[0] is not doc:
                held = (doc, encode(key) + b":" + encode(doc))
            encoded[key] = held
        self._encoded = encoded
        pieces = b",".join(member for _, member in encoded.values())
        return b"{" + encode(TABLE) + b":{" + pieces + b"}}"


class CaseFiles:
    """Every case file of one database, and the in-memory indexes over the open files."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._dir = db.path.parent / DIR_NAME
        self._read_only = db.read_only
        if not self._read_only:
            self._dir.mkdir(exist_ok=True)
        self._open: dict[int, CaseFile] = {}
        self._archives: OrderedDict[int, CaseFile] = OrderedDict()
        self._catalogue: CaseFile | None = None
        self._staged: dict[Path, tuple[CaseFile, Docs]] | None = None
        self._archived_by_requester: dict[str, set[int]] | None = None
        self.index = CaseIndex()
        for path in sorted(self._dir.glob("open-*.json")):
            self._open[_block_of_file(path)] = CaseFile(path, self._read_only)
        self._rebuild_index()
        self.highest = max(self.numbers_open(), default=0)
        archive_blocks = self.archive_blocks()
        if archive_blocks:
            newest = self.archive(max(archive_blocks))
            assert newest is not None  # its block was just listed
            self.highest = max(self.highest, max((int(k) for k in self.docs(newest)), default=0))
        if not self._read_only:
            self._adopt_legacy_table()

    # -- reading ------------------------------------------------------------------------------

    def docs(self, file: CaseFile) -> Docs:
        """A file's documents as the current batch sees them."""
        if self._staged is not None and file.path in self._staged:
            return self._staged[file.path][1]
        return file.docs

    def archive_blocks(self) -> list[int]:
        """The blocks that have an archive file, lowest first."""
        return sorted(_block_of_file(path) for path in self._dir.glob("archive-*.json"))

    @property
    def in_batch(self) -> bool:
        return self._staged is not None

    def open_file(self, block: int, create: bool = False) -> CaseFile | None:
        if block not in self._open and create:
            self._open[block] = CaseFile(self._dir / f"open-{block:05d}.json", self._read_only)
        return self._open.get(block)

    def archive(self, block: int, create: bool = False) -> CaseFile | None:
        """The archive file of a block, read on first use and kept while it is used often."""
        if block in self._archives:
            self._archives.move_to_end(block)
            return self._archives[block]
        path = self._dir / f"archive-{block:05d}.json"
        if not create and not path.exists():
            return None
        file = CaseFile(path, self._read_only)
        self._archives[block] = file
        while len(self._archives) > _ARCHIVE_FILES_KEPT:
            oldest = next(iter(self._archives))
            if self._staged is not None and self._archives[oldest].path in self._staged:
                break  # a batch still holds changes for it
            del self._archives[oldest]
        return file

    def archived_of(self, requester: str) -> set[int]:
        """The archived cases the catalogue lists under `requester`."""
        if self._archived_by_requester is None:
            found: dict[str, set[int]] = {}
            for key, entry in self.docs(self.catalogue()).items():
                found.setdefault(str(entry.get("requester", "")), set()).add(int(key))
            self._archived_by_requester = found
        return self._archived_by_requester.get(requester, set())

    def catalogue(self) -> CaseFile:
        if self._catalogue is None:
            self._catalogue = CaseFile(self._dir / CATALOGUE, self._read_only)
        return self._catalogue

    def open_doc(self, number: int) -> dict[str, Any] | None:
        file = self._open.get(number // BLOCK)
        return None if file is None else self.docs(file).get(str(number))

    def archived_doc(self, number: int) -> dict[str, Any] | None:
        file = self.archive(number // BLOCK)
        return None if file is None else self.docs(file).get(str(number))

    def numbers_open(self) -> Iterator[int]:
        """The numbers of every case in the open files."""
        for file in self._open.values():
            yield from (int(key) for key in self.docs(file))

    # -- writing ------------------------------------------------------------------------------

    def put(self, file: CaseFile, key: str, doc: dict[str, Any] | None) -> None:
        """Store (or with None, remove) one document, at once or at the end of the batch."""
        if self._read_only:
            raise StorageError(f"{file.path} is open read-only")
        if self._staged is not None and file.path in self._staged:
            docs = self._staged[file.path][1]  # the batch's own copy: change it in place
        else:
            docs = dict(file.docs)
        old = docs.pop(key, None)
        if doc is not None:
            docs[key] = doc
        if self._staged is not None:
            self._staged[file.path] = (file, docs)
        else:
            file.commit(docs)
        if file.path.name.startswith("open-"):
            self.index.remove(int(key), old)
            self.index.add(int(key), doc)
        elif file.path.name == CATALOGUE and self._archived_by_requester is not None:
            if old is not None:
                self._archived_by_requester.get(old.get("requester", ""), set()).discard(int(key))
            if doc is not None:
                self._archived_by_requester.setdefault(doc["requester"], set()).add(int(key))

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Write each file changed inside the block once, at its end; nothing if it raises."""
        if self._staged is not None:
            raise StorageError("case batches do not nest")
        self._staged = {}
        try:
            yield
        except BaseException:
            self._staged = None
            self._rebuild_index()
            self._archived_by_requester = None
            raise
        staged, self._staged = self._staged, None
        # Archive files before the catalogue before the open files: see the module docstring.
        order = sorted(staged.values(), key=lambda item: _write_order(item[0].path))
        try:
            for file, docs in order:
                file.commit(docs)
        finally:
            self._rebuild_index()

    def _rebuild_index(self) -> None:
        self.index.rebuild(
            (key, doc) for file in self._open.values() for key, doc in self.docs(file).items()
        )

    def _adopt_legacy_table(self) -> None:
        """Move cases kept in the main file by earlier versions into case files."""
        table = self._db.table(LEGACY_TABLE)
        docs = list(table)
        if not docs:
            return
        _LOGGER.info("moving %d cases from %s into %s", len(docs), self._db.path, self._dir)
        with self.batch():
            for doc in docs:
                number = int(doc["number"])
                if self.open_doc(number) is None:
                    file = self.open_file(number // BLOCK, create=True)
                    assert file is not None
                    self.put(file, str(number), dict(doc))
                self.highest = max(self.highest, number)
        # Only now that the case files hold them: a crash before this line moves them again.
        table.truncate()


def _block_of_file(path: Path) -> int:
    return int(path.stem.rsplit("-", 1)[1])


def _write_order(path: Path) -> int:
    if path.name.startswith("archive-"):
        return 0
    return 1 if path.name == CATALOGUE else 2
