"""Round 15 of whole short articles written for these tests, in styles rounds 1 and 3 to 14 and p1 do not hold: a
morning press review that retells what other papers report, a photo gallery's numbered captions, and the minutes of a
city council session in numbered items.
Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "press_review_digest",
        "2025-03-10",
        "Press review: what the papers say on Monday\n"
        "The Times leads with a leaked NATO assessment that Russia lost about 1,100 soldiers a day in February, its "
        "highest rate of the war.\n"
        "Kommersant reports that Russia's defence ministry says its air defences shot down 84 Ukrainian drones over "
        "the weekend.\n"
        "The Kyiv Independent carries the General Staff's morning figures: 1,260 Russian troops killed or wounded in "
        "the past day.\n"
        "Le Monde has a long read on the town of Kupiansk, where 3 civilians were killed by shelling on Sunday, "
        "according to the regional governor.\n"
        "And the Financial Times reports that Ukraine's arms exports could reach $2 billion this year.",
        (
            "russia personnel losses|killed 1100 - approx rate 1 * 2025-02-28|2025-03-10 western_officials false",
            "ukraine drones destroyed 84 - exact period 2|- * 2025-03-09|2025-03-10 ru_mod false",
            "russia personnel losses 1260 - exact period 1 * 2025-03-10|2025-03-09 ua_general_staff false",
            "ukraine civilians killed 3 - exact period 1 * 2025-03-09 ua_officials false",
        ),
    ),
    Article(
        "photo_gallery_captions",
        "2025-04-22",
        "In pictures: a week on the Zaporizhzhia front\n"
        "1/5 Soldiers of a Ukrainian artillery brigade load a howitzer near Orikhiv. The brigade says it destroyed 14 "
        "Russian armoured vehicles this week.\n"
        "2/5 A medic treats a wounded soldier at a stabilisation point. Ukrainian army medics here say they treated "
        "230 wounded soldiers in April.\n"
        "3/5 Remains of a Russian Lancet drone, one of 9 shot down over the town on Saturday, lie in a courtyard.\n"
        "4/5 Residents queue for water in Orikhiv, where 1,200 people still live.\n"
        "5/5 A funeral in Zaporizhzhia for 2 soldiers killed by a glide bomb on 17 April. (Photos: Reuters)",
        (
            "russia armoured_vehicles destroyed 14 - exact period 7|- * 2025-04-22|2025-04-20|2025-04-14 ua_officials "
            "false",
            "ukraine personnel wounded 230 - exact period 30|22|- * 2025-04-22|2025-04-30 ua_officials|other false",
            "russia drones destroyed 9 - exact period 1|- * 2025-04-19 - false",
            "ukraine personnel killed 2 - exact period 1|- * 2025-04-17 - false",
        ),
    ),
    Article(
        "council_session_minutes",
        "2024-11-14",
        "Minutes of the Kherson city council session, 13 November 2024\n"
        "Present: 28 of 42 deputies.\n"
        "Item 1. The head of the city military administration reported on the security situation. Since 1 October, "
        "Russian shelling has killed 19 residents of the city and wounded 87.\n"
        "Item 2. The council approved payments of 50,000 hryvnias to the families of 6 municipal workers killed on "
        "duty this year.\n"
        "Item 3. The utilities department said 312 apartment buildings had been damaged by strikes since the start "
        "of the year.\n"
        "Item 4. Deputies asked the administration to open two more heated shelters in the Dniprovskyi district "
        "before winter.\n"
        "Item 5. The next session will be held on 11 December.",
        (
            "ukraine civilians|people killed 19 - exact period * 2024-10-01 2024-11-13|2024-11-14 ua_officials false",
            "ukraine civilians|people wounded 87 - exact period * 2024-10-01 2024-11-13|2024-11-14 ua_officials false",
            "ukraine civilians|people killed 6 - exact period * * 2024-11-13|2024-11-14|2024-12-31 "
            "ua_officials|- false",
        ),
    ),
)
