"""Normalize: parse the input files that are new or changed since the last run
into Parquet parts, in parallel batches, and keep one copy of every cable.

Which copy of a cable is loaded (see FileOutcome.rank): the full text over a
partial extract, then the longer text, then the first path in sort order. The
rule is applied across runs too, so an incremental run ends in the same state
as a run from scratch on the same files."""

import math
import multiprocessing
import os
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field, fields

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl.pipeline.parse_files import FileOutcome, parse_batch
from etl.pipeline.sources import SourceFile
from etl.pipeline.store import ParquetStore
from etl.schema import CONTENT_TABLES, tables

Progress = Callable[[int, int], None]
LEDGER_COLUMNS = [f.name for f in fields(FileOutcome) if f.name != "first_bytes"]


@dataclass
class NormalizeResult:
    files: int = 0  # input files in this run
    read: int = 0  # files read and parsed in this run
    removed: int = 0  # files of the last run that are gone
    loaded: int = 0  # over all input files: status loaded
    duplicates: int = 0
    rejected: int = 0
    cables: int = 0  # rows in the cables table
    dropped_cables: int = 0  # cables removed from earlier parts (file changed, gone or a better copy came)
    new_parts: dict[str, list[str]] = field(default_factory=dict)
    seconds: float = 0.0


def default_workers() -> int:
    return os.cpu_count() or 1


def normalize(
    files: list[SourceFile],
    warehouse_dir: str,
    workers: int | None = None,
    batch_size: int = 1000,
    progress: Progress | None = None,
) -> NormalizeResult:
    started = time.perf_counter()
    store = ParquetStore(warehouse_dir)
    store.clean()
    previous = {row["path"]: FileOutcome(**row) for row in store.read("source_files").to_pylist()}
    previous_rejects = {row["path"]: row for row in store.read("rejects").to_pylist()}

    current = {f.path: f for f in files}
    kept = {
        path: previous[path]
        for path, f in current.items()
        if path in previous and (previous[path].size, previous[path].mtime_ns) == (f.size, f.mtime_ns)
    }
    vacated = {o.cable_id for path, o in previous.items() if o.status == "loaded" and path not in kept}
    # Unchanged copies of a cable whose loaded file changed or vanished compete again.
    for path in [p for p, o in kept.items() if o.status == "duplicate" and o.cable_id in vacated]:
        del kept[path]
    to_read = [f for path, f in current.items() if path not in kept]

    outcomes, staged = _parse_all(to_read, store, workers or default_workers(), batch_size, progress)

    # Decide, for every cable seen in this run, which copy is loaded.
    incumbents = {o.cable_id: o for o in kept.values() if o.status == "loaded"}
    contenders = defaultdict(list)
    for o in outcomes:
        if o.status == "parsed":
            contenders[o.cable_id].append(o)
    for cable_id, incumbent in incumbents.items():
        if cable_id in contenders:
            contenders[cable_id].append(incumbent)
    winners = {cable_id: min(copies, key=FileOutcome.rank) for cable_id, copies in contenders.items()}
    for o in kept.values():  # unchanged duplicates may point to a new winner
        if o.status == "duplicate" and o.cable_id in winners:
            contenders[o.cable_id].append(o)
    for cable_id, copies in contenders.items():
        for o in copies:
            _mark(o, winners[cable_id])

    demoted = {cable_id for cable_id, o in incumbents.items() if winners.get(cable_id, o) is not o}
    dropped = vacated | demoted
    parts = store.manifest()
    for table in CONTENT_TABLES:
        parts[table] = _drop_cables(store, table, parts[table], dropped)
    new_parts = _adopt_staged(store, staged, winners)
    for table, names in new_parts.items():
        parts[table] += names

    ledger = [*kept.values(), *outcomes]
    ledger.sort(key=lambda o: o.path)
    rejects = [
        {"path": o.path, "reason": o.reason, "first_bytes": o.first_bytes or previous_rejects.get(o.path, {}).get("first_bytes")}
        for o in ledger
        if o.status == "rejected"
    ]
    parts["source_files"] = [store.add_part("source_files", _table("source_files", [
        {c: getattr(o, c) for c in LEDGER_COLUMNS} for o in ledger
    ]))]
    parts["rejects"] = [store.add_part("rejects", _table("rejects", rejects))]
    store.commit(parts)

    status_counts = defaultdict(int)
    for o in ledger:
        status_counts[o.status] += 1
    return NormalizeResult(
        files=len(files),
        read=len(to_read),
        removed=len(set(previous) - set(current)),
        loaded=status_counts["loaded"],
        duplicates=status_counts["duplicate"],
        rejected=status_counts["rejected"],
        cables=sum(pq.read_metadata(p).num_rows for p in store.paths("cables")),
        dropped_cables=len(dropped),
        new_parts=new_parts,
        seconds=time.perf_counter() - started,
    )


