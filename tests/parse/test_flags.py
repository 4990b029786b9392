"""Flags of the cable body: classification line (level, sections), header and
routing levels, handling words, redactions and partial extracts, as written
in real cables (the cable id in a comment on each case)."""

import pytest

from etl.parse.cable import parse_cable
from etl.parse.flags import (count_redactions, find_class_line, handling_words, is_partial, level_from_header,
                             level_from_routing)
from etl.parse.pages import sections_from_pages


@pytest.mark.parametrize(
    "text, level, sections, station, serial",
    [
        # the seed cable
        ("UNCLAS SECTION 01 OF 02 BEIJING 002463\n\nSIPDIS", "UNCLASSIFIED", 2, "BEIJING", "002463"),  # 07BEIJING2463
        # letters spaced out
        ("C O N F I D E N T I A L TRIPOLI 000031 \n\n\nE.O. 12958: DECL: 12/16/2014", "CONFIDENTIAL", 1, "TRIPOLI",
         "000031"),  # 04TRIPOLI31
        ("S E C R E T SECTION 01 OF 02 BOGOTA 003281\n\nE.O. 12958: DECL: 4/4/2012",
         "SECRET", 2, "BOGOTA", "003281"),  # 02BOGOTA3281
        ("C O N F I D E N T I A L  BUENOS AIRES 000091 SIPDIS E.O. 12958: DECL: 2035/02/12",
         "CONFIDENTIAL", 1, "BUENOS AIRES", "000091"),  # 10BUENOSAIRES91: two blanks before the station
        ("S E C R E T  ROME 001506\n\nSIPDIS", "SECRET", 1, "ROME", "001506"),  # 05ROME1506
        # sentence case, spaced or not, station in small letters
        ("S e c r e t berlin 001068\n\nSipdis", "SECRET", 1, "berlin", "001068"),  # 08BERLIN1068
        ("C o n f i d e n t i a l section 01 of 03 damascus 000389\n\nSipdis",
         "CONFIDENTIAL", 3, "damascus", "000389"),  # 07DAMASCUS389
        ("S e c r e t section 01 of 02 kinshasa 000189", "SECRET", 2, "kinshasa", "000189"),  # 08KINSHASA189
        ("Secret SECTION 01 OF 03 MOSCOW 002759 SIPDIS DEPT FOR EUR/RUS", "SECRET", 3, "MOSCOW", "002759"),  # 08MOSCOW2759
        # damaged first letters: lost (E C R E T, O N F I D ...), doubled (UUNCLAS), spaced apart (SE C R E T)
        ("E C R E T SANAA 000473\n\nSIPDIS", "SECRET", 1, "SANAA", "000473"),  # 07SANAA473
        ("O N F I D E N T I A L SECTION 01 OF 04 PARIS 004247", "CONFIDENTIAL", 4, "PARIS", "004247"),  # 06AMMAN3564
        ("UUNCLAS MANAGUA 001002\n\nSIPDIS\n\nSENSITIVE", "UNCLASSIFIED", 1, "MANAGUA", "001002"),  # 06MANAGUA1002
        ("UUNCLAS SECTION 01 OF 04 ANKARA 001594", "UNCLASSIFIED", 4, "ANKARA", "001594"),  # 09ANKARA1594
        ("SE C R E T SECTION 01 OF 02 SHENYANG 000004\n\nNOFORN", "SECRET", 2, "SHENYANG", "000004"),  # 09MOSCOW1108
        ("C ONFIDENTIAL SECTION 01 of 03 BAKU 000744", "CONFIDENTIAL", 3, "BAKU", "000744"),  # 09BAKU744
        # caveats between the marking and the station
        ("UNCLAS E F T O LONDON 002883\n\nNOFORN\nSENSITIVE\nSIPDIS", "UNCLASSIFIED", 1, "LONDON", "002883"),  # 08EFTOLONDON2883
        ("UNCLAS E F T O SECTION 01 OF 08 LONDON 002622", "UNCLASSIFIED", 8, "LONDON", "002622"),  # 09LONDON2622
        # old cables: one-digit section, four- or five-digit serial, UNCLASSIFIED in full
        ("C O N F I D E N T I A L SECTION 1 OF 2 TEHRAN 2069", "CONFIDENTIAL", 2, "TEHRAN", "2069"),  # 75TEHRAN2069
        ("S E C R E T SECTION 01 OF 05 PANAMA 08545", "SECRET", 5, "PANAMA", "08545"),  # 89PANAMA8545
        ("UNCLASSIFIED SECTION 01 OF 01 TEHRAN 1164", "UNCLASSIFIED", 1, "TEHRAN", "1164"),  # 72TEHRAN1164
        # SECTION n OF m damaged: a letter or a blank lost
        ("C O N F I D E N T I A L ECTION 01 OF 02 MANAMA 000492", "CONFIDENTIAL", 2, "MANAMA", "000492"),  # 08ECTION01OF02MANAMA492
        ("C O N F I D E N T I A L SCTION 02 OF 02 SAO PAULO 000335", "CONFIDENTIAL", 2, "SAO PAULO", "000335"),  # 08SCTION02OF02SAOPAULO335
        ("UNCLAS SECTION01 OF 03 SAN JOSE 000525\nSENSITIVE", "UNCLASSIFIED", 3, "SAN JOSE", "000525"),  # 09SECTION01OF03SANJOSE525
        ("S E C R E T SECTION 02 OF 03QRIPOLI 000583\nNOFORN", "SECRET", 3, "QRIPOLI", "000583"),  # 09SECTION02OF03QRIPOLI583
        ("CONFIDENTIAL SECTION 01 of 03 KUWAIT 000128", "CONFIDENTIAL", 3, "KUWAIT", "000128"),  # 08KUWAIT128
        # the marking alone on its line: no station, no serial
        ("C O N F I D E N T I A L\nSECTION 01 OF 02 BAKU 000687 SIPDIS E.O. 12958: DECL: 08/31/2019",
         "CONFIDENTIAL", 2, "BAKU", "000687"),  # 09BAKU687: the section on the next line
        ("C O N F I D E N T I A L SECTION 01 OF 02 TEL AVIV\n\nSIPDIS", "CONFIDENTIAL", 2, None, None),  # 06TELAVIV4032
    ],
)
def test_classification_line(text, level, sections, station, serial):
    line = find_class_line(text)
    assert (line.start, line.level, line.sections, line.station, line.serial) == (0, level, sections, station, serial)


