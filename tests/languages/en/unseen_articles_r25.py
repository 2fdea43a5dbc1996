"""Round 25 of whole short articles written for these tests, in styles rounds 1 and 3 to 24 and p1 do not hold, with
the source and the span in view: a wire "factbox" on one strike's toll rising through the day, with the toll reported
earlier kept beside the new one ("the toll rose to", "earlier reported"); a US paper quoting a Ukrainian regional
governor's weekly toll ("over the past week", "since Monday"); and a Russian defence ministry weekly claim retold by a
Gulf paper, per grouping of forces, with "up to" and "as many as". Names, places and numbers are invented or changed;
nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "wire_factbox_strike_toll_rising",
        "2025-11-18",
        "FACTBOX-Toll from Russian missile strike on Dnipro apartment block rises to 14\n"
        "DNIPRO, Nov 18 (Wire) - The death toll from a Russian missile strike on a nine-storey apartment block in "
        "Dnipro rose to 14 on Tuesday evening, including three children, regional governor Serhiy Lysenko said.\n"
        "Lysenko had earlier reported nine dead. Rescue work was still going on at the site, he wrote on Telegram.\n"
        "Here are the main facts:\n"
        "* 62 people were injured, 19 of them remain in hospital, according to the governor.\n"
        "* At least five residents are still missing, the State Emergency Service said.\n"
        "* The missile struck at about 7:20 a.m. and destroyed 30 apartments.",
        (
            "ukraine civilians|people killed 14 - exact period - * 2025-11-18 ua_officials false",
            "ukraine civilians killed 3 - exact period - * 2025-11-18 ua_officials false",
            "ukraine civilians|people killed 9 - exact period - * 2025-11-18 ua_officials false",
            "ukraine civilians|people wounded 62 - exact period - * 2025-11-18 ua_officials false",
            "ukraine civilians|people wounded 19 - exact period - * 2025-11-18 ua_officials false",
            "ukraine civilians|people missing 5 - at_least period - * 2025-11-18 ua_officials false",
        ),
    ),
    Article(
        "us_paper_regional_governor_weekly_toll",
        "2025-10-12",
        "In Ukraine's south, a governor counts the week's dead\n"
        "ZAPORIZHZHIA, Ukraine - Russian shelling and drone strikes killed 23 civilians in the Zaporizhzhia region "
        "over the past week, the regional governor, Ivan Fedorenko, told reporters on Sunday.\n"
        "Another 71 people were wounded, he said. Since Monday, Russian forces had struck the region 480 times, "
        "mostly with glide bombs and first-person-view drones.\n"
        "\"Not a single day passed without funerals,\" Mr. Fedorenko said.\n"
        "The Pentagon estimated this year that Russia has lost as many as 250,000 soldiers in the war. Ukraine's "
        "own military losses remain a closely guarded secret.",
        (
            "ukraine civilians killed 23 - exact period 7 * 2025-10-12|2025-10-06 ua_officials false",
            "ukraine civilians|people wounded 71 - exact period 7|- * 2025-10-12|2025-10-06 ua_officials false",
            "russia personnel losses|killed 250000 - at_most cumulative - - 2025-10-12|2025-12-31|2025-01-01 "
            "us_officials false",
        ),
    ),
    Article(
        "gulf_paper_russian_mod_weekly_groupings",
        "2025-08-23",
        "Russia says Ukraine lost up to 9,400 troops in a week\n"
        "MOSCOW: Ukraine's armed forces lost up to 9,400 servicemen over the past week, Russia's Defence Ministry said "
        "in its weekly summary on Saturday.\n"
        "The ministry said its Centre group of forces had inflicted losses of as many as 3,100 troops on Ukrainian "
        "units near Pokrovsk, while the West group accounted for up to 1,650.\n"
        "Russian air defences shot down 1,240 Ukrainian drones and 11 HIMARS rockets during the week, it added.\n"
        "Kyiv did not comment on the figures, which could not be independently verified.",
        (
            "ukraine personnel losses 9400 - at_most period 7 * 2025-08-23|2025-08-17 ru_mod false",
            "ukraine personnel losses 3100 - at_most period 7|- * 2025-08-23|2025-08-17 ru_mod false",
            "ukraine personnel losses 1650 - at_most period 7|- * 2025-08-23|2025-08-17 ru_mod false",
            "ukraine drones destroyed 1240 - exact period 7|- * 2025-08-23|2025-08-17 ru_mod false",
            "ukraine missiles destroyed 11 - exact period 7|- * 2025-08-23|2025-08-17 ru_mod false",
        ),
    ),
)
