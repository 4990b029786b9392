"""The routing header: transmission id, originating station, date-time group,
precedence, sender and addressees.

```
VZCZCXRO3702
OO RUEHCN RUEHGH
DE RUEHBJ #2463/01 1030813
ZNR UUUUU ZZH
O 130813Z APR 07
FM AMEMBASSY BEIJING
TO RUEHC/SECSTATE WASHDC IMMEDIATE 6821
INFO RUEHCN/AMCONSUL CHENGDU 8169
RHMCSUU/FBI WASHINGTON DCUNCLAS SECTION 01 OF 02 BEIJING 002463
```
The last addressee runs into the classification line of the text (the page
blocks were joined without a newline); the routing header ends there. Old
cables put a distribution block (``ACTION AF-00``, ``INFO LOG-00 NP-00``)
before the FM line: only the TO/INFO lines after FM are addressees.
"""

import datetime as dt
import re
from functools import lru_cache

from etl.parse.flags import MARKING, search_marked
from etl.parse.ids import full_year

_PRECEDENCES = {"Z": "FLASH", "O": "IMMEDIATE", "P": "PRIORITY", "R": "ROUTINE"}
_MONTHS = {m: i for i, m in enumerate(
    ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), start=1)}

# Line-start patterns begin with a newline (searched in "\n" + text): a
# literal first character lets the regex engine skip ahead fast.
_TRANSMISSION_ID = re.compile(r"\n(VZCZC[A-Z0-9]*)")
_DE = re.compile(r"\nDE ([A-Z0-9]{4,8})\b")
# Date-time group at a line start: optional precedence letters (O, O R,
# NIACT), DDHHMMZ, month, 2- or 4-digit year (an 8-digit serial may follow
# without a space in damaged copies: 292031Z Sep 0541662).
_DTG = re.compile(
    r"\n[ \t]*(?P<prec>(?:(?:NIACT|[ZOPR])[ \t]+)*)(?P<day>\d\d)(?P<hour>\d\d)(?P<minute>\d\d)Z"
    r"[ \t]*(?P<month>[A-Za-z]{3})[ \t]*(?P<year>(?:19|20)\d\d(?!\d)|\d\d)"
)
# Where a copy has no DTG line, its date line (newspaper-style copies) or
# "Cable dated:" stamp gives the same date and UTC time (Wednesday, 29
# November 2000, 13:59 and Cable dated:2000-11-29T13:59:00 stand for 291359Z NOV 00).
_DATE_LINE = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?P<day>\d\d?) (?P<month>[A-Z][a-z]+) (?P<year>(?:19|20)\d\d),"
    r" (?P<hour>\d\d):(?P<minute>\d\d)"
)
_CABLE_DATED = re.compile(r"Cable dated:(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)T(?P<hour>\d\d):(?P<minute>\d\d)")
# The FM line: capitals only (FM Gul: Turkey's Left... is a foreign minister in the text).
_FM = re.compile(r"\nFM[ \t]+([A-Z][^\na-z]*)(?=\n|\Z)")
_FM_AT = re.compile(_FM.pattern[2:])  # at the start of the text
_ROUTING_SPAN = 20000  # where the FM line is looked for

# Where the text of the cable is glued to an addressee: a classification
# line (not US SECRET SERVICE), a newspaper date line, a "Cable dated:" stamp,
# SIPDIS in a text without classification line (FLSIPDIS, IMMEDIATESipdis).
_GLUE_CLASS = re.compile(
    rf"{MARKING}(?! SERVICE)(?=[ \t]*(?:SECTION|[A-Z][A-Za-z .'-]* \d|\d)|[ \t]*$|[ \t]*//)")
