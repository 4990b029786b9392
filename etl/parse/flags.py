"""Classification markings and the flags read from the cable body: the
classification line, classification level, number of sections, handling
words, redactions and partial extracts.

The classification line opens the cable text:
``UNCLAS SECTION 01 OF 02 BEIJING 002463``, ``C O N F I D E N T I A L
TRIPOLI 000540``, ``S e c r e t berlin 001068``, and damaged forms that lost
their first letter (``E C R E T``) or doubled it (``UUNCLAS``).
"""

import re
from typing import NamedTuple


def _spaced(word: str, damaged: int = 0) -> str:
    """Regex for a word in capitals or sentence case, letters optionally spaced
    out (C O N F I D E N T I A L). In capitals the first letter may be missing
    (E C R E T) or repeated up to ``damaged`` times (UUNCLAS)."""
    upper = " ?".join(word.upper())
    sentence = word[0].upper() + " ?" + " ?".join(word[1:].lower())
    if damaged:
        first = re.escape(word[0].upper())
        upper = f"(?:{first} ?){{0,{damaged}}}" + " ?".join(word[1:].upper())
    return f"(?:{upper}|{sentence})"


# A classification marking; group names tell the level.
MARKING = (
    rf"(?:(?P<ts>{_spaced('TOP')} ?{_spaced('SECRET')})"
    rf"|(?P<s>{_spaced('SECRET', damaged=1)})"
    rf"|(?P<c>{_spaced('CONFIDENTIAL', damaged=1)})"
    rf"|(?P<u>{_spaced('UNCLASSIFIED')}|{_spaced('UNCLAS', damaged=2)}))"
)
_LEVELS = {"ts": "TOP SECRET", "s": "SECRET", "c": "CONFIDENTIAL", "u": "UNCLASSIFIED"}

# Caveat words that may stand between the marking and the station.
_CAVEAT = r"(?:[ \t]*/{0,2}[ \t]*(?:E ?F ?T ?O|NOFORN|SENSITIVE|SBU|FOUO|FOR OFFICIAL USE ONLY))*"
# SECTION n OF m, also on the line after a marking glued to the routing
# header; damaged copies lost a letter (ECTION, SCTION) or a blank
# (SECTION01 OF 03, 02 OF 03QRIPOLI: the station may follow the digits).
_SECTION = (r"(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?i:SECTION|ECTION|SCTION)[ \t]*(?P<n>\d{1,2})[ \t]+(?i:OF)[ \t]+"
            r"(?P<m>\d{1,2}))?")
_STATION_SERIAL = r"(?:[ \t]+|(?<=\d))(?P<station>[A-Za-z][A-Za-z .'-]{0,30}?)[ \t]+(?P<serial>\d{3,8})(?!\d)"

# Any marking contains one of these pieces: MARKING (slow to search for) is
# matched only on the lines holding one. The pieces are found by one scan (a
# regex alternation of plain strings), faster than a str.find for each.
_HINTS = ("NCLAS", "ONFIDENTIAL", "ECRET", "N C L A S", "O N F I D", "E C R E T",
          "nclas", "onfidential", "ecret", "n c l a s", "o n f i d", "e c r e t")
_HINT = re.compile("|".join(map(re.escape, _HINTS)))
_HINT_BACK = 4  # a marking starts at most this far before its hint (U U N C L A S)


def _next_hint(text: str, pos: int, end: int) -> tuple[int, int]:
    """(start, end) of the first hint in text[pos:end], or (-1, -1)."""
    m = _HINT.search(text, pos, end)
    return m.span() if m else (-1, -1)


