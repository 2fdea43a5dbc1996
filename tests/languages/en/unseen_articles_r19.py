"""Round 19 of whole short articles written for these tests, in styles rounds 1 and 3 to 18 and p1 do not hold, with
the source and the span in view: a wire factbox listing prisoner exchanges one dated line each; an Indian daily
relaying a Russian state agency on the defence ministry's weekly claim; a Kyiv online paper's English edition on a
regional military administration's monthly toll; and a US local television station on a volunteer medic killed, with
a Pentagon figure of US citizens killed.
Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "wire_factbox_prisoner_exchanges",
        "2025-08-15",
        "FACTBOX-Ukraine and Russia's prisoner exchanges this year\n"
        "Aug 15 (Wire) - Ukraine and Russia swapped prisoners again on Thursday. Here are the largest exchanges of "
        "2025:\n"
        "* Jan. 5: Ukraine said 150 of its servicemen came home in an exchange mediated by the United Arab "
        "Emirates.\n"
        "* March 19: Each side released 175 prisoners of war, Ukraine's coordination headquarters said.\n"
        "* May 24: The two sides completed a three-day exchange of 1,000 prisoners each, the largest of the war.\n"
        "* Aug. 14: Russia's defence ministry said 84 Russian servicemen had been returned from Ukrainian-held "
        "territory.\n"
        "Ukraine's coordination headquarters said on Aug. 14 that more than 6,500 Ukrainian soldiers remained in "
        "Russian captivity.",
        # prisoners returned in exchanges are no claims (spec); those still held are
        ("ukraine personnel captured 6500 - at_least cumulative - * 2025-08-14 ua_officials false",),
    ),
    Article(
        "indian_daily_relaying_state_agency_week",
        "2025-11-10",
        "Russia says it destroyed over 200 Ukrainian drones in a week\n"
        "New Delhi, Nov 10: Russian air defence systems shot down 214 Ukrainian fixed-wing drones over the past "
        "week, the Russian Defence Ministry said on Sunday, according to the state news agency TASS.\n"
        "The ministry also claimed that Ukraine lost up to 1,470 servicemen in the same period in fighting along "
        "the front line.\n"
        "The figures could not be independently verified. Kyiv did not comment on the claims.",
        (
            "ukraine drones destroyed 200 - at_least period 7 * 2025-11-10|2025-11-09 ru_officials|ru_mod false",
            "ukraine drones destroyed 214 - exact period 7 * 2025-11-09 ru_mod false",
            "ukraine personnel losses 1470 - at_most|approx period 7 * 2025-11-09 ru_mod false",
        ),
    ),
    Article(
        "kyiv_paper_english_regional_monthly_toll",
        "2025-12-01",
        "Russian attacks killed 41 civilians in Kharkiv Oblast in November, governor says\n"
        "Russian forces killed 41 civilians and wounded 236 others in Kharkiv Oblast during November, Oleh "
        "Syniehubov, head of the Kharkiv Oblast Military Administration, reported on Dec. 1.\n"
        "Among the wounded were 19 children, he added.\n"
        "In October, the oblast recorded 33 deaths, according to the administration.",
        (
            "ukraine civilians killed 41 - exact period 30 2025-11-01 2025-11-30|2025-12-01 ua_officials false",
            "ukraine civilians wounded 236 - exact period 30 2025-11-01 2025-11-30|2025-12-01 ua_officials false",
            "ukraine civilians wounded 19 - exact period 30|* 2025-11-01|* 2025-11-30|2025-12-01 ua_officials false",
            "ukraine civilians|people killed 33 - exact period 31 2025-10-01 2025-10-31|2025-12-01 ua_officials false",
        ),
    ),
    Article(
        "us_local_tv_volunteer_medic_pentagon",
        "2025-06-20",
        "Family mourns Tacoma man killed while volunteering as medic in Ukraine\n"
        "TACOMA, Wash. (KXYZ) - A Tacoma man who volunteered as a combat medic in eastern Ukraine was killed last "
        "week, his family told KXYZ on Thursday.\n"
        "Daniel Ortega, 34, was evacuating wounded soldiers near Kostiantynivka when a drone struck his vehicle.\n"
        "The Pentagon has said it does not track Americans fighting for Ukraine, but a spokesperson told reporters "
        "in May that at least 30 U.S. citizens had been killed there since 2022.",
        (
            "ukraine foreign_fighters|personnel killed 30 - at_least cumulative|period * 2022-02-24|2022-01-01 "
            "2025-05-31 us_officials|other false",
        ),
    ),
)
