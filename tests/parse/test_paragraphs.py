"""Paragraphs (numbered or opened by a marking), markings and page furniture."""

import pytest

from etl.parse import parse_cable
from etl.parse.cable import _drop_signers
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
        # a copy that joined the lines: numbers with a marking inside a line (08TRIPOLI530)
        ("CLASSIFIED BY: Chris Stevens, CDA, AmEmbassy Tripoli, State. REASON: 1.4 (b), (d)  1.  (C)  Summary: "
         "Despite some evidence in 2007 of a thaw  End summary.  DESPITE MELLOWING, OFFICIAL DENIAL THAT LIBYA IS "
         "ANYTHING BUT HOMOGENEOUS PERSIST  2.  (C)  In 2007, the GOL showed some evidence of me",
         [(1, "C", "Summary: Despite some evidence in 2007 of a thaw End summary. DESPITE MELLOWING, OFFICIAL DENIAL "
                   "THAT LIBYA IS ANYTHING BUT HOMOGENEOUS PERSIST"),
          (2, "C", "In 2007, the GOL showed some evidence of me")]),
        ("¶1. (C) Summary: The EU Foreign Ministers will discuss the draft plan\nsecurity implications. 2. (C) On a "
         "separate note, our MFA contacts said",
         [(1, "C", "Summary: The EU Foreign Ministers will discuss the draft plan security implications."),
          (2, "C", "On a separate note, our MFA contacts said")]),  # 08STOCKHOLM792
        # ... but not a number repeated at once in the text (10BRASILIA51)
        ("CLASSIFIED BY: Thomas Shannon, Ambassador; REASON: 1.4(D) 1. (C) \n\n¶1. (C) During Ambassador Shannon's "
         "introductory call", [(1, "C", "During Ambassador Shannon's introductory call")]),
        # ... nor an item of a lettered list (09ABUJA203), nor "1) (C)" items of questions (09STATE85455)
        ("¶3. (S/NF) experts from Germany have been brought in\nto oversee the President's treatment. END INTRODUCTION."
         "\n\n¶4. (S/NF) Information below on the health of President\nYar'Adua is keyed to Ref. A questions:\n\n"
         "¶A. (c) overall health\n\nA 1. (S/NF) DIAGNOSES: Despite continued statements by the\n\n"
         "A 5. (s/nf) yar'adua aware of his diagnoses/prognoses:\nAlthough the spokesman for the Villa continues",
         [(3, "S/NF", "experts from Germany have been brought in to oversee the President's treatment. "
                      "END INTRODUCTION."),
          (4, "S/NF", "Information below on the health of President Yar'Adua is keyed to Ref. A questions: "
                      "¶A. (c) overall health A 1. (S/NF) DIAGNOSES: Despite continued statements by the "
                      "A 5. (s/nf) yar'adua aware of his diagnoses/prognoses: Although the spokesman for the "
                      "Villa continues")]),
        ("¶1.  (C)  WASHINGTON ANALYSTS CONTINUE TO FOLLOW THE ERGENEKON PROCESS\n\n"
         "¶A.  (SBU)  TURKISH POLITICAL VIEWS ON ERGENEKON:\n\n"
         "1)  (C)  WHAT ARE THE JUSTICE AND DEVELOPMENT PARTY'S (AKP) MOTIVATIONS FOR THE INVESTIGATIONS?\n\n"
         "2)  (C)  HOW MUCH INFLUENCE DOES THE PRIME MINISTRY WIELD OR SEEK TO IMPOSE ON THIS PROCESS?",
         [(1, "C", "WASHINGTON ANALYSTS CONTINUE TO FOLLOW THE ERGENEKON PROCESS ¶A. (SBU) TURKISH POLITICAL VIEWS "
                   "ON ERGENEKON: 1) (C) WHAT ARE THE JUSTICE AND DEVELOPMENT PARTY'S (AKP) MOTIVATIONS FOR THE "
                   "INVESTIGATIONS? 2) (C) HOW MUCH INFLUENCE DOES THE PRIME MINISTRY WIELD OR SEEK TO IMPOSE ON "
                   "THIS PROCESS?")]),
        # a later part of a cable sent in parts, a text whose first paragraphs are lost (09LONDON2616, 04MADRID4687)
        ("TRANSMITTED IN THREE PARTS.  THIS IS PART TWO OF THREE.\n¶38. (SBU)  Gower (UK) said that sharing the "
         "numbers\n\n¶39. (SBU)  Briens (France) stated",
         [(38, "SBU", "Gower (UK) said that sharing the numbers"), (39, "SBU", "Briens (France) stated")]),
        ("XXXXXXXXXXXX\n//U.S.-SPAIN RELATIONS//\n \n¶7. (C) Leon said that Spain is politically divided at the",
         [(7, "C", "Leon said that Spain is politically divided at the")]),
        # ... but a year wrapped to a line start is no paragraph (09PANAMA171, whose paragraphs have no numbers)
        ("(U) The responses are keyed numerically to the questionnaire\nprovided in ref A.  Ref B is Post's previous "
         "SEPQ from August\n¶2008.\n\nPOLITICAL VIOLENCE",
         [(None, "U", "The responses are keyed numerically to the questionnaire provided in ref A. Ref B is Post's "
                      "previous SEPQ from August ¶2008.")]),
        # the text glued to the number's full stop, which got no pilcrow (08KABUL297, 09CAIRO1139)
        ("REF: KABUL 266\n\n1.This to update the Department on Post's alert of February 2\n\n"
         "2.Post finds the NDS determination to be credible\n\n3.Any questions on this issue can be directed",
         [(1, None, "This to update the Department on Post's alert of February 2"),
          (2, None, "Post finds the NDS determination to be credible"),
          (3, None, "Any questions on this issue can be directed")]),
        ("1.KEY POINTS -- (C) On June 7, IO A/S Brimmer told MFA\n\n2.(C) Gabr welcomed the \"different tone\"\n\n"
         "¶3. (C) Gabr said",
         [(1, None, "KEY POINTS -- (C) On June 7, IO A/S Brimmer told MFA"),
          (2, "C", 'Gabr welcomed the "different tone"'), (3, "C", "Gabr said")]),
        # ... but not a year or a quotation ending at a line start (09BERLIN485)
        ("¶10. (U) the breeding ground of terrorism that led to September\n11.\" \n \nSunday's Frankfurter",
         [(10, "U", "the breeding ground of terrorism that led to September 11.\" Sunday's Frankfurter")]),
        # a heading whose rule a copy joined to it; a heading framed by rules right after the last line
        # (03BRASILIA1550, 04AMMAN1288)
        ("¶2. (SBU) Summary. In the run-up to USTR Zoellick's May 27-28 visit, debate has intensified\nduring his "
         "meeting with Minister Amorim on May 28. End Summary. \n\nWho's In Charge? --------------------- \n\n"
         "¶3. (SBU) Despite campaign rhetoric",
         [(2, "SBU", "Summary. In the run-up to USTR Zoellick's May 27-28 visit, debate has intensified during his "
                     "meeting with Minister Amorim on May 28. End Summary."),
          (3, "SBU", "Despite campaign rhetoric")]),
        ("¶4. (S) Muasher said that Zebari had underscored the desire of the Iraqi government\nhe would be raising this "
         "issue with senior USG officials on his upcoming trip to Washington.\n--------------------- \n"
         "SYRIA THE ODD MAN OUT\n--------------------- \n\n¶5. (S) In this frank and productive discussion",
         [(4, "S", "Muasher said that Zebari had underscored the desire of the Iraqi government he would be raising "
                   "this issue with senior USG officials on his upcoming trip to Washington."),
          (5, "S", "In this frank and productive discussion")]),
        # ... or to the last sentence (07MANAMA1010, 10CAIRO141, 08LONDON1352)
        ("9.(C) The Crown Prince replied \"I've received the message.\" Bahrain would rise to the challenge, but unless "
         "there is \"a fundamental change, a rebalancing of power in Iraq,\" it would be difficult both to support U.S. "
         "policies and at the same time maintain current democratic openings; these would only provide opportunities "
         "for Iran to work further mischief. Meetings with King and Foreign Minister "
         "---------------------------------------\n\n10.(C) With King Hamad",
         [(9, "C", "The Crown Prince replied \"I've received the message.\" Bahrain would rise to the challenge, but "
                   "unless there is \"a fundamental change, a rebalancing of power in Iraq,\" it would be difficult both "
                   "to support U.S. policies and at the same time maintain current democratic openings; these would "
                   "only provide opportunities for Iran to work further mischief."),
          (10, "C", "With King Hamad")]),
        ("¶3. (SBU) The three suspects were arrested on January 8, and according to local human rights groups on Coptic "
         "contatcs, there is little doubt that the arrested men were the attackers. While there have been media reports "
         "that a fourth suspect was arrested for providing weapons to the suspects, the GoE has not confirmed the "
         "arrest. -------------------------------------- CAIRO 00000141 002 OF 003 Rumors of a Political Motive "
         "--------------------------------------\n\n¶4. (C) The motive for the attack remains unclear.",
         [(3, "SBU", "The three suspects were arrested on January 8, and according to local human rights groups on "
                     "Coptic contatcs, there is little doubt that the arrested men were the attackers. While there have "
                     "been media reports that a fourth suspect was arrested for providing weapons to the suspects, the "
                     "GoE has not confirmed the arrest."),
          (4, "C", "The motive for the attack remains unclear.")]),
        ("1.(C/NF) SUMMARY. The British government is reviewing its options\n\n¶10. END SUMMARY UNSCR 1803 "
         "IMPLEMENTATION -------------------------\n\n2.(C/NF) We met with Pete Maydon",
         [(1, "C/NF", "SUMMARY. The British government is reviewing its options ¶10."),
          (2, "C/NF", "We met with Pete Maydon")]),
        # ... but a table row framed by rules is text (08LONDON1921)
        ("¶3. (SBU) HM Treasury (HMT) expected the financial markets to recover more quickly\n\n"
         "4.(U) GDP rose by 0.3 percent in the first quarter of 2008.  Figures show real quarterly growth and are "
         "seasonally adjusted  \n\n-------------------------------------  Q107 Q207 Q307 Q407 Q108  GDP 0.8 0.9 0.6 0.6 "
         "0.3 -------------------------------------  \n\nInflation Above Targets -----------------------  \n\n"
         "¶5. (U) ITEM expects CPI to remain above",
         [(3, "SBU", "HM Treasury (HMT) expected the financial markets to recover more quickly"),
          (4, "U", "GDP rose by 0.3 percent in the first quarter of 2008. Figures show real quarterly growth and are "
                   "seasonally adjusted ------------------------------------- Q107 Q207 Q307 Q407 Q108 GDP 0.8 0.9 "
                   "0.6 0.6 0.3 -------------------------------------"),
          (5, "U", "ITEM expects CPI to remain above")]),
        ("No numbered paragraph here.", []),
        ("", []),
    ],
)
def test_paragraphs(text, expected):
    assert [(p["number"], p["marking"], p["text"]) for p in parse_paragraphs(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a text that numbers no paragraph: each opens with its marking at a line start, after the head;
        # headings between paragraphs belong to none (08BERN612)
        ("SUBJECT: BILATERAL RELATIONSHIPS WITH SWITZERLAND AND THE \nPRINCIPALITY OF LIECHTENSTEIN \n \n"
         "Classified By: AMB. P. CONEWAY FOR REASON 1.4 (b) and (d) \n \n"
         "(U) As I approach the end of my two and one-half year tenure \nin Bern, I would like to share a few thoughts."
         "\n \n------------------ \nHistorical Context \n------------------ \n \n"
         "(C)  In a 2002 referendum, 55% of the Swiss voted to join the \nUnited Nations.",
         [(None, "U", "As I approach the end of my two and one-half year tenure in Bern, I would like to share a few "
                      "thoughts."),
          (None, "C", "In a 2002 referendum, 55% of the Swiss voted to join the United Nations.")]),
        # ... right after the REF line, after a blank (08KUALALUMPUR317); one after another without blank lines
        # (09HAVANA721)
        ("SUBJECT: DEMARCHE: US-EU PRISONERS OF CONSCIENCE DECLARATION\nREF: STATE 40380\n (SBU) Poloff delivered "
         "reftel demarche and nonpaper to Adi",
         [(None, "SBU", "Poloff delivered reftel demarche and nonpaper to Adi")]),
        ("SUBJECT: MILITARY EXERCISES FAIL TO ROUSE CUBANS \n \n(SBU) Cuba mobilized as many cameras and reporters as "
         "it did \nexercises was, once again, a U.S. invasion. \n(SBU) In the days leading to the three-day exercises, "
         "the \npopulation is mobilized for action. \n",
         [(None, "SBU", "Cuba mobilized as many cameras and reporters as it did exercises was, once again, a U.S. "
                        "invasion."),
          (None, "SBU", "In the days leading to the three-day exercises, the population is mobilized for action.")]),
        # a parenthesis at a line start that is no marking stays in the text (08BERN612)
        ("(U)  The Federal Bureau of Investigation (FBI), Department of\nHomeland Security (DHS), and Drug "
         "Enforcement Administration\n(DEA) are the law enforcement entities represented at post.",
         [(None, "U", "The Federal Bureau of Investigation (FBI), Department of Homeland Security (DHS), and Drug "
                      "Enforcement Administration (DEA) are the law enforcement entities represented at post.")]),
        # the head's parentheses at a line start are no paragraphs: a marked Classified By line (03ANKARA4230),
        # the rest of its reasons (09BOGOTA3035, 04BOGOTA8900, 07BUENOSAIRES1833), a lettered REF list
        # (08REYKJAVIK189, 04BRASILIA2129)
        ("SUBJECT: TURKEY DEMANDS IMMEDIATE RELEASE OF ITS SPECIAL \nFORCES PERSONNEL IN NORTHERN IRAQ \n \n"
         "(U) Classified by DCM Robert Deutsch, reasons 1.5, b/d. ", []),
        ("CLASSIFIED BY: William R. Brownfield, Ambassador; REASON: 1.4(B),\n(C), (D)", []),
        ("Classified By: Ambassador William B. Wood for reasons 1.4 (b),\n(c), and (d).", []),
        ("Classified By: Ambassador E. Anthony Wayne for reasons 1.4(b)\n(c)and(d)", []),
        ("REFS: (A) STATE 063034 \n (B) STATE 086086 \n (C) STATE 086470", []),
        ("REFS: (A) Brasilia 1835 \n(B) USUN 1593 \n(C) State 152009", []),
        # a text with numbered paragraphs keeps a marking at a line start inside its paragraph (08RANGOON749)
        ("¶2. (S//REL TO USA, ACGU) Details of the incident follow, keyed to questions in Ref A:\nF) Unknown.\n"
         "(S//REL TO USA, ACGU) The subject brought with him a small bottle\n\n¶3. (SBU) XXXXXXXXXXXX",
         [(2, "S//REL TO USA, ACGU", "Details of the incident follow, keyed to questions in Ref A: F) Unknown. "
                                     "(S//REL TO USA, ACGU) The subject brought with him a small bottle"),
          (3, "SBU", "XXXXXXXXXXXX")]),
    ],
)
def test_paragraphs_without_numbers(text, expected):
    assert [(p["number"], p["marking"], p["text"]) for p in parse_paragraphs(text)] == expected


