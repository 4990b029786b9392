"""Text normalization applied before any parsing.

Copies of one cable differ in a byte-order mark, CRLF or lone CR line ends,
trailing spaces and tabs on lines, backslashes escaping the line ends (an
export's: ``THE UN'S FUTURE IN COLOMBIA \\``), blank lines at the end,
``&#x000A;`` entities left for newlines, and the ``<br>`` tags some pages
left at every line end (``MARGIN OF VICTORY MATTERS <br>``) and ``<strong>``
tags. (Tables of a few bodies, ``<table>``, keep their tags.) All of these are removed here, so
every field of the record (the body included) is the same whichever copy
was read.

(Speed: a one-character ``in`` test is a memchr; two-character needles such
as "&#" scan several times slower, so a rare first character guards them.)

Also here: joining lines with single spaces (`" ".join(text.split())`) the
fast way when spaces and newlines are the only white space of a text.
"""

import re

_CR = re.compile(r"\r+\n?")
_TAGS = re.compile(r"<br>|</?strong>")


def normalize(text: str) -> str:
    """The text with BOM, CRs, trailing blanks, newline entities and <br> and <strong> tags removed."""
    if text.startswith("\ufeff"):
        text = text.lstrip("\ufeff")
    if "\r" in text:
        text = _CR.sub("\n", text)
    if "&" in text and "&#" in text:
        text = text.replace("&#x000A;", "\n").replace("&#x000a;", "\n")
    if "<" in text:
        text = _TAGS.sub("", text)
    if " \n" in text or ("\t" in text and "\t\n" in text) or ("\\" in text and "\\\n" in text):
        text = "\n".join([line.rstrip(" \t\\") for line in text.split("\n")])
    return text.rstrip(" \t\n\\")


# White space other than space and newline (what str.split() splits on).
_OTHER_SPACE = ("\t", "\xa0", "\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85",
                "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2007",
                "\u2008", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000")
_ASCII_OTHER_SPACE = tuple(c for c in _OTHER_SPACE if c.isascii())
_SPACES = re.compile("   *")  # (two literal spaces first: a faster scan than "  +")


def plain_spaces(text: str) -> bool:
    """Whether spaces and newlines are the only white space of text."""
    return not any(map(text.__contains__, _ASCII_OTHER_SPACE if text.isascii() else _OTHER_SPACE))


def collapse_spaces(flat: str) -> str:
    """" ".join(flat.split()) for a text whose only white space is spaces."""
    return _SPACES.sub(" ", flat).strip(" ")


def single_spaced(text: str) -> str:
    """" ".join(text.split()): replacing the newlines and collapsing runs of
    spaces is several times faster when the text has no other white space."""
    return collapse_spaces(text.replace("\n", " ")) if plain_spaces(text) else " ".join(text.split())