@pytest.mark.parametrize(
    "text, start_of_line",
    [
        # after a newspaper copy's date line (00HARARE6677)
        ("Wednesday, 29 November 2000, 13:59\nC O N F I D E N T I A L SECTION 01 OF 03 HARARE 006677",
         "C O N F I D E N T I A L SECTION 01 OF 03 HARARE"),
        # after the note of a partial record (03ANKARA4230)
        ("This record is a partial extract of the original cable. The full text of the original cable is not "
         "available.S E C R E T ANKARA 004230 \n \nSIPDIS", "S E C R E T ANKARA 004230"),
        # a page's record of the cable first, its fields in small letters (02BOGOTA3281, its copy of the routing left out)
        ("id: 2745\ndate: 4/11/2002 20:44\nrefid: 02BOGOTA3281\norigin: Embassy Bogota\nclassification: SECRET\n"
         "destination: 02BOGOTA3101\nheader:\n\n----------------- header ends ----------------\n\n"
         "S E C R E T SECTION 01 OF 02 BOGOTA 003281 \n \nE.O. 12958: DECL: 4/4/2012",
         "S E C R E T SECTION 01 OF 02 BOGOTA 003281"),
    ],
)
def test_classification_line_after_other_lines(text, start_of_line):
    assert text[find_class_line(text).start:].startswith(start_of_line)


@pytest.mark.parametrize(
    "text",
    [
        # 09TELAVIV2502: SIPDIS glued to the routing header, no classification line
        "SIPDIS\n\nE.O. 12958: DECL: 11/18/2019\nTAGS: PREL PGOV MOPS PTER KWBG EG IR SA LE IS\n"
        "SUBJECT: 40TH JPMG: NEA REGIONAL DISCUSSION (PART 3 OF 4)",
        # 08STATE43817: a mail copy in small letters
        "Sipdis\n\n\nSensitive\n\nE.o. 12958: n/a\nTags: knnp, dprk, sy, iaea, parm, prel",
        # 06BRIDGETOWN2164: a marking in the text is no classification line
        "¶2. MR. DONALD HAS A TOP SECRET CLEARANCE; DIPLOMATIC PASSPORT NO.",
    ],
)
def test_no_classification_line(text):
    assert find_class_line(text) is None


