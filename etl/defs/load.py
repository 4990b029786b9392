"""Load: build the DuckDB warehouse from the Parquet tables and publish it."""

import dagster as dg

from etl.defs.normalize import parquet_key
from etl.defs.resources import CablesSettings
from etl.defs.table_metadata import column_schema, description
from etl.pipeline.publish import publish
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
    pool="cables_warehouse",
)
def load_warehouse(context: dg.AssetExecutionContext, settings: CablesSettings):
    result = publish(settings.warehouse_dir())
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
