"""Round 59c of whole short articles written for these tests, in live-blog, factbox, agency and column styles, with
the source, the span and the date in view: a broadsheet's live blog of one day under clock times in GMT whose entries
raise a strike's toll ("has risen to nine", "has climbed to 27") and relay the General Staff's day, beside a rescue
search that is no loss; a wire "FACTBOX" of estimates in capitalised source bullets ("* U.S. OFFICIALS:"), each with
its own source and month ("figures released by", "statement ..., seen by"), beside a project's methods; a
Moscow-datelined agency story under a dateline with a weekday only ("MOSCOW, Saturday (Agency) -") on the Russian
ministry's daily claims and totals "since the start of the special military operation", answered by a Ukrainian
spokesperson's denial and own count "in the first 48 hours of" a push, with the ministry's last toll of its own dead
years before; a US local paper's story on a town's volunteer killed "last Thursday", with his squad's wounded told by
his sister, the State Department's count of Americans killed and the foreign legion's count "earlier this month",
beside ages, a school year, a fundraiser's dollars and donors and a street address; a weekend analysis of a spring
offensive's equipment losses counted from photographs ("visually confirmed", destroyed, damaged, abandoned) over the
offensive, in its first 48 hours and "since the front stabilised", a rate "posted on X", beside a column's length;
and a monthly "war in numbers" column with one figure per line ("1,240 - ... (General Staff)"), the source in
brackets, over the course of the month and on a stated day, beside drones launched, prisoners returned and aid.
Names, places and numbers are invented; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "broadsheet_live_blog_gmt_entries_raise_a_toll",
        "2026-05-21",
        "Russia-Ukraine war live: toll in Kryvyi Rih missile strike rises to 14\n"
        "08:05 GMT\n"
        "A Russian missile struck a residential block in the central city of Kryvyi Rih overnight, killing six "
        "people, the head of the city's defence council, Anton Valko, said on Telegram. At least 20 people were "
        "injured, he said.\n"
        "09:40 GMT\n"
        "Ukraine's General Staff says Russia lost 1,050 troops over the past 24 hours, bringing its total since the "
        "full-scale invasion to 1,312,770. The military also reported nine tanks and 31 artillery systems destroyed "
        "over the same period.\n"
        "11:15 GMT\n"
        "The death toll in Kryvyi Rih has risen to nine, Valko said in an update. Two of the dead were children, he "
        "added.\n"
        "13:30 GMT\n"
        "Russia's defence ministry says its air defences destroyed 48 Ukrainian drones over the Bryansk, Kursk and "
        "Oryol regions since midnight Moscow time.\n"
        "15:50 GMT\n"
        "Rescue workers are still searching the rubble in Kryvyi Rih. The number of injured has climbed to 27, a "
        "spokesperson for the regional military administration told reporters.\n"
        "18:20 GMT\n"
        "The death toll from this morning's strike on Kryvyi Rih has risen to 14, including three children, the "
        "regional governor, Serhiy Lysenko, said. Eleven of the injured remain in hospital.",
        (
            "ukraine people|civilians killed 14 - exact period * * 2026-05-21 ua_officials false",
            "ukraine people|civilians killed 6 - exact period 1|- * 2026-05-21 ua_officials false",
            "ukraine people|civilians wounded 20 - at_least period 1|- * 2026-05-21 ua_officials false",
            "russia personnel losses 1050 - exact period 1 * 2026-05-21|2026-05-20 ua_general_staff false",
            "russia personnel losses 1312770 - exact cumulative * * 2026-05-21 ua_general_staff false",
            "russia tanks destroyed 9 - exact period 1 * 2026-05-21|2026-05-20 ua_general_staff false",
            "russia artillery destroyed 31 - exact period 1 * 2026-05-21|2026-05-20 ua_general_staff false",
            "ukraine people|civilians killed 9 - exact period * * 2026-05-21 ua_officials false",
            "ukraine civilians killed 2 - exact period * * 2026-05-21 ua_officials false",
            "ukraine drones destroyed 48 - exact period 1|- * 2026-05-21 ru_mod false",
            "ukraine people|civilians wounded 27 - exact period * * 2026-05-21 ua_officials false",
            "ukraine civilians killed 3 - exact period * * 2026-05-21 ua_officials false",
            "ukraine people|civilians wounded 11 - exact period * * 2026-05-21 ua_officials false",
        ),
    ),
    Article(
        "wire_factbox_estimates_in_capitalised_source_bullets",
        "2026-06-04",
        "FACTBOX-How many soldiers have Russia and Ukraine lost? Estimates vary widely\n"
        "June 4 (Wire) - Neither Russia nor Ukraine publishes full figures for its own military dead. Below are some "
        "of the estimates of losses in the war, which began in February 2022:\n"
        "* UKRAINE'S GENERAL STAFF: Russia has lost about 1,331,000 personnel killed and wounded since the invasion, "
        "according to figures released by the General Staff on June 3. The same update lists 11,980 Russian tanks "
        "destroyed.\n"
        "* MEDIAZONA AND BBC RUSSIAN: The two outlets have confirmed the names of 152,400 Russian soldiers killed as "
        "of May 29. They say the real toll is far higher.\n"
        "* U.S. OFFICIALS: Russia has suffered roughly 950,000 casualties, including as many as 250,000 dead, a U.S. "
        "official said in April, speaking on condition of anonymity.\n"
        "* UKRAINE'S PRESIDENT: The president said in a televised interview in February that 52,000 Ukrainian "
        "soldiers had been killed and 380,000 wounded. Kyiv has not updated the figures since.\n"
        "* RUSSIA'S DEFENCE MINISTRY: Ukraine has lost more than 1.1 million servicemen since the start of the war, "
        "the ministry's statement of May 30, seen by Wire, said.\n"
        "* UALOSSES: The volunteer project, which collects obituaries and court records, has listed 93,600 Ukrainian "
        "soldiers killed and 71,200 missing.\n"
        "(Compiled by Anna Petrenko; Editing by Hugh Lawson)",
        (
            "russia personnel losses 1331000 - approx cumulative * * 2026-06-03 ua_general_staff false",
            "russia tanks destroyed 11980 - exact cumulative * * 2026-06-03 ua_general_staff false",
            "russia personnel killed 152400 - exact cumulative * * 2026-05-29 mediazona false",
            "russia personnel losses 950000 - approx cumulative * * 2026-04-01|2026-04-30 us_officials false",
            "russia personnel killed 250000 - at_most cumulative * * 2026-04-01|2026-04-30 us_officials false",
            "ukraine personnel killed 52000 - exact cumulative * * 2026-02-01|2026-02-28 ua_president false",
            "ukraine personnel wounded 380000 - exact cumulative * * 2026-02-01|2026-02-28 ua_president false",
            "ukraine personnel losses 1100000 - at_least cumulative * * 2026-05-30 ru_mod false",
            "ukraine personnel killed 93600 - exact cumulative * * 2026-06-04 other false",
            "ukraine personnel missing 71200 - exact cumulative * * 2026-06-04 other false",
        ),
    ),
    Article(
        "moscow_agency_weekday_dateline_ministry_claims_and_denial",
        "2026-06-13",
        "Russia says its forces repelled Ukrainian attacks in Zaporizhzhia, killing up to 380 soldiers\n"
        "MOSCOW, Saturday (Agency) - Russian forces repelled eight Ukrainian counterattacks in the Zaporizhzhia "
        "region over the past day, inflicting losses of up to 380 servicemen on the enemy, the Russian Defence "
        "Ministry said in its daily briefing.\n"
        "Units of the Dnepr group of forces also destroyed two tanks, five armoured fighting vehicles and three "
        "field artillery guns, the ministry said. Air defences shot down 56 Ukrainian drones and four HIMARS "
        "rockets over the past day, it added.\n"
        "Since the start of the special military operation, Ukraine has lost 672 aircraft, 28,870 unmanned aerial "
        "vehicles and 25,410 tanks and other armoured combat vehicles, according to the ministry.\n"
        "Kyiv rejected the figures. \"These numbers have nothing to do with reality,\" Vadym Solohub, a spokesperson "
        "for Ukraine's Tavria group of forces, told Ukrainian television. He said Russian troops had lost 412 "
        "soldiers and 14 armoured vehicles in the Zaporizhzhia sector in the first 48 hours of their latest push, "
        "which began on Thursday.\n"
        "The agency could not independently verify either side's claims. The Russian ministry last gave a figure "
        "for its own dead in September 2022, when it said 5,810 servicemen had been killed.",
        (
            "ukraine personnel losses 380 - at_most period 1 * 2026-06-13 ru_mod false",
            "ukraine tanks destroyed 2 - exact period 1|- * 2026-06-13 ru_mod false",
            "ukraine armoured_vehicles destroyed 5 - exact period 1|- * 2026-06-13 ru_mod false",
            "ukraine artillery destroyed 3 - exact period 1|- * 2026-06-13 ru_mod false",
            "ukraine drones destroyed 56 - exact period 1 * 2026-06-13 ru_mod false",
            "ukraine missiles destroyed 4 - exact period 1 * 2026-06-13 ru_mod false",
            "ukraine aircraft losses|destroyed 672 - exact cumulative * * 2026-06-13 ru_mod false",
            "ukraine drones losses|destroyed 28870 - exact cumulative * * 2026-06-13 ru_mod false",
            "ukraine armoured_vehicles|tanks losses|destroyed 25410 - exact cumulative * * 2026-06-13 ru_mod false",
            "russia personnel losses 412 - exact period 2 2026-06-11 2026-06-12|2026-06-13 ua_officials false",
            "russia armoured_vehicles losses 14 - exact period 2 2026-06-11 2026-06-12|2026-06-13 ua_officials false",
            "russia personnel killed 5810 - exact cumulative * * 2022-09-01|2022-09-30 ru_mod false",
        ),
    ),
    Article(
        "us_local_paper_town_volunteer_killed_with_national_counts",
        "2026-06-19",
        "Millbrook man killed fighting in Ukraine, family says\n"
        "By Jenna Ortiz, Staff Writer\n"
        "A 34-year-old Millbrook man who joined Ukraine's International Legion last year was killed in fighting in "
        "the Donetsk region last Thursday, his family said.\n"
        "Army veteran Caleb Dunmore, a 2010 graduate of Millbrook High School, died when Russian artillery hit his "
        "unit's position near the town of Kostiantynivka, his sister, Rachel Dunmore, said Monday. Two other members "
        "of his squad were wounded in the same strike, she said.\n"
        "The State Department has confirmed the deaths of at least 31 Americans fighting for Ukraine since the "
        "full-scale invasion began, a spokesperson for the department told the Courier in an email.\n"
        "Figures released by the International Legion earlier this month put the number of foreign volunteers killed "
        "in its ranks at more than 1,200, from 57 countries.\n"
        "An online fundraiser set up by his family had raised $48,000 from 610 donors by Wednesday. A vigil is "
        "planned for 7 p.m. Saturday at Veterans Park, 112 Elm Street.",
        (
            "ukraine personnel wounded 2 - exact period * * 2026-06-11|2026-06-18 other false",
            "ukraine personnel killed 31 - at_least cumulative * * 2026-06-19 us_officials false",
            "ukraine personnel killed 1200 - at_least cumulative * * 2026-06-01|2026-06-19 ua_officials false",
        ),
    ),
    Article(
        "weekend_analysis_visually_confirmed_equipment_of_a_campaign",
        "2026-05-30",
        "Analysis: Russia's spring offensive cost it hundreds of armoured vehicles, photographs show\n"
        "Over the course of the spring offensive, which began on March 2, Russian forces lost at least 412 armoured "
        "vehicles and 96 tanks that can be visually confirmed, according to a tally by the open-source analysts of "
        "the Frontline Ledger project, who count only losses they can verify from photographs and video.\n"
        "Of the tanks, 71 were destroyed, 14 damaged and 11 abandoned by their crews, the tally shows.\n"
        "In the first 48 hours of the offensive alone, the group documented 38 lost armoured vehicles, most of them "
        "in a single column near the village of Zelene Pole.\n"
        "Ukraine's losses were lower but not trivial: 27 tanks and 64 armoured vehicles visually confirmed over the "
        "same period, the group says.\n"
        "Since the front stabilised in late April, Russian losses have slowed to about two armoured vehicles a day, "
        "the analysts posted on X.\n"
        "Ukraine's General Staff, which counts differently, says Russia has lost 24,870 armoured combat vehicles "
        "since the invasion.\n"
        "The column near Zelene Pole stretched for almost 3 kilometres, the analysts said.",
        (
            "russia armoured_vehicles losses 412 - at_least period * 2026-03-02 2026-05-30 other false",
            "russia tanks losses 96 - at_least|exact period * 2026-03-02 2026-05-30 other false",
            "russia tanks destroyed 71 - exact period * 2026-03-02 2026-05-30 other false",
            "russia tanks damaged 14 - exact period * 2026-03-02 2026-05-30 other false",
            "russia tanks abandoned 11 - exact period * 2026-03-02 2026-05-30 other false",
            "russia armoured_vehicles losses 38 - exact period 2 2026-03-02 2026-03-03|2026-03-04 other false",
            "ukraine tanks losses 27 - exact period * 2026-03-02 2026-05-30 other false",
            "ukraine armoured_vehicles losses 64 - exact period * 2026-03-02 2026-05-30 other false",
            "russia armoured_vehicles losses 2 - approx rate 1 * 2026-05-30 other false",
            "russia armoured_vehicles losses 24870 - exact cumulative * * 2026-05-30 ua_general_staff false",
        ),
    ),
    Article(
        "monthly_war_in_numbers_column_one_figure_a_line",
        "2026-07-01",
        "The war in numbers: June\n"
        "Our monthly look at the conflict through its figures, with the source of each in brackets.\n"
        "1,240 - Russian personnel losses on June 17, the highest of any single day this month (Ukraine's General "
        "Staff)\n"
        "31,880 - Russian troops killed or wounded over the course of the month (General Staff)\n"
        "1,338,600 - Russian personnel losses since the full-scale invasion, as of June 30 (General Staff)\n"
        "232 - civilians killed in Ukraine in June, according to the UN human rights monitoring mission\n"
        "1,105 - civilians injured over the same period (UN)\n"
        "17 - children among those killed (UN)\n"
        "5,720 - drones Russia launched at Ukraine during the month (Ukrainian Air Force)\n"
        "4,980 - Russian drones shot down over the month (Air Force)\n"
        "2 - Russian landing craft the navy said it sank near Crimea last Thursday (Ukrainian Navy)\n"
        "16 - Ukrainian prisoners of war brought home in the month's only exchange\n"
        "$2.3bn - military aid pledged at the allies' June summit",
        (
            "russia personnel losses 1240 - exact period 1|- * 2026-06-17 ua_general_staff false",
            "russia personnel losses 31880 - exact period 30|- 2026-06-01|- 2026-06-30|2026-07-01 ua_general_staff "
            "false",
            "russia personnel losses 1338600 - exact cumulative * * 2026-06-30 ua_general_staff false",
            "ukraine civilians killed 232 - exact period * * 2026-06-30 un false",
            "ukraine civilians wounded 1105 - exact period * * 2026-06-30 un false",
            "ukraine civilians killed 17 - exact period * * 2026-06-30 un false",
            "russia drones destroyed 4980 - exact period * * 2026-06-30|2026-07-01 ua_officials false",
            "russia ships destroyed 2 - exact period * * 2026-06-25 ua_officials false",
        ),
    ),
)
