"""Crashes, readers and re-runs, with real processes: a real `cables run`
killed with SIGKILL during normalize and during load, a real DuckDB
connection held open on the warehouse during a run, and re-runs that must
leave the warehouse identical.

The input is corpus-sized (the bundled sample copied under new reference
ids), so that the run spends long enough in each step to be caught there."""

import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import duckdb
import pytest

from conftest import BIN_DIR, run_cables

from etl.pipeline.normalize import normalize
from etl.pipeline.publish import publish
from etl.pipeline.sources import list_files
from etl.pipeline.store import ParquetStore
from etl.schema import TABLES

COPIES = 12  # 380 sample cables each: about the 4,706 of the real corpus
HEADER_ID = re.compile(r"(\d{2}[A-Z]+?)(\d+)")


def copies_under_new_ids(sample_dir: Path, target: Path, copies: range) -> int:
    """Real cables under new reference ids: copy k of 07BEIJING2463 is 07BEIJING2463k (k two digits)."""
    written = 0
    for path in sorted(sample_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        first, rest = text.split("\n", 1)
        match = HEADER_ID.fullmatch(first.strip())
        if not match:
            continue
        for k in copies:
            out = target / f"copy{k:02d}" / f"{match[1]}{match[2]}{k:02d}.txt"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(f"{match[1]}{match[2]}{k:02d}\n{rest}", encoding="utf-8")
            written += 1
    return written


def snapshot(database: Path) -> dict[str, tuple[int, int]]:
    """Row count and an order-independent hash of every table's contents."""
    with duckdb.connect(str(database), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*), bit_xor(hash(t)) FROM {t} t").fetchone() for t in TABLES}


def start_run(source: Path, warehouse: Path, cwd: Path) -> subprocess.Popen:
    env = {**os.environ, "DAGSTER_HOME": str(cwd / ".dagster"), "CABLES_WORKERS": "2"}
    env.pop("CABLES_SOURCE", None)
    log = open(cwd / "run.log", "w")
    return subprocess.Popen(
        [str(BIN_DIR / "cables"), "run", "--source", str(source), "--warehouse", str(warehouse)],
        cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT,
    )


def kill_when(process: subprocess.Popen, condition, timeout: float = 300) -> None:
    """SIGKILL the run as soon as the condition holds (polled every few ms)."""
    deadline = time.monotonic() + timeout
    try:
        while not condition():
            assert process.poll() is None, "the run ended before the moment to kill it"
            assert time.monotonic() < deadline, "the moment to kill the run never came"
            time.sleep(0.005)
    finally:
        kill_9(process)


def kill_9(process: subprocess.Popen) -> None:
    """SIGKILL the run's main process, as `kill -9 PID` does; its fork server
    and parse workers must end by themselves."""
    workers = descendants(process.pid)
    process.kill()
    process.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
        time.sleep(0.1)
    left = [pid for pid in workers if Path(f"/proc/{pid}").exists()]
    for pid in left:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert not left, f"processes of the killed run still alive: {left}"


def descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, pending = [], [pid]
    while pending:
        for child in children.get(pending.pop(), []):
            found.append(child)
            pending.append(child)
    return found


def staged_parts(warehouse: Path) -> bool:
    """Normalize is parsing: worker processes have written staged parts."""
    return any((warehouse / "staging").glob("*/cables/year=*/*.parquet"))


def uncommitted_parts(warehouse: Path) -> bool:
    """Normalize is about to commit: parts were moved into the tables, the manifest does not name them yet."""
    directory = warehouse / "parquet" / "cables"
    try:
        committed = set(ParquetStore(warehouse).manifest()["cables"])
        return any(p.relative_to(directory).as_posix() not in committed for p in directory.rglob("part-*.parquet"))
    except (FileNotFoundError, ValueError):  # the manifest is being replaced
        return False


def loading(warehouse: Path) -> bool:
    """Load is building the new database beside the published one."""
    return any(warehouse.glob(".cables.duckdb.*.tmp"))


@pytest.fixture(scope="module")
def site(tmp_path_factory, sample_dir):
    """A warehouse published from the first half of the copies."""
    root = tmp_path_factory.mktemp("safety")
    source = root / "source"
    copies_under_new_ids(sample_dir, source, range(COPIES // 2))
    result = run_cables("run", "--source", str(source), "--warehouse", str(root / "warehouse"), cwd=root)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return root, source


def test_kill_9_leaves_the_published_warehouse_whole_and_the_next_run_completes(site, sample_dir, tmp_path):
    root, source = site
    warehouse = root / "warehouse"
    database = warehouse / "cables.duckdb"
    published = snapshot(database)
    copies_under_new_ids(sample_dir, source, range(COPIES // 2, COPIES))

    for moment in (staged_parts, uncommitted_parts, loading):
        run = start_run(source, warehouse, root)
        kill_when(run, lambda: moment(warehouse))
        # Whatever the moment, the last published warehouse is whole and unchanged.
        assert snapshot(database) == published, moment.__name__

    rerun = run_cables("run", "--source", str(source), "--warehouse", str(warehouse), cwd=root)
    assert rerun.returncode == 0, rerun.stdout[-3000:] + rerun.stderr[-3000:]
    assert "check failed" not in rerun.stdout
    assert not list(warehouse.glob(".cables.duckdb.*.tmp"))
    after = snapshot(database)
    assert after["cables"][0] == published["cables"][0] * 2

    # The crashes left no trace: the result is that of one clean run from scratch.
    fresh = tmp_path / "fresh"
    normalize(list_files([str(source)]), str(fresh), workers=2)
    publish(fresh)
    reference = snapshot(fresh / "cables.duckdb")
    assert after == reference

    # And running again on the same input changes nothing at all.
    again = run_cables("run", "--source", str(source), "--warehouse", str(warehouse), cwd=root)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "(0 read, all unchanged): nothing new" in again.stdout
    assert snapshot(database) == after


def test_a_reader_holding_the_warehouse_open_never_blocks_a_run_or_sees_half_a_load(tmp_path, sample_dir):
    source, warehouse = tmp_path / "source", tmp_path / "warehouse"
    copies_under_new_ids(sample_dir, source, range(2))
    normalize(list_files([str(source)]), str(warehouse), workers=2)
    publish(warehouse)
    database = warehouse / "cables.duckdb"
    copies_under_new_ids(sample_dir, source, range(2, 6))

    def contents(con) -> dict:
        return {t: con.execute(f"SELECT count(*), bit_xor(hash(t)) FROM {t} t").fetchone() for t in TABLES}

    reader = duckdb.connect(str(database), read_only=True)
    before = contents(reader)
    run = start_run(source, warehouse, tmp_path)
    reads = 0
    try:
        while run.poll() is None:
            assert contents(reader) == before  # the reader's snapshot, never a mix
            reads += 1
    finally:
        if run.poll() is None:
            kill_9(run)
    output = (tmp_path / "run.log").read_text()
    assert run.returncode == 0, output[-3000:]
    assert reads > 0
    assert contents(reader) == before
    reader.close()
    # A new session (another process, as a user would open one) sees the new warehouse.
    result = subprocess.run(
        [str(BIN_DIR / "cables"), "sql", "--warehouse", str(warehouse), "-csv", "-noheader",
         "-c", "SELECT count(*) FROM cables"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) == before["cables"][0] * 3


def test_a_full_reread_of_unchanged_files_gives_the_same_warehouse(tmp_path, sample_dir):
    """Every file touched, so every file is read and parsed again: the same
    tables, and only the modification times differ in source_files."""
    source, warehouse = tmp_path / "source", tmp_path / "warehouse"
    database = warehouse / "cables.duckdb"
    shutil.copytree(sample_dir, source)

    def ledger() -> list[tuple]:
        with duckdb.connect(str(database), read_only=True) as con:
            return con.execute("SELECT * EXCLUDE (mtime_ns) FROM source_files ORDER BY path").fetchall()

    normalize(list_files([str(source)]), str(warehouse), workers=2)
    publish(warehouse)
    before, ledger_before = snapshot(database), ledger()
    for path in source.iterdir():
        os.utime(path, ns=(time.time_ns(), time.time_ns()))
    result = normalize(list_files([str(source)]), str(warehouse), workers=2)
    publish(warehouse)
    assert result.read == len(ledger_before)
    after = snapshot(database)
    assert after["source_files"] != before["source_files"]  # the new mtimes
    del after["source_files"], before["source_files"]
    assert after == before
    assert ledger() == ledger_before