def test_the_first_paragraph_without_number_is_the_summary():
    text = (
        "06REYKJAVIK63\n"
        "ICELAND JOINS EU IN CONDEMNATION OF IRAQ\n"
        "Fri Feb 24 00:00:00 +0100 2006\n"
        "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n"
        "Embassy Reykjavik\n"
        "VZCZCXYZ0000\n"
        "RR RUEHWEB\n"
        "\n"
        "DE RUEHRK #0063 0551652\n"
        "ZNR UUUUU ZZH\n"
        "R 241652Z FEB 06\n"
        "FM AMEMBASSY REYKJAVIK\n"
        "TO SECSTATE WASHDC 2593UNCLAS REYKJAVIK 000063 \n"
        " \n"
        "SIPDIS \n"
        " \n"
        "SENSITIVE, SIPDIS \n"
        " \n"
        "E.O. 12958: N/A \n"
        "TAGS: PREL PGOV KDEM KPAO PTER IZ IC\n"
        "SUBJECT:  ICELAND JOINS EU IN CONDEMNATION OF IRAQ \n"
        "SHRINE BOMBING \n"
        " \n"
        "REF:  STATE 28802 \n"
        " \n"
        "(SBU) Post discussed the Al-Askariya shrine bombing \n"
        "with Icelandic MFA International Institutions Division \n"
        "Director (and Middle East desk officer) Nikulas \n"
        "Hannigan February 24.  Hannigan informed us that \n"
        "Iceland had a day earlier associated itself with a \n"
        "draft declaration by the European Union Presidency \n"
        "condemning the bombing.  Iceland would not issue a \n"
        "separate statement from that of the EU, Hannigan said, \n"
        "but would take our demarche into account when \n"
        "considering additional possible responses to the \n"
        "incident. \n"
        " \n"
        "VAN VOORST"
    )
    record = parse_cable(text)  # 06REYKJAVIK63, whole
    expected = ("Post discussed the Al-Askariya shrine bombing with Icelandic MFA International Institutions Division "
                "Director (and Middle East desk officer) Nikulas Hannigan February 24. Hannigan informed us that "
                "Iceland had a day earlier associated itself with a draft declaration by the European Union "
                "Presidency condemning the bombing. Iceland would not issue a separate statement from that of the EU, "
                "Hannigan said, but would take our demarche into account when considering additional possible "
                "responses to the incident.")
    assert [(p["number"], p["marking"], p["text"]) for p in record["paragraphs"]] == [(None, "SBU", expected)]
    assert record["summary"] == expected


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
        # a later section's first page repeats the cable's head up to its page 2 (02ROME1196)
        ("FOLLOW THE LINE\n CONFIDENTIAL\n CONFIDENTIAL PTQ1865\nPAGE 01 ROME 01196 02 OF 02 082031Z ACTION EUR-00\n"
         "INFO LOG-00 COR-01 NP-00 AID-00\n------------------71B573 082032Z /38\nO 071013Z MAR 02\n"
         "FM AMEMBASSY ROME\nTO SECSTATE WASHDC IMMEDIATE 2621\nC O N F I D E N T I A L SECTION 02 OF 02 ROME 001196\n"
         "E.O. 12958: DECL: 03/07/12\nTAGS: PHUM PGOV IT\nPAGE 02 ROME 01196 02 OF 02 082031Z G-8 DEMONSTRATIONS OR",
         "FOLLOW THE LINE\n G-8 DEMONSTRATIONS OR"),
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


