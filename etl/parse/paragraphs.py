"""Paragraphs and their classification markings.

``¶1. (U) text``, ``1. (C) text``, ``5.(S//NF) text``, ``2.Post finds``: the number as written,
the marking without parentheses, the text with page headers removed and its
lines joined with single spaces. Where a copy joined the lines, a number
with a marking also starts a paragraph inside a line (``... persist  2.  (C)
In 2007``). A text that numbers no paragraph may open each with its marking
at a line start (``(U) As I approach ...``, 08BERN612): those paragraphs come
with number None. Sub-paragraphs (A., B., -- bullets) stay inside their
paragraph, headings between paragraphs (``----\\nMeeting Participants\\n----``) and the signer
after the last one belong to no paragraph.

The WikiLeaks pages wrote paragraph numbers as ``¶1.``; a line such as
``¶1944. President...`` or a list ``1. ... 2. ...`` inside a paragraph also
looks like one, so numbers must follow each other.
"""

import re

from etl.parse.normalize import collapse_spaces, plain_spaces, single_spaced
from etl.parse.pages import CLASS_HINT, CLASS_HINT_FIRST, is_class_line, scan_text, strip_class_lines

# Paragraph starts at a line start (searched in "\n" + text, a literal first
# character is much faster than ^) or after a pilcrow inside a line.
_AFTER_NUMBER = r"[ \t]*\.(?=[ \t(\n]|\Z|[A-Z])[ \t]*(?:\((?P<marking>[A-Za-z/ ][A-Za-z/ ,-]{0,39})\)[ \t]*)?"
# The same scan of the line starts finds the hints of classification-only lines
# (no line is both: a hint starts with a capital, a paragraph with a digit or
# pilcrow); the lookahead after the newline rejects most lines at once.
_LINE_START = re.compile(
    rf"\n(?=[ \t¶\d{CLASS_HINT_FIRST}])(?:{CLASS_HINT}|[ \t]*(?P<pilcrow>¶?)[ \t]*(?P<number>\d{{1,3}})"
    + _AFTER_NUMBER + ")"
)
_PILCROW = re.compile(r"(?P<pilcrow>¶)[ \t]*(?P<number>\d{1,3})" + _AFTER_NUMBER)
# A number with a marking inside a line, where the copy joined the lines
# ("REASON: 1.4 (b), (d)  1.  (C)  Summary: ...", "... End Summary. GEORGIA 8. (C) According"):
# found from its parenthesis, kept only if the marking is one. ("1) (C)" numbers
# questions and answers inside a paragraph.)
_INLINE = re.compile(
    r"(?P<pilcrow>)(?P<number>\d{1,2})[ \t]*\.[ \t]*\((?P<marking>[A-Za-z/ ][A-Za-z/ ,-]{0,39})\)[ \t]*"
)
_STOP_PARENTHESIS = re.compile(r"\.[ \t]*\(")  # where to try _INLINE: its full stop (a literal first: a fast scan)
_NUMBER_AGAIN = re.compile(r"\s*¶?[ \t]*(\d{1,3})[ \t]*\.")
# Also with a release list (S//REL TO USA, FVEY; C/Releasable to Italy) or NF after a blank or hyphen (C NF, S-NF).
_MARKING = re.compile(
    r"(?:U|SBU|C|S|TS|FOUO|UNCLASSIFIED|CONFIDENTIAL|SECRET|NF)"
    r"(?:[ \t]*(?:/{1,2}|-)[ \t]*(?:REL(?:EASABLE)?\b[^()]*|[A-Z]+)|[ \t]+NF)*",
    re.IGNORECASE,
)
_RULE = re.compile(r"[-_=*]{3,}[-_=* ]*")
# "Who's In Charge? -------" (a copy joined the lines; no sentence: "¶10. END SUMMARY UNSCR 1803 -----")
_SENTENCE_BREAK = re.compile(r"[.?!] ")
_SENTENCE_ENDS = (". ", "? ", '." ', ".) ", '?" ')
_TITLED_RULE = re.compile(r"(?:(?!\. )[^\n]){1,60}?[ \t][-_=*]{3,}[-_=* ]*")
_HEADING_MAX = 60  # longest line of a heading block
_MAX_HEADING_LINES = 4
_MAX_HEADING_BLOCK = _MAX_HEADING_LINES * (_HEADING_MAX + 1)
_MAX_SKIP = 2  # a strongly marked paragraph may skip numbers (1, 2, 4)
# A paragraph without number: a marking opens its line (the lookahead after
# the newline rejects most lines at once).
_MARKED_LINE = re.compile(r"\n(?=[ \t(])[ \t]*\((?P<marking>[A-Za-z/ ][A-Za-z/ ,-]{0,39})\)[ \t]*")
# What follows such a parenthesis in the head: a Classified By line, the rest
# of its reasons ("1.4 (b),\n(c), and (d)", "1.4(b)\n(c)and(d)"), nothing.
_HEAD_AFTER_MARKING = re.compile(r"(?i:classified by|subj(?:ect)?[ \t]*:|refs?[ \t]*:)|(?:and|or)\b|[,(&\n]|\Z")
_LIST_ITEM_SPAN = 400  # how far before a (C) the (B) of its list is looked for


