"""`cables report` on the bundled sample, and the same figures as asset metadata."""

import re

import duckdb
import pytest

from etl import report
from etl.defs.parquet_tables import parquet_connection
from tests.conftest import SAMPLE_DIR, run_cables


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The sample parsed into a kept warehouse by `cables report --source --warehouse`."""
    cwd = tmp_path_factory.mktemp("report")
    result = run_cables("report", "--source", str(SAMPLE_DIR), "--warehouse", str(cwd / "w"), cwd=cwd)
    assert result.returncode == 0, result.stderr
    return cwd, result


def _row(output: str, label: str) -> list[str]:
    line = next(line for line in output.splitlines() if line.startswith(label))
    return re.split(r"\s{2,}", line.strip())


def test_report_on_the_sample(built):
    _, result = built
    out = result.stdout
    assert out.startswith(f"Parse quality of {SAMPLE_DIR}: 380 cables, 82 partial extracts")
    for section in ("Coverage (share in %)", "Anomalies (cables)", "By format variant", "By year (of the created date)"):
        assert section in out
    # field, of cables, applicable, found, share, target
    assert _row(out, "tags ") == ["tags", "all", "380", "380", "100.00", "99.5% met"]
    to = _row(out, "TO recipients")  # every sample cable with a routing header has a TO recipient
    assert to[1] == "with routing header" and to[2] == to[3] and int(to[2]) > 250
    subject = _row(out, "subject ")
    assert subject[1] == "non-partial" and int(subject[2]) == 380 - 82
    assert _row(out, "paragraph text holding a page header")[1:] == ["0", "none: met"]
    assert _row(out, "recipient name holding a classification word")[1:] == ["0", "none: met"]
    # variants and years add up to the whole
    variants = out.split("By format variant")[1].split("By year")[0]
    counts = [int(_row(variants, v)[1].replace(",", "")) for v in ("routing header", "partial", "newspaper")]
    assert sum(counts) <= 380 and counts[0] > 250
    years = out.split("By year (of the created date)")[1].split("\n\n")[0].splitlines()[3:]
    assert sum(int(re.split(r"\s+", y.strip())[1].replace(",", "")) for y in years) == 380
    assert "parsed 380 of 380 files" in result.stderr


def test_report_on_a_published_warehouse_parses_nothing(built):
    cwd, first = built
    again = run_cables("report", "--warehouse", str(cwd / "w"), cwd=cwd)
    assert again.returncode == 0, again.stderr
    assert "parsed" not in again.stderr
    assert again.stdout.split("\n", 1)[1] == first.stdout.split("\n", 1)[1]  # all but the title line


def test_source_alone_leaves_no_warehouse(tmp_path):
    one = sorted(SAMPLE_DIR.glob("*.txt"))[:3]
    result = run_cables("report", *[a for p in one for a in ("--source", str(p))], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert ": 3 cables" in result.stdout.splitlines()[0]
    assert not (tmp_path / "warehouse").exists()


def test_metadata_from_the_parquet_parts_match_the_report(built):
    cwd, _ = built
    with parquet_connection(str(cwd / "w")) as con:
        metadata = report.quality_metadata(con)
    with duckdb.connect(str(cwd / "w" / "cables.duckdb"), read_only=True) as con:
        _, _, fields, anomalies = report.overall_figures(con)
    assert metadata["quality_tags"] == 1.0
    for f in fields:
        assert metadata[f"quality_{f.field.column[4:]}"] == round(f.share, 4)
    for a in anomalies:
        if not a.anomaly.scans_text:
            assert metadata[f"anomaly_{a.anomaly.key}"] == a.cables
        else:
            assert f"anomaly_{a.anomaly.key}" not in metadata  # left to `cables report`: it scans all text
