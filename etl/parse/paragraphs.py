"""Numbered paragraphs and their classification markings.

``¶1. (U) text``, ``1. (C) text``, ``5.(S//NF) text``: the number as written,
the marking without parentheses, the text with page headers removed and its
lines joined with single spaces. Only numbered paragraphs are returned;
sub-paragraphs (A., B., -- bullets) stay inside their paragraph, headings
between paragraphs (``----\\nMeeting Participants\\n----``) and the signer
after the last one belong to no paragraph.

The WikiLeaks pages wrote paragraph numbers as ``¶1.``; a line such as
``¶1944. President...`` or a list ``1. ... 2. ...`` inside a paragraph also
looks like one, so numbers must follow each other.
"""

import re

from etl.parse.pages import strip_page_headers

# Paragraph starts at a line start (searched in "\n" + text, a literal first
# character is much faster than ^) or after a pilcrow inside a line.
_AFTER_NUMBER = r"[ \t]*\.(?=[ \t(\n]|\Z)[ \t]*(?:\((?P<marking>[A-Za-z/ ]{1,16})\)[ \t]*)?"
_LINE_START = re.compile(r"\n[ \t]*(?P<pilcrow>¶?)[ \t]*(?P<number>\d{1,3})" + _AFTER_NUMBER)
_PILCROW = re.compile(r"(?P<pilcrow>¶)[ \t]*(?P<number>\d{1,3})" + _AFTER_NUMBER)
_MARKING = re.compile(
    r"(?:U|SBU|C|S|TS|FOUO|UNCLASSIFIED|CONFIDENTIAL|SECRET|NF)(?:[ \t]*/{1,2}[ \t]*[A-Z]+)*",
    re.IGNORECASE,
)
_RULE = re.compile(r"[-_=*]{3,}[-_=* ]*")
# White space other than space and newline: when the text has none, lines
# are joined by replacing newlines, much faster than splitting into words.
_OTHER_SPACE = ("\t", "\xa0", "\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85",
                "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2007",
                "\u2008", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000")
_SPACES = re.compile(r"  +")
_HEADING_MAX = 60  # longest line of a heading block
_MAX_HEADING_LINES = 4
_MAX_SKIP = 2  # a strongly marked paragraph may skip numbers (1, 2, 4)


def _candidates(src: str) -> list[re.Match]:
    """Every place that looks like a paragraph start, in text order."""
    starts = list(_LINE_START.finditer(src))
    if "¶" in src:
        at_line_start = {m.start("number") for m in starts}
        starts += [m for m in _PILCROW.finditer(src) if m.start("number") not in at_line_start]
        starts.sort(key=lambda m: m.start("number"))
    return starts


def _accepted(starts: list[re.Match]) -> list[tuple[re.Match, str | None]]:
    """The candidate starts that continue the numbering, with their marking."""
    pilcrow_mode = any(m.group("pilcrow") for m in starts)
    accepted = []
    last = 0
    for m in starts:
        number = int(m.group("number"))
        marking = m.group("marking")
        if marking is not None and not _MARKING.fullmatch(marking.strip()):
            marking = None
        strong = bool(m.group("pilcrow")) or marking is not None
        if number == last + 1:
            ok = strong or not pilcrow_mode
        else:
            ok = strong and last < number <= last + 1 + _MAX_SKIP
        if ok:
            accepted.append((m, marking))
            last = number
    return accepted


def _is_heading_block(block: str) -> bool:
    """Dash rules and the lines they frame, or short lines without small
    letters (LIBYA-FRANCE MEMORANDUM, a signer RANDT, NNNN)."""
    lines = [line.strip() for line in block.split("\n")]
    framed = any(_RULE.fullmatch(line) for line in lines)
    return all(
        not line or _RULE.fullmatch(line) or (
            len(line) <= _HEADING_MAX and (framed or (
                not any(c.islower() for c in line)
                and not line.endswith((".", ":", ")"))
                and not line.startswith(("-", "(", "END"))
            )))
        for line in lines
    )


def _drop_trailing_headings(text: str) -> str:
    """The paragraph text without the heading or closing blocks after its last
    blank line."""
    text = text.rstrip()
    while (cut := text.rfind("\n\n")) > 0:
        block = text[cut + 2:]
        # cheap rejections first: this runs on every paragraph
        if len(block) > _MAX_HEADING_LINES * (_HEADING_MAX + 1) or block.count("\n") >= _MAX_HEADING_LINES:
            break
        if not _is_heading_block(block):
            break
        text = text[:cut].rstrip()
    return text


def _join_lines(text: str) -> str:
    """The same as " ".join(text.split()) for a text whose only white space is
    spaces and newlines."""
    text = text.replace("\n", " ")
    if "  " in text:
        text = _SPACES.sub(" ", text)
    return text.strip(" ")


def parse_paragraphs(text: str, subject: str | None = None) -> list[dict]:
    """Numbered paragraphs of a cable text: dicts of number, marking, text."""
    if not text:
        return []
    text = "\n" + strip_page_headers(text, subject)
    accepted = _accepted(_candidates(text))
    if not accepted:
        return []
    plain = not any(c in text for c in _OTHER_SPACE)
    paragraphs = []
    for i, (m, marking) in enumerate(accepted):
        end = accepted[i + 1][0].start() if i + 1 < len(accepted) else len(text)
        body = _drop_trailing_headings(text[m.end():end])
        if marking is None and m.group("marking") is not None:
            body = f"({m.group('marking')}) {body}"  # not a marking: part of the text
        paragraphs.append({
            "number": int(m.group("number")),
            "marking": marking.upper().replace(" ", "") if marking else None,
            "text": _join_lines(body) if plain else " ".join(body.split()),
        })
    return paragraphs
