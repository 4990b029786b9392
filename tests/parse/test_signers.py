"""Signers on the closing lines of a cable (etl.parse.closing).

The tables hold the last lines of real cables of the corpus.
"""

import pytest
from hypothesis import given, settings

from etl.parse import parse_cable
from etl.parse.closing import parse_signers
from tests.strategies import CABLE_LIKE_TEXT
from tests.conftest import SAMPLE_DIR


@pytest.mark.parametrize(
    "tail, expected",
    [
        ('democratically elected left-oriented regimes in Central America, a region that, heretofore, has lain outside Brazilbs traditional sphere of influence. \n\nWhite', ['White']),  # 09SAOPAULO619
        (' \n¶7.  Asch asked whether there would be any changes to the U.S. \nposition on aboriginal whaling.  Post requests further guidance on \nthis point. \n \nCianchette', ['Cianchette']),  # 08SANJOSE517
        ('that the FARC is not listed as such by the UN. A move to have the FARC listed formally by the UN would assist the effort to keep Bout in custody. JOHN', ['JOHN']),  # 09BANGKOK1998
        ('information should send a front channel cable to the appropriate Embassy or to DNI’s representative, the COS in Embassies Islamabad and/or Kabul.\nPATTERSON', ['PATTERSON']),  # 08ISLAMABAD3183
        ('He added that the need for public negotiations greatly \ncomplicates communications and reduces prospects for success. \nWOOD', ['WOOD']),  # 06BOGOTA9277
        ('rumors about Fernandez -- even in this rumor-plagued,\nconspiratorial society -- to approach interactions with him\nwith some caution.\n\nKELLY', ['KELLY']),  # 09BUENOSAIRES1017
        ('Ms. Halla Tomasdottir, Iceland Chamber of \nCommerce, House of Commerce, 7th floor, Kringlan 7, 103 Reykjavik, \nICELAND \nE-mail: halla@vi.is \n \nVAN VOORST', ['VAN VOORST']),  # 07REYKJAVIK22
        ("and to play a major role in international \naffairs. \nPlease visit Paris' Classified Website at: \nhttp://www.state.sgov.gov/p/eur/paris/index.c fm \n\nSTAPLETON", ['STAPLETON']),  # 06PARIS5974
        ('STANDARD OPERATING PROCEDURES IN ORDER TO FURTHER THOSE INTERESTS. THE DECISION SHOWS THAT WHATEVER THE POPE WANTS, DOES IN FACT HAPPEN. END COMMENT. NICHOLSON', ['NICHOLSON']),  # 02VATICAN819
        ('on a date for elections, he noted in a humorous manner that if the government delayed elections long enough, he and the other MPs would go broke. \nSCHIEFFER', ['SCHIEFFER']),  # 08TOKYO2993
        ("contained in the background paper with the U.S. delegation at bilateral talks in Paris on November 23.  Visit London's Classified Website: XXXXXXXXXXXX \nSusman", ['Susman']),  # 09EFTOLONDON2618
        ('Regional Security Office in advance if they intend to use \nU.S. Government-owned portable computers in the Chancery. \nFRISBIE', ['FRISBIE']),  # 06SANJOSE812
        ('modernization, anti-corruption, and European security focus\nwill lose any sense of urgency that it might have had. End\ncomment.\nBeyrle', ['Beyrle']),  # 08MOSCOW2563
        ("prefect and a receptionist were working. \nPlease visit Paris' Classified Website at: \nhttp://www.state.sgov.gov/p/eur/paris/index.c fm \n\nStapleton", ['Stapleton']),  # 05PARIS8442
        ("that this was undermining Medvedev's statements on reducing official corruption and that this would have repercussions for foreign investment. RUSSELL", ['RUSSELL']),  # 08MOSCOW1713
        ('cultural or sentimental reasons. The new bottom line is that if India wants something from Mauritius ) short of territory - they are likely to get it. \nCABRERA', ['CABRERA']),  # 06PORTLOUIS752
        ('forced to rely in Padua on its candidate\'s personal \npopularity because of the party\'s continuing struggles. End \ncomment. \nWEYGANDT \n"', ['WEYGANDT']),  # 09MILAN20
        ('Surinamese and Indonesians before them, but in the near term\nfeelings of alienation and mistrust continue to deepen and\nfester.\nBlakeman', ['Blakeman']),  # 05THEHAGUE2599
        ('of the Raposa Serra do Sul reservation in the northern state of Roraima (septel) that still awaits demarcation; a decision was put off until April 27. \n\nHRINAK', ['HRINAK']),  # 04BRASILIA941
        ('efforts on democracy and press him on how they should be implemented, seeking details on Arab League efforts to implement these commitments. RICCIARDONE', ['RICCIARDONE']),  # 06CAIRO2933
        ("with the XXXXXXXXXXXX's current rhetoric and policy on Afghan refugees appears plausible. End comment. Visit London's Classified Website: XXXXXXXXXXXX TUTTLE", ['TUTTLE']),  # 08LONDON1688
        ('to work in tandem with close allies to restore growth and prosperity. End Comment. \n\n¶11. (U) This cable was coordinated/cleared by Embassy Brasilia. \n\nWHITE', ['WHITE']),  # 09SAOPAULO310
        ('close, that NATO not ignore core Euro-Atlantic security \nissues in its pursuit of global ambitions.  End comment. \nvan Voorst', ['van Voorst']),  # 06REYKJAVIK143
        ('Netherlands does not have a fixed counternarcotics \nbudget. The funds are disbursed through several distinct \nprograms and organs of the government. \n\nRussel', ['Russel']),  # 04THEHAGUE4
        ('END TEXT. \n \n¶3.  INDIVIDUAL TAKING CALL SAID IT WAS FROM THE "USUAL" MAN WHO CALLED, SPEAKING LEBANESE ACCENTED ARABIC, ABOUT 1900 ON MARCH 17. \n \nBARTHOLOMEW', ['BARTHOLOMEW']),  # 85BEIRUT1725
        ('to the U.S. Imad Mustapha MFA Americas’ Director Muhammad Khafif Miqdad Chief of Staff Husam Al’aa\n\n¶20. (U) S/CT Benjamin cleared this message.\n\nHUNTER', ['HUNTER']),  # 10DAMASCUS159
        ("Visit Embassy Rabat's Classified Website;\nhttp://www.state.sgov.gov/p/nea/rabat\n*****************************************\n\nRiley", ['Riley']),  # 08RABAT154
        ("that the U.S. team's visit would be approved, and that he expected to receive official permission for the visit from Obeidi within a day or so. GODFREY", ['GODFREY']),  # 08TRIPOLI574
        ('while deemphasizing differences, which would be sorted out later. (Septel will report XXXXXXXXXXXX’s views on mediating the southern insurgency.) JOHN', ['JOHN']),  # 08BANGKOK2977
        ('with the UN investigation. She also emphasized\nthe need to continue isolation of the Syrian regime and to\navoid minister-level visits to Damascus.\n\nRICE\nRICE', ['RICE']),  # 06STATE40904
        ('analysis provided in Ref. C.  Welcome further reporting, as \\\nappropriate, as we continue to consider this matter. \\\nRICE \\', ['RICE']),  # 07STATE135395
        ('ground.  Relief assistance is likely to be channeled through the \nNational Emergency Commission and the Costa Rica Red Cross. \n \nCIANCHETTE \nUNQUOTE \n \nRICE', ['CIANCHETTE', 'RICE']),  # 08STATE125686
        ('reporting on this issue for ISN/MTR, EUR/AGS and EUR/PRA.\n\n¶10. (U) A word version of this document will be posted at\nwww.state.sgov.gov/demarche.\nRice\n\n\nNnnn', ['Rice']),  # 08STATE15220
        ('ISN/CPI, EAP/K, TREASURY/OFAC, COMMERCE/OEE. POCS for this activity are Paul Loh and David Bendana. RICE 0 02/23/2008 4549 EAIR,ETRD,ETTC,IR,KS,PARM,PREL,UK', ['RICE']),  # 08STATE18255
        ('would appreciate any information you can provide on this matter.\nEnd talking points/non-paper.\n¶8. XXXXXXXXXXXX\n¶9. (U) XXXXXXXXXXXX. RICE\nNNNN\nEnd Cable Text', ['RICE']),  # 08STATE23763
        ('Declaration and planning for the March 17 OAS Consultation of \nMinisters. \nRICE \n\n=======================CABLE ENDS============================', ['RICE']),  # 08STATE25671
        ('has influence into the visa or passport process. All new staff are required to take FPP on-line training courses as part of their orientation. POLASCHIK CRETZ', ['POLASCHIK CRETZ']),  # 09TRIPOLI772
        ('and Training on civil service reform, and cooperating with the General People’s Committee for Economy and Trade in its WTO accession efforts.\n\nBERRY GOLDRICH', ['BERRY GOLDRICH']),  # 06TRIPOLI198
        ("and 2) stating publicly that Honduras does not consider\nColombia's FARC to be a terrorist group (ref D). End Comment.\n\n\n\n\n\n\nFORD IC", ['FORD']),  # 08TEGUCIGALPA86
        ('cable has been cleared by Deputy National Security Advisor Michael Froman.\nMURRAY\nEnd Cable Text\nZenaida X Toledo 07/30/2008 04:04:14 PM From DB/Inbox: TRANS\n.', ['MURRAY']),  # 10BRUSSELS183
        ("change dramatically, however, when his economic luck runs \nout. End Comment. \nGOLDBERG\nSELECT * FROM `cable` WHERE `id` = '90016' ORDER BY `date` ASC", ['GOLDBERG']),  # 06LAPAZ3400
        ('ISN/CPI, (202) 647-5408, and Jennifer Chalmers, ISN/CPI, (202) 647-9715.\n\n¶10. (U) Department thanks Posts for their assistance. MINIMIZE CONSIDERED CLINTON', ['CLINTON']),  # 10STATE16219
        ('whether or not to increase the Egyptian complement of police, and/or send soldiers, following the recent passage of UNSCR 1908. MINIMIZE CONSIDERED SCOBEY', ['SCOBEY']),  # 10CAIRO113
        ('Office of Nordic and Baltic Affairs Nicole Shampaigne, Deputy Director, Office of Israel and Palestinian Affairs Julie-Anne Peterson, e-PINE Coordinator RICE', ['RICE']),  # 08STATE56861
        ("his public participation in the messy denouement of the Bulgarian nurses' case, and his championing of economic reforms. End comment. \nSTEVENS 0 12/23/2007 .", ['STEVENS']),  # 07TRIPOLI1056
        ('visit may have given the GOL pause to consider whether now is really the right time for Qadhafi to seek to visit the U.S. End comment. \nMILAM 0 01/10/2008', ['MILAM']),  # 08TRIPOLI14
        ('they know they are in a position to do so. And, Ivanov stressed, the process is only beginning and will not get better in the period ahead. BURNS\t2006-03-31', ['BURNS']),  # 06MOSCOW3335
        ("cosmology, cricket, Indian and Western classical music, and jazz.  Visit London's Classified Website: XXXXXXXXXXXXLONDON 00002770  003 OF 003    TUTTLE", ['TUTTLE']),  # 08LONDON2770
        ("Embassy Manama's Classified Website: http://www.state.sgov.gov/p/nea/manama/ ********************************************* ******** HENZEL NNNN End Cable Text", ['HENZEL']),  # 08MANAMA795
        ("out in April. <br>\n <br>\n¶9. (U) Under Secretary Bodman's delegation has cleared this <br>\ncable. <br>\nMULFORD <br>\n</td></tr>\n</table>", ['MULFORD']),  # 08NEWDELHI638
        (' \n \nREYKJAVIK 00000049  006 OF 006 \n \n \nEnd text of submission Part 1 of 2. \n \nVAN VOORST \n \n \n \n1 \nSENSITIVE BUT UNCLASSIFIED', ['VAN VOORST']),  # 09REYKJAVIK49
        ('JEDDAH 00000084 002.2 OF 002\ncartoons ""an insult to Islam,"" and consider their\nre-publishing a blatant attack on Muslims worldwide.\nGFOELLER ",', ['GFOELLER']),  # 08JEDDAH84
        ('future of the alliance. There were other ways, he said, to also signal the strength of the relationship.\n\n15.(U) DASD Schiffer cleared this message. STEPHENS.', ['STEPHENS']),  # 10SEOUL202
        ('including the text of a special address of the President of Georgia Mikheil Saakashvili. We have e-mail this additional information to EUR/RPM. \nWEINROD..', ['WEINROD']),  # 08USNATO275
        ('at MoEE, respectively. They were enthusiastic about this opportunity and will get back to us with nominees for the Egyptian delegation by February 12.SCOBEY', ['SCOBEY']),  # 09CAIRO200
        ('“Allah Made Me Funny” troupe to the UK to be 39,000 USD.\nVisit London’s Classified Website: http://www.intelink.sgov.gov/wiki/Portal:Unit ed_Kingdom LEBARON', ['LEBARON']),  # 08LONDON1113
        ('as strong a message as they would like out of NATO; they appear slightly more optimistic that at the EU GAERC they will be able to achieve more. Thompson-Jones', ['Thompson-Jones']),  # 08PRAGUE535
        ('ref A), current Party Secretary in Jiangsu, and Li Keqiang, past Party Secretary in Henan (Ambassador’s March 12 dinner reported ref B). End comment. RANDT', ['RANDT']),  # 07BEIJING1840
        ('DUTY" NOT TO PERMIT "TERROR OR ATTEMPTS AGAINST MY COUNTRY\'S SOVEREIGNTY AND TERRITORIAL INTEGRITY BY AGENTS OF OTHER COUNTRIES." \n \nEXEMPT \n \nHECK', ['HECK']),  # 72TEHRAN1381
        ('the operational level. End Comment. \nSOBEL 2008-01-08', ['SOBEL']),  # 08BRASILIA43
        ("continues to wind its way through the courts. ********************************************* ******** Visit Embassy Manama's Classified Website: XXXXXXXXXXXX********************************************* ******** ERELI\n\n<_protect>0 07/13/2009 1833 PGOV,ECON,BA", ['ERELI']),  # 09MANAMA424
        ('Amb will host a debrief for fellow ambassadors on December 18. \nMcGEE 0 11/30/2007', ['McGEE']),  # 07HARARE1073
        ('that this appointment be used to deliver the messages on Copenhagen and Afghanistan. End Comment.\nEASON .', ['EASON']),  # 10BRUSSELS4
        ('\n¶11. (SBU) The DHS delegation has cleared this cable.\nCHACON ...', ['CHACON']),  # 09MADRID673
        ('\n¶18. (U) AA/S Glaser has cleared this message. MINIMIZE CONSIDERED MURRAY .', ['MURRAY']),  # 09BRUSSELS537
        ("the discussion of these issues would continue.  Visit London's Classified Website: XXXXXXXXXXXX  Susman , ...", ['Susman']),  # 09LONDON2499
        ('even if the UNSC is only prepared to move forward on four individuals.  Visit London\'s Classified Website: XXXXXXXXXXXX\nTUTTLE.', ['TUTTLE']),  # 08LONDON2976
        ('has been hailed as a victory for NGOs and Diaspora groups involved.  Visit London\'s Classified Website: XXXXXXXXXXXX \nLeBaron.', ['LeBaron']),  # 09LONDON2484
        ('¶31. XXXXXXXXXXXX SECRET//FGI//NOFORN\nFull Appendix with sourcing available upon request. CLINTON\nNNNN\nEnd Cable Text\n XXXXXXXXXXXX', ['CLINTON']),  # 09STATE63860
        ('We need it. The world needs it.”\nVisit London’s Classified Website: http://www.state.sgov.gov/p/eur/london/index. cfm Tuttle', ['Tuttle']),  # 08LONDON930
        ("poloff contacted Ritch's office but learned he is traveling outside the UK and will not return to London until September. Visit London's Classified Website: XXXXXXXXXXXX Kingdom LeBaron", ['LeBaron']),  # 09LONDON1644
        ("END OF PART ONE OF THREE  Visit London's Classified Website: XXXXXXXXXXXX ed_Kingdom  LONDON 00002622  008 OF 008    Susman", ['Susman']),  # 09LONDON2622
        ('¶7. (SBU) DOE delegations did not have an opportunity to review this cable. CAIRO 00000036 002 OF 002 Tueller', ['Tueller']),  # 10CAIRO36
        ("the Arab street and recruited more terrorists than were killed.\n\n¶12. (U) This cable was cleared by ASD Vershbow. SCOBEY Scobey", ['SCOBEY']),  # 09CAIRO2133
        ('Still, Brazil is fully complying with the Accord, albeit without using the label "associating." \n\nEND COMMENT. \n\nSHANNON Shannon', ['SHANNON']),  # 10BRASILIA108
        ("Wen Jiabao's October 4-6 visit to Pyongyang.\n\n¶28. (U) The Deputy Secretary cleared this message.\nHuntsman\nhuntsman", ['Huntsman']),  # 09BEIJING2964
        ('There were no reports from U.S. firms in 2009 of requests to comply with boycott requirements or provide information regarding compliance. #HENZEL', ['HENZEL']),  # 09MANAMA684
        ("absent criminal conduct, as well as provide the Swiss some \\\ndefense against the EU's expected campaign to eliminate \\\nsecrecy altogether. \\\nCARTER \\v", ['CARTER']),  # 09BERN98
        ('associated with many of these individuals in Nicaragua\nthroughout the 1980s. The Pablo Escobar footage was filmed\nJune 24, 1984.\nTRIVELLI\n\nDANIEL ORTEGA AN...', ['TRIVELLI']),  # 06MANAGUA1002
        ('That said, the political climate is changing rapidly here,\nand these articles could be a trial balloon.\n\nPURNELL\nLL, FOR REASONS 1.4 (B, D)...', ['PURNELL']),  # 05TASHKENT2473
        ("¶12. (U) A/S Cohen has cleared this message.\n\n********************************************* *********\nFor more reporting from Embassy Kuwait, visit:\nvisit Kuwait's Classified Website at:\n\nhttp://www.intelink.sgov.gov/wiki/Portal:Kuwa it\n********************************************* *********\njones", ['jones']),  # 10KUWAIT45
        ("¶7. xxxxxxxxxxxx\n\nVisit London's Classified Website:\nhttp://www.state.sgov.gov/p/eur/london/index. cfm\ntuttle", ['tuttle']),  # 07LONDON3175
        ('Prague that "We must work together as NATO members so that\nwe have contingency plans in place to deal with new\nthreats, wherever they may come from."\nCLINTON UNQUOTE CLINTON', ['CLINTON']),  # 09STATE127892
        (' \nHELMS \n \nDeclassified/Released US Department of State EO Systematic Review 30 JUN 2005 \n \nNNN', ['HELMS']),  # 73TEHRAN7005
        ('\n\n\nHELMS \n\nDeclassified/Released US Department of State EO \nSystematic Review 05 JUL 2006', ['HELMS']),  # 75TEHRAN2069
        ('¶5. (SBU) ACTION REQUEST: Post requests Department guidance\nin responding to the questions posed in the German nonpaper.\nTimken jr', ['Timken jr']),  # 08BERLIN643
        # written by hand: several signers, suffixes, particles
        ("... End comment.\nCLINTON / RICE", ["CLINTON", "RICE"]),
        ("... End comment.\nTIMKEN JR", ["TIMKEN JR"]),
        ("... End comment.\nMc Cormick", ["Mc Cormick"]),
        ('but the relationship has begun to sour. \n \nJEFFREY \n \n           "Visit Ankara\'s Classified Web Site at http://www.intelink.s \ngov.gov/wiki/Portal:Turkey"', ['JEFFREY']),  # 09ANKARA1472: not the Turkey of a wrapped web address
        ("but antipathy towards Israel is a factor.\n\nJEFFREY\n\n“Visit Ankara's Classified Web Site at http://www.intelink.s gov.gov/wiki/Portal:Turkey”", ['JEFFREY']),  # 09ANKARA1549
        ('government. \nJeffrey \n \n           "Visit Ankara\'s Classified Web Site at http://www.intelink.s \ngov.gov/wiki/Portal:Turkey"', ['Jeffrey']),  # 10ANKARA126
        ("Lutsenko's concerns about Turchynov as Interior Minister are not farfetched. 8. (U) Visit Embassy Kiev's classified website at: www.state.sgov.gov/p/eur/kiev. Herbst", ['Herbst']),  # 06KIEV1531: a name after the address
        ("¶23. (U) Visit New Delhi’s Classified Website: (http://www.state.sgov.gov/p/sa/newdelhi/) BLAKE", ['BLAKE']),  # 06NEWDELHI3611
        ("... End comment.\nMcCormick", ["McCormick"]),
        ("... End comment.\nO'BRIEN", ["O'BRIEN"]),
        ("... End comment.\nde la Pena", ["de la Pena"]),
    ],
)
def test_signers(tail, expected):
    assert parse_signers(tail) == expected


