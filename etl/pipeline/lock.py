"""The warehouse lock: WAREHOUSE/.lock, held with flock(2) by every step that
writes the warehouse directory (exclusive) or reads the Parquet store while
another run could rewrite it (shared).

The kernel releases a flock when its holder exits, however it exits, so a
run killed with SIGKILL never leaves a stale lock behind. The holder writes
who it is into the file; a step that has to wait logs that, then waits."""

import fcntl
import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

LOCK_NAME = ".lock"
POLL_SECONDS = 0.2
# How often a step that still waits says so again.
REMIND_SECONDS = 300


def lock_path(warehouse_dir: str | os.PathLike) -> Path:
    return Path(warehouse_dir) / LOCK_NAME


@contextmanager
def warehouse_lock(
    warehouse_dir: str | os.PathLike,
    holder: str,
    log: Callable[[str], None] = print,
    shared: bool = False,
) -> Iterator[None]:
    """Hold the warehouse lock for the block; `holder` says who holds it (run and step)."""
    path = lock_path(warehouse_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(fd, fcntl.LOCK_SH if shared else fcntl.LOCK_EX, path, log)
        if not shared:
            since = datetime.now(timezone.utc).isoformat(timespec="seconds")
            _write(fd, json.dumps({"pid": os.getpid(), "since": since, "holder": holder}))
        try:
            yield
        finally:
            if not shared:
                _write(fd, "")
    finally:
        os.close(fd)  # releases the lock


def _acquire(fd: int, mode: int, path: Path, log: Callable[[str], None]) -> None:
    if _try_lock(fd, mode):
        return
    started = reminded = time.monotonic()
    log(f"waiting for the warehouse lock held by {describe_holder(path)}")
    while not _try_lock(fd, mode):
        time.sleep(POLL_SECONDS)
        if time.monotonic() - reminded >= REMIND_SECONDS:
            reminded = time.monotonic()
            log(f"still waiting for the warehouse lock held by {describe_holder(path)}")
    log(f"got the warehouse lock after waiting {time.monotonic() - started:.1f} s")


def _try_lock(fd: int, mode: int) -> bool:
    try:
        fcntl.flock(fd, mode | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def describe_holder(path: Path) -> str:
    """Who holds the lock, as its holder wrote it (empty while the holder is
    just starting, or when the holder only reads)."""
    try:
        info = json.loads(path.read_text() or "null")
    except (OSError, ValueError):
        info = None
    if not info:
        return "another process (a step that reads the Parquet tables, or one just starting)"
    return f"pid {info['pid']} since {info['since']} ({info['holder']})"


def _write(fd: int, text: str) -> None:
    os.ftruncate(fd, 0)
    os.pwrite(fd, text.encode(), 0)
