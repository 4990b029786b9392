"""SUBJECT blocks as written in real cables."""

import pytest

from etl.parse import parse_cable
from etl.parse.subject import find_mail_subject, find_subject


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
        # the label alone on its line, then a blank line (09CAIRO1802, 09CAIRO1945)
        ("E.O. 12958: N/A TAGS: TBIO KFLU EG\n\nSUBJECT:\n\nEGYPT: COUNTRY TEAM ASSESSMENT FOR THE PRICING\n",
         "EGYPT: COUNTRY TEAM ASSESSMENT FOR THE PRICING"),
        ("TAGS: KFRD CVIS CMGT ASEC SMIG EG\n\nSUBJECT:\n\nCooperation and Coordination Busts Fraud Ring\n"
         "1.(SBU) Summary: The Cairo Fraud Prevention Unit", "Cooperation and Coordination Busts Fraud Ring"),
        # ... unless what follows is no subject
        ("SUBJECT:\n\n¶1. (C) Summary: text", None),
        ("SUBJECT:\n\nREF: STATE 12345\n", None),
        # a handling notice on the subject line (06SAOPAULO965, 08CAIRO2221, 06SAOPAULO360 with its typo,
        # 09EFTOTRIPOLI704)
        ("SUBJECT: AMBASSADOR'S AUGUST 23-24 VISIT TO SAO PAULO SENSITIVE BUT UNCLASSIFIED; PLEASE PROTECT "
         "ACCORDINGLY\n\n", "AMBASSADOR'S AUGUST 23-24 VISIT TO SAO PAULO"),
        ("SUBJECT: IS THE EGYPTIAN GOVERNMENT READY FOR A GLOBAL SLOWDOWN? Sensitive but unclassified. Please "
         "handle accordingly.\n", "IS THE EGYPTIAN GOVERNMENT READY FOR A GLOBAL SLOWDOWN?"),
        ("SUBJECT: REP. ISSA'S MEETING WITH LEADERS OF LEBANESE COMMUNITY IN SAO PAULO SENSTIVE BUT UNCLASSIFIED "
         "- PLEASE PROTECT ACCORDINGLY.\n", "REP. ISSA'S MEETING WITH LEADERS OF LEBANESE COMMUNITY IN SAO PAULO"),
        ("SUBJECT: LIBYAN PROTOCOL CHIEF CONFIRMS QADHAFI WILL NOT STAY IN ENGLEWOOD RESIDENCE ENTIRE TEXT "
         "SENSITIVE BUT UNCLASSIFIED/NOFORN; PLEASE PROTECT ACCORDINGLY.\n",
         "LIBYAN PROTOCOL CHIEF CONFIRMS QADHAFI WILL NOT STAY IN ENGLEWOOD RESIDENCE"),
        # Classified By and REF glued to the subject (07CAIRO3126, 08MANAMA541, 09MANAMA681, 08MEXICO886)
        ("SUBJECT: SCENESETTER FOR AMBASSADOR CROCKER’S VISIT TO CAIROClassified By: DEPUTY CHIEF OF MISSION "
         "STUART JONES. REASONS: 1.4 (B) and (D)\n", "SCENESETTER FOR AMBASSADOR CROCKER’S VISIT TO CAIRO"),
        ("SUBJECT: GENERAL PETRAEUS’ VISIT TO BAHRAINREF: MANAMA 510Classified By: CDA CHRISTOPHER HENZEL\n",
         "GENERAL PETRAEUS’ VISIT TO BAHRAIN"),
        ("SUBJECT: SCENESETTER FOR MANAMA DIALOGUE, DECEMBER 11-13REF: A. MANAMA 660 B. MANAMA 628\n",
         "SCENESETTER FOR MANAMA DIALOGUE, DECEMBER 11-13"),
        ("SUBJECT: THE FARC IN mexico Classified By: POL Officer Frank Penirian. Reasons 1.4 (b) and (d).\n",
         "THE FARC IN mexico"),
        # the first paragraph on the subject line (09CAIRO1046, 09CAIRO226, 10TRIPOLI114)
        ("SUBJECT: H1N1 OUTBREAK SHUTS DOWN AMERICAN UNIVERSITY IN CAIRO Sensitive but Unclassified. Please handle "
         "accordingly. 1.(SBU): The Ministry of Health (MOH) announced", "H1N1 OUTBREAK SHUTS DOWN AMERICAN UNIVERSITY IN CAIRO"),
        ("SUBJECT: EGYPT'S 55th BIRD FLU VICTIM, ANOTHER CHILD (SBU) On February 8, 2009, Egypt's Ministry",
         "EGYPT'S 55th BIRD FLU VICTIM, ANOTHER CHILD"),
        ("SUBJECT: GOL FUNDING INCREASING NUMBERS OF STUDENTS IN U.S. UNIVERSITIES 1.(SBU) Summary: The GOL",
         "GOL FUNDING INCREASING NUMBERS OF STUDENTS IN U.S. UNIVERSITIES"),
        # quotes of a cables.csv export (09STATE49854)
        ('SUBJECT: KUDOS TO EMBASSY BUENOS AIRES FOR ,,""BIOGRAPHIC REPORTING AND TDY SUPPORT ,,"" ,,""REF: A. '
         'BUENOS AIRES 000490 ,," B. BUENOS AIRES 000558\n', "KUDOS TO EMBASSY BUENOS AIRES FOR BIOGRAPHIC REPORTING AND TDY SUPPORT"),
        # an e-mail Subject: header before the real one (08TRIPOLI230)
        ("Subject: TRIPOLI 00000230 R CO 17-MAR-08 LIBYA MAKES PROGRESS\n\nSUBJECT: LIBYA MAKES PROGRESS ON BANKING\n\n",
         "LIBYA MAKES PROGRESS ON BANKING"),
        # cut short by the page ("..."), the classification line after it, on the next line or the same
        ("TAGS: KIPR KNNP KPAO TBIO PREL RS\nSUBJECT: RUSSIAN SCIEN...\nC O N F I D E N T I A L MOSCOW 001704 SIPDIS\n",
         "RUSSIAN SCIEN..."),  # 07MOSCOW1704
        ("SUBJECT: MUNICIPALITY TO FUND...\n14:25 UNCLAS SECTION 01 OF 03 ISTANBUL 000329 SIPDIS SENSITIVE\n\n",
         "MUNICIPALITY TO FUND..."),  # 05ISTANBUL329
        ('SUBJECT: IRAQ: UK LIKELY TO ASSUME ROLE OF "PRIME \nCOORDINATION NATION" (PCN) FOR MILITARY OFFICER '
         'TRAINING...C O N F I D E N T I A L LONDON 001967  SIPDIS  STATE FOR EUR/RPM\n\n',
         'IRAQ: UK LIKELY TO ASSUME ROLE OF "PRIME COORDINATION NATION" (PCN) FOR MILITARY OFFICER TRAINING...'),  # 08LONDON1967
        # the label twice (09KABUL1239); the subject repeated on its second line (10LONDON65)
        ("TAGS: PGOV PREL KDEM EAID AF\nSUBJECT: SUBJECT: AFGHANISTAN: A SNAPSHOT OF THE NORTHEAST\n\n",
         "AFGHANISTAN: A SNAPSHOT OF THE NORTHEAST"),
        ("SUBJECT: KENYA: KINNOCK'S JANUARY VISIT TO NAIROBI AND \nKIBAKI'S FEBRUARY VISIT TO THE UK SUBJECT: KENYA: "
         "KINNOCK'S JANUARY VISIT TO NAIROBI AND KIBAKI'S FEBRUARY VISIT TO THE UK Classified By: Political\n\n",
         "KENYA: KINNOCK'S JANUARY VISIT TO NAIROBI AND KIBAKI'S FEBRUARY VISIT TO THE UK"),
        # the head again, flattened, after a damaged subject (07MANAMA995)
        ("SUBJECT: BAHRAIN: ARAB LEAGUE COLLECTIVE IMMEDIATERUCPDOC/USDOC WASHDC IMMEDIATE\nUNCLAS MANAMA 000995 "
         "SIPDIS SENSITIVE SIPDIS STATE FOR NEA/RA, EEB E.O. 12958: N/A TAGS: ECON ETRD KBCT PREL AL IS BA\n\n",
         "BAHRAIN: ARAB LEAGUE COLLECTIVE IMMEDIATERUCPDOC/USDOC WASHDC IMMEDIATE"),
        # a sentence after a subject in capitals (09STOCKHOLM569, 09PANAMA893)
        ("SUBJECT:  SWEDISH DEPUTY PM URGES SENIOR USG VISITS TO SWEDEN DURING \nEU PRESIDENCY; WANTS TO LAUNCH "
         "U.S.-EU ALERNATIVE ENERGY PARTNERSHIP AT U.S.-EU SUMMIT\nThis is an Action request. Please see para 2.\n"
         "¶1. (SBU) Summary: On September 2",
         "SWEDISH DEPUTY PM URGES SENIOR USG VISITS TO SWEDEN DURING EU PRESIDENCY; WANTS TO LAUNCH U.S.-EU "
         "ALERNATIVE ENERGY PARTNERSHIP AT U.S.-EU SUMMIT"),
        ("SUBJECT: TOCUMEN INTERNATIONAL AIRPORT FLYING HIGH BUT CORRUPTION \nCAUSING DRAG \n"
         " Is the net still open in Latin America? A year in review\n\n",
         "TOCUMEN INTERNATIONAL AIRPORT FLYING HIGH BUT CORRUPTION CAUSING DRAG"),
        # a handling notice after a page header (06THEHAGUE1001)
        ("SUBJECT: ISLAMIC EDUCATION IN THE NETHERLANDS\nTHE HAGUE 00001001 001.2 OF 002\n"
         "SENSITIVE BUT UNCLASSIFIED. PLEASE HANDLE ACCORDINGLY.\n\nREF: THE HAGUE 00149",
         "ISLAMIC EDUCATION IN THE NETHERLANDS"),
        # a dash rule on the subject line (09TELAVIV2188), with the summary heading it underlines (08BUENOSAIRES879)
        ("SUBJECT: ISRAEL MEDIA REACTION -------------------------------- SUBJECTS COVERED IN THIS REPORT: "
         "--------------------------------\n\n¶1. Mideast", "ISRAEL MEDIA REACTION"),
        ("SUBJECT:  More than Malbec:  Ambassador Donates Scholarships and Talks Development in Mendoza  Summary "
         "-------- \n\n¶1. Ambassador visited",
         "More than Malbec: Ambassador Donates Scholarships and Talks Development in Mendoza"),
        # CLASSIFIED after an inline page header, its BY: two lines down (09TRIPOLI939)
        ("SUBJECT: DEADLY DRIVING HABITS: ACCIDENTS THIRD CAUSE OF DEATH IN LIBYA TRIPOLI 00000939 001.2 OF 003 "
         "CLASSIFIED \n\nBY: Gene A. Cretz, Ambassador", "DEADLY DRIVING HABITS: ACCIDENTS THIRD CAUSE OF DEATH IN LIBYA"),
        # a marking with a release list (10STATE9565)
        ("SUBJECT: (S/REL UK) ARGENTINE REACTION TO POTENTIAL\nFALKLAND ISLANDS OIL EXPLORATION (C-TN9-01234)\n\n",
         "ARGENTINE REACTION TO POTENTIAL FALKLAND ISLANDS OIL EXPLORATION (C-TN9-01234)"),
        # ... but not inside a subject in sentence case (10CAIRO286)
        ("SUBJECT: Same Question, Same Answer: Egypt Still Unwilling to \nAssociate with the Copenhagen Accord\n\n",
         "Same Question, Same Answer: Egypt Still Unwilling to Associate with the Copenhagen Accord"),
    ],
)
def test_subject(head, expected):
    assert find_subject(head)[0] == expected


