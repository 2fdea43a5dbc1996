"""Round 11 of whole short articles written for these tests, in outlet styles rounds 1 and 3 to 10 do not hold: a
state news agency's wire quoting the Russian defence ministry, an Indian daily on Indian nationals killed fighting
for Russia's army, a Kyiv newspaper on Ukrainian prisoners of war executed in captivity, an American daily on drone
strikes on civilians in one region over a month, a business wire on armour losses a think tank counts from satellite
images, and a broadcaster's question-and-answer explainer on North Korean troops' losses. Names, places and numbers
are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "state_agency_wire_quoting_ministry",
        "2024-09-14",
        "Russian forces repel Ukrainian attacks in Kursk region: ministry\n"
        "MOSCOW, Sept. 14 (Agency) -- Russian forces have repelled six Ukrainian attacks in the Kursk region over "
        "the past 24 hours, killing up to 310 Ukrainian servicemen, the Russian Defense Ministry said Saturday.\n"
        "Russian troops also destroyed four tanks, seven armored vehicles and two multiple rocket launchers, the "
        "ministry said in a statement.\n"
        "Since the start of the hostilities in the region, Ukraine has lost more than 12,000 troops and 96 tanks, "
        "it said.\n"
        "Air defense systems shot down 37 Ukrainian drones overnight, the ministry added.",
        (
            "ukraine personnel killed 310 - at_most period 1 - 2024-09-14 ru_mod false",
            "ukraine tanks destroyed 4 - exact period 1 - 2024-09-14 ru_mod false",
            "ukraine armoured_vehicles destroyed 7 - exact period 1 - 2024-09-14 ru_mod false",
            "ukraine mlrs destroyed 2 - exact period 1 - 2024-09-14 ru_mod false",
            "ukraine personnel losses 12000 - at_least period * * 2024-09-14 ru_mod false",
            "ukraine tanks losses 96 - at_least|exact period * * 2024-09-14 ru_mod false",
            "ukraine drones destroyed 37 - exact period 1 - 2024-09-14 ru_mod false",
        ),
    ),
    Article(
        "indian_nationals_in_russian_army",
        "2025-01-17",
        "12 Indians killed fighting for Russian army, 16 missing: MEA\n"
        "NEW DELHI: Twelve Indian nationals recruited into the Russian army have been killed in the war in Ukraine "
        "and 16 others are missing, the external affairs ministry said on Friday.\n"
        "Of the 126 Indians who joined the Russian armed forces, 96 have returned home after the government took up "
        "the matter with Moscow, ministry spokesperson Arun Mehta told reporters.\n"
        "The latest death was that of a 32-year-old from Kerala, whose family said he was killed in a drone attack "
        "earlier this month.\n"
        "\"We have asked the Russian side to release the remaining nationals at the earliest,\" Mehta said.",
        (
            "russia personnel killed 12 - exact cumulative * * 2025-01-17 other false",
            "russia personnel missing 16 - exact cumulative * * 2025-01-17 other false",
        ),
    ),
    Article(
        "prisoners_killed_in_captivity",
        "2024-11-20",
        "Prosecutors: 177 Ukrainian POWs executed by Russian forces since invasion\n"
        "Russian troops have executed at least 177 Ukrainian prisoners of war since the start of the full-scale "
        "invasion, Ukraine's Prosecutor General's Office said on Nov. 19.\n"
        "Of those, 124 were killed this year, the office said, adding that the number of executions had grown "
        "sharply since the autumn.\n"
        "Ukraine's human rights commissioner said in early November that 43 Ukrainian captives had been killed on "
        "the battlefield in September and October.\n"
        "The UN human rights monitoring mission has separately documented the executions of 79 Ukrainian "
        "servicemen who had surrendered or been captured.",
        (
            "ukraine personnel killed 177 - at_least cumulative * * 2024-11-19|2024-11-20 ua_officials false",
            "ukraine personnel killed 124 - exact period * * 2024-11-19|2024-11-20 ua_officials false",
            "ukraine personnel killed 43 - exact period * * 2024-10-31|2024-09-01 ua_officials false",
            "ukraine personnel killed 79 - exact cumulative * * 2024-11-20 un false",
        ),
    ),
    Article(
        "drone_strikes_month_in_region",
        "2024-12-03",
        "In Kherson, Russian drones hunt civilians on the streets\n"
        "KHERSON, Ukraine — Russian drones killed 31 civilians and wounded more than 270 in the Kherson region in "
        "November, according to the regional military administration, which counts the dead and injured each day.\n"
        "Most were hit by small first-person-view drones that operators guide onto cars, bicycles and people "
        "waiting at bus stops, officials said.\n"
        "On a single day last week, drones wounded 14 people in the city's Dniprovskyi district, the "
        "administration said.\n"
        "The U.N. human rights monitoring mission said in a report that short-range drones had become the leading "
        "cause of civilian casualties in the region, killing at least 47 people there between August and October.",
        (
            "ukraine civilians killed 31 - exact period 30 2024-11-01 2024-11-30 ua_officials false",
            "ukraine civilians wounded 270 - at_least period 30 2024-11-01 2024-11-30 ua_officials false",
            "ukraine civilians|people wounded 14 - exact period 1 - * ua_officials false",
            "ukraine civilians|people killed 47 - at_least period * * 2024-10-31|2024-08-01 un false",
        ),
    ),
    Article(
        "satellite_armour_count_think_tank",
        "2025-02-12",
        "Russia Has Lost More Than 14,000 Armored Vehicles, Think Tank Says\n"
        "Russia has lost more than 14,000 armored vehicles including about 4,400 main battle tanks since it invaded "
        "Ukraine, according to the International Institute for Strategic Studies, which based its count on "
        "satellite imagery and open-source data.\n"
        "Ukraine's losses over the same period are estimated at around 1,100 tanks, the London-based think tank "
        "said in its annual report on Wednesday.\n"
        "Russia lost about 1,400 tanks in 2024 alone, the IISS estimated, as Moscow relied increasingly on "
        "Soviet-era vehicles pulled out of storage.\n"
        "The Kremlin has not disclosed its equipment losses.",
        (
            "russia armoured_vehicles losses 14000 - at_least cumulative * * 2025-02-12 other false",
            "russia tanks losses 4400 - approx cumulative * * 2025-02-12 other false",
            "ukraine tanks losses 1100 - approx cumulative * * 2025-02-12 other false",
            "russia tanks losses 1400 - approx period * * 2024-12-31|2024-01-01 other false",
        ),
    ),
    Article(
        "questions_on_allied_troops_losses",
        "2025-01-14",
        "Explained: How many North Korean soldiers have been killed in Kursk?\n"
        "North Korea sent around 11,000 troops to Russia's Kursk region last autumn. Here is what we know about "
        "their losses.\n"
        "How many have died?\n"
        "South Korea's intelligence service told lawmakers on Monday that about 300 North Korean soldiers have been "
        "killed and 2,700 wounded since they entered combat in December.\n"
        "What does Ukraine say?\n"
        "President Volodymyr Zelensky said on Sunday that Ukrainian forces had captured two wounded North Korean "
        "soldiers, and put the number of North Koreans killed or wounded at more than 3,000.\n"
        "What does Russia say?\n"
        "Moscow has never confirmed their presence.",
        (
            "russia personnel killed 300 - approx period * * 2025-01-13|2025-01-14 other false",
            "russia personnel wounded 2700 - approx|exact period * * 2025-01-13|2025-01-14 other false",
            "russia personnel captured 2 - exact period|cumulative * * 2025-01-12|2025-01-14 ua_president false",
            "russia personnel losses 3000 - at_least cumulative|period * * 2025-01-12|2025-01-14 ua_president "
            "false",
        ),
    ),
)
