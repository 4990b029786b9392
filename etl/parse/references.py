"""References of a cable: its REF / REFS / REFTEL blocks.

A block sits in the head of the cable, after TAGS / SUBJECT and before the
first paragraph (on a line of its own, or on the subject's line in texts
that lost their line breaks), and runs until a blank line (unless the next
line goes on with the block: see _continues; a page header between blank
lines is passed over), a "Classified By" line or the first paragraph:

    REF: A. STATE 7869 B. 03 HANOI 3232 C. EMAIL FROM JONES 5/3

A cable may hold several blocks (``REF A: ...`` / ``REF B: ...`` lines, or a
second copy of the text); all are read and repeats dropped. Each reference is
a dict {position, label, raw, kind, referenced_id}. Cable references are
written ``[year] STATION serial`` with many variants (``2007 SAN JOSE
000873``, ``09CAIRO0561``, ``10-OTTAWA-57``, ``STATE: 73097``, ``PANAMA
00933/08``, ``(08) SAO PAULO 581``, ``09 FOO 12 AND 13``); the station must
resolve against the list of real stations (``ids.resolve_station``), which
is what keeps ordinary words from being read as references.
"""

from __future__ import annotations

import re
from functools import lru_cache

from etl.parse.ids import canonical_id, make_id, resolve_station, split_id

# --- finding the blocks ------------------------------------------------------
# Header candidates anywhere in the text: lines that start with REF or Ref, found
# by a scan for these words (one match tried at each R: faster than at each newline)
_HEADER_WORD = re.compile(r"R(?:EF|ef)")
_HEADER_AT = re.compile(r"[ \t]*(?:REF|Ref)(?:S|s|TELS?|tels?|ERENCES?|erences?)?\b")
# A header inside a line, after the subject its line breaks were lost with
# ("... IN SAO PAULO REF: BRASILIA 1996", "VISIT TO BAHRAINREF: MANAMA 510"): only with a colon.
_INLINE_HEADER = re.compile(r"(?:REF(?:S|TELS?)?|Refs?)[ \t]*:")
# A header word is followed by a colon or a bullet ("REF:", "REF A)", "Ref.:"),
# else it must be followed by a cable reference ("REF A 09 CAIRO 74", "Reftel San Jose 410").
_HEADER_TAIL = re.compile(r"[ \t]*\.?[ \t]*(?::|\(?[A-Za-z]\)?[ \t]*[.:)])")
_HEADER_BULLET = re.compile(r"[ \t]+\(?[A-Za-z]\)?[ \t]+")
# The head of a cable (copy): after one of these, with no paragraph in between.
_ANCHORS = ("SUBJ", "TAGS", "Subj", "Tags", "TAS:", "E.O.", "EO 12958")  # the nearest usually first
_ANCHOR_SPAN = 2500
# (two searches with a literal first character: one alternation of both scans many times slower)
_PARAGRAPH = (re.compile(r"¶[ \t]*\d{1,2}(?!\d)"), re.compile(r"\n(?=[ \t\d(])[ \t]*(?:\d{1,2}[ \t]*\.[ \t]|\((?:U|SBU)\))"))

_BLOCK_MAX = 1500
_LINE = re.compile(r"\n((?:[ \t\r\xa0]*\n)*)([^\n]*)")  # (blank lines, next line)
_STOP_LINE = re.compile(
    r"[ \t]*(?:¶?[ \t]*\d{1,2}[ \t]*\.|classified|derived|summary|begin|end\b|sensitive|"
    r"(?:id|date|refid|origin|destination|header):|"  # cables.csv fields glued to a cut text
    r"\((?:U|SBU|S//NF|C//NF|C/NF|S/NF)\)|-{4,}|\*{4,})",
    re.I,
)
_PAGE_HEADER = re.compile(  # a line that is a page header: "TEGUCIGALP 00000526 001.2 OF 007"
    r"[ \t]*[A-Za-z][A-Za-z .]*[ \t]+\d{5,8}[ \t]+\d{3}(?:\.\d+)?[ \t]+(?:OF|of)[ \t]+\d{3}[ \t]*"
)
_NEXT_BULLET = re.compile(r"[ \t]*(?:(?i:REFS?)[ \t]+)?¶?[ \t]*\(?([A-Za-z])[.):]")

