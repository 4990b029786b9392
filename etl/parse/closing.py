"""Signers of a cable: the surname(s) on its closing lines.

A cable ends with the signer's surname, on a line of its own or glued to the
last sentence, maybe followed by transmission trailers:

    ... End comment. CRETZ
    VAN VOORST
    Scobey
    RICE \\
    NNNN
    =======================CABLE ENDS============================

A cable quoting another one ends with both signers (``CIANCHETTE`` /
``UNQUOTE`` / ``RICE``), and a few closing lines join names with a slash.
Only the last ~700 characters are read.
"""

from __future__ import annotations

import re
from functools import lru_cache

_TAIL = 700

# Closing lines that are no signer: trailers, markings, page headers, junk.
_TRAILER = re.compile(
    r"""(?ix)
      [\W\d_]*                                      # blank, quotes, backslashes, ====, page numbers
    | x{4,}                                          # a redacted line
    | n{3,4} | (?:end[ ]|\()?(?:of[ ])?(?:cable[ ])?text\)? | end[ ]cable[ ]text | =*[ ]?cable[ ]ends[ ]?=*
    | (?:sensitive[ ]but[ ])?unclassified\b.{0,25} | (?:confidential|secret)\b.{0,25} | limited[ ]official[ ]use
    | c[ ]o[ ]n[ ]f.* | s[ ]e[ ]c[ ]r.* | u[ ]n[ ]c[ ]l.* | sensitive | sipdis | noforn
    | declassified.* | systematic[ ]review.* | .*@@@.* | 0[ ]\d{1,2}/\d{1,2}/\d{4}\b.*
    | page[ ]\d+[ ].* | \S+[ ]0{2,}\d+[ ]+\d{3}(?:\.\d)?[ ]of[ ]\d{3}
    | \.\.\. | bt | \#\d+ | .*from[ ]db/inbox.* | \*+[ ]missing[ ]section.* | select[ ].*[ ]from[ ].*
    """
)
# A line ending in a web address, maybe wrapped ("Visit Ankara's Classified Web
# Site at http://www.intelink.s" / "gov.gov/wiki/Portal:Turkey"): a trailer too.
_WEB_ADDRESS_END = re.compile(r"(?:https?://|www\.|\.gov/)\S*(?:[ ]cfm)?\Z")  # (".../index. cfm")
_QUOTE_END = re.compile(r"(?i)(?:end[ ]?)?unquote|end[ ]quote")
# Pieces to take off a closing line: HTML, a database stamp and what follows it
# ("MILAM 0 01/10/2008 ..." or "BURNS 2006-03-31", "SOBEL 2008-01-08"), trailers.
_STAMP = re.compile(r"[ ]0[ ]\d{1,2}/\d{1,2}/\d{4}\b")
_LINE_JUNK = (
    ("<", re.compile(r"<[^>]*>")),
    ("-", re.compile(r"[\t ]\d{4}-\d\d-\d\d\b.*")),
    ("NNNN", re.compile(r"[ ]+NNNN\b.*")),
    ("End Cable", re.compile(r"[ ]+End Cable Text\b.*")),
)
_SPACED_DOTS = re.compile(r"[ ,]+\.+\Z")  # "EASON .", "CHACON ...", "Susman , ...": no sentence end
_LINE_SPAN = 150  # a closing line is short: only its end matters

