"""Round 29 of whole short articles written for these tests, in styles rounds 1 and 3 to 28 and p1 do not hold, with
the source, the span and the date in view: a parliamentary committee's closed hearing at which an MP cites the figures
of two ministries, beside the committee's own votes, members and deadlines that are no losses; a monthly "war in
numbers" column that sets each of October's figures beside September's, with a per-day figure the paper works out
itself; and an energy-sector story whose "losses" are megawatts, money and plants, with one real toll of the plant's
workers and the night's missiles and drones shot down. Names, places and numbers are invented or changed; nothing is
copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "committee_hearing_mp_cites_two_ministries",
        "2025-04-10",
        "MPs press ministries on how losses are counted\n"
        "Parliamentary Bulletin | 10 April 2025\n"
        "The Verkhovna Rada's committee on national security held a closed hearing on Wednesday, attended by 19 of "
        "its 25 members, on how ministries report the war's losses.\n"
        "Opening the session, committee member Iryna Hordiienko cited the Defence Ministry's latest figures: "
        "217,000 Russian soldiers killed since the full-scale invasion began, and 4,300 Russian tanks destroyed.\n"
        "She then turned to the Health Ministry, which, she said, had recorded 214 medical workers killed and 1,860 "
        "wounded since the start of the full-scale invasion.\n"
        "\"Two ministries, two methods, and neither tells us how many of our own soldiers are missing,\" she said, "
        "asking for a single register by 1 June.\n"
        "A deputy defence minister told the committee that the ministry's figures were checked against drone footage "
        "and intercepted radio traffic. He declined to give a figure for Ukraine's losses.\n"
        "The hearing lasted four hours. The committee voted 17 to 2 to request a written report within 30 days.",
        (
            "russia personnel killed 217000 - exact cumulative - - 2025-04-09|2025-04-10 ua_mod|ua_officials false",
            "russia tanks destroyed 4300 - exact cumulative - - 2025-04-09|2025-04-10 ua_mod|ua_officials false",
            "ukraine civilians killed 214 - exact cumulative - - 2025-04-09|2025-04-10 ua_officials false",
            "ukraine civilians wounded 1860 - exact cumulative - - 2025-04-09|2025-04-10 ua_officials false",
        ),
    ),
    Article(
        "monthly_war_in_numbers_column",
        "2025-11-02",
        "The war in October, by the numbers\n"
        "Our monthly column sets the month's official figures beside those of the month before.\n"
        "Russian losses: Ukraine's General Staff reported 29,870 Russian soldiers killed or wounded in October, down "
        "from 31,240 in September.\n"
        "Drones: Ukraine's Air Force said it shot down 4,910 Russian drones in October, against 3,650 the month "
        "before.\n"
        "Civilians: The UN human rights monitoring mission verified 148 civilians killed and 812 injured in October. "
        "In September it had counted 214 killed.\n"
        "Artillery: The General Staff counted 1,040 Russian artillery systems destroyed in October, down from 1,310 "
        "in September.\n"
        "Per day: That makes about 964 Russian soldiers killed or wounded a day in October, by our calculation.",
        (
            "russia personnel losses 29870 - exact period 31|* * 2025-10-31 ua_general_staff false",
            "russia personnel losses 31240 - exact period 30|* * 2025-09-30 ua_general_staff false",
            "russia drones destroyed 4910 - exact period 31|* * 2025-10-31 ua_officials false",
            "russia drones destroyed 3650 - exact period 30|* * 2025-09-30|2025-10-31 ua_officials false",
            "ukraine civilians killed 148 - exact period 31|* * 2025-10-31 un false",
            "ukraine civilians wounded 812 - exact period 31|* * 2025-10-31 un false",
            "ukraine civilians killed 214 - exact period 30|* * 2025-09-30 un false",
            "russia artillery destroyed 1040 - exact period 31|* * 2025-10-31 ua_general_staff false",
            "russia artillery destroyed 1310 - exact period 30|* * 2025-09-30 ua_general_staff false",
            "russia personnel losses 964 - approx rate 1 * 2025-10-31|2025-11-02 - false",
        ),
    ),
    Article(
        "energy_strike_megawatts_money_and_workers",
        "2025-01-16",
        "Strike knocks out 1,200 megawatts at western power plant\n"
        "LVIV, 16 January 2025 - A Russian missile and drone attack overnight knocked out 1,200 megawatts of "
        "generating capacity at a thermal power plant in western Ukraine, the state energy company said on "
        "Thursday.\n"
        "The company put its losses from the strike at 2.4 billion hryvnias ($57 million) and said repairs would "
        "take at least three months.\n"
        "Two workers of the plant were killed and five were injured, the regional military administration said.\n"
        "Ukraine's Air Force said 40 of 58 missiles and 74 of 100 drones launched overnight were shot down.\n"
        "Since March, the company has lost about 80% of its generation, with eight of its nine plants damaged or "
        "destroyed, its chief executive said. Some 600,000 households in three regions were left without power on "
        "Thursday morning.",
        (
            "ukraine civilians|people killed 2 - exact period 1|- * 2025-01-16|2025-01-15 ua_officials false",
            "ukraine civilians|people wounded 5 - exact period 1|- * 2025-01-16|2025-01-15 ua_officials false",
            "russia missiles destroyed 40 - exact period 1|- * 2025-01-16|2025-01-15 ua_officials false",
            "russia drones destroyed 74 - exact period 1|- * 2025-01-16|2025-01-15 ua_officials false",
        ),
    ),
)
