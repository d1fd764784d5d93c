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

import bisect
import contextlib
import logging
import os
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from storage.codec import from_doc, to_doc
from storage.db import AtomicJSONStorage, Database, StorageError, _encode, _fsync_dir
from storage.models import Case

_LOGGER = logging.getLogger(__name__)

DIR_NAME: Final = "cases"
BLOCK: Final = 250  # case numbers per file
CATALOGUE: Final = "archived.json"
TABLE: Final = "cases"
LEGACY_TABLE: Final = "cases"  # where the main file kept every case before they had their own
ARCHIVED_STATES: Final = ("closed", "merged")
_CLOSED_STATES: Final = ("resolved", "closed", "merged")
_ARCHIVE_FILES_KEPT: Final = 16  # archive files held in memory after a lookup

# The requester of an anonymised case: the person is gone, the statistics stay.
ANONYMOUS: Final = "anonymiseret"

Docs = dict[str, dict[str, Any]]
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


class _File:
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
            os.unlink(self.path)
            _fsync_dir(self.path.parent)
        self.docs = docs

    def _payload(self, docs: Docs) -> bytes:
        """The file's JSON, the same bytes as encoding `{TABLE: docs}` whole."""
        encoded = {}
        for key, doc in docs.items():
            held = self._encoded.get(key)
            if held is None or held[0] is not doc:
                held = (doc, _encode(key) + b":" + _encode(doc))
            encoded[key] = held
        self._encoded = encoded
        pieces = b",".join(member for _, member in encoded.values())
        return b"{" + _encode(TABLE) + b":{" + pieces + b"}}"


