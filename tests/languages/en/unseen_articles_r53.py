"""Round 53 of whole short articles written for these tests, in styles rounds 1 and 3 to 51 and p1 do not hold, with the
source, the span and the date in view: an encyclopedia's "Casualties" section of a battle's article, with footnote marks
("[22]"), each side's figure from another source and date in running text and again in a small text table ("Estimate |
Source | Date" rows), a range and an "at least", beside troops committed, a division's number, a town's population and
residents left that are no losses; a wire story on a demographers' study that estimates the excess deaths of men from
inheritance (probate) records, with a central estimate and its confidence interval and a year's figure, beside probate
cases, ages, birth rates, emigration and shares that are no losses; a maritime trade paper's story on seafarers killed
and wounded and vessels damaged in Black Sea and Danube ports since a dated month, with one night's attack on a
bulk carrier and a navy's count of the enemy's warships, beside tonnage, cargo, ship calls and war-risk insurance
premiums that are no losses; and a wire story carrying a national Olympic committee's statement on athletes and coaches
killed, split by role, by where they died and by a month, closed by the wire's usual context paragraph ("The war, which
... has killed tens of thousands ...") with one figure of its own source, beside a team's size, medals, facilities and
money that are no losses. Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "encyclopedia_casualties_section_with_footnotes_and_table",
        "2024-05-14",
        "Battle of Stepove Pole\n"
        "Casualties\n"
        "Neither side has published full figures for the battle, and the estimates below have not been "
        "independently verified.[21] Ukraine's General Staff stated on 3 March 2024 that Russian forces had lost "
        "about 4,200 personnel killed or wounded near the town since the assault began on 9 January.[22] The Russian "
        "Ministry of Defence claimed on 28 February that Ukrainian losses in the sector exceeded 6,500 "
        "servicemen.[23] Estonian military intelligence estimated in March that between 1,900 and 2,600 Russian "
        "soldiers had been killed in the battle.[24] The open-source project Oryx documented the loss of at least 118 "
        "Russian tanks in the fighting, 41 of them abandoned by their crews.[25]\n"
        "Russia committed an estimated 25,000 troops to the assault, led by the 150th Motor Rifle Division.[26] The "
        "town's pre-war population was 18,400; by March fewer than 300 residents remained.[27]\n"
        "Estimates of casualties\n"
        "Estimate | Source | Date\n"
        "About 4,200 Russian killed or wounded | General Staff of Ukraine[22] | 3 March 2024\n"
        "1,900–2,600 Russian killed | Estonian military intelligence[24] | 14 March 2024\n"
        "At least 470 Ukrainian soldiers killed | UALosses project[28] | 30 April 2024\n"
        "86 civilians killed | Donetsk Regional Military Administration[29] | 2 April 2024",
        (
            "russia personnel losses 4200 - approx period * 2024-01-09 2024-03-03 ua_general_staff false",
            "ukraine personnel losses 6500 - at_least period|cumulative * * 2024-02-28 ru_mod false",
            "russia personnel killed 1900 2600 range period|cumulative * * 2024-03-14|2024-03-31|2024-03-01 other "
            "false",
            "russia tanks losses|destroyed 118 - at_least period|cumulative * * 2024-05-14 oryx false",
            "russia tanks abandoned 41 - exact period|cumulative * * 2024-05-14 oryx false",
            "ukraine personnel killed 470 - at_least period|cumulative * * 2024-04-30 other false",
            "ukraine civilians killed 86 - exact period|cumulative * * 2024-04-02 ua_officials false",
        ),
    ),
    Article(
        "wire_demographers_study_from_probate_records",
        "2025-11-18",
        "Probate records suggest war has killed up to 214,000 Russian men, study finds\n"
        "BERLIN, Nov 18 (Wire) - Demographers at the Halden Institute for Population Research estimate that 187,000 "
        "Russian men died in the war in Ukraine between February 2022 and the end of June 2025, in a study published "
        "on Tuesday that counts excess deaths from inheritance records.\n"
        "The estimate has a 95% confidence interval of 161,000 to 214,000, the authors wrote. They matched 2.3 million "
        "probate cases opened for men aged 18 to 59 against the number expected from pre-war trends.\n"
        "Excess deaths of men came to about 68,000 in 2024 alone, the study found, and probate cases for men under 50 "
        "rose 41% above the trend that year.\n"
        "The birth rate fell to 8.9 per 1,000 people in 2024, the lowest since 1999, and about 650,000 people "
        "emigrated in the first year of the war, which makes the deaths harder to isolate, the authors said. Men made "
        "up 93% "
        "of the excess deaths they found.\n"
        "Russia's statistics service stopped publishing monthly mortality data in 2024.\n"
        "Mediazona and the BBC's Russian service had confirmed the names of 134,900 Russian soldiers killed by "
        "14 November.",
        (
            "russia personnel|people killed 214000 - at_most period|cumulative * * 2025-06-30|2025-11-18 other "
            "false|true",
            "russia personnel|people killed 187000 - exact|approx period|cumulative * * 2025-06-30 other false",
            "russia personnel|people killed 161000 214000 range period|cumulative * * 2025-06-30 other false",
            "russia personnel|people killed 68000 - approx period * * 2024-12-31|2024-01-01 other false",
            "russia personnel killed 134900 - exact cumulative * * 2025-11-14 mediazona false",
        ),
    ),
    Article(
        "maritime_trade_paper_on_seafarers_and_vessels_hit_in_port",
        "2025-09-09",
        "PORTS & TERMINALS | 9 September 2025\n"
        "Black Sea port attacks have killed 31 seafarers since corridor opened, union says\n"
        "At least 31 seafarers have been killed and 87 wounded in Russian missile and drone attacks on Ukraine's Black "
        "Sea and Danube ports since the grain corridor opened in August 2023, the Maritime Workers' Union of Ukraine "
        "said on Monday.\n"
        "The union said 64 merchant vessels had been damaged in port or at anchor over the same period.\n"
        "In the latest attack, on Saturday, a drone struck the bulk carrier Orsolina at Izmail, killing two crew "
        "members and injuring five, the Odesa regional military administration said. The 38,000-deadweight-tonne "
        "ship was loading 31,500 tonnes of wheat.\n"
        "Ukrainian ports handled 9.4 million tonnes of cargo in August, and more than 2,100 ship calls have been made "
        "since the corridor opened. War-risk insurance premiums for a seven-day call have risen to 1% of hull value, "
        "from 0.7% in June, brokers said.\n"
        "Ukraine's navy says it has destroyed or damaged 29 Russian warships since February 2022, which keeps the "
        "Black Sea Fleet away from the route.",
        (
            "ukraine civilians|people killed 31 - at_least period * 2023-08-01|* 2025-09-08|2025-09-09 other false",
            "ukraine civilians|people wounded 87 - at_least|exact period * 2023-08-01|* 2025-09-08|2025-09-09 other "
            "false",
            "ukraine ships damaged 64 - exact period * 2023-08-01|* 2025-09-08|2025-09-09 other false",
            "ukraine civilians|people killed 2 - exact period * * 2025-09-06 ua_officials false",
            "ukraine civilians|people wounded 5 - exact period * * 2025-09-06 ua_officials false",
            "russia ships losses|destroyed|damaged 29 - exact cumulative * * 2025-09-09 ua_officials false",
        ),
    ),
    Article(
        "wire_olympic_committee_statement_with_context_paragraph",
        "2026-02-05",
        "Ukraine says 640 athletes and coaches killed in war as Winter Games near\n"
        "KYIV, Feb 5 (Wire) - Ukraine's National Olympic Committee said on Thursday that 640 athletes and coaches had "
        "been killed since Russia's full-scale invasion, a day before the opening ceremony of the Winter Games.\n"
        "Of them, 512 were athletes and 128 coaches, the committee said in a statement. Most died fighting at the "
        "front, while 44 were killed in Russian strikes on cities.\n"
        "Nine athletes were killed in January alone, it said.\n"
        "The committee said 530 sports facilities had been damaged or destroyed. Ukraine is sending 46 athletes to "
        "the Games, its smallest winter team since 1994; it won two medals four years ago.\n"
        "The government has set aside 120 million hryvnias for families of the fallen athletes.\n"
        "The war, which began with Russia's full-scale invasion in February 2022, has killed tens of thousands of "
        "soldiers on both sides and more than 14,900 civilians, according to the United Nations. Russia occupies "
        "about a fifth of Ukraine's territory.",
        (
            "ukraine people|civilians|personnel killed 640 - exact cumulative * * 2026-02-05 ua_officials|other false",
            "ukraine people|civilians|personnel killed 512 - exact cumulative * * 2026-02-05 ua_officials|other false",
            "ukraine people|civilians|personnel killed 128 - exact cumulative * * 2026-02-05 ua_officials|other false",
            "ukraine people|civilians killed 44 - exact cumulative * * 2026-02-05 ua_officials|other false",
            "ukraine people|civilians|personnel killed 9 - exact period * * 2026-01-31|2026-01-01 ua_officials|other "
            "false",
            "ukraine civilians killed 14900 - at_least cumulative * * 2026-02-05 un false",
        ),
    ),
)
