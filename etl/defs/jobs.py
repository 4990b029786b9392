"""The job that runs the whole pipeline: extract, normalize, load."""

import dagster as dg

pipeline_job = dg.define_asset_job(
    "pipeline",
    selection=dg.AssetSelection.all(),
    description="Extract, normalize and load every cable: files to Parquet to the published DuckDB warehouse.",
)
