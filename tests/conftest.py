import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent
SAMPLE_DIR = PROJECT_DIR / "etl" / "sample" / "cables"
BIN_DIR = Path(sys.executable).parent


def sample_text(name: str) -> str:
    return (SAMPLE_DIR / name).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE_DIR


def run_cables(*args: str, cwd: Path, env: dict | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    """The installed `cables` console script, as a user runs it."""
    full_env = {**os.environ, "DAGSTER_HOME": str(cwd / ".dagster"), **(env or {})}
    full_env.pop("CABLES_SOURCE", None)
    return subprocess.run(
        [str(BIN_DIR / "cables"), *args], cwd=cwd, env=full_env, capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory) -> Path:
    """A directory holding `warehouse/`, built once by `cables run` from the
    bundled sample, for tests that only read it."""
    root = tmp_path_factory.mktemp("sample-warehouse")
    result = run_cables("run", "--warehouse", str(root / "warehouse"), cwd=root)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return root