def search_marked(pattern: re.Pattern, text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """First match of a pattern that begins with MARKING, in text[start:end].

    The pattern is tried only on the lines holding a hint; ``$`` in it
    matches at the end of that line.
    """
    end = len(text) if end is None else min(end, len(text))
    pos = start
    while True:
        hint_start, hint_end = _next_hint(text, pos, end)
        if hint_start < 0:
            return None
        line_end = text.find("\n", hint_end, end)
        m = pattern.search(text, max(start, hint_start - _HINT_BACK), line_end if line_end >= 0 else end)
        if m:
            return m
        pos = hint_end


# The full classification line: marking, caveats, section, station and serial.
_CLASS_LINE_BODY = rf"{MARKING}{_CAVEAT}{_SECTION}{_STATION_SERIAL}"
CLASS_LINE = re.compile(rf"(?<![A-Za-z]){_CLASS_LINE_BODY}")
# The same, at the end of a routing header it is glued to (DCUNCLAS).
_CLASS_LINE_AT = re.compile(rf"[ \t]*{_CLASS_LINE_BODY}")
# A marking followed only by caveats or a section, after which a station
# may stand without its serial (the (?(m)...) group: only after a section).
_BARE_CLASS_LINE_BODY = rf"{MARKING}{_CAVEAT}{_SECTION}(?(m)(?:[ \t]+[A-Z][A-Z .'-]*)?)[ \t]*(?=\n|\Z)"
# ... at a line start, or where the routing header it is glued to ended.
_BARE_CLASS_LINE = re.compile(rf"(?:^|(?<=\n))[ \t]*{_BARE_CLASS_LINE_BODY}")
_BARE_CLASS_LINE_AT = re.compile(rf"[ \t]*{_BARE_CLASS_LINE_BODY}")
# Routing signal: ZNR UUUUU (unclassified), ZNY CCCCC / SSSSS (classified).
_ZN = re.compile(r"\nZN[RY] (UUUUU|CCCCC|SSSSS|TTTTT)")
_ZN_LEVELS = {"UUUUU": "UNCLASSIFIED", "CCCCC": "CONFIDENTIAL", "SSSSS": "SECRET", "TTTTT": "TOP SECRET"}

_CLASS_SEARCH_SPAN = 4000  # the classification line is near the start of the text


class ClassLine(NamedTuple):
    """The classification line: where it starts in the text and what it says."""

    start: int
    level: str
    sections: int  # m of SECTION n OF m, 1 for a single-section cable
    station: str | None  # as written (NEW DELHI)
    serial: str | None  # as written (002463)


def find_class_line(text: str, start: int = 0) -> ClassLine | None:
    """The classification line at start (where a routing header ended), else
    the first one after it, near the start; one without station and serial
    only if there is none with them."""
    end = start + _CLASS_SEARCH_SPAN
    m = (_CLASS_LINE_AT.match(text, start) or search_marked(CLASS_LINE, text, start, end)
         or _BARE_CLASS_LINE_AT.match(text, start) or search_marked(_BARE_CLASS_LINE, text, start, end))
    if m is None:
        return None
    level = next((lvl for group, lvl in _LEVELS.items() if m.group(group)), "UNCLASSIFIED")
    sections = int(m.group("m")) if m.group("m") and int(m.group("m")) > 0 else 1
    groups = m.groupdict()
    return ClassLine(m.start(), level, sections, groups.get("station"), groups.get("serial"))


def level_from_header(classification: str | None) -> str | None:
    """Level of a header classification such as SECRET//NOFORN."""
    if not classification:
        return None
    head = classification.upper().replace(" ", "")
    for prefix, level in (("TOPSECRET", "TOP SECRET"), ("SECRET", "SECRET"),
                          ("CONFIDENTIAL", "CONFIDENTIAL"), ("UNCLAS", "UNCLASSIFIED")):
        if head.startswith(prefix):
            return level
    return None


def level_from_routing(routing_text: str) -> str | None:
    """Level from the ZNR/ZNY line of the routing header."""
    m = _ZN.search("\n" + routing_text)
    return _ZN_LEVELS[m.group(1)] if m else None


# Handling words as searched (in the upper-cased text) and as reported.
_HANDLING_WORDS = {
    "SIPDIS": "SIPDIS", "NOFORN": "NOFORN", "SENSITIVE": "SENSITIVE", "EXDIS": "EXDIS", "NODIS": "NODIS",
    "LIMDIS": "LIMDIS", "STADIS": "STADIS", "ORCON": "ORCON", "PROPIN": "PROPIN", "REL TO": "REL TO",
    "FOUO": "FOUO", "FOR OFFICIAL USE ONLY": "FOUO",
    "SENSITVE": "SENSITIVE", "SENSTIVE": "SENSITIVE", "SENSITIE": "SENSITIVE",  # typos
    "EFTO": "EFTO", "E F T O": "EFTO",  # Encrypt For Transmission Only (UNCLAS E F T O LONDON 002883)
}


def _by_first_letter(words) -> str:
    """Alternation of the words grouped by first letter, S(?:IPDIS|ENSITIVE|...)|N(?:OFORN|...):
    a faster scan than a plain alternation (a position tries one branch)."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in rests.items())


# All of them in one scan. Its matches do not overlap: a word starting inside
# another (SIPDIS in LIMDISIPDIS) is not one.
_HANDLING = re.compile(_by_first_letter(_HANDLING_WORDS))
# Coined words, the end of no word: they count after a letter too (a name
# they were glued to: MKeshishianSIPDIS; IMMEDIATESipdis), not SENSITIVE (INSENSITIVE).
_GLUED_AFTER_A_LETTER = ("SIPDIS", "NOFORN")
# The countries after REL TO (REL TO USA, GBR AND AUS).
_REL_TO = re.compile(r"REL TO(?: (?:AND )?[A-Z]{2,4}(?![A-Za-z]),?)*")


def handling_words(*texts: str | None) -> list[str]:
    """Handling words in order of appearance over the texts, upper case,
    deduplicated. Any case counts (Sipdis); a capital may follow a word
    (SIPDISFOR THE DIRECTOR), a small letter may not, nor a letter before
    but for _GLUED_AFTER_A_LETTER."""
    found: dict[str, None] = {}
    for text in texts:
        if not text:
            continue
        upper = text.upper()
        # (as the parser always did: the first REL TO of a text that names
        # countries stands for the later ones)
        rel_to = "REL TO"
        for m in _HANDLING.finditer(upper):
            i, end = m.span()
            word = m.group()
            if ((not (i and text[i - 1].isalpha()) or word in _GLUED_AFTER_A_LETTER)
                    and not (end < len(text) and text[end].islower())):
                name = _HANDLING_WORDS[word]
                if name == "REL TO":
                    if rel_to == "REL TO":
                        rel_to = _REL_TO.match(upper, i).group(0).rstrip(",")
                    name = rel_to
                found.setdefault(name, None)
    return list(found)


# The statement "SENSITIVE BUT UNCLASSIFIED" may follow the SUBJECT and REF lines,
# where other handling words are not the cable's (REF: ANKARA 1561 (EXDIS)).
_SBU_STATEMENT = re.compile("[Ss](?:ENSITIVE BUT UNCLAS|ensitive [Bb]ut [Uu]nclas)")  # (faster than (?i))


def sbu_statement(text: str) -> str | None:
    """The "SENSITIVE BUT UNCLASSIFIED" of a text (the head after SUBJECT), or None."""
    m = _SBU_STATEMENT.search(text)
    return m.group() if m else None


_X_RUN = re.compile("[Xx]+")


def count_redactions(text: str) -> int:
    """Redactions: maximal runs of X holding 4 capitals (XXXXXXXXXXXX) or 4
    small letters (xxxxx, in some cables). WikiLeaks glued many redactions
    to the neighbouring word (RamiaXXXXXXXXXXXX), so letters around a run
    are allowed."""
    run_ends = set()  # (a run holding both XXXX and xxxx is found twice)
    for x in "Xx":
        # (a one-character find per X, a rare letter, beats a regex or str.find scan for XXXX)
        four = x * 4
        i = text.find(x)
        while i >= 0:
            if text.startswith(four, i):
                i = _X_RUN.match(text, i).end()
                run_ends.add(i)
            else:
                i += 1
            i = text.find(x, i)
    return len(run_ends)


_PARTIAL = "This record is a partial extract of the original cable"
_PARTIAL_SPAN = 2000  # the note opens the text (at offset 0 in all 485 partial records of the corpus)


def is_partial(text: str) -> bool:
    return text.find(_PARTIAL, 0, _PARTIAL_SPAN) >= 0