class CaseFiles:
    """Every case file of one database, and the in-memory indexes over the open files."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._dir = db.path.parent / DIR_NAME
        self._read_only = db.read_only
        if not self._read_only:
            self._dir.mkdir(exist_ok=True)
        self._open: dict[int, _File] = {}
        self._archives: OrderedDict[int, _File] = OrderedDict()
        self._catalogue: _File | None = None
        self._staged: dict[Path, tuple[_File, Docs]] | None = None
        self._archived_by_requester: dict[str, set[int]] | None = None
        for path in sorted(self._dir.glob("open-*.json")):
            self._open[_block_of_file(path)] = _File(path, self._read_only)
        self._rebuild_index()
        self.highest = max(self.numbers_open(), default=0)
        archive_blocks = self.archive_blocks()
        if archive_blocks:
            newest = self.archive(max(archive_blocks))
            self.highest = max(self.highest, max((int(k) for k in self.docs(newest)), default=0))
        if not self._read_only:
            self._adopt_legacy_table()

    # -- reading ------------------------------------------------------------------------------

    def docs(self, file: _File) -> Docs:
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

    def open_file(self, block: int, create: bool = False) -> _File | None:
        if block not in self._open and create:
            self._open[block] = _File(self._dir / f"open-{block:05d}.json", self._read_only)
        return self._open.get(block)

    def archive(self, block: int, create: bool = False) -> _File | None:
        """The archive file of a block, read on first use and kept while it is used often."""
        if block in self._archives:
            self._archives.move_to_end(block)
            return self._archives[block]
        path = self._dir / f"archive-{block:05d}.json"
        if not create and not path.exists():
            return None
        file = _File(path, self._read_only)
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

    def catalogue(self) -> _File:
        if self._catalogue is None:
            self._catalogue = _File(self._dir / CATALOGUE, self._read_only)
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

    def put(self, file: _File, key: str, doc: dict[str, Any] | None) -> None:
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
            self._unindex(int(key), old)
            self._index(int(key), doc)
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

    # -- indexes over the open files ------------------------------------------------------------

    def _rebuild_index(self) -> None:
        self.by_requester: dict[str, set[int]] = {}
        self.open_by_team: dict[str, set[int]] = {}
        # The open cases of each team and category, lowest number first: a new report looks
        # for a recent one of its kind, and the newest is at the end whatever else is open.
        self.open_by_kind: dict[tuple[str, str], list[int]] = {}
        self.resolved: set[int] = set()
        for file in self._open.values():
            for key, doc in self.docs(file).items():
                self._index(int(key), doc)

    def _index(self, number: int, doc: dict[str, Any] | None) -> None:
        if doc is None:
            return
        self.by_requester.setdefault(str(doc.get("requester", "")), set()).add(number)
        if doc.get("status") not in _CLOSED_STATES:
            self.open_by_team.setdefault(str(doc.get("team", "")), set()).add(number)
            if (kind := _kind_of(doc)) is not None:
                bisect.insort(self.open_by_kind.setdefault(kind, []), number)
        if doc.get("status") == "resolved":
            self.resolved.add(number)

    def _unindex(self, number: int, doc: dict[str, Any] | None) -> None:
        if doc is None:
            return
        self.by_requester.get(str(doc.get("requester", "")), set()).discard(number)
        self.open_by_team.get(str(doc.get("team", "")), set()).discard(number)
        kind = _kind_of(doc)
        numbers = self.open_by_kind.get(kind, []) if kind is not None else []
        at = bisect.bisect_left(numbers, number)
        if at < len(numbers) and numbers[at] == number:
            del numbers[at]
        self.resolved.discard(number)

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


def _kind_of(doc: dict[str, Any]) -> tuple[str, str] | None:
    """The team and category a case is indexed under; None for a category that is no text."""
    category = doc.get("category")
    return (str(doc.get("team", "")), category) if isinstance(category, str) else None


def _block_of_file(path: Path) -> int:
    return int(path.stem.rsplit("-", 1)[1])


def _write_order(path: Path) -> int:
    if path.name.startswith("archive-"):
        return 0
    return 1 if path.name == CATALOGUE else 2


class Cases:
    """IT cases, by number, by requester, and the open ones by team; archived ones included."""

    def __init__(self, db: Database, now: Clock | None = None) -> None:
        self._now = now or utc_now
        self._files: CaseFiles = db.shared("case-files", lambda: CaseFiles(db))

    def batch(self) -> contextlib.AbstractContextManager[None]:
        """Write every case file changed inside the block once; never await inside it."""
        return self._files.batch()

    def open(self, case: Case) -> Case:
        """Store a new case under the next free number; numbers are never reused."""
        # Every write happens synchronously on the event loop, so two reports arriving together
        # cannot both take the same number.
        number = self._files.highest + 1
        return self.save(replace(case, number=number))

    def save(self, case: Case) -> Case:
        """Store `case` where it lives now, unless only updated_at would change."""
        if case.number < 1:
            raise ValueError("Case.number must be a positive number")
        files, key, block = self._files, str(case.number), case.number // BLOCK
        doc = to_doc(case)
        old = files.open_doc(case.number)
        archived = files.archived_doc(case.number) if old is None else None
        stored = old if old is not None else archived
        if stored is not None and all(
            stored.get(name) == value for name, value in doc.items() if name != "updated_at"
        ):
            return from_doc(Case, stored)
        doc["updated_at"] = self._timestamp()
        if archived is not None and doc.get("status") in ARCHIVED_STATES:
            archive = files.archive(block)
            assert archive is not None
            with self._batch_unless_in_one():
                files.put(archive, key, doc)
                self._catalogue_put(case.number, doc)
            return from_doc(Case, doc)
        file = files.open_file(block, create=True)
        assert file is not None
        files.put(file, key, doc)
        files.highest = max(files.highest, case.number)
        if archived is not None:
            # Opened again: it is back in its open file, so its archived copy can go.
            archive = files.archive(block)
            assert archive is not None
            with self._batch_unless_in_one():
                files.put(archive, key, None)
                files.put(files.catalogue(), key, None)
        return from_doc(Case, doc)

    def get(self, number: int) -> Case | None:
        doc = self._files.open_doc(number)
        if doc is None:
            doc = self._files.archived_doc(number)
        return None if doc is None else from_doc(Case, doc)

    def of_requester(self, email: str, archived: bool = True) -> list[Case]:
        """The person's cases, newest first; the archived ones too unless told not to."""
        email = email.lower()
        files = self._files
        numbers = set(files.by_requester.get(email, ()))
        if archived:
            numbers |= files.archived_of(email)
        cases = (self.get(number) for number in numbers)
        # The catalogue may lag behind an archive file after a crash: the case itself decides.
        mine = [case for case in cases if case is not None and case.requester == email]
        return sorted(mine, key=lambda case: -case.number)

    def open_in(self, team: str) -> list[Case]:
        return self._many(self._files.open_by_team.get(team, set()))

    def waiting_on(self, email: str) -> Case | None:
        """The person's newest case whose helper waits for their answer, if any."""
        # Every 1:1 message asks this: read raw from the open files, so nothing else is decoded.
        numbers = sorted(self._files.by_requester.get(email.lower(), ()), reverse=True)
        docs = (self._files.open_doc(n) for n in numbers)
        doc = next((d for d in docs if d is not None and d.get("status") == "waiting"), None)
        return None if doc is None else from_doc(Case, doc)

    def opened_by_since(self, email: str, since: datetime) -> list[datetime]:
        """When the person opened each of their cases from `since` on, newest first."""
        stamp = since.astimezone(UTC).isoformat(timespec="seconds")
        # Raw and from the open files only: a case opened moments ago is never archived yet.
        docs = (self._files.open_doc(n) for n in self._files.by_requester.get(email.lower(), ()))
        created = (str(doc.get("created_at", "")) for doc in docs if doc is not None)
        return sorted((datetime.fromisoformat(c) for c in created if c >= stamp), reverse=True)

    def newest_open_since(self, team: str, category: str, since: datetime) -> int:
        """The number of the team's newest open case of one category from `since` on, or 0."""
        stamp = since.astimezone(UTC).isoformat(timespec="seconds")
        # Highest number first, read raw: an incident can bring many open reports of one kind,
        # and then the first one looked at is the answer.
        for number in reversed(self._files.open_by_kind.get((team, category), ())):
            doc = self._files.open_doc(number)
            if doc is not None and str(doc.get("created_at", "")) >= stamp:
                return number
        return 0

    def all_open(self) -> list[Case]:
        return [case for team in list(self._files.open_by_team) for case in self.open_in(team)]

    def resolved(self) -> list[Case]:
        """Cases solved but not yet closed: the requester may still say it does not work."""
        return self._many(self._files.resolved)

    def archive_closed(self) -> int:
        """Move every closed and merged case out of the open files; how many moved."""
        files = self._files
        moving = [
            (number, doc)
            for number in list(files.numbers_open())
            if (doc := files.open_doc(number)) is not None and doc.get("status") in ARCHIVED_STATES
        ]
        if not moving:
            return 0
        with files.batch():
            for number, doc in moving:
                archive = files.archive(number // BLOCK, create=True)
                assert archive is not None
                files.put(archive, str(number), doc)
                self._catalogue_put(number, doc)
                open_file = files.open_file(number // BLOCK)
                assert open_file is not None
                files.put(open_file, str(number), None)
        _LOGGER.info("archived %d closed cases", len(moving))
        return len(moving)

    def every(self) -> Iterator[Case]:
        """Every case, open files first, then one archive file at a time."""
        files = self._files
        seen: set[int] = set()
        for number in sorted(files.numbers_open()):
            seen.add(number)
            yield from (from_doc(Case, doc) for doc in [files.open_doc(number)] if doc is not None)
        for block in files.archive_blocks():
            archive = files.archive(block)
            docs = files.docs(archive) if archive is not None else {}
            yield from (from_doc(Case, doc) for key, doc in docs.items() if int(key) not in seen)

    def archived_before(self, stamp: str) -> list[int]:
        """Archived cases that left the open list before `stamp` (ISO UTC) and are not yet
        anonymised."""
        return sorted(
            int(key)
            for key, entry in self._files.docs(self._files.catalogue()).items()
            if str(entry.get("left", "")) < stamp and not entry.get("anonymised")
        )

    def counts(self) -> tuple[int, int]:
        """How many cases are in the open files and how many are archived."""
        files = self._files
        return sum(1 for _ in files.numbers_open()), len(files.docs(files.catalogue()))

    def _catalogue_put(self, number: int, doc: dict[str, Any]) -> None:
        history = doc.get("history") or []
        left = doc.get("closed_at") or (history[-1].get("at") if history else "")
        entry = {
            "requester": str(doc.get("requester", "")),
            "left": str(left or doc.get("updated_at", "")),
            "anonymised": doc.get("requester") == ANONYMOUS,
        }
        self._files.put(self._files.catalogue(), str(number), entry)

    def _batch_unless_in_one(self) -> contextlib.AbstractContextManager[None]:
        if self._files.in_batch:
            return contextlib.nullcontext()
        return self._files.batch()

    def _many(self, numbers: set[int]) -> list[Case]:
        docs = (self._files.open_doc(number) for number in sorted(numbers))
        return [from_doc(Case, doc) for doc in docs if doc is not None]

    def _timestamp(self) -> str:
        now = self._now()
        if now.tzinfo is None:
            raise ValueError("the clock must return timezone-aware datetimes")
        return now.astimezone(UTC).isoformat(timespec="seconds")
