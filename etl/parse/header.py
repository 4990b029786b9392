"""The 5-line header of the seed format: reference id, index title, creation
date, classification and origin, followed by the cable text.

A text is taken to start with the header when its third line is a creation
date (``Fri Apr 13 00:00:00 +0200 2007``); the other lines may be damaged or
empty, the date line never is.
"""

import datetime as dt
import re

_MONTHS = {m: i for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1)}

# Line 3: weekday, month, day, local midnight, UTC offset, year.
_CREATED = re.compile(
    r"[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d\d) \d\d:\d\d:\d\d [+-]\d{4} (\d{4})")
# The first three lines, to test for a header without splitting the whole text.
_HEAD = re.compile(r"([^\n]*)\n([^\n]*)\n([^\n]*)")


def split_header(text: str) -> tuple[dict | None, str]:
    """(header fields or None, the cable text after the header).

    The fields are reference_id_raw, title, created (date as written, never
    shifted to UTC), classification and origin; lines missing at the end of a
    short text are None.
    """
    m = _HEAD.match(text)
    if not m:
        return None, text
    created_match = _CREATED.fullmatch(m.group(3).strip())
    if not created_match:
        return None, text
    lines = text.split("\n", 5)
    lines += [None] * (6 - len(lines))
    month, day, year = created_match.groups()
    try:
        created = dt.date(int(year), _MONTHS[month], int(day))
    except (KeyError, ValueError):
        created = None
    header = {
        "reference_id_raw": lines[0].strip() or None,
        "title": lines[1].strip() or None,
        "created": created,
        "classification": (lines[3] or "").strip() or None,
        "origin": (lines[4] or "").strip() or None,
    }
    return header, lines[5] or ""
