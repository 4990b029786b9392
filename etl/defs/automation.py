"""When the pipeline runs by itself: a daily schedule, and a sensor that
launches a run when files appear, disappear or change under the sources.

Both start STOPPED, as Dagster's are by default: whoever deploys turns them
on once (in the UI under Automation, or `dagster schedule start` / `dagster
sensor start`) and the instance remembers it. Starting them by default would
let anyone who opens `cables ui` on a laptop trigger runs over whatever
CABLES_SOURCE happens to point at.

The sensor's cursor holds two fingerprints per source path:
- a cheap one, taken at every tick, of every directory's mtime and entry
  count. Adding, removing or renaming a file changes its parent directory's
  mtime, at any depth, so this catches new and vanished files without a
  stat of any file (250,000 files in 1,500 directories: about 0.2 s);
- a full one, of every file's path, size and mtime, which also catches a file
  rewritten in place (that changes no directory). It costs a stat per file
  (about 2 s for 250,000 files), so it is taken only when the cheap one
  changed or once every FULL_PASS_SECONDS.
"""

import hashlib
import json
import os
import time

import dagster as dg

from etl.defs.jobs import pipeline_job
from etl.defs.resources import CablesSettings

SENSOR_INTERVAL_SECONDS = 60
FULL_PASS_SECONDS = 3600
# A pipeline run in one of these states has not listed the files yet, so it
# will see any change. A started run does not hold the sensor back: it may have
# listed the files already, and one killed with SIGKILL stays "started" forever.
NOT_YET_RUNNING = [dg.DagsterRunStatus.QUEUED, dg.DagsterRunStatus.NOT_STARTED, dg.DagsterRunStatus.STARTING]

daily_pipeline = dg.ScheduleDefinition(
    name="daily_pipeline",
    job=pipeline_job,
    cron_schedule="0 3 * * *",
    execution_timezone="UTC",
    tags={"cables/trigger": "schedule"},
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Run the whole pipeline every day at 03:00 UTC, whatever the sensor saw.",
)


def tree_fingerprint(root: str, stat_files: bool) -> str:
    """Digest of the tree under a source path: every directory's mtime and
    number of entries, and with stat_files every file's size and mtime.
    Walks like sources.discover: symlinked directories are not followed."""
    digest = hashlib.blake2b(digest_size=16)
    if not os.path.isdir(root):
        st = os.stat(root)
        digest.update(f"{st.st_size} {st.st_mtime_ns}".encode())
        return digest.hexdigest()
    pending = [root]
    while pending:
        directory = pending.pop()
        try:
            mtime = os.stat(directory).st_mtime_ns
            with os.scandir(directory) as it:
                entries = list(it)
        except OSError:
            continue  # removed while walking (its parent's mtime changed), or unreadable like for discover
        digest.update(f"D {directory}\0{mtime} {len(entries)}\n".encode("utf-8", "surrogateescape"))
        subdirectories, files = [], []
        for entry in entries:
            (subdirectories if entry.is_dir(follow_symlinks=False) else files).append(entry)
        pending += sorted((e.path for e in subdirectories), reverse=True)
        if stat_files:
            for entry in sorted(files, key=lambda e: e.name):
                try:
                    st = entry.stat()
                except OSError:
                    continue  # removed meanwhile, or a dangling symlink
                digest.update(f"F {entry.name}\0{st.st_size} {st.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


@dg.sensor(
    job=pipeline_job,
    minimum_interval_seconds=SENSOR_INTERVAL_SECONDS,
    default_status=dg.DefaultSensorStatus.STOPPED,
    description=(
        "Launches the pipeline when files under the sources are added, removed or renamed (seen at every "
        f"tick) or rewritten in place (seen within {FULL_PASS_SECONDS // 60} minutes)."
    ),
)
def source_files_changed(context: dg.SensorEvaluationContext, settings: CablesSettings):
    waiting = context.instance.get_runs(
        filters=dg.RunsFilter(job_name=pipeline_job.name, statuses=NOT_YET_RUNNING), limit=1
    )
    if waiting:
        return dg.SkipReason(f"run {waiting[0].run_id} of the pipeline is {waiting[0].status.value.lower()}")
    previous = json.loads(context.cursor) if context.cursor else {"sources": {}, "full_pass": 0, "at": 0}
    now = time.time()
    full_pass = now - previous["full_pass"] >= FULL_PASS_SECONDS
    sources = {}
    for root in settings.source_paths():
        if not os.path.exists(root):
            return dg.SkipReason(f"source path does not exist: {root}")
        known = previous["sources"].get(root)
        directories = tree_fingerprint(root, stat_files=False)
        if full_pass or known is None or known[0] != directories:
            sources[root] = [directories, tree_fingerprint(root, stat_files=True)]
        else:
            sources[root] = known
    changed = sorted(root for root in sources.keys() | previous["sources"].keys()
                     if sources.get(root) != previous["sources"].get(root))
    cursor = {"sources": sources, "full_pass": now if full_pass else previous["full_pass"], "at": now}
    context.update_cursor(json.dumps(cursor))
    if not changed:
        return dg.SkipReason("no file added, removed or changed under the sources")
    context.log.info(f"changes under {', '.join(changed)}")
    fingerprint = hashlib.blake2b(json.dumps(sources, sort_keys=True).encode(), digest_size=8).hexdigest()
    # The previous tick's time makes the key unique per change, also when a
    # tree returns to an earlier state, and the same when a tick is retried.
    return dg.RunRequest(
        run_key=f"sources-{fingerprint}-{previous['at']}",
        tags={"cables/trigger": "sensor"},
    )
