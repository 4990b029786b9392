"""parse_cable on whole cables, cable texts without header and fragments."""

import datetime as dt

import pytest

from etl.parse import canonical_id, parse_cable
from tests.conftest import SAMPLE_DIR, sample_text

SEED = sample_text("07BEIJING2463.txt")
SEED_BODY = SEED.split("\n", 5)[5]

KEYS = {
    "cable_id", "reference_id_raw", "title", "subject", "created", "classification", "classification_level",
    "origin", "station", "serial", "dtg", "precedence", "transmission_id", "originating_station", "sender",
    "recipients", "tags", "tag_kinds", "paragraphs", "sections", "is_partial", "handling", "redactions", "body",
    "summary", "signers", "classified_by", "classification_reasons", "declassify_on", "references",
}


def test_seed_record():
    r = parse_cable(SEED)
    assert set(r) == KEYS
    assert r["cable_id"] == "07BEIJING2463"
    assert r["reference_id_raw"] == "07BEIJING2463"
    assert r["title"] == "U.S. COORDINATOR FOR INTERNATIONAL INTELLECTUAL"
    assert r["subject"] == ("U.S. COORDINATOR FOR INTERNATIONAL INTELLECTUAL PROPERTY ENFORCEMENT "
                            "CHRIS ISRAEL AT CHINA CUSTOMS: MOC AT SED?")
    assert r["created"] == dt.date(2007, 4, 13)
    assert r["classification"] == "UNCLASSIFIED//FOR OFFICIAL USE ONLY"
    assert r["classification_level"] == "UNCLASSIFIED"
    assert r["origin"] == "Embassy Beijing"
    assert (r["station"], r["serial"]) == ("BEIJING", 2463)
    assert r["dtg"] == dt.datetime(2007, 4, 13, 8, 13)
    assert r["precedence"] == "IMMEDIATE"
    assert r["transmission_id"] == "VZCZCXRO3702"
    assert r["originating_station"] == "RUEHBJ"
    assert r["sender"] == "AMEMBASSY BEIJING"
    assert [x["kind"] for x in r["recipients"]] == ["TO"] + ["INFO"] * 14
    assert r["recipients"][0] == {"position": 1, "kind": "TO", "routing_indicator": "RUEHC",
                                  "name": "SECSTATE WASHDC", "precedence": "IMMEDIATE", "serial": "6821"}
    assert (r["recipients"][-1]["routing_indicator"], r["recipients"][-1]["name"]) == ("RHMCSUU", "FBI WASHINGTON DC")
    assert r["tags"] == ["KIPR", "ETRD", "ECON", "WTRO", "CH"]
    assert r["tag_kinds"] == ["program", "subject", "subject", "organization", "geo"]
    assert [p["marking"] for p in r["paragraphs"]] == ["U", "U", "U", "U", "SBU", None, None, None]
    assert not any("BEIJING 00002463  002 OF 002" in p["text"] for p in r["paragraphs"])
    assert r["sections"] == 2
    assert r["is_partial"] is False
    assert r["handling"] == ["FOUO", "SIPDIS", "SENSITIVE"]
    assert r["redactions"] == 0
    assert r["body"].startswith("VZCZCXRO3702\nOO RUEHCN RUEHGH\n")
    assert r["body"].endswith("¶8. Chris Israel has cleared this report.")


def test_canonical_id_is_reexported():
    assert canonical_id("08SCTION02OF02SAOPAULO335") == "08SAOPAULO335"


def test_seed_without_header_builds_the_id():
    r = parse_cable(SEED_BODY)
    assert r["cable_id"] == "07BEIJING2463"
    assert (r["station"], r["serial"]) == ("BEIJING", 2463)
    assert r["reference_id_raw"] is r["title"] is None
    assert r["origin"] == "Embassy Beijing"  # from the FM line
    assert r["created"] == dt.date(2007, 4, 13)
    assert r["classification_level"] == "UNCLASSIFIED"
    assert r["classification"] == "UNCLASSIFIED//FOR OFFICIAL USE ONLY"  # UNCLAS + SENSITIVE
    assert r["subject"].endswith("MOC AT SED?")
    assert len(r["recipients"]) == 15


