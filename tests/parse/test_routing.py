"""The routing header: DTG, precedence, sender and addressees."""

import datetime as dt

import pytest

from etl.parse.routing import parse_dtg, parse_routing

SEED_ROUTING = """VZCZCXRO3702
OO RUEHCN RUEHGH
DE RUEHBJ #2463/01 1030813
ZNR UUUUU ZZH
O 130813Z APR 07
FM AMEMBASSY BEIJING
TO RUEHC/SECSTATE WASHDC IMMEDIATE 6821
INFO RUEHCN/AMCONSUL CHENGDU 8169
RUEHGZ/AMCONSUL GUANGZHOU 2767
RUEHGH/AMCONSUL SHANGHAI 7366
RUEHSH/AMCONSUL SHENYANG 7849
RUEHHK/AMCONSUL HONG KONG 9209
RUEHIN/AIT TAIPEI 6400
RUEHKO/AMEMBASSY TOKYO 1332
RUEHUL/AMEMBASSY SEOUL 0075
RUEHMO/AMEMBASSY MOSCOW 8658
RUEHGV/USMISSION GENEVA 1782
RUEAHLC/DHS WASHDC
RUCPDOC/USDOC WASHDC
RUEAWJA/DEPT OF JUSTICE WASHDC
RHMCSUU/FBI WASHINGTON DCUNCLAS SECTION 01 OF 02 BEIJING 002463

SIPDIS"""


def test_seed_routing():
    r = parse_routing(SEED_ROUTING)
    assert r["transmission_id"] == "VZCZCXRO3702"
    assert r["originating_station"] == "RUEHBJ"
    assert r["sender"] == "AMEMBASSY BEIJING"
    recipients = r["recipients"]
    assert recipients[0] == {"position": 1, "kind": "TO", "routing_indicator": "RUEHC",
                             "name": "SECSTATE WASHDC", "precedence": "IMMEDIATE", "serial": "6821"}
    assert [x["kind"] for x in recipients] == ["TO"] + ["INFO"] * 14
    assert recipients[-1] == {"position": 15, "kind": "INFO", "routing_indicator": "RHMCSUU",
                              "name": "FBI WASHINGTON DC", "precedence": None, "serial": None}
    assert recipients[8]["serial"] == "0075"
    assert SEED_ROUTING[r["text_start"]:].startswith("UNCLAS SECTION 01 OF 02 BEIJING 002463")