# The classification line glued to the last addressee of the routing header
# (parse_cable of a copy without the 5-line header: the level is the line's),
# in the frame of 06AMMAN3564, whose text holds a copy of 06PARIS4247.
@pytest.mark.parametrize(
    "last_addressee, level, sections",
    [
        ("RHMFISS/CJTF HOAE C R E T SANAA 000473", "SECRET", 1),  # 07SANAA473
        ("INFO RUCNIRA/IRAN COLLECTIVEO N F I D E N T I A L SECTION 01 OF 04 PARIS 004247", "CONFIDENTIAL", 4),  # 06AMMAN3564
        ("RHEHNSC/NSC WASHINGTON DCUUNCLAS MANAGUA 001002", "UNCLASSIFIED", 1),  # 06MANAGUA1002
        ("RUEHAK/USDAO ANKARA TUUNCLAS SECTION 01 OF 02 ANKARA 002174", "UNCLASSIFIED", 2),  # 07ANKARA2174
        ("RUEKJCS/SECDEF WASHDCC ONFIDENTIAL SECTION 01 of 03 BAKU 000744", "CONFIDENTIAL", 3),  # 09BAKU744
        ("RUEHDE/AMCONSUL DUBAI 0107S e c r e t berlin 001068", "SECRET", 1),  # 08BERLIN1068
        ("RUEAIIA/CIA WASHDCC o n f i d e n t i a l section 01 of 03 damascus 000389", "CONFIDENTIAL", 3),  # 07DAMASCUS389
        ("RUEATRS/DEPT OF TREASURY WASHDC PRIORITYCONFIDENTIAL SECTION 01 of 03 KUWAIT 000128", "CONFIDENTIAL", 3),  # 08KUWAIT128
        ("RUEHTRO/AMEMBASSY TRIPOLI 5590S E C R E T SECTION 02 OF 03QRIPOLI 000583", "SECRET", 3),  # 09SECTION02OF03QRIPOLI583
        ("RHMFISS/DEPT OF HOMELAND SECURITY WASINGTON DC PRIORITYC O N F I D E N T I A L ECTION 01 OF 02 MANAMA 000492",
         "CONFIDENTIAL", 2),  # 08ECTION01OF02MANAMA492
        ("RUMIAGH/COMJTF-B SIMS SOTO CANO HOUNCLAS SECTION01 OF 03 SAN JOSE 000525", "UNCLASSIFIED", 3),  # 09SECTION01OF03SANJOSE525
        # the marking alone: its section on the next line (09BAKU687), or no serial after the station (06TELAVIV4032)
        ("RUEKJCS/SECDEF WASHDCC O N F I D E N T I A L\nSECTION 01 OF 02 BAKU 000687 SIPDIS E.O. 12958: DECL: 08/31/2019",
         "CONFIDENTIAL", 2),
        ("RHEHNSC/NSC WASHDC PRIORITYC O N F I D E N T I A L SECTION 01 OF 02 TEL AVIV", "CONFIDENTIAL", 2),
    ],
)
def test_classification_line_glued_to_the_routing_header(last_addressee, level, sections):
    text = ("P 210853Z MAY 06\nFM AMEMBASSY AMMAN\nTO RUEHC/SECSTATE WASHDC PRIORITY 0506\n"
            f"{last_addressee} \n\nSIPDIS \n\nE.O. 12958: DECL: 04/07/2015 \nTAGS: PREL PGOV IR IZ JO\n"
            "SUBJECT: SOCIALIST PARTY LEADER ON HOW PS-LED FRANCE WOULD \nAPPROACH U.S.: \"NEITHER BLAIR NOR CHIRAC\" \n\n"
            "REF: PARIS 3725 \n\nClassified By: Ambassador Craig Stapleton for reasons 1.4 (b) and (d) ")
    record = parse_cable(text)
    assert (record["classification_level"], record["sections"]) == (level, sections)