# --- cleaning a block (on its upper-case copy; lengths are kept so offsets hold) ---
_SPACE_LIKE = (("\xa0", " "), ("\r", " "), ("\t", " "), ("\u2028", "\n"))
# (Scanning patterns start each branch with a plain character and check the word
# start after it: a branch that begins with \b or a lookbehind makes the scan ~10x slower.)
_CUT = re.compile(  # text after the references on their last line
    r"CLASSIFIED[ \t]*BY|DERIVED[ \t]*FROM|¶[ \t]*1\b|1(?<![\w.]1)\.[ \t]*[(A-Z]|\((?:U|SBU)\)|\([SC]//|"
    r"SENSITIVE BUT UNCLASSIFIED|PLEASE (?:HANDLE|PROTECT)|S(?<![A-Z]S)UMMARY\b|THIS (?:CABLE|MESSAGE) (?:IS|CONTAINS)|"
    r"PER REFTEL|ACTION REQUESTS? IN PARA|"
    r"VZCZC"  # the routing header of a second copy glued on
)
# a later line that opens with a bullet: a marking before it is inside an item
_LATER_BULLET = re.compile(r"\n[ \t]*¶?[ \t]*\(?[A-Z][.)]")
_PAGE_MARK = re.compile(r"\b\d{3}(?:\.\d)?[ \t]+OF[ \t]+\d{3}\b")  # "001.2 OF 005" of a page header
_FIX_O = re.compile(r"0(?:(?<!\w0)(?=[A-Z]{3})|(?<=[A-Z]{3}0)(?!\w))")  # 0TTAWA, SANTIAG0
# "REF B: ..." inside a block, or a bullet without punctuation ("REF A 09 CAIRO 74")
_REF_BULLET = re.compile(r"REF(?<!\wREF)(?:S|TELS?)?\.?[ \t]+\(?([A-Z])\)?(?![A-Z0-9'])[.):]?")  # (\b after the word: a faster scan)
_HEAD_WORD = re.compile(r"[ \t]*(?:REF(?:S|TELS?|ERENCES?)?\b\.?[ \t]*:?)?")
_BULLET = re.compile(r"(?<![\w'/.-])(?:\(([A-Z])\)|([A-Z])[.):])")
_WIKILEAKS_BULLET = re.compile(r"¶[ \t]*[A-Za-z]\.")

# --- cable references ----------------------------------------------------------
_MONTHS = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\b"
# not 1.4, 12/10/08, 2 JUNE, nor a number cut short (STATE 2084...)
_SERIAL_END = rf"(?![0-9]|\.\d|\.\.\.|/\d{{1,2}}/|[ \t]*{_MONTHS})"
_CABLE = re.compile(
    r"(?<![A-Z0-9/.])"
    r"(?:\(?(?P<year>\d{2,4})\)?[ \t]*-?[ \t]*(?:\n[ \t]*){0,3})?"
    r"(?P<station>[A-Z]++(?:[ \t]*+[.'-]?[ \t]*+[A-Z]++){0,4})"  # 1-5 words, possessive: fast failure
    r"[ \t]*[-:]?[ \t]*(?:\n[ \t]*){0,3}"
    rf"(?P<serial>0*\d{{1,6}}){_SERIAL_END}"
    r"(?:(?<=\d{3})/(?P<year2>\d{2})(?![0-9/])|(?!/))"  # PANAMA 00933/08, not LONDON 10/23
)
_MORE = re.compile(rf"[ \t]*(?:,[ \t]*(?:AND|&)?|&|AND)[ \t]*(\d{{1,6}}){_SERIAL_END}")
_WORD = re.compile(r"[A-Z]+")
# items that are a serial alone ("B) 13716"), or a serial then a station ("A) 00821 ASMARA")
_BARE_SERIAL = re.compile(r"[ \t\n¶]*(\d{1,6})[ \t\n¶,;.]*")
_SERIAL_FIRST = re.compile(
    r"[ \t\n¶]*(?P<ref>(?P<serial>\d{3,6})[ \t]+(?P<station>[A-Z]+(?:[ \t]+[A-Z]+){0,2}))[ \t\n¶,;.]*"
)
_FUZZY_MIN = 7  # typos of shorter words are too often other words (PARTY, STATED)