@pytest.mark.parametrize(
    "variant",
    [
        SEED.replace("\n", "\r\n"),
        "\ufeff" + SEED,
        SEED.replace("\n", "  \n"),
        "\ufeff" + SEED.replace("\n", " \t\r\n") + "\r\n",
    ],
)
def test_same_record_under_crlf_bom_and_trailing_spaces(variant):
    assert parse_cable(variant) == parse_cable(SEED)


def test_line_separators_end_lines_of_the_body():
    # 08MEXICO886 has U+2028 for line ends: its paragraphs start after them
    record = parse_cable(SEED.replace("\n¶", "\u2028\u2028¶").replace(" \n", " \u2028"))
    assert [p["number"] for p in record["paragraphs"]] == [p["number"] for p in parse_cable(SEED)["paragraphs"]]
    assert "\u2028" not in record["body"]


def test_html_tags_br_and_strong_are_dropped():
    # pages of some copies keep an HTML <br> at every line end (09LAPAZ96, 09MALABO27)
    assert parse_cable(SEED.replace("\n", " <br>\n")) == parse_cable(SEED)
    tags = parse_cable("TAGS: PREL ECIN ECON EFIN PGOV EPET ENRG KCOR PINR\nSOCI, EK <br>\n"
                       "SUBJECT: EQUATORIAL GUINEA RAW, PAPER 4:  THE BUSINESS OF CORRUPTION <br>\n<br>\n")
    assert tags["tags"][-2:] == ["SOCI", "EK"]
    assert tags["subject"] == "EQUATORIAL GUINEA RAW, PAPER 4: THE BUSINESS OF CORRUPTION"
    # and a <strong> tag (07TELAVIV3586)
    strong = "TAGS: PREL PGOV IS\nSUBJECT:</strong> GENERAL JAMES L. JONES' FIRST MEETINGS IN ISRAEL\n\n"
    assert parse_cable(strong)["subject"] == "GENERAL JAMES L. JONES' FIRST MEETINGS IN ISRAEL"


def test_text_starting_at_the_classification_line():
    text = SEED_BODY[SEED_BODY.index("UNCLAS SECTION 01 OF 02"):]
    r = parse_cable(text)
    assert r["cable_id"] is None  # no year anywhere
    assert r["classification_level"] == "UNCLASSIFIED"
    assert r["sections"] == 2
    assert r["tags"] == ["KIPR", "ETRD", "ECON", "WTRO", "CH"]
    assert len(r["paragraphs"]) == 8


@pytest.mark.parametrize(
    "fragment, field, value",
    [
        ("TAGS: KIPR ETRD ECON WTRO CH", "tags", ["KIPR", "ETRD", "ECON", "WTRO", "CH"]),
        ("VZCZCXRO3702\nOO RUEHCN RUEHGH\nDE RUEHBJ #2463/01 1030813\nZNR UUUUU ZZH\nO 130813Z APR 07\n"
         "FM AMEMBASSY BEIJING\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 6821", "cable_id", "07BEIJING2463"),
        ("VZCZCXRO3702\nOO RUEHCN RUEHGH\nDE RUEHBJ #2463/01 1030813\nZNR UUUUU ZZH\nO 130813Z APR 07\n"
         "FM AMEMBASSY BEIJING\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 6821", "classification_level", "UNCLASSIFIED"),
        ("ZNY CCCCC ZZH\nO 130813Z APR 07\nFM AMEMBASSY BEIJING\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 6821",
         "classification_level", "CONFIDENTIAL"),
        ("S e c r e t section 01 of 02 kinshasa 000189\n\nSIPDIS", "sections", 2),
        ("S e c r e t section 01 of 02 kinshasa 000189\n\nSIPDIS", "classification_level", "SECRET"),
        ("E C R E T ABU DHABI 000862\n\nNOFORN", "classification", "SECRET//NOFORN"),
        ("This record is a partial extract of the original cable. The full text of the original cable is not "
         "available.\n\n291359Z Nov 00\n\n\n   CONFIDENTIAL     PTQ1859", "is_partial", True),
        ("RANDT", "paragraphs", []),
        ("XXXXXXXXXXXX told us that XXXXXXXXXXXX and RamiaXXXXXXXXXXXX agreed", "redactions", 3),
        ("UNCLAS TRIPOLI 000641\n\nSENSITIVE\nSipdis\nEXDIS\n\nTAGS: PREL\nSUBJECT: X\n\nSECRET NOFORN in the text",
         "handling", ["SENSITIVE", "SIPDIS", "EXDIS"]),
        ("", "body", ""),
    ],
)
def test_fragments(fragment, field, value):
    assert parse_cable(fragment)[field] == value


