"""The TAGS line: subject, program, geographic, organization and person tags.

``TAGS: KIPR ETRD ECON WTRO CH`` is the clean form. The corpus also has typos
in the label (``TAGE``, ``TAS:``, ``TGS``, ``TAGS`` without a colon), comma or
space separators, values wrapped over lines (a tag may be cut by the wrap:
``COUNTRY\\nCLEARANCE``), run-together codes (``ECONEFIN``), synonyms (``RU``
for ``RS``, ``IRAJ`` for ``IR AJ``), multi-word tags (``HUMAN RIGHTS``) and
person tags (``OVIP (CLINTON, HILLARY)``, ``CLINTON HILLARY``).

Reference lists are in ``data/``: subject-tags.txt and organization-tags.txt
(from the BSD-licensed cablemap project, see LICENSE-cablemap.txt),
geo-tags.txt (two-letter codes seen in the corpus), given-names.txt,
tag-synonyms.txt, multi-word-tags.txt and tag-kinds.txt (the kinds of tags
seen in the corpus that are in no other list).
"""

import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("data")


def _read_list(name: str) -> list[str]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


SUBJECT_TAGS = frozenset(_read_list("subject-tags.txt"))
ORGANIZATION_TAGS = frozenset(t.upper() for t in _read_list("organization-tags.txt"))
GEO_TAGS = frozenset(_read_list("geo-tags.txt"))
GIVEN_NAMES = frozenset(_read_list("given-names.txt"))
SYNONYMS = {written: tuple(meant) for written, *meant in map(str.split, _read_list("tag-synonyms.txt"))}
LISTED_KINDS = dict(reversed(line.split(maxsplit=1)) for line in _read_list("tag-kinds.txt"))
MULTI_WORD_TAGS = {tuple(t.split()) for t in _read_list("multi-word-tags.txt")}
_MULTI_WORD_FIRST = frozenset(words[0] for words in MULTI_WORD_TAGS)
_MULTI_WORD_LONGEST = max(map(len, MULTI_WORD_TAGS))

_PROGRAM = re.compile(r"K[A-Z]{3}")
_DROPPED = frozenset({"SIPDIS", "AND", "ETC"})

# The label: TAGS at a line start, with or without colon; typos and labels
# inside a line only with a colon (TGS alone is also the Turkish General Staff).
_LABEL = re.compile(
    r"(?m)(?:^[ \t]*(?:TAGS?|Tags)\b[ \t]*:?|^[ \t]*(?:TAGE|TAS|TABS|TGS|AGS|TAG\?)[ \t]*:"
    r"|(?<![A-Za-z])(?:TAGS?|TAGE|TGS|AGS)[ \t]*:)[ \t]*"
)
# Where the value of a TAGS line stops when more follows on the same line.
_VALUE_END = re.compile(r"[ \t]*(?:SUBJ(?:ECT)?\b|Subject:|REF:|Classified [Bb]y|CLASSIFIED BY)")
_VALUE_END_WORDS = ("SUBJ", "Subject:", "REF:", "Classified", "CLASSIFIED BY")  # one is in every match
# Lines after the TAGS line that cannot continue it.
_NOT_CONTINUATION = re.compile(r"[ \t]*(?:SUBJ|Subj|REF|Ref|E\.O|EO |Classified|CLASSIFIED|\(|¶|\d|-)")
_TOKEN = re.compile(r"\(([^()]*)\)?|,|[^\s,()]+")

_MAX_CONTINUATION_LINES = 3


def is_known(tag: str) -> bool:
    return (tag in SUBJECT_TAGS or tag in GEO_TAGS or tag in ORGANIZATION_TAGS
            or tag in LISTED_KINDS or tag in SYNONYMS or _PROGRAM.fullmatch(tag) is not None)


