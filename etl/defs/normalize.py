"""Normalize: parse new and changed files into the Parquet tables, and the
checks that must pass before the warehouse is published."""

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import dagster as dg
import duckdb
import pyarrow as pa

from etl.defs.resources import CablesSettings
from etl.defs.table_metadata import column_schema, description
from etl.pipeline.inventory import inventory_path, read_inventory
from etl.pipeline.lock import warehouse_lock
from etl.pipeline.normalize import normalize
from etl.pipeline.publish import database_path
from etl.pipeline.store import MANIFEST, ParquetStore
from etl.schema import CONTENT_TABLES, TABLES, sql_file

CHILD_TABLES = CONTENT_TABLES[1:]
# Parse coverage the real corpus passes with margin (measured on the 4,706
# cables of shared/corpus: subject 97.3 %, tags 99.8 %, recipients of the
# full-text cables 99.98 %). Partial extracts have no routing header, hence
# no recipients: that share is taken over the full-text cables only.
COVERAGE_THRESHOLDS = {"subject": 0.90, "tags": 0.95, "recipients": 0.95}
# Below this many cables a share says little; the coverage check then only reports.
COVERAGE_MIN_CABLES = 100
PREVIEW_ROWS = 5
PREVIEW_COLUMNS = 8
PREVIEW_WIDTH = 60
REJECT_EXAMPLES = 5


def parquet_key(table: str) -> dg.AssetKey:
    return dg.AssetKey(["parquet", table])


@dg.multi_asset(
    name="normalize",
    group_name="normalize",
    specs=[
        dg.AssetSpec(
            parquet_key(table),
            description=f"Parquet table `{table}`: {description(table)}",
            deps=["cable_files"],
            kinds={"polars", "parquet"},
            metadata={"dagster/column_schema": column_schema(table)},
        )
        for table in TABLES
    ],
)
def normalize_tables(context: dg.AssetExecutionContext, settings: CablesSettings):
    warehouse = settings.warehouse_dir()
    with warehouse_lock(warehouse, f"run {context.run.run_id} step normalize", context.log.info):
        files = read_inventory(warehouse)
        workers = settings.worker_count()
        context.log.info(f"normalizing {len(files):,} files with {workers} worker processes")
        started = time.perf_counter()
        last_report = [0.0]

        def progress(done: int, total: int) -> None:
            now = time.perf_counter()
            if done == total or now - last_report[0] >= 2:
                last_report[0] = now
                rate = done / max(now - started, 1e-9)
                context.log.info(f"parsed {done:,}/{total:,} files ({rate:,.0f} files/s)")

        result = normalize(files, warehouse, workers=workers, progress=progress)
        store = ParquetStore(warehouse)
        with _parquet_connection(warehouse) as con:
            coverage = parse_coverage(con)
            previews = {table: _preview(con, table) for table in TABLES}
            rejects = _reject_summary(con) if result.rejected else ""
        row_counts = {table: _row_count(store, table) for table in TABLES}
    context.log.info(
        f"read {result.read:,} new or changed files, skipped {result.files - result.read:,} unchanged; "
        f"{result.loaded:,} loaded, {result.duplicates:,} duplicate, {result.rejected:,} rejected; "
        f"{result.cables:,} cables in {result.seconds:.1f} s"
    )
    if rejects:
        context.log.warning(rejects)
    run_figures = {
        "files": result.files,
        "files_read": result.read,
        "files_removed": result.removed,
        "loaded": result.loaded,
        "duplicates": result.duplicates,
        "rejected": result.rejected,
        "seconds": round(result.seconds, 2),
    }
    coverage_figures = {f"coverage_{part}": dg.MetadataValue.float(share) for part, share in coverage.shares.items()}
    for table in TABLES:
        yield dg.MaterializeResult(
            asset_key=parquet_key(table),
            metadata={
                "dagster/row_count": row_counts[table],
                "path": dg.MetadataValue.path(str(store.table_dir(table))),
                "new_parts": len(result.new_parts.get(table, [])),
                "preview": dg.MetadataValue.md(previews[table]),
                **(run_figures if table in ("cables", "source_files") else {}),
                **(coverage_figures if table == "cables" else {}),
            },
        )


