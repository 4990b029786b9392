"""Summary of a cable: between SUMMARY and END SUMMARY (etl.parse.summary).

The table holds passages copied from real cables of the corpus.
"""

import pytest
from hypothesis import given, settings

from etl.parse import parse_cable
from etl.parse.summary import parse_summary
from tests.strategies import CABLE_LIKE_TEXT
from tests.conftest import SAMPLE_DIR

REAL_PASSAGES = [
        ('Classified By: Ambassador Hugo Llorens for reasons 1.4 (b & d)\n\n¶1. (SBU) Summary: The Public Ministry filed charges before\nthe Supreme Court on January 6 against the Armed Forces Chief\nof Staff and the Joint Staff for abuse of authority on June\n28 for the way they executed an arrest warrant issued against\nPresident Jose Manuel "Mel" Zelaya by forcing him onto a\nplane and taking him to Costa Rica. The timing of the\ncharges is interesting since it occurred just days before the\nNational Congress is likely to begin consideration of a\ndecree granting political amnesty to all actors involved in\nthe events of June 28. End summary.\n\n¶2. (U) The Public Ministr',
         'The Public Ministry filed charges before the Supreme Court on January 6 against the Armed Forces Chief of Staff and the Joint Staff for abuse of authority on June 28 for the way they executed an arrest warrant issued against President Jose Manuel "Mel" Zelaya by forcing him onto a plane and taking him to Costa Rica. The timing of the charges is interesting since it occurred just days before the National Congress is likely to begin consideration of a decree granting political amnesty to all actors involved in the events of June 28.'),  # 10TEGUCIGALPA16
        ('SUBJECT: NDI IN BAHRAIN: UPDATE \n \nREF: 07 MANAMA 0661 \n \n1.(SBU) Summary: Following a protracted negotiation over the terms of its relationship with the Bahrain Institute for Political Development (BIPD), NDI has successfully conducted one parliamentary training project and has received positive GOB reaction for further programs in February, March, and April. End summary.\n\n2.(SBU) NDI and the BIPD c',
         'Following a protracted negotiation over the terms of its relationship with the Bahrain Institute for Political Development (BIPD), NDI has successfully conducted one parliamentary training project and has received positive GOB reaction for further programs in February, March, and April.'),  # 08MANAMA61
        ("SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY. \n\n------- SUMMARY ------- \n\n¶1. (U) Poloff and Political Assistant met April 7 with Sao Paulo Municipal Secretary of Government Aloysio Nunes Ferreira to discuss the local and national political scene following Mayor Jose Serra's resignation to run for Governor of Sao Paulo state (ref A). Nunes, who is close to Serra, was sanguine about the prospects of his Brazilian Social Democracy Party (PSDB) to capture both the Presidency and the Governor's Palace. End Summary. \n\n-------------------------",
         "Poloff and Political Assistant met April 7 with Sao Paulo Municipal Secretary of Government Aloysio Nunes Ferreira to discuss the local and national political scene following Mayor Jose Serra's resignation to run for Governor of Sao Paulo state (ref A). Nunes, who is close to Serra, was sanguine about the prospects of his Brazilian Social Democracy Party (PSDB) to capture both the Presidency and the Governor's Palace."),  # 06SAOPAULO400
        ("Classified By: Ambassador Stephenson for reasons 1.4 (b) and (d).\n\n-------\nSUMMARY\n-------\n\n1) (C) The public ceremony to announce a winner for the\nPanama Canal's $3.35 billion third set of locks contract is\nexpected to be July 9. Three competing consortia submitted\nbids and are led by the following firms: 1) Bechtel\n(American), 2) ACS (Spanish), and 3) Sacyr (Spanish).\nReportedly, both Bechtel and ACS submitted technic",
         "The public ceremony to announce a winner for the Panama Canal's $3.35 billion third set of locks contract is expected to be July 9. Three competing consortia submitted bids and are led by the following firms: 1) Bechtel (American), 2) ACS (Spanish), and 3) Sacyr (Spanish). Reportedly, both Bechtel and ACS submitted technic"),  # 09PANAMA519
        ("llowing is a reissuance of Manama 127 that includes Treasury U/S Levey's revision and clearance. ------- SUMMARY -------\n\n¶2. (S) Central Bank governor Al-Maraj told U/S Levey he was unable to take further action against Future Bank, but understood that the USG would proceed with a domestic designation. The Foreign Minister, however, wished to push one more time for Bahraini action against Future Bank, believing that UNSC action would give the Bahraini leadership cover to act; he urged the USG to wait two more weeks before designating the bank while he made the case again to his colleagues in the government. End Summary. ------------------------ --",
         'Central Bank governor Al-Maraj told U/S Levey he was unable to take further action against Future Bank, but understood that the USG would proceed with a domestic designation. The Foreign Minister, however, wished to push one more time for Bahraini action against Future Bank, believing that UNSC action would give the Bahraini leadership cover to act; he urged the USG to wait two more weeks before designating the bank while he made the case again to his colleagues in the government.'),  # 08MANAMA138
        ("REF: A. SECSTATE 515776 \n     ¶B. 2008 SAN JOSE 653 \n \n¶1. SUMMARY: Embassy San Jose supports the Overseas Private \nInvestment Corporation's (OPIC) proposal for a USD 10 million \nloan to Improsa Servicios Internacionales (ISI).  The Econ \nand FCS Sections reviewed the proposal and concluded that \nthere were no reasons that the loan should not proceed \n(reftel A).  END SUMMARY. \n \n--------------------- \nR",
         "Embassy San Jose supports the Overseas Private Investment Corporation's (OPIC) proposal for a USD 10 million loan to Improsa Servicios Internacionales (ISI). The Econ and FCS Sections reviewed the proposal and concluded that there were no reasons that the loan should not proceed (reftel A)."),  # 09SANJOSE464
        ('SUBJECT: GOOGLE CLAIMS HARRASSMENT BY CHINESE GOVERNMENT \n\n¶1. (SBU) Summary. XXXXXXXXXXXXX  claim the company’s services have been blocked by the Chinese government periodically over the past three years. After users reported on June 18 that Google.cm search engine was not filtering returns for pornographic sites, the government on June 24 again blocked the company’s services for 24 hours resulting in the loss of 20 percent of its traffic that day.XXXXXXXXXXXXX believe the real reason for the government’s wrath is the company’s refusal to remove a link to google.com from the google.cn website. They argue doing so would be in violation of a commitment the company made with Congress. End Summary.\n\n¶2. (SBU) In conversations',
         'XXXXXXXXXXXXX claim the company’s services have been blocked by the Chinese government periodically over the past three years. After users reported on June 18 that Google.cm search engine was not filtering returns for pornographic sites, the government on June 24 again blocked the company’s services for 24 hours resulting in the loss of 20 percent of its traffic that day.XXXXXXXXXXXXX believe the real reason for the government’s wrath is the company’s refusal to remove a link to google.com from the google.cn website. They argue doing so would be in violation of a commitment the company made with Congress.'),  # 09BEIJING1957
        ("SUBJECT: FINANCIAL TURMOIL REACHES THE NILE: EGYPT'S STOCK \nMARKET SINKS\n\n1.(U) Summary: Egypt's benchmark stock index has fallen 22% in the last two days to reach multi-year lows. Traders and analysts have at long last begun to worry that global economic turmoil will hurt the Egyptian economy more than originally thought. Despite having well-capitalized banks and limited exposure to mortgages and derivative investments, a global slowdown will take a bite out of Egypt's recent high levels of growth. End Summary.\n\n2.(U) On the heels of glob",
         "Egypt's benchmark stock index has fallen 22% in the last two days to reach multi-year lows. Traders and analysts have at long last begun to worry that global economic turmoil will hurt the Egyptian economy more than originally thought. Despite having well-capitalized banks and limited exposure to mortgages and derivative investments, a global slowdown will take a bite out of Egypt's recent high levels of growth."),  # 08CAIRO2160
        ("¶1. (U) This is an action request. Please see paragraph 5. \n\n¶2. (SBU) Summary:  President Garcia has called for judicial \nreform and highlighted extradition as a national priority, \nbut the judiciary's interpretation of our bilateral \nextradition treaty has obstructed U.S. extradition requests. \nTo seize on the government's stated interest and overcome \nobstacles, post requests DOJ and other support for an \nextradition workshop targeting Peruvian judges and government \nofficials.  Senior DOJ attorney John Beasley's recent visit \nto Peru shed light on the way forward.  End Summary. \n\n¶3. (SBU) The U.S.-Peru b",
         "President Garcia has called for judicial reform and highlighted extradition as a national priority, but the judiciary's interpretation of our bilateral extradition treaty has obstructed U.S. extradition requests. To seize on the government's stated interest and overcome obstacles, post requests DOJ and other support for an extradition workshop targeting Peruvian judges and government officials. Senior DOJ attorney John Beasley's recent visit to Peru shed light on the way forward."),  # 06LIMA4262
        ('¶1. (U) This is an action request. Please see paragraphs 6-8.\n\n¶2. (S/NF) SUMMARY: We have received reports of an arms deal between the Yemeni Ministry of Defense and what is believed to be a front company for Serbian arms dealer Slobodan Tesic. This individual is designated under the travel ban under United Nations Security Council Resolution 1521 (2003) and its subsequent extensions for his assistance in providing arms to Liberia in violation of the UN arms embargo. Washington seeks to verify this reporting with the government of Yemen, and strongly urges Yemen not to deal with individuals designated by United Nations Security Council Resolutions. End Summary.\n\n---------- \nBACKGROUND\n---',
         'We have received reports of an arms deal between the Yemeni Ministry of Defense and what is believed to be a front company for Serbian arms dealer Slobodan Tesic. This individual is designated under the travel ban under United Nations Security Council Resolution 1521 (2003) and its subsequent extensions for his assistance in providing arms to Liberia in violation of the UN arms embargo. Washington seeks to verify this reporting with the government of Yemen, and strongly urges Yemen not to deal with individuals designated by United Nations Security Council Resolutions.'),  # 09STATE130330
        ('Classified By: Ambassador David C. Mulford for Reasons 1.4 (B, D) \n\n¶1. (C) Summary.  PDASD Shivers, Ambassador Mulford, Foreign Secretary Menon, and Defense Secretary Singh initialed on May 29 a text for End-Use Monitoring for self-protection suites (including LAIRCM), clearing away the largest obstacle to finalization of the sale of head of state aircraft to India. India requested that U.S. Air Force review LAIRCM specific provisions to take into account Indian security procedures and concerns; resolution of this issue will be required prior to delivery of the aircraft. End Summary. \n\n¶2. (C) Principal Deputy ',
         'PDASD Shivers, Ambassador Mulford, Foreign Secretary Menon, and Defense Secretary Singh initialed on May 29 a text for End-Use Monitoring for self-protection suites (including LAIRCM), clearing away the largest obstacle to finalization of the sale of head of state aircraft to India. India requested that U.S. Air Force review LAIRCM specific provisions to take into account Indian security procedures and concerns; resolution of this issue will be required prior to delivery of the aircraft.'),  # 08NEWDELHI1457
        ('Classified By: Pol M/C Josiah Rosenblatt for Reasons 1.4 (B) and (D)\n\n¶1. (S/NF) SUMMARY. The French determination to explore all\noptions that could lead to the release of Franco-Colombian\nIngrid Betancourt has led them to support Venezuelan\nPresident Hugo Chavez,s offer to mediate a humanitarian\naccord between the Colombian government and FARC guerillas.\nMFA officials admit that while the GOF is open to Chavez,s\noffer to act',
         'The French determination to explore all options that could lead to the release of Franco-Colombian Ingrid Betancourt has led them to support Venezuelan President Hugo Chavez,s offer to mediate a humanitarian accord between the Colombian government and FARC guerillas. MFA officials admit that while the GOF is open to Chavez,s offer to act'),  # 07PARIS3941
        ('Classified By: Political Minister-Counselor Kathleen H. Allegrone, reas \nons 1.4 (b) and (d). \n\n¶1. (S) Summary: Veteran Middle East troubleshooter and former French Ambassador to Syria (among other posts) Jean-Claude Cousseran assessed that recent improvements in Syrian behavior constituted a tactical shift rather than a strategic change of behavior; nevertheless, he felt the West should exploit that shift while it lasted. He characterized trying to split Syria away from Iran as "a nice idea" that would never work, and argued that if the U.S. were to engage \nDamascus, it should "get something tangible" and appoint a \nheavyweight ambassador. End summary. \n\n¶2. (C) Jean-Claude Couss',
         'Veteran Middle East troubleshooter and former French Ambassador to Syria (among other posts) Jean-Claude Cousseran assessed that recent improvements in Syrian behavior constituted a tactical shift rather than a strategic change of behavior; nevertheless, he felt the West should exploit that shift while it lasted. He characterized trying to split Syria away from Iran as "a nice idea" that would never work, and argued that if the U.S. were to engage Damascus, it should "get something tangible" and appoint a heavyweight ambassador.'),  # 09PARIS286
        ("Classified By: AMBASSADOR CLIFFORD SOBEL, REASON 1.4 (B) AND (D) \n\n¶1. (C) Summary. Brazilian Defense Minister Nelson Jobim told the Ambassador January 17 that he would like to sign a Defense Cooperation Agreement (DCA, ref A) when he visits Washington in March, but that he faces stiff opposition in the Ministry of External Relations (MRE or Itamaraty). He briefed the Ambassador on his upcoming trip to France and Russia, and on his continuing work regarding civil aviation matters. The internal GOB discussion on the merits of a DCA will likely center on the message the GOB thinks it will send regarding the nature of Brazil's relationship with the United States. End summary. \n\nDefense Cooperation Agree",
         "Brazilian Defense Minister Nelson Jobim told the Ambassador January 17 that he would like to sign a Defense Cooperation Agreement (DCA, ref A) when he visits Washington in March, but that he faces stiff opposition in the Ministry of External Relations (MRE or Itamaraty). He briefed the Ambassador on his upcoming trip to France and Russia, and on his continuing work regarding civil aviation matters. The internal GOB discussion on the merits of a DCA will likely center on the message the GOB thinks it will send regarding the nature of Brazil's relationship with the United States."),  # 08BRASILIA129
        (" CLASSIFIED BY: Chris Stevens, DCM, U.S. Embassy Tripoli, U.S. Department of State. REASON: 1.4 (b), (e)\n\n1.(C) Summary: Libya has a long history of resource nationalism linked to the policies and rhetoric of the Qadhafi regime. Beginning in the 1990's, many of these practices were scaled back; however, the removal of U.S. and UN sanctions and Libya's attendant opening to the world have prompted a resurgence of measures designed to increase the GOL's control over and share of revenue from hydrocarbon resources. End Summary.\n\nINVESTMENT SURGE ...\n\n2.(C",
         "Libya has a long history of resource nationalism linked to the policies and rhetoric of the Qadhafi regime. Beginning in the 1990's, many of these practices were scaled back; however, the removal of U.S. and UN sanctions and Libya's attendant opening to the world have prompted a resurgence of measures designed to increase the GOL's control over and share of revenue from hydrocarbon resources."),  # 07TRIPOLI967
        ("REF: SECSTATE 114036 Classified By: Political Counselor Stephen M. Liston, reason 1.4(b) and (d) \n\n¶1. SUMMARY. In a meeting November 19 with PolCouns, Brazilian Ministry of External Relations (MRE) South America 1 (Southern Cone) Department head Minister Joao Luiz Pereira Pinto (protect) described Brazil-Bolivia relations as frustrating and indicated a continuing interest in trilateral counternarcotics efforts with the United States after the elections. Pinto described Brazil's efforts to engage a difficult Argentine government more intensely in light of current trade disputes, and expressed no concern about the recent changes of military chiefs in Paraguay. End Summary. \n\n- - - BOLIVIA: BILATERAL ",
         "In a meeting November 19 with PolCouns, Brazilian Ministry of External Relations (MRE) South America 1 (Southern Cone) Department head Minister Joao Luiz Pereira Pinto (protect) described Brazil-Bolivia relations as frustrating and indicated a continuing interest in trilateral counternarcotics efforts with the United States after the elections. Pinto described Brazil's efforts to engage a difficult Argentine government more intensely in light of current trade disputes, and expressed no concern about the recent changes of military chiefs in Paraguay."),  # 09BRASILIA1360
        ("JECT: (CORRECTED COPY) ARIAS ACCEPTS FIRST RESIGNATION: TELECOM \nMONOPOLY GETS NEW BOARD PRESIDENT \n \n \n¶1. (U) SUMMARY. The Board President of Costa Rica's \ntelecommunications monopoly, ICE, resigned on September 12 and was \nreplaced almost immediately by a new head whose nomination  improves \nCAFTA ratification and implementation prospects.  Introduction of \nthe long-promised telecom legislative package nonetheless will be \ndelayed by a few weeks as the parastatal's leadership structure \nfully reorganizes .  END SUMMARY \n \n2.(U) President Oscar Ari",
         "The Board President of Costa Rica's telecommunications monopoly, ICE, resigned on September 12 and was replaced almost immediately by a new head whose nomination improves CAFTA ratification and implementation prospects. Introduction of the long-promised telecom legislative package nonetheless will be delayed by a few weeks as the parastatal's leadership structure fully reorganizes ."),  # 06SANJOSE2041
        ('Classified By: Ambassador Stephenson for reasons 1.4 (b) and (d).\n\n-------\nSUMMARY\n-------\n\n¶1. (U) Under the lights of TV cameras in a packed\nauditorium, three consortia, including one led by American\nfirm Bechtel, submitted bids to the Panama Canal Authority\n(ACP) on March 3 to build the 3.3 billion USD set of locks\nfor the already under-construction third lane of the Panama\nCanal. The bid submissions end a year-long ',
         'Under the lights of TV cameras in a packed auditorium, three consortia, including one led by American firm Bechtel, submitted bids to the Panama Canal Authority (ACP) on March 3 to build the 3.3 billion USD set of locks for the already under-construction third lane of the Panama Canal. The bid submissions end a year-long'),  # 09PANAMA195
        ("Classified By: Charge Russell Frisbie for reasons 1.4 (a) and (d) \n \nSummary \n ------- \n¶1. (C) Foreign Minister Tovar told Charge that an Article 98 \nagreement would not be approved in Costa Rica.  He was \nconcerned, however, about the impact of the American \nServicemembers' Protection Act (ASPA) and the Nethercutt \nAmendment on important U.S. assistance that Costa Rica had \nbeen receiving and had hoped to continue to receive.  End \nsummary. \n \nSudden flurry of press ",
         "Foreign Minister Tovar told Charge that an Article 98 agreement would not be approved in Costa Rica. He was concerned, however, about the impact of the American Servicemembers' Protection Act (ASPA) and the Nethercutt Amendment on important U.S. assistance that Costa Rica had been receiving and had hoped to continue to receive."),  # 05SANJOSE2106
        ('TE 119161  Classified By: Political Minister Counselor Gregory Berry for reasons 1.4 (b) and (d).  \n\n¶1. (C/NF) Summary: The UK is in full agreement with reftel points concerning Syria and will, with EU Partners, issue a statement condemning Syria for its lack of cooperation with the IAEA at the Board of Governors (BOG) meeting on November 26-27.  While the UK has on previous reports lobbied non-EU states on Syria, the UK will not do so this time and will instead focus on Iran.  The UK may, however, lobby non-EU states after the Board of Governors meeting.  See para 6 for the full text of the draft EU statement on Syria.  End Summary.  \n\n¶2. (C/NF) Poloff delive',
         'The UK is in full agreement with reftel points concerning Syria and will, with EU Partners, issue a statement condemning Syria for its lack of cooperation with the IAEA at the Board of Governors (BOG) meeting on November 26-27. While the UK has on previous reports lobbied non-EU states on Syria, the UK will not do so this time and will instead focus on Iran. The UK may, however, lobby non-EU states after the Board of Governors meeting. See para 6 for the full text of the draft EU statement on Syria.'),  # 09LONDON2626
        ('SUBJECT: INPUT FOR FORCED LABOR AND CHILD LABOR REPORTS \n \nREF: A. STATE 131997 B. 09 MANAMA 31\n\n1.(U) Summary: There were no reports of forced labor in the production of goods in Bahrain in 2009, nor were there reports of exploitative child labor, trafficking of children, or commercial sexual exploitation of children. End Summary. FORCED/CHILD LABOR IN THE P',
         'There were no reports of forced labor in the production of goods in Bahrain in 2009, nor were there reports of exploitative child labor, trafficking of children, or commercial sexual exploitation of children.'),  # 10MANAMA56
        ('(U) Classified by Ambassador Eric Edelman; reasons: E.O. \n12958 1.4 (a,b,c,d). \n \n¶1. (C) Summary: PM Erdogan and his ruling AK Party seem to \nhave a firm grip on power -- if for no other reasons that \nthere is currently no viable alternative and inertia weighs \nheavily in politics.  Nevertheless, Erdogan and his party \nface enormous challenges if they are successfully to embrace \ncore principles of open society, carry out EU harmonization, \nand develop and implement foreign policies in harmony with \ncore U.S. interests.  End summary. \n \n¶2. (C) As PM Erdogan st',
         'PM Erdogan and his ruling AK Party seem to have a firm grip on power -- if for no other reasons that there is currently no viable alternative and inertia weighs heavily in politics. Nevertheless, Erdogan and his party face enormous challenges if they are successfully to embrace core principles of open society, carry out EU harmonization, and develop and implement foreign policies in harmony with core U.S. interests.'),  # 04ANKARA7211
]


