"""`cables bench` end to end on a small corpus: it builds the corpus from a
list of release ids, runs the pipeline as real processes and reports what it
measured. The figures themselves are not asserted (they depend on the
machine); what they describe is."""

import csv
import gzip
import re

from conftest import SAMPLE_DIR, run_cables
from etl.parse import canonical_id

IDS = 120
NEW_FILES = 15


def _row(output: str, measure: str) -> str:
    match = re.search(rf"^\| {re.escape(measure)} \| (.*) \|$", output, re.M)
    assert match, f"no row {measure!r} in:\n{output}"
    return match.group(1)


def test_bench_builds_the_corpus_runs_the_pipeline_and_reports(tmp_path):
    ids = sorted(p.stem for p in SAMPLE_DIR.glob("*.txt"))[:IDS]
    reference = tmp_path / "cable2month.csv.gz"
    with gzip.open(reference, "wt", encoding="ascii", newline="") as fh:
        csv.writer(fh).writerows((cable_id, 1 + n % 12) for n, cable_id in enumerate(ids))

    result = run_cables(
        "bench", "--dir", str(tmp_path / "bench"), "--reference", str(reference),
        "--cables", str(SAMPLE_DIR), "--limit", str(IDS), "--new-files", str(NEW_FILES),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    output = result.stdout

    assert len(list((tmp_path / "bench" / "cables").glob("*.txt"))) == IDS
    assert _row(output, "corpus").startswith(f"{IDS} files")
    loaded = int(_row(output, "cables in the warehouse after the full run").replace(",", ""))
    assert loaded == len({canonical_id(i) for i in ids})
    assert _row(output, "cables after the incremental run") == f"{loaded + NEW_FILES:,} (+{NEW_FILES})"
    assert re.fullmatch(r"[\d.]+ s \([\d,]+ cables/s\)", _row(output, "full run, wall time"))
    assert re.fullmatch(r"[\d,]+ cables/s", _row(output, "parse_cable on one core (each of 380 real cables parsed once, best of 5 processes)"))

    # The profile: every step of the full run took time, the run with nothing new skipped the load.
    assert re.fullmatch(r"[\d.]+ \| [\d.]+ \| [\d.]+", _row(output, "normalize.parse_shard"))
    assert _row(output, "load").endswith("| skipped")