@pytest.mark.parametrize(
    "last_line, name, precedence, text",
    [
        ("RUEKJCS/JOINT STAFF WASHDCC O N F I D E N T I A L SECTION 01 OF 05 NEW DELHI 009527",
         "JOINT STAFF WASHDC", None, "C O N F I D E N T I A L SECTION 01 OF 05"),
        ("AMCONSUL JEDDAH PRIORITYC O N F I D E N T I A L STATE 176819",
         "AMCONSUL JEDDAH", "PRIORITY", "C O N F I D E N T I A L STATE"),
        ("INFO SECDEF WASHINGTON DCS E C R E T ABU DHABI 000862",
         "SECDEF WASHINGTON DC", None, "S E C R E T ABU DHABI"),
        ("AMEMBASSY NAIROBIWednesday, 29 November 2000, 13:59",
         "AMEMBASSY NAIROBI", None, "Wednesday, 29 November 2000"),
        ("RUEHTRO/AMEMBASSY TRIPOLI 2831UNCLAS TRIPOLI 000641",
         "AMEMBASSY TRIPOLI", None, "UNCLAS TRIPOLI 000641"),
        ("RUMIAAA/HQ USSOUTHCOM MIAMI FL PRIORITYC O N F I D E N T I A L SECTION 01 OF 02 CARACAS 000420",
         "HQ USSOUTHCOM MIAMI FL", "PRIORITY", "C O N F I D E N T I A L SECTION"),
        ("INFO RUEHC/SECSTATE WASHDC IMMEDIATE 7285Cable dated:2007-10-25T08:47:00",
         "SECSTATE WASHDC", "IMMEDIATE", "Cable dated:"),
        # texts without classification line: SIPDIS glued on
        ("RHMFISS/HQ USSOUTHCOM MIAMI FLSIPDIS", "HQ USSOUTHCOM MIAMI FL", None, "SIPDIS"),  # 07LAPAZ3262
        ("RUEKJCS/JOINT STAFF WASHDC PRIORITYSIPDIS", "JOINT STAFF WASHDC", "PRIORITY", "SIPDIS"),  # 09TELAVIV2502
        ("INFO WHA CENTRAL AMERICAN COLLECTIVESIPDIS", "WHA CENTRAL AMERICAN COLLECTIVE", None, "SIPDIS"),  # 10SANSALVADOR37
        ("AMEMBASSY TRIPOLI IMMEDIATESipdis", "AMEMBASSY TRIPOLI", "IMMEDIATE", "Sipdis"),  # 08STATE43817
        ("RHEFDIA/DIA WASHINGTON DCSIPDIS <br>", "DIA WASHINGTON DC", None, "SIPDIS <br>"),  # 09LAPAZ96
    ],
)
def test_text_glued_to_the_last_addressee(last_line, name, precedence, text):
    routing = f"P 262019Z MAR 08\nFM AMEMBASSY CARACAS\nTO RUEHC/SECSTATE WASHDC PRIORITY 0853\n{last_line}\n\nSIPDIS"
    r = parse_routing(routing)
    assert r["recipients"][-1]["name"] == name
    assert r["recipients"][-1]["precedence"] == precedence
    assert routing[r["text_start"]:].startswith(text)


def test_secret_service_is_an_addressee_not_a_classification():
    routing = ("P 090645Z JUL 09 ZDK\nFM AMEMBASSY MADRID\nTO SECSTATE WASHDC PRIORITY 0904\n"
               "INFO US SECRET SERVICE WASHDC PRIORITY\n"
               "USEU BRUSSELS PRIORITYC O N F I D E N T I A L MADRID 000673")
    names = [x["name"] for x in parse_routing(routing)["recipients"]]
    assert names == ["SECSTATE WASHDC", "US SECRET SERVICE WASHDC", "USEU BRUSSELS"]


def test_xmt_addressees_are_excluded():
    routing = ("O 082238Z JUN 07\nFM AMEMBASSY SAN JOSE\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 8237\n"
               "INFO RUEHZA/WHA CENTRAL AMERICAN COLLECTIVE PRIORITY\n"
               "RUEHIN/AIT TAIPEI PRIORITY 0069\n"
               "XMT USSOCOM WO WASHINGTON DCC O N F I D E N T I A L SAN JOSE 001106")
    names = [x["name"] for x in parse_routing(routing)["recipients"]]
    assert names == ["SECSTATE WASHDC", "WHA CENTRAL AMERICAN COLLECTIVE", "AIT TAIPEI"]


def test_old_distribution_block_is_not_addressees():
    routing = """PAGE 01        HARARE  06677  01 OF 03  291400Z
ACTION AF-00

INFO  LOG-00   NP-00    AID-00   ACQ-00   CEA-01   CIAE-00  COME-00
      SAS-00   SWCI-00    /012W
                  ------------------A54E38  291401Z /38
FM AMEMBASSY HARARE
TO SECSTATE WASHDC IMMEDIATE 7738
INFO NSC WASHDC IMMEDIATE
SOUTHERN AFRICAN DEVELOPMENT COMMUNITY
AMEMBASSY NAIROBIWednesday, 29 November 2000, 13:59
C O N F I D E N T I A L SECTION 01 OF 03 HARARE 006677"""
    r = parse_routing(routing)
    assert [(x["kind"], x["routing_indicator"], x["name"], x["precedence"], x["serial"]) for x in r["recipients"]] == [
        ("TO", None, "SECSTATE WASHDC", "IMMEDIATE", "7738"),
        ("INFO", None, "NSC WASHDC", "IMMEDIATE", None),
        ("INFO", None, "SOUTHERN AFRICAN DEVELOPMENT COMMUNITY", None, None),
        ("INFO", None, "AMEMBASSY NAIROBI", None, None),
    ]