LONDON2293_SUMMARY = (
    "The second meeting of the International Maritime Organization's ad hoc intersessional meeting of the Standards "
    "of Training, Certification and Watchkeeping (STW) Working Group (WG) meeting on the comprehensive review of the "
    "International Convention on Standards of Training, Certification and Watchkeeping for Seafarers (STCW "
    "Convention) and Code met in London September 7-11, 2009, chaired by Ms. Mayte Medina (United States)."
)


# 09STATE83026: a SUMMARY heading over paragraph 2, the summary and END SUMMARY of a non-paper in paragraph 7
STATE83026 = (
    " ¶1. (U) This is an action request. Please see paragraphs 4-6.\n---------------------- \nSUMMARY AND OBJECTIVES\n"
    "---------------------- \n¶2. (SBU) In May 2009, legal representatives for 1267-listed entity Jamaat-ud-Dawah "
    "petitioned on their clients behalf for delisting via the UN focal point.\n---------- \nBACKGROUND\n---------- \n"
    "¶3. (S) On December 10, 2008, the UN 1267 Committee took several actions\n\n"
    "¶7. (S/REL to Pakistan) BEGIN TEXT OF NON-PAPER\n(U//FOUO) Assessing Jamaat-ud-Dawa’s Links to Lashkar-e-Tayyiba\n"
    "SUMMARY\n(S//REL) The Community assesses that LT, a Pakistan-based terrorist group, uses the JUD name as an alias."
    "\nEND SUMMARY\n(C//REL) Various Names and Aliases"
)
# 09KABUL941: a teaser cut in its summary, the site's record, then the whole text
KABUL941 = (
    "SUBJECT: CODEL TSONGAS:  MEETING WITH AFGHAN INTERIOR \nMINISTER ATMAR, APRIL 9, 2009 \n \n"
    "¶1. (SBU) Summary:  In an April 9 meeting with CODEL Tso...\n\n\n202427\n2009-04-15\n09KABUL941\nEmbassy Kabul\n"
    "UNCLASSIFIED//FOR OFFICIAL USE ONLY\nUNCLAS SECTION 01 OF 03 KABUL 000941\nSENSITIVE\nSIPDIS\n"
    "E.O. 12958: N/A\nTAGS: PREL MARR PTER AG\nSUBJECT: CODEL TSONGAS: MEETING WITH AFGHAN\nINTERIOR\n"
    "MINISTER ATMAR, APRIL 9, 2009\n\n¶1. (SBU) Summary: In an April 9 meeting with CODEL Tsongas,\n"
    "Interior Minister Atmar praised the U.S. Combined Security\nTransition Command-Afghanistan (CSTC-A). Atmar wove the "
    "theme of\nANP expansion throughout his long, eloquent presentation. End\nSummary.\n"
)


