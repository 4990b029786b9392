"""The Parquet store under WAREHOUSE/parquet: one folder per table, and a
manifest naming the files that make up the current state of every table.

Writing is crash-safe: new files are written under fresh names, then the
manifest is replaced atomically; files it does not name (left by a killed
run) are removed by the next run. Parts that a commit replaces are retired,
not deleted: a published warehouse opened before the commit still reads
them, until RETIRED_GRACE_SECONDS have passed. Readers that want exactly the
committed state read the manifest (or the published DuckDB views); a glob of
`parquet/<table>/*.parquet` also sees retired parts."""

import functools
import hashlib
import json
import os
import shutil
import time
import uuid
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from etl.parse.ids import full_year
from etl.schema import TABLES, tables

MANIFEST = "manifest.json"
# How long a replaced part stays readable for warehouses opened before the commit.
RETIRED_GRACE_SECONDS = 24 * 3600
# How long staged parts of a run that never committed are kept.
STAGING_GRACE_SECONDS = 6 * 3600


# Free text gains nothing from dictionary encoding, and trying it costs time.
FREE_TEXT_COLUMNS = {"body", "text", "subject", "summary", "title", "raw", "reason", "first_bytes", "path", "source_path"}


def write_parquet(table: pa.Table, path: str | os.PathLike) -> None:
    """zstd Parquet, dictionary-encoded where values repeat."""
    dictionary = [
        f.name for f in table.schema if f.name not in FREE_TEXT_COLUMNS and not pa.types.is_nested(f.type)
    ]
    pq.write_table(table, path, compression="zstd", use_dictionary=dictionary)


def write_parquet_atomically(table: pa.Table, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    write_parquet(table, tmp)
    os.replace(tmp, path)


@functools.cache
def _part_rows(path: str) -> int:
    """Rows of a part: a part never changes once written (every part has a
    new name), so its footer is read once per process."""
    return pq.read_metadata(path).num_rows


def new_part_name() -> str:
    return f"part-{uuid.uuid4().hex[:16]}.parquet"


def year_partition(cable_id: str) -> str:
    """The Hive-style folder of a cable's rows: year=YYYY from its id's two-digit year."""
    return f"year={full_year(int(cable_id[:2]))}"


class ParquetStore:
    def __init__(self, warehouse_dir: str | os.PathLike):
        self.root = Path(warehouse_dir) / "parquet"
        self.staging = Path(warehouse_dir) / "staging"

    def table_dir(self, table: str) -> Path:
        return self.root / table

    def _read_manifest(self) -> dict:
        try:
            return json.loads((self.root / MANIFEST).read_text())
        except FileNotFoundError:
            return {"parts": {}, "retired": {}}

    def state_id(self) -> str:
        """Identifies the committed state: it changes with every commit."""
        try:
            return hashlib.blake2b((self.root / MANIFEST).read_bytes(), digest_size=16).hexdigest()
        except FileNotFoundError:
            return ""

    def committed(self) -> bool:
        """Whether any state was ever committed."""
        return (self.root / MANIFEST).exists()

    def build(self) -> str | None:
        """The build (etl.pipeline.build) of the last commit; None before the first or from before builds were kept."""
        return self._read_manifest().get("build")

    def manifest(self) -> dict[str, list[str]]:
        """Part file names of every table, as last committed."""
        parts = self._read_manifest()["parts"]
        return {t: parts.get(t, []) for t in TABLES}

    def paths(self, table: str, names: list[str] | None = None) -> list[str]:
        """Paths of the named parts of a table; by default its committed parts."""
        names = self.manifest()[table] if names is None else names
        return [str(self.table_dir(table) / name) for name in names]

    def row_count(self, table: str) -> int:
        """Rows of a committed table, from the parts' footers."""
        return sum(_part_rows(p) for p in self.paths(table))

    def read(self, table: str, columns: list[str] | None = None) -> pa.Table:
        """A committed table, or an empty one with the table's schema."""
        schema = tables()[table].arrow_schema
        if columns:
            schema = pa.schema([schema.field(c) for c in columns])
        pieces = [pq.read_table(p, columns=columns) for p in self.paths(table)]
        return pa.concat_tables(pieces).cast(schema) if pieces else schema.empty_table()

    def clean(self, keep_staging: set[str] = frozenset()) -> None:
        """Remove what killed runs left behind: table files no manifest names,
        and staging folders older than STAGING_GRACE_SECONDS (younger ones may
        belong to a run whose parse steps are still going). Call under the lock."""
        manifest = self._read_manifest()
        for table in TABLES:
            known = set(manifest["parts"].get(table, [])) | set(manifest["retired"].get(table, {}))
            directory = self.table_dir(table)
            if directory.is_dir():
                for f in directory.rglob("*"):
                    if f.is_file() and f.relative_to(directory).as_posix() not in known:
                        f.unlink()
        if self.staging.is_dir():
            for d in self.staging.iterdir():
                if str(d) not in keep_staging and time.time() - d.stat().st_mtime > STAGING_GRACE_SECONDS:
                    shutil.rmtree(d, ignore_errors=True)

    def remove_staging(self, directories: set[str]) -> None:
        for d in directories:
            shutil.rmtree(d, ignore_errors=True)

    def add_part(self, table: str, source: str | os.PathLike | pa.Table, partition: str = "") -> str:
        """Put a part into a table's folder (or its partition's) under a fresh
        name, not yet committed; returns its name relative to the table's folder."""
        directory = self.table_dir(table) / partition
        directory.mkdir(parents=True, exist_ok=True)
        name = new_part_name()
        if isinstance(source, pa.Table):
            write_parquet_atomically(source, directory / name)
        else:
            os.replace(source, directory / name)
        return f"{partition}/{name}" if partition else name

    def commit(self, parts: dict[str, list[str]], build: str) -> None:
        """Make `parts` the committed state of a build (a table without rows
        gets an empty part, so that every table is readable), retire the parts
        it replaced and delete the retired parts whose grace period is over."""
        old = self._read_manifest()
        now = time.time()
        new_parts, retired, expired = {}, {}, []
        for table in TABLES:
            names = sorted(parts.get(table, [])) or [self.add_part(table, tables()[table].arrow_schema.empty_table())]
            new_parts[table] = names
            retired[table] = dict(old["retired"].get(table, {}))
            for name in set(old["parts"].get(table, [])) - set(names):
                retired[table][name] = now
            for name, since in list(retired[table].items()):
                if now - since > RETIRED_GRACE_SECONDS:
                    expired.append(self.table_dir(table) / name)
                    del retired[table][name]
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.root / f".{MANIFEST}.tmp"
        tmp.write_text(json.dumps({"parts": new_parts, "retired": retired, "build": build}, indent=1))
        os.replace(tmp, self.root / MANIFEST)
        for path in expired:
            path.unlink(missing_ok=True)
