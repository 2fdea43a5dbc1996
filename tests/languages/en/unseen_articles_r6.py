"""Round 6 of whole short articles written for these tests, in outlet styles rounds 1 and 3 to 5 do not hold: military
intelligence on ships sunk, a month's losses per day with the month's total, a newspaper's model with a confidence
range, an obituary with a brigade's tally, a Russian state agency on "liquidated militants", ISW's daily assessment
relayed by a wire, one strike's military and civilian tolls side by side, and a defence secretary's statement to
parliament. Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "intelligence_ships_sunk",
        "2024-02-14",
        "Ukraine says naval drones sank two Russian landing ships off Crimea\n"
        "KYIV, Feb 14 (Wire) - Ukraine's military intelligence agency said on Wednesday that a special unit had sunk "
        "two Russian landing ships off the coast of occupied Crimea overnight, using sea drones packed with "
        "explosives.\n"
        "The agency published black-and-white video of the attack but gave no figure for the crews.\n"
        "Ukraine's navy said the sinking brought the number of Russian warships destroyed since the full-scale "
        "invasion began to 26.\n"
        "Russia's defence ministry said its forces had destroyed six Ukrainian sea drones in the Black Sea "
        "overnight. It did not comment on the ships.",
        (
            "russia ships destroyed 2 - exact period * * 2024-02-14|2024-02-13 ua_mod false",
            "russia ships destroyed 26 - exact cumulative * * 2024-02-14 ua_officials false",
            "ukraine drones|ships destroyed 6 - exact period 1|- * 2024-02-14|2024-02-13 ru_mod false",
        ),
    ),
    Article(
        "month_per_day_record",
        "2025-01-01",
        "Russia lost a record 48,670 troops in December, Kyiv says\n"
        "Russian forces lost 48,670 soldiers killed and wounded in December, the highest monthly toll of the war, "
        "according to figures published daily by Ukraine's General Staff.\n"
        "That is an average of 1,570 troops a day, up from 1,523 a day in November.\n"
        "The deadliest day of the month was December 19, when the General Staff reported 2,200 Russian casualties.\n"
        "The General Staff also said Russian forces lost 270 tanks and 1,010 artillery systems in December.\n"
        "Russia does not publish its own losses, and the figures cannot be independently verified.",
        (
            # the headline's "Kyiv says" and the body's General Staff both state it
            "russia personnel losses 48670 - exact period * * 2024-12-31|2024-12-01 ua_general_staff|ua_officials "
            "false",
            "russia personnel losses 1570 - exact rate 1 * 2024-12-31|2024-12-01|2025-01-01 "
            "ua_general_staff|ua_officials|- false",
            "russia personnel losses 1523 - exact rate 1 * 2024-11-30|2024-11-01 ua_general_staff|ua_officials|- false",
            "russia personnel losses 2200 - exact period 1 * 2024-12-19 ua_general_staff false",
            "russia tanks losses 270 - exact period * * 2024-12-31|2024-12-01 ua_general_staff false",
            "russia artillery losses 1010 - exact period * * 2024-12-31|2024-12-01 ua_general_staff false",
        ),
    ),
    Article(
        "model_confidence_range",
        "2025-05-20",
        "Our model of Russia's war dead\n"
        "By our count, Russia has lost between 160,000 and 290,000 soldiers killed since it invaded Ukraine in "
        "February 2022. The range is wide because the data are thin: our central estimate is 220,000 dead, with a "
        "90% confidence interval across the full span.\n"
        "The model draws on leaked documents, obituaries and intelligence estimates. Mediazona and BBC Russian "
        "have confirmed the names of 108,000 dead servicemen.\n"
        "Counting the wounded as well, Russia's total losses could be 640,000 to 875,000.\n"
        "Ukraine's losses are harder to gauge. Western officials estimate that around 100,000 Ukrainian soldiers "
        "have been killed.",
        (
            "russia personnel killed 160000 290000 range cumulative * * 2025-05-20 other|- false",
            "russia personnel killed 220000 - exact cumulative * * 2025-05-20 other|- false",
            "russia personnel killed 108000 - exact cumulative * * 2025-05-20 mediazona false",
            "russia personnel losses 640000 875000 range cumulative|projection * * 2025-05-20|- other|- true",
            "ukraine personnel killed 100000 - approx cumulative * * 2025-05-20 western_officials false",
        ),
    ),
    Article(
        "obituary_and_brigade",
        "2024-09-10",
        "Remembering Senior Sergeant Andriy Koval, 34\n"
        "Andriy Koval, a drone operator with a Ukrainian mechanised brigade, was killed near Pokrovsk on September "
        "2. He was 34 and leaves behind a wife and two daughters.\n"
        "Before the war Koval taught history at a school in Zhytomyr. He volunteered in March 2022 and was wounded "
        "twice.\n"
        "The brigade's commander said in August that his soldiers had destroyed 310 Russian armoured vehicles "
        "since the brigade arrived on the front in 2023.\n"
        "Koval's was one of 14 military funerals held in Zhytomyr this month, according to the city council.\n"
        "He was buried on Monday at the city's military cemetery.",
        (
            "russia armoured_vehicles destroyed 310 - exact period|cumulative * * 2024-08-31|2024-08-01|2024-09-10 "
            "ua_officials false",
            "ukraine personnel killed 14 - exact period * * 2024-09-10|2024-09-01 ua_officials false",
        ),
    ),
    Article(
        "state_agency_liquidated",
        "2024-07-08",
        "MOSCOW, July 8 (State agency) - Russian forces liquidated up to 1,950 Ukrainian militants in all areas of "
        "the special military operation over the past day, the Russian Defence Ministry reported on Monday.\n"
        "The Battlegroup Centre eliminated up to 420 Ukrainian servicemen and destroyed three U.S.-made Bradley "
        "fighting vehicles near Pokrovsk, the ministry said.\n"
        "Russian air defences shot down 47 Ukrainian drones and four HIMARS rockets, it added.\n"
        "In all, 632 aircraft, 278 helicopters, 29,010 unmanned aerial vehicles and 17,420 tanks and other "
        "armoured combat vehicles have been destroyed since the beginning of the special military operation, the "
        "ministry said.",
        (
            "ukraine personnel killed 1950 - at_most period 1 * 2024-07-08|2024-07-07 ru_mod false",
            "ukraine personnel killed|losses 420 - at_most period 1|- * 2024-07-08|2024-07-07 ru_mod false",
            "ukraine armoured_vehicles destroyed 3 - exact period 1|- * 2024-07-08|2024-07-07 ru_mod false",
            "ukraine drones destroyed 47 - exact period 1|- * 2024-07-08|2024-07-07 ru_mod false",
            "ukraine missiles destroyed 4 - exact period 1|- * 2024-07-08|2024-07-07 ru_mod false",
            "ukraine aircraft destroyed 632 - exact cumulative * * 2024-07-08 ru_mod false",
            "ukraine helicopters destroyed 278 - exact cumulative * * 2024-07-08 ru_mod false",
            "ukraine drones destroyed 29010 - exact cumulative * * 2024-07-08 ru_mod false",
            "ukraine armoured_vehicles|tanks destroyed 17420 - exact cumulative * * 2024-07-08 ru_mod false",
        ),
    ),
    Article(
        "think_tank_via_wire",
        "2025-03-03",
        "WASHINGTON, March 3 (Wire) - Russian forces are suffering heavy losses for marginal gains in eastern "
        "Ukraine, the Institute for the Study of War said in its latest daily assessment.\n"
        "The Washington-based think tank, citing Ukrainian General Staff data, said Russian forces had lost about "
        "36,000 personnel in February, or roughly 1,290 a day, fewer than in January.\n"
        "ISW also noted that Russian forces advanced about 390 square kilometres in February.\n"
        "A spokesperson for Ukraine's Khortytsia group said on Sunday that Russian forces lost 176 troops and 12 "
        "armoured vehicles near Toretsk over the past 24 hours.",
        (
            "russia personnel losses 36000 - approx period * * 2025-02-28|2025-02-01 isw|ua_general_staff false",
            "russia personnel losses 1290 - approx rate 1 * * isw|ua_general_staff|- false",
            "russia personnel losses 176 - exact period 1 * 2025-03-02 ua_officials false",
            "russia armoured_vehicles losses 12 - exact period 1 * 2025-03-02 ua_officials false",
        ),
    ),
    Article(
        "strike_soldiers_and_villagers",
        "2025-04-05",
        "A Russian missile strike on a training ground and a nearby village in the Dnipropetrovsk region killed "
        "12 soldiers and three civilians on Friday, Ukrainian officials said.\n"
        "The Ground Forces said 12 servicemen were killed and 18 wounded when two Iskander missiles hit a unit "
        "during a drill. An investigation has been opened into why the troops were gathered in the open.\n"
        "In the village, three residents were killed and nine were injured, the regional governor said.\n"
        "Russia's defence ministry claimed the strike had killed up to 70 Ukrainian soldiers and foreign "
        "mercenaries.",
        (
            "ukraine personnel killed 12 - exact period * * 2025-04-04 ua_officials false",
            "ukraine civilians killed 3 - exact period * * 2025-04-04 ua_officials false",
            "ukraine personnel wounded 18 - exact period * * 2025-04-04|2025-04-05 ua_officials false",
            "ukraine civilians|people wounded 9 - exact period * * 2025-04-04|2025-04-05 ua_officials false",
            "ukraine personnel killed 70 - at_most period * * 2025-04-04|2025-04-05 ru_mod false",
        ),
    ),
    Article(
        "minister_to_parliament",
        "2024-11-20",
        "UK says Russian casualties pass 750,000\n"
        "LONDON, Nov 20 (Wire) - Russia has suffered more than 750,000 casualties in Ukraine, Britain's defence "
        "secretary told parliament on Wednesday, including an estimated 160,000 killed.\n"
        "He told MPs that Russian forces had lost around 1,500 troops a day in October, the worst month of the war "
        "for Moscow.\n"
        "Britain's defence ministry, in a separate intelligence update, said Russia had lost 45,680 troops killed "
        "or wounded in October alone.\n"
        "The Kremlin did not respond to the figures.",
        (
            "russia personnel losses 750000 - at_least cumulative * * 2024-11-20 uk_officials false",
            "russia personnel killed 160000 - approx|exact cumulative * * 2024-11-20 uk_officials false",
            "russia personnel losses 1500 - approx rate 1 * * uk_officials false",
            "russia personnel losses 45680 - exact period * * 2024-10-31|2024-10-01 uk_mod false",
        ),
    ),
)