_GLUE_OTHER = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d|Cable dated:|SIPDIS|Sipdis")
# Damaged copies glue other things to an addressee (a database dump of the
# cable, its creation date): no name holds a classification or a timestamp.
_NOT_A_NAME = re.compile(r"UNCLAS|CONFIDENTIAL|SECRET(?! SERVICE)|C O N F|S E C R E T|\d{4}-\d\d-\d\d")
# Plain pieces of every _NOT_A_NAME match and of every _GLUE_OTHER match: the
# regexes (slow scans: they start with a character class) run only where a
# cheap literal scan found one of these.
_NOT_A_NAME_HINTS = ("UNCLAS", "CONFIDENTIAL", "SECRET", "C O N F", "S E C R E T", "-")
# Lines of the page's record of the cable glued to the last addressee: its id
# (NSC WASHDCid: 71639, <<142612>>, ID: 190648, PRIORITYID:190812), a
# CLASSIFICATION: field, a CSV export's fields (...,5/22/2008 22:53,..., a
# serial running into the time or the cable id: BUENOS AIRES 630218:58,...,
# BUENOS AIRES 664909STATE49854,...), the text with its marking in small
# letters. Found by plain scans, each only where a cheaper test says it may be
# there.
_RECORD_FIELDS = ("CLASSIFICATION:", "id: ", "ID:")
_SMALL_MARKINGS = ("S e c r e t", "C o n f i d", "U n c l a s")
_CSV_FIELD = re.compile(r"\d{1,2}/\d{1,2}/(?:19|20)\d\d|\d\d:\d\d,|\d\d[A-Z]{3,}\d{1,6},")
_GLUE_OTHER_HINTS = ("day, ", "Cable dated:", "SIPDIS", "Sipdis")
_GLUE_OTHER_BACK = len("Wednes")
# An addressee: [routing indicator/]name [precedence] [serial or serial range].
_ROUTING_INDICATOR = re.compile(r"[A-Z][A-Z0-9]{2,7}")
_SERIAL = re.compile(r"\d{1,6}(?:-\d{1,6})?")
# The page's record id glued to the last word of an addressee: to its serial
# (7214106172: serial 7214), to its name or precedence (WASHDC71639,
# PRIORITY77216), or after the cable id (WASHDC06THEHAGUE1510). Serials have
# 4 digits (WASHDC0000 lost only its space); record ids 5 or 6.
_GLUED_NUMBER = re.compile(r"(?P<word>[A-Z][A-Z/]*?)?(?:\d\d[A-Z]{3,}\d{1,6}|(?P<digits>\d{4,12})),?")
_CABLE_ID = re.compile(r"\d\d[A-Z]{3,}\d{1,6}")
_ADDRESSEE_PRECEDENCES = {"FLASH": "FLASH", "IMMEDIATE": "IMMEDIATE", "PRIORITY": "PRIORITY",
                          "PIORITY": "PRIORITY", "ROUTINE": "ROUTINE"}
# Lines that belong to the text, not to the routing header.
_TEXT_LINE = re.compile(r"(?:BT|NNNN|SIPDIS|E\.?O\.?|EO 12958|TAGS|SUBJECT|CLASSIFIED|SECTION|PAGE \d)\b|.*[a-z]")
# TO, INFO and XMT open a list of addressees (TORUEHC/SECSTATE lost its space).
_KIND = re.compile(r"(TO|INFO|XMT)(?:[ \t]+|\Z|(?=R[A-Z0-9]{3,7}/))")
_KIND_WORDS = ("TO", "INFO", "XMT")


def parse_dtg(text: str, reference_year: int | None = None) -> tuple[dt.datetime | None, str | None]:
    """(date-time group as naive UTC datetime, precedence) of the first DTG
    line, else (the datetime of a date line or "Cable dated:" stamp, None).

    Two-digit years are 20xx for 00-30 and 19xx otherwise, unless a reference
    year (the header's) puts the other century closer.
    """
    m = _DTG.search("\n" + text)
    if not m:
        stamp = ("day, " in text and _DATE_LINE.search(text)) or ("Cable dated:" in text and _CABLE_DATED.search(text))
        return (_datetime(stamp, int(stamp.group("year"))) if stamp else None), None
    prec_letters = m.group("prec").split()
    precedence = None
    if prec_letters:
        precedence = "NIACT IMMEDIATE" if prec_letters[0] == "NIACT" else _PRECEDENCES[prec_letters[0]]
    year = int(m.group("year"))
    if year < 100:
        year = full_year(year)
        if reference_year and abs(year - reference_year) > 50:
            year += 100 if year < reference_year else -100
    return _datetime(m, year), precedence


def _datetime(m: re.Match, year: int) -> dt.datetime | None:
    """The datetime of a _DTG, _DATE_LINE or _CABLE_DATED match in a given
    year, None if it is no date."""
    month = m.group("month")
    month = int(month) if month.isdigit() else _MONTHS.get(month[:3].upper())
    try:
        return dt.datetime(year, month, int(m.group("day")), int(m.group("hour")), int(m.group("minute")))
    except (TypeError, ValueError):
        return None


