"""Damaged, odd and foreign input files: each either loads correctly or is
rejected with a clear reason in source_files and rejects; never a crash,
never a silent drop. Real cables from the bundled sample, run through the
pipeline's own functions (and once through `cables run`)."""

import codecs
import gzip
import os
import shutil
from pathlib import Path

import duckdb
import pytest

from conftest import run_cables, sample_text

from etl.parse import parse_cable
from etl.pipeline import parse_files
from etl.pipeline.normalize import normalize
from etl.pipeline.publish import database_path, publish
from etl.pipeline.sources import list_files

SEED = "07BEIJING2463"
PARTIAL_MARK = "This record is a partial extract of the original cable. The full text of the original cable is not available."


def with_id(text: str, cable_id: str) -> str:
    """A real cable under another reference id (header line 1)."""
    return cable_id + text[text.index("\n"):]


def without_header(text: str) -> str:
    return text.split("\n", 5)[5]


def build_tree(root: Path) -> dict[str, bytes]:
    """Every kind of input the pipeline must survive; returns relative path -> bytes."""
    seed = sample_text(f"{SEED}.txt")
    files = {
        # Encodings and damage that still hold a cable: each under its own id.
        "ok/crlf.txt": with_id(seed, "07BEIJING90001").replace("\n", "\r\n").encode(),
        "ok/bom.txt": codecs.BOM_UTF8 + with_id(seed, "07BEIJING90002").encode(),
        "ok/utf16-bom.txt": with_id(seed, "07BEIJING90003").encode("utf-16"),
        "ok/utf16le.txt": with_id(seed, "07BEIJING90004").encode("utf-16-le"),
        "ok/utf16be.txt": with_id(seed, "07BEIJING90005").encode("utf-16-be"),
        "ok/latin1.txt": with_id(seed, "07BEIJING90006").encode().replace(
            b"SUBJECT: U.S. COORDINATOR FOR", b"SUBJECT: U.S. COORDINATOR caf\xe9 \x92s FOR"
        ),
        "ok/nul.txt": with_id(seed, "07BEIJING90007").encode().replace(b"TAGS:", b"TA\0GS:") + b"\0" * 20_000,
        "ok/long-line.txt": (with_id(seed, "07BEIJING90008") + "\n" + "WORD " * 600_000).encode(),
        "ok/utf32.txt": with_id(seed, "07BEIJING90009").encode("utf-32"),
        "ok/it's'; DROP TABLE cables; --.txt": (with_id(seed, "07BEIJING90010") + "\n'); DROP TABLE cables; --").encode(),
        "ok/no header 08LONDON2211.txt": without_header(sample_text("08LONDON2211.txt")).encode(),
        "ok/no-header-crlf.txt": without_header(sample_text("09BERLIN1197.txt")).replace("\n", "\r\n").encode(),
        # Files that hold no cable.
        "bad/empty.txt": b"",
        "bad/blank.txt": b"  \n\r\n\t \n",
        "bad/zeros.bin": b"\0" * 4096,
        "bad/random.bin": bytes((i * 7919 + 13) % 251 for i in range(30_000)),
        "bad/picture.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "bad/cable.txt.gz": gzip.compress(seed.encode(), mtime=0),
        "bad/notes.txt": b"Shopping list: milk, eggs, bread.\nCall the embassy on Monday.\n",
        "bad/page.html": b"<!DOCTYPE html><html><head><title>Cable</title></head><body><p>Not found</p></body></html>",
        "bad/header-only.txt": "\n".join(seed.split("\n")[:5]).encode(),
        "bad/huge.txt": seed.encode() + b"X" * parse_files.MAX_FILE_BYTES,
        # The scraper's mirror layout: one cable, five copies.
        f"cables/{SEED}.txt": seed.encode(),
        f"dates/2007/04/{SEED}.txt": seed.encode(),
        f"classification/UNCLASSIFIED/{SEED}.txt": seed.encode(),
        f"origin/Embassy Beijing/{SEED}.txt": seed.encode(),
        f"rel_date/2011/08/30/{SEED}.txt": seed.encode(),
        # One id, different texts: the full text beats a (longer) partial
        # extract, then the longer text wins.
        "claims/09CAIRO2294-full.txt": sample_text("09CAIRO2294.txt").encode(),
        "claims/09CAIRO2294-partial.txt": _partial(sample_text("09CAIRO2294.txt")).encode(),
        "claims/09CAIRO2294-cut.txt": sample_text("09CAIRO2294.txt")[:-400].encode(),
    }
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return files


def _partial(text: str) -> str:
    header, body = text.split("\n", 5)[:5], text.split("\n", 5)[5]
    return "\n".join(header) + "\n" + PARTIAL_MARK + body + "\n" + "PADDING " * 500


