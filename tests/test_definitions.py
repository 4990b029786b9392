"""The Dagster definitions load cleanly and describe themselves."""

import subprocess
import sys
from pathlib import Path

from conftest import PROJECT_DIR

from etl.definitions import defs
from etl.schema import TABLES


def test_dg_check_defs():
    result = subprocess.run(
        [str(Path(sys.executable).with_name("dg")), "check", "defs"],
        cwd=PROJECT_DIR, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_asset_has_a_description_and_a_column_schema():
    graph = defs().resolve_asset_graph()
    keys = {key.to_user_string() for key in graph.get_all_asset_keys()}
    expected = {"cable_files"} | {f"parquet/{t}" for t in TABLES} | {f"warehouse/{t}" for t in TABLES}
    assert keys == expected
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        assert node.description, key
        assert "dagster/column_schema" in node.metadata, key


def test_the_pipeline_job_selects_every_asset():
    job = defs().resolve_job_def("pipeline")
    assert len(job.asset_layer.selected_asset_keys) == 1 + 2 * len(TABLES)
