"""Reading the committed Parquet tables for asset metadata and checks: an
in-memory DuckDB with each table visible under its own name."""

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl.defs.resources import CablesSettings
from etl.pipeline.inventory import inventory_path, read_inventory
from etl.pipeline.lock import warehouse_lock
from etl.pipeline.sources import path_keys
from etl.pipeline.store import ParquetStore, write_parquet_atomically
from etl.report import metadata_rows, quality_rows_sql
from etl.schema import TABLES, sql_file

PREVIEW_ROWS = 5
PREVIEW_COLUMNS = 8
PREVIEW_WIDTH = 60
REJECT_EXAMPLES = 5


@contextmanager
def parquet_connection(
    warehouse_dir: str, parts: dict[str, list[str]] | None = None
) -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory DuckDB with each committed Parquet table (or only the
    given parts of the tables), and the inventory, visible under its own name."""
    store = ParquetStore(warehouse_dir)
    con = duckdb.connect(":memory:")
    try:
        con.execute(sql_file("schema.sql"))  # empty tables, replaced by views where there are parts
        for table in TABLES:
            paths = store.paths(table, None if parts is None else parts.get(table, []))
            if paths:
                con.execute(f"DROP TABLE {table}")
                con.read_parquet(paths).create_view(table)
        if inventory_path(warehouse_dir).exists():
            con.register("inventory", pa.table({"path": path_keys(read_inventory(warehouse_dir)["path"])}))
        yield con
    finally:
        con.close()


@contextmanager
def reading(context, settings: CablesSettings) -> Iterator[duckdb.DuckDBPyConnection]:
    """The committed tables for a check, under a shared lock so that no run rewrites them meanwhile."""
    warehouse = settings.warehouse_dir()
    with warehouse_lock(warehouse, f"run {context.run.run_id} check", context.log.info, shared=True):
        with parquet_connection(warehouse) as con:
            yield con


def quality_rows(
    con: duckdb.DuckDBPyConnection, warehouse_dir: str, started_from: str, new_parts: dict[str, list[str]],
    dropped: set[str],
) -> pa.Table:
    """The metadata_rows (etl/report.py: one per cable) of the committed tables
    (`con`), kept in quality_rows_path for the next commit. A cable's row
    depends on its own rows alone, and a commit only drops cables and adds the
    cables of its new parts: when the kept rows are those of the state the
    commit `started_from`, only the new parts are read."""
    store = ParquetStore(warehouse_dir)
    kept, state = _kept_quality_rows(warehouse_dir)
    if state == store.state_id():
        rows = kept
    elif state == started_from:
        remaining = kept.filter(pc.invert(pc.is_in(kept["cable_id"], value_set=pa.array(sorted(dropped), pa.string()))))
        with parquet_connection(warehouse_dir, new_parts) as new:
            added = metadata_rows(new).cast(remaining.schema)
        rows = pa.concat_tables([remaining, added])
    else:
        rows = metadata_rows(con)
    metadata = {"state_id": store.state_id(), "sql": _quality_sql_id()}
    write_parquet_atomically(rows.replace_schema_metadata(metadata), quality_rows_path(warehouse_dir))
    return rows


def committed_quality_rows(con: duckdb.DuckDBPyConnection, warehouse_dir: str) -> pa.Table:
    """The metadata_rows of the committed tables (`con`): the kept ones when
    they were made for exactly this committed state, else computed anew."""
    kept, state = _kept_quality_rows(warehouse_dir)
    return kept if state == ParquetStore(warehouse_dir).state_id() else metadata_rows(con)


def _kept_quality_rows(warehouse_dir: str) -> tuple[pa.Table | None, str | None]:
    """The kept rows and the committed state they were made for (None when
    there are none, or when they were made by another version of the SQL)."""
    path = quality_rows_path(warehouse_dir)
    if not path.exists():
        return None, None
    kept = pq.read_table(path)
    made_by = kept.schema.metadata or {}
    if made_by.get(b"sql", b"").decode() != _quality_sql_id():
        return None, None
    return kept.replace_schema_metadata(None), made_by.get(b"state_id", b"").decode()


def _quality_sql_id() -> str:
    return hashlib.blake2b(quality_rows_sql().encode(), digest_size=16).hexdigest()


def quality_rows_path(warehouse_dir: str) -> Path:
    return Path(warehouse_dir) / "state" / "quality_rows.parquet"


def preview(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """The first rows of a table as a Markdown table (first columns, long values cut)."""
    result = con.execute(f"SELECT * FROM {table} LIMIT {PREVIEW_ROWS}")
    columns = [d[0] for d in result.description][:PREVIEW_COLUMNS]
    rows = [row[:PREVIEW_COLUMNS] for row in result.fetchall()]
    if not rows:
        return "(no rows)"
    lines = ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def _cell(value) -> str:
    text = "" if value is None else str(value)
    if len(text) > PREVIEW_WIDTH:
        text = text[: PREVIEW_WIDTH - 1] + "…"
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\r", " ")


def reject_summary(con: duckdb.DuckDBPyConnection) -> str:
    """Rejected files by kind of reason, with a few examples."""
    kinds = con.execute(
        "SELECT split_part(reason, ':', 1) AS kind, count(*) AS n FROM rejects GROUP BY kind ORDER BY n DESC, kind"
    ).fetchall()
    examples = con.execute(
        f"SELECT path, reason, first_bytes FROM rejects ORDER BY path LIMIT {REJECT_EXAMPLES}"
    ).fetchall()
    total = sum(n for _, n in kinds)
    lines = [f"{total:,} files rejected: " + ", ".join(f"{n:,} {kind}" for kind, n in kinds) + "; for example:"]
    lines += [f"  {path}: {reason} (starts with {first_bytes})" for path, reason, first_bytes in examples]
    return "\n".join(lines)