@pytest.mark.parametrize(
    "line, precedence, serial",
    [
        ("TO ZEN/AMEMBASSY BELMOPAN NIACT IMMEDIATE 2276-2279", "NIACT IMMEDIATE", "2276-2279"),
        ("TO RUEHC/SECSTATE WASHDC PIORITY 1234", "PRIORITY", "1234"),
        ("TO RUEHC/SECSTATE WASHDC FLASH", "FLASH", None),
        ("TO RUEHC/SECSTATE WASHDC ROUTINE 0001", "ROUTINE", "0001"),
    ],
)
def test_addressee_precedence_and_serial(line, precedence, serial):
    r = parse_routing(f"O 130813Z APR 07\nFM AMEMBASSY X\n{line}\n\nUNCLAS X 000001")
    assert (r["recipients"][0]["precedence"], r["recipients"][0]["serial"]) == (precedence, serial)


def test_no_fm_line_no_routing():
    r = parse_routing("This record is a partial extract of the original cable.\n\n291359Z Nov 00")
    assert r == {"transmission_id": None, "originating_station": None, "sender": None,
                 "recipients": [], "text_start": 0}


@pytest.mark.parametrize(
    "text, when, precedence",
    [
        ("O 130813Z APR 07", dt.datetime(2007, 4, 13, 8, 13), "IMMEDIATE"),
        ("P 262019Z MAR 08", dt.datetime(2008, 3, 26, 20, 19), "PRIORITY"),
        ("R 171653Z MAR 08", dt.datetime(2008, 3, 17, 16, 53), "ROUTINE"),
        ("Z 010101Z JAN 09", dt.datetime(2009, 1, 1, 1, 1), "FLASH"),
        ("O R 121456Z FEB 06", dt.datetime(2006, 2, 12, 14, 56), "IMMEDIATE"),
        ("P 090645Z JUL 09 ZDK", dt.datetime(2009, 7, 9, 6, 45), "PRIORITY"),
        ("This record is a partial extract.\n\n291359Z Nov 00", dt.datetime(2000, 11, 29, 13, 59), None),
        ("142115Z Jun 05UNCLAS SECTION 01 OF 02 BRASILIA 001602", dt.datetime(2005, 6, 14, 21, 15), None),
        ("292031Z Sep 0541662\t2005-09-29 20:31:00", dt.datetime(2005, 9, 29, 20, 31), None),
        ("R 061530Z MAR 72", dt.datetime(1972, 3, 6, 15, 30), "ROUTINE"),
        ("no date-time group here", None, None),
        # two precedences (action, information): the first is the cable's
        ("ZNY CCCCC ZZH\nO P 011212Z AUG 06\nFM AMEMBASSY DUSHANBE", dt.datetime(2006, 8, 1, 12, 12), "IMMEDIATE"),  # 06DUSHANBE1464
        ("ZNY CCCCC ZZH\nP R 021242Z NOV 06\nFM AMCONSUL MUMBAI", dt.datetime(2006, 11, 2, 12, 42), "PRIORITY"),  # 06MUMBAI1986
        ("ZNY CCCCC ZZH\nO R 141538Z MAR 06\nFM SECSTATE WASHDC", dt.datetime(2006, 3, 14, 15, 38), "IMMEDIATE"),  # 06STATE40904
        ("O R 181205Z NOV 75 ZFF4\nFM AMEMBASSY LIBREVILLE", dt.datetime(1975, 11, 18, 12, 5), "IMMEDIATE"),  # 7575LIBREVILLE1895
        # service signs after the DTG
        ("ZNY SSSSS ZZH\nO 261055Z JAN 10        ZDK\nFM AMEMBASSY BEIJING",
         dt.datetime(2010, 1, 26, 10, 55), "IMMEDIATE"),  # 10BEIJING207
        ("ZNY CCCCC ZZH\nO 091547Z OCT 09 (CCY ADC1AECC MSI3311-632)\nFM AMEMBASSY BERLIN",
         dt.datetime(2009, 10, 9, 15, 47), "IMMEDIATE"),  # 09BERLIN1273
        ("ZNY CCCCC ZZH\nP 111046Z OCT 90\nFM AMEMBASSY KHARTOUM", dt.datetime(1990, 10, 11, 10, 46), "PRIORITY"),  # 90KHARTOUM10657
        # no DTG line: the date line of a newspaper copy or a Cable dated: stamp (date and UTC time of the DTG)
        ("This record is a partial extract of the original cable. The full text of the original cable is not "
         "available.Thursday, 07 March 2002, 10:13\n", dt.datetime(2002, 3, 7, 10, 13), None),  # 02ROME1196
        ("AMEMBASSY NAIROBIWednesday, 29 November 2000, 13:59\n", dt.datetime(2000, 11, 29, 13, 59), None),  # 00HARARE6677
        ("This record is a partial extract of the original cable. The full text of the original cable is not "
         "available.Cable dated:2006-02-15T15:18:00", dt.datetime(2006, 2, 15, 15, 18), None),  # 06TELAVIV687
        ("available.Cable dated:2005-08-17T21:24:00]", dt.datetime(2005, 8, 17, 21, 24), None),  # 05LIMA3571
        # an old page header has no month: no DTG
        ("CONFIDENTIAL \n\nPAGE 02 VATICA 01261 061419Z \nTO PRESENT A PRO MEMORIA", None, None),  # 01VATICAN1261
    ],
)
def test_dtg(text, when, precedence):
    assert parse_dtg(text) == (when, precedence)


