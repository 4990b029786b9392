"""The originating post of a cable without its 5-line header, from the
sender on its FM line: `AMEMBASSY BEIJING` -> `Embassy Beijing`, named as
on the WikiLeaks index pages (header line 5)."""

from functools import cache
from pathlib import Path

_DATA = Path(__file__).with_name("data")
# Sender prefixes of posts the known list may miss, and their names.
_PREFIXES = {"AMEMBASSY": "Embassy", "AMCONSUL": "Consulate", "USMISSION": "US Mission"}


@cache
def _known() -> dict[str, str]:
    lines = (_DATA / "origins.tsv").read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if line and not line.startswith("#"))


@cache
def origin_of_sender(sender: str | None) -> str | None:
    if not sender:
        return None
    known = _known().get(sender)
    if known:
        return known
    prefix, _, place = sender.partition(" ")
    if prefix in _PREFIXES and place:
        return f"{_PREFIXES[prefix]} {place.title()}"
    return None
