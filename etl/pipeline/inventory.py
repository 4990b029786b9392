"""The inventory: the input files found by the extract step, handed to the
normalize step as a small Parquet file (so the steps can run in separate
processes or on separate machines)."""

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from etl.pipeline.sources import SourceFile
from etl.pipeline.store import ParquetStore, write_parquet_atomically

# Paths as bytes, so that a file name that is not UTF-8 survives the round trip.
SCHEMA = pa.schema([("path", pa.binary()), ("size", pa.int64()), ("mtime_ns", pa.int64())])


def inventory_path(warehouse_dir: str | os.PathLike) -> Path:
    return Path(warehouse_dir) / "state" / "inventory.parquet"


def write_inventory(files: list[SourceFile], warehouse_dir: str | os.PathLike) -> Path:
    path = inventory_path(warehouse_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    columns = {
        "path": [os.fsencode(f.path) for f in files],
        "size": [f.size for f in files],
        "mtime_ns": [f.mtime_ns for f in files],
    }
    write_parquet_atomically(pa.Table.from_pydict(columns, schema=SCHEMA), path)
    return path


def read_inventory(warehouse_dir: str | os.PathLike) -> list[SourceFile]:
    table = pq.read_table(inventory_path(warehouse_dir))
    columns = zip(table["path"].to_pylist(), table["size"].to_pylist(), table["mtime_ns"].to_pylist())
    return [SourceFile(os.fsdecode(path), size, mtime_ns) for path, size, mtime_ns in columns]


def changes(files: list[SourceFile], warehouse_dir: str | os.PathLike) -> dict[str, int]:
    """How the files differ from those the last run recorded: new, changed, unchanged, removed."""
    known = ParquetStore(warehouse_dir).read("source_files", ["path", "size", "mtime_ns"])
    previous = dict(zip(known["path"].to_pylist(), zip(known["size"].to_pylist(), known["mtime_ns"].to_pylist())))
    counts = {"new": 0, "changed": 0, "unchanged": 0}
    for f in files:
        seen = previous.pop(f.key, None)
        counts["new" if seen is None else "unchanged" if seen == (f.size, f.mtime_ns) else "changed"] += 1
    counts["removed"] = len(previous)
    return counts
