"""Text normalization applied before any parsing.

Copies of one cable differ in a byte-order mark, CRLF or lone CR line ends,
trailing spaces and tabs on lines, blank lines at the end, and ``&#x000A;``
entities left for newlines. All of these are removed here, so every field of
the record (the body included) is the same whichever copy was read.

(Speed: a one-character ``in`` test is a memchr; two-character needles such
as "&#" scan several times slower, so a rare first character guards them.)
"""

import re

_CR = re.compile(r"\r+\n?")


def normalize(text: str) -> str:
    """The text with BOM, CRs, trailing blanks and newline entities removed."""
    if text.startswith("\ufeff"):
        text = text.lstrip("\ufeff")
    if "\r" in text:
        text = _CR.sub("\n", text)
    if "&" in text and "&#" in text:
        text = text.replace("&#x000A;", "\n").replace("&#x000a;", "\n")
    if " \n" in text or ("\t" in text and "\t\n" in text):
        text = "\n".join([line.rstrip(" \t") for line in text.split("\n")])
    return text.rstrip(" \t\n")
