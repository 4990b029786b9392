"""Load: build the DuckDB warehouse from the Parquet tables and publish it."""

import dagster as dg
import duckdb
import pyarrow.parquet as pq

from etl.defs.normalize import parquet_key
from etl.defs.resources import CablesSettings
from etl.defs.table_metadata import column_schema, description
from etl.pipeline.lock import warehouse_lock
from etl.pipeline.publish import database_path, publish
from etl.pipeline.store import ParquetStore
from etl.schema import TABLES


def warehouse_key(table: str) -> dg.AssetKey:
    return dg.AssetKey(["warehouse", table])


@dg.multi_asset(
    name="load",
    group_name="load",
    specs=[
        dg.AssetSpec(
            warehouse_key(table),
            description=f"DuckDB table `{table}`: {description(table)}",
            deps=[parquet_key(table)],
            kinds={"duckdb"},
            metadata={"dagster/column_schema": column_schema(table)},
        )
        for table in TABLES
    ],
)
def load_warehouse(context: dg.AssetExecutionContext, settings: CablesSettings):
    with warehouse_lock(settings.warehouse_dir(), f"run {context.run.run_id} step load", context.log.info):
        result = publish(settings.warehouse_dir(), search_index=settings.search_index)
    context.log.info(
        f"published {result.path} in {result.seconds:.1f} s: "
        + ", ".join(f"{table} {count:,}" for table, count in result.row_counts.items())
    )
    for table in TABLES:
        yield dg.MaterializeResult(
            asset_key=warehouse_key(table),
            metadata={
                "dagster/row_count": result.row_counts[table],
                "database": dg.MetadataValue.path(result.path),
                "dagster/table_name": f"cables.main.{table}",
            },
        )


@dg.multi_asset_check(
    specs=[
        dg.AssetCheckSpec(
            "matches_parquet",
            asset=warehouse_key(table),
            description="The published table has as many rows as the committed Parquet table.",
        )
        for table in TABLES
    ],
)
def warehouse_matches_parquet(context: dg.AssetCheckExecutionContext, settings: CablesSettings):
    warehouse = settings.warehouse_dir()
    store = ParquetStore(warehouse)
    with warehouse_lock(warehouse, f"run {context.run.run_id} check", context.log.info, shared=True):
        with duckdb.connect(str(database_path(warehouse)), read_only=True) as con:
            published = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        parquet = {t: sum(pq.read_metadata(p).num_rows for p in store.paths(t)) for t in TABLES}
    for table in TABLES:
        yield dg.AssetCheckResult(
            asset_key=warehouse_key(table),
            check_name="matches_parquet",
            passed=published[table] == parquet[table],
            metadata={"warehouse_rows": published[table], "parquet_rows": parquet[table]},
        )
