"""The pipeline's steps as plain Python (no Dagster): discover input files,
parse them in parallel into Parquet parts, publish the DuckDB warehouse.
The Dagster assets in etl.defs call these functions."""
