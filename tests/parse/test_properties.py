"""Properties of parse_cable: it never raises, and copies of a cable that
differ only in line ends, trailing blanks or a BOM give the same record."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.parse import parse_cable
from tests.conftest import SAMPLE_DIR

SAMPLES = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE_DIR.glob("*.txt"))[::10]]

# Text made of the pieces cables are made of, so the generated strings reach deep into the parser.
PIECES = st.sampled_from([
    "\n", " ", "\t", "\r\n", "¶", "1.", "2.", "(C)", "(S//NF)", "TAGS:", "TAGS ", "SUBJECT:", "REF:", "FM ", "TO ",
    "INFO ", "XMT ", "RUEHC/", "SECSTATE WASHDC", "IMMEDIATE", "0001", "O 130813Z APR 07", "291359Z Nov 00",
    "UNCLAS", "C O N F I D E N T I A L", "S E C R E T", "SECTION 01 OF 02", "BEIJING 002463",
    "BEIJING 00002463  002 OF 002", "PAGE 02 HARARE 06677 01 OF 03 291400Z", "SIPDIS", "NOFORN", "XXXXXXXXXXXX",
    "PREL", "KIPR", "CLINTON HILLARY", "(", ")", ",", "Wednesday, 29 November 2000, 13:59", "VZCZCXRO3702",
    "DE RUEHBJ #2463/01 1030813", "ZNY CCCCC", "Fri Apr 13 00:00:00 +0200 2007", "07BEIJING2463", "E.O. 12958:",
    "Classified By:", "This record is a partial extract of the original cable", "\ufeff", "&#x000A;",
])
CABLE_LIKE = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map("".join)


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_never_raises_on_any_text(text):
    assert isinstance(parse_cable(text), dict)


@given(CABLE_LIKE)
@settings(max_examples=500, deadline=None)
def test_never_raises_on_cable_like_text(text):
    assert isinstance(parse_cable(text), dict)


@given(st.sampled_from(SAMPLES), st.data())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_never_raises_on_mutated_real_cables(cable, data):
    start = data.draw(st.integers(0, len(cable)))
    end = data.draw(st.integers(start, min(len(cable), start + 200)))
    insert = data.draw(st.one_of(PIECES, st.text(max_size=20)))
    assert isinstance(parse_cable(cable[:start] + insert + cable[end:]), dict)  # replaced a span
    assert isinstance(parse_cable(cable[start:end]), dict)  # a fragment


def _no_cr(text: str) -> str:
    return text.replace("\r", "")


@given(st.one_of(st.sampled_from(SAMPLES), CABLE_LIKE.map(_no_cr), st.text().map(_no_cr)))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_stable_under_crlf_trailing_blanks_escaped_line_ends_br_tags_and_bom(text):
    record = parse_cable(text)
    assert parse_cable(text.replace("\n", "\r\n")) == record
    assert parse_cable(text.replace("\n", " \t \n") + "  ") == record
    assert parse_cable(text.replace("\n", " \\\n")) == record  # an export's escaped line ends
    assert parse_cable(text.replace("\n", " <br>\n")) == record  # a page's HTML line breaks
    assert parse_cable("\ufeff" + text) == record
