"""Classification authority of a cable: who classified it, why, until when.

    E.O. 12958: DECL: 11/22/2012
    ...
    Classified By: Ambassador Joseph Smith for reasons 1.4 (b) and (d)

Both lines sit in the head of the cable; only its first ~4,000 characters are
searched, by literal scans first (regexes only where they found something).

Canonical form of the reasons: each section of E.O. 12958 followed by its
letters, lower case, in parentheses, sorted, without spaces, comma-separated:
``1.4(b),(d)``; several sections are joined with ';' (``1.4(b);1.5(d)``); a
section written without letters stays bare (``1.4``).
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

from etl.parse.ids import resolve_station

_HEAD = 4000

# --- Classified By ---------------------------------------------------------------
_BY = re.compile(r"(?i)lassified[ \t\xa0]+by[ \t\xa0]*:?[ \t\xa0]*")
_LASSIFIED = (re.compile("lassified"), re.compile("LASSIFIED"))  # literal scans are the fastest
# Typos (all in sentence case), looked for where no "Classified By" is: "Classiied By",
# "Classfied By", "Classjfied By"
_BY_TYPO = re.compile(r"(?i)class(?!ified)[a-z]{2,5}ed[ \t\xa0]+by[ \t\xa0]*:?[ \t\xa0]*")
_CLASS = re.compile("Class")
_LAST_BY: list[tuple[str | None, int]] = [(None, -1)]  # the last text searched, its result
# Where the classifier ends and the reasons begin ("for reasons", "REASON:", "1.4";
# "for reasons" also glued to the name: "Laura Kirkconnellfor reasons").
# (Searched in lower case. Each branch starts with a plain character and checks the
# word start after it: regexes that begin with \b or a lookbehind scan 10x slower.)
_WHO_END = re.compile(
    r"f(?:(?<![a-z]f)or?[ \t]+rea|or[ \t]+reason)|f(?<![a-z]f)or[ \t\\]*(?:\n|$)|r(?<![a-z]r)e?a[ \t]*s\s*o?\s*n|"
    r"p(?<![a-z]p)er\b|"
    r"e(?<![a-z]e)\.?o\.?[ \t]*12958|1(?<![\d.]1)[ \t]*\.[ \t]*[4-6]\b|1(?<![\d.]1)\([a-h]\)|"
    r"u(?<![a-z]u)nder[ \t]+section|b(?<![a-z]b)ased\b|<br>|\n[ \t]*\n|\n[ \t]*¶|\n[ \t]*\d{1,2}[ \t]*\.|\n[ \t]*\("
)
# Words left before the reasons: "for", "fo r", "for r \neasons", "by", "nor".
# ("easons" in one case only: "Richard M. Eason" is a name.)
_WHO_TAIL = re.compile(r"(?i)(?:[\s,;.:]+(?:fo[ \t]*r?|by|nor|per|re?|(?-i:e?a[ \t]*s\w*|E?A[ \t]*S[A-Z]*))\b)+[\s,;.:]*$")
_PIECE_SPLIT = re.compile(r"[,;&]| and ")
# Capitalized words (and particles) ending a piece: the name, maybe after title words
# (a name may wrap at a line end: "Josiah\nRosenblatt").
_NAME_RUN = re.compile(
    r"(?<!\S)(?:[A-Z][\w'’.-]*|(?:van|von|de|del|der|da|di|la|le)\b)"
    r"(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:[A-Z][\w'’.-]*|(?:van|von|de|del|der|da|di|la|le)\b))*[ \t.:\\–-]*$"
)
# Words of titles and offices, lower case, without dots ("Amb." -> "amb").
_TITLE_WORDS = frozenset(
    """ambassador amb ambass dcm cda charge chargé d'affaires d’affaires daffaires ai a/i adcm acting
    deputy chief of mission principal officer consul consulate general cg counselor counsellor
    minister minister-counselor mincouns polcouns econcouns political politial pol economic econ
    econ-political economic-political pol-econ pol/econ econ/pol polmilcouns political-military
    public affairs management section poloff econoff polecon polec rso regional security senior
    watch director office executive secretary assistant under special envoy head unit staff the for
    and in to at embassy us u.s. usun useu usnato usosce dept department state dos exec admin
    administrative interim temporary team leader representative permanent alternate
    ambassador-at-large attache defense military commercial labor consular agricultural science
    internal external coordinator advisor adviser spokesman spokesperson bureau division branch desk
    program programs pm isn inr eur nea wha af eap sca io drl ops ctr center reasons reason by
    classified amembassy amconsul amcongen liaison das pdas dasd chg pol-mil polmil
    politico-military affaires affaire affairs d'affaire d'affairs d’ d' polmincouns econmincouns m-c
    mincounselor polcounselor econcounselor polchief econchief congen permrep estoff esthoff off com mc
    polmc econmin ca pas couselor prt""".split()
)
# A word whose lost letters the copy replaced by a Q ("CooQnator"; not McQueen): part of no
# name, taken as a (damaged) title.
_GARBLED = re.compile(r"[a-z]Q[a-tv-z]")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_PARTICLES = frozenset({"van", "von", "de", "del", "der", "da", "di", "la", "le", "st"})
# A name split by the copy: "Do nald", "Dona ld", "Andrew Y\noung,", "Gustavo Delga\ndo:"
# (glued back where one side has one or two letters and the small one is no word).
_SPLIT_WORD = re.compile(r"([A-Z](?<![\w.'’][A-Z])[a-z]*)(?:[ \t]+|[ \t]*\n[ \t]*)([a-z]+)(?=[,;:]?(?:\s|$))")
_NO_FRAGMENTS = _PARTICLES | {"a", "i", "an", "and", "as", "at", "by", "fo", "for", "in", "is", "nor", "of", "on", "or",
                               "per", "the", "to"}
# A lone dot where an initial was lost ("Kevin . Johnson"), an office in parentheses after
# the name ("U/S Maria Otero (G)"): dropped.
_LONE_DOT_OR_OFFICE = re.compile(r"[ \t]+(?:\.(?=[ \t]+[A-Z])|\([A-Z]{1,4}\))")
_GLUED_BY_COLON = re.compile(r":(?<=[A-Za-z]:)(?=[A-Za-z])")  # "AMB:WBWOOD"

# --- reasons ---------------------------------------------------------------------
# 1.4, 1.4B, 1(B), typed 1:4 or 1/4
_SECTION = re.compile(r"1(?<![\w.]1)(?:\s*[.,:/]\s*([4-6])(?![0-9])\.?|(?=[ \t]*\([A-Ha-h]\)))")
_REASONS_END = re.compile(r"\n[ \t]*\n")  # or a pilcrow (found by str.find: an alternation scans slowly)
_LETTERS = re.compile(
    r"(?:[\s(),&/.;:+-]|(?i:\band\b|\ban\s+d\b|\ba\s+nd\b|\bor\b)|(?<![A-Za-z])[A-Ha-h](?![A-Za-z]))*"
)
_LETTER = re.compile(r"(?<![A-Za-z])([A-Ha-h])(?![A-Za-z])")
_AND_OR = re.compile(r"(?i)\band\b|\ban\s+d\b|\ba\s+nd\b|\bor\b")  # also broken: "a nd", "AN \nD"

# --- declassification date ---------------------------------------------------------
# The E.O. line: "E.O. 12958: DECL: 11/22/2012", "EO 12958 DECL 2020/02/23",
# "E.O. 12958: N/A", or a bare "E.O. 12958: 03/24/2019"; else any "DECL: <date>"
# ("E.O. 12356: DECL ...", "DECLASSIFY ON 12-29-13", "DECLl:").
# (the year may run into the next word: "DECL: 06/05/2026TAGS")
_DATE = r"(?P<a>\d{1,4})[ \t]*(?P<sep>[/-])[ \t]*(?P<b>\d{1,2})[ \t]*(?P=sep)[ \t]*(?P<c>\d{2,4})(?!\d)"
_DECL_WORD = r"decl(?:assify|l)?(?:[ \t]+on)?\b[ \t]*:?[ \t]*"
_EO = re.compile("12958")
_AFTER_EO = re.compile(rf"(?i)12958\b[ \t]*:?[ \t]*(?:(?P<na>n/?a)\b|(?P<decl>(?:{_DECL_WORD})+)?(?:{_DATE})?)")
_DECL = re.compile(rf"(?i){_DECL_WORD}{_DATE}")
_DECL_WORDS = (re.compile("DECL"), re.compile("decl"), re.compile("Decl"))


def parse_classified_by(text: str) -> list[str]:
    """Names of the classifiers on the "Classified By" line, without titles.

    "Classified by: Ambassador Joseph Smith, reasons 1.4(b) and (d)" -> ["Joseph Smith"];
    "GILMOUR, David, DCM" -> ["David GILMOUR"].
    """
    who = _classifier_text(text)
    if not who:
        return []
    names: list[str] = []
    last_piece = -2
    after_title = False  # the piece before held only a title: "CDA, a.i., Hugo Llorens"
    for i, piece in enumerate(_PIECE_SPLIT.split(who)):
        if i == 0 and piece.islower():  # written in small letters: "com jonathan farrar", "kathy schleigh, OMS"
            name, titled = _name_in(piece.title())
            name = name.lower()
        else:
            name, titled = _name_in(piece)
        if not name:
            after_title = titled or after_title and not piece.strip(" .")
            continue
        if name.lower().rstrip(".") in _SUFFIXES:
            if last_piece == i - 1:
                names[-1] += f", {name}"  # "Richard M. Mills, Jr."
        elif last_piece == i - 1 and " " not in name and " " not in names[-1] and not titled:
            names[-1] = f"{name} {names[-1]}"  # "GILMOUR, David": last name first
        elif not names and (titled or after_title or i == 0):
            names.append(name)
        elif names and titled and " " in name and name not in names and not any(_is_title(w) for w in name.split()):
            # a second classifier, after a title of its own: "Steven Prohaska and DTRO Chief Fred Carter"
            # (not the office of the first: "Richard G. Olson, Ambassador, State, US Embassy Abu Dhabi")
            names.append(name)
        else:
            continue
        last_piece = i
        after_title = False
    return names


def parse_classification_reasons(text: str) -> str | None:
    """Reasons of the "Classified By" line in canonical form (see the module doc)."""
    start = _by_position(text)
    if start < 0:
        return None
    line = text[start : start + 300]
    end = _REASONS_END.search(line)
    if end and not _SECTION.search(line, 0, end.start()):
        # the reasons after a blank line (double-spaced texts): "for Reasons \n\n1.4 (b) and (d)",
        # "US DoS. \n\nREASON: 1.4 (b), (d)"
        following = line[end.end() :]
        if following.lstrip()[:2] == "1." or "reason" in following[:40].lower():
            end = _REASONS_END.search(line, end.end())
    cut = end.start() if end else len(line)
    pilcrow = line.find("¶", 0, cut)
    if pilcrow >= 0:
        cut = pilcrow
    line = line[:cut]
    sections: dict[str, set[str]] = {}
    for m in _SECTION.finditer(line):
        letters = _LETTER.findall(_AND_OR.sub(",", _LETTERS.match(line, m.end()).group()))
        # a change of case is a paragraph mark: "1.4 b, d (C) Embassy London passed..."
        for i, c in enumerate(letters):
            if c.isupper() != letters[0].isupper():
                del letters[i:]
                break
        found = [c.lower() for c in letters]
        if sections and not found:
            break  # a stray "1.4" in the prose that follows
        sections.setdefault(f"1.{m.group(1) or '4'}", set()).update(found)
    if not sections:
        return None
    return ";".join(sec + ",".join(f"({x})" for x in sorted(letters)) for sec, letters in sections.items())


def parse_declassify_on(text: str) -> datetime.date | None:
    """Date of the "DECL:" mark ("E.O. 12958: DECL: 11/22/2012"); None if undated."""
    eo = _EO.search(text, 0, _HEAD)
    m = _AFTER_EO.match(text, eo.start()) if eo else None  # None: "12958" runs on into a word
    if m:
        if m.group("a"):
            return _date(m.group("a"), m.group("b"), m.group("c"))
        if m.group("na") or m.group("decl"):  # "N/A", "DECL: TWENTY YEARS"
            return None
    for word in _DECL_WORDS:
        for w in word.finditer(text, 0, _HEAD):
            m = _DECL.match(text, w.start())
            if m:
                return _date(m.group("a"), m.group("b"), m.group("c"))
    return None


def _date(a: str, b: str, c: str) -> datetime.date | None:
    """MM/DD/YYYY, YYYY/MM/DD or MM/DD/YY (a DD/MM day over 12 is swapped)."""
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    else:
        month, day, year = int(a), int(b), int(c)
        if len(c) == 2:
            year += 1900 if year >= 66 else 2000
        elif len(c) == 3:
            return None
        if month > 12 >= day:
            month, day = day, month
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _by_position(text: str) -> int:
    """Position just after "Classified By:" in the head of the cable, or -1."""
    last_text, last_position = _LAST_BY[0]
    if text is last_text:  # parse_classified_by and parse_classification_reasons of one text
        return last_position
    position = -1
    for needle in _LASSIFIED:
        for found in needle.finditer(text, 0, _HEAD):
            m = _BY.match(text, found.start(), _HEAD)
            # not a mention: 'ADD "CLASSIFIED BY" LINE', not "DECLASSIFIED BY NARA"
            if (m and text[m.end() : m.end() + 1] not in ('"', "”")
                    and text[max(0, found.start() - 3) : found.start()].lower() != "dec"):
                # "Classified By: Classified By: X" once in a while
                while (again := _BY.match(text, m.end() + 1, _HEAD)) and text[m.end()] in "Cc":
                    m = again
                position = m.end()
                break
        if position >= 0:
            break
    if position < 0:
        position = next((m.end() for found in _CLASS.finditer(text, 0, _HEAD)
                         if (m := _BY_TYPO.match(text, found.start(), _HEAD))), -1)
    _LAST_BY[0] = (text, position)
    return position


def _classifier_text(text: str) -> str:
    start = _by_position(text)
    if start < 0:
        return ""
    window = text[start : start + 250]
    if window[:1] == "\n":  # the name on the next line
        window = window.lstrip()
    end = _WHO_END.search(window.lower())
    who = window[: end.start()] if end else window
    if who[:12].lower() == "derived from":  # "Classified By: Derived from Multiple Sources": no person
        return ""
    tail = _WHO_TAIL.search(who, max(0, len(who) - 30))
    if tail:
        who = who[: tail.start()]
    who = _GLUED_BY_COLON.sub(" ", _SPLIT_WORD.sub(_rejoin, who))
    return _LONE_DOT_OR_OFFICE.sub("", who)


def _rejoin(m: re.Match) -> str:
    head, fragment = m.groups()
    if min(len(head), len(fragment)) > 2 or fragment in _NO_FRAGMENTS:
        return m.group()
    return head + fragment


@lru_cache(maxsize=4096)  # (the names and titles of each post's classifiers recur)
def _name_in(piece: str) -> tuple[str, bool]:
    """(the run of name words ending a piece, whether a title comes before it)."""
    m = _NAME_RUN.search(piece)
    if not m:
        return "", any(_is_title(w) for w in piece.split())
    words = m.group().strip(" \t.:\\–-").split()
    while words and words[-1].lower() in ("for", "and", "the"):  # "DOWNES FOR 1.4 (D)"
        words.pop()
    titles = [_is_title(w) for w in words]
    if len(words) > 1 and titles[-1] and not titles[-2] and words[-2].lower() not in _PARTICLES:
        titles[-1] = False  # a surname that is also a title word: "Damian R. Leader" (not "Charge de Affairs")
    before = piece[: m.start()].split()
    titled = any(titles) or bool(before) and _is_title(before[-1])
    if any(titles):  # "Pol-Mil Officer Joel Ehrendreich": the name follows the last title word
        last_title = len(titles) - titles[::-1].index(True) - 1
        word_before, words = words[last_title], words[last_title + 1 :]
    else:
        word_before = before[-1] if before else ""
    if word_before.lower() == "for":  # an office: "Coordinating Director for Development"
        return "", titled
    if [w.lower() for w in words[:2]] == ["a.", "i."]:  # "CHARGE D'AFFAIRES A. I. CAROL URBAN"
        words = words[2:]
    if not words or _cut_short(m.group(), words):
        return "", titled
    if len(words) <= 2 and resolve_station("".join(words), 0):  # "Embassy Bamako", "Embassy Abu\nDhabi"
        return "", titled
    return " ".join(words).rstrip(".,"), titled


@lru_cache(maxsize=4096)  # (titles and the names of the posts' staff recur)
def _is_title(word: str) -> bool:
    w = word.lower().strip(".,:;()'\"").replace(".", "")
    return w in _TITLE_WORDS or w.startswith("amb") or "/" in w or w.isdigit() or bool(_GARBLED.search(word))


def _cut_short(run: str, words: list[str]) -> bool:
    """Whether the name words of a run ending with "..." (a teaser's text) may be
    incomplete: "Hea...", "Amb. P ...", "John ..."; but "John F. Tefft ..." is whole."""
    run = run.rstrip()
    if not run.endswith("..."):
        return False
    return not (run[:-3].endswith((" ", "\t")) and len(words) > 1 and len(words[-1].rstrip(".")) > 1)
