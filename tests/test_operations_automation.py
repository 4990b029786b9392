"""The daily schedule and the sensor that launches the pipeline when source
files are added, removed or changed, evaluated tick by tick on a real tree."""

import json
import os
import shutil

import dagster as dg
import pytest

from etl.defs import automation
from etl.defs.resources import CablesSettings
from etl.definitions import defs


def test_the_schedule_and_the_sensor_target_the_pipeline_and_start_stopped():
    definitions = defs()
    schedule = definitions.resolve_schedule_def("daily_pipeline")
    sensor = definitions.resolve_sensor_def("source_files_changed")
    assert schedule.job_name == sensor.job_name == "pipeline"
    assert schedule.cron_schedule == "0 3 * * *"
    assert schedule.default_status == dg.DefaultScheduleStatus.STOPPED
    assert sensor.default_status == dg.DefaultSensorStatus.STOPPED


class Ticks:
    """Evaluates the sensor as the daemon does: each tick gets the cursor the previous one left."""

    def __init__(self, instance, source: str):
        self.instance, self.source, self.cursor = instance, source, None

    def __call__(self):
        context = dg.build_sensor_context(
            instance=self.instance, cursor=self.cursor, resources={"settings": CablesSettings(source=self.source)}
        )
        result = automation.source_files_changed(context)
        self.cursor = context.cursor
        return result


@pytest.fixture
def tree(tmp_path, sample_dir):
    """A mirror-like tree: cables three directories deep."""
    root = tmp_path / "source"
    for i, path in enumerate(sorted(sample_dir.glob("*.txt"))[:40]):
        target = root / "dates" / f"20{i % 4:02d}" / f"{i % 3:02d}" / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    return root


def test_the_sensor_launches_a_run_for_each_change_and_only_then(tree, monkeypatch):
    with dg.instance_for_test() as instance:
        tick = Ticks(instance, str(tree))
        first = tick()
        assert isinstance(first, dg.RunRequest)  # nothing seen yet: bring the warehouse up to date
        assert first.tags == {"cables/trigger": "sensor"}
        assert isinstance(tick(), dg.SkipReason)

        # A file added deep in the tree changes only its own directory's mtime.
        deep = tree / "dates" / "2001" / "02" / "late" / "10BEIJING1.txt"
        deep.parent.mkdir()
        deep.write_text("10BEIJING1\n")
        added = tick()
        assert isinstance(added, dg.RunRequest) and added.run_key != first.run_key
        assert isinstance(tick(), dg.SkipReason)

        deep.unlink()
        assert isinstance(tick(), dg.RunRequest)
        assert isinstance(tick(), dg.SkipReason)

        # A file rewritten in place changes no directory: the cheap tick misses
        # it, the next full pass (at most FULL_PASS_SECONDS later) sees it.
        victim = next(tree.rglob("*.txt"))
        mtime = victim.stat().st_mtime_ns
        victim.write_text(victim.read_text().replace("E", "F"))
        os.utime(victim, ns=(mtime + 10**9, mtime + 10**9))
        assert isinstance(tick(), dg.SkipReason)
        monkeypatch.setattr(automation, "FULL_PASS_SECONDS", 0)
        assert isinstance(tick(), dg.RunRequest)
        assert isinstance(tick(), dg.SkipReason)


def test_the_sensor_waits_for_a_run_that_has_not_listed_the_files_yet(tree):
    with dg.instance_for_test() as instance:
        tick = Ticks(instance, str(tree))
        tick()
        (tree / "new.txt").write_text("10BEIJING2\n")
        instance.add_run(dg.DagsterRun(job_name="pipeline", run_id="new-run", status=dg.DagsterRunStatus.NOT_STARTED))
        waiting = tick()
        assert isinstance(waiting, dg.SkipReason) and waiting.skip_message == "run new-run of the pipeline is not_started"
        # A started run may have listed the files already (or was killed and
        # stays "started" forever): it does not hold the sensor back.
        instance.delete_run("new-run")
        instance.add_run(dg.DagsterRun(job_name="pipeline", run_id="started-run", status=dg.DagsterRunStatus.STARTED))
        assert isinstance(tick(), dg.RunRequest)


def test_a_missing_source_is_reported_not_fingerprinted(tmp_path):
    with dg.instance_for_test() as instance:
        result = Ticks(instance, str(tmp_path / "nowhere"))()
    assert isinstance(result, dg.SkipReason)
    assert result.skip_message == f"source path does not exist: {tmp_path / 'nowhere'}"


def test_the_cursor_holds_a_fingerprint_per_source(tree, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    with dg.instance_for_test() as instance:
        tick = Ticks(instance, f"{tree}:{other}")
        tick()
        before = json.loads(tick.cursor)["sources"]
        (other / "a.txt").write_text("x")
        tick()
        after = json.loads(tick.cursor)["sources"]
    assert set(before) == {str(tree), str(other)}
    assert before[str(tree)] == after[str(tree)]
    assert before[str(other)] != after[str(other)]