_PARTICLE = r"(?:[Vv]an|[Vv]on|[Dd]e|[Dd]el|[Dd]er|[Dd]a|[Dd]i|[Ll]a|[Ll]e|[Ss]t\.?)"
_UPPER = r"(?:MC|MAC|Mc|Mac|O'|D')?[A-Z][A-Z'-]*[A-Z]"  # McGEE
_CAP = r"(?:Mc|Mac|O'|D'|De|Le|La)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_SUFFIX = r"(?:JR|Jr|jr|SR|Sr|II|III|IV)\.?"
# A surname: one or two words in capitals or in title case, with particles and suffixes.
_NAME = rf"(?:{_PARTICLE}[ ]+){{0,2}}(?:{_UPPER}(?:[ ]+{_UPPER})?|{_CAP}(?:[ ]+{_CAP})?)(?:,?[ ]+{_SUFFIX})?"
_NAME_LINE = re.compile(rf"(?P<names>{_NAME}(?:[ ]*/[ ]*{_NAME})*)")
# A name glued to the end of the last sentence: its last word(s), checked whole.
_UPPER_NAME = re.compile(rf"(?:{_PARTICLE}[ ]+)?{_UPPER}(?:[ ]+{_UPPER})?")
_CAP_NAME = re.compile(rf"(?:{_PARTICLE}[ ]+)?{_CAP}")
_GLUE = re.compile(r"(.*?(?:[.!?:;)\]\"'”*]|X{4,}))?([A-Za-z][A-Za-z'-]*)")  # "12.SCOBEY", "XXXXTUTTLE"
_SENTENCE_END = tuple(".!?:;)]\"'”*") + ("XXXX",)
# Words after which a name in capitals closes the cable: MINIMIZE CONSIDERED, END COMMENT, UNQUOTE
_CLOSING_WORDS = frozenset({"CONSIDERED", "COMMENT", "NOTE", "TEXT", "QUOTE", "UNQUOTE"})
_PAGE_HEADER_END = re.compile(r"\d{3}(?:\.\d)?[ ]+OF[ ]+\d{3}[ ]*\Z")
_WEB_SITE = re.compile(r"(?i)classified[ ]web[ ]?site\b[^.]*(?:\.[^ ][^.]*)*\Z")  # its address has no full stop + space
_REDACTION = re.compile(r"^X{4,}[ ]*")  # "XXXXXXXXXXXX TUTTLE"
_REDACTED = re.compile(r"X{3,}")
_SUFFIX_WORD = re.compile(_SUFFIX)
# Closing words that are no name.
_NOT_NAMES = frozenset(
    """END COMMENT COMMENTS TEXT NOTE SUMMARY ACTION REQUEST BIO POINTS QUOTE UNQUOTE MINIMIZE
    CONSIDERED THANKS REGARDS APPENDIX SOURCING SIPDIS NOFORN EXDIS NODIS SENSITIVE UNCLASSIFIED
    CONFIDENTIAL SECRET CLASSIFIED DECLASSIFIED RELEASED PRIORITY IMMEDIATE ROUTINE COLLECTIVE
    WASHDC WASHINGTON STATE DEPT DEPARTMENT EMBASSY POST AMEMBASSY AMCONSUL USMISSION INFO TAGS
    SUBJECT REF REFS PARA PARAGRAPH PLEASE ADVISE CABLE MESSAGE CLEARED APPROVED DRAFTED NONE
    PAGE TBD NA SBU FOUO OK YES NO THE AND OF TO IN FOR ON AT BY WITH FROM NNNN NNN""".split()
)


def parse_signers(text: str) -> list[str]:
    """Surnames of the signer(s) as written (RANDT, VAN VOORST, Scobey), in order.

    Empty when the cable does not end with a name (partial or cut-off texts).
    """
    lines = text[-_TAIL:].split("\n")
    i, line = _closing_line(lines, len(lines))
    if i < 0:
        return []
    if line.islower() or line.endswith("..."):
        j = _previous_line(lines, i)
        previous = _clean(lines[j]) if j >= 0 else ""
        if line.islower() and previous.lower() == line:
            i, line = j, previous  # the name again in lower case: "Huntsman / huntsman"
        elif line.isalpha() and line.islower() and j >= 0 and not _closing_text(lines[j]):
            return _checked([line])  # a name in lower case after the web site's address: "*** / jones"
        elif line.endswith("...") and _NAME_LINE.fullmatch(previous) and _ends_sentence(lines, j):
            # a fragment cut short after the signer's line (not after a subject's first line):
            # "TRIVELLI / (blank) / DANIEL ORTEGA AN..."
            i, line = j, previous
    signers = _names(lines, i, line)
    if not signers:
        return []
    # a quoted cable signed before the quote ends: "CIANCHETTE / UNQUOTE / RICE"
    j = _previous_line(lines, i)
    if j >= 0 and len(lines[j]) < 20 and _QUOTE_END.fullmatch(_clean(lines[j])):
        k = _previous_line(lines, j)
        quoted = _names(lines, k, _clean(lines[k])) if k >= 0 else []
        signers = quoted + [s for s in signers if s not in quoted]
    return signers


def _clean(line: str) -> str:
    stamp = line.find(" 0 ")
    while stamp >= 0:
        if _STAMP.match(line, stamp):
            line = line[:stamp]
            break
        stamp = line.find(" 0 ", stamp + 1)
    line = line[-_LINE_SPAN:]
    for trigger, junk in _LINE_JUNK:
        if trigger in line:
            line = junk.sub("", line)
    # (escapes of an export: a backslash at line ends, a backslash and v after the last name)
    line = " ".join(line.split()).removesuffix("\\v").strip("\\\"', ")
    return _SPACED_DOTS.sub("", line) if line.endswith(".") else line


def _closing_line(lines: list[str], end: int) -> tuple[int, str]:
    """(index, cleaned text) of the last line before end that is not a trailer; (-1, "")."""
    for i in range(end - 1, -1, -1):
        if lines[i] and not lines[i].isspace():
            line = _closing_text(lines[i])
            if line:
                return i, line
    return -1, ""


