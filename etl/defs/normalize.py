"""Normalize: parse new and changed files into the Parquet tables, and the
checks that must pass before the warehouse is published.

The asset is a graph: plan the files to read and cut them into shards,
parse each shard (a pool of worker processes per shard), commit. With the
default single shard, `cables run` parses on every core of this machine;
with CABLES_SHARDS=N the shards are separate steps, which Dagster's
multiprocess executor runs in parallel processes and a distributed executor
(Kubernetes, Celery, Dask) on separate machines, unchanged (docs/scaling.md)."""

import time
from collections.abc import Iterator

import dagster as dg
import duckdb
import pyarrow as pa

from etl.defs.parquet_tables import (
    REJECT_EXAMPLES,
    committed_quality_rows,
    parquet_connection,
    preview,
    quality_rows,
    reading,
    reject_summary,
)
from etl.defs.resources import CablesSettings
from etl.defs.table_metadata import column_schema, description
from etl.pipeline.inventory import inventory_path, read_inventory
from etl.pipeline.lock import warehouse_lock
from etl.pipeline.normalize import Parsed, commit, parse, plan, processes, shards
from etl.pipeline.publish import database_path, is_current
from etl.pipeline.sources import source_files
from etl.pipeline.store import MANIFEST, ParquetStore
from etl.report import overall_figures, quality_metadata
from etl.schema import CONTENT_TABLES, TABLES

CHILD_TABLES = CONTENT_TABLES[1:]
# Parse coverage the real corpus passes with margin, as `cables report`
# measures it (etl/report.py FIELDS; on the 4,706 cables of shared/corpus:
# subject 97.5 % of the non-partial cables, tags 99.9 % of all, TO recipients
# 99.98 % of those with a routing header).
COVERAGE_THRESHOLDS = {"has_subject": 0.90, "has_tags": 0.95, "has_to": 0.95}  # by has_* column of sql/quality.sql
# Below this many cables a share says little; the coverage check then only reports.
COVERAGE_MIN_CABLES = 100
# Progress lines at most this often.
PROGRESS_SECONDS = 2


def parquet_key(table: str) -> dg.AssetKey:
    return dg.AssetKey(["parquet", table])


# Shards travel between steps as Arrow tables: pickled as whole buffers, and
# type-checked once, where a list of file objects is checked item by item.
@dg.op(ins={"files_listed": dg.In(dg.Nothing)}, out=dg.DynamicOut(pa.Table))
def plan_shards(context: dg.OpExecutionContext, settings: CablesSettings):
    """The new and changed files, cut into CABLES_SHARDS shards (at least one, maybe empty)."""
    warehouse = settings.warehouse_dir()
    files = read_inventory(warehouse)
    work = plan(files, ParquetStore(warehouse))
    context.log.info(
        f"{work.to_read.num_rows:,} of {files.num_rows:,} files to read, "
        f"{files.num_rows - work.to_read.num_rows:,} unchanged since the last run"
    )
    for i, shard in enumerate(shards(work.to_read, settings.shards)):
        yield dg.DynamicOutput(shard, mapping_key=f"shard_{i}")


@dg.op
def parse_shard(context: dg.OpExecutionContext, settings: CablesSettings, shard: pa.Table) -> Parsed:
    """Parse a shard into staged Parquet parts, with a pool of worker processes."""
    files = source_files(shard)
    workers = settings.worker_count()
    used = processes(len(files), workers)
    context.log.info(f"parsing {len(files):,} files " + (f"with {used} worker processes" if used > 1 else "in this process"))
    started = last = time.perf_counter()

    def progress(done: int, total: int) -> None:
        nonlocal last
        now = time.perf_counter()
        if done == total or now - last >= PROGRESS_SECONDS:
            last = now
            context.log.info(f"parsed {done:,}/{total:,} files ({done / max(now - started, 1e-9):,.0f} files/s)")

    return parse(files, ParquetStore(settings.warehouse_dir()), workers, progress=progress)