@lru_cache(maxsize=4096)
def _split_run_together(word: str) -> tuple[str, ...] | None:
    """Known tags that make up a run-together word (ECONEFIN -> ECON, EFIN),
    fewest pieces first; None when it cannot be split with at least one
    subject or program tag among the pieces."""
    best: list[tuple[str, ...] | None] = [None] * (len(word) + 1)
    best[0] = ()
    for end in range(2, len(word) + 1):
        for start in range(max(0, end - 8), end - 1):
            piece = word[start:end]
            if best[start] is not None and is_known(piece):
                candidate = best[start] + (piece,)
                if best[end] is None or len(candidate) < len(best[end]):
                    best[end] = candidate
    pieces = best[len(word)]
    if pieces and any(len(p) >= 4 and (p in SUBJECT_TAGS or _PROGRAM.fullmatch(p)) for p in pieces):
        return pieces
    return None


def _wordy(word: str) -> bool:
    """A word that can be part of a multi-word tag (HUMAN RIGHTS, CLINTON HILLARY)."""
    return len(word) >= 6 or word in GIVEN_NAMES


def _multi_word_tag_at(tokens: list[re.Match], i: int) -> tuple[str, ...] | None:
    """The longest multi-word tag made of the tokens from i on (its words may
    be known tags: TIP IN TURKEY)."""
    words = tuple(m.group(0).strip(".;:") for m in tokens[i:i + _MULTI_WORD_LONGEST])
    for n in range(len(words), 1, -1):
        if words[:n] in MULTI_WORD_TAGS:
            return words[:n]
    return None


def _person(words: list[str]) -> str:
    """SURNAME GIVEN written without a comma gets one (CLINTON, HILLARY)."""
    if len(words) == 2 and words[1] in GIVEN_NAMES and words[0] not in GIVEN_NAMES:
        return f"{words[0]}, {words[1]}"
    return " ".join(words)


def _tags_of_value(value: str) -> list[str]:
    """Tags of a TAGS value (label removed, continuation lines joined by spaces)."""
    tags: list[str] = []
    group: list[str] = []  # consecutive unknown words: one tag (a person, a phrase)

    def flush() -> None:
        if group:
            tags.append(_person(group))
        group.clear()

    tokens = list(_TOKEN.finditer(value.upper()))
    skip = 0
    for i, m in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        token = m.group(0)
        if m.group(1) is not None:  # a parenthesized person or a note: one tag
            flush()
            inner = " ".join(m.group(1).replace(",", ", ").split()).replace(" ,", ",")
            if inner:
                tags.append(inner)
            continue
        if token == ",":
            flush()
            continue
        token = token.strip(".;:")
        if not token:
            continue
        if token in _MULTI_WORD_FIRST and (words := _multi_word_tag_at(tokens, i)):
            flush()
            tags.append(" ".join(words))
            skip = len(words) - 1
        elif is_known(token):
            flush()
            tags.extend(SYNONYMS.get(token, (token,)))
        elif token.isalpha() and len(token) >= 6 and (pieces := _split_run_together(token)):
            flush()
            tags.extend(meant for p in pieces for meant in SYNONYMS.get(p, (p,)))
        elif group and (_wordy(token) or _wordy(group[-1])):
            group.append(token)
        else:
            flush()
            group.append(token)
    flush()
    return _merge_comma_names(tags)


def _merge_comma_names(tags: list[str]) -> list[str]:
    """CLINTON, HILLARY split at its comma: an unknown word followed by a given name."""
    merged: list[str] = []
    for tag in tags:
        if (tag in GIVEN_NAMES and merged and merged[-1].isalpha()
                and not is_known(merged[-1]) and merged[-1] not in GIVEN_NAMES):
            merged[-1] = f"{merged[-1]}, {tag}"
        else:
            merged.append(tag)
    return merged


def _continues(line: str, previous: str) -> bool:
    """Whether a line after the TAGS line carries more tags."""
    if not line.strip() or _NOT_CONTINUATION.match(line):
        return False
    words = [w.strip(",") for w in line.split()]
    if not all(w.isupper() and len(w) <= 12 for w in words if w):
        return False
    if previous.rstrip().endswith(","):
        return True
    known = sum(1 for w in words if w and is_known(w))
    return len(words) <= 2 or known * 2 >= len(words)