def _parse_all(to_read, store, workers, batch_size, progress):
    """Parse files in batches, in worker processes when there is more than one batch."""
    run_dir = store.staging / uuid.uuid4().hex[:12]
    per_worker = math.ceil(len(to_read) / (workers * 4)) if to_read else 1
    size = max(50, min(batch_size, per_worker))
    batches = [to_read[i : i + size] for i in range(0, len(to_read), size)]
    outcomes: list[FileOutcome] = []
    staged: list[tuple[list[FileOutcome], dict[str, str]]] = []
    done = 0

    def collect(result):
        nonlocal done
        batch_outcomes, batch_parts = result
        outcomes.extend(batch_outcomes)
        staged.append((batch_outcomes, batch_parts))
        done += len(batch_outcomes)
        if progress:
            progress(done, len(to_read))

    if workers == 1 or len(batches) <= 1:
        for i, batch in enumerate(batches):
            collect(parse_batch(batch, str(run_dir), f"batch-{i:06d}"))
    else:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["etl.pipeline.parse_files"])
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures = [pool.submit(parse_batch, b, str(run_dir), f"batch-{i:06d}") for i, b in enumerate(batches)]
            for future in as_completed(futures):
                collect(future.result())
    return outcomes, staged


def _mark(o: FileOutcome, winner: FileOutcome) -> None:
    if o is winner:
        o.status, o.reason = "loaded", None
        return
    o.status = "duplicate"
    if o.content_hash == winner.content_hash:
        o.reason = f"same text as {winner.path}"
    else:
        why = (
            "the full text beats a partial extract"
            if o.is_partial != winner.is_partial
            else "the longer text is kept"
            if o.text_length != winner.text_length
            else "the first path in sort order is kept"
        )
        o.reason = f"same cable id, different text than {winner.path} ({why})"


def _drop_cables(store: ParquetStore, table: str, names: list[str], cable_ids: set[str]) -> list[str]:
    """Rewrite the committed parts that hold rows of the given cables."""
    if not cable_ids:
        return list(names)
    wanted = pa.array(sorted(cable_ids), pa.string())
    result = []
    for name in names:
        path = store.table_dir(table) / name
        ids = pq.read_table(path, columns=["cable_id"])["cable_id"]
        if not pc.any(pc.is_in(ids, wanted)).as_py():
            result.append(name)
            continue
        part = pq.read_table(path)
        remaining = part.filter(pc.invert(pc.is_in(part["cable_id"], wanted)))
        if remaining.num_rows:
            result.append(store.add_part(table, remaining))
    return result


def _adopt_staged(store, staged, winners) -> dict[str, list[str]]:
    """Move each staged part into its table, without the rows of cables whose
    loaded copy came from another batch or an earlier run."""
    new_parts = defaultdict(list)
    for batch_outcomes, batch_parts in staged:
        paths = {o.path for o in batch_outcomes}
        in_batch = {o.cable_id for o in batch_outcomes if o.cable_id in winners}
        keep = {cable_id for cable_id in in_batch if winners[cable_id].path in paths}
        for table, path in batch_parts.items():
            if keep == in_batch:
                new_parts[table].append(store.add_part(table, path))
                continue
            part = pq.read_table(path)
            part = part.filter(pc.is_in(part["cable_id"], pa.array(sorted(keep), pa.string())))
            if part.num_rows:
                new_parts[table].append(store.add_part(table, part))
    return new_parts


def _table(name: str, rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=tables()[name].arrow_schema)
