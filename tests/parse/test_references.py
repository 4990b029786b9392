"""References of a cable from its REF blocks (etl.parse.references).

The table holds real REF blocks copied from the corpus (with the line that
follows them), the reference id of their cable and its year.
"""

import re

import pytest
from hypothesis import given, settings

from etl.parse.references import parse_references
from tests.strategies import CABLE_LIKE_TEXT
from tests.conftest import SAMPLE_DIR

REAL_BLOCKS = [
    # 09CAIRO173
    ("REF A 09 CAIRO 074 REF B 08 CAIRO 784 Sensitive but Unclassified. Please handle accordingly.\n1.(SBU) Summary and comment: Egypt's 53rd human avian influenza (AI) victim-a two-year-old girl fro",
     2009, '09CAIRO173', [
         ('A', '09 CAIRO 074', 'cable', '09CAIRO74'),
         ('B', '08 CAIRO 784', 'cable', '08CAIRO784'),
     ]),
    # 08BRASILIA1215
    ('REFTELS: A) Sao Paulo 0260, B)Sao Paulo 0031, C) La Paz 0462, D) Brasilia 0593, E) Brasilia 0672, F) La Paz 1905 G) Sao Paulo 0392 H)La Paz 1941 \n',
     2008, '08BRASILIA1215', [
         ('A', 'Sao Paulo 0260', 'cable', '08SAOPAULO260'),
         ('B', 'Sao Paulo 0031', 'cable', '08SAOPAULO31'),
         ('C', 'La Paz 0462', 'cable', '08LAPAZ462'),
         ('D', 'Brasilia 0593', 'cable', '08BRASILIA593'),
         ('E', 'Brasilia 0672', 'cable', '08BRASILIA672'),
         ('F', 'La Paz 1905', 'cable', '08LAPAZ1905'),
         ('G', 'Sao Paulo 0392', 'cable', '08SAOPAULO392'),
         ('H', 'La Paz 1941', 'cable', '08LAPAZ1941'),
     ]),
    # 01VATICAN5960
    ('REF A: VATICAN 05286; REF B: VATICAN 05546 \n',
     2001, '01VATICAN5960', [
         ('A', 'VATICAN 05286', 'cable', '01VATICAN5286'),
         ('B', 'VATICAN 05546', 'cable', '01VATICAN5546'),
     ]),
    # 09SAOPAULO663
    ('REF: SAO PAULO 653; SAO PAULO 433; SAO PAULO 421; BRASILIA 709 (08) SAO PAULO 542 \n',
     2009, '09SAOPAULO663', [
         (None, 'SAO PAULO 653', 'cable', '09SAOPAULO653'),
         (None, 'SAO PAULO 433', 'cable', '09SAOPAULO433'),
         (None, 'SAO PAULO 421', 'cable', '09SAOPAULO421'),
         (None, 'BRASILIA 709', 'cable', '09BRASILIA709'),
         (None, '(08) SAO PAULO 542', 'cable', '08SAOPAULO542'),
     ]),
    # 09PANAMA881
    ('REF: PANAMA 829; PANAMA 879; BOGOTA 3483 \nSTEPHENSON-BROWNFIELD E-MAILS \n ',
     2009, '09PANAMA881', [
         (None, 'PANAMA 829', 'cable', '09PANAMA829'),
         (None, 'PANAMA 879', 'cable', '09PANAMA879'),
         (None, 'BOGOTA 3483', 'cable', '09BOGOTA3483'),
         (None, 'STEPHENSON-BROWNFIELD E-MAILS', 'email', None),
     ]),
    # 02ROME1196
    ('REF: A. STATE 40721\n CONFIDENTIAL\nPAGE 02 ROME 01196 01 OF 02 082030Z  B. ROME 1098  C. ROME 894  D. MYRIAD POST-DEPARTMENT E-MAILS FROM 10/01-02/02  E. ROME 348\nCLASSIFIED BY: POL MINCOUNS THOMAS COUNTRYMAN, REASONS 1.5 (B) AND (D).',
     2002, '02ROME1196', [
         ('A', 'STATE 40721', 'cable', '02STATE40721'),
         ('B', 'ROME 1098', 'cable', '02ROME1098'),
         ('C', 'ROME 894', 'cable', '02ROME894'),
         ('D', 'MYRIAD POST-DEPARTMENT E-MAILS FROM 10/01-02/02', 'email', None),
         ('E', 'ROME 348', 'cable', '02ROME348'),
     ]),
    # 10STATE16219
    ('REF A) LONDON 002351 B) STATE 069339 C) STATE 094723 D) STATE 104496 E) STATE 108151 F) HAMILTON 00014 G) STATE 125339 H) STATE 1760 I) STATE 52348 J) STATE 121818 K) STATE 115243 L) STATE 90303 STATE 00016219 001.2 OF 005 M) STATE 7877 N) SINGAPORE 00083 O) UNSCR 1737 SANCTIONS COMMITTEE IMPLEMENTATION ASSISTANCE NOTICE- 24 JULY 2009 P) UNSCR 1737 SANCTIONS COMMITTEE IMPLEMENTATION ASSISTANCE NOTICE- 20 JANUARY 2010\n',
     2010, '10STATE16219', [
         ('A', 'LONDON 002351', 'cable', '10LONDON2351'),
         ('B', 'STATE 069339', 'cable', '09STATE69339'),
         ('C', 'STATE 094723', 'cable', '09STATE94723'),
         ('D', 'STATE 104496', 'cable', '09STATE104496'),
         ('E', 'STATE 108151', 'cable', '09STATE108151'),
         ('F', 'HAMILTON 00014', 'cable', '10HAMILTON14'),
         ('G', 'STATE 125339', 'cable', '09STATE125339'),
         ('H', 'STATE 1760', 'cable', '10STATE1760'),
         ('I', 'STATE 52348', 'cable', '09STATE52348'),
         ('J', 'STATE 121818', 'cable', '09STATE121818'),
         ('K', 'STATE 115243', 'cable', '09STATE115243'),
         ('L', 'STATE 90303', 'cable', '09STATE90303'),
         ('M', 'STATE 7877', 'cable', '10STATE7877'),
         ('N', 'SINGAPORE 00083', 'cable', '10SINGAPORE83'),
         ('O', 'UNSCR 1737 SANCTIONS COMMITTEE IMPLEMENTATION ASSISTANCE NOTICE- 24 JULY 2009', 'other', None),
         ('P', 'UNSCR 1737 SANCTIONS COMMITTEE IMPLEMENTATION ASSISTANCE NOTICE- 20 JANUARY 2010', 'other', None),
     ]),
    # 06REYKJAVIK120
    ('Ref A: Reykjavik 107 \nRef B: Reykjavik 108 \n ',
     2006, '06REYKJAVIK120', [
         ('A', 'Reykjavik 107', 'cable', '06REYKJAVIK107'),
         ('B', 'Reykjavik 108', 'cable', '06REYKJAVIK108'),
     ]),
    # 7575LIBREVILLE1895
    ('REF: STATE 272523; USUN 6028 \n ',
     1975, '7575LIBREVILLE1895', [
         (None, 'STATE 272523', 'cable', '75STATE272523'),
         (None, 'USUN 6028', 'cable', '75USUNNEWYORK6028'),
     ]),
    # 09PANAMA470
    ('REF: A. A: PANAMA 00933/08 \n     ¶B. B: PANAMA 00343 \n ',
     2009, '09PANAMA470', [
         ('A', 'PANAMA 00933/08', 'cable', '08PANAMA933'),
         ('B', 'PANAMA 00343', 'cable', '09PANAMA343'),
     ]),
    # 10KUALALUMPUR12
    ('REF: A. 09 KL 1016 -- F-5 FOLLOW UP \n     ¶B. 09 KL 1013 -- MALAYSIAN F-5 ENGINES CASE \n ',
     2010, '10KUALALUMPUR12', [
         ('A', '09 KL 1016', 'cable', '09KUALALUMPUR1016'),
         ('B', '09 KL 1013', 'cable', '09KUALALUMPUR1013'),
     ]),
    # 09BAKU20
    ('Ref: a. Iir 6 941 0165 09//usdao baku//061207zjan09\n(notal)\nb. 08 baku 1119\nc. Baku 17\n',
     2009, '09BAKU20', [
         ('A', 'Iir 6 941 0165 09//usdao baku//061207zjan09 (notal)', 'other', None),
         ('B', '08 baku 1119', 'cable', '08BAKU1119'),
         ('C', 'Baku 17', 'cable', '09BAKU17'),
     ]),
    # 10HAVANA9
    ('REF: A. REF A HAVANA 639 ("A SPLENDID LITTLE VISIT") \n¶B. B HAVANA 772 (CONSULAR VISIT TO JAILED AMCIT) \n¶C. C HAVANA 763 (CUBA PASSES UP ON REFORMS) \n¶D. D HAVANA 739 (STRIDENT PROTEST) \n¶E. E HAVANA 736 (HUMAN RIGHTS MARCHES TURN VIOLENT) \n¶F. F HAVANA 755 (CUBAN FEATHERS RUFFLED BY USCG \nRESCUE) \n',
     2010, '10HAVANA9', [
         ('A', 'HAVANA 639', 'cable', '09HAVANA639'),
         ('B', 'HAVANA 772', 'cable', '09HAVANA772'),
         ('C', 'HAVANA 763', 'cable', '09HAVANA763'),
         ('D', 'HAVANA 739', 'cable', '09HAVANA739'),
         ('E', 'HAVANA 736', 'cable', '09HAVANA736'),
         ('F', 'HAVANA 755', 'cable', '09HAVANA755'),
     ]),
    # 05BRASILIA715
    ('REF: A. (A) DANILOVICH-NORIEGA TELCON 14 MARCH 05 \n¶B. (B) DEPARTMENT WHA/BSC -- EMBASSY E-MAILS 14 MARCH 05 C. (C) STATE 43965 D. \n(D) BRASILIA 574 E. \n(E) BRASILIA 660 \n',
     2005, '05BRASILIA715', [
         ('A', 'DANILOVICH-NORIEGA TELCON 14 MARCH 05', 'telcon', None),
         ('B', 'DEPARTMENT WHA/BSC -- EMBASSY E-MAILS 14 MARCH 05', 'email', None),
         ('C', 'STATE 43965', 'cable', '05STATE43965'),
         ('D', 'BRASILIA 574', 'cable', '05BRASILIA574'),
         ('E', 'BRASILIA 660', 'cable', '05BRASILIA660'),
     ]),
    # 08USNATO281
    ('REF: A. STATE 85678 \n     ¶B. USNATO 279 \n     ¶C. U...\n',
     2008, '08USNATO281', [
         ('A', 'STATE 85678', 'cable', '08STATE85678'),
         ('B', 'USNATO 279', 'cable', '08USNATO279'),
     ]),
    # 09SECTION01OF03SANJOSE525
    ('REFS: A) 2008 SAN JOSE 00, B) 2008 SAN JOSE 0800, \n      C) 2008 SAN JOSE 01, D) 2008 SAN JOSE 551, \n      E) SAN JOSE 0028 F) SAN JOSE 0023, \n  G) SAN JOSE 499, ALL NOTAL \n ',
     2009, '09SECTION01OF03SANJOSE525', [
         ('A', '2008 SAN JOSE 00', 'other', None),
         ('B', '2008 SAN JOSE 0800', 'cable', '08SANJOSE800'),
         ('C', '2008 SAN JOSE 01', 'cable', '08SANJOSE1'),
         ('D', '2008 SAN JOSE 551', 'cable', '08SANJOSE551'),
         ('E', 'SAN JOSE 0028', 'cable', '09SANJOSE28'),
         ('F', 'SAN JOSE 0023', 'cable', '09SANJOSE23'),
         ('G', 'SAN JOSE 499', 'cable', '09SANJOSE499'),
     ]),
    # 06PARIS1031
    ('REF: A. (A) EMBASSY PARIS DAILY REPORT FOR FEBRUARY 17 \n\n¶B. 2006 \n¶C. (B) EMBASSY PARIS DAILY REPORT FOR FEBRUARY 10 \n¶D. (C) EMBASSY PARIS DAILY REPORT FOR FEBRUARY 6 \n¶E. (D) EMBASSY PARIS DAILY REPORT FOR JANUARY 20 \n¶F. (E) EMBASSY PARIS DAILY REPORT FOR DECEMBER 19 \n¶G. 2005 \n¶H. (F) EMBASSY PARIS DAILY REPORT FOR SEPTEMBER 23 \n',
     2006, '06PARIS1031', [
         ('A', 'EMBASSY PARIS DAILY REPORT FOR FEBRUARY 17 2006', 'other', None),
         ('B', 'EMBASSY PARIS DAILY REPORT FOR FEBRUARY 10', 'other', None),
         ('C', 'EMBASSY PARIS DAILY REPORT FOR FEBRUARY 6', 'other', None),
         ('D', 'EMBASSY PARIS DAILY REPORT FOR JANUARY 20', 'other', None),
         ('E', 'EMBASSY PARIS DAILY REPORT FOR DECEMBER 19 2005', 'other', None),
         ('F', 'EMBASSY PARIS DAILY REPORT FOR SEPTEMBER 23', 'other', None),
     ]),
    # 08BRASILIA429
    ('REF: A. A) BRASILIA 236 B. B) OSD REPORT DTG 251847Z MAR 08 C. C) BRASILIA 175 \nClassified By: Ambassador Clifford Sobel. ',
     2008, '08BRASILIA429', [
         ('A', 'BRASILIA 236', 'cable', '08BRASILIA236'),
         ('B', 'OSD REPORT DTG 251847Z MAR 08', 'other', None),
         ('C', 'BRASILIA 175', 'cable', '08BRASILIA175'),
     ]),
    # 07REYKJAVIK20
    ('REF: A. STATE 7434 \n \n     ¶B. STATE 4834 \n     ¶C. STATE 5652 \n     ¶D. B. EVANS EMAIL 1/22/07 \n     ¶E. 06 KABUL 5855 \n     ¶F. 06 REYKJAVIK 431 \n ',
     2007, '07REYKJAVIK20', [
         ('A', 'STATE 7434', 'cable', '07STATE7434'),
         ('B', 'STATE 4834', 'cable', '07STATE4834'),
         ('C', 'STATE 5652', 'cable', '07STATE5652'),
         ('D', 'B. EVANS EMAIL 1/22/07', 'email', None),
         ('E', '06 KABUL 5855', 'cable', '06KABUL5855'),
         ('F', '06 REYKJAVIK 431', 'cable', '06REYKJAVIK431'),
     ]),
    # 10MANAMA21
    ('REF: A. 09 MANAMA 62 \n     ¶B. 09 MANAMA 83 \n     ¶C. 09 MANAMA 220 \n     ¶D. 09 MANAMA 241 \n     ¶E. 09MANAMA 281 Classified By: Ambassador Adam Ereli for reasons 1.4 (b) and (d).\n',
     2010, '10MANAMA21', [
         ('A', '09 MANAMA 62', 'cable', '09MANAMA62'),
         ('B', '09 MANAMA 83', 'cable', '09MANAMA83'),
         ('C', '09 MANAMA 220', 'cable', '09MANAMA220'),
         ('D', '09 MANAMA 241', 'cable', '09MANAMA241'),
         ('E', '09MANAMA 281', 'cable', '09MANAMA281'),
     ]),
    # 09SANJOSE127
    ('REF: A) 08 SAN JOSE 911  B) 08 STATE 132759  C) 08 SAN JOSE 194  D) \n08 SAN JOSE 833  E) 08 STATE 93829  F) SAN JOSE 0040 \n ',
     2009, '09SANJOSE127', [
         ('A', '08 SAN JOSE 911', 'cable', '08SANJOSE911'),
         ('B', '08 STATE 132759', 'cable', '08STATE132759'),
         ('C', '08 SAN JOSE 194', 'cable', '08SANJOSE194'),
         ('D', '08 SAN JOSE 833', 'cable', '08SANJOSE833'),
         ('E', '08 STATE 93829', 'cable', '08STATE93829'),
         ('F', 'SAN JOSE 0040', 'cable', '09SANJOSE40'),
     ]),
    # 10BAGHDAD70
    ('REF: A. A) BAGHDAD 3334 \n¶B. B) BAGHDAD 0028 \n',
     2010, '10BAGHDAD70', [
         ('A', 'BAGHDAD 3334', 'cable', '09BAGHDAD3334'),
         ('B', 'BAGHDAD 0028', 'cable', '10BAGHDAD28'),
     ]),
    # 04BRASILIA676
    ('REF: A. A. STATE 56282 B. B. STATE 56666 C. C. STATE 41252 AND 44603 D. D. BRASILIA 616 Classified By: AMBASSADOR HRINAK. REASONS: 1.5 (b) (d) \n',
     2004, '04BRASILIA676', [
         ('A', 'STATE 56282', 'cable', '04STATE56282'),
         ('B', 'STATE 56666', 'cable', '04STATE56666'),
         ('C', 'STATE 41252', 'cable', '04STATE41252'),
         ('C', '44603', 'cable', '04STATE44603'),
         ('D', 'BRASILIA 616', 'cable', '04BRASILIA616'),
     ]),
    # 05BRASILIA1081
    ('REF: BRASILIA 715 AND 660 Classified By: AMBASSADOR JOHN J. DANILOVICH. REASONS: 1.4(B)(D). \n',
     2005, '05BRASILIA1081', [
         (None, 'BRASILIA 715', 'cable', '05BRASILIA715'),
         (None, '660', 'cable', '05BRASILIA660'),
     ]),
    # 05BRASILIA1578
    ('REF: A. PORT AU PRINCE 1543 AND 1497 \n¶B. BRASILIA 1479 \n¶C. STATE 104247 \nClassified By: AMBASSADOR JOHN DANILOVICH. REASONS: 1.4(B)(D). ',
     2005, '05BRASILIA1578', [
         ('A', 'PORT AU PRINCE 1543', 'cable', '05PORTAUPRINCE1543'),
         ('A', '1497', 'cable', '05PORTAUPRINCE1497'),
         ('B', 'BRASILIA 1479', 'cable', '05BRASILIA1479'),
         ('C', 'STATE 104247', 'cable', '05STATE104247'),
     ]),
    # 05VATICAN514
    ('REF: A. A) ROME 2543, \n\n¶B. 05 ROME 2543, 03 VAT 4859; 03 ROME 5205; 04 VAT 3810 \n',
     2005, '05VATICAN514', [
         ('A', 'ROME 2543', 'cable', '05ROME2543'),
         ('A', '03 VAT 4859', 'cable', '03VATICAN4859'),
         ('A', '03 ROME 5205', 'cable', '03ROME5205'),
         ('A', '04 VAT 3810', 'cable', '04VATICAN3810'),
     ]),
    # 06TRIPOLI198
    ('REF: TRIPOLI 33, 53\n',
     2006, '06TRIPOLI198', [
         (None, 'TRIPOLI 33', 'cable', '06TRIPOLI33'),
         (None, '53', 'cable', '06TRIPOLI53'),
     ]),
    # 03THEHAGUE1453
    ('REF: 2002 THE HAGUE 03525\n',
     2003, '03THEHAGUE1453', [
         (None, '2002 THE HAGUE 03525', 'cable', '02THEHAGUE3525'),
     ]),
    # 04BRASILIA222
    ('Refs: A) 2003 Sao Paulo 2199 \nB) 2003 Brasilia 3868 \n',
     2004, '04BRASILIA222', [
         ('A', '2003 Sao Paulo 2199', 'cable', '03SAOPAULO2199'),
         ('B', '2003 Brasilia 3868', 'cable', '03BRASILIA3868'),
     ]),
    # 03THEHAGUE2983
    ('REF: SECSTATE 326258 \n ',
     2003, '03THEHAGUE2983', [
         (None, 'SECSTATE 326258', 'cable', '03STATE326258'),
     ]),
    # 05NEWDELHI8795
    ('REF: A. USUN NEW YORK 2635 \n¶B. NEW DELHI 8682 \n',
     2005, '05NEWDELHI8795', [
         ('A', 'USUN NEW YORK 2635', 'cable', '05USUNNEWYORK2635'),
         ('B', 'NEW DELHI 8682', 'cable', '05NEWDELHI8682'),
     ]),
    # 05SANJOSE2435
    ('REF: WILKINS/CARTER TELCON 10/17/2005 \n ',
     2005, '05SANJOSE2435', [
         (None, 'WILKINS/CARTER TELCON 10/17/2005', 'telcon', None),
     ]),
    # 09BOGOTA1506
    ('REF: A. 09BOGOTA1412 \n     ¶B. 09BOGOTA569 \n',
     2009, '09BOGOTA1506', [
         ('A', '09BOGOTA1412', 'cable', '09BOGOTA1412'),
         ('B', '09BOGOTA569', 'cable', '09BOGOTA569'),
     ]),
    # 09RIODEJANEIRO357
    ('REF: A. (A) RIO 329 \n¶B. (B) RIO 346 Classified By: Principal Officer Dennis W. Hearne for reasons 1.4 (b, d ) \n',
     2009, '09RIODEJANEIRO357', [
         ('A', 'RIO 329', 'cable', '09RIODEJANEIRO329'),
         ('B', 'RIO 346', 'cable', '09RIODEJANEIRO346'),
     ]),
    # 08SAOPAULO335
    ('REF: A. RIO DE JANEIRO 138 \n¶B. RIO DE JANEIRO 135 \n¶C. 07 SAO PAULO 953 \n¶D. SAO PAULO 247 \n',
     2008, '08SAOPAULO335', [
         ('A', 'RIO DE JANEIRO 138', 'cable', '08RIODEJANEIRO138'),
         ('B', 'RIO DE JANEIRO 135', 'cable', '08RIODEJANEIRO135'),
         ('C', '07 SAO PAULO 953', 'cable', '07SAOPAULO953'),
         ('D', 'SAO PAULO 247', 'cable', '08SAOPAULO247'),
     ]),
    # 04THEHAGUE1793
    ('REF: A. STATE 153876 \n\n¶B. THE HAGUE 1737 \n',
     2004, '04THEHAGUE1793', [
         ('A', 'STATE 153876', 'cable', '04STATE153876'),
         ('B', 'THE HAGUE 1737', 'cable', '04THEHAGUE1737'),
     ]),
    # 06SAOPAULO316
    ('REF: (A) SAO PAULO 278; \n(B) SAO PAULO 206; \n(C) SAO PAULO 73 SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY. \n',
     2006, '06SAOPAULO316', [
         ('A', 'SAO PAULO 278', 'cable', '06SAOPAULO278'),
         ('B', 'SAO PAULO 206', 'cable', '06SAOPAULO206'),
         ('C', 'SAO PAULO 73', 'cable', '06SAOPAULO73'),
     ]),
    # 09SANTIAGO919
    ('REF: SANTIAGO 755; SANTIAGO 899; SANTIAGO 404\n',
     2009, '09SANTIAGO919', [
         (None, 'SANTIAGO 755', 'cable', '09SANTIAGO755'),
         (None, 'SANTIAGO 899', 'cable', '09SANTIAGO899'),
         (None, 'SANTIAGO 404', 'cable', '09SANTIAGO404'),
     ]),
    # 08TRIPOLI943
    ('REF: \nA) TRIPOLI 280, \nB) TRIPOLI 266, \nC) TRIPOLI 925, \nD) TRIPOLI 472, \nE) TRIPOLI 819, \nF) TRIPOLI 468 (NOTAL)  \n',
     2008, '08TRIPOLI943', [
         ('A', 'TRIPOLI 280', 'cable', '08TRIPOLI280'),
         ('B', 'TRIPOLI 266', 'cable', '08TRIPOLI266'),
         ('C', 'TRIPOLI 925', 'cable', '08TRIPOLI925'),
         ('D', 'TRIPOLI 472', 'cable', '08TRIPOLI472'),
         ('E', 'TRIPOLI 819', 'cable', '08TRIPOLI819'),
         ('F', 'TRIPOLI 468', 'cable', '08TRIPOLI468'),
     ]),
    # 09REYKJAVIK214
    ('REF: A. STATE 2995, B. STATE085363, C. SIO-I-03-61 \n ',
     2009, '09REYKJAVIK214', [
         ('A', 'STATE 2995', 'cable', '09STATE2995'),
         ('B', 'STATE085363', 'cable', '09STATE85363'),
         ('C', 'SIO-I-03-61', 'other', None),
     ]),
    # 08RANGOON749
    ('REF: A. 2007 STATE 162091  B. USDAO RANGOON IIR 6 812 0131 08\n',
     2008, '08RANGOON749', [
         ('A', '2007 STATE 162091', 'cable', '07STATE162091'),
         ('B', 'USDAO RANGOON IIR 6 812 0131 08', 'other', None),
     ]),
    # 06THEHAGUE210
    ('REF: GRUBB/SCHOFER EMAILS TO WASHINGTON ...\n',
     2006, '06THEHAGUE210', [
         (None, 'GRUBB/SCHOFER EMAILS TO WASHINGTON', 'email', None),
     ]),
    # 05SANAA923
    ('REF: IIR 6906012405 \n',
     2005, '05SANAA923', [
         (None, 'IIR 6906012405', 'other', None),
     ]),
    # 06PARIS2242
    ('REF: NONE \n',
     2006, '06PARIS2242', [
     ]),
    # 08LJUBLJANA371
    ('REF: S...\n',
     2008, '08LJUBLJANA371', [
     ]),
    # 10BRASILIA19
    ('REF: STATE 06391; BRASILIA 0062\n',
     2010, '10BRASILIA19', [
         (None, 'STATE 06391', 'cable', '10STATE6391'),
         (None, 'BRASILIA 0062', 'cable', '09BRASILIA62'),
     ]),
    # 09LONDON1888
    ('REF: A. ADDIS ABABA 1971      B. LONDON 1818      C. NAIROBI 1719  \n',
     2009, '09LONDON1888', [
         ('A', 'ADDIS ABABA 1971', 'cable', '09ADDISABABA1971'),
         ('B', 'LONDON 1818', 'cable', '09LONDON1818'),
         ('C', 'NAIROBI 1719', 'cable', '09NAIROBI1719'),
     ]),
    # 00HARARE6677
    ('REFTEL: HARARE 6584\nCLASSIFIED BY AMBASSADOR TOM MCDONALD FOR REASONS 1.5 (B) AND (D).',
     2000, '00HARARE6677', [
         (None, 'HARARE 6584', 'cable', '00HARARE6584'),
     ]),
    # 08SANTIAGO645
    ('Reftel: 07 STATE 77742 \n',
     2008, '08SANTIAGO645', [
         (None, '07 STATE 77742', 'cable', '07STATE77742'),
     ]),
    # 06BRASILIA1963
    ('REF BRASILIA 1837 \n ',
     2006, '06BRASILIA1963', [
         (None, 'BRASILIA 1837', 'cable', '06BRASILIA1837'),
     ]),
    # 08SANJOSE508
    ('Reftel San Jose 410 \n ',
     2008, '08SANJOSE508', [
         (None, 'San Jose 410', 'cable', '08SANJOSE410'),
     ]),
    # 09CAIRO1410
    ("REF:CAIRO 1258 Classified By: Classified By: Charge d'Affaires, a.i. Matthew H. Tueller Reasons: 1.4 (B) and (D)\n1.(C) Key points: - Arab League (AL) Chief of Staff Hisham Yousef gave Min-Cons a well-developed li",
     2009, '09CAIRO1410', [
         (None, 'CAIRO 1258', 'cable', '09CAIRO1258'),
     ]),
    # 10PARIS183
    ('REF:09 Paris 1635\n',
     2010, '10PARIS183', [
         (None, '09 Paris 1635', 'cable', '09PARIS1635'),
     ]),
    # 04BRUSSELS4944
    ('REF: A. STATE 244333 \n     ¶B. US...\n23064 11/19/2004 15:41 04BRUSSELS4944 C O N F I D E N T I A L BRUSSELS 004944 SIPDIS E.O. 12958: DE',
     2004, '04BRUSSELS4944', [
         ('A', 'STATE 244333', 'cable', '04STATE244333'),
     ]),
    # 08LIMA1348
    ('REF: A. LIMA 389 \n     ¶B. LIMA 1191 \n     ¶C. LIMA ...\nid: 166149',
     2008, '08LIMA1348', [
         ('A', 'LIMA 389', 'cable', '08LIMA389'),
         ('B', 'LIMA 1191', 'cable', '08LIMA1191'),
     ]),
    # 08LONDON1163
    ('REF: \n\n¶A. A) STATE 33385 AND PREVIOUS      \n\n¶B. B) EMB LONDON (GAYLE)-NEA/IR(COBERLY) EMAILS AND         TELCONS APRIL 9      \n\n¶C. C) EMB LONDON (GAYLE)-NEA/IR(COBERLY) EMAIL         \n',
     2008, '08LONDON1163', [
         ('A', 'STATE 33385', 'cable', '08STATE33385'),
         ('B', 'EMB LONDON (GAYLE)-NEA/IR(COBERLY) EMAILS AND TELCONS APRIL 9', 'email', None),
         ('C', 'EMB LONDON (GAYLE)-NEA/IR(COBERLY) EMAIL', 'email', None),
     ]),
    # 06PARIS953
    ('REF: A. (A) EMBASSY PARIS DAILY REPORT FOR FEBRUARY 6 \n¶B. 2006 AND PRIOR \n(WWW.STATE.SGOV.GOV/P/EUR/PARIS/INDEX.CFM) \n',
     2006, '06PARIS953', [
         ('A', 'EMBASSY PARIS DAILY REPORT FOR FEBRUARY 6 2006 AND PRIOR (WWW.STATE.SGOV.GOV/P/EUR/PARIS/INDEX.CFM)', 'other', None),
     ]),
    # 08TRIPOLI137: a memorandum of understanding (MOU) is a memo
    ('REF: A) STATE 14270, B) USG-GOL DETAINEE TRANSFER MOU DEC 11, 2006, C) TRIPOLI 1060, D) STATE 163691, E) TRIPOLI 723 CLASSIFIED BY: Chris Stevens, CDA, U.S. Embassy Tripoli, Dept of State. REASON: 1.4 (b), (d)\n',
     2008, '08TRIPOLI137', [
         ('A', 'STATE 14270', 'cable', '08STATE14270'),
         ('B', 'USG-GOL DETAINEE TRANSFER MOU DEC 11, 2006', 'memo', None),
         ('C', 'TRIPOLI 1060', 'cable', '07TRIPOLI1060'),
         ('D', 'STATE 163691', 'cable', '08STATE163691'),
         ('E', 'TRIPOLI 723', 'cable', '07TRIPOLI723'),
     ]),
    # 09LONDON2102: the text after the page header ends the block
    ('REF: A. A. SECSTATE 89892      B. B. WALKLET-TIGHE/JOHNSON E-MAILS AUGUST 28  LONDON 00002102  001.2 OF 002   ACTION REQUEST in paragraph one.  \n',
     2009, '09LONDON2102', [
         ('A', 'SECSTATE 89892', 'cable', '09STATE89892'),
         ('B', 'WALKLET-TIGHE/JOHNSON E-MAILS AUGUST 28', 'email', None),
     ]),
    # 07NEWDELHI1485
    ('REF: A. NEW DELHI 1327  B. NEW DELHI 729  C. HOWARD-KESHAP E-MAIL 09MAR07\nNEW DELHI 00001485 001.2 OF 005\nClassified By: PolCouns Ted Osius for Reasons 1.4 (B,D)',
     2007, '07NEWDELHI1485', [
         ('A', 'NEW DELHI 1327', 'cable', '07NEWDELHI1327'),
         ('B', 'NEW DELHI 729', 'cable', '07NEWDELHI729'),
         ('C', 'HOWARD-KESHAP E-MAIL 09MAR07', 'email', None),
     ]),
    # A REF block on the subject's line (its line breaks lost), glued to it or after csv debris
    # 03BRASILIA3122
    ("SUBJECT: NEW DECREE TO FACILITATE IMPORTATION OF COPIED DRUGS THROUGH COMPULSORY LICENSING REF: SAO PAULO 1467 \n\n¶1. (U) SUMMARY: The GoB has taken its latest step",
     2003, '03BRASILIA3122', [
         (None, 'SAO PAULO 1467', 'cable', '03SAOPAULO1467'),
     ]),
    # 05BRASILIA760
    ("SUBJECT: ARAB DIPLOMATS WEIGH BRAZIL'S READINESS TO HOST SUMMIT REF: \n¶A. BRASILIA 564 \n¶B. BRASILIA 574 \n¶C. BRASILIA 658 \n¶D. BRASILIA 718 \n\nClassified By: DEPUTY CHIEF OF MISSION PHILLIP CHICOLA.",
     2005, '05BRASILIA760', [
         ('A', 'BRASILIA 564', 'cable', '05BRASILIA564'),
         ('B', 'BRASILIA 574', 'cable', '05BRASILIA574'),
         ('C', 'BRASILIA 658', 'cable', '05BRASILIA658'),
         ('D', 'BRASILIA 718', 'cable', '05BRASILIA718'),
     ]),
    # 08MANAMA541
    ('SUBJECT: GENERAL PETRAEUS’ VISIT TO BAHRAINREF: MANAMA 510Classified By: CDA CHRISTOPHER HENZEL FOR REASONS 1.4 (b) and (d)\n\n¶1. (S) Summary: King Hamad said',
     2008, '08MANAMA541', [
         (None, 'MANAMA 510', 'cable', '08MANAMA510'),
     ]),
    # 09STATE30927
    ('SUBJECT: (C)  KUDOS FOR BUENOS AIRES 000174 ,,"" ,,""REF: BUENOS AIRES 000174 ,,"" ,,"\n"\n\nClassified By: SUZANNE MCCORMICK, DIR., INR/OPS.',
     2009, '09STATE30927', [
         (None, 'BUENOS AIRES 000174', 'cable', '09BUENOSAIRES174'),
     ]),
    # 07TRIPOLI993: the text follows on the same line
    ('SUBJECT: MINISTERIAL DELEGATIONS TO WASHINGTON INTERNATIONAL \nRENEWABLE ENERGY CONFERENCE REF: A) STATE 138248, B) GODFREY-LAWSON E-MAIL 11/21/2007 Per reftel, Post requests that Libya be added to the list of invitees',
     2007, '07TRIPOLI993', [
         ('A', 'STATE 138248', 'cable', '07STATE138248'),
         ('B', 'GODFREY-LAWSON E-MAIL 11/21/2007', 'email', None),
     ]),
    # References cut short by the page are dropped (the full copy that follows has them)
    # 05ANKARA82
    ('REF: A. 04 STATE 201785 (NOTAL) \n     ¶B. 04 STATE 2084...\n\nS E C R E T ANKARA 000082',
     2005, '05ANKARA82', [
         ('A', '04 STATE 201785', 'cable', '04STATE201785'),
     ]),
    # 05THEHAGUE2651
    ("REF: A. STATE ...\n\n\n\n\n¶B. THE HAGUE 2599 \n\nClassified By: CHARGE D'AFFAIRES CHAT BLAKEMAN",
     2005, '05THEHAGUE2651', [
         ('B', 'THE HAGUE 2599', 'cable', '05THEHAGUE2599'),
     ]),
    # Blank lines inside a block: a reference split by them, a bullet left empty before
    # them, a page header between them
    # 07PARIS4723
    ('REF: A)PARIS 5364, B)PARIS 4255, C)PARIS 4170, D)PARIS 3970, E)PARIS\n\n3967, F)PARIS 3853, G)PARIS 3429, H)PARIS 3399, I)PARIS 3429\n\nClassified by Ambassador Craig Stapleton; reasons 1.4 (b), (d) and\n(e).',
     2007, '07PARIS4723', [
         ('A', 'PARIS 5364', 'cable', '06PARIS5364'),
         ('B', 'PARIS 4255', 'cable', '07PARIS4255'),
         ('C', 'PARIS 4170', 'cable', '07PARIS4170'),
         ('D', 'PARIS 3970', 'cable', '07PARIS3970'),
         ('E', 'PARIS 3967', 'cable', '07PARIS3967'),
         ('F', 'PARIS 3853', 'cable', '07PARIS3853'),
         ('G', 'PARIS 3429', 'cable', '07PARIS3429'),
         ('H', 'PARIS 3399', 'cable', '07PARIS3399'),
     ]),
    # 05MADRID4026
    ("REF: REF (A) MADRID 3785 (B) MADRID 3566 (C) SECSTATE\n\n36633\n\n¶1. Summary: Ambassador's courtesy call was characterized by",
     2005, '05MADRID4026', [
         ('A', 'MADRID 3785', 'cable', '05MADRID3785'),
         ('B', 'MADRID 3566', 'cable', '05MADRID3566'),
         ('C', 'SECSTATE 36633', 'cable', '05STATE36633'),
     ]),
    # 08REYKJAVIK23
    ('REF:  A) State 16319; B) Reykjavik 00020; C) State 15111; and D) \n \nState 13716 \n \nClassified by Ambassador Carol van Voorst for reasons 1.4 (b) and (d). \n',
     2008, '08REYKJAVIK23', [
         ('A', 'State 16319', 'cable', '08STATE16319'),
         ('B', 'Reykjavik 00020', 'cable', '08REYKJAVIK20'),
         ('C', 'State 15111', 'cable', '08STATE15111'),
         ('D', 'State 13716', 'cable', '08STATE13716'),
     ]),
    # 09BRASILIA1170
    ("REF: A. STATE 95073 \n¶B. STATE 94757 \n¶C. STATE 91633 D. \n\nBRASILIA 1038 BRASILIA 00001170 001.2 OF 003 \nClassified By: Charge D'Affaires Lisa Kubiske for reasons 1.4 (b) and ( d). \n",
     2009, '09BRASILIA1170', [
         ('A', 'STATE 95073', 'cable', '09STATE95073'),
         ('B', 'STATE 94757', 'cable', '09STATE94757'),
         ('C', 'STATE 91633', 'cable', '09STATE91633'),
         ('D', 'BRASILIA 1038', 'cable', '09BRASILIA1038'),
     ]),
    # 06TEGUCIGALPA526
    ('REF: A. TEGUCIGALPA 521 (FUEL)\n¶B. TEGUCIGALPA 505 (FUEL)\n¶C. TEGUCIGALPA 482 (FUEL)\n¶D. TEGUCIGALPA 355 (PRC/TAIWAN)\n¶E. TEGUCIGALPA 344 (AGRICULTURE)\n¶F. TEGUCIGALPA 214 (PRC/TAIWAN)\n¶G. 092106Z MAR 06 USDAO TEGUCIGALPA HO (MOD)\n¶H. TEGUCIGALPA 433 (CRIME)\n¶I. TEGUCIGALPA 193(ZELAYA/GONZALES BILAT)\n¶J. TEGUCIGALPA 161 (ZELAYA BRIEFINGS)\n¶K. TEGUCIGALPA 100 (ZELAYA/FORD BILAT)\n¶L. 05 TEGUCIGALPA 2492 (POL ASSESSMENT)\n\nTEGUCIGALP 00000526 001.2 OF 007\n\n¶M. 05 TEGUCIGALPA 2420 (ECON ASSESSMENT)\n¶N. 05 TEGUCIGALPA 2419 (ECON ASSESSMENT)\n¶O. 05 TEGUCIGALPA 2418 (ECON ASSESSMENT)\n\nClassified By: A',
     2006, '06TEGUCIGALPA526', [
         ('A', 'TEGUCIGALPA 521', 'cable', '06TEGUCIGALPA521'),
         ('B', 'TEGUCIGALPA 505', 'cable', '06TEGUCIGALPA505'),
         ('C', 'TEGUCIGALPA 482', 'cable', '06TEGUCIGALPA482'),
         ('D', 'TEGUCIGALPA 355', 'cable', '06TEGUCIGALPA355'),
         ('E', 'TEGUCIGALPA 344', 'cable', '06TEGUCIGALPA344'),
         ('F', 'TEGUCIGALPA 214', 'cable', '06TEGUCIGALPA214'),
         ('G', '092106Z MAR 06 USDAO TEGUCIGALPA HO (MOD)', 'other', None),
         ('H', 'TEGUCIGALPA 433', 'cable', '06TEGUCIGALPA433'),
         ('I', 'TEGUCIGALPA 193', 'cable', '06TEGUCIGALPA193'),
         ('J', 'TEGUCIGALPA 161', 'cable', '06TEGUCIGALPA161'),
         ('K', 'TEGUCIGALPA 100', 'cable', '06TEGUCIGALPA100'),
         ('L', '05 TEGUCIGALPA 2492', 'cable', '05TEGUCIGALPA2492'),
         ('M', '05 TEGUCIGALPA 2420', 'cable', '05TEGUCIGALPA2420'),
         ('N', '05 TEGUCIGALPA 2419', 'cable', '05TEGUCIGALPA2419'),
         ('O', '05 TEGUCIGALPA 2418', 'cable', '05TEGUCIGALPA2418'),
     ]),
    # A year written at the end of the line before its station and serial
    # 09ISTANBUL440
    ('REF: (A) ANKARA 1516 (EXDIS) (B) ISTANBUL 421 (C) \n     ISTANBUL 290 (D) 2008 ISTANBUL 85 (E) 2008 \n     ISTANBUL 146 (F) ISTANBUL 425 (G) ANKARA 1704 \n \nClassified By: ConGen Istanbul Deputy Principal Officer Win Dayton; Rea \n',
     2009, '09ISTANBUL440', [
         ('A', 'ANKARA 1516', 'cable', '09ANKARA1516'),
         ('B', 'ISTANBUL 421', 'cable', '09ISTANBUL421'),
         ('C', 'ISTANBUL 290', 'cable', '09ISTANBUL290'),
         ('D', '2008 ISTANBUL 85', 'cable', '08ISTANBUL85'),
         ('E', '2008 ISTANBUL 146', 'cable', '08ISTANBUL146'),
         ('F', 'ISTANBUL 425', 'cable', '09ISTANBUL425'),
         ('G', 'ANKARA 1704', 'cable', '09ANKARA1704'),
     ]),
    # 06REYKJAVIK68
    ('REF:  (A) STATE 3836, (B) 05 REYKJAVIK 95 (NOTAL), (C) 04 \nREYKJAVIK 92 (NOTAL) \n \n¶1. (SBU) Embassy point of contact on the trafficking in \n',
     2006, '06REYKJAVIK68', [
         ('A', 'STATE 3836', 'cable', '06STATE3836'),
         ('B', '05 REYKJAVIK 95', 'cable', '05REYKJAVIK95'),
         ('C', '04 REYKJAVIK 92', 'cable', '04REYKJAVIK92'),
     ]),
    # A bulleted bare serial: the station and year of the item before; alone, no cable
    # 08REYKJAVIK20
    ('REF:  A) STATE 15111 AND B) 13716 \n \nClassified by Ambassador Carol van Voorst for reasons 1.4 (b) and (d). \n',
     2008, '08REYKJAVIK20', [
         ('A', 'STATE 15111', 'cable', '08STATE15111'),
         ('B', '13716', 'cable', '08STATE13716'),
     ]),
    # 06CALCUTTA389
    ('REF: A)   CALCUTTA 00354   B)  00357   C)  CALCUTTA 00363 \n\nCLASSIFIED BY: Henry V. Jardine, Principal Officer',
     2006, '06CALCUTTA389', [
         ('A', 'CALCUTTA 00354', 'cable', '06CALCUTTA354'),
         ('B', '00357', 'cable', '06CALCUTTA357'),
         ('C', 'CALCUTTA 00363', 'cable', '06CALCUTTA363'),
     ]),
    # 08SANJOSE337
    ('REF: A. (A) 44297 \n \n     ¶B. (B) 44905 \n \n',
     2008, '08SANJOSE337', [
         ('A', '44297', 'other', None),
         ('B', '44905', 'other', None),
     ]),
    # 07ASMARA850: the serial written before the station
    ('REF: A. A) 00821 ASMARA \n\n¶B. B) 00838 ASMARA \n\nClassified By: CDA Jennifer A. McIntyre, for reasons 1.4 (b) \nand (d). \n',
     2007, '07ASMARA850', [
         ('A', '00821 ASMARA', 'cable', '07ASMARA821'),
         ('B', '00838 ASMARA', 'cable', '07ASMARA838'),
     ]),
    # 09CAIRO290: the routing header and classification line of a second copy glued on
    ('REF: A. CAIRO 181|09CAIRO257 VZCZCXRO5203OO RUEHROVDE RUEHEG #0290/01 0490950ZNY CCCCC ZZHO 180950Z FEB 09FM AMEMBASSY CAIROTO RUEHC/SECSTATE WASHDC IMMEDIATE 1661INFO RUEHXK/ARAB ISRAELI COLLECTIVE PRIORITYRHMFISS/HQ USCENTCOM MACDILL AFB FL PRIORITYRHMFISS/JOINT STAFF WASHINGTON DC PRIORITYRUEKJCS/SECDEF WASHINGTON DC PRIORITYRHEHNSC/NSC WASHDC PRIORITY\nC O N F I D E N T I A L SECTION 01 OF 02 CAIRO 000290 SIPDIS E.O. 12958: DECL: 02/10/2019 TAGS: PREL PARM MASS MOPS PTER ASEC KPAL IS EG\n\nSUBJ',
     2009, '09CAIRO290', [
         ('A', 'CAIRO 181', 'cable', '09CAIRO181'),
         ('A', '09CAIRO257', 'cable', '09CAIRO257'),
     ]),
    # 09MADRID29: a portion marking inside an item does not end the block
    ('REF: A. 08 MADRID 1362\n¶B. 12/12/08 (U) EMAIL FROM POLOFF CLIFTON TO USUNVIE\n¶C. 08 MADRID 1296\n¶D. 08 SECSTATE 126581\n¶E. 08 MADRID 1262\n\nMADRID 00000029 001.2 OF 002\n\n',
     2009, '09MADRID29', [
         ('A', '08 MADRID 1362', 'cable', '08MADRID1362'),
         ('B', '12/12/08 (U) EMAIL FROM POLOFF CLIFTON TO USUNVIE', 'email', None),
         ('C', '08 MADRID 1296', 'cable', '08MADRID1296'),
         ('D', '08 SECSTATE 126581', 'cable', '08STATE126581'),
         ('E', '08 MADRID 1262', 'cable', '08MADRID1262'),
     ]),
    # 09STATE39054: the header repeated with the bullet
    ('REF: A. REF: A) STATE SECURITY SERVICE OF UKRAINE PRESS RELEASE 4/14/09 B. B) STATE NUCLEAR REGULATORY COMMITTEE OF UKRAINE PRESS RELEASE 4/15/09 C. C) 3 ARRESTED IN UKRAINE FOR TRYING TO SELL PLUTONIUM ASSOCIATED PRESS 3/14/09 D. D) STATE 030541 3/30/09',
     2009, '09STATE39054', [
         ('A', 'STATE SECURITY SERVICE OF UKRAINE PRESS RELEASE 4/14/09', 'other', None),
         ('B', 'STATE NUCLEAR REGULATORY COMMITTEE OF UKRAINE PRESS RELEASE 4/15/09', 'other', None),
         ('C', '3 ARRESTED IN UKRAINE FOR TRYING TO SELL PLUTONIUM ASSOCIATED PRESS 3/14/09', 'other', None),
         ('D', 'STATE 030541', 'cable', '09STATE30541'),
     ]),
    # 09BUENOSAIRES686: a bullet glued to the item before keeps its "(" out of that item
    ('REF: (A) 06/11/09 Gay-Gomez e-mail and telcon(B) BUENOS AIRES 0445 \n \n¶1.  THIS CABLE IS SENSITIVE BUT UNCLASSIFIED.  NOT FOR INTERNET \n',
     2009, '09BUENOSAIRES686', [
         ('A', '06/11/09 Gay-Gomez e-mail and telcon', 'email', None),
         ('B', 'BUENOS AIRES 0445', 'cable', '09BUENOSAIRES445'),
     ]),
    # 08TRIPOLI829: the cable's own page header in an item hides no other reference
    ('REF: A) TRIPOLI 340, B) TRIPOLI 297, C) TRIPOLI 321, D) IIR 6 915 000 609  TRIPOLI 00000829  001.2 OF 002   CLASSIFIED BY: John T. Godfrey, CDA',
     2008, '08TRIPOLI829', [
         ('A', 'TRIPOLI 340', 'cable', '08TRIPOLI340'),
         ('B', 'TRIPOLI 297', 'cable', '08TRIPOLI297'),
         ('C', 'TRIPOLI 321', 'cable', '08TRIPOLI321'),
         ('D', 'IIR 6 915 000 609', 'other', None),
     ]),
    # 08STOCKHOLM704: a header line cut short, the page's next text glued on
    ('REF: (A) S...\nUNCLAS STOCKHOLM 000704 SIPDIS STATE FOR CA/P/IP BARBARA HALL, PETER THOMPSON, DIANE BEAN AND MARY DOETSCH SENSITIVE E.O. 12958: N/A TAGS: CVIS PREL PM SW',
     2008, '08STOCKHOLM704', []),
    # 06SANJOSE2734: a typo in a name of two words
    ('REF: A. STATE 19152 \n     ¶B. SAN JOSE 2223 (EXDIS) \n     ¶C. SAN JSE 1955 \n \n¶1.  Since returning to the presidency i May 2006, Costa \n',
     2006, '06SANJOSE2734', [
         ('A', 'STATE 19152', 'cable', '06STATE19152'),
         ('B', 'SAN JOSE 2223', 'cable', '06SANJOSE2223'),
         ('C', 'SAN JSE 1955', 'cable', '06SANJOSE1955'),
     ]),
    # 07ROME877: a page header after the block, then no bullet: the block ends before it
    ('REF: A. ROME DAILY REPORT (APRIL 23 2007) \n     ¶B. ROME DAILY REPORT (APRIL 26 2007) \n \nROME 00000877  001.4 OF 002 \n \n \nClassified By: Acting Political Minister Counselor',
     2007, '07ROME877', [
         ('A', 'ROME DAILY REPORT (APRIL 23 2007)', 'other', None),
         ('B', 'ROME DAILY REPORT (APRIL 26 2007)', 'other', None),
     ]),
]


