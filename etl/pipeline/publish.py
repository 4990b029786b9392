"""Load: build the DuckDB warehouse from the committed Parquet tables and
publish it atomically.

The new database is built under a temporary name beside the old one and
renamed over it, so a reader holding the old file open (read-only) keeps
its consistent snapshot, never blocks the run and never sees half a load."""

import os
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from etl.pipeline.store import ParquetStore
from etl.schema import TABLES, sql_file

DATABASE_NAME = "cables.duckdb"
# Run after the tables are loaded, in this order.
POST_LOAD_SQL = ("views.sql",)


@dataclass
class PublishResult:
    path: str
    row_counts: dict[str, int]
    seconds: float


def database_path(warehouse_dir: str | os.PathLike) -> Path:
    return Path(warehouse_dir) / DATABASE_NAME


def publish(warehouse_dir: str | os.PathLike) -> PublishResult:
    started = time.perf_counter()
    store = ParquetStore(warehouse_dir)
    target = database_path(warehouse_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    con = duckdb.connect(str(tmp))
    try:
        con.execute(sql_file("schema.sql"))
        for table in TABLES:
            paths = store.paths(table)
            if paths:
                # Table names come from our own schema list, never from input data.
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM read_parquet(?)", [paths])
        for name in POST_LOAD_SQL:
            con.execute(sql_file(name))
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(tmp, target)
    return PublishResult(str(target), counts, time.perf_counter() - started)


def _remove_leftovers(target: Path) -> None:
    """Temporary databases of runs that were killed before they could publish."""
    for leftover in target.parent.glob(f".{target.name}.*.tmp*"):
        leftover.unlink(missing_ok=True)
