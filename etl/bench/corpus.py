"""A full-size benchmark corpus: one file for each of the 251,287 reference
ids of the release (real ids and months from cable2month.csv.gz), holding the
text of a real cable; only the 5-line header is rewritten."""

import calendar
import csv
import gzip
from pathlib import Path

from etl.parse.ids import full_year

MARKER = ".complete"


def release_ids(cable2month: Path) -> list[tuple[str, int]]:
    with gzip.open(cable2month, "rt", encoding="ascii") as fh:
        return [(row[0], int(row[1])) for row in csv.reader(fh)]


def build_corpus(target: Path, cable2month: Path, real_cables: Path, limit: int | None = None) -> Path:
    """Write the corpus into target/cables, once: a complete corpus of the same
    size is reused. Returns the directory of the cables."""
    ids = release_ids(cable2month)[:limit]
    out = target / "cables"
    marker = target / MARKER
    if marker.exists() and marker.read_text().strip() == str(len(ids)):
        return out
    templates = _templates(real_cables)
    out.mkdir(parents=True, exist_ok=True)
    for n, (cable_id, month) in enumerate(ids):
        header, body = templates[n % len(templates)]
        year = full_year(int(cable_id[:2]))
        day = 1 + n % 28
        weekday = calendar.day_abbr[calendar.weekday(year, month, day)]
        created = f"{weekday} {calendar.month_abbr[month]} {day:02d} 00:00:00 +0100 {year}"
        _write_cable(out / f"{cable_id}.txt", [cable_id, header[1], created, header[3], header[4]], body)
    marker.write_text(str(len(ids)))
    return out


def add_new_cables(directory: Path, real_cables: Path, count: int) -> Path:
    """`count` more cables under new ids (serials above any real one), for an incremental run."""
    templates = _templates(real_cables)
    directory.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        header, body = templates[n % len(templates)]
        cable_id = f"10STATE{900000 + n}"
        _write_cable(directory / f"{cable_id}.txt", [cable_id, header[1], "Mon Feb 01 00:00:00 +0100 2010", header[3], header[4]], body)
    return directory


def _templates(real_cables: Path) -> list[tuple[list[str], str]]:
    templates = []
    for path in sorted(real_cables.glob("*.txt")):
        parts = path.read_text(encoding="utf-8").split("\n", 5)
        parts += [""] * (6 - len(parts))
        templates.append((parts[:5], parts[5]))
    if not templates:
        raise FileNotFoundError(f"no real cables (*.txt) in {real_cables}")
    return templates


def _write_cable(path: Path, header: list[str], body: str) -> None:
    path.write_text("\n".join(header) + "\n" + body, encoding="utf-8")

