"""Round 44 of whole short articles written for these tests, in styles rounds 1 and 3 to 43 and p1 do not hold, with the
source, the span and the date in view: the Kremlin's English transcript of a working meeting at which the defence
minister reports to the president under name labels ("Mr President,", "Over the past month, the enemy lost ..."), with
drones and rockets shot down "since the beginning of the year", beside settlements, contracts signed and the president's
own remarks with years and money that are no losses; a NATO Secretary General's press conference (an opening
statement, then answers to reporters named by a moderator), with killed and wounded combined since the invasion, a
month's daily rate, a projection and a reporter's question relaying Moscow's figure, beside allies' spending shares,
aid sums and drones produced that are no losses; an English daily's "Morning Briefing" newsletter under capitalised
section headings with one-line items ("Kharkiv strike: ... Read more"), each from its own source, beside a strike, a
currency move and a sign-up prompt that are no losses; and a timeline page of dated lines in two forms ("2 March 2022
-", "August 2022:") where each line's date is its figure's date, beside a mobilisation's size. Names, places and
numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

_PAST_MONTH = "period 30|31|- - 2026-11-24"
_SINCE_JANUARY = "period * 2026-01-01|- 2026-11-24"
_MONDAY_EVENING = "period 1|- * 2026-09-07|2026-09-08"
_OVERNIGHT = "period 1|- * 2026-09-08|2026-09-07"

ARTICLES: tuple[Article, ...] = (
    Article(
        "kremlin_transcript_defence_minister_reports",
        "2026-11-24",
        "Meeting with Defence Minister Nikolai Vetrov\n"
        "Pavel Sorokin held a working meeting with Defence Minister Nikolai Vetrov, who reported on the progress of "
        "the special military operation.\n"
        "November 24, 2026, 16:40, The Kremlin, Moscow\n"
        "President of Russia Pavel Sorokin: Mr Vetrov, let us begin with the situation along the line of contact.\n"
        "Defence Minister Nikolai Vetrov: Mr President,\n"
        "Over the past month, the enemy lost more than 38,500 servicemen, 41 tanks, 860 armoured combat vehicles and "
        "1,120 field artillery guns. Units of the Dnepr group of forces liberated 14 settlements.\n"
        "Since the beginning of the year, our air defence systems have shot down 61,400 fixed-wing drones and 212 "
        "HIMARS rockets.\n"
        "More than 27,000 citizens signed contracts with the Armed Forces in November.\n"
        "Pavel Sorokin: Thank you. In 2027 we will allocate 13.5 trillion roubles to national defence, as we did in "
        "2025 and 2026, and every one of the 89 regions will keep its support for the families of our fighters.",
        (
            f"ukraine personnel losses 38500 - at_least {_PAST_MONTH} ru_mod false",
            f"ukraine tanks losses 41 - exact|at_least {_PAST_MONTH} ru_mod false",
            f"ukraine armoured_vehicles losses 860 - exact|at_least {_PAST_MONTH} ru_mod false",
            f"ukraine artillery losses 1120 - exact|at_least {_PAST_MONTH} ru_mod false",
            f"ukraine drones destroyed 61400 - exact {_SINCE_JANUARY} ru_mod false",
            f"ukraine missiles destroyed 212 - exact {_SINCE_JANUARY} ru_mod false",
        ),
    ),
    Article(
        "nato_secretary_general_press_conference",
        "2026-10-15",
        "Press conference by NATO Secretary General Lars Hemmingsen following the meeting of NATO Defence Ministers\n"
        "15 Oct. 2026\n"
        "(As delivered)\n"
        "Good afternoon.\n"
        "We have just finished a meeting of NATO Defence Ministers. This year, 23 Allies will spend at least 2% of GDP "
        "on defence, and Allies have pledged 40 billion euros in military support for Ukraine for next year.\n"
        "Russia is paying a terrible price for its war. Since the full-scale invasion, more than 1.1 million Russian "
        "soldiers have been killed or wounded.\n"
        "Moderator: We will take a few questions. Reuters, Anna Kovacs.\n"
        "Anna Kovacs (Reuters): Secretary General, the Russian defence ministry says Ukraine lost 15,000 soldiers "
        "around Kupiansk in the past two months. Do you trust that figure?\n"
        "Secretary General: I will not comment on Russian propaganda. Our own estimate is that Russia lost around "
        "1,000 soldiers a day in September, killed or wounded. At this rate its losses could pass 1.3 million next "
        "year. Ukraine will produce 4 million drones this year, and that is why Allies must invest more.",
        (
            "russia personnel losses 1100000 - at_least cumulative - * 2026-10-15 western_officials false",
            "ukraine personnel losses 15000 - exact period 60|61|- * 2026-10-15 ru_mod false",
            "russia personnel losses 1000 - approx rate 1 * 2026-09-30|2026-09-01|2026-10-15 western_officials false",
            "russia personnel losses 1300000 - at_least projection - * * western_officials true",
        ),
    ),
    Article(
        "english_daily_morning_briefing_newsletter",
        "2026-09-08",
        "Morning Briefing: Tuesday 8 September\n"
        "Good morning. Here is what you need to know today.\n"
        "TOP STORIES\n"
        "Kharkiv strike: A Russian glide bomb killed five people and injured 19 in Kharkiv on Monday evening, the "
        "city's mayor said. Read more\n"
        "Drone war: Ukraine's air force said it downed 97 of the 130 Russian drones launched overnight. Read more\n"
        "Front line: Russia lost 1,020 troops in the past day, Ukraine's General Staff said, bringing its losses since "
        "the invasion to 1,190,300. Read more\n"
        "UK NEWS\n"
        "Rail strike: Train drivers will walk out for 48 hours from Thursday over a 3% pay offer. Read more\n"
        "WORLD\n"
        "Belgorod: Two people were killed when Ukrainian drones hit a bus in Russia's Belgorod region, the regional "
        "governor said. Read more\n"
        "BUSINESS\n"
        "Sterling rose 0.4% against the dollar after the Bank of England held rates at 3.5%. Read more\n"
        "Forwarded this email? Sign up here to get the Morning Briefing every weekday at 6am.",
        (
            f"ukraine civilians|people killed 5 - exact {_MONDAY_EVENING} ua_officials false",
            f"ukraine civilians|people wounded 19 - exact {_MONDAY_EVENING} ua_officials false",
            f"russia drones destroyed 97 - exact {_OVERNIGHT} ua_officials false",
            "russia personnel losses 1020 - exact period 1 * 2026-09-08|2026-09-07 ua_general_staff false",
            "russia personnel losses 1190300 - exact cumulative - * 2026-09-08 ua_general_staff false",
            "russia civilians|people killed 2 - exact period * * 2026-09-08|2026-09-07 ru_officials false",
        ),
    ),
    Article(
        "timeline_page_day_and_month_lines",
        "2026-02-24",
        "Four years of war: how the count of Russia's losses grew\n"
        "Estimates of Russia's losses have grown with each year of its full-scale invasion. Here are the key figures, "
        "as they were published at the time.\n"
        "24 February 2022 \u2013 Russian troops cross into Ukraine from the north, east and south.\n"
        "2 March 2022 \u2013 Russia's defence ministry says 498 of its soldiers have been killed, its first admission "
        "of losses.\n"
        "25 March 2022 \u2013 The ministry raises its toll to 1,351 dead.\n"
        "August 2022: The Pentagon estimates that 70,000 to 80,000 Russian troops have been killed or wounded.\n"
        "21 September 2022 \u2013 Moscow announces the mobilisation of 300,000 reservists.\n"
        "March 2023: Russia is losing up to 1,000 soldiers a day around Bakhmut, Ukrainian officials say.\n"
        "February 2024: Britain's defence ministry puts Russia's killed and wounded at 355,000.\n"
        "June 2025 \u2013 Ukraine's General Staff says Russian losses since the invasion have passed 1,000,000.",
        (
            "russia personnel killed 498 - exact cumulative - * 2022-03-02 ru_mod false",
            "russia personnel killed 1351 - exact cumulative - * 2022-03-25 ru_mod false",
            "russia personnel losses 70000 80000 range cumulative - * 2022-08-31|2022-08-01 us_officials false",
            "russia personnel losses 1000 - at_most rate 1 * 2023-03-31|2023-03-01 ua_officials false",
            "russia personnel losses 355000 - exact cumulative - * 2024-02-29|2024-02-01 uk_mod false",
            "russia personnel losses 1000000 - at_least cumulative - * 2025-06-30|2025-06-01 ua_general_staff false",
        ),
    ),
)