@pytest.mark.parametrize(
    "classification, level",
    [
        ("UNCLASSIFIED//FOR OFFICIAL USE ONLY", "UNCLASSIFIED"),  # 07BEIJING2463
        ("SECRET//NOFORN", "SECRET"),  # 03KATHMANDU1870
        ("CONFIDENTIAL//NOFORN", "CONFIDENTIAL"),  # 03ROME2045
        ("CONFIDENTIAL", "CONFIDENTIAL"),  # 00HARARE6677
        ("UNCLASSIFIED", "UNCLASSIFIED"),  # 72TEHRAN1164
        ("SECRET NOFORN", "SECRET"),  # 09STATE49854 (its page's record of the cable)
        (None, None),
        ("", None),
    ],
)
def test_level_from_header(classification, level):
    assert level_from_header(classification) == level


@pytest.mark.parametrize(
    "routing, level",
    [
        ("VZCZCXRO3702\nOO RUEHCN RUEHGH\nDE RUEHBJ #2463/01 1030813\nZNR UUUUU ZZH\nO 130813Z APR 07",
         "UNCLASSIFIED"),  # 07BEIJING2463
        ("VZCZCXRO9839\nOO RUEHCN RUEHGH\nDE RUEHBJ #0207/01 0261055\nZNY SSSSS ZZH\nO 261055Z JAN 10        ZDK",
         "SECRET"),  # 10BEIJING207
        ("VZCZCXRO6970\nOO RUEHFL RUEHKW RUEHLA RUEHROV RUEHSR\nDE RUEHDBU #1464/01 2131212\nZNY CCCCC ZZH\n"
         "O P 011212Z AUG 06", "CONFIDENTIAL"),  # 06DUSHANBE1464
        ("O R 181205Z NOV 75 ZFF4\nFM AMEMBASSY LIBREVILLE", None),  # 7575LIBREVILLE1895: no ZN line
    ],
)
def test_level_from_routing(routing, level):
    assert level_from_routing(routing) == level


