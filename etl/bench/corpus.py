"""A full-size benchmark corpus: one file for each of the 251,287 reference
ids of the release (real ids and months from cable2month.csv.gz), with the
text of a real cable; only the 5-line header is rewritten."""

import calendar
import csv
import gzip
import os
from pathlib import Path

MARKER = ".complete"


def release_ids(cable2month: Path) -> list[tuple[str, int]]:
    with gzip.open(cable2month, "rt", encoding="ascii") as fh:
        return [(row[0], int(row[1])) for row in csv.reader(fh)]


def build_corpus(target: Path, cable2month: Path, real_cables: Path, limit: int | None = None) -> int:
    """Write the corpus into target/cables once; returns the number of files.
    A corpus already complete with the same size is reused."""
    ids = release_ids(cable2month)[:limit]
    marker = target / MARKER
    if marker.exists() and marker.read_text().strip() == str(len(ids)):
        return len(ids)
    templates = [_split_header(p.read_text(encoding="utf-8")) for p in sorted(real_cables.glob("*.txt"))]
    out = target / "cables"
    out.mkdir(parents=True, exist_ok=True)
    for n, (cable_id, month) in enumerate(ids):
        header, body = templates[n % len(templates)]
        year = _year(cable_id)
        day = 1 + n % 28
        created = f"{calendar.day_abbr[calendar.weekday(year, month, day)]} {calendar.month_abbr[month]} {day:02d} 00:00:00 +0100 {year}"
        lines = [cable_id, header[1], created, header[3], header[4]]
        (out / f"{cable_id}.txt").write_text("\n".join(lines) + "\n" + body, encoding="utf-8")
    marker.write_text(str(len(ids)))
    return len(ids)


def add_new_cables(target: Path, real_cables: Path, count: int, tag: str) -> Path:
    """`count` more cables under new ids (serials above any real one), for an incremental run."""
    templates = [_split_header(p.read_text(encoding="utf-8")) for p in sorted(real_cables.glob("*.txt"))[:count]]
    out = target / f"new-{tag}"
    out.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        header, body = templates[n % len(templates)]
        cable_id = f"10STATE{900000 + n}"
        lines = [cable_id, header[1], "Mon Feb 01 00:00:00 +0100 2010", header[3], header[4]]
        (out / f"{cable_id}.txt").write_text("\n".join(lines) + "\n" + body, encoding="utf-8")
    return out


def _split_header(text: str) -> tuple[list[str], str]:
    parts = text.split("\n", 5)
    parts += [""] * (6 - len(parts))
    return parts[:5], parts[5]


def _year(cable_id: str) -> int:
    yy = int(cable_id[:2]) if cable_id[:2].isdigit() else 10
    return 1900 + yy if yy > 30 else 2000 + yy


def corpus_files(target: Path) -> list[str]:
    return [str(target / "cables")] + sorted(str(p) for p in target.glob("new-*"))


def tree_size(paths: list[str]) -> int:
    return sum(os.path.getsize(os.path.join(d, f)) for p in paths for d, _, fs in os.walk(p) for f in fs)
