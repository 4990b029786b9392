"""Summary of a cable: the text between SUMMARY and END SUMMARY.

    ¶1. (C) Summary: Dutch cabinet deliberations ... END SUMMARY
    SUMMARY AND COMMENT: ... End summary and comment.
    -------
    SUMMARY
    -------
    ¶1. (C) President Uribe approved ...  End summary.

A heading without an END SUMMARY gives the rest of its paragraph; a cable
without a summary heading gives its first paragraph. Whitespace is collapsed,
and page headers and paragraph marks inside the summary are dropped.
"""

from __future__ import annotations

import re

from etl.parse.normalize import single_spaced
from etl.parse.pages import strip_page_headers

_HEAD = 6000  # the heading sits in the head of the cable
_SPAN = 8000  # how far the END SUMMARY may be

# The word SUMMARY is found by its plain "umma" / "UMMA" (fast literal scans:
# lower() and case-insensitive scans are slow on non-ASCII text), then checked.
_UMMA = (re.compile("umma"), re.compile("UMMA"))
_WORD = re.compile(r"[Ss]umma[Rr]?[Yy](?![A-Za-z])|SUMMA[Rr]?[Yy](?![A-Za-z])")  # also "Summay"
# What may come before the heading on its line: ¶1., I., 1), (C), 1.(SBU), "BEGIN", dashes;
# or, anywhere, a paragraph number or a rule ("REF: BRASILIA 1544 1. Summary.", "(d). --- SUMMARY ---").
_BEFORE = re.compile(
    r"(?i)[ \t¶*\-]*(?:\([a-z0-9/ ]+\)[ \t]*)?(?:(?:\d{1,2}|[ivx]{1,4})[ \t]*[.,)])?[ \t]*(?:\([a-z/ ]+\))?"
    r"[ \t]*(?:begin[ \t]+)?[ \t*\-]*"
)
_PARAGRAPH_BEFORE = re.compile(
    r"(?i)(?:(?:^|[\s.])\d{1,2}[ \t]*[.,][ \t]*(?:\([a-z/ ]+\)[ \t]*)?|-{3,}[ \t]*)(?:begin[ \t]+)?$"
)
# What follows the heading: "and comment", "and action request", then : . - or a line end.
_AFTER = re.compile(r"(?i)(?:[ \t]+and[ \t]+[a-z ]{1,30}?)?[ \t]*(?:[:.\-]+|\\?[ \t]*\n)")
_END_BEFORE = re.compile(r"(?i)end[ \t\n\\]+(?:of[ \t\n\\]+)?(?:the[ \t\n\\]+)?$")
# Paragraph starts: with a pilcrow, or a number at a line start. (Each pair is
# searched as two regexes with a literal first character: one alternation of
# both scans many times slower.)
_FIRST_PARAGRAPH = (re.compile(r"¶[ \t]*1\b"), re.compile(r"\n(?=[ \t1])[ \t]*1[ \t]*\.[ \t(]"))
_NEXT_PARAGRAPH = (re.compile(r"¶[ \t]*\d"), re.compile(r"\n(?=[ \t\d])[ \t]*\d{1,2}[ \t]*\.[ \t(]"))
_PARAGRAPH_MARK = re.compile(r"[ \t\n]*¶?[ \t]*\d{1,2}[ \t]*[.)][ \t]*(?:\([A-Za-z/ ]+\))?")
# (a marking may carry a release list: (C/REL NATO and AUS), (S//REL to USA, ACGU), (S-NF);
# a number may be glued to the text: 1.USAID Administrator)
_LEAD_MARK = re.compile(
    r"(?:¶?[ \t]*\d{1,2}[ \t]*[.)][ \t]*)?\((?:[A-Z/]+|(?:U|SBU|C|S|TS)[/-][^()\n]{1,40})\)[ \t]*"
    r"|¶?[ \t]*\d{1,2}[ \t]*[.)](?:[ \t]+|(?=[A-Z]))"
)
# The label of a paragraph that opens under a SUMMARY heading ("¶1. (C) SUMMARY: ..."), or of a
# first paragraph taken as the summary ("(SUMMARY): Post has ...").
# Also "Summary/Introduction.", "SUMMARY, COMMENT, AND ACTION REQUEST:", "(Summary) The",
# "SUMMARY (U) Modernization", "SUMMARY  During their trip" (a capitalized word after the blank:
# "Summary from the NAC Meeting:", "SUMMARY OF SIGNIFICANT EVENTS:" are titles).
_LABEL = re.compile(
    r"(?i)(?:begin[ \t]+)?\(?summary\)?"
    r"(?:[ \t]*[,/]?[ \t]*(?:and[ \t]+)?(?:comment|introduction|action[ \t]+request)){0,2}"
    r"(?:[ \t]*[:.,\-]+[ \t]*|[ \t]*\((?:U|SBU|C|S)\)[ \t]*|[ \t]+(?=(?-i:[A-Z][a-z])))"
)
# A SUMMARY heading after the summary began: "Summary Continued:", "Summary con't:"; paragraph 1 again.
_CONTINUED = re.compile(r"(?i)con(?:tinued|'t)")
_FIRST_MARK = re.compile(r"[ \t\n]*¶?[ \t]*1[ \t]*\.")
# Marks dropped from a summary, each applied only if its plain trigger is present
# (one alternation of them scans several times slower).
_MARKS = (
    ("¶", re.compile(r"¶[ \t]*\d{1,2}[ \t]*\.?[ \t]*(?:\([A-Za-z/ ]+\))?")),  # ¶2. (C)
    ("---", re.compile(r"---+")),
    ("===", re.compile(r"===+")),
)
_RULE_LINE = re.compile(r"[-=_*]{3,}")
_HEADING_LINES = 3  # the most lines of a heading closing a summary
_RULES = re.compile(r"[\s=*\\-]*")  # between a heading on its own line and the text
_PAGE = re.compile(r"0{2,}\d+[ \t]+\d{3}(?:\.\d)?[ \t]+OF[ \t]+\d{3}")  # "BEIJING 00002463  002 OF 002"
_PAGE_STATION = re.compile(r"(?:[A-Z][A-Z.]*[ \t]+){1,3}$")
_LEADING = " \t\n:.-—)=*"  # taken off the start; the end keeps its full stop
_TRAILING = " \t\n:-—=*"