# --- other references ----------------------------------------------------------
# Kinds by their words, e-mail first: "E-MAILS AND TELCONS" is an e-mail.
_KINDS = (
    ("email", "MAIL", re.compile(r"E-?MAIL|E(?<![A-Z]E) MAIL")),
    ("telcon", "TEL", re.compile(r"TELE?CON|TELEPHONE")),
    ("telcon", "PHONE", re.compile(r"PHONE ?CALL")),
    # memoranda only: memos, memcons, memoranda of understanding (MOU); a letter is 'other'
    ("memo", "MEM", re.compile(r"MEMO(?:S|RANDUM|RANDA)?\b|MEMCON")),
    ("memo", "MOU", re.compile(r"\bMOUS?\b")),
)
# no reference at all: punctuation, bullets, "AND PREVIOUS", "(NOTAL)", "NONE", "N/A"
_JUNK = re.compile(
    r"(?:[\W_]|¶[ \t]*[A-Z]\.|\b(?:[A-Z]|AND|PREVIOUS|PRIOR|NOTAL|ALSO|NONE|N/A|REFS?|REFTELS?)\b)*"
)


def parse_references(text: str, default_year: int | None, own_id: str | None) -> list[dict]:
    """References of a cable from all its REF blocks, in order (see the module doc).

    kind is 'cable', 'email', 'telcon', 'memo' or 'other'; referenced_id is
    the canonical id of a cable reference, None for the other kinds. A cable
    reference without a year takes default_year (else the year of own_id), or
    the year before for a serial of the cable's own station above its own.
    References to the cable itself (page headers caught in a block) and
    repeats are dropped.
    """
    own = canonical_id(own_id) if own_id else None
    own_year, own_station, own_serial = split_id(own) if own else (None, None, None)
    if default_year is None and own_year is not None:
        default_year = int(own_year)
    context = (own, default_year, own_station, own_serial)
    refs: list[dict] = []
    seen: set[tuple[str, str]] = set()
    block_end = -1
    for start in _header_starts(text):
        if start < block_end or not _is_header(text, start) or not _in_head(text, start):
            continue
        block_end = _block_end(text, start)
        block, raw_block = _prepare(text[start:block_end])
        body = _HEAD_WORD.match(block).end()
        previous = None
        for label, i, j in _items(block[body:]):
            item, raw_item = block[body + i : body + j], raw_block[body + i : body + j]
            previous = _add_item(refs, seen, context, label, item, raw_item, previous)
    return refs


def _header_starts(text: str) -> list[int]:
    """Starts of the lines that open with a header word (after blanks), and of
    the headers inside a line, in order."""
    starts = []
    for m in _HEADER_WORD.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        if not text[line : m.start()].strip(" \t"):
            if _HEADER_AT.match(text, line):
                starts.append(line)
        elif _INLINE_HEADER.match(text, m.start()) and (m.group() == "REF" or not text[m.start() - 1].isalnum()):
            starts.append(m.start())
    return starts


def _is_header(text: str, start: int) -> bool:
    word_end = _HEADER_AT.match(text, start).end()
    if _HEADER_TAIL.match(text, word_end):
        return True
    bullet = _HEADER_BULLET.match(text, word_end)
    pos = bullet.end() if bullet else word_end
    line_end = text.find("\n", pos, pos + 80)
    rest = _FIX_O.sub("O", text[pos : line_end if line_end >= 0 else pos + 80].upper().lstrip())
    m = _CABLE.match(rest)
    return bool(m and _station(m.group("station")))


def _in_head(text: str, pos: int) -> bool:
    # the last anchor before pos: each anchor found narrows the search for the others
    lo = max(0, pos - _ANCHOR_SPAN)
    anchor = -1
    for a in _ANCHORS:
        i = text.rfind(a, lo, pos)
        if i >= 0:
            anchor = lo = i
    if anchor < 0:  # a fragment without TAGS / SUBJECT: only near its start
        return pos < _ANCHOR_SPAN and not _has_paragraph(text, 0, pos)
    return not _has_paragraph(text, anchor, pos)