def _is_serial(word: str) -> bool:
    """Whether a word is a serial: up to six digits (isdecimal, as \\d), or a range with a hyphen."""
    return len(word) <= 6 and word.isdecimal() or "-" in word and _SERIAL.fullmatch(word) is not None


def _parsed(line: str, serial_word: bool) -> tuple[str | None, str, str | None, str | None] | None:
    """(routing indicator, name, precedence, serial) of an addressee line, or
    None; ``serial_word``: its last word may be a serial."""
    routing_indicator = None
    slash = line.find("/")
    if 3 <= slash <= 8 and _ROUTING_INDICATOR.fullmatch(line, 0, slash):
        routing_indicator, line = line[:slash], line[slash + 1:]
    words = line.split()
    serial = words.pop() if serial_word and words and _is_serial(words[-1]) else None
    for i, word in enumerate(words):
        # the page's title glued to a serial (BUENOS AIRES 0001QATAR INVESTMENT ...)
        if word[:4].isdecimal() and word[4:5].isupper():
            serial, words = word[:4], words[:i]
            break
    precedence = _ADDRESSEE_PRECEDENCES.get(words[-1]) if words else None
    if precedence:
        words.pop()
        if precedence == "IMMEDIATE" and words and words[-1] == "NIACT":
            words.pop()
            precedence = "NIACT IMMEDIATE"
    if not words or len(words) == 1 and _CABLE_ID.fullmatch(words[0]):  # (a dump's cable id line)
        return None
    return routing_indicator, " ".join(words), precedence, serial


@lru_cache(maxsize=8192)
def _parsed_without_serial(line: str) -> tuple[str | None, str, str | None, str | None] | None:
    """_parsed of an addressee line whose serial, if any, was taken off (kept: see _addressee)."""
    return _parsed(line, False)


def _glued(head: str, glued: re.Match) -> tuple[str | None, str, str | None, str | None] | None:
    """_parsed of an addressee line whose last word had the page's record id
    glued on (head: the words before it; see _GLUED_NUMBER)."""
    word, digits = glued.group("word"), glued.group("digits") or ""
    parsed = _parsed(f"{head} {word}" if word else head, False)
    if parsed and (len(digits) == 4 or len(digits) >= 7):
        parsed = (*parsed[:3], digits[:4])
    return parsed


def _addressee(line: str, kind: str, position: int) -> dict | None:
    """An addressee line parsed from its ends: the routing indicator before
    the slash, the serial and precedence after the name."""
    # The same addressees recur in many cables with other serials: a line is
    # parsed without its serial, its last word (a routing indicator holds no
    # blank: the last word is the same after the slash), and the parse kept.
    words = line.rsplit(None, 1)
    if len(words) < 2:  # one word: RUEHC/1234 is a serial after the slash
        parsed = _parsed(line, True)
    elif _is_serial(words[1]):
        parsed = _parsed_without_serial(words[0])
        if parsed:
            parsed = (*parsed[:3], words[1])
    elif words[1][-1] in "0123456789," and (glued := _GLUED_NUMBER.fullmatch(words[1])):
        parsed = _glued(words[0], glued)  # (rare: a line of its own, not kept)
    else:
        parsed = _parsed_without_serial(line)
    if parsed is None:
        return None
    routing_indicator, name, precedence, serial = parsed
    return {
        "position": position,
        "kind": kind,
        "routing_indicator": routing_indicator,
        "name": name,
        "precedence": precedence,
        "serial": serial,
    }


def _glue(text: str, start: int, end: int) -> int:
    """Offset of the first cable text glued into text[start:end], or -1."""
    m = search_marked(_GLUE_CLASS, text, start, end)
    limit = m.start() if m else end
    hints = [i for hint in _GLUE_OTHER_HINTS if (i := text.find(hint, start, limit)) >= 0]
    if hints:
        # a match holds a hint at most _GLUE_OTHER_BACK characters after its start
        other = _GLUE_OTHER.search(text, max(start, min(hints) - _GLUE_OTHER_BACK), limit)
        if other:
            return other.start()
    if m is None:
        return -1
    at = m.start()
    if text.startswith("UU", at) and text[at - 2] == " ":  # UNCLAS glued to a country code (ANKARA TUUNCLAS)
        at += 1
    return at