def _row_count(store: ParquetStore, table: str) -> int:
    paths = store.paths(table)
    if not paths:
        return 0
    return duckdb.sql("SELECT count(*) FROM read_parquet($paths)", params={"paths": paths}).fetchone()[0]


@contextmanager
def _parquet_connection(warehouse_dir: str) -> Iterator[duckdb.DuckDBPyConnection]:
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
            keys = pa.table({"path": [f.key for f in read_inventory(warehouse_dir)]})
            con.register("inventory", keys)
        yield con
    finally:
        con.close()


@contextmanager
def _reading(context, settings: CablesSettings) -> Iterator[duckdb.DuckDBPyConnection]:
    """The committed tables for a check, under a shared lock so that no run rewrites them meanwhile."""
    warehouse = settings.warehouse_dir()
    with warehouse_lock(warehouse, f"run {context.run.run_id} check", context.log.info, shared=True):
        with _parquet_connection(warehouse) as con:
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


def _preview(con: duckdb.DuckDBPyConnection, table: str) -> str:
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


def _reject_summary(con: duckdb.DuckDBPyConnection) -> str:
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


@dg.asset_check(asset=parquet_key("cables"), blocking=True, description="Every cable_id appears once.")
def cable_id_unique(context: dg.AssetCheckExecutionContext, settings: CablesSettings) -> dg.AssetCheckResult:
    with _reading(context, settings) as con:
        (duplicates,) = con.execute(
            "SELECT count(*) FROM (SELECT cable_id FROM cables GROUP BY cable_id HAVING count(*) > 1)"
        ).fetchone()
    return dg.AssetCheckResult(passed=duplicates == 0, metadata={"duplicated_ids": duplicates})


@dg.multi_asset_check(
    specs=[
        dg.AssetCheckSpec(
            "cable_id_in_cables",
            asset=parquet_key(table),
            blocking=True,
            description="Every row belongs to a cable of the cables table.",
        )
        for table in CHILD_TABLES
    ],
)
def child_rows_have_their_cable(context: dg.AssetCheckExecutionContext, settings: CablesSettings):
    with _reading(context, settings) as con:
        orphans = {
            table: con.execute(
                f"SELECT count(*), min(cable_id) FROM {table} WHERE cable_id NOT IN (SELECT cable_id FROM cables)"
            ).fetchone()
            for table in CHILD_TABLES
        }
    for table, (count, example) in orphans.items():
        yield dg.AssetCheckResult(
            asset_key=parquet_key(table),
            check_name="cable_id_in_cables",
            passed=count == 0,
            metadata={"orphan_rows": count, "example_cable_id": example or ""},
        )


@dg.asset_check(
    asset=parquet_key("source_files"),
    blocking=True,
    description=(
        "Every input file of the inventory has exactly one row, and input files = loaded + duplicate "
        "+ rejected, with one cable per loaded file and one reject per rejected file."
    ),
)
def every_file_accounted_for(context: dg.AssetCheckExecutionContext, settings: CablesSettings) -> dg.AssetCheckResult:
    warehouse = settings.warehouse_dir()
    with _reading(context, settings) as con:
        manifest = ParquetStore(warehouse).root / MANIFEST
        if inventory_path(warehouse).stat().st_mtime_ns > manifest.stat().st_mtime_ns:
            # Another run listed the files since the tables were written: its
            # own check compares them once its normalize has run.
            return dg.AssetCheckResult(passed=True, metadata={"note": "the inventory is newer than the tables"})
        row = con.execute(
            """
            SELECT (SELECT count(*) FROM inventory),
                   count(*),
                   count(DISTINCT path),
                   count(*) FILTER (WHERE status = 'loaded'),
                   count(*) FILTER (WHERE status = 'duplicate'),
                   count(*) FILTER (WHERE status = 'rejected'),
                   (SELECT count(*) FROM inventory WHERE path NOT IN (SELECT path FROM source_files)),
                   (SELECT count(*) FROM source_files WHERE path NOT IN (SELECT path FROM inventory)),
                   (SELECT count(*) FROM cables),
                   (SELECT count(*) FROM rejects)
            FROM source_files
            """
        ).fetchone()
    names = ("inventory_files", "source_files", "distinct_paths", "loaded", "duplicate", "rejected",
             "not_recorded", "not_in_inventory", "cables", "rejects")
    n = dict(zip(names, row))
    passed = (
        n["inventory_files"] == n["source_files"] == n["distinct_paths"]
        == n["loaded"] + n["duplicate"] + n["rejected"]
        and n["not_recorded"] == n["not_in_inventory"] == 0
        and n["loaded"] == n["cables"]
        and n["rejected"] == n["rejects"]
    )
    return dg.AssetCheckResult(passed=passed, metadata=n)


