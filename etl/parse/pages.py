"""Page furniture inside the cable text: page headers of multi-section cables
and repeated classification lines, which belong to no paragraph.

- ``BEIJING 00002463  002 OF 002`` (also ``001.2 OF 003``), on its own line
  or, in copies whose lines were joined, in the middle of a sentence; the
  station before the zero-padded serial is the cable's own;
- old cables: ``PAGE 02 HARARE 06677 01 OF 03 291400Z``, usually after a
  lone ``CONFIDENTIAL`` line, with text going on after the date-time group;
  the first page of a later section repeats the cable's head (``ACTION
  AF-00``, ``INFO LOG-00 ...``, the classification line, TAGS) up to its
  page 2;
- lines holding only a classification (``CONFIDENTIAL``, ``UNCLAS SECTION
  02 OF 02 BEIJING 002463``).

All patterns start with a literal or are tried only on lines holding a
marking hint: this runs on every paragraph of every cable.
"""

import re
from functools import lru_cache

from etl.parse.flags import MARKING
from etl.parse.ids import resolve_station

# The page number part of a new-style page header; the station before it is
# checked separately (a regex cannot tell "NAC NEW DELHI" from "NEW DELHI").
_PAGE_OF = r"[ \t]+\d{3}(?:\.\d)?[ \t]+OF[ \t]+(?P<pages>\d{3})(?![\d.])"  # after the serial: 002 OF 004
_PAGE_NUMBER = re.compile(rf"0\d{{7}}{_PAGE_OF}[ \t]*")
# The same after a redacted serial too (XXXXXXXXXXXX  002 OF 002): where the number of sections is read.
_PAGE_COUNT = re.compile(rf"(?:0\d{{7}}|X{{4,}}){_PAGE_OF}")
_WORDS_BEFORE = re.compile(r"((?:[A-Z][A-Z'.-]*[ \t]+){1,4})\Z")
_WORD = re.compile(r"[A-Z][A-Z'.-]*")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ'.-")
_OLD_PAGE = re.compile(
    r"PAGE[ \t]+(?P<page>\d{2,3})[ \t]+[A-Z][A-Z .]*?[ \t]+\d{3,6}[ \t]+"
    r"(?:(?P<section>\d\d)[ \t]+OF[ \t]+\d\d[ \t]+)?\d{6}Z[ \t]*")
# The first page of a later section repeats the cable's head (distribution
# block, classification line, SIPDIS, E.O., TAGS) up to the section's page 2.
_SECTION_HEAD_SPAN = 3000
# The lone classification line before an old page header.
_CLASS_BEFORE = re.compile(r"(?:UNCLASSIFIED|CONFIDENTIAL|SECRET)(?:[ \t]+PTQ\d+)?\s*\Z")
# Lines that may hold only a classification: capitals at a line start (the
# lookahead after the newline rejects most lines at once). Callers that scan
# the line starts anyway look for the hint in the same scan (CLASS_HINT_FIRST:
# the characters a hint starts with after its blanks).
CLASS_HINT = r"[ \t]*(?:U?UNCLAS|CONFIDENTIAL|SECRET|TOP SECRET|C O N F|S E C R E T|E C R E T)"
CLASS_HINT_FIRST = "UCSTE"
_CLASS_LINE_HINT = re.compile(rf"\n(?=[ \t{CLASS_HINT_FIRST}]){CLASS_HINT}")
_CLASS_LINE_HINT_AT = re.compile(CLASS_HINT)  # at the start of the text
_CLASS_ONLY_LINE = re.compile(
    rf"[ \t]*(?:{MARKING})(?:[ \t]+(?:SECTION[ \t]+\d+[ \t]+OF[ \t]+\d+[ \t]+)?"
    rf"[A-Z][A-Z .'-]*[ \t]+\d{{3,8}}|[ \t]+PTQ\d+)?[ \t]*"
)


def _station_start(text: str, end: int) -> int:
    """Start of the station name that ends at ``end`` (before a page number),
    or ``end`` when the words there are not a station.

    The candidates are the last 1-4 words in capitals before ``end`` (within
    60 characters and the line), each followed by blanks: what
    ``_WORDS_BEFORE`` and ``_WORD`` find, scanned here by hand (the regex
    search is slow). The scan reads only the line before ``end``; most page
    headers stand on a line of their own, and the station's name before them
    recurs: the result for the text of that line is kept.
    """
    lo = max(0, end - 60)
    lo = max(lo, text.rfind("\n", lo, end) + 1)
    return lo + _scan_station_start(text[lo:end])


@lru_cache(maxsize=4096)
def _scan_station_start(line: str) -> int:
    """_station_start of the end of a line of at most 60 characters."""
    end = len(line)
    if not end or line[-1] not in " \t":
        return end
    words: list[tuple[int, str]] = []  # (start, word), right to left
    i = end
    while len(words) < 4:
        while i > 0 and line[i - 1] in " \t":
            i -= 1
        j = i
        while j > 0 and line[j - 1] in _WORD_CHARS:
            j -= 1
        k = j
        while k < i and not "A" <= line[k] <= "Z":
            k += 1
        if k == i:
            break
        words.append((k, line[k:i]))
        if k != j or j == 0 or line[j - 1] not in " \t":
            break  # the run starts mid-word or nothing else precedes it
        i = j
    # the longest run of last words that names a station (RIO DE JANEIRO)
    for n in range(len(words), 0, -1):
        if resolve_station("".join(w for _, w in reversed(words[:n]))):
            return words[n - 1][0]
    return end