def _refs(text, year, own):
    return [(r["label"], r["raw"], r["kind"], r["referenced_id"]) for r in parse_references(text, year, own)]


@pytest.mark.parametrize("text, year, own, expected", REAL_BLOCKS, ids=[c[2] for c in REAL_BLOCKS])
def test_real_blocks(text, year, own, expected):
    assert _refs(text, year, own) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # years: 2, 3 and 4 digits, glued, hyphens, in parentheses, after a slash
        ("REF: 07 STATE 1234", [(None, "07 STATE 1234", "cable", "07STATE1234")]),
        ("REF: 2007 STATE 1234", [(None, "2007 STATE 1234", "cable", "07STATE1234")]),
        ("REF: 007 STATE 1234", [(None, "007 STATE 1234", "cable", "07STATE1234")]),
        ("REF: 10-OTTAWA-57", [(None, "10-OTTAWA-57", "cable", "10OTTAWA57")]),
        ("REF: 09CAIRO0561; 08CAIRO2528",
         [(None, "09CAIRO0561", "cable", "09CAIRO561"), (None, "08CAIRO2528", "cable", "08CAIRO2528")]),
        ("REF: (08) SAO PAULO 581", [(None, "(08) SAO PAULO 581", "cable", "08SAOPAULO581")]),
        ("REF: PANAMA 00933/08", [(None, "PANAMA 00933/08", "cable", "08PANAMA933")]),
        # no year: the cable's own
        ("REF: STATE 12345", [(None, "STATE 12345", "cable", "09STATE12345")]),
        ("REF: STATE: 73097", [(None, "STATE: 73097", "cable", "09STATE73097")]),
        # serials of the same station and year
        ("REF: 09 STATE 12 AND 13",
         [(None, "09 STATE 12", "cable", "09STATE12"), (None, "13", "cable", "09STATE13")]),
        ("REF: TRIPOLI 33, 53, AND 61",
         [(None, "TRIPOLI 33", "cable", "09TRIPOLI33"), (None, "53", "cable", "09TRIPOLI53"),
          (None, "61", "cable", "09TRIPOLI61")]),
        ("REF: STATE 1234 AND 08 STATE 5678",
         [(None, "STATE 1234", "cable", "09STATE1234"), (None, "08 STATE 5678", "cable", "08STATE5678")]),
        # digit 0 for the letter O, nicknames
        ("REF: A. 10 0TTAWA 57 B. SANTIAG0 123",
         [("A", "10 0TTAWA 57", "cable", "10OTTAWA57"), ("B", "SANTIAG0 123", "cable", "09SANTIAGO123")]),
        ("REF: A) SECSTATE 80675 B) HCMC 12 C) RIO 346 D) USUN 45",
         [("A", "SECSTATE 80675", "cable", "09STATE80675"), ("B", "HCMC 12", "cable", "09HOCHIMINHCITY12"),
          ("C", "RIO 346", "cable", "09RIODEJANEIRO346"), ("D", "USUN 45", "cable", "09USUNNEWYORK45")]),
        # bullets A. B) (C) and "REF A:" lines
        ("REF: A. STATE 1 B) STATE 2 (C) STATE 3",
         [("A", "STATE 1", "cable", "09STATE1"), ("B", "STATE 2", "cable", "09STATE2"),
          ("C", "STATE 3", "cable", "09STATE3")]),
        ("REF A: STATE 1234\nREF B: 08 BEIJING 55",
         [("A", "STATE 1234", "cable", "09STATE1234"), ("B", "08 BEIJING 55", "cable", "08BEIJING55")]),
        ("REFERENCE: 2007 STATE 1234", [(None, "2007 STATE 1234", "cable", "07STATE1234")]),
        ("REFTELS: A) STATE 1 B) STATE 2",
         [("A", "STATE 1", "cable", "09STATE1"), ("B", "STATE 2", "cable", "09STATE2")]),
        # other kinds
        ("REF: A. STATE 7869 B. 03 HANOI 3232 C. EMAIL FROM JONES 5/3 D. JONES-SMITH TELCON 4/4 "
         "E. MEMCON OF MAY 5 F. LETTER FROM FM TO SECRETARY",
         [("A", "STATE 7869", "cable", "09STATE7869"), ("B", "03 HANOI 3232", "cable", "03HANOI3232"),
          ("C", "EMAIL FROM JONES 5/3", "email", None), ("D", "JONES-SMITH TELCON 4/4", "telcon", None),
          ("E", "MEMCON OF MAY 5", "memo", None), ("F", "LETTER FROM FM TO SECRETARY", "other", None)]),
        ("REF: MEMORANDUM OF CONVERSATION 5/3", [(None, "MEMORANDUM OF CONVERSATION 5/3", "memo", None)]),
        ("REF: TELEPHONE CALL AMBASSADOR-FM 12/1", [(None, "TELEPHONE CALL AMBASSADOR-FM 12/1", "telcon", None)]),
        # the cable itself (a page header caught in the block) and repeats are dropped
        ("REF: A. BEIJING 2463 B. STATE 12 C. STATE 12", [("B", "STATE 12", "cable", "09STATE12")]),
        ("REF: STATE 12\n\nSUBJECT: X\nREF: STATE 12", [(None, "STATE 12", "cable", "09STATE12")]),
        # nothing to read
        ("REF: NONE", []),
        ("REF: N/A", []),
        ("REF:", []),
        ("", []),
    ],
)
def test_forms(text, expected):
    assert _refs(text, 2009, "09BEIJING2463") == expected


