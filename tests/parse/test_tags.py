"""TAGS lines as written in real cables, and tag kinds."""

import pytest

from etl.parse.tags import find_tags, tag_kind


def tags(text: str) -> list[str] | None:
    found = find_tags(text)
    return found[0] if found else None


@pytest.mark.parametrize(
    "text, expected",
    [
        # the seed cable
        ("TAGS: KIPR ETRD ECON WTRO CH\nSUBJECT: U.S. COORDINATOR", ["KIPR", "ETRD", "ECON", "WTRO", "CH"]),
        # newspaper copies: no colon, commas (00HARARE6677)
        ("EO 12958 DECL: 11/29/10\nTAGS PGOV, PREL, ECON, PINR, ZI, SA\nSUBJECT: ASSISTANT",
         ["PGOV", "PREL", "ECON", "PINR", "ZI", "SA"]),
        # label typos
        ("TAGE: PREL PGOV", ["PREL", "PGOV"]),
        ("TAS: PREL, PGOV", ["PREL", "PGOV"]),
        ("TABS: PREL ECON", ["PREL", "ECON"]),
        ("TGS: PREL", ["PREL"]),
        ("Tags: Prel, Pgov", ["PREL", "PGOV"]),
        # 07BUENOSAIRES1673: the label lost its first letter, mid-line
        ("SIPDIS SIPDIS E.O. 12958: DECL: 08/22/2017 AGS: PGOV, PREL, ECON, SOCI, AR",
         ["PGOV", "PREL", "ECON", "SOCI", "AR"]),
        # 04BRASILIA3106: on the E.O. line
        ("E.O. 12958: DECL: 12/17/2014 TAGS: EAIR EINV BEXP ETRD BR FTAA",
         ["EAIR", "EINV", "BEXP", "ETRD", "BR", "FTAA"]),
        # no label: the tags alone on the line after the E.O. line (08BEIJING3662) or after a "TAG"
        # without colon on it (09STOCKHOLM194); every word must be a known tag
        ("E.O. 12958: N/A\nEFIN, ECON, EINV, PGOV, CH\nSUBJECT: Beijing Welcomes Coordination",
         ["EFIN", "ECON", "EINV", "PGOV", "CH"]),
        ("E.O. 12958:  DECL: 03/20/2019 TAG PTER, PGOV, ASEC, EFIN, ENRG, KCIP, SW\n\nSUBJECT:  SWEDEN: CI/KR",
         ["PTER", "PGOV", "ASEC", "EFIN", "ENRG", "KCIP", "SW"]),
        ("E.O. 12958: N/A\nSTATE FOR EAP\nSUBJECT: FOO", None),
        ("E.O. 12958: N/A\n\nSUBJECT: FOO", None),
        # 07KUWAIT624: a two-word tag wrapped to the next line without a comma
        ("TAGS: OREP AMGT ASEC AFIN GM IZ IC KU COUNTRY\nCLEARANCE\nSUBJECT: KUWAIT GRANTS",
         ["OREP", "AMGT", "ASEC", "AFIN", "GM", "IZ", "IC", "KU", "COUNTRY CLEARANCE"]),
        # 06PARTO9: person tag without comma, continuation line
        ("TAGS: OVIP RICE CONDOLEEZZA KISL PGOV PHUM LE\nSY, IS\nSUBJECT: (U) Secretary Rice's",
         ["OVIP", "RICE, CONDOLEEZZA", "KISL", "PGOV", "PHUM", "LE", "SY", "IS"]),
        # 09BEIJING2965: person in parentheses, wrapped after a comma
        ("TAGS OVIP (STEINBERG, JAMES B.), PREL, PGOV, PARM, MNUC,\nCH, KN, KS\nSUBJECT: PRC: DEPUTY",
         ["OVIP", "STEINBERG, JAMES B.", "PREL", "PGOV", "PARM", "MNUC", "CH", "KN", "KS"]),
        ("TAGS OVIP (CLINTON, HILLARY), UAE\nSUBJECT: (U) Secretary", ["OVIP", "CLINTON, HILLARY", "AE"]),
        ("TAGS: OVIP CLINTON HILLARY PREL SNAR MX", ["OVIP", "CLINTON, HILLARY", "PREL", "SNAR", "MX"]),
        ("TAGS: ECON PINR PREL XK OVIP BIDEN JOSEPH PGOV",
         ["ECON", "PINR", "PREL", "XK", "OVIP", "BIDEN, JOSEPH", "PGOV"]),
        ("TAGS: PREL OVIP (CHRIS ISRAEL) ECON", ["PREL", "OVIP", "CHRIS ISRAEL", "ECON"]),
        # 02ROME1196: repeats, run-together, multi-word tag
        ("TAGS PHUM, OPRC, OPRC, OPRC, OPRC, IT, ITPHUM, ITPHUM, ITPHUM, HUMAN RIGHTS",
         ["PHUM", "OPRC", "IT", "HUMAN RIGHTS"]),
        # several multi-word tags in a row, without commas
        ("TAGS: PREL PGOV CVIS IT ITALY NATIONAL ELECTIONS ITALIAN POLITICS IRAQI FREEDOM\nSUBJECT: SCENESETTER FOR",
         ["PREL", "PGOV", "CVIS", "IT", "ITALY NATIONAL ELECTIONS", "ITALIAN POLITICS", "IRAQI FREEDOM"]),  # 05ROME3585
        ("E.O. 12958: DECL: 02/15/2016TAGS: ECON KWBG PGOV PREL KPAL IS ISRAELI PALESTINIAN AFFAIRS GOI EXTERNAL",
         ["ECON", "KWBG", "PGOV", "PREL", "KPAL", "IS", "ISRAELI PALESTINIAN AFFAIRS", "GOI EXTERNAL"]),  # 06TELAVIV687
        ("TAGS: PREL PTER MARR PGOV KJUS PINR YM PARMS COUNTER TERRORISM\nSUBJECT: YEMENI PRESIDENT",
         ["PREL", "PTER", "MARR", "PGOV", "KJUS", "PINR", "YM", "PARM", "COUNTER TERRORISM"]),  # 04SANAA3023
        ("TAGS: TU BO MD PHUM KCRM PGOV KJUS TIP IN TURKEY\nSUBJECT: MUNICIPALITY TO FUND...",
         ["TU", "BO", "MD", "PHUM", "KCRM", "PGOV", "KJUS", "TIP IN TURKEY"]),  # 05ISTANBUL329: IN is no India here
        ("TAGS: PARM PREL KCOR PTER KJUS PM NI CO GA POLITICS FOREIGN POLICY\nSUBJECT: PANAMANIAN",
         ["PARM", "PREL", "KCOR", "PTER", "KJUS", "PM", "NI", "CO", "GA", "POLITICS FOREIGN POLICY"]),  # 04PANAMA823: none known inside
        ("TAGS: ECONEFIN PGOV", ["ECON", "EFIN", "PGOV"]),
        ("TAGS: KFRDCVISCMGTCASCKOCIASECPHUMSMIGEG",
         ["KFRD", "CVIS", "CMGT", "CASC", "KOCI", "ASEC", "PHUM", "SMIG", "EG"]),
        # synonyms
        ("TAGS: PREL RU POGOV", ["PREL", "RS", "PGOV"]),
        # typos, a run-in "ETC" and run-together codes
        ("TAGS: ECON EFIN EINVETC ETTC ETRD KTFN PREL PARM\nPTERS, SP\nSUBJECT: TREASURY UNDER SECRETARY LEVEY SCENESETTER",
         ["ECON", "EFIN", "EINV", "ETTC", "ETRD", "KTFN", "PREL", "PARM", "PTER", "SP"]),  # 08MADRID757
        ("TAGS: KFTFN EFIN PTER SNAR ETTC PREL AR\nSUBJECT: POST SUPPORTS DELAY OF HEZBOLLAH TRI-BORDER AREA",
         ["KTFN", "EFIN", "PTER", "SNAR", "ETTC", "PREL", "AR"]),  # 06BUENOSAIRES2590
        ("TAGS: AORC ECON ETRD WTRQ IC\nSUBJECT: ICELAND UNDECIDED ON UNIVERSAL POSTAL UNION CONGRESS",
         ["AORC", "ECON", "ETRD", "WTRO", "IC"]),  # 08REYKJAVIK135
        ("TAGS: PREL EFIN SENV ECON EAID KNNP PRAM BR UK\nSUBJECT: BRAZIL-UK: ECONOMIC CRISIS",
         ["PREL", "EFIN", "SENV", "ECON", "EAID", "KNNP", "PARM", "BR", "UK"]),  # 09BRASILIA403
        ("TAGS: ETRDEINVECINPGOVCS\nSUBJECT: ARIAS ACCEPTS FIRST RESIGNATION",
         ["ETRD", "EINV", "ECIN", "PGOV", "CS"]),  # 06SANJOSE2037: ECIN, not EC (Ecuador) and IN (India)
        ("TAGS: ETRD EAGR ECINECONCS\nSUBJECT: COSTA RICAN VIEWS ON ECUADOR WTO CASE ON BANANAS",
         ["ETRD", "EAGR", "ECIN", "ECON", "CS"]),  # 06SANJOSE2649
        ("TAGS PGOV, PARM, PREL, BM, RS, KS, KNPP \nSUBJECT: BURMA: RUMORS OF CONSTRUCTION OF A NUCLEAR REACTOR",
         ["PGOV", "PARM", "PREL", "BM", "RS", "KS", "KNNP"]),  # 04RANGOON88
        ("TAGS: PGOV PINR PBTS PREL MARR IRAJ\nSUBJECT: GOAJ INCREASINGLY CONCERNED ABOUT USG POLICY",
         ["PGOV", "PINR", "PBTS", "PREL", "MARR", "IR", "AJ"]),  # 06BAKU1835
        ("TAGS: PREL PO EUNCH TW IN\nSUBJECT: EU-ASIA (ASEAN, CHINA, INDIA) SUMMITS",
         ["PREL", "PO", "EUN", "CH", "TW", "IN"]),  # 07LISBON2960
        # countries by their ISO or common abbreviation
        ("TAGS PGOV, PREL, MOPS, UK, AF, PAK \nSUBJECT: PAKISTANIS AT KANDAHAR BORDER FLAG MEETING",
         ["PGOV", "PREL", "MOPS", "UK", "AF", "PK"]),  # 09KABUL3161
        ("Tags: knnp, dprk, sy, iaea, parm, prel\n\nSubject: syria's clandestine nuclear program",
         ["KNNP", "KN", "SY", "IAEA", "PARM", "PREL"]),  # 08STATE43817
        ("TAGS: KIPR ETRD ECON JP\n\nSUBJECT: Japan Backs", ["KIPR", "ETRD", "ECON", "JA"]),  # 06TOKYO3567
        ("TAGS: PGOV PREL PINR SA IR YE\nSUBJECT: YEMENI TRIBAL LEADER",
         ["PGOV", "PREL", "PINR", "SA", "IR", "YM"]),  # 09SANAA2279
        ("TAGS: PREL NL VZ\nSUBJECT: NETHERLANDS / VENEZUELA: RATHER CONCERNED ABOUT", ["PREL", "NL", "VE"]),  # 10THEHAGUE42
        ("TAGS: CASC CR\nSUBJECT: Armed Robbers Target Tourists Near Airport", ["CASC", "CS"]),  # 06SANJOSE553
        ("TAGS: PGOV KDEM KCOR PREL MOPS CAN AF PK\nSUBJECT: ELECTIONS, KANDAHAR AND KARZAI",
         ["PGOV", "KDEM", "KCOR", "PREL", "MOPS", "CA", "AF", "PK"]),  # 10KABUL672
        # SIPDIS is no tag
        ("TAGS: PREL, SIPDIS, PGOV, PREL", ["PREL", "PGOV"]),
        # 05ROME3081
        ("TAGS: PREL PGOV IT ITALY NATIONAL ELECTIONS\nSUBJECT: THE AMBASSADOR'S",
         ["PREL", "PGOV", "IT", "ITALY NATIONAL ELECTIONS"]),
        # 03ABUDHABI2641: table layout
        ("TAGS:     PREL, EPET, EAID, PGOV\n\nCaptions: None", ["PREL", "EPET", "EAID", "PGOV"]),
        ("TAGS: EFIN ECON  SUBJECT: FOO", ["EFIN", "ECON"]),
    ],
)
def test_tags(text, expected):
    assert tags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "SUBJECT: NO TAGS HERE",
        # 06ANKARA331: TGS is the Turkish General Staff in running text
        "CENTRIX terminal at the ODC in Ankara. TGS has yet to agree to the expense",
        "",
    ],
)
def test_no_tags(text):
    assert tags(text) is None


