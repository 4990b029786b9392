"""Normalize: parse new and changed files into the Parquet tables, and the
checks that must pass before the warehouse is published."""

import time

import dagster as dg
import duckdb

from etl.defs.resources import CablesSettings
from etl.defs.table_metadata import column_schema, description
from etl.pipeline.inventory import read_inventory
from etl.pipeline.normalize import normalize
from etl.pipeline.store import ParquetStore
from etl.schema import TABLES, sql_file


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
    pool="cables_warehouse",
)
def normalize_tables(context: dg.AssetExecutionContext, settings: CablesSettings):
    files = read_inventory(settings.warehouse_dir())
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

    result = normalize(files, settings.warehouse_dir(), workers=workers, progress=progress)
    context.log.info(
        f"read {result.read:,} new or changed files, skipped {result.files - result.read:,} unchanged; "
        f"{result.loaded:,} loaded, {result.duplicates:,} duplicate, {result.rejected:,} rejected; "
        f"{result.cables:,} cables in {result.seconds:.1f} s"
    )
    store = ParquetStore(settings.warehouse_dir())
    run_figures = {
        "files": result.files,
        "files_read": result.read,
        "files_removed": result.removed,
        "loaded": result.loaded,
        "duplicates": result.duplicates,
        "rejected": result.rejected,
        "seconds": round(result.seconds, 2),
    }
    for table in TABLES:
        yield dg.MaterializeResult(
            asset_key=parquet_key(table),
            metadata={
                "dagster/row_count": _row_count(store, table),
                "path": dg.MetadataValue.path(str(store.table_dir(table))),
                "new_parts": len(result.new_parts.get(table, [])),
                **(run_figures if table in ("cables", "source_files") else {}),
            },
        )


def _row_count(store: ParquetStore, table: str) -> int:
    paths = store.paths(table)
    if not paths:
        return 0
    return duckdb.sql("SELECT count(*) FROM read_parquet($paths)", params={"paths": paths}).fetchone()[0]


def _query_parquet(settings: CablesSettings, sql: str) -> list[tuple]:
    """Run SQL over the committed Parquet tables, each visible under its own name."""
    store = ParquetStore(settings.warehouse_dir())
    con = duckdb.connect(":memory:")
    con.execute(sql_file("schema.sql"))  # empty tables, replaced by views where there are parts
    for table in TABLES:
        paths = store.paths(table)
        if paths:
            con.execute(f"DROP TABLE {table}")
            con.read_parquet(paths).create_view(table)
    return con.execute(sql).fetchall()


@dg.asset_check(asset=parquet_key("cables"), blocking=True, description="Every cable_id appears once.")
def cable_id_unique(settings: CablesSettings) -> dg.AssetCheckResult:
    (duplicates,) = _query_parquet(
        settings, "SELECT count(*) FROM (SELECT cable_id FROM cables GROUP BY cable_id HAVING count(*) > 1)"
    )[0]
    return dg.AssetCheckResult(passed=duplicates == 0, metadata={"duplicated_ids": duplicates})
