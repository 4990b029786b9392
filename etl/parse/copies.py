"""Copies that the WikiLeaks pages appended to a cable's paragraphs.

Some pages hold more than the cable, and the files keep it:

- a teaser cut short in its first paragraph ("¶1. (U) This is an action
  request. Please se..."), a record of the site's database holding the
  cable's routing header (``id: 54459``, ``refid: 06LIMA748``, ...,
  ``header:``, the routing header, ``header ends``), then the whole text
  again (06LIMA748);
- the whole text, then its routing header once more (06PARIS1236,
  07TRIPOLI641);
- the whole text, then the database record and text of another cable
  (09BERN279 runs on into 09COTONOU278, 08MOSCOW1519 into 08MOSCOW2237);
- a teaser cut short ("...") in the first paragraph, a blank line, then the
  whole text from its classification line (07MOSCOW3399: "¶1. (C) Summary:
  Other Russia's second annual conference was\nn...\n\nC O N F I D E N T I
  A L SECTION 01 OF 02 MOSCOW 003399 SIPDIS ...").

The page's own end line (``===CABLE ENDS===``) closes the cable text too:
what follows it is the rest of the page (cable_text_end).

A copy is found by its DE line (``DE RUEHFR #1236/01 0591143``: the cable's
own copy when station and serial are those of its routing header) or, for a
routing header without DE line, by a repeat of its date-time group and FM
lines. The cable's own copy starts with the lines before these that repeat
its routing header's; another cable's record starts at the line of its
transmission id (VZCZC...). Only copies after the start of the first
paragraph count: a record before it belongs to the head (a teaser cut before
its first paragraph, a page that holds another cable's text instead).
"""

import re
from typing import NamedTuple

from etl.parse.flags import CLASS_LINE

# A DE line, glued lines included (RUEHROVDE RUEHEG #0290/01): station and
# serial (the section and time after the serial may differ between copies).
_DE = re.compile(r"DE ([A-Z0-9]{4,8}) #(\d+)")
_DE_BACK = 14  # the most characters from "DE " to the "#"
# The date-time group line before the FM line (O 261520Z JUL 07).
_DTG_LINE = re.compile(r"[ \t]*(?:[A-Z]+[ \t]+)*\d{6}Z[ \t]*[A-Za-z]{3}")
_RECORD_HEAD = 600  # another cable's transmission id is this close before its DE line


class Copy(NamedTuple):
    start: int  # offset in the text
    own: bool  # a copy of the cable itself, not of another cable


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _de_line(text: str, start: int, end: int) -> tuple[int, tuple[str, str]] | None:
    """(offset of the "#", (station, serial)) of the first DE line in
    text[start:end], None if there is none."""
    mark = text.find("#", start, end)  # (a one-character scan is fast; "#" is rare)
    while mark >= 0:
        de = text.rfind("DE ", max(0, mark - _DE_BACK), mark)
        if de >= 0 and (m := _DE.match(text, de)) and m.start(2) == mark + 1:
            return mark, m.groups()
        mark = text.find("#", mark + 1, end)
    return None


def _repeat_start(text: str, at: int, lines: list[str]) -> int:
    """Start of a repeat of the routing header lines (the last of them
    starting at ``at``): the lines before ``at`` that repeat the earlier
    header lines (blank lines and spacing may differ) belong to it."""
    start = at
    for line in reversed(lines[:-1]):
        end = start - 1
        while end > 0 and text[end - 1] == "\n":
            end -= 1
        if end <= 0:
            break
        previous = _line_start(text, end)
        if text[previous:end].split() != line.split():
            break
        start = previous
    return start


def _header_lines(routing_text: str, end: int) -> list[str]:
    """The non-blank lines of the routing header up to the one ending at end."""
    return [line for line in routing_text[:end].split("\n") if line.strip()]


def _dtg_repeat(text: str, routing_text: str, start: int) -> int:
    """Start of the first repeat in text (from start) of a routing header's
    date-time group and FM lines, with the header lines before them; -1."""
    fm = routing_text.rfind("\nFM ")
    dtg = routing_text.rfind("\n", 0, fm) + 1 if fm >= 0 else -1
    if dtg < 0 or not _DTG_LINE.match(routing_text, dtg, fm):
        return -1
    fm_end = routing_text.find("\n", fm + 1)
    at = text.find("\n" + routing_text[dtg:fm_end if fm_end >= 0 else len(routing_text)], start)
    return _repeat_start(text, at + 1, _header_lines(routing_text, fm)) if at >= 0 else -1


_TEASER_END = "...\n\n"
_TEASER_SPAN = 1000  # a teaser is cut this close after the start of its first paragraph (at most 82 in the corpus)
# The page's end: "=======================CABLE ENDS============================", in
# the last lines of the text (the rest of a page may follow it, as in 06BOGOTA1082).
_CABLE_ENDS = "CABLE ENDS="
_CABLE_ENDS_SPAN = 200


def cable_text_end(text: str) -> int:
    """Where the page's CABLE ENDS line closes the cable text, else len(text)."""
    mark = text.find(_CABLE_ENDS, max(0, len(text) - _CABLE_ENDS_SPAN))
    return _line_start(text, mark) if mark >= 0 else len(text)


def _after_teaser(text: str, start: int) -> int:
    """Start of the whole text after a teaser cut short in text[start:], -1."""
    cut = text.find(_TEASER_END, start, start + _TEASER_SPAN)
    while cut >= 0:
        whole = cut + len(_TEASER_END)
        while text.startswith("\n", whole):  # (more blank lines)
            whole += 1
        if CLASS_LINE.match(text, whole):
            return whole
        cut = text.find(_TEASER_END, cut + 1, start + _TEASER_SPAN)
    return -1


def find_copy(text: str, routing_text: str, start: int) -> Copy | None:
    """The first copy in a cable text (the text from its classification line)
    at or after start (where its first paragraph starts), given the cable's
    routing header; None if there is none."""
    if (whole := _after_teaser(text, start)) >= 0:
        return Copy(whole, True)
    if "#" not in routing_text:  # a routing header without DE line: its copies have none either
        repeat = _dtg_repeat(text, routing_text, start)
        if repeat >= 0:
            return Copy(repeat, True)
    found = _de_line(text, start, len(text))
    if found is None:
        return None
    own = _de_line(routing_text, 0, len(routing_text))
    mark, key = found
    if own and own[1] == key:
        own_end = routing_text.find("\n", own[0])
        lines = _header_lines(routing_text, own_end if own_end >= 0 else len(routing_text))
        return Copy(_repeat_start(text, _line_start(text, mark), lines), True)
    record = text.rfind("VZCZC", max(start, mark - _RECORD_HEAD), mark)
    return Copy(_line_start(text, record if record >= 0 else mark), False)
