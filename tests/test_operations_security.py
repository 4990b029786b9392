"""Safe by default: no network at run time, the UI on localhost only, Dagster
telemetry off."""

import os
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import BIN_DIR, PROJECT_DIR

from etl import cli


def _can_unshare_network() -> bool:
    try:
        return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not _can_unshare_network(), reason="needs unshare -n (root or user namespaces)")
def test_a_run_and_a_query_need_no_network(tmp_path, sample_dir):
    """In a network namespace without any interface, not even loopback."""
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path / ".dagster")}
    env.pop("CABLES_SOURCE", None)
    offline = ["unshare", "-n", str(BIN_DIR / "cables")]
    run = subprocess.run([*offline, "run", "--source", str(sample_dir), "--warehouse", "w"],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-3000:]
    query = subprocess.run([*offline, "sql", "--warehouse", "w", "-csv", "-noheader", "-c", "SELECT count(*) FROM cables"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert query.returncode == 0, query.stderr
    assert int(query.stdout) == len(list(sample_dir.glob("*.txt")))


class Exec(Exception):
    """Raised instead of replacing the test process."""


@pytest.mark.parametrize("options, host", [([], "127.0.0.1"), (["--host", "0.0.0.0"], "0.0.0.0")])
def test_the_ui_binds_localhost_unless_told_otherwise(tmp_path, monkeypatch, options, host):
    def fake_execv(path, argv):
        raise Exec(argv)

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / ".dagster"))
    for name in ("CABLES_WAREHOUSE", "DAGSTER_DISABLE_TELEMETRY"):  # set by the command: restored afterwards
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(os, "execv", fake_execv)
    with pytest.raises(Exec) as started:
        cli.main(["ui", *options])
    argv = started.value.args[0]
    assert argv[argv.index("-h") + 1] == host


def test_telemetry_is_off(tmp_path, monkeypatch):
    config = yaml.safe_load((PROJECT_DIR / "dagster.yaml").read_text())
    assert config["telemetry"]["enabled"] is False
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("DAGSTER_DISABLE_TELEMETRY", raising=False)
    home = cli.prepare_dagster_home()
    assert yaml.safe_load((Path(home) / "dagster.yaml").read_text())["telemetry"]["enabled"] is False
    assert os.environ["DAGSTER_DISABLE_TELEMETRY"] == "1"