@pytest.mark.parametrize("text, expected", REAL_PASSAGES)
def test_real_passages(text, expected):
    assert parse_summary(text, None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("¶1. (C) Summary: The talks failed.  End Summary.\n\n¶2. (C) Details.", "The talks failed."),
        ("1. (C) SUMMARY: THE TALKS FAILED. END SUMMARY.", "THE TALKS FAILED."),
        ("¶1. (SBU) Summary and Comment: The talks failed.  End Summary and Comment.", "The talks failed."),
        ("¶1. (S) Summary and action request. Please demarche. End summary.", "Please demarche."),
        ("¶1. (C) Summay: The talks failed. End Summay.", "The talks failed."),
        ("¶1. (C) Summary. The talks\n   failed   again. End\nsummary.", "The talks failed again."),
        ("SUMMARY\n-------\n\n¶1. (C) The talks failed.\n\n¶2. (C) Details.", "The talks failed."),
        ("------- SUMMARY -------\n1. (C) The talks failed. END SUMMARY.", "The talks failed."),
        ("I. Summary\n----------\n\n¶1. The talks failed. End Summary.", "The talks failed."),
        ("BEGIN SUMMARY: The talks failed. END SUMMARY", "The talks failed."),
        ("¶1. (C) Summary: The talks \\\nfailed. \\\nEnd summary. \\", "The talks failed."),
        # a number glued to the text under a heading (07ADDISABABA3407)
        ("Summary -------\n\n1.USAID Administrator and Director of U.S. Foreign Assistance Henrietta Fore and Assistant "
         "Administrator Almquist visited Gode November 25, meeting with NGOs and local Government officials. Local offi",
         "USAID Administrator and Director of U.S. Foreign Assistance Henrietta Fore and Assistant Administrator "
         "Almquist visited Gode November 25, meeting with NGOs and local Government officials. Local offi"),
        # a heading numbered 1) (09LONDON2293)
        ("WATCHKEEPING WORKING GROUP, LONDON, SEPTEMBER 7-11, 2009. \n \n 1) SUMMARY: " + LONDON2293_SUMMARY
         + "  End summary.  \n\nComprehensive Review of STWC Convention", LONDON2293_SUMMARY),
        # page headers and paragraph marks inside are dropped
        ("¶1. (C) Summary: The talks\nBEIJING 00002463  002 OF 002\nfailed. ¶2. (C) Badly. End Summary.",
         "The talks failed. Badly."),
        # a heading without an END SUMMARY: its paragraph, without the heading of the next one (05LIMA4861, 10STATE4108)
        ("---------- \nSUMMARY \n---------- \n\n¶1.  (C)  The Fujimoristas are in disarray with their figurehead in a "
         "Chilean jail and their party's leadership vacated by the National Electoral Board. \n\n------------------------ "
         "\nTOLEDO SEES CONSPIRACIES \n------------------------ \n\n¶2.  (C)  President Toledo, in an 11/9 meeting",
         "The Fujimoristas are in disarray with their figurehead in a Chilean jail and their party's leadership vacated "
         "by the National Electoral Board."),
        ("SUMMARY AND ACTION REQUEST\n-------------------------- \n\n¶1. (SBU) The Department requests action "
         "addressees clarify for host governments\n\nBACKGROUND\n---------- \n\n¶2. (C) NATO is currently developing",
         "The Department requests action addressees clarify for host governments"),
        # the page header of an old cable (02VATICAN3692)
        ("¶1. (C) SUMMARY: SECRETARY OF THE CONGREGATION FOR EASTERN CHURCHES, ARCHBISHOP ANTONIO VEGLIO, TOLD CHARGE "
         "THAT THE EASTERN CHURCHES FACE A NUMBER OF CHALLENGES THAT CAST LONG SHADOWS OVER THEIR FUTURE. BOTH      "
         "CONFIDENTIAL \nPAGE 02  VATICA 03692 01 OF 02 261100Z RADICAL ISLAM AND RUSSIAN ORTHODOXY PRESENT OBSTACLES. "
         "END SUMMARY.",
         "SECRETARY OF THE CONGREGATION FOR EASTERN CHURCHES, ARCHBISHOP ANTONIO VEGLIO, TOLD CHARGE THAT THE EASTERN "
         "CHURCHES FACE A NUMBER OF CHALLENGES THAT CAST LONG SHADOWS OVER THEIR FUTURE. BOTH RADICAL ISLAM AND RUSSIAN "
         "ORTHODOXY PRESENT OBSTACLES."),
        # an END SUMMARY without a heading: the first paragraph up to it
        ("¶1. (C) The talks failed. End summary.\n\n¶2. (C) Details.", "The talks failed."),
        # a heading without an END SUMMARY: its paragraph
        ("¶1. (C) Summary: The talks failed.\n¶2. (C) Details.", "The talks failed."),
    ],
)
def test_forms(text, expected):
    assert parse_summary(text, "FIRST") == expected