@pytest.mark.parametrize(
    "texts, words",
    [
        (("SIPDIS",), ["SIPDIS"]),  # 07BEIJING2463
        (("UNCLAS E F T O LONDON 002883 \n \nNOFORN \nSENSITIVE \nSIPDIS",),
         ["EFTO", "NOFORN", "SENSITIVE", "SIPDIS"]),  # 08EFTOLONDON2883: Encrypt For Transmission Only
        (("RHEHNSC/NSC WASHDC PRIORITYUNCLAS E F T O SECTION 01 OF 02 LONDON 000021",), ["EFTO"]),  # 10LONDON21
        (("SENSITIVE, SIPDIS",), ["SENSITIVE", "SIPDIS"]),  # 06MEXICO6413
        (("SIPDIS SIPDIS",), ["SIPDIS"]),  # 07STATE159388: each word once
        # any case
        (("Sipdis, isn/mtr, eur/ags and eur/pra",), ["SIPDIS"]),  # 08BERLIN643
        (("Sensitive, sipdis",), ["SENSITIVE", "SIPDIS"]),  # 10NAIROBI165
        (("SENSITIVE BUT UNCLASSIFIED",), ["SENSITIVE"]),  # 05BRASILIA369
        # typos
        (("UNCLAS MADRID 001030\n\nSIPDIS\n\nSENSITVE, SIPDIS\n\nE.O. 12958: N/A",), ["SIPDIS", "SENSITIVE"]),  # 07MADRID1030
        (("UNCLAS REYKJAVIK 000140 \n \nSIPDIS \n \nSENSITIE \n \nSTATE FOR EUR A/DAS PIERANGELO",),
         ["SIPDIS", "SENSITIVE"]),  # 09REYKJAVIK140
        (("IN SAO PAULO SENSTIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY.",), ["SENSITIVE"]),  # 06SAOPAULO360
        # a capital may follow (lines joined without a blank), a small letter may not
        (("S E C R E T SECTION 01 OF 02 CAIRO 000493SIPDISFOR THE DIRECTOR FROM THE AMBASSADORE.O. 12958",),
         ["SIPDIS"]),  # 06CAIRO493
        (("S E C R E T SECTION 01 OF 04 ANKARA 003352SIPDISSIPDISNOFORNE.O. 12958: DECL: 06/05/2026",),
         ["SIPDIS", "NOFORN"]),  # 06ANKARA3352
        (("ETA is viewed as insensitive to the victims of terrorism",), []),  # 06MADRID766
        (("such an effort would need to be conducted sensitively to avoid", ), []),  # 08PARIS2134
        # SIPDIS and NOFORN also after a letter, glued to the word before
        (("USDOC for 3134/ITA/USFCS/OIO/WH/MKeshishianSIPDIS SENSITIVEE.O. 12958: N/A",),
         ["SIPDIS", "SENSITIVE"]),  # 08BUENOSAIRES858
        (("AMEMBASSY TRIPOLI IMMEDIATESipdis\n\n\nSensitive\n\nE.o. 12958: n/a",), ["SIPDIS", "SENSITIVE"]),  # 08STATE43817
        (("C O N F I D E N T I A L LONDON 000255NOFORNSIPDISPLEASE PASS TO EEB/TRA",), ["NOFORN", "SIPDIS"]),  # 10LONDON255
        # captions and notes about them
        (("C O R R E C T E D C O P Y - NOFORN CAPTION ADDED",), ["NOFORN"]),  # 08GENEVA498
        (("NOFORN, NOT FOR INTERNET DISTRIBUTION",), ["NOFORN"]),  # 09STATE15113
        # the header's classification first, then the head of the text
        (("UNCLASSIFIED//FOR OFFICIAL USE ONLY", "UNCLAS MANAGUA 001002\n\nSIPDIS\n\nSENSITIVE"),
         ["FOUO", "SIPDIS", "SENSITIVE"]),  # 06MANAGUA1002
        (("SECRET//NOFORN", "S E C R E T KATHMANDU 002366\n\nSIPDIS\n\nNOFORN"), ["NOFORN", "SIPDIS"]),  # 03KATHMANDU2366
        ((None, "SIPDIS"), ["SIPDIS"]),
        # REL TO and the countries it names
        (("(S//REL TO USA, FVEY) WHA - CTAD comment: On October 16,",), ["REL TO USA, FVEY"]),  # 08STATE116943
        (("(S//REL TO USA, ACGU) Details of the incident follow",), ["REL TO USA, ACGU"]),  # 08RANGOON749
        (("(U//FOUO) This is an action request; see Para. 13.",), ["FOUO"]),  # 09STATE15113
        (("REF: ANKARA 1561 (EXDIS)",), ["EXDIS"]),  # 09ANKARA1583
        (("C) TRIPOLI 161 (NODIS), D) TRIPOLI 165 (NODIS)",), ["NODIS"]),  # 08TRIPOLI467
        (("E.O. 12958: DECL: 11/07/2018\nTAGS: PGOV PREL",), []),  # 08LAPAZ751
    ],
)
def test_handling_words(texts, words):
    assert handling_words(*texts) == words


@pytest.mark.parametrize(
    "text",
    [
        # 09ANKARA1583: EXDIS of a reference
        "C O N F I D E N T I A L ANKARA 001583 \n \nSIPDIS \n \nDEPARTMENT FOR EUR/SE \n \n"
        "E.O. 12958: DECL: 10/29/2019 \nTAGS: PREL PARM MNUC TU IR\nSUBJECT: WORKING ERDOGAN BACK INTO THE FOLD ON "
        "IRAN \n \nREF: ANKARA 1561 (EXDIS) \n \nClassified By: AMB James F. Jeffrey, for reasons 1.4 (b,d) \n \n"
        "¶1. (C) Summary:  During an October 21 meeting with MFA",
        # 09STATE15113: paragraph markings (U//FOUO)
        "SIPDIS\n\nE.O. 12958: N/A\nTAGS: PTER ASEC KCIP\nSUBJECT: CRITICAL FOREIGN DEPENDENCIES\n\n"
        "¶1. (U//FOUO) This is an action request; see Para. 13.",
    ],
)
def test_handling_words_come_from_the_head_only(text):
    assert parse_cable(text)["handling"] == ["SIPDIS"]


