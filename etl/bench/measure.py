"""The measurements of `cables bench`, each on real processes and files."""

import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from etl.pipeline.sources import discover

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class RunMeasure:
    seconds: float
    peak_rss_bytes: int  # the largest sum of RSS over the process tree at any sample
    cpu_seconds: float  # user + system time of the process tree (as last sampled per process)
    output: str

    @property
    def cores_used(self) -> float:
        return self.cpu_seconds / self.seconds


def io_floor(source: Path, target: Path, batch_files: int = 5000) -> tuple[float, int]:
    """Read every file and write it raw into one zstd Parquet file: the least
    any pipeline must do. Returns (seconds, files)."""
    started = time.perf_counter()
    paths = [f.path for f in discover([str(source)])]
    schema = pa.schema([("path", pa.string()), ("content", pa.binary())])
    with pq.ParquetWriter(target, schema, compression="zstd") as writer:
        for i in range(0, len(paths), batch_files):
            chunk = paths[i : i + batch_files]
            contents = []
            for p in chunk:
                with open(p, "rb") as fh:
                    contents.append(fh.read())
            writer.write_table(pa.table({"path": chunk, "content": contents}, schema=schema))
    return time.perf_counter() - started, len(paths)


def run_measured(args: list[str], env: dict[str, str]) -> RunMeasure:
    """Run a command, sampling its whole process tree every 0.1 s: the sum of
    RSS, and each process's CPU time."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak, cpu_ticks = [0], {}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            rss, ticks = _tree(proc.pid)
            peak[0] = max(peak[0], rss)
            cpu_ticks.update(ticks)
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = proc.communicate()
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}):\n{output[-4000:]}")
    return RunMeasure(time.perf_counter() - started, peak[0], sum(cpu_ticks.values()) / CLOCK_TICKS, output)


def _tree(root: int) -> tuple[int, dict[int, int]]:
    """Sum of the resident memory of a process and all its descendants, and
    the CPU ticks (user + system) of each."""
    parents, rss, ticks = {}, {}, {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        parents[pid] = int(fields[1])
        rss[pid] = int(fields[21]) * PAGE_SIZE
        ticks[pid] = int(fields[11]) + int(fields[12])
    total, tree_ticks = 0, {}
    for pid in rss:
        p = pid
        while p in parents and p != root:
            p = parents[p]
        if p == root:
            total += rss[pid]
            tree_ticks[pid] = ticks[pid]
    return total, tree_ticks


def parse_throughput(real_cables: Path, passes: int = 5) -> tuple[float, int]:
    """Cables per second of parse_cable on one core over the real cables:
    each parsed once, in a process of its own that read them all first, as
    a parse worker meets them (the parser's caches start empty); the best of
    `passes` such processes. Parsing the same texts over and over in one
    process would time caches filled by the earlier rounds."""
    seconds, count = min(_first_parse(real_cables) for _ in range(passes))
    return count / seconds, count


_FIRST_PARSE = """
import sys, time
from pathlib import Path
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
from etl.parse import parse_cable
started = time.perf_counter()
for text in texts:
    parse_cable(text)
print(time.perf_counter() - started, len(texts))
"""


def _first_parse(real_cables: Path) -> tuple[float, int]:
    """(seconds, cables) of one pass of parse_cable over the real cables, in a new process."""
    out = subprocess.run([sys.executable, "-c", _FIRST_PARSE, str(real_cables)], capture_output=True, text=True, check=True)
    seconds, count = out.stdout.split()
    return float(seconds), int(count)


def cables_command() -> str:
    return str(Path(sys.executable).with_name("cables"))


def step_seconds(dagster_home: Path) -> dict[str, float]:
    """Wall time of each step that ran in the newest run of a Dagster
    instance, the mapped parse steps summed into one line, plus the whole
    run's time."""
    import dagster as dg

    with dg.DagsterInstance.from_config(str(dagster_home)) as instance:
        (run,) = instance.get_runs(limit=1)
        stats = sorted(instance.get_run_step_stats(run.run_id), key=lambda s: s.start_time or 0)
        run_stats = instance.get_run_stats(run.run_id)
    steps: dict[str, float] = {}
    for s in stats:
        if s.start_time is None or s.end_time is None:  # skipped
            continue
        name = s.step_key.split("[", 1)[0]
        steps[name] = steps.get(name, 0.0) + s.end_time - s.start_time
    steps["Dagster run, in all"] = (run_stats.end_time or 0) - (run_stats.start_time or 0)
    return steps