def test_no_subject():
    assert find_subject("TAGS: PREL\n\n¶1. (C) text") == (None, -1)


@pytest.mark.parametrize(
    "head, expected",
    [
        # the block after TAGS is the subject when the label is missing (06BRASILIA2315)
        ("TAGS: EAIR OTRA CASC BR\n\nBRAZIL: CHAOS IN AIRPORTS NATIONWIDE AS AIR TRAFFIC CONTROLLERS ENGAGE IN WORK "
         "SLOWDOWN\n\n¶1. (SBU) Summary", "BRAZIL: CHAOS IN AIRPORTS NATIONWIDE AS AIR TRAFFIC CONTROLLERS ENGAGE IN "
         "WORK SLOWDOWN"),
        # but not a page header (08BRASILIA1219, 09RIODEJANEIRO363), the rest of a cut "CLASSIFIED BY:" line
        # (09TRIPOLI874) or a paragraph going on in small letters (06BUENOSAIRES2711): no subject is invented
        ("TAGS: SENV EAGR EAID TBIO ECON SOCI XR BR\n\nBRASILIA 00001219 001.2 OF 018\n\n¶1. The following", None),
        ("TAGS: PREL MARR CASC UNSC IR BR\n\nRIO DE JAN 00000363 001.2 OF 002\n\nCLASSIFIED BY: Lisa Kubiske", None),
        ("TAGS: PREL CD SU LY\n\nBY: Gene A. Cretz, Ambassador, U.S. Embassy Tripoli, Department of State. REASON: "
         "1.4 (b), (d)\n\n1.(C) Summary", None),
        ("TAGS: MARR PARM PREL PGOV PTER AR\nnon-proliferation and military to military relations, to "
         "counterterrorism and counternarcotics.  Argentina serves", None),
    ],
)
def test_subject_without_label(head, expected):
    tags_end = head.index("\n")
    assert find_subject(head, tags_end)[0] == expected


