"""Where the cables come from: source paths and the files found under them.

The files found are a table (path, size, mtime_ns), not a Python object per
file: a run over 250,000 unchanged files compares them with the last run's
ledger as Arrow columns, and only the files to read become SourceFile objects."""

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "sample" / "cables"
# Paths as bytes, so that a file name that is not UTF-8 survives the round trip.
FILES_SCHEMA = pa.schema([("path", pa.binary()), ("size", pa.int64()), ("mtime_ns", pa.int64())])


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


def path_keys(paths: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """SourceFile.key of every path of a files table, as a string column."""
    try:
        return paths.cast(pa.string())  # checks that every path is UTF-8
    except pa.ArrowInvalid:
        return pa.array([p.decode("utf-8", "backslashreplace") for p in paths.to_pylist()], pa.string())


def source_paths(configured: str | None) -> list[str]:
    """Paths separated by ':' (as in CABLES_SOURCE); the bundled sample when none."""
    paths = [p for p in (configured or "").split(os.pathsep) if p.strip()]
    return [os.path.abspath(os.path.expanduser(p)) for p in paths] or [str(SAMPLE_DIR)]


def list_files(paths: list[str], warn: Callable[[str], None] = print) -> pa.Table:
    """Every regular file under the given paths (directories walked recursively,
    symlinked directories not followed), each once, sorted by path, as a table
    of FILES_SCHEMA. A directory that cannot be listed is reported through
    `warn`: its files cannot be accounted for."""
    found = Found([], [], [])
    for root in paths:
        if os.path.isfile(root):
            try:
                st = os.stat(root)
            except OSError:
                continue  # vanished meanwhile
            found.add(os.fsencode(root), st)
            continue
        if not os.path.isdir(root):
            raise FileNotFoundError(f"source path does not exist: {root}")
        _walk(os.fsencode(root), found, warn)
    files = pa.table([pa.array(found.paths, pa.binary()), found.sizes, found.mtimes], schema=FILES_SCHEMA)
    if len(paths) > 1 and len(set(found.paths)) < len(found.paths):  # overlapping source paths
        files = files.take(sorted({path: i for i, path in enumerate(found.paths)}.values()))
    return files.sort_by("path")


@dataclass
class Found:
    """Files found so far, as columns."""

    paths: list[bytes]
    sizes: list[int]
    mtimes: list[int]

    def add(self, path: bytes, st: os.stat_result) -> None:
        self.paths.append(path)
        self.sizes.append(st.st_size)
        self.mtimes.append(st.st_mtime_ns)


def discover(paths: list[str], warn: Callable[[str], None] = print) -> list[SourceFile]:
    """list_files as one SourceFile per file."""
    return source_files(list_files(paths, warn))


def source_files(files: pa.Table) -> list[SourceFile]:
    columns = zip(files["path"].to_pylist(), files["size"].to_pylist(), files["mtime_ns"].to_pylist())
    return [SourceFile(os.fsdecode(path), size, mtime_ns) for path, size, mtime_ns in columns]


def _walk(root: bytes, found: Found, warn: Callable[[str], None]) -> None:
    """Like os.walk, with bytes paths and one stat per file (from its directory entry)."""
    add_path, add_size, add_mtime = found.paths.append, found.sizes.append, found.mtimes.append  # hot loop
    pending = [root]
    while pending:
        directory = pending.pop()
        try:
            with os.scandir(directory) as entries:
                for entry in entries:
                    try:
                        if entry.is_dir():
                            if not entry.is_symlink():
                                pending.append(entry.path)
                            continue
                        st = entry.stat()
                    except OSError:
                        continue  # vanished between listing and stat: it is simply not part of this run
                    if stat.S_ISREG(st.st_mode):
                        add_path(entry.path)
                        add_size(st.st_size)
                        add_mtime(st.st_mtime_ns)
        except OSError as error:
            name = display_path(os.fsdecode(error.filename or b""))
            warn(f"cannot list {name}: {error.strerror}; its files are not part of this run")
