"""IT cases by number, by requester and the open ones by team, archived ones included."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from typing import Any, Final

from storage.case_files import ARCHIVED_STATES, BLOCK, CaseFiles
from storage.clock import Clock, iso_utc, timestamp, utc_now
from storage.codec import from_doc, to_doc
from storage.db import Database
from storage.models import Case

_LOGGER = logging.getLogger(__name__)

# The requester of an anonymised case: the person is gone, the statistics stay.
ANONYMOUS: Final = "anonymiseret"


class Cases:
    """IT cases, by number, by requester, and the open ones by team; archived ones included."""

    def __init__(self, db: Database, now: Clock | None = None) -> None:
        self._now = now or utc_now
        self._files: CaseFiles = db.shared("case-files", lambda: CaseFiles(db))
        self._index = self._files.index

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
        numbers = set(self._index.by_requester.get(email, ()))
        if archived:
            numbers |= files.archived_of(email)
        cases = (self.get(number) for number in numbers)
        # The catalogue may lag behind an archive file after a crash: the case itself decides.
        mine = [case for case in cases if case is not None and case.requester == email]
        return sorted(mine, key=lambda case: -case.number)

    def open_in(self, team: str) -> list[Case]:
        return self._many(self._index.open_by_team.get(team, set()))

    def waiting_on(self, email: str) -> Case | None:
        """The person's newest case whose helper waits for their answer, if any."""
        # Every 1:1 message asks this: read raw from the open files, so nothing else is decoded.
        numbers = sorted(self._index.by_requester.get(email.lower(), ()), reverse=True)
        docs = (self._files.open_doc(n) for n in numbers)
        doc = next((d for d in docs if d is not None and d.get("status") == "waiting"), None)
        return None if doc is None else from_doc(Case, doc)

    def opened_by_since(self, email: str, since: datetime) -> list[datetime]:
        """When the person opened each of their cases from `since` on, newest first."""
        stamp = iso_utc(since)
        # Raw and from the open files only: a case opened moments ago is never archived yet.
        docs = (self._files.open_doc(n) for n in self._index.by_requester.get(email.lower(), ()))
        created = (str(doc.get("created_at", "")) for doc in docs if doc is not None)
        return sorted((datetime.fromisoformat(c) for c in created if c >= stamp), reverse=True)

    def newest_open_since(self, team: str, category: str, since: datetime) -> int:
        """The number of the team's newest open case of one category from `since` on, or 0."""
        stamp = iso_utc(since)
        # Highest number first, read raw: an incident can bring many open reports of one kind,
        # and then the first one looked at is the answer.
        for number in reversed(self._index.open_by_kind.get((team, category), ())):
            doc = self._files.open_doc(number)
            if doc is not None and str(doc.get("created_at", "")) >= stamp:
                return number
        return 0

    def all_open(self) -> list[Case]:
        return [case for team in list(self._index.open_by_team) for case in self.open_in(team)]

    def resolved(self) -> list[Case]:
        """Cases solved but not yet closed: the requester may still say it does not work."""
        return self._many(self._index.resolved)

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
        return timestamp(self._now)
