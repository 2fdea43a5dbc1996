"""Round 60c of whole short articles written for these tests, in the most common outlet styles with new wordings of
source, span and date: a Ukrainian outlet's English daily "Russia has lost X troops" piece whose General Staff list is
prose ("in the preceding 24 hours", "the military's tally", "Kyiv's military said"); a wire story on a night of drone
and missile strikes across several regions with each regional head's toll ("throughout the night", "late on
Saturday", "early Sunday", "in the early hours"); a US news site's piece on a Western intelligence estimate of
casualties ("officials familiar with the assessment", "citing"); a Russian outlet's English page retelling the defence
ministry's weekly claims by grouping of forces ("so far this week", "quoting"); a broadsheet's analysis citing Oryx
and Mediazona with their dates ("since the start of the summer offensive"); and a regional strike story whose toll
rises through the day ("rose to", "the number of injured climbed").
Names, places and numbers are invented; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "ukrainian_outlet_daily_general_staff_tally_in_prose",
        "2026-08-09",
        "Russia has lost 1,118 troops in the preceding 24 hours, Kyiv's military says\n"
        "Russian forces lost 1,118 soldiers killed or wounded in the preceding 24 hours, Kyiv's military said on the "
        "morning of Aug. 9, bringing the total since Feb. 24, 2022 to around 1,402,660.\n"
        "Over the same day, Ukrainian troops also destroyed seven tanks, 19 armoured fighting vehicles and 42 "
        "artillery systems, the General Staff's report said. The military's tally of Russian equipment lost since the "
        "start of the full-scale invasion now stands at 12,314 tanks, 25,602 armoured fighting vehicles and 37,915 "
        "artillery systems.\n"
        "Ukraine's defenders have also downed 431 aircraft and 350 helicopters over the course of the war, the report "
        "said.\n"
        "The heaviest fighting of the day was again in the Pokrovsk sector, where Russian units attempted 54 "
        "assaults, according to the report.\n"
        "Ukraine does not regularly disclose its own losses.",
        (
            "russia personnel losses 1118 - exact period 1 * 2026-08-09|2026-08-08 ua_general_staff false",
            "russia personnel losses 1402660 - approx cumulative * * 2026-08-09 ua_general_staff false",
            "russia tanks destroyed 7 - exact period 1 * 2026-08-09|2026-08-08 ua_general_staff false",
            "russia armoured_vehicles destroyed 19 - exact period 1 * 2026-08-09|2026-08-08 ua_general_staff false",
            "russia artillery destroyed 42 - exact period 1 * 2026-08-09|2026-08-08 ua_general_staff false",
            "russia tanks losses 12314 - exact cumulative * * 2026-08-09 ua_general_staff false",
            "russia armoured_vehicles losses 25602 - exact cumulative * * 2026-08-09 ua_general_staff false",
            "russia artillery losses 37915 - exact cumulative * * 2026-08-09 ua_general_staff false",
            "russia aircraft destroyed 431 - exact cumulative * * 2026-08-09 ua_general_staff false",
            "russia helicopters destroyed 350 - exact cumulative * * 2026-08-09 ua_general_staff false",
        ),
    ),
    Article(
        "wire_night_of_strikes_regional_heads_tolls",
        "2026-08-16",
        "Russian drones and missiles kill at least nine across Ukraine overnight\n"
        "KYIV, Aug 16 (Wire) - Russia pounded Ukraine with drones and missiles throughout the night, killing at least "
        "nine people in four regions, local officials said early Sunday.\n"
        "In the southern city of Mykolaiv, four people were killed and 11 wounded when a missile hit an apartment "
        "block in the early hours, regional governor Ostap Kulyk said on Telegram.\n"
        "Three people died in the Sumy region, where drones struck a village late on Saturday, the regional military "
        "administration said. A further six were injured, it added.\n"
        "\"The enemy targeted a bus station and a clinic,\" said Iryna Dovzhenko, head of the Poltava regional "
        "administration, adding that two civilians were killed and eight hurt there.\n"
        "In the Kharkiv region, a 67-year-old man was wounded by shelling, governor Pavlo Shyrokyi said.\n"
        "Ukraine's air force said it shot down 97 of the 128 drones and 6 of the 9 missiles Russia launched "
        "overnight.\n"
        "Russia's defence ministry said its forces had struck military-industrial sites.",
        (
            "ukraine people|civilians killed 9 - at_least period 1|- * 2026-08-16|2026-08-15 ua_officials false",
            "ukraine people|civilians killed 4 - exact period 1|- * 2026-08-16 ua_officials false",
            "ukraine people|civilians wounded 11 - exact period 1|- * 2026-08-16 ua_officials false",
            "ukraine people|civilians killed 3 - exact period 1|- * 2026-08-15|2026-08-16 ua_officials false",
            "ukraine people|civilians wounded 6 - exact period 1|- * 2026-08-15|2026-08-16 ua_officials false",
            "ukraine civilians killed 2 - exact period 1|- * 2026-08-16|2026-08-15 ua_officials false",
            "ukraine civilians wounded 8 - exact period 1|- * 2026-08-16|2026-08-15 ua_officials false",
            "russia drones destroyed 97 - exact period 1 * 2026-08-16|2026-08-15 ua_officials false",
            "russia missiles destroyed 6 - exact period 1 * 2026-08-16|2026-08-15 ua_officials false",
        ),
    ),
    Article(
        "us_news_site_western_intelligence_estimate_officials_familiar",
        "2026-08-21",
        "Russia's war casualties near 1.2 million, Western intelligence estimates\n"
        "WASHINGTON - Russia has suffered close to 1.2 million casualties since it invaded Ukraine, including as many "
        "as 290,000 troops killed, according to a new Western intelligence estimate described by two officials "
        "familiar with the assessment.\n"
        "The estimate, shared among allied governments this month, puts Ukraine's own losses at about 420,000 killed "
        "and wounded, the officials said, speaking on condition of anonymity to discuss classified material.\n"
        "Citing the same assessment, a senior NATO official said Russian forces were losing roughly 1,000 soldiers a "
        "day so far this summer.\n"
        "The figures could not be independently verified. The Kremlin does not publish its casualties and called "
        "the estimate propaganda.\n"
        "Russia has recruited about 30,000 men a month through contract bonuses, the officials said.",
        (
            "russia personnel losses 1200000 - approx cumulative * * 2026-08-21 western_officials false",
            "russia personnel killed 290000 - at_most cumulative * * 2026-08-21 western_officials false",
            "ukraine personnel losses 420000 - approx cumulative * * 2026-08-21 western_officials false",
            "russia personnel losses 1000 - approx rate 1 * 2026-08-21 western_officials false",
        ),
    ),
    Article(
        "russian_outlet_weekly_ministry_claims_by_grouping",
        "2026-08-22",
        "Russian forces inflict heavy losses on Ukrainian army this week - MoD\n"
        "MOSCOW - Ukraine's armed forces lost more than 9,300 servicemen so far this week in all sectors of the "
        "front, the Russian Defence Ministry said on Saturday in its weekly summary.\n"
        "The Sever group of forces inflicted losses of up to 1,460 troops on the enemy over the week, the ministry's "
        "summary said, while the Zapad group eliminated up to 2,280 Ukrainian servicemen and destroyed 14 armoured "
        "vehicles.\n"
        "Quoting the ministry, the outlet said units of the Yug group destroyed three Leopard tanks and 21 field "
        "artillery guns.\n"
        "Air defences shot down 1,264 fixed-wing drones and 18 HIMARS rockets during the week, the ministry "
        "added.\n"
        "Russian troops also liberated two villages in the Donetsk People's Republic.",
        (
            "ukraine personnel losses 9300 - at_least period * * 2026-08-22 ru_mod false",
            "ukraine personnel losses 1460 - at_most period 7|- * 2026-08-22 ru_mod false",
            "ukraine personnel killed|losses 2280 - at_most period 7|- * 2026-08-22 ru_mod false",
            "ukraine armoured_vehicles destroyed 14 - exact period 7|- * 2026-08-22 ru_mod false",
            "ukraine tanks destroyed 3 - exact period 7|- * 2026-08-22 ru_mod false",
            "ukraine artillery destroyed 21 - exact period 7|- * 2026-08-22 ru_mod false",
            "ukraine drones destroyed 1264 - exact period 7|- * 2026-08-22 ru_mod false",
            "ukraine missiles destroyed 18 - exact period 7|- * 2026-08-22 ru_mod false",
        ),
    ),
    Article(
        "broadsheet_analysis_oryx_and_mediazona_dated",
        "2026-08-24",
        "Analysis: What Russia's summer offensive has cost it\n"
        "Three months after Moscow launched its summer offensive, the evidence of what it has cost is piling up.\n"
        "Since the start of the summer offensive on May 18, the open-source site Oryx has documented 640 Russian "
        "armoured vehicles destroyed or captured, a figure current as of August 20. Its running count of Russian "
        "tanks lost since February 2022 reached 4,310 on the same date.\n"
        "Mediazona, which with the BBC's Russian service matches the names of the dead from obituaries and "
        "cemeteries, had identified 161,950 Russian soldiers killed by August 15. The outlet's own analysts estimate "
        "the true figure is roughly twice that.\n"
        "Ukraine's losses are harder to track. Oryx lists 1,180 Ukrainian tanks lost since the invasion.\n"
        "None of these sources claims to be complete, and each counts only what it can verify.",
        (
            "russia armoured_vehicles losses 640 - exact period * 2026-05-18 2026-08-20 oryx false",
            "russia tanks losses 4310 - exact cumulative * * 2026-08-20 oryx false",
            "russia personnel killed 161950 - exact cumulative * * 2026-08-15 mediazona false",
            "ukraine tanks losses 1180 - exact cumulative * * 2026-08-20|2026-08-24 oryx false",
        ),
    ),
    Article(
        "regional_strike_toll_rises_through_the_day",
        "2026-08-28",
        "Death toll from Russian strike on Zaporizhzhia rises to 17\n"
        "The number of people killed in a Russian missile attack on Zaporizhzhia on Thursday morning rose to 17 by "
        "evening, the head of the regional military administration, Yurii Marchuk, said.\n"
        "Initial reports had put the toll at five dead. By midday it had risen to 11 as rescuers pulled bodies from "
        "the ruins of a four-storey dormitory.\n"
        "The number of injured climbed to 63 over the day, among them nine children, Marchuk said in his latest "
        "update. Twenty-four of the injured are in a serious condition, the city's health department said.\n"
        "\"Russia struck a city asleep,\" Marchuk wrote. \"This is terror, nothing else.\"\n"
        "The State Emergency Service said 140 rescuers and 30 units of equipment were involved in the operation.",
        (
            "ukraine people|civilians killed 17 - exact period * * 2026-08-27|2026-08-28 ua_officials false",
            "ukraine people|civilians killed 5 - exact period * * 2026-08-27|2026-08-28 ua_officials|- false",
            "ukraine people|civilians killed 11 - exact period * * 2026-08-27|2026-08-28 ua_officials|- false",
            "ukraine people|civilians wounded 63 - exact period * * 2026-08-27|2026-08-28 ua_officials false",
            "ukraine civilians wounded 9 - exact period * * 2026-08-27|2026-08-28 ua_officials false",
            "ukraine people|civilians wounded 24 - exact period * * 2026-08-27|2026-08-28 ua_officials false",
        ),
    ),
)
