"""The Parquet store under WAREHOUSE/parquet: one folder per table, and a
manifest naming the files that make up the current state of every table.

Writing is crash-safe: new files are written under fresh names, then the
manifest is replaced atomically; files it does not name (left by a killed
run) are removed by the next run. Readers that want exactly the committed
state read the manifest; `parquet/<table>/*.parquet` is the same set except
just after a crash."""

import json
import os
import shutil
import uuid
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from etl.schema import TABLES, tables

MANIFEST = "manifest.json"


def write_parquet_atomically(table: pa.Table, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def new_part_name() -> str:
    return f"part-{uuid.uuid4().hex[:16]}.parquet"


class ParquetStore:
    def __init__(self, warehouse_dir: str | os.PathLike):
        self.root = Path(warehouse_dir) / "parquet"
        self.staging = Path(warehouse_dir) / "staging"

    def table_dir(self, table: str) -> Path:
        return self.root / table

    def manifest(self) -> dict[str, list[str]]:
        """Part file names of every table, as last committed."""
        try:
            parts = json.loads((self.root / MANIFEST).read_text())
        except FileNotFoundError:
            parts = {}
        return {t: parts.get(t, []) for t in TABLES}

    def paths(self, table: str) -> list[str]:
        return [str(self.table_dir(table) / name) for name in self.manifest()[table]]

    def read(self, table: str, columns: list[str] | None = None) -> pa.Table:
        """A committed table, or an empty one with the table's schema."""
        schema = tables()[table].arrow_schema
        if columns:
            schema = pa.schema([schema.field(c) for c in columns])
        pieces = [pq.read_table(p, columns=columns) for p in self.paths(table)]
        return pa.concat_tables(pieces).cast(schema) if pieces else schema.empty_table()

    def clean(self) -> None:
        """Remove what a killed run left behind: staged batches and uncommitted parts."""
        shutil.rmtree(self.staging, ignore_errors=True)
        committed = self.manifest()
        for table in TABLES:
            directory = self.table_dir(table)
            if directory.is_dir():
                for f in directory.iterdir():
                    if f.name not in committed[table]:
                        f.unlink()

    def add_part(self, table: str, source: str | os.PathLike | pa.Table) -> str:
        """Put a part into a table's folder under a fresh name (not yet committed)."""
        directory = self.table_dir(table)
        directory.mkdir(parents=True, exist_ok=True)
        name = new_part_name()
        if isinstance(source, pa.Table):
            write_parquet_atomically(source, directory / name)
        else:
            os.replace(source, directory / name)
        return name

    def commit(self, parts: dict[str, list[str]]) -> None:
        """Make `parts` the committed state, then drop the files it replaced."""
        old = self.manifest()
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.root / f".{MANIFEST}.tmp"
        tmp.write_text(json.dumps({t: sorted(parts.get(t, [])) for t in TABLES}, indent=1))
        os.replace(tmp, self.root / MANIFEST)
        for table in TABLES:
            for name in set(old[table]) - set(parts.get(table, [])):
                (self.table_dir(table) / name).unlink(missing_ok=True)
