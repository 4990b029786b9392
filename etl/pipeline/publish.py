"""Load: publish the DuckDB warehouse over the committed Parquet tables.

The warehouse's tables are views over the Parquet parts named by the store's
manifest (absolute paths), documented with the comments of sql/schema.sql,
plus the views of sql/views.sql. Publishing therefore costs well under a
second whatever the corpus size, and an incremental run republishes as
cheaply as it parses. DuckDB reads the zstd Parquet parts as fast as its own
tables for these queries (see docs/benchmarks.md).

The new database is built under a temporary name beside the old one and
renamed over it, so a reader holding the old file open (read-only) keeps its
consistent snapshot, never blocks the run and never sees half a load: the
store keeps the parts an older warehouse refers to for a grace period."""

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from etl.pipeline import fts
from etl.pipeline.store import ParquetStore
from etl.schema import TABLES, sql_file, tables

DATABASE_NAME = "cables.duckdb"
# Run after the tables are published, in this order, with the fts extension
# loaded. search.sql builds the full-text index of the table made by
# search_paragraphs.sql, which must exist when search.sql is parsed (DuckDB
# expands the fts PRAGMA at parse time), hence two files.
VIEWS_SQL = ("tag_names.sql", "views.sql")
SEARCH_SQL = ("search_paragraphs.sql", "search.sql")


@dataclass
class PublishResult:
    path: str
    row_counts: dict[str, int]
    seconds: float
    republished: bool  # False when the warehouse was already up to date


def database_path(warehouse_dir: str | os.PathLike) -> Path:
    return Path(warehouse_dir) / DATABASE_NAME


def publish(warehouse_dir: str | os.PathLike, search_index: bool = True) -> PublishResult:
    """Publish the committed state, with the full-text index unless turned off
    (it is by far the slowest part on a large corpus). Nothing is done when
    the published warehouse already shows exactly this state."""
    started = time.perf_counter()
    store = ParquetStore(warehouse_dir)
    target = database_path(warehouse_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(target)
    sql_names = VIEWS_SQL + (SEARCH_SQL if search_index else ())
    fingerprint = _fingerprint(store, sql_names)
    if _published_fingerprint(target) == fingerprint:
        return PublishResult(str(target), _row_counts(target), time.perf_counter() - started, republished=False)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    con = duckdb.connect(str(tmp))
    try:
        for table in TABLES:
            _create_table_view(con, table, store.paths(table))
        con.execute(fts.load_sql())
        for name in sql_names:
            con.execute(sql_file(name))
        con.execute(sql_file("warehouse_info.sql"))
        con.execute("INSERT INTO warehouse_info VALUES (current_timestamp, ?, ?)", [search_index, fingerprint])
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(tmp, target)
    return PublishResult(str(target), _row_counts(target), time.perf_counter() - started, republished=True)


def is_current(warehouse_dir: str | os.PathLike, search_index: bool = True) -> bool:
    """Whether the published warehouse shows exactly the committed state."""
    store = ParquetStore(warehouse_dir)
    sql_names = VIEWS_SQL + (SEARCH_SQL if search_index else ())
    return _published_fingerprint(database_path(warehouse_dir)) == _fingerprint(store, sql_names)


def _fingerprint(store: ParquetStore, sql_names: tuple[str, ...]) -> str:
    """What a published warehouse is made of: the committed parts and the SQL run on them."""
    content = json.dumps(
        {"root": str(store.root), "parts": store.manifest(), "sql": [sql_file(n) for n in sql_names]}, sort_keys=True
    )
    return hashlib.blake2b(content.encode(), digest_size=16).hexdigest()


def _published_fingerprint(target: Path) -> str | None:
    if not target.exists():
        return None
    try:
        with duckdb.connect(str(target), read_only=True) as con:
            return con.execute("SELECT fingerprint FROM warehouse_info").fetchone()[0]
    except duckdb.Error:
        return None  # an older or damaged warehouse: publish anew


def _row_counts(target: Path) -> dict[str, int]:
    with duckdb.connect(str(target), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _create_table_view(con: duckdb.DuckDBPyConnection, table: str, paths: list[str]) -> None:
    """A view over the table's Parquet parts, typed and documented as in sql/schema.sql.
    Names and paths come from our own schema and store, never from input data."""
    spec = tables()[table]
    columns = ", ".join(f"{c.name}::{c.sql_type} AS {c.name}" for c in spec.columns)
    # The year=YYYY folders are for other engines; the view keeps the schema's columns only.
    con.execute(
        f"CREATE VIEW {table} AS SELECT {columns} FROM read_parquet({_literal_list(paths)}, hive_partitioning = false)"
    )
    con.execute(f"COMMENT ON TABLE {table} IS {_literal(spec.description)}")
    for c in spec.columns:
        con.execute(f"COMMENT ON COLUMN {table}.{c.name} IS {_literal(c.description)}")


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _literal_list(items: list[str]) -> str:
    return "[" + ", ".join(_literal(i) for i in items) + "]"


def _remove_leftovers(target: Path) -> None:
    """Temporary databases of runs that were killed before they could publish."""
    for leftover in target.parent.glob(f".{target.name}.*.tmp*"):
        leftover.unlink(missing_ok=True)