def _candidates(src: str) -> tuple[str, list[re.Match]]:
    """(src without classification-only lines, every place in it that looks
    like a paragraph start, in text order)."""
    starts = list(_LINE_START.finditer(src))
    hints = [m.start() + 1 for m in starts if m.lastindex is None]  # (a hint holds no group)
    if hints:
        if any(is_class_line(src, start) for start in hints):  # rare: scan the text without them
            src = strip_class_lines(src)
            starts = list(_LINE_START.finditer(src))
        starts = [m for m in starts if m.lastindex is not None]
    if "¶" in src:
        # pilcrows inside lines too; one at a line start is _LINE_START's (which
        # matches there exactly when _PILCROW would). Most pilcrows follow a
        # newline: finding each by str.find beats a regex scan.
        inline = []
        i = src.find("¶")
        while i >= 0:
            if src[i - 1] != "\n" and not _at_line_start(src, i) and (m := _PILCROW.match(src, i)):
                inline.append(m)
            i = src.find("¶", i + 1)
        if inline:
            starts += inline
            starts.sort(key=lambda m: m.start("number"))
    if inline := _inline_marked(src):
        starts += inline
        starts.sort(key=lambda m: m.start("number"))
    return src, starts


def _inline_marked(src: str) -> list[re.Match]:
    """The numbers with a marking inside lines (_INLINE) that no line-start or
    pilcrow candidate covers."""
    return [m for stop in _STOP_PARENTHESIS.finditer(src)
            if stop.start() > 1 and (m := _inline_at(src, stop.start()))]


def _inline_at(src: str, separator: int) -> re.Match | None:
    """The _INLINE match whose number ends before the separator (its full
    stop), if it stands after a blank, has a marking and is not repeated at
    once ("REASON: 1.4(D) 1. (C) \n\n¶1. (C) During ...")."""
    k = separator
    while k > 0 and src[k - 1] in " \t":
        k -= 1
    digits = k
    while digits > 0 and k - digits < 3 and src[digits - 1].isdigit():
        digits -= 1
    if not 0 < k - digits <= 2 or src[digits - 1] not in " \t" or _after_letter(src, digits - 1):
        return None
    if _at_line_start(src, digits):
        return None  # a line start: _LINE_START's
    m = _INLINE.match(src, digits)
    if m is None or _marking(m["marking"]) is None:
        return None
    again = _NUMBER_AGAIN.match(src, m.end())
    return None if again and again[1] == m["number"] else m


def _after_letter(src: str, blank: int) -> bool:
    """Whether a lone letter stands before the blanks ending at blank: the
    number is an item of a lettered list ("A 5. (s/nf) yar'adua aware")."""
    j = blank
    while j >= 0 and src[j] in " \t":
        j -= 1
    return j >= 0 and src[j].isalpha() and (j == 0 or not src[j - 1].isalnum())


def _at_line_start(src: str, i: int) -> bool:
    """Whether only blanks stand between the last newline (or the start) and src[i]."""
    j = i - 1
    while j >= 0 and src[j] in " \t":
        j -= 1
    return j < 0 or src[j] == "\n"


_MARKING_CACHE: dict[str, str | None] = {}  # marking as written -> as reported, None if no marking


def _marking(written: str) -> str | None:
    """The marking as reported (S//NF), or None when the parenthesized text is none."""
    try:
        return _MARKING_CACHE[written]
    except KeyError:
        marking = _reported(written.strip().upper()) if _MARKING.fullmatch(written.strip()) else None
        if len(_MARKING_CACHE) < 4096:
            _MARKING_CACHE[written] = marking
        return marking


def _reported(marking: str) -> str:
    """S / NF -> S/NF, C NF -> C/NF; a release list keeps its words apart (S//REL TO USA, FVEY)."""
    marking = marking.replace(" NF", "/NF")
    if "REL" in marking:
        return " ".join(marking.replace(" /", "/").replace("/ ", "/").split())
    return marking.replace(" ", "")


