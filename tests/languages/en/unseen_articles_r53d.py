"""Round 53d of whole short articles written for these tests, in styles rounds 1 and 3 to 53 and p1 do not hold, with
the source, the span and the date in view: a military insurer's annual report retold by a business wire, its deaths
and wounded given year by year ("last year", "the year before", "in 2023"), each a year's own figure, beside payouts,
contracts signed and percentages; a wire story whose lead gives one side's claim of a three-day battle and whose later
paragraphs give the other side's denial and its own counter-figures for its own and the enemy's losses, beside troops
sent and tanks delivered; and a long-read's nut graf that sums up several tolls from several sources in one paragraph
joined by semicolons, each with its own date, beside refugees, aid, a day count and a share. Names, places and numbers
are invented; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "insurers_annual_report_year_by_year",
        "2026-03-12",
        "Military insurer's report shows rising toll among Russian servicemen\n"
        "MOSCOW, March 12 (Business Wire) - Russia's largest military insurer recorded 23,600 deaths among insured "
        "servicemen last year, up from 18,900 the year before, according to its annual report published on "
        "Thursday.\n"
        "The insurer, Voengarant, which covers contract soldiers under a state scheme, said 41,700 insured "
        "servicemen were wounded in 2025, against 36,200 in 2024. Its payouts rose 34% to 212 billion roubles.\n"
        "In 2023, the report showed, 15,300 insured soldiers died and 29,800 were wounded.\n"
        "The figures cover only soldiers insured under the scheme, which signed 410,000 new contracts in 2025, and "
        "leave out volunteers and convicts. The insurer ranked third among Russian insurers by premiums.",
        (
            "russia personnel killed 23600 - exact period * * 2025-12-31|2025-01-01 other false",
            "russia personnel killed 18900 - exact period * * 2024-12-31|2024-01-01 other false",
            "russia personnel wounded 41700 - exact period * * 2025-12-31|2025-01-01 other false",
            "russia personnel wounded 36200 - exact period * * 2024-12-31|2024-01-01 other false",
            "russia personnel killed 15300 - exact period * * 2023-12-31|2023-01-01 other false",
            "russia personnel wounded 29800 - exact period * * 2023-12-31|2023-01-01 other false",
        ),
    ),
    Article(
        "wire_claim_then_denial_with_counter_figures",
        "2025-10-03",
        "Russia claims heavy Ukrainian losses near Velykozerne; Kyiv says figure invented\n"
        "KYIV, Oct 3 (Wire) - Russia's defence ministry said on Friday its forces had killed more than 1,400 "
        "Ukrainian soldiers and destroyed 12 tanks in three days of fighting near the town of Velykozerne.\n"
        "The ministry said its troops had repelled 17 attacks and that the town's western outskirts were now under "
        "Russian control.\n"
        "Ukraine's military rejected the claim. \"This is fiction,\" said Colonel Andriy Tkachuk, a spokesman for "
        "the Southern Defence Forces, adding that 37 Ukrainian soldiers had been killed and 112 wounded in the area "
        "over the same three days.\n"
        "Tkachuk said Russian forces had lost 690 troops and nine armoured vehicles in their assaults there.\n"
        "Neither side's figures could be independently verified. Moscow has sent some 2,000 fresh troops to the "
        "sector this month, Ukrainian officials say, while Kyiv received 40 more tanks from its allies in "
        "September.",
        (
            "ukraine personnel killed 1400 - at_least period 3 * 2025-10-03 ru_mod false",
            "ukraine tanks destroyed 12 - exact period 3 * 2025-10-03 ru_mod false",
            "ukraine personnel killed 37 - exact period 3 * 2025-10-03 ua_officials false",
            "ukraine personnel wounded 112 - exact period 3 * 2025-10-03 ua_officials false",
            "russia personnel losses 690 - exact period 3|- * 2025-10-03 ua_officials false",
            "russia armoured_vehicles losses 9 - exact period 3|- * 2025-10-03 ua_officials false",
        ),
    ),
    Article(
        "long_read_nut_graf_of_tolls_with_semicolons",
        "2025-07-21",
        "The war that no one can count\n"
        "By Mara Lindqvist, Special correspondent\n"
        "On the 1,244th day of the war, the cemetery at Horodyshche has run out of room.\n"
        "How many have died is the question nobody can answer with confidence. The UN's monitoring mission has "
        "verified 13,450 civilian deaths since the full-scale invasion; Mediazona has confirmed the names of "
        "119,800 Russian soldiers killed as of 11 July; Ukraine's president said in February that 46,000 "
        "Ukrainian troops had died; and Western officials estimated in June that Russia had lost more than "
        "950,000 soldiers killed or wounded. More than 6.9 million Ukrainians live abroad as refugees, and allies "
        "have pledged $175 billion in aid.\n"
        "Roughly 20 percent of Ukraine's territory remains under Russian occupation.",
        (
            "ukraine civilians killed 13450 - exact cumulative * * 2025-07-21 un false",
            "russia personnel killed 119800 - exact cumulative * * 2025-07-11 mediazona false",
            "ukraine personnel killed 46000 - exact cumulative * * 2025-02-28|2025-02-01|2025-07-21 ua_president "
            "false",
            "russia personnel losses 950000 - at_least cumulative * * 2025-06-30|2025-06-01|2025-07-21 "
            "western_officials false",
        ),
    ),
)