def _has_paragraph(text: str, start: int, end: int) -> bool:
    return any(p.search(text, start, end) for p in _PARAGRAPH)


def _block_end(text: str, start: int) -> int:
    """End of the block whose header is at start (see the module doc)."""
    limit = min(len(text), start + _BLOCK_MAX)
    pos = text.find("\n", start, limit)
    if pos >= 0 and text[start:pos].rstrip().endswith("..."):  # cut short on the header's line,
        m = _LINE.match(text, pos, limit)  # the rest of the page glued on may follow (08STOCKHOLM704)
        if not (m and _continues(text[start:pos], m.group(2))):
            return pos
    while pos >= 0:
        m = _LINE.match(text, pos, limit)
        if not m or not m.group(2).strip() or _STOP_LINE.match(m.group(2)):
            return pos
        if m.group(2).rstrip().endswith("..."):  # a text cut short
            return m.end()
        if m.group(1) and not _continues(text[start:pos], m.group(2)):
            # a page header between blank lines: the block may go on after it
            after = _LINE.match(text, m.end(), limit) if _PAGE_HEADER.fullmatch(m.group(2)) else None
            if not (after and after.group(1) and _continues(text[start:pos], after.group(2))):
                return pos
            m = after
        pos = m.end() if m.end() < limit else -1
    return limit


def _continues(block: str, line: str) -> bool:
    """True when line, after blank lines (or a line cut short), goes on with
    the block: it holds the next bullet, the reference of a bullet left empty
    ("D." / "BRASILIA 1038"), or the rest of a reference the blank lines split
    ("E)PARIS" / "3967, F)...", "C. 08" / "SAO PAULO 0590")."""
    block, line = block.upper(), line.upper()
    label, i, _ = _items(block)[-1]
    bullet = _NEXT_BULLET.match(line)
    if bullet and bullet.group(1) == (chr(ord(label) + 1) if label else "A"):
        return True
    if _STOP_LINE.match(line) or _PAGE_HEADER.fullmatch(line):
        return False
    tail = block[i:].rsplit("\n", 1)[-1].strip()
    if label and not tail:
        return True
    m = _CABLE.match(tail + " " + line[:80])  # a reference that starts the tail and ends in line
    hit = m and len(tail) < m.end("serial") and _station(m.group("station"))
    return bool(hit and hit[1] == 0)


def _prepare(raw: str) -> tuple[str, str]:
    """(upper-case block for matching, raw block for 'raw'), of equal lengths."""
    for char, space in _SPACE_LIKE:
        if char in raw:
            raw = raw.replace(char, space)
    block = raw.upper()
    if len(block) != len(raw):  # a rare case mapping that changes lengths
        raw = block
    cut = _CUT.search(block)
    while cut and cut.group()[0] == "(" and _LATER_BULLET.search(block, cut.end()):
        cut = _CUT.search(block, cut.end())  # a marking inside an item: "B. 12/12/08 (U) EMAIL FROM ..."
    if cut:
        block, raw = block[: cut.start()], raw[: cut.start()]
    if " OF " in block:
        block = _PAGE_MARK.sub(_spaces, block)
        raw = _blank(raw, [m.span() for m in _PAGE_MARK.finditer(raw.upper())])
    if "0" in block:
        block = _FIX_O.sub("O", block)
    if block.find("REF", 3) > 0 or _REF_BULLET.match(block):
        block = _REF_BULLET.sub(_as_bullet, block)
    return block, raw


def _as_bullet(m: re.Match) -> str:
    """'REF B:' -> '    B)', the same length."""
    return " " * (len(m.group()) - 2) + m.group(1) + ")"


def _spaces(m: re.Match) -> str:
    return " " * len(m.group())


def _blank(text: str, spans) -> str:
    for i, j in spans:
        text = text[:i] + " " * (j - i) + text[j:]
    return text