# The transmission id (VZCZC line) and the originating station (DE line)
# stand before the FM line.
@pytest.mark.parametrize(
    "routing, transmission_id, originating_station",
    [
        (SEED_ROUTING, "VZCZCXRO3702", "RUEHBJ"),  # 07BEIJING2463
        ("VZCZCTVI681\nOO RUEHC RUEHXK RHEHNSC\nDE RUEHTV #4032/01 2851507\nZNY CCCCC ZZH\nO 121507Z OCT 06\n"
         "FM AMEMBASSY TEL AVIV\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 6902", "VZCZCTVI681", "RUEHTV"),  # 06TELAVIV4032
        ("VZCZCXRO1456\nOO RUEHBC RUEHDE RUEHDH RUEHKUK RUEHROV\nDE RUEHTRO #0583/02 2011025\nZNY SSSSS ZZH\n"
         "O R 201025Z JUL 09\nFM AMEMBASSY TRIPOLI\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 5051",
         "VZCZCXRO1456", "RUEHTRO"),  # 09SECTION02OF03QRIPOLI583: 7-letter station, section 02
        # a blank line inside the header
        ("VZCZCXYZ0001\nPP RUEHWEB\n\nDE RUEHSJ #0585 1912256\nZNR UUUUU ZZH\nP 092256Z JUL 08\n"
         "FM AMEMBASSY SAN JOSE\nTO RUEHC/SECSTATE WASHDC PRIORITY 9923", "VZCZCXYZ0001", "RUEHSJ"),  # 08SANJOSE585
        # old cables have neither; the DE line of a copy of another cable after the FM line is not the cable's
        ("R 250930Z FEB 72 \nFM AMEMBASSY TEHRAN\nTO SECSTATE WASHDC 7561 \nINFO SECDEF\nEUCOM\n"
         "CSAFUNCLASSIFIED SECTION 01 OF 01 TEHRAN 1164", None, None),  # 72TEHRAN1164
        ("P 111046Z OCT 90\nFM AMEMBASSY KHARTOUM\nTO SECSTATE WASHDC PRIORITY 6949\n"
         "DIA WASHDCC O N F I D E N T I A L SECTION 01 OF 03 KHARTOUM 10657 \n\nPP RUEHWEB\n\n"
         "DE RUEHMN #0404/01 1971651\nZNY CCCCC ZZH\nP 151651Z JUL 08\nFM AMEMBASSY MONTEVIDEO", None, None),  # 90KHARTOUM10657 (lines left out)
    ],
)
def test_transmission_id_and_originating_station(routing, transmission_id, originating_station):
    r = parse_routing(routing)
    assert (r["transmission_id"], r["originating_station"]) == (transmission_id, originating_station)