@pytest.mark.parametrize(
    "text",
    [
        "SUBJECT: WEEKLY SUMMARY OF PRESS\n\n¶1. (U) The press...",  # a subject, no heading
        "¶1. (U) Lead Stories Summary\n¶2. (U) ...",
        "¶1. (C) The Minister summarized the talks.",
        "",
    ],
)
def test_first_paragraph_when_no_summary(text):
    assert parse_summary(text, "  The   first\nparagraph. ") == "The first paragraph."
    assert parse_summary(text, None) is None


@pytest.mark.parametrize(
    "text, first_paragraph, expected",
    [
        # a SUMMARY heading over a paragraph that names itself a summary again (06PARIS7424)
        ("SUMMARY \n-------- \n¶1. (C) SUMMARY: Segolene Royal's overwhelming first-round \nvictory. End summary.",
         None, "Segolene Royal's overwhelming first-round victory."),
        # markings with a release list, as first paragraphs (08LONDON2858, 08NAIROBI2290, 09CAIRO1617)
        ("", "(C//REL TO FIVE EYES) China's increasing engagement with African governments is a two-sided coin.",
         "China's increasing engagement with African governments is a two-sided coin."),
        ("", "(S-NF) A shipment of 33 Ukrainian T-72 tanks", "A shipment of 33 Ukrainian T-72 tanks"),
        ("", "(S/REL GBR) Poloff delivered reftel demarche", "Poloff delivered reftel demarche"),
        # a first paragraph opening with its own label (06BOGOTA1970, 10KABUL693)
        ("", "(SUMMARY): Post has confirmed the location", "Post has confirmed the location"),
        ("", "(S//Rel NATO, ISAF) Begin Summary. Senior Civilian Representative (SCR) Frank Ruggiero met",
         "Senior Civilian Representative (SCR) Frank Ruggiero met"),
        # ... in other forms (09SANJOSE703, 09BUENOSAIRES827, 09NEWDELHI1139, 09TELAVIV457, 09KUALALUMPUR1013)
        ("", "SUMMARY (U) Modernization of Costa Rica's main international airport",
         "Modernization of Costa Rica's main international airport"),
        ("", "Summary/Introduction. More than two weeks have passed", "More than two weeks have passed"),
        ("", "(Summary) The full New Delhi Emergency Action Committee (EAC) convened",
         "The full New Delhi Emergency Action Committee (EAC) convened"),
        ("", "SUMMARY During their trip to Israel, CODEL Cardin", "During their trip to Israel, CODEL Cardin"),
        ("", "SUMMARY, COMMENT, AND ACTION REQUEST: On December 19, the Malaysian press",
         "On December 19, the Malaysian press"),
        # ... but not a title (06BUENOSAIRES109, 07USNATO649)
        ("", "SUMMARY OF SIGNIFICANT EVENTS: ¶A. OVERVIEW OF ACTIVITIES: ¶1. SECURITY CONSTRUCTION PROJECTS",
         "SUMMARY OF SIGNIFICANT EVENTS: ¶A. OVERVIEW OF ACTIVITIES: SECURITY CONSTRUCTION PROJECTS"),
        ("", "Summary from the NAC Meeting: -- Afghanistan: The ISAF autumn 2007",
         "Summary from the NAC Meeting: -- Afghanistan: The ISAF autumn 2007"),
    ],
)
def test_labels_and_markings_taken_off(text, first_paragraph, expected):
    assert parse_summary(text, first_paragraph) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # another summary in a later paragraph: its END SUMMARY is not this one's
        (STATE83026, "In May 2009, legal representatives for 1267-listed entity Jamaat-ud-Dawah petitioned on their "
                     "clients behalf for delisting via the UN focal point."),
        # the heading again over paragraph 1 of a copy of the text: the summary starts over there
        (KABUL941, "In an April 9 meeting with CODEL Tsongas, Interior Minister Atmar praised the U.S. Combined Security "
                   "Transition Command-Afghanistan (CSTC-A). Atmar wove the theme of ANP expansion throughout his long, "
                   "eloquent presentation."),
    ],
)
def test_a_second_heading(text, expected):
    assert parse_summary(text, None) == expected


