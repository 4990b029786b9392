"""The inventory: the input files found by the extract step, handed to the
normalize step as a small Parquet file (so the steps can run in separate
processes or on separate machines), and how they compare with the files the
last committed ledger recorded."""

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl.pipeline.sources import FILES_SCHEMA, path_keys
from etl.pipeline.store import write_parquet_atomically


def inventory_path(warehouse_dir: str | os.PathLike) -> Path:
    return Path(warehouse_dir) / "state" / "inventory.parquet"


def write_inventory(files: pa.Table, warehouse_dir: str | os.PathLike) -> Path:
    path = inventory_path(warehouse_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_parquet_atomically(files, path)
    return path


def read_inventory(warehouse_dir: str | os.PathLike) -> pa.Table:
    return pq.read_table(inventory_path(warehouse_dir), schema=FILES_SCHEMA)


def unchanged(ledger: pa.Table, files: pa.Table) -> pa.Array:
    """For every row of a ledger (source_files), whether its file is among
    `files` with the same size and modification time."""
    at = pc.index_in(ledger["path"], value_set=path_keys(files["path"]))
    same = pc.and_(
        pc.equal(ledger["size"], files["size"].take(at)),
        pc.equal(ledger["mtime_ns"], files["mtime_ns"].take(at)),
    )
    return pc.fill_null(same, False)


def changes(files: pa.Table, ledger: pa.Table) -> dict[str, int]:
    """How the files differ from those a ledger recorded: new, changed, unchanged, removed."""
    keys = path_keys(files["path"])
    known = pc.sum(pc.is_in(keys, value_set=ledger["path"])).as_py() or 0
    same = pc.sum(unchanged(ledger, files)).as_py() or 0
    present = pc.sum(pc.is_in(ledger["path"], value_set=keys)).as_py() or 0
    return {
        "new": files.num_rows - known,
        "changed": known - same,
        "unchanged": same,
        "removed": ledger.num_rows - present,
    }
