"""`cables bench`: build the full-size corpus once, then measure the I/O
floor, a full pipeline run, an incremental run, a run with nothing new and
the single-core parse throughput, and print the results as Markdown."""

import os
import platform
import shutil
import time
from pathlib import Path

import duckdb

from etl.bench.corpus import add_new_cables, build_corpus
from etl.bench.measure import cables_command, io_floor, parse_throughput, run_measured, step_seconds
from etl.pipeline.publish import publish

GIB = 1024**3


def run_benchmark(work_dir: Path, cable2month: Path, real_cables: Path, limit: int | None, new_files: int) -> str:
    work_dir = work_dir.resolve()
    print(f"building the corpus in {work_dir / 'cables'} (once) ...", flush=True)
    started = time.perf_counter()
    corpus = build_corpus(work_dir, cable2month, real_cables, limit)
    files = sum(1 for _ in os.scandir(corpus))
    size = sum(e.stat().st_size for e in os.scandir(corpus))
    print(f"corpus: {files:,} files, {size / 1e9:.2f} GB ({time.perf_counter() - started:.0f} s)", flush=True)

    # Read once before measuring, so that the floor and the runs all find the files in the page cache.
    print("warming the page cache ...", flush=True)
    io_floor(corpus, work_dir / "floor.parquet")
    print("I/O floor: reading every file into one zstd Parquet file ...", flush=True)
    floor_seconds, _ = io_floor(corpus, work_dir / "floor.parquet")
    (work_dir / "floor.parquet").unlink()

    warehouse, incoming = work_dir / "warehouse", work_dir / "incoming"
    shutil.rmtree(warehouse, ignore_errors=True)
    shutil.rmtree(incoming, ignore_errors=True)
    incoming.mkdir()
    # The full-text index is measured on its own below: it is optional and far slower than the rest.
    env = {
        **os.environ,
        "DAGSTER_HOME": str(work_dir / "dagster-home"),
        "CABLES_SOURCE": f"{corpus}:{incoming}",
        "CABLES_SEARCH_INDEX": "0",
    }
    env.pop("CABLES_WORKERS", None)
    run = [cables_command(), "run", "--warehouse", str(warehouse)]

    print("full run ...", flush=True)
    full = run_measured(run, env)
    full_steps = step_seconds(work_dir / "dagster-home")
    cables_full = _count_cables(warehouse)
    print(f"incremental run with {new_files:,} new files ...", flush=True)
    add_new_cables(incoming, real_cables, new_files)
    incremental = run_measured(run, env)
    incremental_steps = step_seconds(work_dir / "dagster-home")
    cables_incremental = _count_cables(warehouse)
    print("run with nothing new ...", flush=True)
    unchanged = run_measured(run, env)
    unchanged_steps = step_seconds(work_dir / "dagster-home")

    print("full-text index ...", flush=True)
    search_index = publish(warehouse, search_index=True).seconds

    print("single-core parse throughput ...", flush=True)
    throughput, sample = parse_throughput(real_cables)

    rows = [
        ("corpus", f"{files:,} files, {size / 1e9:.2f} GB"),
        ("I/O floor (read every file, write one zstd Parquet file)", f"{floor_seconds:.1f} s"),
        ("full run, wall time", f"{full.seconds:.1f} s ({files / full.seconds:,.0f} cables/s)"),
        ("full run / I/O floor", f"{full.seconds / floor_seconds:.2f}"),
        ("full run, peak RSS of the process tree", f"{full.peak_rss_bytes / GIB:.2f} GiB"),
        ("full run, cores used (CPU time / wall time)", f"{full.cores_used:.2f}"),
        ("cables in the warehouse after the full run", f"{cables_full:,}"),
        (f"incremental run, {new_files:,} new files", f"{incremental.seconds:.1f} s ({incremental.seconds / full.seconds:.1%} of the full run)"),
        ("cables after the incremental run", f"{cables_incremental:,} (+{cables_incremental - cables_full:,})"),
        ("run with nothing new", f"{unchanged.seconds:.1f} s"),
        ("building the full-text index behind search(query), on its own", f"{search_index:.1f} s"),
        (f"parse_cable on one core (each of {sample:,} real cables parsed once, best of 5 processes)",
         f"{throughput:,.0f} cables/s"),
    ]
    machine = f"{os.cpu_count()} cores ({platform.processor() or platform.machine()}), {_memory_gib():.0f} GiB RAM, Python {platform.python_version()}"
    lines = [f"Machine: {machine}", "", "| measure | result |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    lines += ["", "Wall time of each Dagster step (s):", "", "| step | full run | incremental run | nothing new |", "|---|---|---|---|"]
    runs = (full_steps, incremental_steps, unchanged_steps)
    total = "Dagster run, in all"
    for step in [*{name: None for s in runs for name in s if name != total}, total]:
        times = [f"{s[step]:.1f}" if step in s else "skipped" for s in runs]
        lines.append(f"| {step} | {' | '.join(times)} |")
    return "\n".join(lines)


def _count_cables(warehouse: Path) -> int:
    with duckdb.connect(str(warehouse / "cables.duckdb"), read_only=True) as con:
        return con.execute("SELECT count(*) FROM cables").fetchone()[0]


def _memory_gib() -> float:
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
