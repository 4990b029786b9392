"""Parse quality report: per-field coverage and anomaly counts over a corpus,
overall, by year and by format variant.

The figures are SQL over the warehouse tables (sql/quality.sql gives one row
per cable; the aggregates are here), so they read the same from the published
warehouse (`cables report`) and from the committed Parquet parts (the
metadata of the parquet/cables asset, `quality_metadata`).

`cables report --source PATH` first runs the pipeline's steps (discover,
normalize, publish) on the sources into the given warehouse, or into a
temporary one that is removed afterwards; without --source it reports on the
published warehouse, building it from the configured sources when there is none.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from etl.schema import sql_file


@dataclass(frozen=True)
class Field:
    column: str  # has_* column of sql/quality.sql
    label: str
    applies: str  # SQL condition: the cables this field is expected on
    scope: str  # the same in words
    target: float | None = None  # share the issue asks for

    @property
    def name(self) -> str:
        """The field's name in asset metadata keys (quality_<name>): its column without has_."""
        return self.column.removeprefix("has_")


FIELDS = (
    Field("has_subject", "subject", "NOT is_partial", "non-partial", 0.99),
    Field("has_tags", "tags", "true", "all", 0.995),
    Field("has_to", "TO recipients", "has_routing", "with routing header", 1.0),
    Field("has_signers", "signers", "NOT is_partial", "non-partial", 0.90),
    Field("has_summary", "summary", "true", "all"),
    Field("has_paragraphs", "paragraphs", "true", "all"),
    Field("has_level", "classification level", "true", "all"),
    Field("has_handling", "handling words", "true", "all"),
    Field("has_classified_by", "classified by", "is_classified AND NOT is_partial", "classified, non-partial"),
    Field("has_reasons", "classification reasons", "is_classified AND NOT is_partial", "classified, non-partial"),
    Field("has_declassify_on", "declassify on", "is_classified AND NOT is_partial", "classified, non-partial"),
    Field("has_dtg", "date-time group", "has_routing", "with routing header"),
    Field("has_precedence", "precedence", "has_routing", "with routing header"),
    Field("has_references", "references", "true", "all"),
)


@dataclass(frozen=True)
class Anomaly:
    key: str
    label: str
    condition: str  # SQL condition on a row of sql/quality.sql
    target_zero: bool = False  # the issue asks for none
    scans_text: bool = False  # regexes over all paragraph text: left out of the asset metadata


ANOMALIES = (
    Anomaly("subject_empty", "subject empty (non-partial)", "NOT is_partial AND NOT has_subject"),
    Anomaly("tags_empty", "tags empty", "NOT has_tags"),
    Anomaly("no_to_recipient", "routing header without a TO recipient", "has_routing AND NOT has_to", True),
    Anomaly("page_header_in_paragraph", "paragraph text holding a page header", "page_header_paragraphs > 0", True,
            scans_text=True),
    Anomaly("routing_line_in_paragraph", "paragraph text holding a routing line", "routing_paragraphs > 0",
            scans_text=True),
    Anomaly("class_word_in_recipient", "recipient name holding a classification word", "class_word_recipients > 0",
            True),
    Anomaly("bad_reference_id", "cable reference that is not a well-formed id", "bad_references > 0"),
    Anomaly("dtg_off_created", "date-time group more than 3 days from the created date", "dtg_off_created"),
    Anomaly("bad_cable_id", "cable id that is not well-formed", "bad_cable_id"),
)
EXAMPLES = 3
# The breakdown tables: (column heading, SQL aggregate over the rows of a group).
BREAKDOWN = (
    ("cables", "count(*)"),
    ("partial", "count(*) FILTER (WHERE is_partial)"),
    ("subject%", "{share:has_subject:NOT is_partial}"),
    ("tags%", "{share:has_tags:true}"),
    ("TO%", "{share:has_to:has_routing}"),
    ("signers%", "{share:has_signers:NOT is_partial}"),
    ("summary%", "{share:has_summary:true}"),
    ("paras%", "{share:has_paragraphs:true}"),
    ("no subj", "count(*) FILTER (WHERE NOT is_partial AND NOT has_subject)"),
    ("no tags", "count(*) FILTER (WHERE NOT has_tags)"),
    ("page hdr", "count(*) FILTER (WHERE page_header_paragraphs > 0)"),
    ("routing", "count(*) FILTER (WHERE routing_paragraphs > 0)"),
    ("cls name", "count(*) FILTER (WHERE class_word_recipients > 0)"),
    ("bad ref", "count(*) FILTER (WHERE bad_references > 0)"),
    ("dtg off", "count(*) FILTER (WHERE dtg_off_created)"),
)
BREAKDOWN_NOTE = (
    "shares in % of the cables the field applies to (subject, signers: non-partial; TO: with routing header); "
    "counts in cables. no subj/no tags: empty; page hdr/routing: a paragraph holding a page header/routing line; "
    "cls name: a recipient name holding a classification word; bad ref: a cable reference that is not a "
    "well-formed id; dtg off: date-time group > 3 days from the created date."
)