def parse_summary(text: str, first_paragraph: str | None, spaced: bool = False) -> str | None:
    """The summary of the cable (see the module doc), else first_paragraph
    (``spaced``: its only white space is single spaces, as parse_paragraphs
    makes it)."""
    start, end = _bounds(text)
    if start < 0 and 0 <= end < _HEAD:
        # an END SUMMARY without its heading: the summary opens the first paragraph
        first = _search_first(_FIRST_PARAGRAPH, text, 0, end)
        if first:
            mark = _PARAGRAPH_MARK.match(text, first.start())
            start = mark.end() if mark else first.end()
    if start >= 0:
        if end < start:
            start = _RULES.match(text, start).end()
            first = _PARAGRAPH_MARK.match(text, start)
            nxt = _search_first(_NEXT_PARAGRAPH, text, (first.end() if first else start) + 1, start + _SPAN)
            end = _before_heading(text, start, nxt.start()) if nxt else min(len(text), start + 2000)
        summary = _normalize(text[start:end])
        if summary:
            return summary
    if first_paragraph is None:
        return None
    return _normalize(first_paragraph, spaced) or None


def _before_heading(text: str, start: int, end: int) -> int:
    """end, or the start of the heading that closes text[start:end]: a line
    framed by rules (---- TOLEDO SEES CONSPIRACIES ----) or, after a blank
    line, one short line without small letters or a full stop (BACKGROUND)."""
    lines = text[start:end].rstrip().split("\n")
    i = len(lines)
    heading = []  # its lines, last first
    ruled = False
    while i > 1:
        line = lines[i - 1].strip()
        if not line:
            break
        if _RULE_LINE.fullmatch(line):
            ruled = True
        elif len(heading) == _HEADING_LINES or len(line) > 60 or any(c.islower() for c in line):
            break
        else:
            heading.append(line)
        i -= 1
    if heading and (ruled or (len(heading) == 1 and not lines[i - 1].strip() and not heading[0].endswith("."))):
        return start + len("\n".join(lines[:i]))
    return end


def _search_first(patterns: tuple[re.Pattern, ...], text: str, start: int, end: int) -> re.Match | None:
    """The leftmost match of any of the patterns in text[start:end]."""
    found = [m for m in (p.search(text, start, end) for p in patterns) if m]
    return min(found, key=re.Match.start) if found else None