@pytest.mark.parametrize(
    "tail",
    [
        'societies, including the need for greater social \nintegration, religious pluralism, and equal opportunity in \nhousing, education, and employment.',  # 06THEHAGUE2515
        'here in Washington and elsewhere.\n\nBest,\n\nJeff\nclinton',  # 09STATE63812: a lower-case word counts only after the web site's address
        "TAGS: PREL PGOV MARR GG TU\nSUBJECT: TFGG01: TURKEY'S REACTION TO GEORGIA/SOUTH OSSETIA\nCRISIS\n\nClassified By: CDA Doug Silliman, Reasons 1.4...\n\nC O N F I D E N T I A L ANKARA 001423 SIPDIS EUR/SE, EUR/CARC E.O. 12958: DECL: 08/11/2018 TAGS: PREL PGOV MARR GG TU",  # 08ANKARA1423
        'the U.S. about the ICC once again. They have already discussed this issue with Assistant Secretary Gordon and with Ambassador Gutman. .',  # 09BRUSSELS1580
        ' \nClassified By: CDA SILVERMAN FOR REASON...\n\nC O N F I D E N T I A L STOCKHOLM 000565 SIPDIS E.O. 12958: DECL: 08/12/2018 TAGS: PREL PGOV RU GG SW',  # 08STOCKHOLM565
        ' \n¶9. (U) Consulate General Munich coordinated this report with Embassy \nBerlin.  Track Munich reporting at \nhttp://www.intelink.sgov.gov/wiki/Portal:Germ any.',  # 09MUNICH25
        'pushed the DAS to collect political intelligence, and he \npredicted the political fallout from the scandal will \ncontinue.  End Summary.',  # 08BOGOTA3888
        "ISN 557. The tone was positive, and the desire to achieve positive movement before FM Shalgham's upcoming visit to Washington may help prompt quick action.",  # 07TRIPOLI1039
        'he argued the benefits of U.S.-Iceland security cooperation. \n \n \n \n*********************** \n* Missing Section 002 * \n***********************',  # 06REYKJAVIK40
        'RUCNMEM/EU MEMBER STATES PRIORITY\nRUEHROV/AMEMBASSY VATICAN PRIORITY 0094\nRHMFISS/HQ USEUCOM VAIHINGEN GE PRIORITY\nRUEHNO/USMISSION USNATO PRIORITY 3870',  # 08PARIS988
        "sovereignty. They also appealed for continued international assistance and support, and strongly called for NATO to approve Georgia's request for a MAP.",  # 08TBILISI1372
        "held at a prison detention facility. Sawani stressed that FAJ's brother, U.S.-based Mohammed el-Jahmi, has sought to exploit FAJ's case to embarrass the GOL.",  # 08TRIPOLI104
        'The GOL intends to send a legal team to the U.S. soon to discuss the UTA case and possibly other pending terrorism-related cases as well, according to the MFA.',  # 08TRIPOLI36
        'investment into the United States accounted for 23 percent of UK-owned assets abroad.  Other EU member states attracted much of the remaining outward UK FDI.',  # 09LONDON109
        'compete with firms not bound by U.S. anti-corruption laws \nadds a new layer of complexity and uncertainty. END COMMENT. \nXXXXXXXXXX',  # 07ASHGABAT1348
        'REF: A. SECSTATE 87254 \n     ¶B. BRATIS...\n\nC O N F I D E N T I A L BRATISLAVA 000382 SIPDIS E.O. 12958: DECL: 01/17/2014 TAGS: MOPS PREL PHUM OSCE UN GG RS LO',  # 08BRATISLAVA382
        'REF: RIGA 472 \n \nClassified By: Ambass...\n\nC O N F I D E N T I A L RIGA 000478 SIPDIS E.O. 12958: DECL: 08/12/2018 TAGS: PREL MOPS EAID PINR EUN NATO RS GG LG',  # 08RIGA478
        'REF: A) RIGA 496 B) RIGA 492 C) RIGA 270 \n \nClassif...\n\nC O N F I D E N T I A L RIGA 000497 SIPDIS E.O. 12958: DECL: 08/15/2018 TAGS: PREL PGOV MARR NATO EUN RS GG LG',  # 08RIGA497: a cut-off word, no signer
        'STATE 00087210  001.2 OF 002 \n \n \nCLASSIFI...\n\nS E C R E T SECTION 01 OF 02 STATE 087210 SIPDIS E.O. 12958: DECL: 08/14/2038 TAGS: AEMR ASEC CASC KFLO MARR PREL PINR AMGT GG',  # 08STATE87210
        'equipment to the Frontier Corps. You will want to follow up \non some of the specific issues raised by the DNI and the DCIA.',  # 08ISLAMABAD525
        'Agencies. \n\n(SBU) Point of contact for this cable is ARSO Andres Barcenas and \nRSO Wendy Bashnan, telephone number 58-212-907-8403. Regards.',  # 10CARACAS107
        'illegal drugs; and to take advantage of free trade and other \nopportunities, including the Millennium Challenge Account (MCA). \nEnd comment.',  # 07LAPAZ383
        'that Cabinet has established a ministerial task team to look at government spending in the context of the economic meltdown.\n\ngeneral lawlessness. End Comment',  # 09CAPETOWN204
        "mold.  Embassy contacts in Bachelet's camp remain open to Embassy approaches, but are -- not surprisingly -- increasingly busy and at times hard to reach. \n\nK",  # 06SANTIAGO170
        "",
        "\n\n\n",
        "NNNN",
        "UNCLASSIFIED",
        "The Ambassador will follow up with the Minister.\nEnd Comment.",
        "... as agreed.  PLEASE ADVISE.",
        "... MINIMIZE CONSIDERED",
        "This record is a partial extract of the original cable. The full text of the original cable is not available.",
    ],
)
def test_no_signer(tail):
    assert parse_signers(tail) == []