def quality_rows_sql() -> str:
    """sql/quality.sql as a subquery: one row per cable."""
    return "(" + sql_file("quality.sql").strip().rstrip(";") + ") AS q"


def _share_sql(column: str, applies: str) -> str:
    return (f"round(100.0 * count(*) FILTER (WHERE ({applies}) AND {column}) "
            f"/ nullif(count(*) FILTER (WHERE {applies}), 0), 1)")


def _aggregate(expression: str) -> str:
    if expression.startswith("{share:"):
        _, column, applies = expression.strip("{}").split(":")
        return _share_sql(column, applies)
    return expression


# --- figures -------------------------------------------------------------------

@dataclass
class FieldFigure:
    field: Field
    applicable: int
    found: int

    @property
    def share(self) -> float | None:
        return self.found / self.applicable if self.applicable else None

    @property
    def meets_target(self) -> bool | None:
        if self.field.target is None or self.share is None:
            return None
        return self.share >= self.field.target


@dataclass
class AnomalyFigure:
    anomaly: Anomaly
    cables: int
    examples: list[str]


@dataclass
class Report:
    cables: int
    partial: int
    fields: list[FieldFigure]
    anomalies: list[AnomalyFigure]
    by_variant: list[tuple]
    by_year: list[tuple]
    seconds: float


def overall_figures(
    con: duckdb.DuckDBPyConnection, scan_text: bool = True, rows: str | None = None
) -> tuple[int, int, list[FieldFigure], list[AnomalyFigure]]:
    """Coverage of each field and count of each anomaly over all cables
    (without the anomalies that scan all paragraph text unless scan_text),
    from the rows of sql/quality.sql, or from a table of them named `rows`."""
    anomalies_asked = [a for a in ANOMALIES if scan_text or not a.scans_text]
    parts = ["count(*)", "count(*) FILTER (WHERE is_partial)"]
    for f in FIELDS:
        parts += [f"count(*) FILTER (WHERE {f.applies})", f"count(*) FILTER (WHERE ({f.applies}) AND {f.column})"]
    for a in anomalies_asked:
        parts += [f"count(*) FILTER (WHERE {a.condition})",
                  f"(list(cable_id ORDER BY cable_id) FILTER (WHERE {a.condition}))[1:{EXAMPLES}]"]
    row = con.execute(f"SELECT {', '.join(parts)} FROM {rows or quality_rows_sql()}").fetchone()
    cables, partial, values = row[0], row[1], list(row[2:])
    fields = []
    for f in FIELDS:
        applicable, found = values.pop(0), values.pop(0)
        fields.append(FieldFigure(f, applicable, found))
    anomalies = []
    for a in anomalies_asked:
        count, examples = values.pop(0), values.pop(0)
        anomalies.append(AnomalyFigure(a, count, list(examples or [])))
    return cables, partial, fields, anomalies


def breakdown(con: duckdb.DuckDBPyConnection, by: str) -> list[tuple]:
    """One row per value of `by` (variant or year) with the BREAKDOWN columns."""
    columns = ", ".join(f"{_aggregate(expression)} AS c{i}" for i, (_, expression) in enumerate(BREAKDOWN))
    order = "c0 DESC, variant" if by == "variant" else "year"
    return con.execute(
        f"SELECT {by}, {columns} FROM {quality_rows_sql()} GROUP BY {by} ORDER BY {order}"
    ).fetchall()


def build_report(con: duckdb.DuckDBPyConnection) -> Report:
    started = time.perf_counter()
    cables, partial, fields, anomalies = overall_figures(con)
    return Report(cables, partial, fields, anomalies, breakdown(con, "variant"), breakdown(con, "year"),
                  time.perf_counter() - started)


def metadata_rows(con: duckdb.DuckDBPyConnection) -> pa.Table:
    """The rows of sql/quality.sql that quality_metadata aggregates: without the
    breakdown keys and the counts that scan all paragraph text."""
    return con.execute(
        f"SELECT * EXCLUDE (year, variant, page_header_paragraphs, routing_paragraphs) FROM {quality_rows_sql()}"
    ).to_arrow_table()