def _items(block: str) -> list[tuple[str | None, int, int]]:
    """Split a block into (label, start, end) items on bullets A, B, C... in order."""
    bullets = [(m.start(), m.end(), m.group(1) or m.group(2)) for m in _BULLET.finditer(block)]
    # WikiLeaks bulleted each line of some blocks (A., then ¶B., ¶C.) over the cable's
    # own bullets: "A. (A) ... ¶B. 2006 ¶C. (B) ...". When most outer bullets carry an
    # inner one, only the inner ones count (an outer one alone marks a wrapped line),
    # and an item ends where the outer bullet of the next one starts.
    outer = [b for i, b in enumerate(bullets) if i == 0 or "¶" in block[max(0, b[0] - 3) : b[0]]]
    pairs = {b: a for a, b in zip(bullets, bullets[1:]) if a in outer and not block[a[1] : b[0]].strip()}
    if len(pairs) * 2 >= len(outer) > 1 or (len(outer) == 1 and pairs):
        dropped = set(outer)
        bullets = [b for b in bullets if b not in dropped]
    else:
        pairs = {}
    items: list[tuple[str | None, int, int]] = []
    expected = "A"
    for bullet in bullets:
        start, end, letter = bullet
        if items and letter == items[-1][0] and block[items[-1][1] : start].strip() in ("", "REF:"):
            items[-1] = (letter, end, len(block))  # "B. B) ...", "A. REF: A) ...": one bullet written twice
            continue
        if letter != expected:
            continue
        cut = pairs[bullet][0] if bullet in pairs else start
        if items:
            label, item_start, _ = items[-1]
            items[-1] = (label, item_start, cut)
        elif block[:cut].strip(" \n¶"):
            items.append((None, 0, cut))
        items.append((letter, end, len(block)))
        expected = chr(ord(letter) + 1)
    return items or [(None, 0, len(block))]


def _add_item(refs, seen, context, label, item, raw_item, previous) -> str | None:
    """Append the references of one bulleted item (or of an unbulleted block);
    return the id of its last cable reference, for the next item.

    An item that is a bare serial takes the station and year of the cable
    reference of the item before ("A) STATE 15111 AND B) 13716").
    """
    own = context[0]
    cables = _cables(item, raw_item, context)
    if not cables and previous and label and (bare := _BARE_SERIAL.fullmatch(item)):
        serial = bare.group(1)
        if int(serial) and not (len(serial) == 4 and serial[:2] in ("19", "20")):  # not "B) 2006"
            year, station, _ = split_id(previous)
            cables = [(serial, make_id(year, station, serial), bare.start(1), bare.end(1))]
    if not cables and (reversed_ := _SERIAL_FIRST.fullmatch(item)):  # "A) 00821 ASMARA"
        hit = _station(reversed_.group("station"))
        serial = int(reversed_.group("serial"))
        if hit and not hit[1] and serial:
            year = _default_year(context, hit[0], serial)
            i, j = reversed_.span("ref")
            cables = [(_clean(raw_item[i:j]), make_id(year, hit[0], serial), i, j)]
    entries = [(i, raw, "cable", cable_id) for raw, cable_id, i, _ in cables if cable_id != own]
    has_cable = bool(entries)  # (the cable itself, from a page header, is none)
    # What the cable references leave: notes on them ("AND PREVIOUS", "(NOTAL)"),
    # or references of other kinds; an unbulleted block separates those with ';'.
    if cables:
        spans = [(i, j) for _, _, i, j in cables]
        item, raw_item = _blank(item, spans), _blank(raw_item, spans)
    offset = 0
    for piece in item.split(";") if label is None else [item]:
        if not _JUNK.fullmatch(piece):
            kind = _kind(piece)
            raw = _clean(raw_item[offset : offset + len(piece)])
            cut_short = kind == "other" and piece.rstrip(" \n¶").endswith("...")  # "¶C. LIMA ..."
            if raw and not cut_short and (kind != "other" or not has_cable):
                entries.append((offset + len(piece) - len(piece.lstrip()), raw, kind, None))
        offset += len(piece) + 1
    if len(entries) > 1:
        entries.sort(key=lambda e: e[0])
    for _, raw, kind, cable_id in entries:
        key = (kind, cable_id or raw.upper())
        if key not in seen:
            seen.add(key)
            refs.append(
                {"position": len(refs) + 1, "label": label, "raw": raw, "kind": kind, "referenced_id": cable_id}
            )
    return cables[-1][1] if cables else None


