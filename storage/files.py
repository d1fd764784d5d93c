"""Crash-safe file writes: a whole new file via temp file, fsync and rename, never a half one."""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from pathlib import Path

import orjson

_LOGGER = logging.getLogger(__name__)


def encode(data: object) -> bytes:
    """`data` as compact UTF-8 JSON: what the standard library writes."""
    # Every change rewrites a whole file, and encoding it was most of a write's CPU time on the
    # event loop; orjson does it several times faster.
    return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS)


def replace_file(path: Path, payload: bytes) -> None:
    """Make `payload` the content of `path`, whole or not at all, also across a power cut."""
    fd, temp_name = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as temp:
            temp.write(payload)
            temp.flush()
            os.fsync(temp.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    fsync_dir(path.parent)


def remove_file(path: Path) -> None:
    """Delete `path` so that it stays deleted across a power cut."""
    os.unlink(path)
    fsync_dir(path.parent)


def remove_stale_temp_files(path: Path) -> None:
    """Delete the temp files that writes of `path` left when their process died."""
    for stale in path.parent.glob(f"{_temp_prefix(path)}*.tmp"):
        # Left by a process that died before its rename: the real file is still whole.
        _LOGGER.warning("removing %s, left by an interrupted write", stale)
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()


def fsync_dir(directory: Path) -> None:
    """Make a rename or removal in `directory` survive a power cut."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_prefix(path: Path) -> str:
    # Hidden and named after the file, so only its own stale temp files are ever removed.
    return f".{path.name}."