# Outputs are left out when nothing changed and the published warehouse
# already shows the tables: their checks and the load are then skipped, and
# a run with nothing new changes nothing.
@dg.op(out={table: dg.Out(is_required=False) for table in TABLES})
def commit_tables(context: dg.OpExecutionContext, settings: CablesSettings, parsed: list[Parsed]):
    """Keep one copy of every cable and commit the tables, under the warehouse lock."""
    warehouse = settings.warehouse_dir()
    with warehouse_lock(warehouse, f"run {context.run.run_id} step normalize", context.log.info):
        files = read_inventory(warehouse)
        store = ParquetStore(warehouse)
        started_from = store.state_id()
        result = commit(files, parsed, warehouse, settings.worker_count())
        if not result.changed and is_current(warehouse, settings.search_index):
            context.log.info(f"nothing new in {result.files:,} files: the tables and the warehouse stay as they are")
            return
        with parquet_connection(warehouse) as con:
            con.register("quality_rows", quality_rows(con, warehouse, started_from, result.new_parts, result.dropped))
            quality = quality_metadata(con, "quality_rows")  # cables report's overall figures (etl/report.py)
            previews = {table: preview(con, table) for table in TABLES}
            rejects = reject_summary(con) if result.rejected else ""
        row_counts = {table: store.row_count(table) for table in TABLES}
    context.log.info(
        f"read {result.read:,} new or changed files, skipped {result.files - result.read:,} unchanged; "
        f"{result.loaded:,} loaded, {result.duplicates:,} duplicate, {result.rejected:,} rejected; "
        f"{result.cables:,} cables; committed in {result.seconds:.1f} s"
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
        "commit_seconds": round(result.seconds, 2),
    }
    for table in TABLES:
        yield dg.Output(
            None,
            output_name=table,
            metadata={
                "dagster/row_count": row_counts[table],
                "path": dg.MetadataValue.path(str(store.table_dir(table))),
                "new_parts": len(result.new_parts.get(table, [])),
                "state_id": store.state_id(),  # what this run's checks judged; load publishes only that
                "preview": dg.MetadataValue.md(previews[table]),
                **(run_figures if table in ("cables", "source_files") else {}),
                **(quality if table == "cables" else {}),
            },
        )


@dg.graph_multi_asset(
    name="normalize",
    group_name="normalize",
    ins={"files_listed": dg.AssetIn("cable_files", dagster_type=dg.Nothing)},
    outs={
        table: dg.AssetOut(
            key=parquet_key(table),
            description=f"Parquet table `{table}`: {description(table)}",
            kinds={"polars", "parquet"},
            metadata={"dagster/column_schema": column_schema(table)},
            io_manager_key="no_values",
        )
        for table in TABLES
    },
)
def normalize_tables(files_listed):
    parsed = plan_shards(files_listed).map(parse_shard)
    return commit_tables(parsed.collect())


# The blocking checks of the Parquet tables run as one step: a step costs
# about a second of Dagster overhead, and they share one read of the tables.
CABLE_ID_UNIQUE = dg.AssetCheckSpec(
    "cable_id_unique", asset=parquet_key("cables"), blocking=True, description="Every cable_id appears once."
)
CABLE_ID_IN_CABLES = {
    table: dg.AssetCheckSpec(
        "cable_id_in_cables",
        asset=parquet_key(table),
        blocking=True,
        description="Every row belongs to a cable of the cables table.",
    )
    for table in CHILD_TABLES
}
EVERY_FILE_ACCOUNTED_FOR = dg.AssetCheckSpec(
    "every_file_accounted_for",
    asset=parquet_key("source_files"),
    blocking=True,
    description=(
        "Every input file of the inventory has exactly one row, and input files = loaded + duplicate "
        "+ rejected, with one cable per loaded file and one reject per rejected file."
    ),
)
PARSE_COVERAGE_ABOVE_THRESHOLDS = dg.AssetCheckSpec(
    "parse_coverage_above_thresholds",
    asset=parquet_key("cables"),
    blocking=True,
    description=(
        f"The parse found a subject in at least {COVERAGE_THRESHOLDS['has_subject']:.0%} of the non-partial cables, "
        f"tags in {COVERAGE_THRESHOLDS['has_tags']:.0%} of all and TO recipients in "
        f"{COVERAGE_THRESHOLDS['has_to']:.0%} of those with a routing header, as `cables report` "
        f"measures them (judged from {COVERAGE_MIN_CABLES} cables on)."
    ),
)
CABLE_COUNT_NOT_SHRINKING = dg.AssetCheckSpec(
    "cable_count_not_shrinking",
    asset=parquet_key("cables"),
    blocking=True,
    description=(
        "No cable of the published warehouse disappears unless the file it was loaded from was "
        "removed from the sources (so the cable count shrinks only by removed files)."
    ),
)


@dg.multi_asset_check(
    name="parquet_checks",
    specs=[
        CABLE_ID_UNIQUE,
        *CABLE_ID_IN_CABLES.values(),
        EVERY_FILE_ACCOUNTED_FOR,
        PARSE_COVERAGE_ABOVE_THRESHOLDS,
        CABLE_COUNT_NOT_SHRINKING,
    ],
    description="The checks that must pass before the Parquet tables are published.",
)
def parquet_checks(context: dg.AssetCheckExecutionContext, settings: CablesSettings):
    warehouse = settings.warehouse_dir()
    with reading(context, settings) as con:
        yield cable_id_unique(con)
        yield from cable_id_in_cables(con)
        yield every_file_accounted_for(con, warehouse)
        yield parse_coverage_above_thresholds(con, warehouse)
        yield cable_count_not_shrinking(con, warehouse)


def _result(spec: dg.AssetCheckSpec, passed: bool, metadata: dict) -> dg.AssetCheckResult:
    return dg.AssetCheckResult(asset_key=spec.asset_key, check_name=spec.name, passed=passed, metadata=metadata)


