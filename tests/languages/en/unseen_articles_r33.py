"""Round 33 of whole short articles written for these tests, in styles rounds 1 and 3 to 30 and p1 do not hold, with
the source, the span and the date in view: the Russian defence ministry's own weekly summary in its English rendering,
under a line that names the ministry and a dated span ("From 8 to 14 November"), per group of forces, beside brigades
defeated, counterattacks repelled, settlements taken and areas hit that are no losses; a wire report of a NATO
official's estimate at a press conference, hedged and rounded ("more than", "roughly", killed and wounded combined,
since the invasion), with a daily average and a projection, beside tanks produced, allies, troops and a share of GDP
that are no claims; a Russian town paper's notice of a funeral today, with the district head's count of the town's
dead since 2022 and of its missing, dense in ages, hours, unit and school numbers and payments that are no losses; a
wire report of a Baltic intelligence service's annual report at a news conference, with a daily rate, a total since
the invasion and its dead, beside troops deployed, men recruited a month, tanks produced a year and a force's future
size that are no losses; and a Kyiv outlet retelling a brigade's monthly post that gives its own losses ("the
brigade's losses were") and, "over the same period", the enemy's, beside recruits, donated trucks, donors and money.
Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

_WEEK = "period 7 2025-11-08 2025-11-14 ru_mod false"

ARTICLES: tuple[Article, ...] = (
    Article(
        "russian_mod_weekly_summary_in_english_by_group",
        "2025-11-15",
        "Ministry of Defence of the Russian Federation\n"
        "Summary of the special military operation, 8-14 November 2025\n"
        "From 8 to 14 November, units of the Russian Armed Forces continued the special military operation.\n"
        "Units of the Sever Group of Forces defeated formations of two mechanised brigades and one territorial "
        "defence brigade of the Ukrainian armed forces. The enemy lost up to 1,340 servicemen, four tanks, 17 motor "
        "vehicles and nine field artillery guns.\n"
        "Units of the Zapad Group of Forces repelled 23 counterattacks of assault detachments. The losses of the "
        "Ukrainian armed forces amounted to up to 1,510 troops, two armoured fighting vehicles and six electronic "
        "warfare stations.\n"
        "Units of the Yug Group of Forces liberated three settlements. The enemy lost over 1,900 servicemen and 11 "
        "US-made armoured vehicles, including four Bradley infantry fighting vehicles.\n"
        "Over the week, operational-tactical aviation, attack drones, missile troops and artillery hit 147 areas of "
        "concentration of manpower and hardware.\n"
        "Air defence means shot down 12 Neptune long-range missiles, 7 HIMARS rockets and 1,486 fixed-wing unmanned "
        "aerial vehicles.\n"
        "In total, since the beginning of the special military operation, 671 aircraft, 283 helicopters, 91,240 "
        "unmanned aerial vehicles and 25,760 tanks and other armoured combat vehicles have been destroyed.",
        (
            f"ukraine personnel losses 1340 - at_most {_WEEK}",
            f"ukraine tanks losses 4 - at_most|exact {_WEEK}",
            f"ukraine vehicles losses 17 - at_most|exact {_WEEK}",
            f"ukraine artillery losses 9 - at_most|exact {_WEEK}",
            f"ukraine personnel losses 1510 - at_most {_WEEK}",
            f"ukraine armoured_vehicles losses 2 - at_most|exact {_WEEK}",
            f"ukraine special_equipment|equipment losses 6 - at_most|exact {_WEEK}",
            f"ukraine personnel losses 1900 - at_least {_WEEK}",
            f"ukraine armoured_vehicles losses 11 - at_least|exact {_WEEK}",
            f"ukraine armoured_vehicles losses 4 - exact|at_least {_WEEK}",
            f"ukraine missiles destroyed 12 - exact {_WEEK}",
            f"ukraine missiles destroyed 7 - exact {_WEEK}",
            f"ukraine drones destroyed 1486 - exact {_WEEK}",
            "ukraine aircraft destroyed 671 - exact cumulative - - 2025-11-14|2025-11-15 ru_mod false",
            "ukraine helicopters destroyed 283 - exact cumulative - - 2025-11-14|2025-11-15 ru_mod false",
            "ukraine drones destroyed 91240 - exact cumulative - - 2025-11-14|2025-11-15 ru_mod false",
            "ukraine armoured_vehicles|tanks destroyed 25760 - exact cumulative - - 2025-11-14|2025-11-15 ru_mod "
            "false",
        ),
    ),
    Article(
        "wire_nato_official_press_conference_estimate",
        "2025-06-04",
        "NATO official says Russian casualties top 1 million\n"
        "BRUSSELS, June 4 (Wire) - Russia has suffered more than 1 million casualties, killed and wounded combined, "
        "since it launched its full-scale invasion of Ukraine in February 2022, a senior NATO official said on "
        "Wednesday.\n"
        "\"Our best estimate is roughly 1,050,000 killed and wounded,\" the official told a press conference ahead of "
        "a meeting of the alliance's 32 defence ministers, speaking on condition of anonymity under NATO's briefing "
        "rules.\n"
        "Of those, around 250,000 are believed to have been killed, the official said.\n"
        "Russian forces were losing more than 1,000 soldiers a day on average this year, the official added, while "
        "producing about 1,500 tanks a year, many of them refurbished from Soviet-era stocks.\n"
        "The official said the losses could exceed 1.3 million by the end of the year if the current pace of assaults "
        "continued.\n"
        "Ministers are expected to approve new capability targets and discuss raising defence spending to 3.5% of "
        "gross domestic product. NATO has more than 40,000 troops under its command on its eastern flank.\n"
        "The official declined to give a figure for Ukrainian losses.",
        (
            "russia personnel losses 1000000 - at_least cumulative * * 2025-06-04 western_officials false",
            "russia personnel losses 1050000 - approx cumulative * * 2025-06-04 western_officials false",
            "russia personnel killed 250000 - approx cumulative * * 2025-06-04 western_officials false",
            "russia personnel losses|killed 1000 - at_least rate 1 * 2025-06-04 western_officials false",
            "russia personnel losses 1300000 - at_least projection * * 2025-12-31|- western_officials true",
        ),
    ),
    Article(
        "russian_town_paper_funeral_today_district_dead",
        "2026-01-21",
        "Krasnoborsk says goodbye to Private Ilya Savin\n"
        "Krasnoborsk Courier, 21 January 2026\n"
        "The funeral of Private Ilya Savin, 29, who was killed in the special military operation zone on 3 January, "
        "will take place today at 11:00 at the Church of the Holy Trinity, the town administration said.\n"
        "Savin, a graduate of School No. 2, signed a contract with the Defence Ministry in March 2024 and served as a "
        "driver in the 1st Guards Tank Army. He leaves a wife and a five-year-old son.\n"
        "Since 2022, 64 men from Krasnoborsk and the surrounding district have been killed in the special military "
        "operation, according to the head of the district, Nikolai Gromov. Nine more are listed as missing.\n"
        "Three of the dead were buried in the past month alone, Mr Gromov told the Courier.\n"
        "The families of the fallen receive a one-off regional payment of 1 million roubles, and the district has "
        "named 12 streets after them. A memorial with their names is to be unveiled on 23 February.",
        (
            "russia personnel killed 64 - exact cumulative|period - 2022-01-01|2022-02-24|- 2026-01-21 ru_officials "
            "false",
            "russia personnel|people missing 9 - exact cumulative|period - 2022-01-01|2022-02-24|- 2026-01-21 "
            "ru_officials false",
            "russia personnel killed 3 - exact period 30|31|- * 2026-01-21|2025-12-21|2025-12-22 ru_officials false",
        ),
    ),
    Article(
        "wire_baltic_intelligence_annual_report_press_conference",
        "2026-02-10",
        "Estonian intelligence says Russia losing about 1,100 soldiers a day\n"
        "TALLINN, Feb 10 (Wire) - Russia is losing roughly 1,100 soldiers a day, killed and wounded, in its war "
        "against Ukraine, the head of Estonia's Foreign Intelligence Service said on Tuesday as the agency presented "
        "its annual report.\n"
        "Russia has lost more than 1.2 million troops killed and wounded since the start of the full-scale invasion, "
        "including an estimated 350,000 killed, Kaupo Rand told a news conference in Tallinn.\n"
        "Moscow has about 650,000 troops deployed in and around Ukraine and recruits some 30,000 men a month, he "
        "said. It produces roughly 250 tanks a year, he added, most of them modernised from old stocks.\n"
        "\"The losses are not slowing Russia down,\" Rand said. The 84-page report, the agency's 11th, says Russia "
        "could have 2 million men under arms by 2027.",
        (
            "russia personnel losses 1100 - approx rate 1 * 2026-02-10 other false",
            "russia personnel losses 1200000 - at_least cumulative * * 2026-02-10 other false",
            "russia personnel killed 350000 - approx|exact cumulative * * 2026-02-10 other false",
        ),
    ),
    Article(
        "kyiv_outlet_brigade_monthly_post_with_own_losses",
        "2025-12-02",
        "Brigade reports its own losses in rare monthly post\n"
        "The 118th Separate Mechanised Brigade, which holds positions near Huliaipole, published a summary of its work "
        "in November on Facebook, including, unusually, its own losses.\n"
        "\"In November, the brigade's losses were 17 killed, 46 wounded and 3 missing,\" the post said.\n"
        "Over the same period, the brigade said its drone operators had destroyed 9 tanks, 21 armoured vehicles and 64 "
        "motorcycles, and killed 438 Russian soldiers.\n"
        "The brigade received 120 new recruits and 14 pickup trucks donated by volunteers last month, the post said. "
        "It thanked the 2,300 donors who raised 8 million hryvnias for drones.\n"
        "Ukraine's General Staff does not publish Ukraine's own losses.",
        (
            "ukraine personnel killed 17 - exact period 30 2025-11-01 2025-11-30 ua_officials false",
            "ukraine personnel wounded 46 - exact period 30 2025-11-01 2025-11-30 ua_officials false",
            "ukraine personnel missing 3 - exact period 30 2025-11-01 2025-11-30 ua_officials false",
            "russia tanks destroyed 9 - exact period 30 2025-11-01 2025-11-30 ua_officials false",
            "russia armoured_vehicles destroyed 21 - exact period 30 2025-11-01 2025-11-30 ua_officials false",
            "russia vehicles|equipment destroyed 64 - exact period 30 2025-11-01 2025-11-30 ua_officials false",
            "russia personnel killed 438 - exact period 30 2025-11-01 2025-11-30 ua_officials false",
        ),
    ),
)