# The header of the e-mail that forwarded 09TRIPOLI63 to its post, before its routing header.
TRIPOLI63_MAIL = (
    "From: CBPC, EACTAPP\nSent: Wednesday, January 28, 2009 12:33 PM\nTo: EACTTripoli\n"
    "Subject: TRIPOLI 00000063 P CO 28-JAN-09 RISKY BUSINESS? AMERICAN\n"
    "CONSTRUCTION FIRM ENTERS JOINT VENTURE WITH GOL [8466936]\n\nCONFIDENTIAL\n\n"
)
TRIPOLI63_ROUTING = (
    "VZCZCXRO6748\nPP RUEHROV\nDE RUEHTRO #0063/01 0281042\nZNY CCCCC ZZH\nP 281042Z JAN 09\n"
    "FM AMEMBASSY TRIPOLI\nTO RUEHC/SECSTATE WASHDC PRIORITY 4371\n"
    "RUEHTRO/AMEMBASSY TRIPOLI 4895C O N F I D E N T I A L SECTION 01 OF 02 TRIPOLI 000063\n\nSIPDIS\n\n"
    "E.O. 12958: DECL:  1/25/2019\nTAGS: PREL ECON EFIN ETRD EPET ASEC CVIS LY\n\n"
    "CLASSIFIED BY: Gene Cretz, Ambassador, U.S. Embassy Tripoli, U.S. Department of State. REASON: 1.4 (b), (d)\n\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # station, serial, precedence, classification and date before the subject, the message number after it
        (TRIPOLI63_MAIL, "RISKY BUSINESS? AMERICAN CONSTRUCTION FIRM ENTERS JOINT VENTURE WITH GOL"),
        # the message number on a line of its own (08TRIPOLI982)
        ("To: EACTTripoli\nSubject: TRIPOLI 00000982 O UN 29-DEC-08 LIBYA: SECTION 565 WAIVER OF\n"
         "PROHIBITION AGAINST CONTRACTING WITH FIRMS COMPLYING WITH AL BOYCOTT\n[8377562]\n\nUNCLAS\n",
         "LIBYA: SECTION 565 WAIVER OF PROHIBITION AGAINST CONTRACTING WITH FIRMS COMPLYING WITH AL BOYCOTT"),
        # the index title glued before the e-mail (08TRIPOLI686)
        ("TRIPOLI 00000686 R UN 02-SEP-08 LIBYA FURTHER PRIVATIZES FUEL DISTRIBUTION [7982233]From: CBPC, EACTAPP "
         "[EACTAPP@state.sgov.gov]\nSent: Tuesday, September 02, 2008 5:33 PM\nTo: EACTTripoli\n"
         "Subject: TRIPOLI 00000686 R UN 02-SEP-08 LIBYA FURTHER PRIVATIZES FUEL DISTRIBUTION [7982233]\n\nUNCLAS\n",
         "LIBYA FURTHER PRIVATIZES FUEL DISTRIBUTION"),
        # other e-mail subjects are not the cable's
        ("From: John Doe\nSubject: Re: meeting with the Minister\n\n", None),
        ("Subject: codel pelosi meets syria's president asad\n", None),
        ("", None),
    ],
)
def test_mail_subject(text, expected):
    assert find_mail_subject(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 09TRIPOLI63: no SUBJECT line, the e-mail's subject
        (TRIPOLI63_MAIL + TRIPOLI63_ROUTING + "¶1.  (C)  Summary: U.S. project management company AECOM",
         "RISKY BUSINESS? AMERICAN CONSTRUCTION FIRM ENTERS JOINT VENTURE WITH GOL"),
        # a SUBJECT line comes first
        (TRIPOLI63_MAIL + TRIPOLI63_ROUTING.replace("\n\nCLASSIFIED BY", "\nSUBJECT: RISKY BUSINESS?\n\nCLASSIFIED BY")
         + "¶1.  (C)  Summary: text", "RISKY BUSINESS?"),
        # an e-mail quoted in a paragraph is no subject of the cable
        (TRIPOLI63_ROUTING + "¶1.  (C)  The company wrote:\nFrom: CBPC, EACTAPP\n"
         "Subject: TRIPOLI 00000063 P CO 28-JAN-09 RISKY BUSINESS? [8466936]\n\nEnd of e-mail.", None),
    ],
)
def test_subject_of_a_cable_forwarded_by_mail(text, expected):
    assert parse_cable(text)["subject"] == expected
