"""The `cables` command: run the pipeline, open the Dagster UI, query the warehouse."""

import argparse
import fcntl
import os
import shutil
import sys
import time
from pathlib import Path

from etl.pipeline import fts

PROJECT_DIR = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cables", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="materialize every asset in-process through Dagster")
    _add_location_options(run)
    run.add_argument("--workers", type=int, help="parse processes (default: one per core; CABLES_WORKERS)")
    run.add_argument(
        "--no-search-index", action="store_true",
        help="skip the full-text index behind search(query), the slowest part on a large corpus (CABLES_SEARCH_INDEX=0)",
    )
    run.set_defaults(handler=run_pipeline)

    ui = commands.add_parser("ui", help="start the Dagster UI (webserver and daemon)")
    _add_location_options(ui)
    ui.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    ui.add_argument("--port", default="3000", help="port (default 3000)")
    ui.set_defaults(handler=start_ui)

    sql = commands.add_parser(
        "sql", help="open the DuckDB CLI on the warehouse, read-only; other options go to the CLI"
    )
    sql.add_argument("--warehouse", help="warehouse directory (default ./warehouse; CABLES_WAREHOUSE)")
    sql.set_defaults(handler=open_sql)

    bench = commands.add_parser("bench", help="build a full-size corpus once and measure the pipeline on it")
    bench.add_argument("--dir", default="warehouse/bench", help="where the corpus and the benchmark warehouse go")
    bench.add_argument("--reference", default="../shared/reference/cable2month.csv.gz", help="ids and months of the release")
    bench.add_argument("--cables", default="../shared/corpus/cables", help="real cables whose text the corpus reuses")
    bench.add_argument("--limit", type=int, help="only the first N ids (a smaller corpus)")
    bench.add_argument("--new-files", type=int, default=1000, help="files added for the incremental run")
    bench.set_defaults(handler=run_bench)

    report = commands.add_parser(
        "report", help="parse quality: per-field coverage and anomalies, overall, by year and by format variant"
    )
    _add_location_options(report)
    report.set_defaults(handler=run_report)

    # Options `cables` does not know are the duckdb CLI's (only `cables sql` takes them).
    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "sql":
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.cli_args = extra
    return args.handler(args)


def _add_location_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--source", action="append", help="file or directory of cables, repeatable (CABLES_SOURCE)")
    p.add_argument("--warehouse", help="warehouse directory (default ./warehouse; CABLES_WAREHOUSE)")


def _apply_location_options(args) -> None:
    """Options become the environment the Dagster definitions read their settings from."""
    if getattr(args, "source", None):
        os.environ["CABLES_SOURCE"] = os.pathsep.join(os.path.abspath(p) for p in args.source)
    if args.warehouse:
        os.environ["CABLES_WAREHOUSE"] = os.path.abspath(args.warehouse)
    if getattr(args, "workers", None):
        os.environ["CABLES_WORKERS"] = str(args.workers)
    if getattr(args, "no_search_index", False):
        os.environ["CABLES_SEARCH_INDEX"] = "0"


def warehouse_dir() -> Path:
    return Path(os.environ.get("CABLES_WAREHOUSE", "warehouse")).resolve()


