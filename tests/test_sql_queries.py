"""The example analyses in sql/queries/, run as a user runs them: through
`cables sql` on a warehouse built by `cables run` from the bundled sample.
Every query must run and return rows; several are checked against the same
answer computed in Python from the base tables. Also how `cables sql`
prepares the DuckDB CLI."""

import json
import os
import pty
import select
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import duckdb
import pytest

from conftest import BIN_DIR, PROJECT_DIR, run_cables

QUERIES = sorted((PROJECT_DIR / "sql" / "queries").glob("*.sql"))


@pytest.fixture(scope="module")
def con(sample_warehouse):
    with duckdb.connect(str(sample_warehouse / "warehouse" / "cables.duckdb"), read_only=True) as con:
        yield con


def run_query(sample_warehouse: Path, name: str) -> list[dict]:
    result = run_cables("sql", "--warehouse", "warehouse", "-json", "-f", str(PROJECT_DIR / "sql" / "queries" / name), cwd=sample_warehouse)
    assert result.returncode == 0 and not result.stderr, result.stderr
    return json.loads(result.stdout)


def test_there_are_at_least_eight_queries():
    assert len(QUERIES) >= 8


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_query_states_its_question_runs_and_returns_rows(sample_warehouse, path):
    lines = path.read_text(encoding="utf-8").splitlines()
    header = []
    for line in lines:
        if not line.startswith("--"):
            break
        header.append(line)
    assert header and "?" in " ".join(header), f"{path.name} must open with the question it answers"
    assert run_query(sample_warehouse, path.name), f"{path.name} returned no rows"


def test_cables_per_month(sample_warehouse, con):
    months = Counter(m for (m,) in con.execute("SELECT strftime(created, '%Y-%m') FROM cables").fetchall())
    result = run_query(sample_warehouse, "cables_per_month.sql")
    assert {r["month"]: r["cables"] for r in result} == months


def test_secret_cables_per_post_per_year(sample_warehouse, con):
    secret = Counter(
        (origin, year)
        for origin, year in con.execute(
            "SELECT origin, year(created) FROM cables WHERE classification_level = 'SECRET'"
        ).fetchall()
    )
    result = run_query(sample_warehouse, "secret_cables_per_post_per_year.sql")
    assert result[0]["secret"] == max(secret.values())
    for r in result:
        assert r["secret"] == secret[(r["origin"], r["year"])]


def test_kipr_info_recipients(sample_warehouse, con):
    kipr = {c for (c,) in con.execute("SELECT cable_id FROM tags WHERE tag = 'KIPR'").fetchall()}
    pairs = con.execute("SELECT DISTINCT cable_id, name FROM recipients WHERE kind = 'INFO'").fetchall()
    expected = Counter(name for cable_id, name in pairs if cable_id in kipr)
    result = run_query(sample_warehouse, "kipr_info_recipients.sql")
    assert result[0]["kipr_cables"] == max(expected.values())
    for r in result:
        assert r["kipr_cables"] == expected[r["info_recipient"]]
        assert r["pct_of_kipr_cables"] == round(100 * expected[r["info_recipient"]] / len(kipr), 1)


def test_most_referenced_cables(sample_warehouse, con):
    ids = {c for (c,) in con.execute("SELECT cable_id FROM cables").fetchall()}
    cited = Counter(
        r for (r,) in con.execute("SELECT referenced_id FROM cable_references").fetchall() if r in ids
    )
    result = run_query(sample_warehouse, "most_referenced_cables.sql")
    assert len(result) == min(20, len(cited))
    assert result[0]["referenced_by"] == max(cited.values())
    for r in result:
        assert r["referenced_by"] == cited[r["cable_id"]]


def test_longest_reference_chains(sample_warehouse, con):
    ids = {c for (c,) in con.execute("SELECT cable_id FROM cables").fetchall()}
    edges = {
        (a, b) for a, b in con.execute("SELECT cable_id, referenced_id FROM cable_references").fetchall() if b in ids
    }

    def longest_from(cable_id: str, seen: frozenset) -> int:
        return 1 + max(
            (longest_from(b, seen | {b}) for a, b in edges if a == cable_id and b not in seen), default=0
        )

    result = run_query(sample_warehouse, "longest_reference_chains.sql")
    for r in result:
        path = r["path"]
        assert r["cables_in_chain"] == len(path) and path[0] == r["latest"] and path[-1] == r["earliest"]
        assert all((a, b) in edges for a, b in zip(path, path[1:])), path
    assert result[0]["cables_in_chain"] == max(longest_from(c, frozenset([c])) for c in ids)


def test_sql_c_prints_only_the_result(sample_warehouse, con):
    (count,) = con.execute("SELECT count(*) FROM cables").fetchone()
    result = run_cables("sql", "--warehouse", "warehouse", "-csv", "-c", "SELECT count(*) AS n FROM cables", cwd=sample_warehouse)
    assert (result.returncode, result.stdout, result.stderr) == (0, f"n\n{count}\n", "")


def test_sql_opens_a_readable_prompt_in_a_terminal(sample_warehouse):
    """An interactive session shows the `cables> ` prompt of sql/cli.sql and answers queries."""
    master, slave = pty.openpty()
    # -light-mode: no terminal background colour query, which this fake terminal would not answer.
    session = subprocess.Popen(
        [str(BIN_DIR / "cables"), "sql", "--warehouse", "warehouse", "-light-mode"],
        cwd=sample_warehouse, stdin=slave, stdout=slave, stderr=slave, start_new_session=True,
        env={**os.environ, "DAGSTER_HOME": str(sample_warehouse / ".dagster")},
    )
    os.close(slave)

    def read_until(token: bytes, timeout: float = 20) -> bytes:
        output = b""
        deadline = time.monotonic() + timeout
        while token not in output and time.monotonic() < deadline:
            if select.select([master], [], [], 0.2)[0]:
                chunk = os.read(master, 4096)
                output += chunk
                if b"\x1b[6n" in chunk:  # the line editor asks where the cursor is
                    os.write(master, b"\x1b[1;1R")
        return output

    try:
        assert b"cables> " in read_until(b"cables> ")
        os.write(master, b"SELECT 6 * 7 AS answer;\r")
        answer = read_until(b"cables> ")
        assert b"answer" in answer and b"42" in answer
    finally:
        os.killpg(session.pid, signal.SIGKILL)
        session.wait(timeout=10)
        os.close(master)
