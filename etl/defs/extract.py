"""Extract: find the cable files under the configured sources."""

import dagster as dg

from etl.defs.resources import CablesSettings
from etl.pipeline.inventory import changes, write_inventory
from etl.pipeline.lock import warehouse_lock
from etl.pipeline.sources import list_files
from etl.pipeline.store import ParquetStore

INVENTORY_SCHEMA = dg.TableSchema(
    columns=[
        dg.TableColumn("path", "VARCHAR", description="Absolute path of the input file."),
        dg.TableColumn("size", "BIGINT", description="File size in bytes."),
        dg.TableColumn("mtime_ns", "BIGINT", description="Modification time in nanoseconds."),
    ]
)


@dg.asset(
    group_name="extract",
    kinds={"python", "parquet"},
    description=(
        "The input files: every regular file under the source paths (directories walked "
        "recursively), with size and modification time, compared with the last run."
    ),
    metadata={"dagster/column_schema": INVENTORY_SCHEMA},
)
def cable_files(context: dg.AssetExecutionContext, settings: CablesSettings) -> dg.MaterializeResult:
    sources = settings.source_paths()
    # Listed under the lock, so that a run that had to wait sees the files as they are when it proceeds.
    with warehouse_lock(settings.warehouse_dir(), f"run {context.run.run_id} step cable_files", context.log.info):
        files = list_files(sources, warn=context.log.warning)
        path = write_inventory(files, settings.warehouse_dir())
        counts = changes(files, ParquetStore(settings.warehouse_dir()).read("source_files", ["path", "size", "mtime_ns"]))
    context.log.info(
        f"found {files.num_rows:,} files under {', '.join(sources)}: "
        f"{counts['new']:,} new, {counts['changed']:,} changed, {counts['unchanged']:,} unchanged, "
        f"{counts['removed']:,} removed since the last run"
    )
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": files.num_rows,
            "sources": sources,
            "inventory": dg.MetadataValue.path(str(path)),
            **counts,
        }
    )
