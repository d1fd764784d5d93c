"""An exclusive lock file, so a second bot process cannot overwrite the first one's data."""

from __future__ import annotations

from pathlib import Path

from storage.errors import StorageError

try:
    import fcntl
except ImportError:  # not on POSIX: the single-process rule is then unenforced
    fcntl = None  # type: ignore[assignment]


class ProcessLock:
    """Held while one process may write the file beside it; None as path holds nothing."""

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
