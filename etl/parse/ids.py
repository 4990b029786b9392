"""Cable reference ids: canonical form, splitting and station names.

A canonical id is ``<2-digit year><STATION><serial without leading zeros>``,
e.g. ``07BEIJING2463``. STATION is one of the posts listed in
``data/stations.txt`` (derived from the ids of the 251,287-cable release).
Ids as written in cables and in the WikiLeaks index are often damaged:
lower case, spaces or hyphens (``10-OTTAWA-57``), 4-digit years, leading
zeros, a digit 0 for the letter O (``0TTAWA``, ``SANTIAG0``), station
nicknames (``RIO``, ``HCMC``, ``SECSTATE``), typos (``BRUSSQLS``), and
scraper garbage around the station (``08SCTION02OF02SAOPAULO335``,
``7575LIBREVILLE1895``, ``06MADRID002583ZFR2585``). The functions here
repair what can be repaired and never raise.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("data") / "stations.txt"
_NOT_LETTER = re.compile(r"[^A-Z0]")

STATIONS: frozenset[str] = frozenset(
    line.strip()
    for line in _DATA.read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)

# Nicknames and spellings used in cables for a station of the list.
ALIASES: dict[str, str] = {
    "SECSTATE": "STATE",
    "SECSTAT": "STATE",
    "STAE": "STATE",
    "SATE": "STATE",
    "STATES": "STATE",
    "DEPT": "STATE",
    "DEPTEL": "STATE",
    "RIO": "RIODEJANEIRO",
    "HCMC": "HOCHIMINHCITY",
    "HOCHIMINH": "HOCHIMINHCITY",
    "KL": "KUALALUMPUR",
    "BA": "BUENOSAIRES",
    "CASA": "CASABLANCA",
    "TGG": "TEGUCIGALPA",
    "DELHI": "NEWDELHI",
    "BASRA": "BASRAH",
    "VAT": "VATICAN",
    "USUN": "USUNNEWYORK",
    "NEWYORK": "USUNNEWYORK",
    "USUNNY": "USUNNEWYORK",
    "USEU": "USEUBRUSSELS",
    "UNVIE": "UNVIEVIENNA",
    "NATO": "USNATO",
    "OSCE": "USOSCE",
    "AIT": "AITTAIPEI",
    "THEHAGE": "THEHAGUE",
    "HAGUE": "THEHAGUE",
    "SAINTPETERSBURG": "STPETERSBURG",
    "OSAKA": "OSAKAKOBE",
    "MEXICOCITY": "MEXICO",
    "GUATEMALACITY": "GUATEMALA",
    "PANAMACITY": "PANAMA",
    "KUWAITCITY": "KUWAIT",
    "DUBAIRPO": "RPODUBAI",
    "IRPODUBAI": "IRANRPODUBAI",
    "SANJOSECR": "SANJOSE",
    "TELAVIVISRAEL": "TELAVIV",
    "USTR": "USTRGENEVA",
}

# Words glued in front of the station in damaged ids (EFTOATHENS, SIFIEDABUJA).
_JUNK_PREFIXES = (
    "EFTO", "NOFORN", "CLASSIFIED", "SIFIED", "AMEMBASSY", "AMCONSULATE",
    "AMCONSUL", "USMISSION", "EMBASSY", "CONSULATE",
)

# Typo search: the stations and the longer nicknames (SECSTATE, not DEPTEL:
# SEPTEL is a word). Words shorter than min_fuzzy are never guessed at.
_FUZZY_NAMES = STATIONS | {a for a in ALIASES if len(a) >= 7}
_PREFIX_MIN, _PREFIX_SHARE = 5, 0.6  # a cut-short name keeps 5+ letters and 60%


def _deletions(word: str) -> list[str]:
    return [word[:i] + word[i + 1:] for i in range(len(word))]


def _index() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """One-letter deletions of the names -> names; prefixes of the names -> stations."""
    deleted: dict[str, set[str]] = {}
    prefixes: dict[str, set[str]] = {}
    for name in _FUZZY_NAMES:
        for d in _deletions(name):
            deleted.setdefault(d, set()).add(name)
        for n in range(max(_PREFIX_MIN, round(len(name) * _PREFIX_SHARE + 0.49)), len(name)):
            prefixes.setdefault(name[:n], set()).add(ALIASES.get(name, name))
    return deleted, prefixes


_DELETED, _PREFIXES = _index()


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by one substitution, insertion, deletion or swap."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if len(a) < len(b):
        a, b = b, a
    return len(a) - len(b) == 1 and any(a[:i] + a[i + 1:] == b for i in range(len(a)))


@lru_cache(maxsize=8192)
def resolve_station(word: str, min_fuzzy: int = 5) -> str | None:
    """The station of the list meant by ``word`` (letters only, any case), or None.

    Tries, in order: the list, nicknames, a digit 0 written for an O, junk
    prefixes; then, unless min_fuzzy is 0, a unique one-edit typo of a name
    (for words of min_fuzzy+ letters), else a unique station of which the word
    is the first 60% or more (5+ letters).
    """
    w = _NOT_LETTER.sub("", word.upper()).replace("0", "O")
    if not w:
        return None
    if w in STATIONS:
        return w
    if w in ALIASES:
        return ALIASES[w]
    for prefix in _JUNK_PREFIXES:
        if w.startswith(prefix) and len(w) > len(prefix):
            rest = w[len(prefix):]
            if rest in STATIONS or rest in ALIASES:
                return ALIASES.get(rest, rest)
    if not min_fuzzy:
        return None
    found: set[str] = set()
    if len(w) >= min_fuzzy:
        names = set(_DELETED.get(w, ()))  # w lacks a letter
        for d in _deletions(w):
            names.add(d)  # w has an extra letter
            names.update(_DELETED.get(d, ()))  # substitution or swap (checked below)
        found = {ALIASES.get(n, n) for n in names if n in _FUZZY_NAMES and _one_edit(w, n)}
    if not found:
        found = _PREFIXES.get(w, set())  # cut short: KUALA LUMP, TALLIN
    return next(iter(found)) if len(found) == 1 else None


def full_year(yy: int) -> int:
    """The year of a two-digit year in an id or a date-time group: the corpus
    runs from 1966 to 2010, so 00-30 are 20xx and the rest 19xx."""
    return yy + (2000 if yy <= 30 else 1900)


def make_id(year: int | str | None, station: str, serial: int | str | None) -> str:
    """Build a canonical id from its parts; a year is reduced to 2 digits."""
    yy = "" if year is None or year == "" else f"{int(year) % 100:02d}"
    sn = "" if serial is None or serial == "" else str(int(serial))
    return f"{yy}{station}{sn}"


_TOKENS = re.compile(r"\d+|[A-Z]+")
_NOT_ALNUM = re.compile(r"[^A-Z0-9]+")
_ZCODE = re.compile(r"Z[A-Z]{2}")  # operating signal (ZFR, ZDK): the next serial replaces the first


@lru_cache(maxsize=65536)
def canonical_id(raw: str) -> str:
    """Canonical form of a reference id as written (see the module doc).

    A station that cannot be resolved is kept as written (upper case, letters
    only); an id without a serial or year keeps only the parts it has.
    """
    tokens = _TOKENS.findall(_NOT_ALNUM.sub("", raw.upper()))
    if not tokens:
        return ""
    if all(t.isdigit() for t in tokens):  # no station: keep the serial only
        return str(int(tokens[-1]))
    year = None
    if tokens[0].isdigit():
        head = tokens.pop(0)
        if len(head) >= 4 and head[:2] in ("19", "20"):  # 2007STATE1234
            year = head[2:4]
        elif len(head) == 3 and head[:2] == "00":  # 007STATE1234
            year = head[1:]
        else:  # 07STATE1, 7575LIBREVILLE1895, 0901OF02RPODUBAI288, 100TTAWA57
            year = head[:2].zfill(2)
    words = [(i, t) for i, t in enumerate(tokens) if not t.isdigit()]
    # the last word that is a station wins: garbage (SECTION01OF02) comes before it
    pos, station = words[-1]
    for i, word in reversed(words):
        resolved = resolve_station(word)
        if resolved:
            pos, station = i, resolved
            break
    serial = None
    rest = tokens[pos + 1:]
    if rest and rest[0].isdigit():
        serial = rest[0]
        if len(rest) >= 3 and _ZCODE.fullmatch(rest[1]) and rest[2].isdigit():
            serial = rest[2]
    return make_id(year, station, serial)


# A canonical id is (year)(STATION)(serial), each part optional.
_PARTS = re.compile(r"(?:(\d\d)(?=[A-Z]))?([A-Z]*)(\d*)")


@lru_cache(maxsize=65536)
def split_id(cable_id: str) -> tuple[str | None, str | None, int | None]:
    """(2-digit year, station, serial) of an id, canonicalized first.

    Parts that cannot be found are None.
    """
    year, station, serial = _PARTS.fullmatch(canonical_id(cable_id)).groups()
    return year, station or None, int(serial) if serial else None