def cable_id_unique(con: duckdb.DuckDBPyConnection) -> dg.AssetCheckResult:
    (duplicates,) = con.execute(
        "SELECT count(*) FROM (SELECT cable_id FROM cables GROUP BY cable_id HAVING count(*) > 1)"
    ).fetchone()
    return _result(CABLE_ID_UNIQUE, duplicates == 0, {"duplicated_ids": duplicates})


def cable_id_in_cables(con: duckdb.DuckDBPyConnection) -> Iterator[dg.AssetCheckResult]:
    rows = " UNION ALL ".join(f"SELECT '{table}' AS child_table, cable_id FROM {table}" for table in CHILD_TABLES)
    orphans = {
        table: (count, example)
        for table, count, example in con.execute(
            f"SELECT child_table, count(*), min(cable_id) FROM ({rows}) "
            "WHERE cable_id NOT IN (SELECT cable_id FROM cables) GROUP BY child_table"
        ).fetchall()
    }
    for table, spec in CABLE_ID_IN_CABLES.items():
        count, example = orphans.get(table, (0, None))
        yield _result(spec, count == 0, {"orphan_rows": count, "example_cable_id": example or ""})


def every_file_accounted_for(con: duckdb.DuckDBPyConnection, warehouse: str) -> dg.AssetCheckResult:
    manifest = ParquetStore(warehouse).root / MANIFEST
    if inventory_path(warehouse).stat().st_mtime_ns > manifest.stat().st_mtime_ns:
        # Another run listed the files since the tables were written: its
        # own check compares them once its normalize has run.
        return _result(EVERY_FILE_ACCOUNTED_FOR, True, {"note": "the inventory is newer than the tables"})
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
    return _result(EVERY_FILE_ACCOUNTED_FOR, passed, n)


def parse_coverage_above_thresholds(con: duckdb.DuckDBPyConnection, warehouse: str) -> dg.AssetCheckResult:
    con.register("quality_rows", committed_quality_rows(con, warehouse))
    cables, _, figures, _ = overall_figures(con, scan_text=False, rows="quality_rows")
    judged = [f for f in figures if f.field.column in COVERAGE_THRESHOLDS and f.share is not None]
    below = [f.field.label for f in judged if f.share < COVERAGE_THRESHOLDS[f.field.column]]
    metadata = {"cables": cables, "below_threshold": ", ".join(below) or "none"}
    for f in judged:  # the keys of the quality figures on parquet/cables
        metadata[f"quality_{f.field.name}"] = dg.MetadataValue.float(f.share)
        metadata[f"threshold_{f.field.name}"] = dg.MetadataValue.float(COVERAGE_THRESHOLDS[f.field.column])
    if cables < COVERAGE_MIN_CABLES:
        metadata["note"] = f"not judged: fewer than {COVERAGE_MIN_CABLES} cables"
    return _result(PARSE_COVERAGE_ABOVE_THRESHOLDS, cables < COVERAGE_MIN_CABLES or not below, metadata)


def cable_count_not_shrinking(con: duckdb.DuckDBPyConnection, warehouse: str) -> dg.AssetCheckResult:
    published = database_path(warehouse)
    (cables,) = con.execute("SELECT count(*) FROM cables").fetchone()
    if not published.exists():
        return _result(CABLE_COUNT_NOT_SHRINKING, True, {"cables": cables, "note": "no published warehouse yet"})
    path = str(published).replace("'", "''")  # ATTACH takes no parameters
    con.execute(f"ATTACH '{path}' AS published (READ_ONLY)")
    try:
        (before,) = con.execute("SELECT count(*) FROM published.cables").fetchone()
        lost = con.execute(
            """
            WITH lost AS (
                SELECT cable_id, source_path FROM published.cables WHERE cable_id NOT IN (SELECT cable_id FROM cables)
            )
            SELECT p.cable_id, p.source_path, i.path IS NOT NULL AS file_present, s.status, s.reason
            FROM lost p
            LEFT JOIN inventory i ON i.path = p.source_path
            LEFT JOIN source_files s ON s.path = p.source_path
            ORDER BY p.cable_id
            """
        ).fetchall()
    finally:
        con.execute("DETACH published")
    unexplained = [row for row in lost if row[2]]
    examples = [
        f"{cable_id}: {path} is still there but is now {status}" + (f" ({reason})" if reason else "")
        for cable_id, path, _, status, reason in unexplained[:REJECT_EXAMPLES]
    ]
    return _result(
        CABLE_COUNT_NOT_SHRINKING,
        not unexplained,
        {
            "published_cables": before,
            "cables": cables,
            "lost_cables": len(lost),
            "lost_with_their_file_removed": len(lost) - len(unexplained),
            "lost_unexplained": len(unexplained),
            "examples": dg.MetadataValue.md("\n".join(f"- {e}" for e in examples) or "none"),
        },
    )
