"""Round 17 of whole short articles written for these tests, in styles rounds 1 and 3 to 16 and p1 do not hold: a wire
factbox setting several sources' counts side by side, each with its own date; an agency piece quoting a Ukrainian
regional governor and then a Russian-installed official on the same strike; an exile paper on a count of named dead
updated since the full-scale invasion and over the past two weeks; an equipment column on visually confirmed losses
since a month; a British defence intelligence update quoted by a broadcaster, a day's figure beside a month's average;
and a regional paper's roundup of a weekend with a mayor's and a police toll.
Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "factbox_sources_side_by_side",
        "2025-06-16",
        "FACTBOX-What we know about losses in the war in Ukraine\n"
        "Neither side publishes full figures for its own dead. Here is what different sources say.\n"
        "RUSSIAN TROOPS\n"
        "* Ukraine's General Staff said on June 15 that Russia had lost 1,002,300 troops killed or wounded since the "
        "full-scale invasion began.\n"
        "* Mediazona and BBC Russian said on June 6 they had confirmed the names of 108,400 Russian soldiers killed.\n"
        "UKRAINIAN TROOPS\n"
        "* President Volodymyr Zelenskiy said in February that 46,000 Ukrainian soldiers had been killed.\n"
        "CIVILIANS\n"
        "* The U.N. human rights office said on June 10 that at least 13,400 civilians had been killed in Ukraine "
        "since February 2022.",
        (
            "russia personnel losses 1002300 - exact cumulative - * 2025-06-15 ua_general_staff false",
            "russia personnel killed 108400 - exact cumulative - * 2025-06-06 mediazona false",
            "ukraine personnel killed 46000 - exact cumulative - * 2025-02-28|2025-06-16|2025-02-01 ua_president "
            "false",
            "ukraine civilians killed 13400 - at_least cumulative - * 2025-06-10 un false",
        ),
    ),
    Article(
        "agency_two_officials_same_strike",
        "2025-08-04",
        "Strike on market in occupied Kherson region kills 4, both sides say\n"
        "KYIV, Ukraine (AP) — A strike on a market in the Russian-occupied part of Ukraine's Kherson region killed "
        "four people on Sunday, officials on both sides said, each blaming the other.\n"
        "Oleksandr Prokudin, the Ukrainian governor of the region, said Russian forces had shelled the town of "
        "Oleshky, killing four civilians and wounding 11.\n"
        "Vladimir Saldo, the Moscow-installed head of the occupied part of the region, said on Telegram that a "
        "Ukrainian drone had hit the market. He put the number of wounded at 14.\n"
        "Neither account could be independently verified.",
        (
            "ukraine civilians|people killed 4 - exact period 1 * 2025-08-03 ua_officials false",
            "ukraine civilians wounded 11 - exact period 1 * 2025-08-03 ua_officials false",
            "ukraine|russia civilians|people wounded 14 - exact period 1|- * 2025-08-03|2025-08-04 ru_officials false",
        ),
    ),
    Article(
        "exile_paper_count_update_two_weeks",
        "2025-07-11",
        "Mediazona count of Russian war dead passes 110,000\n"
        "The independent outlet Mediazona, working with BBC Russian, said on Friday it had confirmed the names of "
        "110,650 Russian soldiers killed since the start of the full-scale invasion.\n"
        "In the past two weeks the count grew by 2,480 names, the outlet said, most of them volunteers who signed "
        "contracts in 2024.\n"
        "The journalists stress that the real toll is far higher, since many deaths are never reported publicly.\n"
        "The Kremlin has not given a figure for its losses since September 2022, when the defence minister said "
        "5,937 soldiers had been killed.",
        (
            "russia personnel killed 110000 - at_least cumulative - * 2025-07-11 mediazona|- false",
            "russia personnel killed 110650 - exact cumulative - * 2025-07-11 mediazona false",
            "russia personnel killed 2480 - exact period 14 * 2025-07-11 mediazona false",
            "russia personnel killed 5937 - exact cumulative - * 2022-09-30|2022-09-01|2025-07-11 ru_mod false",
        ),
    ),
    Article(
        "equipment_column_since_october",
        "2024-12-09",
        "The Russian Army Has Lost Another 300 Armored Vehicles Since October\n"
        "Russia's costly assaults around Pokrovsk and Kurakhove are burning through its armor.\n"
        "According to the analysts at Oryx, who count only losses confirmed by photos or video, Russian forces have "
        "lost 310 armored vehicles and 95 tanks since October 1.\n"
        "That brings the Russian army's visually confirmed tank losses to 3,560 since February 2022.\n"
        "The real numbers are certainly higher. But the pace matters: at roughly four armored vehicles a day, Russia "
        "is losing vehicles faster than its factories can build them.",
        (
            "russia armoured_vehicles losses 300 - exact period 69|- 2024-10-01 2024-12-09 oryx|- false",
            "russia armoured_vehicles losses 310 - exact period 69|- 2024-10-01 2024-12-09 oryx false",
            "russia tanks losses 95 - exact period 69|- 2024-10-01 2024-12-09 oryx false",
            "russia tanks losses 3560 - exact cumulative - * 2024-12-09 oryx|- false",
            "russia armoured_vehicles losses 4 - approx rate 1 - 2024-12-09 oryx|- false",
        ),
    ),
    Article(
        "broadcaster_quotes_defence_intelligence",
        "2025-02-03",
        "Russia lost 1,530 troops in a single day, UK says\n"
        "Russia suffered an estimated 1,530 casualties in the last 24 hours, according to the latest intelligence "
        "update from the UK's Ministry of Defence.\n"
        "The figure is above the average over the month of January, which the MoD put at 1,350 casualties a day.\n"
        "Defence Intelligence said Russia's losses were likely to remain high through February as it pressed on "
        "towards Pokrovsk.\n"
        "Sky News cannot independently verify the figures.",
        (
            "russia personnel losses 1530 - approx period 1 * 2025-02-03 uk_mod false",
            "russia personnel losses 1350 - exact rate 1 * 2025-01-31|2025-02-03|2025-01-01 uk_mod false",
        ),
    ),
    Article(
        "regional_paper_weekend_roundup",
        "2025-09-22",
        "Weekend in Zaporizhzhia: two killed, 17 hurt in attacks\n"
        "Russian forces struck Zaporizhzhia and nearby villages 412 times over the weekend, the regional "
        "military administration said on Monday.\n"
        "In the city, a guided bomb hit a shop on Saturday evening, killing two people, mayor Ivan Fedorov said. "
        "Police said 17 people had been injured in the region over the two days, among them three children.\n"
        "Since the start of the year, Russian attacks have killed 96 civilians in the region, according to the "
        "administration.",
        (
            "ukraine civilians|people killed 2 - exact period 1 * 2025-09-20 ua_officials false",
            "ukraine civilians|people wounded 17 - exact period 2 * 2025-09-21|2025-09-22|2025-09-20 ua_officials "
            "false",
            "ukraine civilians|people wounded 3 - exact period 2|- * 2025-09-21|2025-09-22|2025-09-20 ua_officials "
            "false",
            "ukraine civilians killed 96 - exact period 264|265|- 2025-01-01 2025-09-22 ua_officials false",
        ),
    ),
    Article(
        "business_daily_quarter_figures",
        "2025-04-08",
        "Drone war: both sides report record interceptions\n"
        "Ukraine's air force said it had shot down 3,950 Russian drones in the first quarter of 2025, up from 2,100 in "
        "the last three months of 2024.\n"
        "Russia's defence ministry said its forces had destroyed 1,240 Ukrainian drones over Russian regions since "
        "January 1.\n"
        "Insurers say the attacks have pushed up the cost of cover for refineries by a third.",
        (
            "russia drones destroyed 3950 - exact period 90|- 2025-01-01 2025-03-31 ua_officials false",
            "russia drones destroyed 2100 - exact period 92|- 2024-10-01 2024-12-31 ua_officials false",
            "ukraine drones destroyed 1240 - exact period 97|- 2025-01-01 2025-04-08 ru_mod false",
        ),
    ),
    Article(
        "explainer_days_since_incursion",
        "2024-08-16",
        "Ten days into the Kursk incursion: what each side says\n"
        "In the 10 days since Ukrainian troops crossed into Russia's Kursk region, Russia has lost about 1,700 "
        "soldiers, Ukraine's commander-in-chief said on Thursday.\n"
        "Russia's defence ministry put Ukraine's losses at 2,030 troops and 35 tanks over the same period.\n"
        "The acting governor of the Kursk region said 12 civilians had been killed since August 6.",
        (
            "russia personnel losses|killed 1700 - approx period 10 2024-08-06|- 2024-08-15|2024-08-16 "
            "ua_officials|ua_general_staff false",
            "ukraine personnel losses 2030 - exact period 10|- 2024-08-06|- 2024-08-15|2024-08-16 ru_mod false",
            "ukraine tanks losses 35 - exact period 10|- 2024-08-06|- 2024-08-15|2024-08-16 ru_mod false",
            "russia civilians killed 12 - exact period 10|- 2024-08-06 2024-08-16 ru_officials false",
        ),
    ),
)
