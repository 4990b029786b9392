"""The warehouse schema, read from sql/schema.sql: the one place that defines
each table's columns, types and documentation. Parquet schemas and Dagster
column schemas are derived from it, so they can never drift apart."""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import duckdb
import pyarrow as pa

SQL_DIR = Path(__file__).resolve().parent.parent / "sql"

# Tables holding parsed cable content, in load order (cables first: the others refer to it).
CONTENT_TABLES = ("cables", "recipients", "tags", "paragraphs", "cable_references")
# Bookkeeping tables: what happened to every input file.
LEDGER_TABLES = ("source_files", "rejects")
TABLES = CONTENT_TABLES + LEDGER_TABLES


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str
    description: str


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    arrow_schema: pa.Schema

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def sql_file(name: str) -> str:
    return (SQL_DIR / name).read_text(encoding="utf-8")


@cache
def tables() -> dict[str, Table]:
    """Run the DDL in an in-memory DuckDB and read the catalog back."""
    con = duckdb.connect(":memory:")
    con.execute(sql_file("schema.sql"))
    result = {}
    for name in TABLES:
        (description,) = con.execute(
            "SELECT comment FROM duckdb_tables() WHERE table_name = ?", [name]
        ).fetchone()
        rows = con.execute(
            "SELECT column_name, data_type, comment FROM duckdb_columns() "
            "WHERE table_name = ? ORDER BY column_index",
            [name],
        ).fetchall()
        arrow_schema = con.execute(f"SELECT * FROM {name} LIMIT 0").arrow().schema
        result[name] = Table(
            name=name,
            description=description or "",
            columns=tuple(Column(n, t, c or "") for n, t, c in rows),
            arrow_schema=_plain_strings(arrow_schema),
        )
    con.close()
    return result


def _plain_strings(schema: pa.Schema) -> pa.Schema:
    """DuckDB hands out string views; plain strings are what every Parquet reader knows."""

    def plain(t: pa.DataType) -> pa.DataType:
        if t == pa.string_view():
            return pa.string()
        if pa.types.is_list(t) or pa.types.is_large_list(t):
            return pa.list_(plain(t.value_type))
        return t

    return pa.schema([pa.field(f.name, plain(f.type)) for f in schema])
