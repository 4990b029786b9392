"""Normalize: parse the input files that are new or changed since the last run
into Parquet parts, in parallel batches, and keep one copy of every cable.

Which copy of a cable is loaded (see FileOutcome.rank): the full text over a
partial extract, then the longer text, then the first path in sort order. The
rule is applied across runs too, so an incremental run ends in the same state
as a run from scratch on the same files."""

import math
import multiprocessing
import os
import re
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl.parse import canonical_id
from etl.pipeline.build import build_id
from etl.pipeline.inventory import unchanged
from etl.pipeline.parse_files import FileOutcome, end_with_parent, parse_batch
from etl.pipeline.sources import SourceFile, path_keys, source_files
from etl.pipeline.store import ParquetStore, year_partition
from etl.schema import CONTENT_TABLES, TABLES, tables

Progress = Callable[[int, int], None]
# A file name that is already a well-formed id needs no canonical_id (the slow path).
_PLAIN_ID = re.compile(r"\d{2}[A-Z]+[1-9]\d*")
# Starting the worker pool (a fork server that imports the parser, then the
# workers) takes about a second: fewer files are parsed sooner in this process.
POOL_MIN_FILES = 2000


@dataclass
class NormalizeResult:
    files: int = 0  # input files in this run
    read: int = 0  # files read and parsed in this run
    removed: int = 0  # files of the last run that are gone
    loaded: int = 0  # over all input files: status loaded
    duplicates: int = 0
    rejected: int = 0
    cables: int = 0  # rows in the cables table
    dropped: set[str] = field(default_factory=set)  # cables removed from earlier parts (file changed, gone or a better copy came)
    new_parts: dict[str, list[str]] = field(default_factory=dict)
    changed: bool = False  # whether this run committed a new state
    seconds: float = 0.0


def default_workers() -> int:
    return os.cpu_count() or 1


def processes(files: int, workers: int | None = None) -> int:
    """How many processes parse this many files: the workers, or this process alone for few files."""
    return (workers or default_workers()) if files >= POOL_MIN_FILES else 1


@dataclass
class Plan:
    """What a run has to do, from the input files and the last committed ledger.
    The ledgers stay Arrow tables: only the files to read become Python objects."""

    files: pa.Table  # the input files (sources.FILES_SCHEMA)
    previous: pa.Table  # the last committed ledger (source_files)
    kept: pa.Table  # its rows of unchanged files whose outcome stands
    vacated: set[str]  # cables whose loaded file changed or vanished
    to_read: pa.Table  # the input files to read (sources.source_files makes them SourceFile objects)
    rebuild: bool  # the tables were made by another build: every file is read, all tables replaced


@dataclass
class Parsed:
    """Files parsed by one worker pool: every file's outcome, and per batch the staged parts."""

    outcomes: list[FileOutcome] = field(default_factory=list)
    batches: list[tuple[list[FileOutcome], dict[str, list[str]]]] = field(default_factory=list)
    staging_dir: str = ""


def normalize(
    files: pa.Table,
    warehouse_dir: str,
    workers: int | None = None,
    batch_size: int = 1000,
    progress: Progress | None = None,
) -> NormalizeResult:
    """Plan, parse and commit in one go (the caller holds the warehouse lock)."""
    store = ParquetStore(warehouse_dir)
    work = plan(files, store)
    parsed = parse(source_files(work.to_read), store, workers, batch_size, progress)
    return commit(files, [parsed], warehouse_dir, workers, progress, work)


def plan(files: pa.Table, store: ParquetStore) -> Plan:
    rebuild = store.committed() and store.build() != build_id()
    previous = tables()["source_files"].arrow_schema.empty_table() if rebuild else store.read("source_files")
    same = unchanged(previous, files)
    vacated = set(previous["cable_id"].filter(pc.and_(pc.equal(previous["status"], "loaded"), pc.invert(same))).to_pylist())
    # Unchanged copies of a cable whose loaded file changed or vanished compete again.
    contested = pc.and_(pc.equal(previous["status"], "duplicate"), _among(previous["cable_id"], vacated))
    kept = previous.filter(pc.and_(same, pc.invert(contested)))
    to_read = files.filter(pc.invert(pc.is_in(path_keys(files["path"]), value_set=kept["path"])))
    return Plan(files, previous, kept, vacated, to_read, rebuild)


def _among(column: pa.ChunkedArray, values) -> pa.ChunkedArray:
    return pc.is_in(column, value_set=pa.array(list(values), pa.string()))


def shards(files: pa.Table, count: int) -> list[pa.Table]:
    """Contiguous slices of the files (files of one year stay together), at least one."""
    size = max(1, math.ceil(files.num_rows / max(count, 1)))
    return [files.slice(i, size) for i in range(0, files.num_rows, size)] or [files]


