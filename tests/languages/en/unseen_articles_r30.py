"""Round 30 of whole short articles written for these tests, in styles rounds 1 and 3 to 29 and p1 do not hold, with
the source, the span and the date in view: a think tank's weekly assessment whose figures are "likely" and "assessed"
(hedged), over a past week, since the start of an offensive on a stated day and within a named month, beside assaults
repelled that are no losses; and a national sports body's count of athletes and coaches killed since the invasion,
with parts of that whole, beside sports facilities and a tournament's players that are no claims. Names, places and
numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "weekly_think_tank_assessment_likely_and_assessed",
        "2025-03-09",
        "Russian Offensive Campaign Assessment, weekly summary\n"
        "The Institute for the Study of War (ISW) assessed on Saturday that Russian forces likely lost about 9,800 "
        "personnel killed and wounded in the Pokrovsk direction over the past week.\n"
        "Russian forces have likely suffered more than 40,000 casualties in the direction since the start of their "
        "offensive on 1 October 2024, ISW assessed.\n"
        "Geolocated footage published in February indicates that Russian forces likely lost between 120 and 150 "
        "tanks and armoured vehicles in the direction that month, ISW assessed.\n"
        "ISW has observed geolocated footage showing at least 37 destroyed Russian armoured vehicles near the town "
        "this week.\n"
        "The Ukrainian General Staff reported that Ukrainian forces repelled 52 Russian assaults in the direction on "
        "Friday.\n"
        "ISW continues to assess that Russian forces will likely intensify assaults in the coming weeks.",
        (
            "russia personnel losses 9800 - approx period 7 * 2025-03-08|2025-03-09 isw true",
            "russia personnel losses 40000 - at_least period * 2024-10-01 2025-03-08|2025-03-09 isw true",
            "russia tanks|armoured_vehicles|equipment losses 120 150 range period 28 * 2025-02-28 isw true",
            "russia armoured_vehicles destroyed 37 - at_least period 7|* * 2025-03-08|2025-03-09 isw false",
        ),
    ),
    Article(
        "sports_body_counts_athletes_killed",
        "2025-08-08",
        "Sports federation counts athletes killed in the war\n"
        "KYIV, 8 August 2025 - At least 512 Ukrainian athletes and coaches have been killed since Russia's "
        "full-scale invasion began, the National Olympic Committee of Ukraine said on Friday.\n"
        "Of them, 89 were members of national teams, the committee said, adding that 23 had competed at the "
        "Olympic Games.\n"
        "The Sports Ministry said 518 sports facilities had been damaged or destroyed, among them 14 stadiums.\n"
        "\"Every name on this list was a training partner, a coach, a friend,\" the committee's president said.\n"
        "The federation plans to hold a memorial tournament for 120 young players in September.",
        (
            "ukraine people|civilians killed 512 - at_least cumulative - - 2025-08-08 ua_officials|other false",
            "ukraine people|civilians killed 89 - exact cumulative - - 2025-08-08 ua_officials|other false",
            "ukraine people|civilians killed 23 - exact cumulative - - 2025-08-08 ua_officials|other false",
        ),
    ),
)
