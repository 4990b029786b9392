"""Bytes of an input file to text, or the reason it cannot be a cable.

Reasons read "<kind>: <detail>" (or just the kind), so that logs can count
rejected files by kind."""

import codecs
import re

# Control characters that never occur in a text file (tab, LF, FF, CR excluded).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
# Every byte but those controls: deleting them from UTF-8 bytes leaves just
# the controls, a check several times faster than scanning the text.
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not _CONTROL.match(chr(b)))
# Beyond this share of control characters a file is binary, not damaged text.
BINARY_CONTROL_SHARE = 0.05
# Beyond this share of bytes that are not UTF-8 a file is binary (or text in
# another encoding), not UTF-8 text with stray single-byte characters.
BINARY_INVALID_SHARE = 0.10
# Formats that are certainly no text, by their first bytes.
_SIGNATURES = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive or office document"),
    (b"\x1f\x8b", "gzip-compressed file"),
    (b"\xfd7zXZ\x00", "xz-compressed file"),
    (b"\x7fELF", "executable program"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)  # checked first: the LE one starts like UTF-16's
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _single_byte_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    """Stray bytes in otherwise UTF-8 text are read as Windows-1252 (curly
    quotes, dashes), or Latin-1 where that has no character, rather than lost."""
    return "".join(_single_byte(b) for b in err.object[err.start : err.end]), err.end


def _single_byte(b: int) -> str:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)  # Latin-1


codecs.register_error("cables-single-byte", _single_byte_fallback)


class Rejected(Exception):
    """A file that holds no loadable cable; the message is the reason users see."""


def decode(data: bytes) -> str:
    """Decode a cable file: UTF-8 (with or without BOM, stray single-byte
    characters kept), UTF-16 with a BOM or detectable by its NUL pattern, or
    UTF-32 with a BOM. Line endings become LF, NUL bytes are removed.
    Raises Rejected with the reason."""
    if not data:
        raise Rejected("empty file")
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise Rejected(f"binary file: {what}")
    codec = _wide_codec(data)
    if codec:
        text = data.decode(codec, errors="replace")
    else:
        text = _decode_utf8(data)
    text = text.lstrip("\ufeff").rstrip("\x00").replace("\r\n", "\n").replace("\r", "\n")
    # In UTF-8 the controls are the same single bytes, so the bytes tell whether to look.
    if (codec or data.translate(None, _NOT_CONTROL_BYTES)) and _CONTROL.search(text):
        controls = len(_CONTROL.findall(text))
        if controls > BINARY_CONTROL_SHARE * len(text):
            raise Rejected(f"binary file: {controls:,} control characters in {len(text):,}")
        text = _CONTROL.sub("", text)
    if not text.strip():
        raise Rejected("no text: the file holds only white space" + (" and NUL bytes" if b"\0" in data else ""))
    return text


def _decode_utf8(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    invalid = len(data) - len(data.decode("utf-8", errors="ignore").encode("utf-8"))
    if invalid > BINARY_INVALID_SHARE * len(data):
        raise Rejected(f"binary file: {invalid:,} of {len(data):,} bytes are not UTF-8 text")
    return data.decode("utf-8", errors="cables-single-byte")


def _wide_codec(data: bytes) -> str | None:
    """UTF-32 or UTF-16 by the BOM, or UTF-16 without one by its NULs: ASCII
    text in UTF-16 has a NUL in every other byte."""
    if data.startswith(_UTF32_BOMS):
        return "utf-32"
    if data.startswith(_UTF16_BOMS):
        return "utf-16"
    odd, even = data[1:200:2], data[0:200:2]
    if len(odd) < 2:
        return None
    if odd.count(0) > 0.8 * len(odd):
        return "utf-16-le"
    if even.count(0) > 0.8 * len(even):
        return "utf-16-be"
    return None