def test_dtg_century_follows_the_header_year():
    assert parse_dtg("R 061530Z MAR 25", reference_year=1925)[0] == dt.datetime(1925, 3, 6, 15, 30)
    assert parse_dtg("R 311530Z FEB 09")[0] is None  # no 31 February


@pytest.mark.parametrize(
    "lines, text, names",
    [
        ("TO RUEHC/SECSTATE WASHDC 12342007-10-25 text", "2007-10-25 text", ["SECSTATE WASHDC"]),
        ("TO RUEHC/SECSTATE WASHDC\nINFO RUEHXX/AMEMBASSY X SECRET\nmore", "SECRET\nmore",
         ["SECSTATE WASHDC", "AMEMBASSY X"]),
        ("TO RUEHC/SECSTATE WASHDC 1234\nSECRET SERVICE WASHDC\n\nUNCLAS X 000001", "\n\nUNCLAS X 000001",
         ["SECSTATE WASHDC", "SECRET SERVICE WASHDC"]),
    ],
)
def test_text_glued_to_an_addressee(lines, text, names):
    routing = "O 130813Z APR 07\nFM AMEMBASSY X\n" + lines
    r = parse_routing(routing)
    assert routing[r["text_start"]:] == text
    assert [x["name"] for x in r["recipients"]] == names


def test_fm_line_at_the_start():
    routing = "FM AMEMBASSY X\nTO RUEHC/SECSTATE WASHDC 1234\n\nUNCLAS X 000001"
    r = parse_routing(routing)
    assert r["sender"] == "AMEMBASSY X"
    assert [x["name"] for x in r["recipients"]] == ["SECSTATE WASHDC"]
    assert routing[r["text_start"]:] == "\n\nUNCLAS X 000001"


