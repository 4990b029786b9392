"""The SUBJECT block: the full subject, its wrapped lines joined.

``SUBJECT: U.S. COORDINATOR FOR ... AT \\nSED?`` ends at a blank line, a
paragraph start, a REF or Classified By line, a summary or a dash rule; also
seen: ``SUBJ:``, ``Subject:``, ``SUBJECT`` without colon (newspaper copies),
a REF or Classified By on the same line, page headers inside the subject
(``PAGE 02 HARARE 06677 01 OF 03 291400Z OPPOSITION LEADER``), and a
paragraph marking before or after it.

A cable forwarded by e-mail without a SUBJECT line has its subject in the
e-mail's header, before the routing header (find_mail_subject).
"""

import re

from etl.parse.pages import strip_page_headers

# (hint, label): capital labels first, as an e-mail "Subject:" header may
# precede the real one; the regex search starts near the hint, scanning for
# line starts over the whole head is slow.
_LABELS = (
    ("SUBJ", re.compile(r"(?m)^[ \t]*SUBJ(?:ECT)?[ \t]*[:.]?[ \t]*|(?<![A-Za-z])SUBJECT[ \t]*:[ \t]*")),
    ("Subj", re.compile(r"(?m)^[ \t]*Subj(?:ect)?[ \t]*:[ \t]*")),
    ("UBJECT:", re.compile(r"(?m)^[ \t]*UBJECT:[ \t]*")),  # lost its first letter (08MANAMA117)
)
_WINDOW = 1200
_MAX_LINES = 8
# A line that starts what comes after the subject.
_STOP_LINE = re.compile(
    r"[ \t]*(?:¶|\d{1,2}[ \t]*\.[ \t(]|REF|Ref|REFTEL|Classified|CLASSIFIED|[-_=]{3}|SUMMARY|Summary"
    r"|E\.O\.|TAGS|\([A-Za-z/]{1,8}\)[ \t]+[A-Z]|PASS |(?:[A-Z]\.|[A-Z]\))[ \t]+[A-Z]+ \d"
    r"|(?:UNCLAS|CONFIDENTIAL|SECRET)[ \t]+[A-Z][A-Z0-9 .'-]*[ \t]0\d{5}"  # the text again (07MANAMA995)
    r"|SENSITIVE BUT|Sensitive but)"
)
# Text on a subject line that starts something else: a REF or Classified By
# (also glued on: VISIT TO CAIROClassified By:, BAHRAINREF: MANAMA 510), a
# paragraph (1.(SBU) ..., (U) On February 8 ...), a handling notice
# (Sensitive but Unclassified. Please handle accordingly.), a dash rule (with
# the summary heading it underlines: Mendoza  Summary --------), a
# CLASSIFIED whose BY: the page moved to a later line, csv debris (,,"").
_STOP_INLINE = re.compile(
    r"[ \t]+(?:REF(?:S|TEL)?[ \t]*:|Ref:|¶\d|1\.[ \t]*\([A-Z]{1,3}\)|\((?:U|SBU|C|S)\)[ \t]+[A-Z]"
    r"|(?:ENTIRE TEXT )?SENS(?:I)?TIVE BUT UNCLASSIFIED|Sensitive but [Uu]nclassified|(?:SUMMARY[ \t]+|Summary[ \t]+)?-{4,})"
    r"|[ \t]*(?:Classified [Bb]y|CLASSIFIED(?: BY|[ \t]*$))|(?<=[A-Z0-9])REF:"
)
# one of these is in every match: the regex runs only on lines holding one
_STOP_INLINE_WORDS = ("REF", "Ref:", "Classified", "CLASSIFIED", "¶", "1.", "(U)", "(SBU)", "(C)", "(S)",
                      "SENS", "Sensitive", "----")