def _record_start(block: str) -> int:
    """Offset of the first line of the page's record glued into block, or -1.
    (One-character tests first: a one-character scan is the fastest.)"""
    found = []
    if ":" in block:
        found += [i for field in _RECORD_FIELDS if (i := block.find(field)) >= 0]
    if "<" in block and (i := block.find("<<")) >= 0:
        found.append(i)
    if "e" in block or "o" in block or "a" in block:  # small letters: maybe a marking in them
        found += [i for marking in _SMALL_MARKINGS if (i := block.find(marking)) >= 0]
    if "," in block and (m := _CSV_FIELD.search(block)):
        found.append(m.start())
    return min(found, default=-1)


def parse_routing(text: str) -> dict:
    """Routing fields of a cable text (the text after the 5-line header).

    Returns transmission_id, originating_station, sender, recipients and
    text_start, the offset where the cable text proper begins (0 when the
    text has no FM line).
    """
    result = {"transmission_id": None, "originating_station": None, "sender": None,
              "recipients": [], "text_start": 0}
    # The FM line, found in the text; then only the routing header is copied
    # (to the first blank line after the FM line, where the block ends at the latest).
    fm = _FM_AT.match(text, 0, _ROUTING_SPAN) or _FM.search(text, 0, _ROUTING_SPAN)
    if not fm or text.find("¶", 0, fm.start()) >= 0:  # after a paragraph: a later section's header (03ROME2045)
        return result
    first = fm.end() + 1
    while text.startswith("\n", first):
        first += 1
    blank = text.find("\n\n", first, _ROUTING_SPAN)
    src = "\n" + text[:blank if blank >= 0 else _ROUTING_SPAN]  # offsets in src are one more than in text
    fm = _FM.search(src)
    before = src[:fm.start() + 1]
    if m := _TRANSMISSION_ID.search(before):
        result["transmission_id"] = m.group(1)
    if m := _DE.search(before):
        result["originating_station"] = m.group(1)

    # The routing block runs to the first blank line after the first addressee
    # line, or to where the cable text is glued on.
    first = fm.end() + 1
    while src.startswith("\n", first):
        first += 1
    block_end = src.find("\n\n", first)
    if block_end < 0:
        block_end = len(src)
    glue = _glue(src, fm.start(1), block_end)
    if glue >= 0:
        block_end = glue
    result["text_start"] = block_end - 1

    sender, _, block = src[fm.start(1):block_end].partition("\n")
    result["sender"] = " ".join(sender.split()) or None
    recipients = result["recipients"]
    kind = None
    offset = fm.end() + 1
    # where the first name would hold a classification or a timestamp (no
    # match spans lines: searching the block once finds the first line's cut)
    cut_at = -1
    if any(map(block.__contains__, _NOT_A_NAME_HINTS)) and (m := _NOT_A_NAME.search(block)):
        cut_at = m.start()
    if (record := _record_start(block)) >= 0 and (cut_at < 0 or record < cut_at):
        cut_at = record
    for line in block[:cut_at].split("\n") if cut_at >= 0 else block.split("\n"):
        stripped = line.strip().rstrip('"')  # (a CSV export's quote: VAIHINGEN GE"S E C R E T ...)
        # (cheap tests first: most lines are addressees such as RUEHGH/AMCONSUL SHANGHAI 6252,
        # which open no list and, all in capitals, cannot be a text line)
        if stripped.startswith(_KIND_WORDS) and (m := _KIND.match(stripped)):
            kind, stripped = m.group(1), stripped[m.end():]
            if stripped.startswith("PAGE "):  # a page header (TO PAGE 02 STATE 015113 182333Z)
                stripped = ""
        elif stripped and (kind is None or not (stripped[0] == "R" and stripped.isupper())
                           and _TEXT_LINE.match(stripped)):
            result["text_start"] = offset - 1
            break
        if stripped and kind != "XMT":  # XMT lists addressees excluded from delivery
            if r := _addressee(stripped, kind, len(recipients) + 1):
                recipients.append(r)
        offset += len(line) + 1
    else:
        if cut_at >= 0:  # the text starts where the last line was cut
            result["text_start"] = offset - 2
    return result