def parse(
    files: list[SourceFile],
    store: ParquetStore,
    workers: int | None = None,
    batch_size: int = 1000,
    progress: Progress | None = None,
) -> Parsed:
    """Parse files in batches into a staging folder of their own, in worker
    processes when there are enough files (see processes). Writes nothing committed."""
    workers = processes(len(files), workers)
    parsed = Parsed(staging_dir=str(store.staging / uuid.uuid4().hex[:12]))
    files = sorted(files, key=_likely_cable_id)
    per_worker = math.ceil(len(files) / (workers * 4)) if files else 1
    size = max(50, min(batch_size, per_worker))
    batches = [files[i : i + size] for i in range(0, len(files), size)]

    def collect(result) -> None:
        batch_outcomes, batch_parts = result
        parsed.outcomes.extend(batch_outcomes)
        parsed.batches.append((batch_outcomes, batch_parts))
        if progress:
            progress(len(parsed.outcomes), len(files))

    if workers == 1:
        for i, batch in enumerate(batches):
            collect(parse_batch(batch, parsed.staging_dir, f"batch-{i:06d}"))
    else:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["etl.pipeline.fork_server_init"])
        with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=end_with_parent) as pool:
            futures = [pool.submit(parse_batch, b, parsed.staging_dir, f"batch-{i:06d}") for i, b in enumerate(batches)]
            for future in as_completed(futures):
                collect(future.result())
    return parsed


def _likely_cable_id(f: SourceFile) -> str:
    """The cable a file probably holds, by its name: files are batched in this
    order so that copies of one cable (mirror copies, damaged ids such as
    08SCTION02OF02SAOPAULO335) meet in one batch, whose worker keeps the best
    copy; copies in different batches cost rewriting staged parts at commit."""
    stem = os.path.basename(f.path).rpartition(".")[0] or os.path.basename(f.path)
    return stem if _PLAIN_ID.fullmatch(stem) else canonical_id(stem) or stem


def commit(
    files: pa.Table,
    parsed: list[Parsed],
    warehouse_dir: str,
    workers: int | None = None,
    progress: Progress | None = None,
    work: Plan | None = None,
) -> NormalizeResult:
    """Decide which copy of every cable is loaded, move the winning staged
    rows into the tables and commit the new state with its ledger.

    The caller holds the warehouse lock. Without a plan made under that same
    lock, the plan is made afresh: parsed batches that hold files no longer
    to be read (another run listed or committed them meanwhile) are set aside,
    and files it finds unparsed are parsed here, so the result is right
    however runs interleaved."""
    started = time.perf_counter()
    store = ParquetStore(warehouse_dir)
    store.clean(keep_staging={p.staging_dir for p in parsed})
    work = work or plan(files, store)
    to_read = path_keys(work.to_read["path"])
    wanted = set(to_read.to_pylist())
    # A batch holding a file that is no longer to be read (another run
    # committed it meanwhile) is set aside whole: its staged parts hold that
    # file's rows. Its other files are parsed again below.
    batches = [
        (batch_outcomes, batch_parts)
        for p in parsed
        for batch_outcomes, batch_parts in p.batches
        if all(o.path in wanted for o in batch_outcomes)
    ]
    covered = {o.path for outcomes, _ in batches for o in outcomes}
    missing = source_files(work.to_read.filter(pc.invert(_among(to_read, covered))))
    if missing:
        batches += parse(missing, store, workers, progress=progress).batches
    outcomes = [o for batch_outcomes, _ in batches for o in batch_outcomes]

    # Decide, for every cable seen in this run, which copy is loaded.
    contenders = defaultdict(list)
    for o in outcomes:
        if o.status == "parsed":
            contenders[o.cable_id].append(o)
    # The kept loaded copy of such a cable competes; its kept duplicates may point to a new winner.
    involved_rows = pc.and_(_among(work.kept["cable_id"], contenders), pc.not_equal(work.kept["status"], "rejected"))
    involved = [FileOutcome(**row) for row in work.kept.filter(involved_rows).to_pylist()]
    incumbents = {o.cable_id: o for o in involved if o.status == "loaded"}
    for cable_id, incumbent in incumbents.items():
        contenders[cable_id].append(incumbent)
    winners = {cable_id: min(copies, key=FileOutcome.rank) for cable_id, copies in contenders.items()}
    for o in involved:
        if o.status == "duplicate":
            contenders[o.cable_id].append(o)
    for cable_id, copies in contenders.items():
        for o in copies:
            _mark(o, winners[cable_id])

    demoted = {cable_id for cable_id, o in incumbents.items() if winners[cable_id] is not o}
    dropped = work.vacated | demoted
    removed = pc.sum(pc.invert(pc.is_in(work.previous["path"], value_set=path_keys(files["path"])))).as_py() or 0
    ledger = pa.concat_tables([work.kept.filter(pc.invert(involved_rows)), _ledger_table([*involved, *outcomes])])
    new_parts = {}
    changed = bool(outcomes or dropped or removed) or not store.committed() or work.rebuild
    if changed:  # a run with nothing new changes nothing
        new_parts = _write_state(
            store, batches, winners, dropped, ledger.sort_by("path"), outcomes, workers or default_workers(), work.rebuild
        )
    store.remove_staging({p.staging_dir for p in parsed})

    statuses = pc.value_counts(ledger["status"])
    status_counts = dict(zip(statuses.field("values").to_pylist(), statuses.field("counts").to_pylist()))
    return NormalizeResult(
        files=files.num_rows,
        read=work.to_read.num_rows,
        removed=removed,
        loaded=status_counts.get("loaded", 0),
        duplicates=status_counts.get("duplicate", 0),
        rejected=status_counts.get("rejected", 0),
        cables=store.row_count("cables"),
        dropped=dropped,
        new_parts=new_parts,
        changed=changed,
        seconds=time.perf_counter() - started,
    )