def _accepted(starts: list[re.Match]) -> list[tuple[re.Match, int, str | None, str | None]]:
    """The candidate starts that continue the numbering: (match, number,
    marking as reported, parenthesized text as written). Without a start
    near 1, the numbering starts at the first marked paragraph: a later part
    of a cable sent in parts (¶38. (SBU) ...), a text whose first page is lost."""
    groups = [m.groups() for m in starts]  # (pilcrow, number, marking) in both patterns
    pilcrow_mode = any(g[0] for g in groups)
    accepted = _continuing(starts, groups, pilcrow_mode, 0)
    if accepted or not starts:
        return accepted
    for i, (pilcrow, number, written) in enumerate(groups):
        if (pilcrow or not pilcrow_mode) and written is not None and _marking(written) is not None:
            return _continuing(starts[i:], groups[i:], pilcrow_mode, int(number) - 1)
    return []


def _continuing(starts: list[re.Match], groups: list[tuple], pilcrow_mode: bool, last: int) -> list[tuple]:
    """The starts that continue the numbering after the number last (see _accepted)."""
    accepted = []
    for m, (pilcrow, number, written) in zip(starts, groups):
        number = int(number)
        marking = None if written is None else _marking(written)
        strong = bool(pilcrow) or marking is not None
        if number == last + 1:
            ok = strong or not pilcrow_mode or _glued(m)
        else:
            ok = strong and last < number <= last + 1 + _MAX_SKIP
        if ok:
            accepted.append((m, number, marking, written))
            last = number
    return accepted


def _marked_lines(src: str) -> list[tuple[re.Match, None, str, str]]:
    """The paragraphs of a text that numbers none, each opened by its marking
    at a line start, as _accepted gives them (number None). The head's lines
    that start with a parenthesis are none: a Classified By line, the rest of
    its reasons, the third item of a lettered REF list."""
    accepted = []
    for m in _MARKED_LINE.finditer(src):
        marking = _marking(m["marking"])
        if marking and not _HEAD_AFTER_MARKING.match(src, m.end()) and not _list_item(src, m.start(), marking):
            accepted.append((m, None, marking, m["marking"]))
    return accepted


def _list_item(src: str, start: int, marking: str) -> bool:
    """Whether the (C), (S) or (U) opening the line at start is an item of a
    lettered list: a line before it opens with (B), (R) or (T) (REF: (A) ...
    (B) USUN 1593\n(C) State 152009, 04BRASILIA2129)."""
    if len(marking) != 1:
        return False
    window = max(0, start - _LIST_ITEM_SPAN)
    letter = chr(ord(marking) - 1)
    for item in (f"({letter})", f"({letter.lower()})"):
        i = src.rfind(item, window, start)
        while i >= 0 and not _at_line_start(src, i):
            i = src.rfind(item, window, i)
        if i >= 0:
            return True
    return False


def _glued(m: re.Match) -> bool:
    """Whether the text follows the number's full stop without a blank
    ("1.KEY POINTS", "2.The"): the pages gave such numbers no pilcrow."""
    return m.string[m.end() - 1] == "." and m.string[m.end() : m.end() + 1].isupper()


def _is_heading_block(block: str) -> bool:
    """Dash rules and the lines they frame, or short lines without small
    letters (LIBYA-FRANCE MEMORANDUM, a signer RANDT, NNNN)."""
    ruled = "-" in block or "_" in block or "=" in block or "*" in block  # else no line is a rule
    framed = False
    lines = []
    for line in block.split("\n"):
        line = line.strip()
        if not line:
            continue
        if ruled and line[-1] in "-_=*" and (_RULE.fullmatch(line) or _TITLED_RULE.fullmatch(line)):
            framed = True
        elif len(line) > _HEADING_MAX:
            return False
        else:
            lines.append(line)
    if framed:
        return True
    for line in lines:
        if line.endswith((".", ":", ")")) or line.startswith(("-", "(", "END")) or _has_lower(line):
            return False
    return True


def _has_lower(line: str) -> bool:
    if line.isupper():  # all cased characters are capitals
        return False
    return line.islower() or any(c.islower() for c in line)


