"""The normalize batches as separate Dagster steps: the job run by Dagster's
multiprocess executor with two shards parses them in two processes at once,
and ends in the same warehouse as the in-process `cables run`."""

import os
import shutil
import subprocess

import duckdb
import pytest

from conftest import BIN_DIR, PROJECT_DIR, run_cables


@pytest.fixture(scope="module")
def source(tmp_path_factory, sample_dir):
    source = tmp_path_factory.mktemp("shards") / "cables"
    source.mkdir()
    for path in sorted(sample_dir.glob("*.txt"))[:120]:
        shutil.copy(path, source)
    return source


def cable_ids(warehouse) -> list[str]:
    with duckdb.connect(str(warehouse / "cables.duckdb"), read_only=True) as con:
        return [r[0] for r in con.execute("SELECT cable_id FROM cables ORDER BY cable_id").fetchall()]


def test_two_shards_run_as_parallel_steps(tmp_path, source):
    home = tmp_path / "dagster-home"
    home.mkdir()
    shutil.copy(PROJECT_DIR / "dagster.yaml", home)
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "CABLES_SOURCE": str(source),
        "CABLES_WAREHOUSE": str(tmp_path / "warehouse"),
        "CABLES_SHARDS": "2",
        "CABLES_WORKERS": "1",
    }
    result = subprocess.run(
        [str(BIN_DIR / "dagster"), "job", "execute", "-m", "etl.definitions", "-j", "pipeline"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-5000:]

    import dagster as dg

    with dg.DagsterInstance.from_config(str(home)) as instance:
        (run,) = instance.get_runs()
        started = instance.all_logs(run.run_id, of_type=dg.DagsterEventType.STEP_START)
        engine = instance.all_logs(run.run_id, of_type=dg.DagsterEventType.ENGINE_EVENT)
    step_pids = {e.step_key: e.dagster_event.pid for e in started}
    shard_steps = sorted(k for k in step_pids if k.startswith("normalize.parse_shard["))
    assert shard_steps == ["normalize.parse_shard[shard_0]", "normalize.parse_shard[shard_1]"]
    # Each shard in a process of its own, launched by the multiprocess executor.
    assert len({step_pids[k] for k in shard_steps}) == 2
    assert any("Multiprocess executor" in (e.message or "") for e in engine)

    in_process = run_cables("run", "--source", str(source), "--warehouse", str(tmp_path / "in-process"), cwd=tmp_path)
    assert in_process.returncode == 0, in_process.stderr[-3000:]
    assert cable_ids(tmp_path / "warehouse") == cable_ids(tmp_path / "in-process")
    assert len(cable_ids(tmp_path / "warehouse")) == 120