def _bounds(text: str) -> tuple[int, int]:
    """(start of the summary text after its heading, start of its END SUMMARY); -1 if none."""
    start = -1
    limit = _HEAD
    pos = 1
    # The next "umma" or "UMMA": the pattern of the last word found is searched
    # first, the other only before its match (most texts hold only one case).
    first, second = (_Hits(p, text) for p in _UMMA)
    while True:
        m = first.find(pos, limit)
        if other := second.find(pos, m.start() + _UMMA_LEN - 1 if m else limit):
            m = other
            first, second = second, first
        if m is None:
            return start, -1
        pos = m.end()
        word = m.start() - 1
        if not _WORD.match(text, word) or (word and text[word - 1].isalpha()):
            continue
        end = _END_BEFORE.search(text, max(0, word - 16), word)
        if end and not (end.start() and text[end.start() - 1].isalpha()):
            return start, end.start()
        before = text.rfind("\n", 0, word) + 1
        if _BEFORE.fullmatch(text, before, word) or _PARAGRAPH_BEFORE.search(text, max(before, word - 20), word):
            after = _AFTER.match(text, _WORD.match(text, word).end())
            if after and start >= 0:
                kind = _second_heading(text, start, before, word, after.end())
                if kind == "other":
                    return start, -1  # the END SUMMARY that may follow is the other heading's
                if kind == "label":
                    continue
            if after:
                start = pos = after.end()
                limit = start + _SPAN  # now look for its END SUMMARY, maybe beyond the head


_UMMA_LEN = len("umma")


def _second_heading(text: str, start: int, line_start: int, word: int, after: int) -> str:
    """What a SUMMARY heading found after the summary began at start is:
    "label", the paragraph's own (SUMMARY ---- ¶1. (C) Summary: ...) or a
    continuation (¶2. (C) Summary Continued:); "copy", the heading of a copy
    of the text (its paragraph 1 again: the summary starts over there);
    "other", another summary (of a text quoted in a later paragraph)."""
    lead = _RULES.match(text, start).end()
    mark = _PARAGRAPH_MARK.match(text, lead)
    if not text[mark.end() if mark else lead : word].strip() or _CONTINUED.search(text, word, after):
        return "label"
    if _FIRST_MARK.match(text, line_start, word) or _FIRST_MARK.match(text, _RULES.match(text, after).end()):
        return "copy"
    return "other"


class _Hits:
    """The matches of a pattern of _UMMA in a text, each searched only as far
    as asked for (the start of the search never goes back)."""

    __slots__ = ("pattern", "text", "match", "end")

    def __init__(self, pattern: re.Pattern, text: str) -> None:
        self.pattern, self.text = pattern, text
        self.match: re.Match | None = None  # the first match in text[pos:end] of the last call, None if none
        self.end = 0

    def find(self, pos: int, end: int) -> re.Match | None:
        """The first match in text[pos:end]; pos is never below that of the last call."""
        m = self.match
        if m is not None and m.start() >= pos:
            return m if m.end() <= end else None  # (matches of a literal: the next ones end later)
        if m is None and end <= self.end:
            return None
        # no match ends by self.end: one may start only near it
        search_from = max(pos, self.end - _UMMA_LEN + 1) if m is None else pos
        self.match = self.pattern.search(self.text, search_from, end)
        self.end = end
        return self.match


def _normalize(text: str, spaced: bool = False) -> str:
    """The summary text tidied; ``spaced``: its only white space is already
    single spaces (a paragraph's text), so unless something is cut out here
    the costly re-spacing is skipped."""
    original = text
    if "PAGE " in text:  # the page headers of old cables (CONFIDENTIAL\nPAGE 02 VATICA 03692 01 OF 02 261100Z)
        text = strip_page_headers(text)
    if " OF " in text:
        for m in reversed(list(_PAGE.finditer(text))):
            station = _PAGE_STATION.search(text, max(0, m.start() - 40), m.start())
            text = text[: station.start() if station else m.start()] + " " + text[m.end() :]
    for trigger, mark in _MARKS:
        if trigger in text:
            text = mark.sub(" ", text)
    if "\\" in text:  # line ends escaped in some copies
        text = text.replace("\\", " ")
    if not spaced or text is not original:
        text = single_spaced(text)
    text = text.lstrip(_LEADING)
    mark = _LEAD_MARK.match(text)  # "1) (C) The public ceremony..."
    if mark:
        text = text[mark.end() :].lstrip(_LEADING)
    if text[:1] in "SsBb(" and (label := _LABEL.match(text)):
        text = text[label.end() :]
    return text.rstrip(_TRAILING)