def prepare_dagster_home() -> Path:
    """A persistent DAGSTER_HOME (default ./.dagster) so runs are kept and shown in the UI."""
    home = Path(os.environ.get("DAGSTER_HOME") or ".dagster").resolve()
    home.mkdir(parents=True, exist_ok=True)
    os.environ["DAGSTER_HOME"] = str(home)
    os.environ["DAGSTER_DISABLE_TELEMETRY"] = "1"
    # Two commands starting at once on a new home would both create its
    # databases and collide: the first creates them while the other waits.
    with open(home / ".setup.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (home / "dagster.yaml").exists():
            shutil.copy(PROJECT_DIR / "dagster.yaml", home / "dagster.yaml")
        if not (home / "history").exists():
            import dagster as dg

            with dg.DagsterInstance.get() as instance:
                instance.get_runs(limit=1)
    return home


def run_pipeline(args) -> int:
    _apply_location_options(args)
    prepare_dagster_home()
    import dagster as dg

    from etl.definitions import defs

    started = time.perf_counter()
    definitions = defs()
    job = definitions.resolve_job_def("pipeline")
    with dg.DagsterInstance.get() as instance:
        result = job.execute_in_process(
            instance=instance,
            raise_on_error=False,
            run_config={"loggers": {"console": {"config": {"log_level": "INFO"}}}},
        )
    elapsed = time.perf_counter() - started
    _print_summary(result, elapsed)
    return 0 if result.success else 1


def _print_summary(result, elapsed: float) -> None:
    listed, figures, tables = {}, {}, {}
    for event in result.get_asset_materialization_events():
        materialization = event.event_specific_data.materialization
        metadata = {k: v.value for k, v in materialization.metadata.items()}
        layer, *name = materialization.asset_key.path
        if layer == "cable_files":
            listed = metadata
        if layer == "parquet" and name == ["source_files"]:
            figures = metadata
        if layer == "warehouse":
            tables[name[0]] = metadata["dagster/row_count"]
    failed_checks = [c for c in result.get_asset_check_evaluations() if not c.passed]
    print()
    print("run " + ("succeeded" if result.success else "FAILED") + f" in {elapsed:.1f} s (run id {result.run_id})")
    if figures:
        print(
            f"files: {figures['files']:,} ({figures['files_read']:,} read, "
            f"{figures['files'] - figures['files_read']:,} unchanged)  cables loaded: {figures['loaded']:,}  "
            f"duplicates: {figures['duplicates']:,}  rejected: {figures['rejected']:,}"
        )
    elif listed and result.success:
        print(f"files: {listed['dagster/row_count']:,} (0 read, all unchanged): nothing new, the warehouse stays as it is")
    if tables:
        print("tables written: " + ", ".join(f"{t} {n:,}" for t, n in tables.items()))
        print(f"warehouse: {warehouse_dir() / 'cables.duckdb'}")
    for check in failed_checks:
        print(f"check failed: {check.asset_key.to_user_string()} {check.check_name}")


def run_bench(args) -> int:
    from etl.bench.benchmark import run_benchmark

    print(run_benchmark(Path(args.dir), Path(args.reference), Path(args.cables), args.limit, args.new_files))
    return 0


def start_ui(args) -> int:
    _apply_location_options(args)
    home = prepare_dagster_home()
    os.environ.setdefault("CABLES_WAREHOUSE", str(warehouse_dir()))
    command = [
        str(Path(sys.executable).with_name("dagster")), "dev",
        "-m", "etl.definitions", "-h", args.host, "-p", str(args.port),
    ]
    print(f"Dagster UI on http://{args.host}:{args.port} (DAGSTER_HOME={home})", flush=True)
    os.execv(command[0], command)


def open_sql(args) -> int:
    """The DuckDB CLI on the warehouse, read-only, with the fts extension loaded
    from its local file (for `search`) and sql/cli.sql's prompt and output mode.
    The CLI's own options come after ours, so `-csv` or `-c` still apply."""
    if args.warehouse:
        os.environ["CABLES_WAREHOUSE"] = os.path.abspath(args.warehouse)
    database = warehouse_dir() / "cables.duckdb"
    if not database.exists():
        print(f"no warehouse at {database}: run `cables run` first", file=sys.stderr)
        return 1
    cli = Path(sys.executable).with_name("duckdb")
    os.execv(cli, [
        str(cli), "-readonly",
        "-cmd", fts.load_sql(),
        "-cmd", f'.read "{PROJECT_DIR / "sql" / "cli.sql"}"',
        str(database), *args.cli_args,
    ])


def run_report(args) -> int:
    """Parse the sources into the warehouse (a temporary one when only --source is
    given) unless it is already published, then print the quality report."""
    from etl.report import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
