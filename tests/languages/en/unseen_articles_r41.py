"""Round 41 of whole short articles written for these tests, in styles rounds 1 and 3 to 40 and p1 do not hold, with the
source, the span and the date in view: a US local paper's story on a volunteer killed in Ukraine, with the State
Department's count of Americans killed since the invasion, the paper's own count of the state's dead and the unit's
losses in a month told in a commander's letter, beside ages, years of service, a fundraiser's dollars and donors and a
street address that are no losses; a British tabloid's breathless piece under a headline in capitals ("PUTIN LOSING
... A DAY"), with "a staggering" total from "shock figures from Kyiv", a day's losses "in just 24 hours", a daily
average "UK intelligence chiefs believe" and a count "since January alone", beside conscripts wanted, a parade's troops,
"every two days" and a colonel's age; a long-read whose flashback paragraphs are dated relative to each other ("Two
years earlier", "That spring", "The following winter") with a toll in each; and a business paper's story on defence
production whose numbers are shells a month, tanks built or refurbished, drones to be bought, howitzers ordered,
contracts, shares and staff, with one estimate of tanks lost set against them. Names, places and numbers are invented
or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "us_local_paper_volunteer_state_department_count",
        "2025-10-14",
        "Loveland veteran killed fighting in Ukraine, family says\n"
        "LOVELAND - A 41-year-old Loveland man who served 12 years in the Marine Corps was killed Oct. 9 near "
        "Pokrovsk while fighting with a Ukrainian unit, his mother said Monday.\n"
        "Ethan Brooks joined Ukraine's International Legion in 2024, two years after he retired as a gunnery "
        "sergeant, said Linda Brooks, 68. \"He had watched 20 years of war on television and could not sit still,\" "
        "she said.\n"
        "His unit lost 14 soldiers in the fighting near Pokrovsk in September, his commander wrote to the family in a "
        "letter she shared with the Herald.\n"
        "A State Department spokesperson confirmed the death of a U.S. citizen in Ukraine and said the department was "
        "aware of 112 Americans killed in the country since February 2022. The spokesperson would not say how many "
        "had been fighting.\n"
        "Two other Coloradans have been killed fighting for Ukraine since 2023, according to a count kept by the "
        "Herald.\n"
        "A fundraiser set up by his sister to bring his body home had raised $38,000 from 610 donors by Tuesday "
        "afternoon. Services will be held at 10 a.m. Saturday at St. John's Church, 1400 Grant Ave.",
        (
            "ukraine personnel|foreign_fighters losses|killed 14 - exact period 30|- 2025-09-01|- "
            "2025-09-30|2025-09-01 ua_officials|other false",
            "ukraine personnel|people|foreign_fighters killed 112 - exact cumulative|period * 2022-02-24|2022-02-01|- "
            "2025-10-14|2025-10-13 us_officials false",
            "ukraine personnel|foreign_fighters killed 2 - exact period * 2023-01-01 2025-10-14 other false",
        ),
    ),
    Article(
        "british_tabloid_breathless_shock_figures",
        "2025-05-20",
        "PUTIN LOSING 1,000 TROOPS A DAY AS WAR MACHINE CRUMBLES\n"
        "Shock figures from Kyiv and UK intelligence lay bare the tyrant's staggering losses\n"
        "By Defence Editor TOM HARDY\n"
        "VLADIMIR Putin's war machine has lost a staggering 970,000 men in Ukraine, shock figures from Kyiv revealed "
        "last night.\n"
        "Ukraine's military said another 1,120 Russian troops were killed or wounded in just 24 hours - the "
        "equivalent of a whole regiment wiped out every two days.\n"
        "And UK intelligence chiefs believe the despot's forces are now losing an average of 1,040 soldiers a day, "
        "the highest rate of the war.\n"
        "The Ministry of Defence said in its latest update that Russia had also lost more than 3,500 armoured "
        "vehicles since January alone.\n"
        "Yet the Kremlin is pressing on. Hardliners want another 150,000 conscripts sent to the front, and Putin has "
        "ordered 10,000 troops to march across Red Square.\n"
        "A former British Army colonel, 62, told us: \"These are staggering numbers. Putin is feeding men into a "
        "mincer.\"",
        (
            "russia personnel losses 1000 - exact|approx rate 1 - * -|uk_mod|ua_general_staff|ua_officials false",
            "russia personnel losses 970000 - exact cumulative - - 2025-05-20|2025-05-19 ua_officials|ua_general_staff "
            "false",
            "russia personnel losses 1120 - exact period 1 * 2025-05-20|2025-05-19 ua_general_staff false",
            "russia personnel losses 1040 - exact rate 1 - * uk_mod false",
            "russia armoured_vehicles losses 3500 - at_least period -|140|139 2025-01-01 2025-05-20 uk_mod false",
        ),
    ),
    Article(
        "long_read_flashbacks_dated_relative_to_each_other",
        "2026-03-15",
        "Long read: The bridge at Bohdanivka\n"
        "The railway bridge at Bohdanivka is gone now, its spans in the river since a Russian missile hit them in "
        "August. Three soldiers who guarded it were killed in that strike, the local military administration said.\n"
        "It was here, in April 2024, that Lieutenant Colonel Andriy Melnyk's battalion of Ukraine's 41st Mechanised "
        "Brigade held out for 19 days. By the "
        "time the order came to pull back, 27 of his men had been killed, according to the battalion's own records.\n"
        "Two years earlier, the bridge had cost the other side dearly. In a single night, Russian paratroopers lost 11 "
        "armoured vehicles trying to cross it, the regional governor said at the time.\n"
        "That spring, Melnyk's men were refitted in Dnipro with 300 recruits and 40 pickups donated from abroad. A "
        "week later they were back at the bridge.\n"
        "The following winter was the worst. Between December and February his battalion lost 38 men killed and 90 "
        "wounded, Melnyk says.\n"
        "Today the town has 4,200 residents, a quarter of its pre-war population. Melnyk, 47, commands a brigade of "
        "3,000 troops.",
        (
            "ukraine personnel killed 3 - exact period * * 2025-08-31|2025-08-01 ua_officials false",
            "ukraine personnel killed 27 - exact period 19|30|- 2024-04-01|- 2024-04-30|2024-04-01 ua_officials false",
            "russia armoured_vehicles losses|destroyed 11 - exact period 1|- * 2022-04-30|2022-04-01 ua_officials "
            "false",
            "ukraine personnel killed 38 - exact period * 2024-12-01|- 2025-02-28|2024-12-01 ua_officials|other false",
            "ukraine personnel wounded 90 - exact period * 2024-12-01|- 2025-02-28|2024-12-01 ua_officials|other false",
        ),
    ),
    Article(
        "business_paper_defence_production_one_loss_estimate",
        "2025-06-12",
        "Defence stocks: Europe's shell makers race to catch up\n"
        "FRANKFURT - Europe's arms makers will turn out about 2 million artillery shells this year, up from 300,000 "
        "in 2022, the European Commission said on Wednesday, as governments signed contracts worth a combined "
        "EUR 8.4bn.\n"
        "Russia, by contrast, is making some 250,000 shells a month and built or refurbished 1,500 tanks last year, "
        "according to the International Institute for Strategic Studies (IISS).\n"
        "Those numbers have to be set against the battlefield. The IISS estimates that Russia has lost more than "
        "4,000 main battle tanks since February 2022, which is why most of the tanks that leave its factories are "
        "Soviet hulls pulled out of storage.\n"
        "Ukraine plans to buy 4.5 million drones this year, its strategic industries ministry said, and has ordered "
        "120 self-propelled howitzers from a Czech-Slovak consortium.\n"
        "Shares in Europe's biggest ammunition maker rose 3.2% on Wednesday, taking their gain this year to 140%. The "
        "company employs 31,000 people and plans to open four new plants by 2027.",
        (
            "russia tanks losses 4000 - at_least cumulative - -|2022-02-24 2025-06-12 other false",
        ),
    ),
)
