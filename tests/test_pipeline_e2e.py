"""The whole pipeline as a user runs it: `cables run` on a real source tree
(the bundled sample, mirror copies of it, broken files), a real Dagster
instance, a real DuckDB file, and the real duckdb CLI through `cables sql`."""

import json
import shutil
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from conftest import SAMPLE_DIR, run_cables
from etl.pipeline.build import build_id

SEED = "07BEIJING2463"


@pytest.fixture(scope="module")
def run(tmp_path_factory, sample_dir):
    """One pipeline run over the sample, two mirror copies and broken files."""
    root = tmp_path_factory.mktemp("e2e")
    source = root / "source"
    shutil.copytree(sample_dir, source / "cables")
    # A scraper mirror keeps extra copies of cables under dates/ and origin/.
    (source / "dates" / "2007" / "04").mkdir(parents=True)
    shutil.copy(sample_dir / f"{SEED}.txt", source / "dates" / "2007" / "04" / f"{SEED}.txt")
    (source / "origin" / "Embassy Harare").mkdir(parents=True)
    shutil.copy(sample_dir / "00HARARE6677.txt", source / "origin" / "Embassy Harare" / "00HARARE6677.txt")
    broken = source / "broken"
    broken.mkdir()
    (broken / "empty.txt").write_bytes(b"")
    (broken / "image.png").write_bytes(bytes(range(256)) * 8)
    (broken / "notes.txt").write_text("Shopping list: milk, eggs, bread.\n")
    result = run_cables("run", "--source", str(source), "--warehouse", str(root / "warehouse"), cwd=root)
    return root, source, result


def connect(root: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(root / "warehouse" / "cables.duckdb"), read_only=True)


def test_run_succeeds_and_summarizes(run):
    _root, _source, result = run
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    assert "run succeeded" in result.stdout
    assert "duplicates: 2" in result.stdout
    assert "rejected:" in result.stdout and "tables written: cables" in result.stdout


def test_every_input_file_is_accounted_for(run):
    root, source, _ = run
    files = sorted(str(p) for p in source.rglob("*") if p.is_file())
    with connect(root) as con:
        recorded = [r[0] for r in con.execute("SELECT path FROM source_files ORDER BY path").fetchall()]
        statuses = dict(con.execute("SELECT status, count(*) FROM source_files GROUP BY status").fetchall())
        loaded = con.execute("SELECT count(*) FROM cables").fetchone()[0]
        rejects = dict(con.execute("SELECT path, reason FROM rejects").fetchall())
    assert recorded == files
    assert statuses["loaded"] == loaded
    assert statuses["duplicate"] == 2
    for name in ("empty.txt", "image.png", "notes.txt"):
        assert str(source / "broken" / name) in rejects
    assert rejects[str(source / "broken" / "empty.txt")] == "empty file"
    assert rejects[str(source / "broken" / "image.png")].startswith("binary file")


def test_seed_cable_in_the_warehouse(run):
    root, _, _ = run
    with connect(root) as con:
        cable = con.execute(
            "SELECT subject, created, classification_level, dtg, precedence FROM cables WHERE cable_id = ?", [SEED]
        ).fetchone()
        tags = [r[0] for r in con.execute("SELECT tag FROM tags WHERE cable_id = ? ORDER BY position", [SEED]).fetchall()]
        recipients = con.execute(
            "SELECT kind, routing_indicator, name, precedence, serial FROM recipients WHERE cable_id = ? ORDER BY position",
            [SEED],
        ).fetchall()
        markings = [r[0] for r in con.execute("SELECT marking FROM paragraphs WHERE cable_id = ? ORDER BY number", [SEED]).fetchall()]
    assert cable[0].startswith("U.S. COORDINATOR FOR INTERNATIONAL INTELLECTUAL PROPERTY ENFORCEMENT")
    assert str(cable[1]) == "2007-04-13"
    assert cable[2] == "UNCLASSIFIED"
    assert str(cable[3]) == "2007-04-13 08:13:00"
    assert cable[4] == "IMMEDIATE"
    assert tags == ["KIPR", "ETRD", "ECON", "WTRO", "CH"]
    assert recipients[0] == ("TO", "RUEHC", "SECSTATE WASHDC", "IMMEDIATE", "6821")
    assert [r[0] for r in recipients].count("INFO") == 14
    assert recipients[-1][1:3] == ("RHMCSUU", "FBI WASHINGTON DC")
    assert markings == ["U", "U", "U", "U", "SBU", None, None, None]


