"""Entry point for Dagster (workspace.yaml, `dagster dev`, `dg`, `cables`):
every definition is assembled from the etl/defs folder."""

from pathlib import Path

import dagster as dg


@dg.definitions
def defs() -> dg.Definitions:
    return dg.load_from_defs_folder(path_within_project=Path(__file__).parent)