@lru_cache(maxsize=4096)  # (trailers and the names of each post's staff recur)
def _closing_text(line: str) -> str:
    """The cleaned text of a closing line, "" for a trailer."""
    line = _clean(line)
    return "" if _TRAILER.fullmatch(line) or ("/" in line and _WEB_ADDRESS_END.search(line)) else line


def _previous_line(lines: list[str], end: int) -> int:
    """Index of the last non-blank line before end, or -1."""
    for i in range(end - 1, -1, -1):
        if lines[i] and not lines[i].isspace():
            return i
    return -1


def _names(lines: list[str], i: int, line: str) -> list[str]:
    """Names on closing line i (cleaned: line): the whole line, or the end of its last sentence."""
    return list(_line_names(line, line.endswith(".") and _ends_sentence(lines, i)))


@lru_cache(maxsize=4096)  # (closing lines recur, with the names of each post's staff)
def _line_names(line: str, after_sentence: bool) -> tuple[str, ...]:
    """_names of a closing line; ``after_sentence``: it ends with a full stop
    and follows a blank or a finished line."""
    if line.endswith("..."):  # a text cut short ("Classif...")
        return ()
    head, _, last = line.rpartition(" ")
    if head and head.rpartition(" ")[2].lower() == last.lower():
        line = head  # the name twice: "SHANNON Shannon", "... this message. SCOBEY Scobey"
    m = _NAME_LINE.fullmatch(_REDACTION.sub("", line).rstrip("."))
    # a lone word ending with a full stop is a name only after a blank or a finished line
    if m and (not line.endswith(".") or after_sentence):
        return tuple(_checked(m.group("names").split("/")))
    return tuple(_glued(line))


def _glued(line: str) -> list[str]:
    """A name glued to the end of the last sentence ("... End comment. CRETZ")."""
    head, _, last = line.rpartition(" ")
    last = last.removeprefix("#")  # "... regarding compliance. #HENZEL"
    dot = last.endswith(".")
    glue = _GLUE.fullmatch(last.rstrip("."))
    if not glue:
        return []
    if glue.group(1):  # the sentence ends inside the last word
        candidates = [(glue.group(2), glue.group(1), True)]
    else:
        before, _, previous = head.rpartition(" ")
        candidates = [(f"{previous} {last}".rstrip("."), before, True)] if previous else []
        candidates.append((last.rstrip("."), head, False))
    for name, before, after_stop_only in candidates:
        upper = bool(_UPPER_NAME.fullmatch(name))
        if not (upper or _CAP_NAME.fullmatch(name)):
            continue
        stop = before.rstrip().endswith(_SENTENCE_END) or _after_trailer(before)
        # without a full stop before, only a name in capitals (one word, no dot) after a
        # word that is not: "... e-PINE Coordinator RICE", "MINIMIZE CONSIDERED CLINTON"
        if stop or (upper and not dot and not after_stop_only and _plain_word_before(before)):
            return _checked([name])
    return []


def _after_trailer(before: str) -> bool:
    """Whether the text before a name ends with a page header ("CAIRO 00002302 002 OF 002")
    or the classified web site's address, however broken ("Classified Website: XXXXXXXXXXXX Kingdom",
    ".../london/index. cfm")."""
    tail = before[-120:].rstrip()
    if tail.endswith("cfm"):
        return True
    return bool(_PAGE_HEADER_END.search(tail)) or ("eb" in tail and _WEB_SITE.search(tail) is not None)


def _plain_word_before(before: str) -> bool:
    word = before.rstrip().rpartition(" ")[2]
    return bool(word) and (word in _CLOSING_WORDS or not word.isupper())


def _ends_sentence(lines: list[str], i: int) -> bool:
    before = lines[i - 1].rstrip() if i > 0 else ""
    return not before or before[-1] in ".!?:;)\"'”" or before.endswith("XXXX")


def _checked(names: list[str]) -> list[str]:
    """Names tidied ("FORD IC" -> "FORD"); [] if one is a common word."""
    out = []
    for name in names:
        words = name.strip().rstrip(".").split() if not name.strip().endswith(("Jr.", "Sr.")) else name.split()
        words = [w for w in words if not _REDACTED.fullmatch(w)]
        if len(words) > 1 and len(words[-1]) <= 2 and not _SUFFIX_WORD.fullmatch(words[-1]):
            words.pop()  # a stray code after the name
        if not words or any(w.upper().strip(".,") in _NOT_NAMES for w in words):
            return []
        out.append(" ".join(words))
    return out
