"""The asset checks that guard the published warehouse: each passes on real
cables, and each blocks the load when what it guards goes wrong (a parser
that loses subjects, a file dropped silently, orphan rows, a cable that
vanishes while its file is still there). The pipeline job runs in-process
with one worker, so that a flaw can be planted in the parse or normalize."""

import shutil
from contextlib import contextmanager

import dagster as dg
import duckdb
import pyarrow as pa
import pytest

from etl.defs import load as load_defs
from etl.defs import normalize as normalize_defs
from etl.defs.parquet_tables import PREVIEW_ROWS, parquet_connection
from etl.definitions import defs
from etl.parse import parse_cable
from etl.pipeline import parse_files
from etl.pipeline.normalize import commit as real_commit
from etl.pipeline.store import ParquetStore
from etl.report import quality_metadata
from etl.schema import tables


@pytest.fixture
def site(tmp_path, sample_dir, monkeypatch):
    source, warehouse = tmp_path / "source", tmp_path / "warehouse"
    shutil.copytree(sample_dir, source)
    monkeypatch.setenv("CABLES_SOURCE", str(source))
    monkeypatch.setenv("CABLES_WAREHOUSE", str(warehouse))
    monkeypatch.setenv("CABLES_WORKERS", "1")
    return source, warehouse


def run_pipeline() -> dg.ExecuteInProcessResult:
    with dg.DagsterInstance.ephemeral() as instance:
        return defs().resolve_job_def("pipeline").execute_in_process(instance=instance, raise_on_error=False)


def checks(result) -> dict[str, dg.AssetCheckEvaluation]:
    return {f"{e.asset_key.to_user_string()}:{e.check_name}": e for e in result.get_asset_check_evaluations()}


def failed(result) -> set[str]:
    return {name for name, evaluation in checks(result).items() if not evaluation.passed}


def published_cables(warehouse) -> set[str]:
    with duckdb.connect(str(warehouse / "cables.duckdb"), read_only=True) as con:
        return {r[0] for r in con.execute("SELECT cable_id FROM cables").fetchall()}


def test_the_checks_pass_on_the_sample_and_the_metadata_describes_the_tables(site, sample_dir):
    _, warehouse = site
    result = run_pipeline()
    assert result.success
    assert failed(result) == set()
    # on parquet/cables, parquet/source_files, each parquet/<child table>, each warehouse/<table>
    assert len(checks(result)) == 3 + 1 + 4 + 7

    records = [parse_cable(p.read_text(encoding="utf-8")) for p in sample_dir.glob("*.txt")]
    full_text = [r for r in records if not r["is_partial"]]
    routed = [r for r in records if r["sender"] is not None]
    expected = {  # as `cables report` measures them
        "quality_subject": sum(bool((r["subject"] or "").strip()) for r in full_text) / len(full_text),
        "quality_tags": sum(bool(r["tags"]) for r in records) / len(records),
        "quality_to": sum(any(x["kind"] == "TO" for x in r["recipients"]) for r in routed) / len(routed),
    }
    (cables,) = [
        e.event_specific_data.materialization
        for e in result.get_asset_materialization_events()
        if e.event_specific_data.materialization.asset_key.path == ["parquet", "cables"]
    ]
    metadata = {k: v.value for k, v in cables.metadata.items()}
    coverage = checks(result)["parquet/cables:parse_coverage_above_thresholds"].metadata
    for name, share in expected.items():
        assert metadata[name] == pytest.approx(share, abs=1e-4)  # (rounded to 4 places)
        assert coverage[name].value == pytest.approx(share)
    assert metadata["dagster/row_count"] == len(records)
    preview = metadata["preview"].splitlines()
    assert preview[0].startswith("| cable_id | reference_id_raw | title | subject |")
    assert len(preview) == 2 + PREVIEW_ROWS
    assert published_cables(warehouse) == {r["cable_id"] for r in records}


def test_a_parser_that_loses_subjects_blocks_the_load(site, monkeypatch):
    _, warehouse = site
    real_parse = parse_files.parse_cable

    def parse_losing_subjects(text):
        record = real_parse(text)
        if sum(map(ord, record["cable_id"])) % 4:  # about three in four
            record["subject"] = record["title"] = None
        return record

    monkeypatch.setattr(parse_files, "parse_cable", parse_losing_subjects)
    result = run_pipeline()
    assert not result.success
    assert failed(result) == {"parquet/cables:parse_coverage_above_thresholds"}
    evaluation = checks(result)["parquet/cables:parse_coverage_above_thresholds"]
    assert evaluation.metadata["below_threshold"].value == "subject"
    assert result.asset_materializations_for_node("load") == []
    assert not (warehouse / "cables.duckdb").exists()


def test_a_file_dropped_silently_blocks_the_load(site, monkeypatch):
    def commit_dropping_a_file(files, *args, **kwargs):
        return real_commit(files[:-1], *args, **kwargs)

    monkeypatch.setattr(normalize_defs, "commit", commit_dropping_a_file)
    result = run_pipeline()
    assert failed(result) == {"parquet/source_files:every_file_accounted_for"}
    metadata = checks(result)["parquet/source_files:every_file_accounted_for"].metadata
    assert metadata["inventory_files"].value == metadata["source_files"].value + 1
    assert metadata["not_recorded"].value == 1
    assert result.asset_materializations_for_node("load") == []