def test_serial_above_own_means_last_year():
    # a February cable citing "STATE 69339" cites last year's: serials restart in January
    refs = _refs("REF: A. STATE 69339 B. STATE 1760 C. LONDON 2351", 2010, "10STATE16219")
    assert [r[3] for r in refs] == ["09STATE69339", "10STATE1760", "10LONDON2351"]


def test_year_from_own_id_when_no_default():
    assert _refs("REF: STATE 12", None, "07BEIJING2463") == [(None, "STATE 12", "cable", "07STATE12")]
    assert _refs("REF: STATE 12", None, None) == [(None, "STATE 12", "cable", "STATE12")]


def test_positions_count_from_one():
    refs = parse_references("REF: A. STATE 1 B. EMAIL OF 5/3", 2009, None)
    assert [(r["position"], r["label"]) for r in refs] == [(1, "A"), (2, "B")]


@pytest.mark.parametrize(
    "text",
    [
        # prose mentioning reftels and cables is no REF block
        "SUBJECT: X\n\n¶1. (C) As reported reftel, the Embassy sent STATE 1234 to the MFA.\n",
        "SUBJECT: X\n\n¶1. (C) Text.\nReftel describes Pinera and Espina's role in publicizing a\n",
        "SUBJECT: X\n\n¶1. (C) Text\nREF A nonpaper passed to her on July 21 but told them that\n",
        "SUBJECT: X\n\n¶2. (C) Text:\nRef.: UTN07120142/34.O.010\n\nThe Ministry for Foreign Affairs presents\n",
        "SUBJECT: X\n\n(SBU) The following information is keyed to the questions in\n"
        "Ref A.  Ref B was Post's September response to similar\n",
        # station-like words that are no station, dates after a station
        "REF: PARTY 2 CONGRESS",
        "REF: SECTION 2 OF THE LAW",
        "REF: EMB LONDON 10/23 E-MAIL",
        "REF: PARIS POINTS OF 5/2 - 5/11",
    ],
)
def test_no_invented_cable_references(text):
    assert all(r["kind"] != "cable" for r in parse_references(text, 2009, "09BEIJING2463"))