@pytest.mark.parametrize(
    "text",
    [
        # 07PARIS1791 (addressee lines left out): the SBU statement after SUBJECT and REF
        "UNCLAS PARIS 001791 \n\nSIPDIS \n\nSIPDIS \n\nDEPT OF LABOR FOR ILAB \n\nE.O. 12958: N/A \n"
        "TAGS: PGOV ELAB EU FR PINR SOCI ECON\nSUBJECT: IT'S PRESIDENT SARKOZY -- IN A CLEAR-CUT VICTORY \n"
        "OVER SEGOLENE ROYAL \n\nREF: A. (A) PARIS 1784 AND PREVIOUS \n¶B. (B) EMBASSY PARIS DAILY SIPRNET REPORT "
        "FOR MAY 4 \n¶C. 2007 AND PREVIOUS \n\nSENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY \n\nSUMMARY \n"
        "------- \n¶1. (SBU) Nicolas Sarkozy has won France's presidency by a",
        # 08BEIJING3899
        "UNCLAS BEIJING 003899\n\nSIPDIS\nENSITIVE\n\nFOR EAP/CM PAMELA PARK\n\nE.O. 12958: N/A\n"
        "TAGS: ECON EFIN CH\nSUBJECT: China's SAFE Cautious about U.S. Lending\n\nRef: Beijing 03888\n\n"
        "THIS CABLE IS SENSITIVE BUT UNCLASSIFIED. NOT FOR\nINTERNET DISTRIBUTION.\n\n"
        "¶1. (SBU) Summary. State Administration of Foreign",
    ],
)
def test_sensitive_but_unclassified_after_the_subject(text):
    assert parse_cable(text)["handling"] == ["SIPDIS", "SENSITIVE"]


def test_handling_word_glued_to_the_routing_header():
    # 07LAPAZ3262 (addressees left out): no classification line, SIPDIS glued to the last addressee
    text = ("O 142321Z DEC 07\nFM AMEMBASSY LA PAZ\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 5974\n"
            "RUEHUB/USINT HAVANA 0818\nRHEHNSC/NSC WASHINGTON DC\nRHMFISS/HQ USSOUTHCOM MIAMI FLSIPDIS\n\n\n"
            "E.O. 12958: DECL: 12/15/2027\nTAGS: ASEC PREL PGOV PINL VN CU BL\n"
            "SUBJECT: MILITARY STANDDOWN MORE LIKELY THAN HEAVY HAND")
    assert parse_cable(text)["handling"] == ["SIPDIS"]


# Without the 5-line header the classification is built from the body.
@pytest.mark.parametrize(
    "text, classification",
    [
        ("S E C R E T KATHMANDU 002366 \n \nSIPDIS \n \nNOFORN \n \nSTATE FOR SA/INS \n \n"
         "E.O. 12958: DECL: 12/03/2013 \nTAGS: PREL PTER NP IN", "SECRET//NOFORN"),  # 03KATHMANDU2366
        ("UNCLAS MANAGUA 001002 \n\nSIPDIS \n\nSENSITIVE \nSIPDIS \n\nDEPARTMENT FOR WHA/CEN \n"
         "PASS TO USAID FOR AA/LAC \n\nE.O. 12958: N/A ", "UNCLASSIFIED//FOR OFFICIAL USE ONLY"),  # 06MANAGUA1002
        ("UNCLAS SECTION 01 OF 02 BEIJING 002463\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: KIPR ETRD ECON WTRO CH",
         "UNCLASSIFIED"),  # 07BEIJING2463
        ("C O N F I D E N T I A L TRIPOLI 000031 \n\n\nE.O. 12958: DECL: 12/16/2014 \nTAGS: PREL PTER FR LY VE",
         "CONFIDENTIAL"),  # 04TRIPOLI31
        ("UNCLAS E F T O LONDON 002883 \n \nNOFORN \nSENSITIVE \nSIPDIS \n \nE.O. 12958: DECL: 11/17/2018",
         "UNCLASSIFIED//NOFORN"),  # 08EFTOLONDON2883
    ],
)
def test_classification_built_from_the_body(text, classification):
    assert parse_cable(text)["classification"] == classification