def _find_label(head: str) -> re.Match | None:
    """The TAGS label; the regex search starts near the first likely spot, as
    scanning for its line-start alternatives over the whole head is slow."""
    hints = [i for i in (head.find("TAG"), head.find("Tags")) if i >= 0]
    if hints:
        m = _LABEL.search(head, max(0, min(hints) - 20))
        if m:
            return m
    return _LABEL.search(head)


def find_tags(head: str) -> tuple[list[str], int, int] | None:
    """(tags, start, end) of the TAGS block in the head of a cable text, or None."""
    m = _find_label(head)
    if not m:
        return _unlabeled_tags(head)
    end = head.find("\n", m.end())
    if end < 0:
        end = len(head)
    value = head[m.end():end]
    if any(map(value.__contains__, _VALUE_END_WORDS)) and (stop := _VALUE_END.search(value)):
        value = value[:stop.start()]
        end = m.end() + stop.start()
    else:
        previous = value
        for _ in range(_MAX_CONTINUATION_LINES):
            if end >= len(head):
                break
            next_end = head.find("\n", end + 1)
            if next_end < 0:
                next_end = len(head)
            line = head[end + 1:next_end]
            if not _continues(line, previous):
                break
            value += " " + line
            previous, end = line, next_end
    return list(_tags(value)), m.start(), end


# Without a label, tags are still recognized next to the E.O. line: after a
# "TAG" without colon on it (E.O. 12958: DECL: 03/20/2019 TAG PTER, PGOV, SW,
# 09STOCKHOLM194), or alone on the line after it (EFIN, ECON, EINV, PGOV, CH,
# 08BEIJING3662); every word must then be a known tag.
_EO_LINE = re.compile(r"(?:E\.O\.|EO)[ \t]*12958[^\n]*")
_TAG_WORD = re.compile(r"(?<![A-Za-z])TAGS?[ \t]+")
_CODES = re.compile(r"[A-Z]{2,5}(?:[ \t]*,?[ \t]+[A-Z]{2,5})+[ \t]*,?")


def _unlabeled_tags(head: str) -> tuple[list[str], int, int] | None:
    eo = _EO_LINE.search(head) if "12958" in head else None
    if eo is None:
        return None
    word = _TAG_WORD.search(head, eo.start(), eo.end())
    candidates = [(word.end(), eo.end())] if word else []
    next_start = eo.end() + 1
    next_end = head.find("\n", next_start)
    candidates.append((next_start, next_end if next_end >= 0 else len(head)))
    for start, end in candidates:
        value = head[start:end].strip()
        if _CODES.fullmatch(value) and all(is_known(w) for w in value.replace(",", " ").split()):
            return list(_tags(value)), start, end
    return None


@lru_cache(maxsize=16384)
def _tags(value: str) -> tuple[str, ...]:
    """Tags of a TAGS value, deduplicated (many cables share their TAGS line)."""
    tags: list[str] = []
    for tag in _tags_of_value(value):
        if tag not in _DROPPED and tag not in tags:
            tags.append(tag)
    return tuple(tags)


@lru_cache(maxsize=16384)
def tag_kind(tag: str) -> str:
    """geo, program, subject, organization or person.

    Two-letter codes are geographic (State's country and region codes) unless
    listed as organizations (UN, EU); K-tags are programs; tags in no reference
    list have the kind given in tag-kinds.txt; names with a comma or a known
    given name are persons; other unknown tags count as subject tags.
    """
    if "," in tag:
        return "person"
    if tag in GEO_TAGS:
        return "geo"
    if _PROGRAM.fullmatch(tag):
        return "program"
    if tag in SUBJECT_TAGS:
        return "subject"
    if tag in ORGANIZATION_TAGS:
        return "organization"
    if tag in LISTED_KINDS:
        return LISTED_KINDS[tag]
    if len(tag) == 2 and tag.isalpha():
        return "geo"
    if " " in tag and any(word in GIVEN_NAMES for word in tag.split()):
        return "person"
    return "subject"