def test_orphan_child_rows_block_the_load(site, monkeypatch):
    def commit_leaving_an_orphan(files, parsed, warehouse_dir, *args, **kwargs):
        outcome = real_commit(files, parsed, warehouse_dir, *args, **kwargs)
        store = ParquetStore(warehouse_dir)
        orphan = pa.Table.from_pylist(
            [{"cable_id": "99NOWHERE1", "position": 1, "tag": "PREL", "kind": "subject"}],
            schema=tables()["tags"].arrow_schema,
        )
        parts = store.manifest()
        parts["tags"].append(store.add_part("tags", orphan))
        store.commit(parts, store.build())
        return outcome

    monkeypatch.setattr(normalize_defs, "commit", commit_leaving_an_orphan)
    result = run_pipeline()
    assert failed(result) == {"parquet/tags:cable_id_in_cables"}
    metadata = checks(result)["parquet/tags:cable_id_in_cables"].metadata
    assert (metadata["orphan_rows"].value, metadata["example_cable_id"].value) == (1, "99NOWHERE1")
    assert result.asset_materializations_for_node("load") == []


def test_a_cable_may_disappear_only_with_its_file(site):
    source, warehouse = site
    assert run_pipeline().success
    before = published_cables(warehouse)

    # The file still exists but no longer holds its cable: the load is blocked.
    (source / "07BEIJING2463.txt").write_text("Shopping list: milk, eggs, bread.\n")
    result = run_pipeline()
    assert failed(result) == {"parquet/cables:cable_count_not_shrinking"}
    metadata = checks(result)["parquet/cables:cable_count_not_shrinking"].metadata
    assert metadata["lost_unexplained"].value == 1
    assert f"07BEIJING2463: {source / '07BEIJING2463.txt'} is still there but is now rejected" in metadata["examples"].value
    assert published_cables(warehouse) == before

    # Once the file is removed, losing its cable is expected.
    (source / "07BEIJING2463.txt").unlink()
    (source / "08LONDON2211.txt").unlink()
    result = run_pipeline()
    assert result.success and failed(result) == set()
    metadata = checks(result)["parquet/cables:cable_count_not_shrinking"].metadata
    assert (metadata["lost_cables"].value, metadata["lost_with_their_file_removed"].value) == (2, 2)
    assert published_cables(warehouse) == before - {"07BEIJING2463", "08LONDON2211"}


def test_the_load_publishes_only_the_tables_its_own_checks_passed(site, monkeypatch):
    """Another run commits new tables after this run's checks passed and
    before its load: this run must not publish tables it never checked."""
    source, warehouse = site
    assert run_pipeline().success
    before = published_cables(warehouse)
    real_lock = load_defs.warehouse_lock

    @contextmanager
    def lock_after_another_commit(*args, **kwargs):
        store = ParquetStore(warehouse)
        parts = store.manifest()
        parts["tags"].append(store.add_part("tags", pa.Table.from_pylist(
            [{"cable_id": "99NOWHERE1", "position": 1, "tag": "PREL", "kind": "subject"}],
            schema=tables()["tags"].arrow_schema,
        )))
        store.commit(parts, store.build())  # what a concurrent run with an orphan tag would commit
        with real_lock(*args, **kwargs):
            yield

    (source / "07BEIJING2463.txt").unlink()  # so that this run has something to commit
    monkeypatch.setattr(load_defs, "warehouse_lock", lock_after_another_commit)
    result = run_pipeline()
    assert result.success
    assert failed(result) == set()
    assert [e.asset_key for e in result.get_asset_materialization_events() if e.asset_key.path[0] == "warehouse"] == []
    assert published_cables(warehouse) == before  # still the last checked state


def test_the_quality_metadata_of_an_incremental_run_is_that_of_all_the_tables(site):
    """The quality figures are kept per cable between runs and updated from the
    new parts alone: they must equal the figures computed over all the tables."""
    source, warehouse = site

    def quality_of_the_run(result) -> dict:
        (cables,) = [
            e.event_specific_data.materialization
            for e in result.get_asset_materialization_events()
            if e.event_specific_data.materialization.asset_key.path == ["parquet", "cables"]
        ]
        return {k: v.value for k, v in cables.metadata.items() if k.startswith(("quality_", "anomaly_"))}

    def quality_of_all_the_tables() -> dict:
        with parquet_connection(str(warehouse)) as con:
            return quality_metadata(con)

    assert quality_of_the_run(run_pipeline()) == quality_of_all_the_tables()
    files = sorted(source.glob("*.txt"))
    files[0].unlink()  # a cable gone
    files[1].rename(source / "moved.txt")  # the same cable from another file
    with files[2].open("a") as f:  # a cable changed
        f.write("\nAn added line.\n")
    shutil.copy(files[3], source / "copy.txt")  # a duplicate
    result = run_pipeline()
    assert result.success
    assert quality_of_the_run(result) == quality_of_all_the_tables()
