"""SUBJECT blocks as written in real cables."""

import pytest

from etl.parse.subject import find_subject


@pytest.mark.parametrize(
    "head, expected",
    [
        # the seed cable: wrapped lines, ends at the blank line
        ("TAGS: KIPR ETRD ECON WTRO CH\nSUBJECT: U.S. COORDINATOR FOR INTERNATIONAL INTELLECTUAL\n"
         "PROPERTY ENFORCEMENT CHRIS ISRAEL AT CHINA CUSTOMS: MOC AT\nSED?\n\n",
         "U.S. COORDINATOR FOR INTERNATIONAL INTELLECTUAL PROPERTY ENFORCEMENT CHRIS ISRAEL AT CHINA CUSTOMS: MOC AT SED?"),
        # ends at REF:, at Classified By:, at a paragraph
        ("SUBJECT: SPAIN: DHS SEC. NAPOLITANO'S MEETINGS WITH CABINET\nMINISTERS\nREF: A. MADRID 671",
         "SPAIN: DHS SEC. NAPOLITANO'S MEETINGS WITH CABINET MINISTERS"),
        ("SUBJECT: EMBASSY STRATEGIC COMMUNICATIONS PLAN --\nCOUNTERING CHAVEZ' ANTI-AMERICANISM\nClassified By: X",
         "EMBASSY STRATEGIC COMMUNICATIONS PLAN -- COUNTERING CHAVEZ' ANTI-AMERICANISM"),
        ("SUBJECT: CHEVRON MAY QUIT LIBYA\n¶1. (C) Following up", "CHEVRON MAY QUIT LIBYA"),
        ("SUBJECT: FOO BAR\n1. (C) Following up", "FOO BAR"),
        # REF on the same line (08TRIPOLI230)
        ("SUBJECT: LIBYA MAKES PROGRESS ON BANKING REFORM REF: TRIPOLI 126", "LIBYA MAKES PROGRESS ON BANKING REFORM"),
        # markings before and after
        ("SUBJECT: (C) PM'S ADVISOR ON RENEWED REPARATIONS CLAIMS\nAGAINST GERMANY\n\n",
         "PM'S ADVISOR ON RENEWED REPARATIONS CLAIMS AGAINST GERMANY"),
        ("SUBJECT: (SBU) SCENESETTER FOR CODEL INHOFE (U)\n\n", "SCENESETTER FOR CODEL INHOFE"),
        # sentence case, extra spaces
        ("SUBJECT:  More than Malbec:  Ambassador Donates Scholarships\n\n",
         "More than Malbec: Ambassador Donates Scholarships"),
        ("Subject: Scenesetter for Secretary Clinton's March 1-2 Visit to Chile\n\n",
         "Scenesetter for Secretary Clinton's March 1-2 Visit to Chile"),
        ("SUBJ: VISA ISSUES\n\n", "VISA ISSUES"),
        # old cable: a page header inside the subject (00HARARE6677)
        ("SUBJECT: ASSISTANT SECRETARY MEETS WITH ZIMBABWE\n CONFIDENTIAL\n"
         "PAGE 02 HARARE 06677 01 OF 03 291400Z OPPOSITION LEADER\nREFTEL: HARARE 6584",
         "ASSISTANT SECRETARY MEETS WITH ZIMBABWE OPPOSITION LEADER"),
        # a new-style page header ends it (08TRIPOLI741)
        ("SUBJECT: MINISTER OF ECONOMY POSITIVE ON BILATERAL ENGAGEMENT, CONCERNED ABOUT DOMESTIC "
         "REFORM PLANS  TRIPOLI 00000741  001.2 OF 002\n\n",
         "MINISTER OF ECONOMY POSITIVE ON BILATERAL ENGAGEMENT, CONCERNED ABOUT DOMESTIC REFORM PLANS"),
        # backslashes of a TSV copy (05BOGOTA9257)
        ("SUBJECT: RECONCILIATION COMMISSION CONFIRMS PEACE PROCESS \\\nWITH GUERRILLAS STALLED \\\n \\\n",
         "RECONCILIATION COMMISSION CONFIRMS PEACE PROCESS WITH GUERRILLAS STALLED"),
        # an e-mail Subject: header before the real one (08TRIPOLI230)
        ("Subject: TRIPOLI 00000230 R CO 17-MAR-08 LIBYA MAKES PROGRESS\n\nSUBJECT: LIBYA MAKES PROGRESS ON BANKING\n\n",
         "LIBYA MAKES PROGRESS ON BANKING"),
    ],
)
def test_subject(head, expected):
    assert find_subject(head)[0] == expected


def test_no_subject():
    assert find_subject("TAGS: PREL\n\n¶1. (C) text") == (None, -1)
