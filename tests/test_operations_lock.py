"""Two runs never write the warehouse at once: the steps that write take
WAREHOUSE/.lock; one that has to wait says who holds it, then proceeds.
Tested with real processes."""

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from conftest import BIN_DIR, PROJECT_DIR, run_cables

from etl.pipeline.lock import warehouse_lock
from etl.pipeline.normalize import commit, parse, plan
from etl.pipeline.sources import list_files, source_files
from etl.pipeline.store import ParquetStore

HOLDER = """
import sys
from etl.pipeline.lock import warehouse_lock
with warehouse_lock(sys.argv[1], "a test process", lambda message: print(message, file=sys.stderr)):
    print("held", flush=True)
    sys.stdin.readline()  # until the test says to let go
"""


def hold_lock(warehouse: Path) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(warehouse)],
        cwd=PROJECT_DIR, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    return holder


def wait_for(path: Path, text: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while text not in (path.read_text() if path.exists() else ""):
        assert time.monotonic() < deadline, f"{text!r} never appeared in {path}"
        time.sleep(0.1)


def test_a_run_waits_for_the_lock_says_who_holds_it_then_proceeds(tmp_path, sample_dir):
    warehouse = tmp_path / "warehouse"
    holder = hold_lock(warehouse)
    log = tmp_path / "run.log"
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path / ".dagster")}
    env.pop("CABLES_SOURCE", None)
    with open(log, "w") as out:
        run = subprocess.Popen(
            [str(BIN_DIR / "cables"), "run", "--source", str(sample_dir), "--warehouse", str(warehouse)],
            cwd=tmp_path, env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    try:
        wait_for(log, "waiting for the warehouse lock held by")
        time.sleep(1)
        assert run.poll() is None  # still waiting: nothing was written meanwhile
        assert not (warehouse / "state" / "inventory.parquet").exists()
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait()
    assert run.wait(timeout=300) == 0, log.read_text()[-3000:]
    output = log.read_text()
    assert f"waiting for the warehouse lock held by pid {holder.pid} since " in output
    assert "(a test process)" in output
    assert "got the warehouse lock after waiting" in output
    with duckdb.connect(str(warehouse / "cables.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM source_files").fetchone()[0] == len(list(sample_dir.glob("*")))


def test_two_concurrent_runs_both_complete_and_leave_one_consistent_warehouse(tmp_path, sample_dir):
    """Two `cables run` at once on one warehouse, one over the sample and one
    over the sample plus more files: whichever order their steps take, both
    succeed and the warehouse is whole (the blocking checks passed before each load)."""
    more = tmp_path / "more"
    more.mkdir()
    for path in sorted(sample_dir.glob("*.txt"))[:50]:
        text = path.read_text(encoding="utf-8")
        first, rest = text.split("\n", 1)
        (more / f"{first}9.txt").write_text(f"{first}9\n{rest}", encoding="utf-8")
    warehouse = tmp_path / "warehouse"
    home = tmp_path / ".dagster"  # new: both commands set it up at once
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    env.pop("CABLES_SOURCE", None)
    commands = [
        ["run", "--source", str(sample_dir), "--warehouse", str(warehouse)],
        ["run", "--source", str(sample_dir), "--source", str(more), "--warehouse", str(warehouse)],
    ]
    runs = [
        subprocess.Popen([str(BIN_DIR / "cables"), *c], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True)
        for c in commands
    ]
    outputs = [r.communicate(timeout=600)[0] for r in runs]
    for run, output in zip(runs, outputs):
        assert run.returncode == 0, output[-3000:]
        assert "check failed" not in output
    # The published warehouse is the one of whichever run loaded last, and consistent in itself.
    with duckdb.connect(str(warehouse / "cables.duckdb"), read_only=True) as con:
        files = con.execute("SELECT count(*) FROM source_files").fetchone()[0]
        loaded = con.execute("SELECT count(*) FROM source_files WHERE status = 'loaded'").fetchone()[0]
        cables = con.execute("SELECT count(*) FROM cables").fetchone()[0]
    assert files in (380, 430) and loaded == cables
    # A last run over the larger source settles the warehouse.
    final = run_cables(*commands[1], cwd=tmp_path)
    assert final.returncode == 0, final.stderr[-3000:]
    with duckdb.connect(str(warehouse / "cables.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM cables").fetchone()[0] == 430


def test_a_killed_holder_never_leaves_the_lock_behind(tmp_path):
    holder = hold_lock(tmp_path)
    holder.kill()
    holder.wait()
    messages = []
    started = time.monotonic()
    with warehouse_lock(tmp_path, "the test", messages.append):
        pass
    assert messages == [] and time.monotonic() - started < 1


def test_shared_holders_read_together_and_keep_writers_out(tmp_path):
    messages = []
    with warehouse_lock(tmp_path, "reader one", messages.append, shared=True):
        with warehouse_lock(tmp_path, "reader two", messages.append, shared=True):
            assert messages == []  # two readers at once, neither waited
        writer = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(tmp_path)], cwd=PROJECT_DIR,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        ready, _, _ = select.select([writer.stdout], [], [], 2)
        assert not ready  # the writer waits while a reader holds the lock
    assert writer.stdout.readline().strip() == "held"
    writer.stdin.write("\n")
    writer.stdin.flush()
    assert writer.wait(timeout=10) == 0


def test_a_commit_after_another_run_listed_fewer_files_loads_only_those(tmp_path, sample_dir):
    """Between this run's parse and its commit, another run listed the files
    anew (without the last ten): the commit plans again under the lock and
    must not load the rows it staged for the files no longer listed."""
    warehouse = tmp_path / "warehouse"
    store = ParquetStore(warehouse)
    files = list_files([str(sample_dir)])
    parsed = parse(source_files(plan(files, store).to_read), store, workers=1)
    listed_meanwhile = files.slice(0, files.num_rows - 10)
    result = commit(listed_meanwhile, [parsed], str(warehouse), workers=1)
    assert store.read("source_files").num_rows == listed_meanwhile.num_rows
    assert store.row_count("cables") == result.loaded
    sources = set(store.read("cables", ["source_path"])["source_path"].to_pylist())
    assert sources <= set(store.read("source_files", ["path"])["path"].to_pylist())