@pytest.mark.parametrize(
    "text, count",
    [
        ("¶4. (C) XXXXXXXXXXXX said that investigations", 1),  # 05DUBLIN936
        ("¶6. (C) XXXXXXXXXXXX XXXXXXXXXXXX", 2),  # 05DUBLIN936
        ("¶7. (C)XXXXXXXXXXXX", 1),  # 05DUBLIN936
        # glued to the word before
        ("to Survival International, the London-based NGOXXXXXXXXXXXX", 1),  # 05GABORONE411
        ("Tel XXXXXXXXXXXX, Fax XXXXXXXXXXXX, cellular phone XXXXXXXXXXXX, email: XXXXXXXXXXXX", 4),  # 06BRASILIA527
        # runs of 4 to 11 X count, three do not
        ("APO Caroline Schneider, Tel: XXX; Cell: XXXXX; Fax: XXXX; XXX. FSN", 2),  # 08BRASILIA1262
        ("blacklisted.  XXXXXXXXXXX", 1),  # 06HAVANA9102
        # one a line, on two lines
        ("XXXXXXXXXXXX\nXXXXXXXXXXXX", 2),  # 07HAVANA258
        # small letters
        ("dissident suspicions that xxxxxxxxxxxx is in fact a", 1),  # 04MADRID4827
        ("paid. xxxxxxxxxxxx (strictly protect), contended that", 1),  # 05TELAVIV45
        ("¶4. (C) xxxxxxxxxxxx said that xxxxxxxxxxxx and", 2),  # 05TELAVIV45
        ("legal sanctions.xxxxx noted that Austria, the", 1),  # 05VIENNA3833
        ("recently returned xxxxx\nxxxxx at Mount Kumgang.", 2),  # 09SEOUL1400
        # a run holding both is one
        ("expressed appreciation for XXXXXXXXXXXXxxxx leadership on the", 1),  # 09BEIJING2964
        # no run of four: Exxon, Carol X Weakley
        ("energy sector (septel). She characterized Exxon's apparent", 0),  # 07BUENOSAIRES1888
        ("Carol X Weakley  10/13/2006 02:52:21 PM  From  DB/Inbox:  Carol X Weakley", 0),  # 06TELAVIV4032
    ],
)
def test_count_redactions(text, count):
    assert count_redactions(text) == count


@pytest.mark.parametrize(
    "text, partial",
    [
        ("This record is a partial extract of the original cable. The full text of the original cable is not "
         "available.SIPDIS\n\nE.O. 12958: DECL: 12/22/2014", True),  # 04MADRID4827
        ("This record is a partial extract of the original cable. The full text of the original cable is not "
         "available.\n\n291359Z Nov 00\n\n\n                           CONFIDENTIAL     PTQ1859", True),  # 00HARARE6677
        ("VZCZCXRO3702\nOO RUEHCN RUEHGH\nDE RUEHBJ #2463/01 1030813", False),  # 07BEIJING2463
        ("", False),
    ],
)
def test_is_partial(text, partial):
    assert is_partial(text) is partial


@pytest.mark.parametrize(
    "text, sections",
    [
        ("Iran's \"last chance.\" He said Iran remains determined to\n\nTEL AVIV 00002502 002 OF 004\n\n\n"
         "reach the \"nuclear option,\"", 4),  # 09TELAVIV2502
        ("-------------\n\nXXXXXXXXXXXX  002 OF 002\n\n¶4. (C) XXXXXXXXXXXX", 2),  # 10BEIJING207: redacted
        ("E) TRIPOLI 332, F) TRIPOLI 411  TRIPOLI 00000467  001.2 OF 003   1. (C) Summary: Ele", 3),  # 08TRIPOLI467
        ("Vice President echoed a similar message in a December 14", None),  # 07LAPAZ3262
    ],
)
def test_sections_from_page_headers(text, sections):
    assert sections_from_pages(text) == sections


def test_sections_without_a_classification_line():
    # 09TELAVIV2502 (its text starts at SIPDIS glued to the routing header): one section if there are paragraphs
    text = ("SIPDIS\n\nE.O. 12958: DECL: 11/18/2019\nTAGS: PREL PGOV MOPS PTER KWBG EG IR SA LE IS\n"
            "SUBJECT: 40TH JPMG: NEA REGIONAL DISCUSSION (PART 3 OF 4)\n\n"
            "Classified By: A/DCM Marc Sievers, reasons 1.4 (b),(d)\n\n"
            "¶1. (S) Summary: As part of the 40th Joint Political Military")
    assert parse_cable(text)["sections"] == 1
    assert parse_cable(text[:text.index("\n\nClassified")])["sections"] is None
    # its page headers tell the number of sections
    assert parse_cable(text + "\nGroup (JPMG), U.S. and GOI counterparts\n\nTEL AVIV 00002502 002 OF 004")["sections"] == 4
