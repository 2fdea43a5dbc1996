"""Round 60u: structure twins. Ten whole short articles written for these tests, each keeping the constructions of
a kind of passage the extractor meets (how the source is named, how the span and the date are said, lists, hedges,
decoys) in other words: a ministry's totals for a cross-border incursion with a list of armoured kinds and a part
of the launchers; a night of strikes told in the article's own voice, then by the president, the air force (downed
and vanished drones), rescuers and a governor; a British minister's figures to parliament with a subset list and a
comparison with another war's dead; a think tank's study with ranges and "up to" deaths beside a government's own
admission, an outlet's named dead and a president's interview; an open-source tally broken down by what befell the
vehicles, answered by the General Staff; a UN mission's monthly counts with children as parts and an earlier month;
a General Staff day in prose with a conditional total and months' figures said "respectively"; a milestone total
with a quoted share, yearly lines with daily averages, the first days of the count and record days; a General Staff
day beside the last official tolls of both sides; and a day "between Tuesday and Wednesday" with the day before's
totals and Western officials' range for a battle. Names, places and numbers are invented; nothing is copied from
any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "ministry_incursion_totals_with_armoured_kinds_and_a_part",
        "2026-05-18",
        "Ukraine's losses in Belgorod incursion top 52,300, Moscow says\n"
        "Kyiv has lost more than 52,300 servicemen and hundreds of armoured vehicles since its forces crossed into "
        "Russia's Belgorod region, Russia's Defence Ministry said on Monday.\n"
        "Over the course of the operation, the ministry's statement went on, Ukrainian units had been stripped of "
        "287 tanks, 219 infantry fighting vehicles, 176 armoured personnel carriers, 1,540 other armoured combat "
        "vehicles, 1,962 motor vehicles, 433 artillery pieces and 48 multiple rocket launchers, 11 of them US-made "
        "HIMARS, as well as 22 air defence systems.\n"
        "The ministry gave no figure for its own dead. Kyiv has not commented, and the numbers could not be "
        "independently checked.",
        (
            "ukraine personnel losses 52300 - at_least period * * 2026-05-18 ru_mod false",
            "ukraine tanks losses 287 - exact period * * 2026-05-18 ru_mod false",
            "ukraine armoured_vehicles losses 219 - exact period * * 2026-05-18 ru_mod false",
            "ukraine armoured_vehicles losses 176 - exact period * * 2026-05-18 ru_mod false",
            "ukraine armoured_vehicles losses 1540 - exact period * * 2026-05-18 ru_mod false",
            "ukraine vehicles losses 1962 - exact period * * 2026-05-18 ru_mod false",
            "ukraine artillery losses 433 - exact period * * 2026-05-18 ru_mod false",
            "ukraine mlrs losses 48 - exact period * * 2026-05-18 ru_mod false",
            "ukraine mlrs losses 11 - exact period * * 2026-05-18 ru_mod false",
            "ukraine air_defence losses 22 - exact period * * 2026-05-18 ru_mod false",
        ),
    ),
    Article(
        "night_of_strikes_own_voice_president_air_force_governor",
        "2026-03-12",
        "Russian strikes overnight into Thursday killed at least 37 people across Ukraine, 33 of them in the city of "
        "Sumy, where missiles slammed into a college campus.\n"
        "President Zelensky wrote on Telegram that, according to initial information, two Iskander missiles had hit "
        "the campus and a clinic beside it, and that at least 150 people had been hurt.\n"
        "Ukraine's air force reported that air defences had intercepted 19 drones during the night, while four more "
        "had vanished from radar.\n"
        "In Kharkiv, rescuers pulled a mother and her two sons alive from the ruins of their house; all three were "
        "taken to hospital with injuries.\n"
        "Two people died and at least nine were wounded when a missile struck Zaporizhzhia, the regional governor "
        "said.",
        (
            "ukraine people killed 37 - at_least period * * 2026-03-12 - false",
            "ukraine people|personnel killed 33 - exact|at_least period * * 2026-03-12 -|ua_president false",
            "ukraine people wounded 150 - at_least period * * 2026-03-12 ua_president false|true",
            "russia drones destroyed 19 - exact period 1|- * 2026-03-12 ua_officials false",
            "russia drones losses 4 - exact period 1|- * 2026-03-12 ua_officials false",
            "ukraine civilians|people wounded 3 - exact period * * 2026-03-12 -|ua_officials false",
            "ukraine civilians|people killed 2 - exact period * * 2026-03-12 ua_officials false",
            "ukraine civilians|people wounded 9 - at_least period * * 2026-03-12 ua_officials false",
        ),
    ),
    Article(
        "british_minister_to_parliament_with_subset_list_and_other_war",
        "2026-06-08",
        "Roughly 22,000 Russian soldiers have died since the invasion began, Britain's foreign secretary told MPs "
        "on Monday.\n"
        "Citing the latest intelligence assessments, she said upwards of 3,100 Russian armoured vehicles had been "
        "knocked out or seized, among them at least 710 tanks, 640 armoured personnel carriers and 690 infantry "
        "fighting vehicles.\n"
        "Moscow had also lost over 85 fighter jets and helicopters, she added.\n"
        "Russia's dead already outnumber many times over the British troops killed in Afghanistan (457) and "
        "Iraq (179) together, MPs were reminded.",
        (
            "russia personnel killed 22000 - approx cumulative * * 2026-06-08 uk_officials false",
            "russia armoured_vehicles losses 3100 - at_least cumulative * * 2026-06-08 uk_officials false|true",
            "russia tanks losses 710 - at_least cumulative * * 2026-06-08 uk_officials false|true",
            "russia armoured_vehicles losses 640 - at_least|exact cumulative * * 2026-06-08 uk_officials false|true",
            "russia armoured_vehicles losses 690 - at_least|exact cumulative * * 2026-06-08 uk_officials false|true",
            "russia equipment|aircraft|helicopters losses 85 - at_least cumulative * * 2026-06-08 uk_officials false",
            "united_kingdom|britain personnel killed 457 - exact cumulative * * * -|uk_officials "
            "false",
            "united_kingdom|britain personnel killed 179 - exact cumulative * * * -|uk_officials "
            "false",
        ),
    ),
    Article(
        "think_tank_study_ranges_beside_admission_outlet_and_interview",
        "2026-11-18",
        "Russia has sustained about 950,000 casualties, among them as many as 250,000 dead, from the start of its "
        "full-scale invasion until the end of October, according to a study the Royal United Services Institute "
        "published on Wednesday.\n"
        "The London think tank put Ukraine's casualties at 380,000 to 420,000, with up to 110,000 killed.\n"
        "Moscow has officially confirmed a little over 6,100 deaths among its troops. The independent outlet "
        "Mediazona, working with BBC Russian and volunteers, has so far identified by name more than 135,000 "
        "Russian soldiers killed.\n"
        "Speaking to CBS in March 2025, President Zelensky said over 45,000 Ukrainian troops had died since the "
        "invasion.",
        (
            "russia personnel losses 950000 - approx cumulative * * 2026-10-31|2026-11-18 other false",
            "russia personnel killed 250000 - at_most cumulative * * 2026-10-31|2026-11-18 other false",
            "ukraine personnel losses 380000 420000 range cumulative * * 2026-10-31|2026-11-18 other false",
            "ukraine personnel killed 110000 - at_most cumulative * * 2026-10-31|2026-11-18 other false",
            "russia personnel killed 6100 - at_least|approx cumulative * * 2026-11-18 ru_mod|ru_officials false",
            "russia personnel killed 135000 - at_least cumulative * * 2026-11-18 mediazona false",
            "ukraine personnel killed 45000 - at_least cumulative * * 2025-03-01|2025-03-15|2025-03-31 ua_president "
            "false",
        ),
    ),
    Article(
        "open_source_tally_by_fate_answered_by_general_staff",
        "2026-04-05",
        "More than 3,100 infantry fighting vehicles: open-source tally lays bare Russia's losses\n"
        "The Oryx project, which counts only losses documented by photos or video, says Russia has lost no fewer "
        "than 3,127 infantry fighting vehicles since it invaded in February 2022.\n"
        "Of that total, 2,046 were destroyed outright, while 189 were damaged. A further 204 were abandoned by "
        "their crews and 688 fell into Ukrainian hands.\n"
        "Kyiv's own figures are far higher. Ukraine's General Staff puts Russia's losses at 8,940 armoured combat "
        "vehicles.",
        (
            "russia armoured_vehicles losses 3100 - at_least cumulative * * 2026-04-05 oryx|- false",
            "russia armoured_vehicles losses 3127 - at_least cumulative * * 2026-04-05 oryx false",
            "russia armoured_vehicles destroyed 2046 - exact cumulative * * 2026-04-05 oryx false",
            "russia armoured_vehicles damaged 189 - exact cumulative * * 2026-04-05 oryx false",
            "russia armoured_vehicles abandoned 204 - exact cumulative * * 2026-04-05 oryx false",
            "russia armoured_vehicles captured 688 - exact cumulative * * 2026-04-05 oryx false",
            "russia armoured_vehicles losses 8940 - exact cumulative * * 2026-04-05 ua_general_staff|ua_officials "
            "false",
        ),
    ),
    Article(
        "un_mission_month_with_children_parts_and_earlier_month",
        "2026-11-10",
        "UN: at least 1,650 civilians killed or wounded in Ukraine in October\n"
        "Russian attacks killed no fewer than 243 civilians across Ukraine in October and wounded 1,410 more, the "
        "UN Human Rights Monitoring Mission said on Tuesday, making it the deadliest month for civilians this "
        "year.\n"
        "Children accounted for 14 of the dead and 88 of the injured, the mission said.\n"
        "In its report on April, published in May, the mission counted more than 700 civilians killed or wounded "
        "that month, 61 of them children.",
        (
            "ukraine civilians losses 1650 - at_least period 31|- * 2026-10-31|2026-11-10 un false",
            "ukraine civilians killed 243 - at_least period 31|- * 2026-10-31|2026-11-10 un false",
            "ukraine civilians wounded 1410 - at_least|exact period 31|- * 2026-10-31|2026-11-10 un false",
            "ukraine civilians killed 14 - exact period 31|- * 2026-10-31|2026-11-10 un false",
            "ukraine civilians wounded 88 - exact period 31|- * 2026-10-31|2026-11-10 un false",
            "ukraine civilians losses 700 - at_least period 30|- * 2026-04-30 un false",
            "ukraine civilians losses 61 - exact period 30|- * 2026-04-30 un false",
        ),
    ),
    Article(
        "general_staff_day_conditional_total_and_months_respectively",
        "2026-10-14",
        "Ukraine's General Staff reported on Wednesday that Russian forces had lost 1,260 troops, 47 artillery "
        "systems and 88 drones over the previous 24 hours.\n"
        "Within the same period, according to the update, Russia also lost six tanks, three air defence systems, "
        "131 vehicles and one warplane.\n"
        "Should these numbers be confirmed, Russia's losses since the full-scale invasion began would stand at "
        "1,108,450 personnel, 33,910 artillery systems and 72,305 drones.\n"
        "Summer was the costliest season yet for Russia's guns: in June and July, 1,604 and 1,588 artillery systems "
        "were destroyed, respectively. Personnel losses passed 36,000 in June alone and climbed to 39,420 in "
        "August. In a single week of August, Russia lost about 10,500 men.\n"
        "April was the worst month for Russian tanks, with 402 lost, followed by 344 in May and 276 in August.",
        (
            "russia personnel losses 1260 - exact period 1 * 2026-10-14|2026-10-13 ua_general_staff false",
            "russia artillery losses 47 - exact period 1 * 2026-10-14|2026-10-13 ua_general_staff false",
            "russia drones losses 88 - exact period 1 * 2026-10-14|2026-10-13 ua_general_staff false",
            "russia tanks losses 6 - exact period 1 * 2026-10-14|2026-10-13 ua_general_staff false",
            "russia air_defence losses 3 - exact period 1 * 2026-10-14|2026-10-13 ua_general_staff false",
            "russia vehicles losses 131 - exact period 1 * 2026-10-14|2026-10-13 ua_general_staff false",
            "russia aircraft losses 1 - exact period 1 * 2026-10-14|2026-10-13 ua_general_staff false",
            "russia personnel losses 1108450 - exact cumulative * * 2026-10-14 ua_general_staff true",
            "russia artillery losses 33910 - exact cumulative * * 2026-10-14 ua_general_staff true",
            "russia drones losses 72305 - exact cumulative * * 2026-10-14 ua_general_staff true",
            "russia artillery destroyed 1604 - exact period 30|- * 2026-06-30 -|ua_mod|ua_general_staff false",
            "russia artillery destroyed 1588 - exact period 31|- * 2026-07-31 -|ua_mod|ua_general_staff false",
            "russia personnel losses 36000 - at_least period 30|- * 2026-06-30 -|ua_mod|ua_general_staff false",
            "russia personnel losses 39420 - exact period 31|- * 2026-08-31 -|ua_mod|ua_general_staff false",
            "russia personnel losses 10500 - approx period 7 * 2026-08-01|2026-08-15|2026-08-31 "
            "-|ua_mod|ua_general_staff false",
            "russia tanks losses 402 - exact period 30|- * 2026-04-30 -|ua_mod|ua_general_staff false",
            "russia tanks losses 344 - exact period 31|- * 2026-05-31 -|ua_mod|ua_general_staff false",
            "russia tanks losses 276 - exact period 31|- * 2026-08-31 -|ua_mod|ua_general_staff false",
        ),
    ),
    Article(
        "milestone_total_yearly_lines_first_days_and_record_days",
        "2026-08-20",
        "Russian losses pass 1.3 million, Kyiv says\n"
        "Russia has now lost more than 1.3 million troops killed, wounded or otherwise put out of action, Ukraine's "
        "General Staff said in its update of August 20.\n"
        "The General Staff added that another 980 Russian casualties were recorded on August 19 alone.\n"
        "\"Over 540,000 of them fell in the last twelve months,\" the military said.\n"
        "The yearly toll, by the General Staff's count:\n"
        "2023 - 251,400 soldiers lost, or 689 a day on average\n"
        "2025 - 418,250 soldiers, or 1,146 a day on average\n"
        "2026 (to August 1) - 276,900 soldiers, or 1,306 a day on average\n"
        "When Kyiv began publishing the tally on February 27, 2022, it counted 4,300 Russians killed and 120 taken "
        "prisoner. A day later the figure had grown to 4,500, and by March 2 it stood at 5,300 after checks.\n"
        "Heaviest single days:\n"
        "October 14, 2025 - 1,970 casualties\n"
        "January 9, 2026 - 2,080 casualties",
        (
            "russia personnel losses 1300000 - at_least cumulative * * 2026-08-20 ua_general_staff false",
            "russia personnel losses 980 - exact period 1 * 2026-08-19 ua_general_staff false",
            "russia personnel losses 540000 - at_least period 365|- * 2026-08-20 ua_general_staff false",
            "russia personnel losses 251400 - exact period 365|- * 2023-12-31 ua_general_staff|- false",
            "russia personnel losses 689 - exact rate 1 * 2023-12-31 ua_general_staff|- false",
            "russia personnel losses 418250 - exact period 365|- * 2025-12-31 ua_general_staff|- false",
            "russia personnel losses 1146 - exact rate 1 * 2025-12-31 ua_general_staff|- false",
            "russia personnel losses 276900 - exact period 213|212|- * 2026-08-01 ua_general_staff|- false",
            "russia personnel losses 1306 - exact rate 1 * 2026-08-01 ua_general_staff|- false",
            "russia personnel killed 4300 - exact cumulative * * 2022-02-27 ua_general_staff|ua_officials|- false",
            "russia personnel captured 120 - exact cumulative * * 2022-02-27 ua_general_staff|ua_officials|- false",
            "russia personnel killed|losses 4500 - exact cumulative * * 2022-02-28 ua_general_staff|ua_officials|- "
            "false",
            "russia personnel killed|losses 5300 - exact cumulative * * 2022-03-02 ua_general_staff|ua_officials|- "
            "false",
            "russia personnel losses 1970 - exact period 1 * 2025-10-14 ua_general_staff|- false",
            "russia personnel losses 2080 - exact period 1 * 2026-01-09 ua_general_staff|- false",
        ),
    ),
    Article(
        "general_staff_day_beside_last_official_tolls",
        "2026-02-16",
        "In the 24 hours to February 16, Russian forces lost 1,340 soldiers killed or wounded and 22 armoured "
        "combat vehicles, Ukraine's General Staff said.\n"
        "Ukrainian troops also destroyed nine more tanks, 41 artillery systems, 73 drones, two cruise missiles, 96 "
        "vehicles and three pieces of special equipment, it added.\n"
        "Russia's last official toll came in October 2022, when its defence ministry said 6,050 soldiers had been "
        "killed. By mid-January, Mediazona and the BBC's Russian service had confirmed the names of 158,400 Russian "
        "soldiers killed in the war.\n"
        "Kyiv last gave its own figures on February 2, when President Zelensky said 46,500 Ukrainian troops had "
        "died and about 390,000 had been wounded.",
        (
            "russia personnel losses 1340 - exact period 1 * 2026-02-16 ua_general_staff false",
            "russia armoured_vehicles losses 22 - exact period 1 * 2026-02-16 ua_general_staff false",
            "russia tanks destroyed 9 - exact period 1 * 2026-02-16 ua_general_staff false",
            "russia artillery destroyed 41 - exact period 1 * 2026-02-16 ua_general_staff false",
            "russia drones destroyed 73 - exact period 1 * 2026-02-16 ua_general_staff false",
            "russia missiles destroyed 2 - exact period 1 * 2026-02-16 ua_general_staff false",
            "russia vehicles destroyed 96 - exact period 1 * 2026-02-16 ua_general_staff false",
            "russia special_equipment destroyed 3 - exact period 1 * 2026-02-16 ua_general_staff false",
            "russia personnel killed 6050 - exact cumulative * * 2022-10-01|2022-10-15|2022-10-31 ru_mod false",
            "russia personnel killed 158400 - exact cumulative * * 2026-01-15|2026-01-01|2026-01-31 mediazona false",
            "ukraine personnel killed 46500 - exact cumulative * * 2026-02-02 ua_president false",
            "ukraine personnel wounded 390000 - approx cumulative * * 2026-02-02 ua_president false",
        ),
    ),
    Article(
        "day_between_weekdays_with_previous_totals_and_battle_range",
        "2026-05-13",
        "Between Tuesday and Wednesday, Russian forces lost 870 troops and 17 armoured vehicles, seven of them "
        "tanks, according to figures released by Ukraine's armed forces.\n"
        "That leaves seven tanks and ten armoured fighting vehicles lost over the same day.\n"
        "Since the start of the invasion, Russia has had 1,231,640 soldiers killed or wounded, the General Staff "
        "said, and over the whole war it has lost 11,905 tanks and 24,710 armoured fighting vehicles.\n"
        "The military's Tuesday report had put those totals at 1,230,770 troops, 11,898 tanks and 24,700 armoured "
        "fighting vehicles.\n"
        "Western officials, meanwhile, estimate that 15,000 to 25,000 Russian soldiers have been killed or wounded "
        "in the fight for Kostiantynivka.",
        (
            "russia personnel losses 870 - exact period 1 * 2026-05-13 ua_general_staff|ua_mod false",
            "russia armoured_vehicles|equipment losses 17 - exact period 1 * 2026-05-13 ua_general_staff|ua_mod false",
            "russia tanks losses 7 - exact period 1 * 2026-05-13 ua_general_staff|ua_mod false",
            "russia armoured_vehicles losses 10 - exact period 1 * 2026-05-13 ua_general_staff|ua_mod false",
            "russia personnel losses 1231640 - exact cumulative * * 2026-05-13 ua_general_staff false",
            "russia tanks losses 11905 - exact cumulative * * 2026-05-13 ua_general_staff false",
            "russia armoured_vehicles losses 24710 - exact cumulative * * 2026-05-13 ua_general_staff false",
            "russia personnel losses 1230770 - exact cumulative * * 2026-05-12 ua_general_staff|ua_mod false",
            "russia tanks losses 11898 - exact cumulative * * 2026-05-12 ua_general_staff|ua_mod false",
            "russia armoured_vehicles losses 24700 - exact cumulative * * 2026-05-12 ua_general_staff|ua_mod false",
            "russia personnel losses 15000 25000 range period * * 2026-05-13 western_officials false",
        ),
    ),
)