def test_seed_cable_ends_without_its_signer():
    # this copy of 07BEIJING2463 stops before RANDT: its last line is prose
    text = (SAMPLE_DIR / "07BEIJING2463.txt").read_text(encoding="utf-8")
    assert parse_signers(text) == []


def test_sample_coverage():
    """Signers on nearly every bundled cable that is not a partial extract; never a common word."""
    total = found = 0
    for path in sorted(SAMPLE_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        signers = parse_signers(text)
        assert all(s and s.strip() == s for s in signers)
        assert not {s.upper() for s in signers} & {"END", "COMMENT", "UNCLASSIFIED", "NNNN", "SECRET", "THE"}
        if "partial extract" not in text[:1000]:
            total += 1
            found += bool(signers)
    assert found >= 0.85 * total


@pytest.mark.parametrize(
    "text, expected",
    [
        # the routing header again after the signer (08PARIS988)
        ("VZCZCXRO2010\nOO RUEHAG RUEHBC\nDE RUEHFR #0988/01 1441337\nZNY CCCCC ZZH\nO 231337Z MAY 08\n"
         "FM AMEMBASSY PARIS\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 3125C O N F I D E N T I A L PARIS 000988\n\n"
         "¶1. (C) Boillon expressed eagerness to continue the ongoing dialogue.\n\nPlease visit Paris' Classified "
         "Website at:\nhttp://www.state.sgov.gov/p/eur/paris/index.c fm\n\nSTAPLETON\n\nVZCZCXRO2010\n"
         "OO RUEHAG RUEHBC\nDE RUEHFR #0988/01 1441337\nZNY CCCCC ZZH\nO 231337Z MAY 08\nFM AMEMBASSY PARIS\n"
         "TO RUEHC/SECSTATE WASHDC IMMEDIATE 3125\nRUEHNO/USMISSION USNATO PRIORITY 3870", ["STAPLETON"]),
        # ... without transmission id and DE line (04TRIPOLI31)
        ("O 161036Z DEC 04\nFM USLO TRIPOLI\nTO AMEMBASSY PARIS IMMEDIATE\nAMEMBASSY TUNIS IMMEDIATEC O N F I D E N T "
         "I A L TRIPOLI 000031\n\n¶1. (C) Comment: the sanctions on Libya in the 1980s and '90s. End comment.\n"
         "BERRY\n\n\nNNNN\n\nO 161036Z DEC 04\nFM USLO TRIPOLI\nTO AMEMBASSY PARIS IMMEDIATE\n"
         "AMEMBASSY TUNIS IMMEDIATE", ["BERRY"]),
        # another cable's record and text after the signer: not its signer (08MOSCOW1519)
        ("VZCZCXRO6619\nPP RUEHBW\nDE RUEHMO #1519 1510740\nZNY CCCCC ZZH\nP 300740Z MAY 08\nFM AMEMBASSY MOSCOW\n"
         "TO RUEHC/SECSTATE WASHDC PRIORITY 8302C O N F I D E N T I A L MOSCOW 001519\n\n1.(C) Update: McCormack "
         "called late in the evening May 29. RUSSELL\n\n0 05/30/2008 3221 ECON,EINV,ETRD,PREL,PGOV,RS 156028 BP hits "
         "back 164519 8/1/2008 12:18 08MOSCOW2237 Embassy Moscow CONFIDENTIAL VZCZCXRO1244PP RUEHFLDE RUEHMO "
         "#2237/01 2141218ZNY CCCCC ZZHP 011218Z AUG 08FM AMEMBASSY MOSCOWTO RUEHC/SECSTATE WASHDC PRIORITY 9271\n"
         "C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 002237\n\n12.(C) TNK-BP's VP for International Relations "
         "updated us.\nRUBIN", ["RUSSELL"]),
    ],
)
def test_signer_of_a_cable_with_an_appended_copy(text, expected):
    assert parse_cable(text)["signers"] == expected


@pytest.mark.parametrize("text", ["\\" * 5000, "A" * 10000, "X.\n" * 3000, "END. " * 2000, "\u2028\ufeff¶"])
def test_never_raises(text):
    assert isinstance(parse_signers(text), list)


@given(CABLE_LIKE_TEXT)
@settings(max_examples=300, deadline=None)
def test_never_raises_on_any_text(text):
    assert all(isinstance(s, str) and s for s in parse_signers(text))
