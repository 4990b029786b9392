"""Fuzzing the input: random bytes, random text, real cables mutated and
re-encoded, under odd file names (spaces, unicode, newlines, nested
directories). Whatever arrives, normalize and publish do not crash, and
source_files has exactly one row per input file, consistent with the other
tables."""

import tempfile
from pathlib import Path

import duckdb
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLE_DIR

from etl.pipeline.normalize import normalize
from etl.pipeline.publish import database_path, publish
from etl.pipeline.sources import list_files
from etl.pipeline.store import ParquetStore

# A few real cables of different shapes: full text, partial extract, old distribution format.
REAL_CABLES = [
    (SAMPLE_DIR / name).read_text(encoding="utf-8")
    for name in ("07BEIJING2463.txt", "01VATICAN1261.txt", "00HARARE6677.txt", "08STATE116943.txt")
]
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "latin-1")

names = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="/\0"), min_size=1, max_size=24
).filter(lambda n: n not in (".", "..") and len(n.encode()) <= 200)


@st.composite
def mutated_cable(draw) -> bytes:
    text = draw(st.sampled_from(REAL_CABLES))
    for _ in range(draw(st.integers(0, 3))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 400)))
        text = text[:start] + draw(st.text(max_size=40)) + text[end:]
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    data = text.encode(draw(st.sampled_from(ENCODINGS)), errors="replace")
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=16)) + data[cut:]
    return data


contents = st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=3000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    mutated_cable(),
    st.sampled_from(REAL_CABLES).map(str.encode),
)


def _no_file_is_a_directory(tree: dict[tuple, bytes]) -> bool:
    return not any(other[: len(path)] == path for path in tree for other in tree if other != path)


trees = st.dictionaries(
    st.lists(names, min_size=1, max_size=3).map(tuple), contents, min_size=1, max_size=8
).filter(_no_file_is_a_directory)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(tree=trees)
def test_every_file_is_accounted_for_and_nothing_crashes(tree):
    with tempfile.TemporaryDirectory() as tmp:
        source, warehouse = Path(tmp) / "source", Path(tmp) / "warehouse"
        for parts, data in tree.items():
            path = source.joinpath(*parts)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        files = list_files([str(source)])
        assert len(files) == len(tree)

        normalize(files, str(warehouse), workers=1)
        publish(warehouse)
        with duckdb.connect(str(database_path(warehouse)), read_only=True) as con:
            ledger = con.execute("SELECT path, status, reason, cable_id FROM source_files ORDER BY path").fetchall()
            cables = con.execute("SELECT cable_id, source_path FROM cables").fetchall()
            rejects = con.execute("SELECT path, reason FROM rejects ORDER BY path").fetchall()

        assert [row[0] for row in ledger] == sorted(str(source.joinpath(*parts)) for parts in tree)
        assert {status for _, status, _, _ in ledger} <= {"loaded", "duplicate", "rejected"}
        loaded = {path: cable_id for path, status, _, cable_id in ledger if status == "loaded"}
        assert sorted(loaded.items()) == sorted((source_path, cable_id) for cable_id, source_path in cables)
        assert len({cable_id for cable_id, _ in cables}) == len(cables)
        assert rejects == [(path, reason) for path, status, reason, _ in ledger if status == "rejected"]
        assert all(reason for _, reason in rejects)
        assert all(cable_id in loaded.values() and reason
                   for _, status, reason, cable_id in ledger if status == "duplicate")

        # A second run over the same files reads nothing and changes nothing.
        before = ParquetStore(warehouse).read("source_files")
        again = normalize(files, str(warehouse), workers=1)
        assert again.read == 0
        assert ParquetStore(warehouse).read("source_files").equals(before)