# Cable texts (routing header, head, paragraphs) of real cables whose pages
# appended a copy of the cable or another cable's record (etl.parse.copies).
LIMA748 = (
    "VZCZCXYZ0001\nPP RUEHWEB\n\nDE RUEHPE #0748 0581314\nZNR UUUUU ZZH\nP 271314Z FEB 06\nFM AMEMBASSY LIMA\n"
    "TO SECSTATE WASHDC PRIORITY 8886UNCLAS LIMA 000748\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PGOV KJUS PE\n"
    "SUBJECT: MONTESINOS LEGAL REQUEST FOR EMBASSY FILES\n\n"
)
PARIS1855 = (
    "VZCZCXYZ0001\nOO RUEHWEB\n\nDE RUEHFR #1855/01 2821011\nZNY SSSSS ZZH\nO 081011Z OCT 08\n"
    "FM AMEMBASSY PARIS\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 4448\nINFO RUEHLB/AMEMBASSY BEIRUT PRIORITY 0597\n"
    "RHEHNSC/NSC WASHINGTON DC PRIORITY"
)
TRIPOLI641 = (
    "TelegramRestricted by caption. UNCLASSIFIED   TRIPOLI   00000641\nO 261520Z JUL 07\nFM AMEMBASSY TRIPOLI\n"
    "TO RUEHC/SECSTATE WASHDC IMMEDIATE 2473\nRUEHTRO/AMEMBASSY TRIPOLI 2831"
)
MOSCOW1519 = (
    "VZCZCXRO6619\nPP RUEHBW\nDE RUEHMO #1519 1510740\nZNY CCCCC ZZH\nP 300740Z MAY 08\nFM AMEMBASSY MOSCOW\n"
    "TO RUEHC/SECSTATE WASHDC PRIORITY 8302\nRUCPDOC/DEPT OF COMMERCE WASHDC PRIORITYC O N F I D E N T I A L "
    "MOSCOW 001519\n\nSIPDIS\n\nTAGS: ECON EINV ETRD PREL PGOV RS\nSUBJECT: TNK-BP INTERNAL FIGHT GOES PUBLIC\n\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a teaser cut in the first paragraph, the site's record of the cable, the whole text again (06LIMA748)
        (LIMA748 + "¶1. (U) This is an action request. Please se...\n\nid: 54459\ndate: 2/27/2006 13:14\n"
         "refid: 06LIMA748\norigin: Embassy Lima\ndestination:\nheader:\n" + LIMA748.split("UNCLAS")[0]
         + "\n\n\n----------------- header ends ----------------\n\nUNCLAS LIMA 000748\n\n"
         + LIMA748.split("8886UNCLAS LIMA 000748\n\n")[1] + "¶1. (U) This is an action request. Please see para 5.\n\n"
         "¶2. (SBU) Comment: Post is not aware of any USG interest. End\nComment.\nSTRUBLE",
         [(1, "U", "This is an action request. Please see para 5."),
          (2, "SBU", "Comment: Post is not aware of any USG interest. End Comment.")]),
        # the routing header again after the signer (08PARIS1855, 06PARIS1236)
        (PARIS1855 + "S E C R E T PARIS 001855\n\nTAGS: FR PREL\nSUBJECT: MARCH 14 SHOOTS ITSELF IN FOOT\n\n"
         "¶1. (S) Summary: A March 14th delegation.\n\n¶2. (S) Given the dramatic about-face, a\nconfident, "
         "united movement destined to win next year's\nparliamentary elections.\n\nSTAPLETON\n\n" + PARIS1855,
         [(1, "S", "Summary: A March 14th delegation."),
          (2, "S", "Given the dramatic about-face, a confident, united movement destined to win next year's "
                   "parliamentary elections.")]),
        ("VZCZCXRO1423\nOO RUEHFL RUEHKW\nDE RUEHFR #1236/01 0591143\nZNY CCCCC ZZH\nO 281143Z FEB 06\n"
         "FM AMEMBASSY PARIS\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 4616C O N F I D E N T I A L PARIS 001236\n\n"
         "¶1. (U) This message was cleared by Staffdel Talwar.\n\n\nPlease visit Paris' Classified Website at:\n"
         "http://www.state.sgov.gov/p/eur/paris/index.c fm\n\nStapleton\n\nVZCZCXRO1423\nOO RUEHFL RUEHKW\n"
         "DE RUEHFR #1236/01 0591143\nZNY CCCCC ZZH\nO 281143Z FEB 06\nFM AMEMBASSY PARIS\n"
         "TO RUEHC/SECSTATE WASHDC IMMEDIATE 4616",
         [(1, "U", "This message was cleared by Staffdel Talwar. Please visit Paris' Classified Website at: "
                   "http://www.state.sgov.gov/p/eur/paris/index.c fm")]),
        # ... without transmission id and DE line (07TRIPOLI641)
        (TRIPOLI641 + "UNCLAS TRIPOLI 000641\n\nTAGS: PREL PHUM EINV ENRG FR LY\nSUBJECT: QADHAFI HOSTS SARKOZY\n\n"
         "¶1. (SBU) SUMMARY. Just one day after.\n\n¶2. (U) headline: \"The Brother Leader Welcomes President\n"
         "Nicolas Sarkozy\" (referring to the\n1986 bombings of Tripoli). \"\n\nSTEVENS\n\n"
         + TRIPOLI641.replace("   ", " "),
         [(1, "SBU", "SUMMARY. Just one day after."),
          (2, "U", 'headline: "The Brother Leader Welcomes President Nicolas Sarkozy" (referring to the 1986 '
                   'bombings of Tripoli). "')]),
        # another cable's database record and text after the signer, its numbers going on (08MOSCOW1519) ...
        (MOSCOW1519 + "1.(SBU) TNK-BP President, AmCit Robert Dudley, gave an interview.\n\n2.(C) Update: McCormack "
         "called late in the evening May 29. RUSSELL\n\n0 05/30/2008 3221 ECON,EINV,ETRD,PREL,PGOV,RS TNK-BP "
         "INTERNAL FIGHT GOES PUBLIC; BOTH SIDES RAISE STAKES 156028 BP hits back 164519 8/1/2008 12:18 08MOSCOW2237 "
         "Embassy Moscow CONFIDENTIAL VZCZCXRO1244PP RUEHFL RUEHKW RUEHLA RUEHROV RUEHSRDE RUEHMO #2237/01 "
         "2141218ZNY CCCCC ZZHP 011218Z AUG 08FM AMEMBASSY MOSCOWTO RUEHC/SECSTATE WASHDC PRIORITY 9271\n"
         "C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 002237 SIPDIS E.O. 12958: DECL: 07/08/2018\n\n"
         "3.(C) Summers said a longer-term resolution of the dispute would depend on four areas.\n\nRUBIN",
         [(1, "SBU", "TNK-BP President, AmCit Robert Dudley, gave an interview."),
          (2, "C", "Update: McCormack called late in the evening May 29.")]),
        # ... or starting over at 1 (09BERN279, a tab-separated copy)
        ("VZCZCXYZ0003\nPP RUEHWEB\n\nDE RUEHSW #0279 1870731\nZNY SSSSS ZZH\nP 060731Z JUL 09\nFM AMEMBASSY BERN\n"
         "TO SECSTATE WASHDC PRIORITY 5925\n\tS E C R E T BERN 000279 \\\n \\\nSUBJECT: (S) FURTHER INFORMATION \\\n"
         " \\\n¶1.  (S) On July 3, State Secretariat for Economic Affairs \\\nMissile Technology Control Regime. \\\n"
         "CARTER \\\n\n215201\t2009-07-06 10:01:00\t09COTONOU278\tEmbassy Cotonou\tUNCLASSIFIED\t\tVZCZCXRO6872\\\n"
         "PP RUEHMA RUEHPA\\\nDE RUEHCO #0278 1871001\\\nZNR UUUUU ZZH\\\nP 061001Z JUL 09\\\n"
         "FM AMEMBASSY COTONOU\\\nTO RUEHC/SECSTATE WASHDC PRIORITY 1003\tUNCLAS COTONOU 000278 \\\n \\\n"
         "¶1. SUMMARY: On June 20, 2009, Beninese Security Forces intercepted \\\n \\\n"
         "¶2. On June 20, 2009, officers of the Dantopka's Police Station \\\n \\\nBOUSTANI \\",
         [(1, "S", "On July 3, State Secretariat for Economic Affairs Missile Technology Control Regime.")]),
        # a teaser cut in the first paragraph, then the whole text from its classification line (07MOSCOW3399)
        ("FM AMEMBASSY MOSCOW\nTO RUEHC/SECSTATE WASHDC 2002\nINFO RUEHXD/MOSCOW POLITICAL COLLECTIVEC O N F I D E N T I "
         "A L SECTION 01 OF 02 MOSCOW 003399 \n \nSIPDIS \n \nTAGS: PGOV PHUM PINR RS\nSUBJECT: RUSSIAN OPPOSITION FACES "
         "MORE FRACTURE \n \n¶1. (C) Summary: Other Russia's second annual conference was \nn...\n\nC O N F I D E N T I "
         "A L SECTION 01 OF 02 MOSCOW 003399 SIPDIS SIPDIS E.O. 12958: DECL: 07/07/2017 TAGS: PGOV PHUM PINR RS\n"
         "¶1. (C) Summary: Other Russia's second annual conference was notable. End summary.\n"
         "¶2. (U) The two-day Other Russia conference.",
         [(1, "C", "Summary: Other Russia's second annual conference was notable. End summary."),
          (2, "U", "The two-day Other Russia conference.")]),
        # the page's end line, then the rest of the page (06BOGOTA1082, 09ASUNCION661)
        (PARIS1855 + "C O N F I D E N T I A L BOGOTA 001082\n\nSUBJECT: X\n\n¶1. (C) One.\n\n¶2. (C) He is the\n"
         "step-father of current Cesar Governor.\nWOOD\n\n=======================CABLE ENDS============================"
         "\n\n\n\nClassified By: DCM Milton K. Drucker, Reasons: 1.4 B...",
         [(1, "C", "One."), (2, "C", "He is the step-father of current Cesar Governor.")]),
        (PARIS1855 + "UNCLAS ASUNCION 000661\n\nSUBJECT: X\n\n¶1. (U) One.\n¶2. (U) The Embassy will increase its "
         "vigilance accordingly.\nAYALDE\n=======================CABLE ENDS============================",
         [(1, "U", "One."), (2, "U", "The Embassy will increase its vigilance accordingly.")]),
        # a record before the first paragraph is no copy: the head holds it (08JEDDAH84, 09CAIRO290)
        (PARIS1855 + "S E C R E T PARIS 001855\n\nSUBJECT: MARCH 14\n\n" + PARIS1855 + "\n\n¶1. (S) One.",
         [(1, "S", "One.")]),
    ],
)
def test_paragraphs_of_cables_with_appended_copies(text, expected):
    assert [(p["number"], p["marking"], p["text"]) for p in parse_cable(text)["paragraphs"]] == expected