# The page's record id, its dump of the cable's fields, or the text in lower
# case glued to the last addressee (real last lines of the corpus).
@pytest.mark.parametrize(
    "last_lines, name, precedence, serial",
    [
        ("RHEHNSC/NSC WASHDC71639\n2006-07-18 00:21:00\n06MEXICO3953\nEmbassy Mexico", "NSC WASHDC", None, None),  # 06MEXICO3953
        ("RUCPDOC/DEPT OF COMMERCE WASHDC PRIORITY77216", "DEPT OF COMMERCE WASHDC", "PRIORITY", None),  # 06MEXICO4987
        ("RUEHMC/AMCONSUL MONTERREY 7214106172\n2007-04-27 21:07:00\n07MONTERREY472", "AMCONSUL MONTERREY", None, "7214"),  # 07MONTERREY472
        ("RUEHC/SECSTATE WASHDC PRIORITY 6452104379", "SECSTATE WASHDC", "PRIORITY", "6452"),  # 07MEXICO1854
        ("RUEHUNV/USMISSION UNVIE VIENNA0162", "USMISSION UNVIE VIENNA", None, "0162"),  # 08THEHAGUE553
        ("RUEHC/DIR ONDCP WASHDC06THEHAGUE1510", "DIR ONDCP WASHDC", None, None),  # 06THEHAGUE1510
        ("RHEBAAA/DEPT OF ENERGY WASHDC IMMEDIATE<<142612>>\n2/22/2008 14:46\n08KINSHASA189\nEmbassy Kinshasa",
         "DEPT OF ENERGY WASHDC", "IMMEDIATE", None),  # 08KINSHASA189
        ("RUCOGCA/COMNAVBASE GUANTANAMO BAY CUCLASSIFICATION: CONFIDENTIAL", "COMNAVBASE GUANTANAMO BAY CU", None, None),  # 07HAVANA258
        ("RUEHAC/AMEMBASSY ASUNCIONid: 236241\ndate: 11/23/2009 21:20", "AMEMBASSY ASUNCION", None, None),  # 09ASUNCION661
        ("RHBVAKS/COMUSNAVCENT  PRIORITYID: 190648\nORIGIN: 09KUWAIT110\nDATE: 2009-02-05 16:36:00", "COMUSNAVCENT", "PRIORITY", None),  # 09KUWAIT110
        ("MISSILE TECHNOLOGY CONTROL REGIME COLLECTIVE PRIORITYS e c r e t state 015220",
         "MISSILE TECHNOLOGY CONTROL REGIME COLLECTIVE", "PRIORITY", None),  # 08STATE15220
        ("RUEHDE/AMCONSUL DUBAI 0107S e c r e t berlin 001068\n\nSipdis", "AMCONSUL DUBAI", None, "0107"),  # 08BERLIN1068
        ("RUEAIIA/CIA WASHDCC o n f i d e n t i a l section 01 of 03 damascus 000389", "CIA WASHDC", None, None),  # 07DAMASCUS389
        ('RHMFISS/DEPT OF JUSTICE WASHINGTON DC PRIORITY155163,5/22/2008 22:53,08BUENOSAIRES702,"Embassy Buenos Aires"',
         "DEPT OF JUSTICE WASHINGTON DC", "PRIORITY", None),  # 08BUENOSAIRES702
        ('AMEMBASSY BUENOS AIRES 630218:58,09STATE30927,Secretary of State,SECREt NOFORN,09BUENOSAIRES174,'
         'VZCZCXYZ0012"RR RUEHWEBDE RUEHC #0927 0901915', "AMEMBASSY BUENOS AIRES", None, "6302"),  # 09STATE30927
        ('AMEMBASSY BUENOS AIRES 664909STATE49854,Secretary of State,SECRET NOFORN,09 BUENOSAIRES490',
         "AMEMBASSY BUENOS AIRES", None, "6649"),  # 09STATE49854
        ("RUEHZL/EUROPEAN POLITICAL COLLECTIVE PRIORITYID:190812 Cable dated:2009-02-06T13:05:00",
         "EUROPEAN POLITICAL COLLECTIVE", "PRIORITY", None),  # 09LONDON333
        ('RHMFISS/HQ USEUCOM VAIHINGEN GE"S E C R E T SECTION 01 OF 05 TEL AVIV 001080', "HQ USEUCOM VAIHINGEN GE",
         None, None),  # 08TELAVIV1080
        # UNCLAS glued to a country code, not a doubled U (UUNCLAS) of a damaged text
        ("RUEKJCS/USDAO ANKARA TUUNCLAS SECTION 01 OF 02 ANKARA 002174", "USDAO ANKARA TU", None, None),  # 07ANKARA2174
        ("RHEHNSC/NSC WASHINGTON DCUUNCLAS MANAGUA 001002", "NSC WASHINGTON DC", None, None),  # 06MANAGUA1002
        # the page's title glued to the serial
        ("RUEHBU/AMEMBASSY BUENOS AIRES 0001QATAR INVESTMENT AUTHORITY'S 2010 INVESTMENT STRATEGY OUTLINED",
         "AMEMBASSY BUENOS AIRES", None, "0001"),  # 09DOHA691
        ("RUCNDT/USMISSION USUN NEW YORK PRIORITY 0730UK OPEN TO FINANCIAL MEASURES AGAINST IRAN",
         "USMISSION USUN NEW YORK", "PRIORITY", "0730"),  # 06LONDON4338
        ("RUCNDT/USMISSION USUN NEW YORK PRIORITY 0159C C O N F I D E N T I A L SECTION 01 OF 02 MADRID 000779",
         "USMISSION USUN NEW YORK", "PRIORITY", "0159"),  # 06MADRID779
        # the text's SIPDIS line glued on
        ("RHMFISS/HQ USSOUTHCOM MIAMI FLSIPDIS\n\nE.O. 12958: DECL: 11/21/2017", "HQ USSOUTHCOM MIAMI FL", None, None),  # 07LAPAZ3262
        ("RUEKJCS/JOINT STAFF WASHDC PRIORITYSIPDIS\n\nE.O. 12958: DECL: 11/12/2019", "JOINT STAFF WASHDC", "PRIORITY", None),  # 09TELAVIV2502
    ],
)
def test_record_id_or_dump_glued_to_the_last_addressee(last_lines, name, precedence, serial):
    routing = f"R 181915Z JUL 06\nFM AMEMBASSY MEXICO\nTO RUEHC/SECSTATE WASHDC 2191\nINFO {last_lines}"
    last = parse_routing(routing)["recipients"][-1]
    assert (last["name"], last["precedence"], last["serial"]) == (name, precedence, serial)


