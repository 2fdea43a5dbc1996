"""Round 21 of whole short articles written for these tests, in styles rounds 1 and 3 to 20 and p1 do not hold, with
the source and the span in view: a US news magazine comparing the General Staff's figures of the past week with those
since the start of the month; a wire story on one night's drones, told by a Russian regional governor and by Ukraine's
air force; and a British daily on a think tank's casualty estimate, a range dated to the end of a month and hedged.
Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "news_magazine_week_against_month",
        "2025-07-18",
        "Russia's Losses in Ukraine Slow as Summer Offensive Stalls, Kyiv's Figures Show\n"
        "Russian casualties have dipped in the past week, according to figures released by Ukraine's General Staff "
        "on Friday.\n"
        "Kyiv said Russia lost 6,420 troops in the past week, down from 7,310 the week before. Since the start of the "
        "month, Russian forces have lost 11,980 personnel and 212 artillery systems, the General Staff said.\n"
        "In total, Ukraine puts Russia's losses since February 2022 at 1,041,300 troops.\n"
        "Newsweek has contacted Russia's defense ministry for comment via email. Moscow does not publish its own "
        "casualty figures, and the numbers could not be independently verified.",
        (
            "russia personnel losses|killed 6420 - exact period 7 * 2025-07-18 ua_general_staff false",
            "russia personnel losses|killed 7310 - exact period 7 * 2025-07-11 ua_general_staff false",
            "russia personnel losses|killed 11980 - exact period * 2025-07-01 2025-07-18 ua_general_staff false",
            "russia artillery losses|destroyed 212 - exact period * 2025-07-01 2025-07-18 ua_general_staff false",
            "russia personnel losses|killed 1041300 - exact cumulative - * 2025-07-18 ua_general_staff false",
        ),
    ),
    Article(
        "wire_night_drones_governor_and_air_force",
        "2025-09-17",
        "Drones hit Russia's Belgorod region as Ukraine repels overnight attack\n"
        "KYIV/MOSCOW (Wire) - A Ukrainian drone attack on Tuesday night killed two people and wounded six in Russia's "
        "Belgorod region, the regional governor said on Wednesday.\n"
        "\"A car was struck on the road near the village of Shebekino,\" Governor Pavel Gorin wrote on Telegram.\n"
        "Ukraine's air force said Russia launched 118 drones and three ballistic missiles at Ukraine overnight, and "
        "that air defences shot down or jammed 97 of the drones.\n"
        "In the city of Sumy, a drone hit an apartment block, injuring four people, local officials said.",
        (
            "russia people|civilians killed 2 - exact period 1|- * 2025-09-16 ru_officials false",
            "russia people|civilians wounded 6 - exact period 1|- * 2025-09-16 ru_officials false",
            "russia drones destroyed 97 - exact period 1|- * 2025-09-17|2025-09-16 ua_officials false",
            "ukraine people|civilians wounded 4 - exact period 1|- * 2025-09-17|2025-09-16 ua_officials false",
        ),
    ),
    Article(
        "british_daily_think_tank_range_end_of_month",
        "2025-07-09",
        "Russia's war dead may be far higher than Moscow admits, says thinktank\n"
        "Between 210,000 and 250,000 Russian soldiers had probably been killed in Ukraine as of the end of June, "
        "according to a new estimate by a London-based defence thinktank.\n"
        "The Institute for Strategic Land Studies said its figure, drawn from open-source reporting and leaked "
        "documents, was likely to be an undercount.\n"
        "It put total Russian casualties, including the wounded, at about 950,000 over the same period.\n"
        "\"The true figure cannot be known with precision,\" the report's author said, adding that Ukraine's own "
        "losses were also heavy but harder to estimate.",
        (
            "russia personnel killed 210000 250000 range cumulative - * 2025-06-30 other true",
            "russia personnel losses 950000 - approx cumulative - * 2025-06-30 other *",
        ),
    ),
)