def run_pipeline(source: Path, warehouse: Path) -> duckdb.DuckDBPyConnection:
    normalize(list_files([str(source)]), str(warehouse), workers=1)
    publish(warehouse)
    return duckdb.connect(str(database_path(warehouse)), read_only=True)


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    root = tmp_path_factory.mktemp("input")
    files = build_tree(root / "source")
    con = run_pipeline(root / "source", root / "warehouse")
    yield root / "source", files, con
    con.close()


def status(con, path: Path) -> tuple:
    return con.execute("SELECT status, cable_id, reason FROM source_files WHERE path = ?", [str(path)]).fetchone()


def test_every_file_has_exactly_one_row(tree):
    source, files, con = tree
    recorded = con.execute("SELECT path FROM source_files ORDER BY path").fetchall()
    assert [r[0] for r in recorded] == sorted(str(source / name) for name in files)
    counts = dict(con.execute("SELECT status, count(*) FROM source_files GROUP BY status").fetchall())
    assert sum(counts.values()) == len(files)
    assert counts["loaded"] == con.execute("SELECT count(*) FROM cables").fetchone()[0]
    assert counts["rejected"] == con.execute("SELECT count(*) FROM rejects").fetchone()[0]


@pytest.mark.parametrize(
    "name, cable_id",
    [
        ("ok/crlf.txt", "07BEIJING90001"),
        ("ok/bom.txt", "07BEIJING90002"),
        ("ok/utf16-bom.txt", "07BEIJING90003"),
        ("ok/utf16le.txt", "07BEIJING90004"),
        ("ok/utf16be.txt", "07BEIJING90005"),
        ("ok/latin1.txt", "07BEIJING90006"),
        ("ok/nul.txt", "07BEIJING90007"),
        ("ok/long-line.txt", "07BEIJING90008"),
        ("ok/utf32.txt", "07BEIJING90009"),
        ("ok/it's'; DROP TABLE cables; --.txt", "07BEIJING90010"),  # SQL in names and text is just text
    ],
)
def test_damaged_encodings_load_like_the_clean_cable(tree, name, cable_id):
    source, _, con = tree
    assert status(con, source / name) == ("loaded", cable_id, None)
    clean = parse_cable(sample_text(f"{SEED}.txt"))
    subject, created, body = con.execute(
        "SELECT subject, created, body FROM cables WHERE cable_id = ?", [cable_id]
    ).fetchone()
    tags = [r[0] for r in con.execute("SELECT tag FROM tags WHERE cable_id = ? ORDER BY position", [cable_id]).fetchall()]
    recipients = con.execute("SELECT count(*) FROM recipients WHERE cable_id = ?", [cable_id]).fetchone()[0]
    assert created == clean["created"]
    assert tags == clean["tags"]
    assert recipients == len(clean["recipients"])
    assert "\r" not in body and "\0" not in body and "\ufeff" not in body
    if name == "ok/latin1.txt":  # stray single bytes are read as Windows-1252, not lost
        assert subject.startswith("U.S. COORDINATOR café ’s FOR INTERNATIONAL")
    else:
        assert subject == clean["subject"]


@pytest.mark.parametrize("name, original", [
    ("ok/no header 08LONDON2211.txt", "08LONDON2211"), ("ok/no-header-crlf.txt", "09BERLIN1197"),
])
def test_a_cable_without_the_5_line_header_loads_from_its_routing_header(tree, name, original):
    source, _, con = tree
    clean = parse_cable(sample_text(f"{original}.txt"))
    assert status(con, source / name) == ("loaded", original, None)
    created, subject, sender = con.execute(
        "SELECT created, subject, sender FROM cables WHERE cable_id = ?", [original]
    ).fetchone()
    assert (created, subject, sender) == (clean["created"], clean["subject"], clean["sender"])


@pytest.mark.parametrize(
    "name, reason",
    [
        ("bad/empty.txt", "empty file"),
        ("bad/blank.txt", "no text: the file holds only white space"),
        ("bad/zeros.bin", "no text: the file holds only white space and NUL bytes"),
        ("bad/random.bin", "binary file: "),
        ("bad/picture.png", "binary file: PNG image"),
        ("bad/cable.txt.gz", "binary file: gzip-compressed file"),
        ("bad/notes.txt", "not a cable: "),
        ("bad/page.html", "not a cable: "),
        ("bad/header-only.txt", "no cable text after the 5-line header"),
        ("bad/huge.txt", "too large for a cable: "),
    ],
)
def test_files_without_a_cable_are_rejected_with_their_reason_and_first_bytes(tree, name, reason):
    source, files, con = tree
    row = status(con, source / name)
    assert row[0] == "rejected" and row[2].startswith(reason), row
    first_bytes, rejected_reason = con.execute(
        "SELECT first_bytes, reason FROM rejects WHERE path = ?", [str(source / name)]
    ).fetchone()
    assert rejected_reason == row[2]
    assert first_bytes == repr(files[name][: parse_files.FIRST_BYTES])