# A subject the page cut short ("RUSSIAN SCIEN...") ends there: what follows,
# on its line or the next, is the cable's classification line.
_CUT_SHORT = re.compile(r"\.\.\.(?=[ \t]*(?:\Z|C O N F|S E C R|U N C L|UNCLAS|CONFIDENTIAL|SECRET|\d\d:\d\d))")
_REPEATED_LABEL = re.compile(r"(?:SUBJ(?:ECT)?[ \t]*:[ \t]*)+")  # SUBJECT: SUBJECT: AFGHANISTAN: ...
_CSV_DEBRIS = re.compile(r'[ \t]*,,"[" ]*')  # quotes of a cables.csv export left in some copies
# A label alone on its line, blank lines after it: the subject follows them (09CAIRO1802).
_BLANK_LINES = re.compile(r"[ \t]*\n(?:[ \t]*\n)+")
# Blocks after TAGS that are no unlabeled subject (also: the rest of a cut
# "CLASSIFIED BY:" line, a paragraph's text going on in small letters).
# A sentence after a subject in capitals ends it: "This is an Action request." (09STOCKHOLM569)
_SENTENCE = re.compile(r"[ \t]*[A-Z][a-z]+ [a-z]")
_NOT_A_SUBJECT = re.compile(r"(?:SENSITIVE BUT|[A-Z]+ FOR |PASS |SIPDIS|NOFORN|Captions|BY:|[a-z])")
# A cable forwarded by e-mail (09TRIPOLI63) may have no SUBJECT line: the
# subject is then in the e-mail's header, before the routing header, between
# the cable's station, serial, precedence, classification, date and the
# message number: "Subject: TRIPOLI 00000063 P CO 28-JAN-09 RISKY BUSINESS?
# AMERICAN\nCONSTRUCTION FIRM ENTERS JOINT VENTURE WITH GOL [8466936]".
_MAIL_SUBJECT = re.compile(
    r"(?m)^Subject:[ \t]*[A-Z][A-Z .'-]*?[ \t]+0\d{7}[ \t]+[ZOPR][ \t]+[A-Z]{2}[ \t]+\d\d-[A-Z]{3}-\d\d[ \t]+"
    r"(?P<subject>.+(?:\n.+)*?)\s*\[\d+\][ \t]*$"
)
_LEADING_MARKING = re.compile(r"\A\(\s*[A-Za-z/]{1,8}(?:[ /]REL[A-Z ,]*)?\s*\)\s*")  # (C), (S/REL UK)
_TRAILING_MARKING = re.compile(r"\s*\(\s*(?:U|C|S|SBU|TS|S//NF|C//NF|S/NF|C/NF|SBU/NF)\s*\)\Z", re.IGNORECASE)


def _subject_lines(window: str) -> str | None:
    """The subject at the start of window: its lines up to the end of the block."""
    lines = []
    for i, line in enumerate(window.split("\n", _MAX_LINES)[:_MAX_LINES]):
        if i and (not line.strip(" \t\\") or _STOP_LINE.match(line)):
            break
        if i and _SENTENCE.match(line) and "".join(lines).isupper():
            break
        if ',,"' in line:
            line = _CSV_DEBRIS.sub(" ", line)
        stop = _STOP_INLINE.search(line) if any(map(line.__contains__, _STOP_INLINE_WORDS)) else None
        if stop:
            lines.append(line[:stop.start()])
            break
        if "." in line and "..." in line and (cut := _CUT_SHORT.search(line)):
            lines.append(line[:cut.end()])
            break
        lines.append(line.rstrip("\\"))
    subject = " ".join(" ".join(lines).split())
    if subject.startswith("SUBJ"):
        subject = _REPEATED_LABEL.sub("", subject, count=1)
    if (again := subject.find(" SUBJECT: ")) > 0:  # the subject written twice (10LONDON65)
        subject = subject[:again]
    subject = _LEADING_MARKING.sub("", subject)
    if subject.endswith(")"):  # (the regex, tried at every blank, is slow)
        subject = _TRAILING_MARKING.sub("", subject)
    return subject or None


def find_subject(head: str, tags_end: int | None = None) -> tuple[str | None, int]:
    """(subject of the SUBJECT block in the head of a cable text, offset of its
    label), or (None, -1).

    Some cables have no label: the WikiLeaks page then had no title either,
    and the subject is the block right after the TAGS line (ending at
    tags_end), unless that block starts something else (REF, a paragraph).
    """
    for hint, label in _LABELS:
        i = head.find(hint)
        if i >= 0 and (m := label.search(head, max(0, i - 20))):
            window = strip_page_headers(head[m.end():m.end() + _WINDOW])
            if blank := _BLANK_LINES.match(window):
                after = window[blank.end():]
                if after and not _STOP_LINE.match(after) and not _NOT_A_SUBJECT.match(after):
                    window = after
            return _subject_lines(window), m.start()
    if tags_end is None:
        return None, -1
    window = strip_page_headers(head[tags_end:tags_end + _WINDOW]).lstrip(" \t\n")
    if not window or _STOP_LINE.match(window) or _NOT_A_SUBJECT.match(window):
        return None, -1
    return _subject_lines(window), tags_end


def find_mail_subject(routing_text: str) -> str | None:
    """The subject in the header of an e-mail that forwarded the cable, in
    the text before the cable's routing header; None if there is none."""
    if "Subject:" not in routing_text:
        return None
    m = _MAIL_SUBJECT.search(routing_text)
    return " ".join(m.group("subject").split()) if m else None