@pytest.mark.parametrize(
    "tag, kind",
    [
        ("CH", "geo"), ("RS", "geo"), ("XK", "geo"), ("ZZ", "geo"),
        ("KIPR", "program"), ("KDEM", "program"),
        ("PREL", "subject"), ("ETRD", "subject"), ("HUMAN RIGHTS", "subject"),
        ("WTRO", "organization"), ("UN", "organization"), ("IAEA", "organization"), ("NATO", "organization"),
        ("CLINTON, HILLARY", "person"), ("STEINBERG, JAMES B.", "person"), ("CHRIS ISRAEL", "person"),
        # tags in no reference list, kinds from tag-kinds.txt
        ("ECIN", "subject"),
        ("UNHRC", "organization"),  # TAGS: PHUM UNHRC (06GENEVA2654)
        ("NPT", "organization"),  # TAGS: PARM KNNP MNUC BR IAEA NPT (05BRASILIA295)
        ("EU", "organization"),  # TAGS: PREL PGOV EU SW (08STOCKHOLM792)
        ("USEU BRUSSELS", "organization"),
        ("POL", "organization"), ("DAO", "organization"),  # TAGS: ECON FBI DHS PAS DAO CONS OPAD DCM POL AID (06MEXICO6546)
        ("WBG", "geo"),  # TAGS: PREL EAID WBG IS UK (09LONDON2649)
        ("WWARD", "person"),  # TAGS: OVIP WWARD PREL PGOV MARR MASS KPKO LY (09TRIPOLI201)
        # other unlisted tags count as subjects
        ("MEPP", "subject"),  # TAGS: PTER PGOV PREL PINR EFIN KTFN MEPP KPAL SA (07RIYADH367)
        ("IRAQI FREEDOM", "subject"),
    ],
)
def test_tag_kind(tag, kind):
    assert tag_kind(tag) == kind
