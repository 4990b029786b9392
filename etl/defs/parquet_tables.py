"""Reading the committed Parquet tables for asset metadata and checks: an
in-memory DuckDB with each table visible under its own name."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from etl.defs.resources import CablesSettings
from etl.pipeline.inventory import inventory_path, read_inventory
from etl.pipeline.lock import warehouse_lock
from etl.pipeline.sources import path_keys
from etl.pipeline.store import ParquetStore
from etl.schema import TABLES, sql_file

PREVIEW_ROWS = 5
PREVIEW_COLUMNS = 8
PREVIEW_WIDTH = 60
REJECT_EXAMPLES = 5


@contextmanager
def parquet_connection(warehouse_dir: str) -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory DuckDB with each committed Parquet table, and the
    inventory, visible under its own name."""
    store = ParquetStore(warehouse_dir)
    con = duckdb.connect(":memory:")
    try:
        con.execute(sql_file("schema.sql"))  # empty tables, replaced by views where there are parts
        for table in TABLES:
            paths = store.paths(table)
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


@dataclass
class Coverage:
    """How many cables have each part the parse should find."""

    cables: int
    subject: int
    tags: int
    full_text: int  # cables that are not a partial extract
    recipients: int  # full-text cables with recipients

    @property
    def shares(self) -> dict[str, float]:
        return {
            "subject": _share(self.subject, self.cables),
            "tags": _share(self.tags, self.cables),
            "recipients": _share(self.recipients, self.full_text),
        }


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def parse_coverage(con: duckdb.DuckDBPyConnection) -> Coverage:
    (row,) = con.execute(
        """
        SELECT count(*),
               count(*) FILTER (WHERE nullif(trim(subject), '') IS NOT NULL),
               count(*) FILTER (WHERE cable_id IN (SELECT cable_id FROM tags)),
               count(*) FILTER (WHERE NOT coalesce(is_partial, false)),
               count(*) FILTER (WHERE NOT coalesce(is_partial, false)
                                  AND cable_id IN (SELECT cable_id FROM recipients))
        FROM cables
        """
    ).fetchall()
    return Coverage(*row)


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
