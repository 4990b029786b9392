"""Where the cables come from: source paths and the files found under them."""

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "sample" / "cables"


@dataclass(frozen=True, order=True)
class SourceFile:
    path: str  # as the file system gives it (undecodable bytes kept as surrogates)
    size: int
    mtime_ns: int

    @property
    def key(self) -> str:
        """The path as recorded in the tables: valid UTF-8 always, the bytes of
        a name that is not UTF-8 escaped as \\xNN."""
        return display_path(self.path)


def display_path(path: str) -> str:
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def source_paths(configured: str | None) -> list[str]:
    """Paths separated by ':' (as in CABLES_SOURCE); the bundled sample when none."""
    paths = [p for p in (configured or "").split(os.pathsep) if p.strip()]
    return [os.path.abspath(os.path.expanduser(p)) for p in paths] or [str(SAMPLE_DIR)]


def discover(paths: list[str], warn: Callable[[str], None] = print) -> list[SourceFile]:
    """Every regular file under the given paths (directories walked recursively,
    symlinked directories not followed), each once, sorted by path. A directory
    that cannot be listed is reported through `warn`: its files cannot be
    accounted for."""
    found: dict[str, SourceFile] = {}

    def unreadable(error: OSError) -> None:
        warn(f"cannot list {display_path(error.filename or '')}: {error.strerror}; its files are not part of this run")

    for root in paths:
        if os.path.isfile(root):
            _add(found, root)
            continue
        if not os.path.isdir(root):
            raise FileNotFoundError(f"source path does not exist: {root}")
        for dirpath, _dirnames, filenames in os.walk(root, onerror=unreadable):
            for name in filenames:
                _add(found, os.path.join(dirpath, name))
    return sorted(found.values())


def _add(found: dict[str, SourceFile], path: str) -> None:
    try:
        st = os.stat(path)
    except OSError:
        return  # vanished between listing and stat: it is simply not part of this run
    if os.path.isfile(path):
        found[path] = SourceFile(path, st.st_size, st.st_mtime_ns)