def test_ref_block_after_the_header_takes_the_year_from_it():
    text = ("07BEIJING2463\nTITLE\nFri Apr 13 00:00:00 +0200 2007\nUNCLASSIFIED\nEmbassy Beijing\n"
            "REF: A. BEIJING 1234 B. 06 BEIJING 5678")
    r = parse_cable(text)
    assert r["cable_id"] == "07BEIJING2463"
    assert r["body"] == "REF: A. BEIJING 1234 B. 06 BEIJING 5678"
    assert isinstance(r["references"], list)


def test_no_cable_at_all():
    r = parse_cable("hello world")
    assert r["cable_id"] is None and r["tags"] == [] and r["recipients"] == [] and r["sections"] is None
    assert r["body"] == "hello world"


@pytest.mark.parametrize(
    "name, checks",
    [
        # old cable: distribution block, newspaper date glued to the last addressee, page headers
        ("00HARARE6677.txt", {"cable_id": "00HARARE6677", "sections": 3, "classification_level": "CONFIDENTIAL",
                              "tags": ["PGOV", "PREL", "ECON", "PINR", "ZI", "SA"],
                              "dtg": dt.datetime(2000, 11, 29, 13, 59), "precedence": None, "is_partial": True}),
        ("08STATE116943.txt", {"classification_level": "SECRET"}),
        ("09STATE63860.txt", {"classification_level": "SECRET"}),
    ],
)
def test_sample_cables(name, checks):
    r = parse_cable(sample_text(name))
    for field, value in checks.items():
        assert r[field] == value, field


def test_old_cable_addressees():
    r = parse_cable(sample_text("00HARARE6677.txt"))
    assert [x["name"] for x in r["recipients"]] == [
        "SECSTATE WASHDC", "NSC WASHDC", "SOUTHERN AFRICAN DEVELOPMENT COMMUNITY", "AMEMBASSY NAIROBI"]
    assert r["subject"] == "ASSISTANT SECRETARY MEETS WITH ZIMBABWE OPPOSITION LEADER"
    assert not any("PAGE 0" in p["text"] for p in r["paragraphs"])


def test_every_sample_cable_parses():
    for path in sorted(SAMPLE_DIR.glob("*.txt")):
        r = parse_cable(path.read_text(encoding="utf-8"))
        assert r["cable_id"], path.name
        for x in r["recipients"]:
            assert not any(w in x["name"] for w in ("UNCLAS", "CONFIDENTIAL", "C O N F", "S E C R E T")), path.name


def test_signer_is_not_part_of_the_last_paragraph():
    # 09TRIPOLI715: the signer runs on from the last line of the last paragraph
    r = parse_cable("UNCLAS TRIPOLI 000641\n\nTAGS: PREL\nSUBJECT: X\n\n¶1. (C) One.\n\n"
                    "¶2. (C) go through the motions to give Qadhafi his day. End comment.\nCRETZ")
    assert r["signers"] == ["CRETZ"]
    assert r["paragraphs"][-1]["text"] == "go through the motions to give Qadhafi his day. End comment."
