"""One batch of input files to Parquet parts: the unit of parallel work.

Runs in a worker process. Reads and decodes each file, parses it, keeps the
best copy of each cable found in the batch, writes one staged Parquet part per
content table and returns what became of every file."""

import ctypes
import hashlib
import os
import re
import signal
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from etl.parse import parse_cable
from etl.pipeline.decode import Rejected, decode
from etl.pipeline.sources import SourceFile
from etl.pipeline.store import write_parquet, year_partition
from etl.schema import CONTENT_TABLES, tables

VALID_CABLE_ID = re.compile(r"\d{2}[A-Z]+\d+")
FIRST_BYTES = 64
# Far above any real cable (the longest are a few hundred KB); a bigger file
# is not read whole into memory.
MAX_FILE_BYTES = 16 * 1024 * 1024
# What converting a parsed record to the table schemas raises on a value that does not fit.
UNLOADABLE = (ValueError, TypeError, OverflowError)


@dataclass
class FileOutcome:
    path: str
    size: int
    mtime_ns: int
    status: str  # 'parsed' (a candidate for loading) or 'rejected'
    reason: str | None = None
    cable_id: str | None = None
    content_hash: str | None = None
    is_partial: bool = False
    text_length: int = 0
    first_bytes: str | None = None  # kept for rejected files only

    def rank(self) -> tuple:
        """Which copy of a cable to load: full text over a partial extract,
        then the longer text, then the first path in sort order."""
        return (self.is_partial, -self.text_length, self.path)


def parse_batch(files: list[SourceFile], staging_dir: str, batch_id: str) -> tuple[list[FileOutcome], dict[str, list[str]]]:
    """Parse a batch; returns the outcome of every file and the staged part of each table."""
    outcomes: list[FileOutcome] = []
    parsed: list[tuple[FileOutcome, dict]] = []
    for f in files:
        outcome, record = _read_one(f)
        outcomes.append(outcome)
        if record is not None:
            parsed.append((outcome, record))
    try:
        content = _tables(_best_copies(parsed))
    except UNLOADABLE:
        # Rare: the parse gave a value the schema cannot hold (a serial beyond
        # BIGINT, ...). Reject the files that hold one and load the others.
        parsed = [(o, r) for o, r in parsed if _loadable(o, r)]
        content = _tables(_best_copies(parsed))
    return outcomes, _write_parts(content, staging_dir, batch_id)


def _best_copies(parsed: list[tuple[FileOutcome, dict]]) -> list[tuple[str, dict]]:
    """The best copy of each cable in the batch (see FileOutcome.rank)."""
    best: dict[str, tuple[FileOutcome, dict]] = {}
    for outcome, record in parsed:
        held = best.get(outcome.cable_id)
        if held is None or outcome.rank() < held[0].rank():
            best[outcome.cable_id] = (outcome, record)
    return [(o.path, r) for o, r in best.values()]


def _loadable(outcome: FileOutcome, record: dict) -> bool:
    try:
        _tables([(outcome.path, record)])
    except UNLOADABLE as e:
        _rejected(outcome, f"unloadable: {type(e).__name__}: {e}", _head(outcome.path))
        return False
    return True


def end_with_parent() -> None:
    """Ask the kernel to kill this process when its parent dies, so that a run
    killed with SIGKILL leaves no parse process behind."""
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() == 1:  # the parent is already gone
        os._exit(1)


def _read_one(f: SourceFile) -> tuple[FileOutcome, dict | None]:
    outcome = FileOutcome(f.key, f.size, f.mtime_ns, "parsed")
    data = b""
    try:
        with open(f.path, "rb") as fh:
            # (read() sizes its buffer from the file; read(MAX_FILE_BYTES + 1)
            # would allocate 16 MiB for every file)
            if os.fstat(fh.fileno()).st_size > MAX_FILE_BYTES:
                data = fh.read(FIRST_BYTES)
                raise Rejected(f"too large for a cable: over {MAX_FILE_BYTES:,} bytes")
            data = fh.read()
        text = decode(data)
        record = parse_cable(text)
        cable_id = record.get("cable_id")
        if not cable_id or not VALID_CABLE_ID.fullmatch(cable_id):
            raise Rejected("not a cable: no reference id in the header, routing lines or classification line")
        body = record.get("body")
        if not body or body.isspace():
            raise Rejected("no cable text after the 5-line header")
    except OSError as e:
        return _rejected(outcome, f"unreadable: {e.strerror or e}", data), None
    except Rejected as e:
        return _rejected(outcome, str(e), data), None
    except Exception as e:  # a parser bug must cost one file, never the run
        return _rejected(outcome, f"parser error: {type(e).__name__}: {e}", data), None
    outcome.cable_id = cable_id
    outcome.content_hash = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    outcome.is_partial = bool(record.get("is_partial"))
    outcome.text_length = len(text)
    return outcome, record


def _rejected(outcome: FileOutcome, reason: str, data: bytes) -> FileOutcome:
    outcome.status = "rejected"
    outcome.reason = reason
    outcome.first_bytes = repr(data[:FIRST_BYTES])
    return outcome


def _head(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(FIRST_BYTES)
    except OSError:
        return b""


# Child tables and the record field holding their rows.
CHILD_ROWS = {"recipients": "recipients", "paragraphs": "paragraphs", "cable_references": "references"}


def _tables(records: list[tuple[str, dict]]) -> dict[str, pa.Table]:
    """Parsed records to one Arrow table per content table, in cable_id order;
    child rows carry their cable_id."""
    records = sorted(records, key=lambda pr: pr[1]["cable_id"])
    cables = [record for _, record in records]
    result = {"cables": _table("cables", cables, source_path=[path for path, _ in records])}
    for name, field in CHILD_ROWS.items():
        cable_ids, rows = [], []
        for record in cables:
            children = record.get(field) or ()
            cable_ids += [record["cable_id"]] * len(children)
            rows += children
        columns = {"cable_id": cable_ids}
        if name == "paragraphs":  # (their place in the list: paragraphs may have no number)
            columns["position"] = [i for record in cables for i in range(1, len(record.get(field) or ()) + 1)]
        result[name] = _table(name, rows, **columns)
    tags = {"cable_id": [], "position": [], "tag": [], "kind": []}
    for record in cables:
        names = record.get("tags") or ()
        tags["cable_id"] += [record["cable_id"]] * len(names)
        tags["position"] += range(1, len(names) + 1)
        tags["tag"] += names
        tags["kind"] += record.get("tag_kinds") or [None] * len(names)
    result["tags"] = _table("tags", [], **tags)
    return {name: result[name] for name in CONTENT_TABLES}


def _table(name: str, rows: list[dict], **columns: list) -> pa.Table:
    """A table of the schema from row dicts, with some columns given whole."""
    schema = tables()[name].arrow_schema
    data = {c: columns[c] if c in columns else [row.get(c) for row in rows] for c in schema.names}
    return pa.Table.from_pydict(data, schema=schema)


def _write_parts(parts: dict[str, pa.Table], staging_dir: str, batch_id: str) -> dict[str, list[str]]:
    """One staged part per table and year (staging/<table>/year=YYYY/<batch>.parquet)."""
    paths = {}
    for name, table in parts.items():
        years = pc.utf8_slice_codeunits(table["cable_id"], 0, 2)
        for yy in pc.unique(years).to_pylist():
            directory = os.path.join(staging_dir, name, year_partition(yy))
            os.makedirs(directory, exist_ok=True)
            path = os.path.join(directory, f"{batch_id}.parquet")
            write_parquet(table.filter(pc.equal(years, yy)), path)
            paths.setdefault(name, []).append(path)
    return paths