def test_mirror_copies_load_once(tree):
    source, _, con = tree
    rows = con.execute(
        "SELECT path, status, reason FROM source_files WHERE cable_id = ? ORDER BY path", [SEED]
    ).fetchall()
    assert len(rows) == 5
    winner = str(source / "cables" / f"{SEED}.txt")  # same text: the first path in sort order
    assert [(p, s) for p, s, _ in rows if s == "loaded"] == [(winner, "loaded")]
    assert all(reason == f"same text as {winner}" for _, s, reason in rows if s == "duplicate")
    assert con.execute("SELECT source_path FROM cables WHERE cable_id = ?", [SEED]).fetchall() == [(winner,)]


def test_one_id_with_different_texts_keeps_the_full_then_the_longer_text(tree):
    source, _, con = tree
    rows = dict(
        (Path(p).name, (s, r))
        for p, s, r in con.execute("SELECT path, status, reason FROM source_files WHERE cable_id = '09CAIRO2294'").fetchall()
    )
    full = str(source / "claims" / "09CAIRO2294-full.txt")
    assert rows["09CAIRO2294-full.txt"] == ("loaded", None)
    assert rows["09CAIRO2294-partial.txt"] == (
        "duplicate", f"same cable id, different text than {full} (the full text beats a partial extract)"
    )
    assert rows["09CAIRO2294-cut.txt"] == ("duplicate", f"same cable id, different text than {full} (the longer text is kept)")


def test_a_parser_failure_or_an_unloadable_value_costs_only_that_file(tmp_path, sample_dir, monkeypatch):
    """A parser that raises on one file, or returns a value the schema cannot
    hold for another, rejects those two files and loads the rest of the batch."""
    source = tmp_path / "source"
    names = sorted(p.name for p in sample_dir.glob("*.txt"))[:20]
    source.mkdir()
    for name in names:
        shutil.copy(sample_dir / name, source / name)
    real_parse = parse_files.parse_cable

    def flawed_parse(text: str) -> dict:
        record = real_parse(text)
        if record["cable_id"] == names[3].removesuffix(".txt"):
            raise RecursionError("maximum recursion depth exceeded")
        if record["cable_id"] == names[7].removesuffix(".txt"):
            record["sections"] = 2**40  # the column is an INTEGER
        return record

    monkeypatch.setattr(parse_files, "parse_cable", flawed_parse)
    with run_pipeline(source, tmp_path / "warehouse") as con:
        rows = {Path(p).name: (s, r) for p, s, r in con.execute("SELECT path, status, reason FROM source_files").fetchall()}
        cables = con.execute("SELECT count(*) FROM cables").fetchone()[0]
    assert rows[names[3]] == ("rejected", "parser error: RecursionError: maximum recursion depth exceeded")
    assert rows[names[7]][0] == "rejected" and rows[names[7]][1].startswith("unloadable: ")
    assert cables == len(names) - 2
    assert all(s == "loaded" for name, (s, _) in rows.items() if name not in (names[3], names[7]))


def test_a_file_name_that_is_not_utf8_is_accounted_for(tmp_path, sample_dir):
    source = tmp_path / "source"
    source.mkdir()
    shutil.copy(sample_dir / f"{SEED}.txt", source / f"{SEED}.txt")
    with open(os.fsencode(source) + b"/caf\xe9.txt", "wb") as fh:
        fh.write(sample_text("08LONDON2211.txt").encode())
    with run_pipeline(source, tmp_path / "warehouse") as con:
        assert con.execute("SELECT count(*) FROM source_files").fetchone()[0] == 2
        # Loaded, and recorded under its name with the stray byte escaped.
        assert con.execute("SELECT status FROM source_files WHERE path = ?", [f"{source}/caf\\xe9.txt"]).fetchone() == ("loaded",)


def test_cables_run_on_a_broken_tree(tmp_path, sample_dir):
    """`cables run` over the sample and every kind of broken file: the run
    succeeds, its checks pass, every file is accounted for and the log says
    which files were rejected and why."""
    source = tmp_path / "source"
    shutil.copytree(sample_dir, source / "sample")
    files = build_tree(source / "odd")
    result = run_cables("run", "--source", str(source), "--warehouse", str(tmp_path / "warehouse"), cwd=tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-5000:]
    assert "check failed" not in result.stdout
    rejected = sum(1 for name in files if name.startswith("bad/"))
    assert f"{rejected} files rejected: " in output
    assert f"{source / 'odd' / 'bad' / 'blank.txt'}: no text: the file holds only white space" in output
    with duckdb.connect(str(tmp_path / "warehouse" / "cables.duckdb"), read_only=True) as con:
        recorded = [r[0] for r in con.execute("SELECT path FROM source_files ORDER BY path").fetchall()]
        reasons = dict(con.execute("SELECT path, reason FROM rejects").fetchall())
    assert recorded == sorted(str(p) for p in source.rglob("*") if p.is_file())
    assert sorted(reasons) == sorted(str(source / "odd" / name) for name in files if name.startswith("bad/"))