def test_seed_cable_has_no_references():
    text = (SAMPLE_DIR / "07BEIJING2463.txt").read_text(encoding="utf-8")
    assert parse_references(text, 2007, "07BEIJING2463") == []


_WELL_FORMED = re.compile(r"\d\d[A-Z]+[1-9]\d*")


def test_sample_cables():
    """Every bundled cable: no exception, well-formed ids, no self-reference."""
    with_refs = 0
    for path in sorted(SAMPLE_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        own = path.stem
        refs = parse_references(text, 2000 + int(own[:2]) if own[:2] < "50" else 1900 + int(own[:2]), own)
        with_refs += bool(refs)
        for i, ref in enumerate(refs, 1):
            assert ref["position"] == i
            assert ref["kind"] in {"cable", "email", "telcon", "memo", "other"}
            assert ref["raw"] and ref["raw"] == ref["raw"].strip()
            if ref["kind"] == "cable":
                assert _WELL_FORMED.fullmatch(ref["referenced_id"]), ref
                assert ref["referenced_id"] != own
            else:
                assert ref["referenced_id"] is None
    assert with_refs > 150


@pytest.mark.parametrize("text", ["REF:" * 1000, "REF: A. " + "STATE 1 " * 500, "\nREF: ¶\u2028\ufeff", "REF: " + "9" * 100])
def test_never_raises(text):
    assert isinstance(parse_references(text, None, None), list)


@given(CABLE_LIKE_TEXT)
@settings(max_examples=300, deadline=None)
def test_never_raises_on_any_text(text):
    for ref in parse_references(text, 2009, "09STATE1") + parse_references(text, None, None):
        assert ref["kind"] == "cable" or ref["referenced_id"] is None