def _write_state(
    store, batches, winners, dropped, ledger: pa.Table, outcomes, workers: int, rebuild: bool
) -> dict[str, list[str]]:
    """Commit the tables without the dropped cables (without any of their rows
    on a rebuild), with the winning staged rows, and the new ledger; returns
    the parts added per table."""
    parts = {table: [] for table in TABLES} if rebuild else store.manifest()
    for table in CONTENT_TABLES:
        parts[table] = _drop_cables(store, table, parts[table], dropped, workers)
    new_parts = _adopt_staged(store, batches, winners, workers)
    for table, names in new_parts.items():
        parts[table] += names
    # The first bytes of a rejected file: read in this run, or recorded by an earlier one.
    rejects = store.read("rejects")
    first_bytes = dict(zip(rejects["path"].to_pylist(), rejects["first_bytes"].to_pylist()))
    first_bytes.update((o.path, o.first_bytes) for o in outcomes if o.status == "rejected" and o.first_bytes)
    rejected = ledger.filter(pc.equal(ledger["status"], "rejected")).select(["path", "reason"]).to_pylist()
    rejected = [{**row, "first_bytes": first_bytes.get(row["path"])} for row in rejected]
    parts["source_files"] = [store.add_part("source_files", ledger)]
    parts["rejects"] = [store.add_part("rejects", _table("rejects", rejected))]
    store.commit(parts, build_id())
    return new_parts


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


def _drop_cables(store: ParquetStore, table: str, names: list[str], cable_ids: set[str], workers: int) -> list[str]:
    """Rewrite the committed parts that hold rows of the given cables. Only the
    parts of their years' partitions can hold any (or of none, as a table's
    folder may hold parts written otherwise)."""
    if not cable_ids:
        return list(names)
    wanted = pa.array(sorted(cable_ids), pa.string())
    partitions = {year_partition(cable_id) for cable_id in cable_ids} | {""}

    def without_cables(name: str) -> list[str]:
        path = store.table_dir(table) / name
        if _partition_of(name) not in partitions:
            return [name]
        if not pc.any(pc.is_in(pq.read_table(path, columns=["cable_id"])["cable_id"], wanted)).as_py():
            return [name]
        part = pq.read_table(path)
        remaining = part.filter(pc.invert(pc.is_in(part["cable_id"], wanted)))
        return [store.add_part(table, remaining, partition=_partition_of(name))] if remaining.num_rows else []

    return [kept for result in _in_threads(without_cables, names, workers) for kept in result]


def _partition_of(name: str) -> str:
    """The partition folder of a part name relative to its table ('' at the top)."""
    return name.rpartition("/")[0]


def _adopt_staged(store, staged, winners, workers: int) -> dict[str, list[str]]:
    """Move each staged part into its table, without the rows of cables whose
    loaded copy came from another batch or an earlier run."""
    new_parts = defaultdict(list)
    to_filter = []  # (table, staged part, partition, cables to keep)
    for batch_outcomes, batch_parts in staged:
        paths = {o.path for o in batch_outcomes}
        in_batch = {o.cable_id for o in batch_outcomes if o.cable_id in winners}
        keep = {cable_id for cable_id in in_batch if winners[cable_id].path in paths}
        for table, paths_of_table in batch_parts.items():
            for path in paths_of_table:
                partition = os.path.basename(os.path.dirname(path))  # year=YYYY
                if keep == in_batch:
                    new_parts[table].append(store.add_part(table, path, partition))
                else:
                    to_filter.append((table, path, partition, keep))

    def filtered(job) -> tuple[str, str | None]:
        table, path, partition, keep = job
        part = pq.read_table(path)
        part = part.filter(pc.is_in(part["cable_id"], pa.array(sorted(keep), pa.string())))
        return table, store.add_part(table, part, partition) if part.num_rows else None

    for table, name in _in_threads(filtered, to_filter, workers):
        if name:
            new_parts[table].append(name)
    return new_parts


def _in_threads(function, items: list, workers: int) -> list:
    """function over the items in threads: reading, filtering and writing Parquet release the GIL."""
    if len(items) <= 1:
        return [function(item) for item in items]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(function, items))


def _table(name: str, rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=tables()[name].arrow_schema)


def _ledger_table(outcomes: list[FileOutcome]) -> pa.Table:
    """Ledger rows (source_files) of the given outcomes, built column by column."""
    schema = tables()["source_files"].arrow_schema
    return pa.table({c: [getattr(o, c) for o in outcomes] for c in schema.names}, schema=schema)