def _rstrip_end(text: str, start: int, end: int) -> int:
    """End of text[start:end].rstrip(), without copying."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _content_end(text: str, start: int, end: int, cut: int) -> int:
    """End of the paragraph text[start:end] (end after its last non-blank
    character, cut at its last blank line) without the heading or closing
    blocks after its last blank line (indexes, no copies)."""
    while cut > start:
        block_start = cut + 2
        if end - block_start > _MAX_HEADING_BLOCK or text.count("\n", block_start, end) >= _MAX_HEADING_LINES:
            break
        if not _is_heading_block(text[block_start:end]):
            break
        end = _rstrip_end(text, start, cut)
        # a block longer than the longest heading stops the loop: look no further back
        cut = text.rfind("\n\n", max(start, end - _MAX_HEADING_BLOCK - 8), end)
    return end


def _before_framed_heading(text: str, start: int, end: int) -> int:
    """End of text[start:end] without a heading framed by rules that follows
    its last line with no blank line between (... cooperate\n----\nSYRIA THE
    ODD MAN OUT\n----), else end."""
    pos = end
    for lines in range(1, _MAX_HEADING_LINES + 3):
        line_start = text.rfind("\n", start, pos) + 1
        line = text[line_start:pos].strip()
        if line_start <= start or not line or len(line) > _HEADING_MAX:
            return end
        if lines == 1 and not _RULE.fullmatch(line):
            return end  # the bottom rule
        if lines >= 3 and _RULE.fullmatch(line):
            return _rstrip_end(text, start, line_start)
        pos = line_start - 1
    return end


def _last_sentence_end(body: str, start: int, end: int) -> int:
    """The end of the last sentence in body[start:end] (after its . ? ." or .)),
    not of an abbreviation (U.S. EXPERIENCE); -1 if none."""
    found = -1
    for mark in _SENTENCE_ENDS:
        i = body.rfind(mark, start, end)
        while i >= 0 and mark[0] == "." and body[i - 2 : i - 1] == ".":
            i = body.rfind(mark, start, i)
        if i >= 0:
            found = max(found, i + len(mark) - 1)
    return found


def _without_joined_heading(body: str) -> str:
    """A paragraph's text without the heading that a copy joined to its last
    sentence (... mischief. Meetings with King and Foreign Minister -------;
    ... the arrest. ------- Rumors of a Political Motive -------)."""
    title_end = len(body.rstrip("-= "))
    window = max(0, title_end - _HEADING_MAX - 2)
    top = max(body.rfind("---", window, title_end), body.rfind("===", window, title_end))
    if top >= 0:
        cut = top
        while cut and body[cut - 1] in "-= ":
            cut -= 1
    else:
        cut = _last_sentence_end(body, window, title_end)
        if cut < 0:
            return body
    title = body[cut:title_end].strip(" -=")
    text = body[:cut].rstrip()
    if not title or not text or _SENTENCE_BREAK.search(title) or _is_figures(title):
        return body
    return text


def _is_figures(line: str) -> bool:
    """Whether the line holds more digits than letters: a table row (Q107 Q207 ... GDP 0.8 0.9), no heading."""
    return sum(c.isdigit() for c in line) > sum(c.isalpha() for c in line)


def parse_paragraphs(text: str, subject: str | None = None) -> list[dict]:
    """Paragraphs of a cable text: dicts of number (None where the text numbers
    none), marking, text."""
    if not text:
        return []
    text, starts = _candidates(scan_text(text, subject))
    accepted = _accepted(starts) or (_marked_lines(text) if "(" in text else [])
    if not accepted:
        return []
    # When spaces and newlines are the only white space, joining the lines is
    # replacing the newlines (once for the whole text: same offsets) and
    # collapsing runs of spaces; else the general " ".join(split()).
    flat = text.replace("\n", " ") if plain_spaces(text) else None
    paragraphs = []
    ends = [a[0].start() for a in accepted[1:]] + [len(text)]
    for (m, number, marking, written), end in zip(accepted, ends):
        start = m.end()
        end = _rstrip_end(text, start, end)
        cut = text.rfind("\n\n", max(start, end - _MAX_HEADING_BLOCK - 8), end)
        if cut > start:
            end = _content_end(text, start, end, cut)  # maybe a heading block at the end
        if text[end - 1] in "-_=*":
            end = _before_framed_heading(text, start, end)
        if marking is None and written is not None:
            body = single_spaced(f"({written}) {text[start:end]}")  # not a marking: part of the text
        elif flat is not None:
            body = collapse_spaces(flat[start:end])
        else:
            body = " ".join(text[start:end].split())
        if body.endswith(("---", "===")):
            body = _without_joined_heading(body)
        paragraphs.append({"number": number, "marking": marking, "text": body})
    return paragraphs
