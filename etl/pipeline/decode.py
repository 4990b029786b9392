"""Bytes of an input file to text, or the reason it cannot be a cable."""

import codecs
import re

# Control characters that never occur in a text file (tab, LF, FF, CR excluded).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
# Beyond this share of control characters a file is binary, not damaged text.
BINARY_CONTROL_SHARE = 0.05


def _latin1_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    """Stray bytes in otherwise UTF-8 text are read as Latin-1 rather than lost."""
    bad = err.object[err.start : err.end]
    return bad.decode("latin-1"), err.end


codecs.register_error("cables-latin1", _latin1_fallback)


class Rejected(Exception):
    """A file that holds no loadable cable; the message is the reason users see."""


def decode(data: bytes) -> str:
    """Decode a cable file: UTF-8 (with or without BOM, stray Latin-1 bytes
    kept), or UTF-16 with a BOM or detectable by its NUL pattern. Line endings
    become LF and NUL bytes are removed. Raises Rejected with the reason."""
    if not data:
        raise Rejected("empty file")
    codec = _utf16_codec(data)
    if codec:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as e:
            raise Rejected(f"invalid UTF-16 text at byte {e.start}") from None
    else:
        text = data.decode("utf-8", errors="cables-latin1")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text):
        controls = len(_CONTROL.findall(text))
        if controls > BINARY_CONTROL_SHARE * len(text):
            raise Rejected(f"binary file: {controls} control bytes in {len(data)} bytes")
        text = _CONTROL.sub("", text)
    if not text.strip():
        raise Rejected("no text: the file holds only white space")
    return text


def _utf16_codec(data: bytes) -> str | None:
    """UTF-16 by its BOM, or without one by its NULs: ASCII text in UTF-16 has
    a NUL in every other byte."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    odd, even = data[1:200:2], data[0:200:2]
    if len(odd) < 2:
        return None
    if odd.count(0) > 0.8 * len(odd):
        return "utf-16-le"
    if even.count(0) > 0.8 * len(even):
        return "utf-16-be"
    return None