@pytest.mark.parametrize(
    "routing, names",
    [
        ("P 182318Z FEB 09\nFM SECSTATE WASHDC\nTO PAGE 02        STATE   015113  182333Z \n"
         "ALL DIPLOMATIC POSTS COLLECTIVE PRIORITY\nAMEMBASSY TRIPOLI PRIORITYS E C R E T STATE 015113",
         ["ALL DIPLOMATIC POSTS COLLECTIVE", "AMEMBASSY TRIPOLI"]),  # 09STATE15113
        ("P R 141616Z JAN 09\nFM SECSTATE WASHDC\nTO AMEMBASSY BRASILIA PRIORITY\nINFO PAGE 02        STATE   003691  141623Z\n"
         "MISSILE TECHNOLOGY CONTROL REGIME COLLECTIVE\nAMEMBASSY KYIVC O N F I D E N T I A L STATE 003691",
         ["AMEMBASSY BRASILIA", "MISSILE TECHNOLOGY CONTROL REGIME COLLECTIVE", "AMEMBASSY KYIV"]),  # 09STATE3691
    ],
)
def test_page_header_after_to_or_info_is_no_addressee(routing, names):
    assert [r["name"] for r in parse_routing(routing)["recipients"]] == names


def test_routing_header_of_a_later_section_is_not_the_cables():
    # 03ROME2045, a partial record: section 1 has no routing header; section 3's comes after the paragraphs
    text = ("C O N F I D E N T I A L SECTION 01 OF 06 ROME 002045\n\nSUBJECT: REVIEW OF ITALY'S CONTRIBUTIONS TO OIF\n\n"
            "¶1.  (C) SUMMARY.  ITALY ANSWERED THE CALL TO ASSIST THE\nCOALITION WIN THE WAR IN IRAQ.\n\n"
            "PAGE 01        ROME  02045  03 OF 06  121722Z\nACTION EUR-00\n\nO 121719Z MAY 03\nFM AMEMBASSY ROME\n"
            "TO SECSTATE WASHDC PRIORITY 9808\n\nC O N F I D E N T I A L SECTION 03 OF 06 ROME 002045\n")
    routing = parse_routing(text)
    assert (routing["sender"], routing["recipients"], routing["text_start"]) == (None, [], 0)