@dg.asset_check(
    asset=parquet_key("cables"),
    blocking=True,
    description=(
        f"The parse found a subject in at least {COVERAGE_THRESHOLDS['subject']:.0%} of the cables, "
        f"tags in {COVERAGE_THRESHOLDS['tags']:.0%} and recipients in {COVERAGE_THRESHOLDS['recipients']:.0%} "
        f"of the full-text cables (judged from {COVERAGE_MIN_CABLES} cables on)."
    ),
)
def parse_coverage_above_thresholds(
    context: dg.AssetCheckExecutionContext, settings: CablesSettings
) -> dg.AssetCheckResult:
    with _reading(context, settings) as con:
        coverage = parse_coverage(con)
    shares = coverage.shares
    below = [part for part, share in shares.items() if share < COVERAGE_THRESHOLDS[part]]
    judged = coverage.cables >= COVERAGE_MIN_CABLES
    metadata = {
        "cables": coverage.cables,
        "full_text_cables": coverage.full_text,
        **{f"coverage_{part}": dg.MetadataValue.float(share) for part, share in shares.items()},
        **{f"threshold_{part}": dg.MetadataValue.float(t) for part, t in COVERAGE_THRESHOLDS.items()},
        "below_threshold": ", ".join(below) or "none",
    }
    if not judged:
        metadata["note"] = f"not judged: fewer than {COVERAGE_MIN_CABLES} cables"
    return dg.AssetCheckResult(passed=not (judged and below), metadata=metadata)


@dg.asset_check(
    asset=parquet_key("cables"),
    blocking=True,
    description=(
        "No cable of the published warehouse disappears unless the file it was loaded from was "
        "removed from the sources (so the cable count shrinks only by removed files)."
    ),
)
def cable_count_not_shrinking(context: dg.AssetCheckExecutionContext, settings: CablesSettings) -> dg.AssetCheckResult:
    published = database_path(settings.warehouse_dir())
    with _reading(context, settings) as con:
        (cables,) = con.execute("SELECT count(*) FROM cables").fetchone()
        if not published.exists():
            return dg.AssetCheckResult(passed=True, metadata={"cables": cables, "note": "no published warehouse yet"})
        with duckdb.connect(str(published), read_only=True) as old:
            before = old.execute("SELECT cable_id, source_path FROM cables").to_arrow_table()
        con.register("published", before)
        lost = con.execute(
            """
            SELECT p.cable_id, p.source_path, i.path IS NOT NULL AS file_present, s.status, s.reason
            FROM published p
            LEFT JOIN inventory i ON i.path = p.source_path
            LEFT JOIN source_files s ON s.path = p.source_path
            WHERE p.cable_id NOT IN (SELECT cable_id FROM cables)
            ORDER BY p.cable_id
            """
        ).fetchall()
    unexplained = [row for row in lost if row[2]]
    examples = [
        f"{cable_id}: {path} is still there but is now {status}" + (f" ({reason})" if reason else "")
        for cable_id, path, _, status, reason in unexplained[:REJECT_EXAMPLES]
    ]
    return dg.AssetCheckResult(
        passed=not unexplained,
        metadata={
            "published_cables": before.num_rows,
            "cables": cables,
            "lost_cables": len(lost),
            "lost_with_their_file_removed": len(lost) - len(unexplained),
            "lost_unexplained": len(unexplained),
            "examples": dg.MetadataValue.md("\n".join(f"- {e}" for e in examples) or "none"),
        },
    )
