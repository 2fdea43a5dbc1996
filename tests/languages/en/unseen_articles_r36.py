"""Round 36 of whole short articles written for these tests, in styles rounds 1 and 3 to 35 and p1 do not hold, with the
source, the span and the date in view: a wire fact check of a viral video's claim of a week's losses (the claim quoted
and rated false, the president's and the Russian defence ministry's figures set beside it), beside shares, views, an
exercise's year and a running time that are no losses; a weekly column that gives each source's week its own
paragraph under the source's name (its own span and as-of), beside the column's papers and readers; and an
English-language Russian state agency's report of Ukrainian losses "in the zone of the special military operation"
over a day and a week, beside settlements taken and servicemen returned from captivity that are no losses. Names,
places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "wire_fact_check_of_a_viral_loss_claim",
        "2025-08-14",
        "Fact Check: Video claiming 40,000 Ukrainian soldiers died in one week is false\n"
        "CLAIM: A video shared more than 2 million times on TikTok says Ukraine lost 40,000 soldiers in a single "
        "week of July.\n"
        "VERDICT: False. The figure matches no official or independent count.\n"
        "The video, viewed 3.4 million times, runs for 3 minutes 20 seconds and shows footage of a 2019 exercise.\n"
        "President Volodymyr Hrytsenko said on 16 February 2025 that 46,000 Ukrainian soldiers had been killed since "
        "the start of the full-scale invasion.\n"
        "Even Russia's defence ministry, which gives high figures for Ukrainian losses, said Ukrainian forces lost "
        "about 9,800 servicemen in the week from July 7 to July 13.\n"
        "Wire Fact Check asked five analysts about the video; none had seen the figure before.",
        (
            "ukraine personnel losses|killed 40000 - exact period 7|- * * other|- false",
            "ukraine personnel killed 46000 - exact cumulative - - 2025-02-16 ua_president false",
            "ukraine personnel losses 9800 - approx period 7 2025-07-07 2025-07-13 ru_mod false",
        ),
    ),
    Article(
        "weekly_column_one_paragraph_per_source",
        "2025-10-20",
        "The week in numbers\n"
        "Each Monday this column sets out what the main sources reported for the past week. We give the figures as "
        "each source gave them.\n"
        "Ukraine's General Staff. Russia lost 7,140 troops from October 13 to October 19, according to the daily "
        "updates, bringing its total since February 2022 to 1,128,400. The General Staff also counted 38 tanks and "
        "212 artillery systems destroyed over the week.\n"
        "Russia's Defence Ministry. In its weekly summary on Saturday, the ministry said Ukrainian forces had lost "
        "up to 9,300 servicemen over the past week.\n"
        "Mediazona. The outlet and BBC Russian have identified by name 131,200 Russian soldiers killed as of "
        "October 17, it said, 1,650 more than a week earlier.\n"
        "This column appears in 14 newspapers and has some 230,000 readers.",
        (
            "russia personnel losses 7140 - exact period 7 2025-10-13 2025-10-19 ua_general_staff false",
            "russia personnel losses 1128400 - exact cumulative - * 2025-10-19|2025-10-20 ua_general_staff false",
            "russia tanks destroyed 38 - exact period 7 * 2025-10-19|2025-10-20 ua_general_staff false",
            "russia artillery destroyed 212 - exact period 7 * 2025-10-19|2025-10-20 ua_general_staff false",
            "ukraine personnel losses 9300 - at_most period 7 * 2025-10-18|2025-10-20 ru_mod false",
            "russia personnel killed 131200 - exact cumulative - - 2025-10-17 mediazona false",
            "russia personnel killed 1650 - exact period 7|- * 2025-10-17 mediazona false",
        ),
    ),
    Article(
        "russian_state_agency_special_military_operation_zone",
        "2025-05-27",
        "Ukraine loses over 1,300 troops in special military operation zone in 24 hours - MoD\n"
        "MOSCOW, May 27. /Novosti Agency/. The Ukrainian army lost more than 1,300 servicemen in the zone of the "
        "special military operation over the past day, the Russian Defense Ministry reported on Tuesday.\n"
        "The Battlegroup West destroyed four tanks and 16 motor vehicles of the enemy, the ministry said.\n"
        "Russian air defenses shot down 167 Ukrainian fixed-wing drones over the day, including 38 over the Kursk "
        "Region, it added.\n"
        "In its weekly summary on Saturday, the ministry said the Ukrainian army had lost over 9,200 military "
        "personnel and 113 field artillery guns in the zone of the special military operation over the week.\n"
        "Russian forces have liberated 15 settlements since the start of May, and 246 Russian servicemen returned "
        "from Ukrainian captivity last week, the ministry said.",
        (
            "ukraine personnel losses 1300 - at_least period 1 * 2025-05-26|2025-05-27 ru_mod false",
            "ukraine tanks destroyed 4 - exact period 1|- * 2025-05-26|2025-05-27 ru_mod false",
            "ukraine vehicles destroyed 16 - exact period 1|- * 2025-05-26|2025-05-27 ru_mod false",
            "ukraine drones destroyed 167 - exact period 1 * 2025-05-26|2025-05-27 ru_mod false",
            "ukraine drones destroyed 38 - exact period 1 * 2025-05-26|2025-05-27 ru_mod false",
            "ukraine personnel losses 9200 - at_least period 7 * 2025-05-24|2025-05-27 ru_mod false",
            "ukraine artillery losses 113 - at_least|exact period 7 * 2025-05-24|2025-05-27 ru_mod false",
        ),
    ),
)