def test_seed_cable():
    text = (SAMPLE_DIR / "07BEIJING2463.txt").read_text(encoding="utf-8")
    assert parse_summary(text, "FIRST") == "FIRST"


def test_sample_cables():
    with_summary = 0
    for path in sorted(SAMPLE_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        summary = parse_summary(text, None)
        assert summary is None or (summary and summary == " ".join(summary.split()))
        with_summary += summary is not None
    assert with_summary > 150


@pytest.mark.parametrize("text", ["Summary:" * 2000, "End summary. " * 1000, "¶1. Summary\n" + "x" * 20000])
def test_never_raises(text):
    parse_summary(text, None)


@given(CABLE_LIKE_TEXT)
@settings(max_examples=300, deadline=None)
def test_never_raises_on_any_text(text):
    summary = parse_summary(text, text[:30])
    assert summary is None or isinstance(summary, str)


@pytest.mark.parametrize(
    "text, summary",
    [
        # part two of a cable sent in three parts: its first paragraph is no summary (09LONDON2616)
        ("SUBJECT: UK-HOSTED P5 CONFERENCE ON CONFIDENCE BUILDING\nMEASURES TOWARDS NUCLEAR DISARMAMENT, SEPTEMBER 3-4, "
         "2009 (PART TWO OF THREE)\nREF: A. LONDON 2198      B. LONDON 2199  NOTE:  FOR TECHNICAL REASONS, THIS CABLE IS "
         "BEING TRANSMITTED IN THREE PARTS.  THIS IS PART TWO OF THREE.  PARAGRAPH NUMBERS REFLECT FULL CABLE LENGTH.\n\n"
         "¶38. (SBU)  Gower (UK) said that sharing the numbers and types of weapons was acceptable.\n\n"
         "¶39. (SBU)  Briens (France) stated that total transparency was not possible.\n", None),
        # ... but a cable whose first paragraph is ¶1 (or ¶2, ¶1 being lost in the subject line) has it
        ("SUBJECT: X\n\n¶1. (SBU)  Gower (UK) said that sharing the numbers was acceptable.\n\n¶2. (SBU)  Briens.\n",
         "Gower (UK) said that sharing the numbers was acceptable."),
    ],
)
def test_summary_of_a_cable_without_summary_heading(text, summary):
    assert parse_cable(text)["summary"] == summary