def test_parquet_tables_match_the_warehouse(run):
    root, _, _ = run
    with connect(root) as con:
        for table in ("cables", "recipients", "tags", "paragraphs", "cable_references", "source_files", "rejects"):
            parts = list((root / "warehouse" / "parquet" / table).rglob("*.parquet"))
            assert parts, table
            rows = sum(pq.read_metadata(p).num_rows for p in parts)
            assert rows == con.execute(f"SELECT count(*) FROM {table}").fetchone()[0], table


def test_parquet_tables_are_partitioned_by_year_for_any_engine(run):
    """Another engine reading the folders with Hive partitioning sees each
    cable under the year of its id."""
    root, _, _ = run
    import polars as pl

    years = pl.scan_parquet(root / "warehouse" / "parquet" / "cables" / "**" / "*.parquet", hive_partitioning=True)
    rows = years.select("cable_id", "year").collect().rows()
    assert rows and all(year % 100 == int(cable_id[:2]) for cable_id, year in rows)
    with connect(root) as con:
        assert len(rows) == con.execute("SELECT count(*) FROM cables").fetchone()[0]


def test_child_rows_belong_to_loaded_cables(run):
    root, _, _ = run
    with connect(root) as con:
        for table in ("recipients", "tags", "paragraphs", "cable_references"):
            orphans = con.execute(
                f"SELECT count(*) FROM {table} WHERE cable_id NOT IN (SELECT cable_id FROM cables)"
            ).fetchone()[0]
            assert orphans == 0, table


def test_cables_sql_queries_read_only(run):
    root, _, _ = run
    result = run_cables("sql", "--warehouse", "warehouse", "-c", "SELECT count(*) AS n FROM cables", cwd=root)
    assert result.returncode == 0, result.stderr
    with connect(root) as con:
        expected = con.execute("SELECT count(*) FROM cables").fetchone()[0]
    assert f"{expected}" in result.stdout
    write = run_cables("sql", "--warehouse", "warehouse", "-c", "CREATE TABLE t AS SELECT 1", cwd=root)
    assert write.returncode != 0 or "read-only" in (write.stdout + write.stderr).lower()


def test_rerun_reads_nothing_and_keeps_the_data(run):
    root, source, _ = run
    with connect(root) as con:
        before = con.execute("SELECT * FROM cables ORDER BY cable_id").fetchall()
    again = run_cables("run", "--source", str(source), "--warehouse", str(root / "warehouse"), cwd=root)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "(0 read, all unchanged): nothing new" in again.stdout
    with connect(root) as con:
        assert con.execute("SELECT * FROM cables ORDER BY cable_id").fetchall() == before


def test_runs_are_kept_in_the_dagster_instance(run):
    root, _, _ = run
    import dagster as dg

    with dg.DagsterInstance.from_config(str(root / ".dagster")) as instance:
        runs = instance.get_runs()
    assert runs and all(r.job_name == "pipeline" for r in runs)


def test_a_warehouse_of_another_build_is_parsed_again(tmp_path):
    # A warehouse committed by another parser or schema (etl.pipeline.build):
    # the next run reads every file again and replaces every table.
    sample = sorted(SAMPLE_DIR.glob("*.txt"))[:20]
    warehouse = tmp_path / "warehouse"
    args = ["run", *[a for p in sample for a in ("--source", str(p))], "--warehouse", str(warehouse), "--no-search-index"]
    assert run_cables(*args, cwd=tmp_path).returncode == 0
    manifest = warehouse / "parquet" / "manifest.json"
    state = json.loads(manifest.read_text())
    assert state["build"] == build_id()
    again = run_cables(*args, cwd=tmp_path)
    assert "(0 read, all unchanged)" in again.stdout
    manifest.write_text(json.dumps({**state, "build": "an older parser"}))
    rebuilt = run_cables(*args, cwd=tmp_path)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "(20 read, 0 unchanged)" in rebuilt.stdout
    assert json.loads(manifest.read_text())["build"] == build_id()
    with duckdb.connect(str(warehouse / "cables.duckdb"), read_only=True) as con:
        assert con.sql("SELECT count(*), count(DISTINCT cable_id) FROM cables").fetchone() == (20, 20)
        paragraphs = con.sql("SELECT count(*), count(DISTINCT (cable_id, position)) FROM paragraphs").fetchone()
    assert paragraphs[0] == paragraphs[1] > 0  # no paragraph twice: the old parts are gone
