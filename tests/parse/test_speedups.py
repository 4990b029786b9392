"""The fast paths of the parser give what the straightforward code they
replace gives (property tests on generated text and real cables)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.parse import cable, flags, pages, paragraphs, parse_cable, routing, summary
from etl.parse.classified import parse_declassify_on
from etl.parse.normalize import normalize
from etl.parse.summary import parse_summary
from tests.conftest import SAMPLE_DIR

SAMPLES = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE_DIR.glob("*.txt"))[::7]]

WORDS = st.sampled_from(["RIO", "DE", "JANEIRO", "NEW", "DELHI", "BEIJING", "SAO", "PAULO", "A", "Ab", "x", "1",
                         " ", "  ", "\t", "'", ".", "-", "\n", "ABCDEFGHIJKLMNOPQRST", "       "])
WORDY_TEXT = st.lists(WORDS, max_size=40).map("".join)


@given(WORDY_TEXT, st.sampled_from(["", " ", "  ", "\t"]), st.data())
@settings(max_examples=2000, deadline=None)
def test_station_scan_equals_the_regexes(text, blanks, data):
    text += blanks
    end = data.draw(st.integers(0, len(text)))
    assert pages._station_start(text, end) == pages._station_start_regex(text, end)


HINTY_TEXT = st.lists(st.sampled_from(list(flags._HINTS) + ["x", " ", "\n", "U", "C O", "SECRETARY"]), max_size=30)


@given(HINTY_TEXT.map("".join), st.data())
@settings(max_examples=1000, deadline=None)
def test_next_hint_is_the_first_hint(text, data):
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    found = [(i, i + len(h)) for h in flags._HINTS if (i := text.find(h, pos, end)) >= 0]
    assert flags._next_hint(text, pos, end) == (min(found) if found else (-1, -1))


@given(st.text(alphabet=" \t\n\r\ufeffab&#x0A;\\", max_size=60))
@settings(max_examples=1000, deadline=None)
def test_normalize_strips_every_line_end(text):
    expected = text.lstrip("\ufeff")
    expected = re.sub(r"\r+\n?", "\n", expected).replace("&#x000A;", "\n").replace("&#x000a;", "\n")
    expected = "\n".join(line.rstrip(" \t\\") for line in expected.split("\n")).rstrip(" \t\n\\")
    assert normalize(text) == expected


def test_paragraph_texts_are_single_spaced():
    for text in SAMPLES:
        for paragraph in parse_cable(text)["paragraphs"]:
            assert paragraph["text"] == " ".join(paragraph["text"].split())


@given(st.sampled_from(SAMPLES))
@settings(max_examples=60, deadline=None)
def test_summary_of_a_spaced_first_paragraph(text):
    record = parse_cable(text)
    first = record["paragraphs"][0]["text"] if record["paragraphs"] else None
    assert parse_summary(record["body"], first, spaced=True) == parse_summary(record["body"], first)


def test_eo_number_running_into_a_word():
    # found by the property tests: "12958" not followed by a word boundary raised
    assert parse_declassify_on("12958TAGS:") is None
    assert parse_cable("12958TAGS:")["declassify_on"] is None


# The paragraph candidates as found before one scan of the line starts also
# found the classification-only lines: strip every page header, then scan.
_PLAIN_LINE_START = re.compile(r"\n(?=[ \t¶\d])[ \t]*(?P<pilcrow>¶?)[ \t]*(?P<number>\d{1,3})" + paragraphs._AFTER_NUMBER)
_PLAIN_PILCROW = re.compile(r"(?P<pilcrow>¶)(?<!\n¶)[ \t]*(?P<number>\d{1,3})" + paragraphs._AFTER_NUMBER)
_PLAIN_INLINE = re.compile(r"(?<=[ \t\n])" + paragraphs._INLINE.pattern)


def _after_lone_letter(before: str) -> bool:
    before = before.rstrip(" \t")
    return before[-1:].isalpha() and not before[-2:-1].isalnum()


def _plain_candidates(text: str) -> tuple[str, list]:
    src = "\n" + pages.strip_page_headers(text)
    starts = list(_PLAIN_LINE_START.finditer(src))
    starts += [m for m in _PLAIN_PILCROW.finditer(src) if not paragraphs._at_line_start(src, m.start())]
    starts += [m for m in _PLAIN_INLINE.finditer(src) if paragraphs._marking(m["marking"]) is not None
               and not _after_lone_letter(src[:m.start()])
               and not paragraphs._at_line_start(src, m.start())
               and not ((again := re.match(r"\s*¶?[ \t]*(\d+)[ \t]*\.", src[m.end():])) and again[1] == m["number"])]
    starts.sort(key=lambda m: m.start("number"))
    return src, [(m.span(), m.groups()) for m in starts]


LINY_TEXT = st.lists(st.sampled_from(["\n", " ", "\t", "¶", "1", "2.", "12", ". ", "(C) ", "A ", "(x)", "A", "a", "UNCLAS",
                                      "SECRET", "TOP SECRET", "C O N F", "CONFIDENTIAL", " BEIJING 002463",
                                      " SECTION 01 OF 02", "U", "E C R E T", "//", "PTQ1"]), max_size=40).map("".join)


@given(LINY_TEXT)
@settings(max_examples=3000, deadline=None)
def test_one_scan_of_the_line_starts(text):
    src, starts = paragraphs._candidates(pages.scan_text(text))
    assert (src, [(m.span(), m.groups()) for m in starts]) == _plain_candidates(text)


def test_one_scan_of_the_line_starts_on_cables():
    for text in SAMPLES:
        src, starts = paragraphs._candidates(pages.scan_text(text))
        assert (src, [(m.span(), m.groups()) for m in starts]) == _plain_candidates(text)


def _plain_head(rest: str) -> str:
    """cable._head as first written: the 1. line over the whole span, then a pilcrow before it."""
    if cable._FIRST_NUMBERED_AT.match(rest, 0, cable._HEAD_SPAN):
        end = 0
    else:
        first = cable._FIRST_NUMBERED.search(rest, 0, cable._HEAD_SPAN)
        end = first.start() + 1 if first else cable._HEAD_SPAN
    pilcrow = cable._PILCROW_NUMBER.search(rest, 0, end)
    return rest[:pilcrow.start() if pilcrow else end]


HEADY_TEXT = st.lists(st.sampled_from(["\n", " ", "\t", "¶", "1", "2", ".", "(", "A", "1.", "¶ 1"]), max_size=40)


@given(HEADY_TEXT.map("".join))
@settings(max_examples=3000, deadline=None)
def test_head_ends_where_it_did(rest):
    assert cable._head(rest) == _plain_head(rest)


def test_head_ends_where_it_did_on_cables():
    for text in SAMPLES:
        rest = text[text.find("\n\n"):]
        assert cable._head(rest) == _plain_head(rest)
        assert cable._head(rest[500:]) == _plain_head(rest[500:])


GLUY_TEXT = st.lists(st.sampled_from(["Monday, 1", "Wednesday, 2", "day, ", "Cable dated:", "x", " ", "\n", "UNCLAS",
                                      "SECRET 12", "Sunday", ", 3"]), max_size=20).map("".join)


@given(GLUY_TEXT, st.data())
@settings(max_examples=2000, deadline=None)
def test_glue_is_the_first_match(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    m = flags.search_marked(routing._GLUE_CLASS, text, start, end)
    other = routing._GLUE_OTHER.search(text, start, m.start() if m else end)
    expected = other.start() if other else m.start() if m else -1
    assert routing._glue(text, start, end) == expected


def _plain_handling_words(*texts):
    """flags.handling_words as first written: each word found by str.find (a
    word starting inside an earlier one, as SIPDIS in LIMDISIPDIS, is not one)."""
    found = {}
    for text in texts:
        if not text:
            continue
        upper = text.upper()
        hits = []
        for word in flags._HANDLING_WORDS:
            i = upper.find(word)
            while i >= 0:
                hits.append((i, word))
                i = upper.find(word, i + len(word))
        taken_to = 0
        rel_to = "REL TO"  # (the first REL TO naming countries stands for the later ones)
        for i, word in sorted(hits):
            if i < taken_to:
                continue
            end = taken_to = i + len(word)
            if ((not (i and text[i - 1].isalpha()) or word in flags._GLUED_AFTER_A_LETTER)
                    and not (end < len(text) and text[end].islower())):
                name = flags._HANDLING_WORDS[word]
                if name == "REL TO":
                    if rel_to == "REL TO":
                        rel_to = flags._REL_TO.match(upper, i).group(0).rstrip(",")
                    name = rel_to
                found.setdefault(name, None)
    return list(found)


HANDLING_TEXT = st.lists(st.sampled_from(list(flags._HANDLING_WORDS) + ["sipdis", "NoDis", "X", "x", " ", "\n", "S",
                                         "FOR", " USA", " AND GBR", ",", "REL", "TO", "rel to", " AND GBRREL"]),
                         max_size=25).map("".join)


@given(HANDLING_TEXT, HANDLING_TEXT)
@settings(max_examples=5000, deadline=None)
def test_handling_words_in_one_scan(a, b):
    assert flags.handling_words(a, b) == _plain_handling_words(a, b)


def _plain_bounds(text):
    """summary._bounds as first written: both patterns searched again after the heading."""
    start, limit = -1, summary._HEAD
    hits = [p.search(text, 1, limit) for p in summary._UMMA]
    while True:
        found = [m for m in hits if m]
        if not found:
            return start, -1
        m = min(found, key=lambda m: m.start())
        k = hits.index(m)
        hits[k] = summary._UMMA[k].search(text, m.end(), limit)
        word = m.start() - 1
        if not summary._WORD.match(text, word) or (word and text[word - 1].isalpha()):
            continue
        end = summary._END_BEFORE.search(text, max(0, word - 16), word)
        if end and not (end.start() and text[end.start() - 1].isalpha()):
            return start, end.start()
        before = text.rfind("\n", 0, word) + 1
        if (summary._BEFORE.fullmatch(text, before, word)
                or summary._PARAGRAPH_BEFORE.search(text, max(before, word - 20), word)):
            after = summary._AFTER.match(text, summary._WORD.match(text, word).end())
            if after and start >= 0:
                kind = summary._second_heading(text, start, before, word, after.end())
                if kind == "other":
                    return start, -1
                if kind == "label":
                    continue
            if after:
                start = after.end()
                limit = start + summary._SPAN
                hits = [p.search(text, start, limit) for p in summary._UMMA]


SUMMARY_PIECES = st.sampled_from(["SUMMARY", "Summary", "summary", ":", " ", "\n", "END ", "End ", "x", "1. ", "¶2. ",
                                  "and comment", "SUMMARY:", "End summary.", "X" * 1400])


@given(st.lists(SUMMARY_PIECES, max_size=30).map("".join))
@settings(max_examples=3000, deadline=None)
def test_summary_bounds_reuse_the_hits(text):
    assert summary._bounds(text) == _plain_bounds(text)


def test_summary_bounds_reuse_the_hits_on_cables():
    for text in SAMPLES:
        assert summary._bounds(text) == _plain_bounds(text)