def test_the_summary_is_not_taken_from_a_teaser():
    # 08USUNNEWYORK720: the teaser is all the text there is; 07MOSCOW3399: the whole text follows it
    teaser_only = (PARIS1855 + "UNCLAS USUN NEW YORK 000720\n\nSUBJECT: GEORGIA CHALLENGES RUSSIA\n\n"
                   "¶1. (SBU) SUMMARY.  The UN Security Council failed on Augu...\n\n\n"
                   "UNCLAS USUN NEW YORK 000720 SENSITIVE SIPDIS PASS TO SECRETARY RICE E.O. 12958: N/A TAGS: GG PGOV")
    assert parse_cable(teaser_only)["summary"] == "The UN Security Council failed on Augu..."
    whole = (PARIS1855 + "C O N F I D E N T I A L MOSCOW 003399\n\nSUBJECT: RUSSIAN OPPOSITION\n\n"
             "¶1. (C) Summary: Other Russia's second annual conference was \nn...\n\n"
             "C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 003399 SIPDIS TAGS: PGOV PHUM PINR RS\n"
             "¶1. (C) Summary: Other Russia's second annual conference was notable. End summary.\n¶2. (U) Two.")
    assert parse_cable(whole)["summary"] == "Other Russia's second annual conference was notable."


@pytest.mark.parametrize(
    "text, signers, expected",
    [
        # the signer written twice, with dots, glued to the sentence or in another case
        # (09BRASILIA1460, 05BRASILIA1164, 05TELAVIV4403, 08LONDON1972, 08BRASILIA304)
        ("the GOB may have to make at Copenhagen. END COMMENT. KUBISKE KUBISKE ...", ["KUBISKE"],
         "the GOB may have to make at Copenhagen. END COMMENT."),
        ("with an eye to including language on rural Para. DANILOVICH.", ["DANILOVICH"],
         "with an eye to including language on rural Para."),
        ("Meeting took place before Hamas attack that killed one in Nativ Ha’asara.KURTZER", ["KURTZER"],
         "Meeting took place before Hamas attack that killed one in Nativ Ha’asara."),
        ("Visit London's Classified Website: XXXXXXXXXXXXTUTTLE", ["TUTTLE"],
         "Visit London's Classified Website: XXXXXXXXXXXX"),
        ("should give us a clearer view. End Comment. Chicola", ["CHICOLA"],
         "should give us a clearer view. End Comment."),
    ],
)
def test_the_signer_is_cut_from_the_last_paragraph(text, signers, expected):
    paragraph = {"number": 9, "marking": None, "text": text}
    _drop_signers(paragraph, signers)
    assert paragraph["text"] == expected