def quality_metadata(con: duckdb.DuckDBPyConnection, rows: str | None = None) -> dict[str, float | int]:
    """The overall figures as flat asset metadata: quality_<field> shares, anomaly_<kind> counts,
    over the tables or a table of their metadata_rows named `rows`.
    Cheap: the anomalies that scan all paragraph text are left to `cables report`."""
    _, _, fields, anomalies = overall_figures(con, scan_text=False, rows=rows)
    metadata: dict[str, float | int] = {}
    for f in fields:
        if f.share is not None:
            metadata[f"quality_{f.field.name}"] = round(f.share, 4)
    for a in anomalies:
        metadata[f"anomaly_{a.anomaly.key}"] = a.cables
    return metadata


# --- text ------------------------------------------------------------------------

def _table(headings: list[str], rows: list[list], align_left: int = 1) -> list[str]:
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headings)]

    def line(values: list[str]) -> str:
        return "  ".join(v.ljust(w) if i < align_left else v.rjust(w) for i, (v, w) in enumerate(zip(values, widths)))

    return [line(headings), line(["-" * w for w in widths])] + [line(r) for r in cells]


def _cell(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def format_report(report: Report, title: str = "") -> str:
    out = [f"Parse quality{' of ' + title if title else ''}: {report.cables:,} cables, "
           f"{report.partial:,} partial extracts", ""]
    rows = []
    for f in report.fields:
        target = "" if f.field.target is None else f"{100 * f.field.target:g}%"
        verdict = {True: "met", False: "NOT MET", None: ""}[f.meets_target]
        share = None if f.share is None else f"{100 * f.share:.2f}"
        rows.append([f.field.label, f.field.scope, f.applicable, f.found, share, f"{target} {verdict}".strip()])
    out += ["Coverage (share in %)"]
    out += _table(["field", "of cables", "cables", "found", "share", "target"], rows, align_left=2)
    out += ["", "Anomalies (cables)"]
    rows = []
    for a in report.anomalies:
        target = ("none: met" if a.cables == 0 else "none: NOT MET") if a.anomaly.target_zero else ""
        rows.append([a.anomaly.label, a.cables, ", ".join(a.examples), target])
    out += _table(["anomaly", "cables", "examples", "target"], rows)
    headings = [h for h, _ in BREAKDOWN]
    out += ["", "By format variant"]
    out += _table(["variant"] + headings, [list(r) for r in report.by_variant])
    out += ["", "By year (of the created date)"]
    out += _table(["year"] + headings, [list(r) for r in report.by_year])
    out += ["", BREAKDOWN_NOTE]
    return "\n".join(out)


# --- the command -------------------------------------------------------------------

def build_warehouse(sources: list[str], warehouse: Path, search_index: bool, log=print) -> None:
    """The pipeline's steps without Dagster: discover, normalize, publish."""
    from etl.pipeline.inventory import write_inventory
    from etl.pipeline.lock import warehouse_lock
    from etl.pipeline.normalize import normalize
    from etl.pipeline.publish import publish
    from etl.pipeline.sources import list_files

    warehouse.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    files = list_files(sources, warn=log)
    with warehouse_lock(warehouse, "cables report", log):
        write_inventory(files, warehouse)
        result = normalize(files, str(warehouse))
        publish(warehouse, search_index=search_index)
    log(f"parsed {result.read:,} of {result.files:,} files ({result.loaded:,} loaded, {result.duplicates:,} "
        f"duplicate, {result.rejected:,} rejected) into {warehouse} in {time.perf_counter() - started:.1f} s")


def run(args: argparse.Namespace) -> int:
    """`cables report [--source PATH]... [--warehouse DIR]`."""
    from etl.pipeline.publish import database_path
    from etl.pipeline.sources import source_paths

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    given = args.warehouse or os.environ.get("CABLES_WAREHOUSE")
    temporary = None
    if args.source and not given:
        temporary = Path(tempfile.mkdtemp(prefix="cables-report-"))
    warehouse = Path(given or "warehouse").resolve() if temporary is None else temporary
    try:
        if args.source or not database_path(warehouse).exists():
            sources = [os.path.abspath(p) for p in args.source] if args.source else source_paths(
                os.environ.get("CABLES_SOURCE"))
            # a temporary warehouse needs no full-text index; a kept one is published as `cables run` does
            build_warehouse(sources, warehouse, search_index=temporary is None, log=log)
        with duckdb.connect(str(database_path(warehouse)), read_only=True) as con:
            report = build_report(con)
        title = ", ".join(args.source) if args.source else str(warehouse)
        print(format_report(report, title))
    finally:
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)
    return 0
