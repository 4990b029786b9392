"""One batch of input files to Parquet parts: the unit of parallel work.

Runs in a worker process. Reads and decodes each file, parses it, keeps the
best copy of each cable found in the batch, writes one staged Parquet part per
content table and returns what became of every file."""

import hashlib
import os
import re
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.parquet as pq

from etl.parse import parse_cable
from etl.pipeline.decode import Rejected, decode
from etl.pipeline.sources import SourceFile
from etl.schema import CONTENT_TABLES, tables

VALID_CABLE_ID = re.compile(r"\d{2}[A-Z]+\d+")
FIRST_BYTES = 64


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


def parse_batch(files: list[SourceFile], staging_dir: str, batch_id: str) -> tuple[list[FileOutcome], dict[str, str]]:
    """Parse a batch; returns the outcome of every file and the staged part of each table."""
    outcomes: list[FileOutcome] = []
    best: dict[str, tuple[FileOutcome, dict]] = {}
    for f in files:
        outcome, record = _read_one(f)
        outcomes.append(outcome)
        if record is None:
            continue
        held = best.get(outcome.cable_id)
        if held is None or outcome.rank() < held[0].rank():
            best[outcome.cable_id] = (outcome, record)
    parts = _write_parts([(o.path, r) for o, r in best.values()], staging_dir, batch_id)
    return outcomes, parts


def _read_one(f: SourceFile) -> tuple[FileOutcome, dict | None]:
    outcome = FileOutcome(f.path, f.size, f.mtime_ns, "parsed")
    data = b""
    try:
        with open(f.path, "rb") as fh:
            data = fh.read()
        text = decode(data)
        record = parse_cable(text)
        cable_id = record.get("cable_id")
        if not cable_id or not VALID_CABLE_ID.fullmatch(cable_id):
            raise Rejected("not a cable: no reference id in the header, routing lines or classification line")
        if not (record.get("body") or "").strip():
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


def _write_parts(records: list[tuple[str, dict]], staging_dir: str, batch_id: str) -> dict[str, str]:
    columns = _columns(records)
    parts = {}
    for name in CONTENT_TABLES:
        schema = tables()[name].arrow_schema
        table = pa.Table.from_pydict({c: columns[name][c] for c in schema.names}, schema=schema)
        if table.num_rows == 0:
            continue
        directory = os.path.join(staging_dir, name)
        os.makedirs(directory, exist_ok=True)
        path = os.path.join(directory, f"{batch_id}.parquet")
        pq.write_table(table, path, compression="zstd")
        parts[name] = path
    return parts


def _columns(records: list[tuple[str, dict]]) -> dict[str, dict[str, list]]:
    """Records to column lists, one set per table; child rows carry their cable_id."""
    columns = {name: {c: [] for c in tables()[name].column_names} for name in CONTENT_TABLES}
    cables = columns["cables"]
    for path, record in sorted(records, key=lambda pr: pr[1]["cable_id"]):
        cable_id = record["cable_id"]
        for c, values in cables.items():
            values.append(path if c == "source_path" else record.get(c))
        for child, rows in (
            ("recipients", record.get("recipients") or ()),
            ("paragraphs", record.get("paragraphs") or ()),
            ("cable_references", record.get("references") or ()),
        ):
            child_columns = columns[child]
            for row in rows:
                for c, values in child_columns.items():
                    values.append(cable_id if c == "cable_id" else row.get(c))
        tag_columns = columns["tags"]
        kinds = record.get("tag_kinds") or [None] * len(record.get("tags") or ())
        for position, (tag, kind) in enumerate(zip(record.get("tags") or (), kinds), start=1):
            tag_columns["cable_id"].append(cable_id)
            tag_columns["position"].append(position)
            tag_columns["tag"].append(tag)
            tag_columns["kind"].append(kind)
    return columns