def _cables(item: str, raw_item: str, context: tuple) -> list[tuple[str, str, int, int]]:
    """Cable references in an item: [(raw, canonical id, start, end)]."""
    found = []
    pos = 0
    while m := _CABLE.search(item, pos):
        hit = _station(m.group("station"))
        if not hit:
            pos = m.end("station")  # its serial may be the year of the next one
            continue
        station, offset = hit
        serial = int(m.group("serial"))
        if not serial:  # "SAN JOSE 00": a number cut short
            pos = m.end()
            continue
        written = _year(m.group("year")) if offset == 0 else None
        year = _year(m.group("year2")) if m.group("year2") else written
        if year is None:
            year = _default_year(context, station, serial)
        start = m.start() if written is not None else m.start("station") + offset
        found.append((_clean(raw_item[start : m.end()]), make_id(year, station, serial), start, m.end()))
        pos = m.end()
        # "09 FOO 12 AND 13": more serials of the same station and year
        while (more := _MORE.match(item, pos)) and not _is_dated_cable(item, more.start(1)):
            found.append((more.group(1), make_id(year, station, more.group(1)), more.start(1), more.end()))
            pos = more.end()
    return found


@lru_cache(maxsize=4096)  # (the stations cited recur: STATE, the posts of each region)
def _station(run: str) -> tuple[str, int] | None:
    """(station, offset of its first word in run) for the words ending run.

    Exact names and nicknames are tried on the longest tail of words first
    (THE HAGUE, USUN NEW YORK), then typos on the shortest (a typo of a name
    of several words may be one letter shorter: SAN JSE).
    """
    if run.isalpha():  # one word, the common case
        station = resolve_station(run, 0) or resolve_station(run, _FUZZY_MIN)
        return (station, 0) if station else None
    words = list(_WORD.finditer(run))
    for exact in (True, False):
        order = range(len(words)) if exact else range(len(words) - 1, -1, -1)
        for k in order:
            min_fuzzy = 0 if exact else _FUZZY_MIN - (k < len(words) - 1)
            station = resolve_station("".join(w.group() for w in words[k:]), min_fuzzy)
            if station:
                return station, words[k].start()
    return None


def _is_dated_cable(item: str, pos: int) -> bool:
    """True when the number at pos is the year of a following cable reference."""
    m = _CABLE.match(item, pos)
    return bool(m and m.group("year") and _station(m.group("station")))


def _year(year: str | None) -> int | None:
    """Year from 07, 2007 or 007, as 0-99; None unless in the release (1966-2010)."""
    if not year:
        return None
    if len(year) == 4 and year[:2] in ("19", "20"):
        year = year[2:]
    elif len(year) == 3 and year[0] == "0":
        year = year[1:]
    elif len(year) != 2:
        return None
    value = int(year)
    return value if value <= 10 or value >= 66 else None


def _default_year(context: tuple, station: str, serial: int) -> int | None:
    """The cable's own year; the year before for a serial of its own station
    above its own (serials restart each January: a February cable citing
    "STATE 69339" means last year's)."""
    _, year, own_station, own_serial = context
    if year is None:
        return None
    if station == own_station and own_serial is not None and serial > own_serial:
        return (year - 1) % 100
    return year % 100


def _kind(text: str) -> str:
    """email, telcon or memo by their words (upper-case text); else other."""
    for kind, trigger, pattern in _KINDS:
        if trigger in text and pattern.search(text):
            return kind
    return "other"


def _clean(raw: str) -> str:
    if "¶" in raw:
        raw = _WIKILEAKS_BULLET.sub(" ", raw)
    return " ".join(raw.split()).strip(" ;,.¶").removesuffix("(").rstrip()  # "telcon(B) ...": the bullet's "("