def _station_start_regex(text: str, end: int) -> int:
    """_station_start as the regexes say it (kept to test the scan by hand)."""
    m = _WORDS_BEFORE.search(text, max(0, end - 60), end)
    if not m:
        return end
    words = list(_WORD.finditer(text, m.start(1), m.end(1)))
    for k in range(len(words), 0, -1):
        if resolve_station("".join(w.group(0) for w in words[-k:])):
            return words[-k].start()
    return end


def _after_subject_repeat(text: str, pos: int, subject: str) -> int:
    """End of a repeated (possibly cut) subject starting near pos."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    n = 0
    while n < len(subject) and pos + n < len(text) and text[pos + n] == subject[n]:
        n += 1
    return pos + n if n >= 10 else pos


def sections_from_pages(text: str) -> int | None:
    """Number of sections that the first page header of a text gives (TEL AVIV
    00002502 002 OF 004), for a text without classification line (rare: a slow scan)."""
    m = _PAGE_COUNT.search(text)
    return int(m.group("pages")) if m else None


def _strip_new_pages(text: str, subject: str | None) -> str:
    pieces, pos = [], 0
    for m in _PAGE_NUMBER.finditer(text):
        if m.start() < pos:
            continue
        start = _station_start(text, m.start())
        pieces.append(text[pos:start])
        pos = m.end()
        if subject and text.startswith("SUBJECT:", pos):
            pos = _after_subject_repeat(text, pos + 8, subject)
        if (start == 0 or text[start - 1] == "\n") and text.startswith("\n", pos):
            pos += 1  # the header was a line of its own
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def _strip_old_pages(text: str) -> str:
    pieces, pos = [], 0
    for m in _OLD_PAGE.finditer(text):
        if m.start() < pos:
            continue  # inside a section's repeated head, already cut
        before = _CLASS_BEFORE.search(text, max(pos, m.start() - 40), m.start())
        pieces.append(text[pos:before.start() if before else m.start()])
        pos = m.end()
        if m.group("page") == "01" and m.group("section") not in (None, "01"):
            page_2 = _OLD_PAGE.search(text, pos, pos + _SECTION_HEAD_SPAN)
            if page_2:
                pos = page_2.end()
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def is_class_line(text: str, start: int) -> bool:
    """Whether the line starting at start holds only a classification."""
    end = text.find("\n", start)
    return bool(_CLASS_ONLY_LINE.fullmatch(text, start, end if end >= 0 else len(text)))


def _without_lines(text: str, starts) -> str:
    """The text without the classification-only lines among those starting at starts (in order)."""
    pieces, pos = [], 0
    for start in starts:
        if start >= pos and is_class_line(text, start):
            pieces.append(text[pos:start])
            end = text.find("\n", start)
            pos = end + 1 if end >= 0 else len(text) + 1
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def strip_class_lines(text: str) -> str:
    """The text without classification-only lines."""
    # line starts holding a hint: the text's first line, then each line after a newline
    starts = [0] if _CLASS_LINE_HINT_AT.match(text) else []
    starts += [hint.start() + 1 for hint in _CLASS_LINE_HINT.finditer(text)]
    return _without_lines(text, starts)


def _strip_pages(text: str, subject: str | None) -> str:
    """The text without new- and old-style page headers."""
    if " OF 0" in text:
        text = _strip_new_pages(text, subject)
    if "Z" in text:  # in the date-time group of an old page header; a one-character scan is fast
        text = _strip_old_pages(text)  # (its regex scan for "PAGE" is faster than a `"PAGE" in text` guard)
    return text


def strip_page_headers(text: str, subject: str | None = None) -> str:
    """The text without page headers and classification-only lines.

    A page header may repeat the start of the subject (``SUBJECT: IRISL'S
    UNINSURED FLEET AND EVASIVE ACTIONS NECESSITATE DENIAL OF PORT ENTRY
    WORLDWI``); given the subject, that repeat goes too.
    """
    return strip_class_lines(_strip_pages(text, subject))


def scan_text(text: str, subject: str | None = None) -> str:
    """"\n" + the text without page headers, for a scan of the line starts
    (a newline before each). Of the classification-only lines only a first
    line goes: the caller's scan finds the others (rare) and removes them
    with strip_class_lines. (One copy of the text: this runs on every cable.)
    """
    text = _strip_pages(text, subject)
    if _CLASS_LINE_HINT_AT.match(text) and is_class_line(text, 0):
        end = text.find("\n")
        return text[end:] if end >= 0 else "\n"  # from the newline that ended it
    return "\n" + text
