"""Numbered paragraphs, markings and page furniture."""

import pytest

from etl.parse.normalize import normalize
from etl.parse.pages import strip_page_headers
from etl.parse.paragraphs import parse_paragraphs
from tests.conftest import sample_text


def test_seed_paragraphs():
    text = normalize(sample_text("07BEIJING2463.txt")).split("\n", 5)[5]
    paragraphs = parse_paragraphs(text)
    assert [p["number"] for p in paragraphs] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert [p["marking"] for p in paragraphs] == ["U", "U", "U", "U", "SBU", None, None, None]
    assert not any("BEIJING 00002463" in p["text"] or "002 OF 002" in p["text"] for p in paragraphs)
    assert paragraphs[4]["text"].endswith("addressed USTR's concerns. End Comment.")  # heading block dropped
    assert "Washington, DC agencies should note that China Customs did enact" in paragraphs[4]["text"]
    assert paragraphs[7]["text"] == "Chris Israel has cleared this report."


@pytest.mark.parametrize(
    "text, expected",
    [
        ("¶1. (C) One.\n\n¶2. (S//NF) Two.\n\n¶3. (C/NF) Three.\n\n¶4. (TS) Four.",
         [(1, "C", "One."), (2, "S//NF", "Two."), (3, "C/NF", "Three."), (4, "TS", "Four.")]),
        # no pilcrow, no space after the number (09TRIPOLI868, 05MUSCAT679)
        ("1.(C) One.\n2.(SBU) Two.", [(1, "C", "One."), (2, "SBU", "Two.")]),
        ("1. (U) One.\n\n2. Two, unmarked.", [(1, "U", "One."), (2, None, "Two, unmarked.")]),
        # lower case marking
        ("¶1. (sbu) One.", [(1, "SBU", "One.")]),
        # a parenthesis that is no marking stays in the text
        ("¶1. (Note: text) One.", [(1, None, "(Note: text) One.")]),
        # markings with a release list, NF after a blank or a hyphen (08NEWDELHI1035, 09KABUL376, 08NAIROBI2290)
        ("¶1. (U) Action request in para. 7.\n\n¶2. (C/REL UK, CANADA, AUSTRALIA) Summary: Hours before\n\n"
         "¶3. (S//REL TO USA, FVEY) Three.\n\n¶4. (C/Releasable to Italy) Four.",
         [(1, "U", "Action request in para. 7."), (2, "C/REL UK, CANADA, AUSTRALIA", "Summary: Hours before"),
          (3, "S//REL TO USA, FVEY", "Three."), (4, "C/RELEASABLE TO ITALY", "Four.")]),
        ("¶1. (C NF) President Karzai on February 15\n\n¶2. (S-NF) A shipment",
         [(1, "C/NF", "President Karzai on February 15"), (2, "S-NF", "A shipment")]),
        # a country in parentheses is no marking
        ("¶1. (C) One.\n\n¶2. (Afghanistan) Two.", [(1, "C", "One."), (2, None, "(Afghanistan) Two.")]),
        # 07SANJOSE1106: a year at a line start got a pilcrow; it is no paragraph
        ("¶1. (C) Ties with Taiwan dating back to\n¶1944. President Arias said.\n\n¶2. (C) Two.",
         [(1, "C", "Ties with Taiwan dating back to ¶1944. President Arias said."), (2, "C", "Two.")]),
        # sub-paragraphs and lists stay inside their paragraph
        ("¶1. (C) Points:\nA. first\nB. second\n-- third\n\n¶2. (C) Two.",
         [(1, "C", "Points: A. first B. second -- third"), (2, "C", "Two.")]),
        # a pilcrow in the middle of a line (06CAIRO493)
        ("Director Mueller, ¶1. (C) Thank you.\n¶2. (S) Two.", [(1, "C", "Thank you."), (2, "S", "Two.")]),
        # the signer after the last paragraph
        ("¶1. (C) One.\n\n¶2. (C) Two.\n\nRANDT", [(1, "C", "One."), (2, "C", "Two.")]),
        ("No numbered paragraph here.", []),
        ("", []),
    ],
)
def test_paragraphs(text, expected):
    assert [(p["number"], p["marking"], p["text"]) for p in parse_paragraphs(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a page header on its own line
        ("should note that\n\nBEIJING 00002463  002 OF 002\n\n\nChina Customs did", "should note that\n\n\n\nChina Customs did"),
        ("text\nBAKU 00001835  001.2 OF 003\nmore", "text\nmore"),
        # in the middle of a joined line, station of two words (05NEWDELHI9527)
        ("no one can evict STs NEW DELHI 00009527  002 OF 005  without a proper",
         "no one can evict STs without a proper"),
        ("in investigating the TRIPOLI 00000868 002.2 OF 002 circumstances", "in investigating the circumstances"),
        # the repeated subject after the page header (10STATE16219)
        ("encourage all STATE 00016219 002.2 OF 005 SUBJECT: IRISL'S UNINSURED FLEET AND EVASIVE ACTIONS "
         "NECESSITATE DENIAL OF PORT ENTRY WORLDWI states to",
         "encourage all  states to"),
        # old cables: lone classification line and PAGE header with the text going on
        ("CHARGE\nCONFIDENTIAL\n\nPAGE 02 VATICA 01261 061419Z\nTO PRESENT", "CHARGE\n\nTO PRESENT"),
        (" CONFIDENTIAL\nPAGE 03 HARARE 06677 01 OF 03 291400Z\n--------", " \n--------"),
        # a repeated classification line
        ("end of section\nUNCLAS SECTION 02 OF 02 BEIJING 002463\nnext section", "end of section\nnext section"),
        # not a page header
        ("THE SECRETARY OF STATE SAID 12 OF 20 WERE", "THE SECRETARY OF STATE SAID 12 OF 20 WERE"),
    ],
)
def test_strip_page_headers(text, expected):
    # only whitespace may differ from the text without its furniture: paragraphs collapse it
    subject = "IRISL'S UNINSURED FLEET AND EVASIVE ACTIONS NECESSITATE DENIAL OF PORT ENTRY WORLDWIDE"
    assert strip_page_headers(text, subject) == expected
