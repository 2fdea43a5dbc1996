"""Round 57c of whole short articles written for these tests, in styles rounds 1 and 3 to 56e and p1 do not hold, with
the source, the span and the date in view: a live blog that runs over two days under a date heading for each day
("Tuesday 12 May 2026", then "Wednesday 13 May 2026") and clock times with a time zone, whose strike toll is raised
from one day's entries to the next's and whose figures take the date of the heading they stand under, beside drones
launched, evacuees and aid to families; a humanitarian agency's flash update with a reporting period in its header
("Reporting period: 1 to 14 May 2026") and numbered paragraphs, a period "From 1 to 14 May" in its first paragraph,
the children who "accounted for" part of the toll, a strike on a stated day, a toll "since 1 January" and aid workers
hurt on a day and killed "this year", beside people reached, evacuees, days of shelling and an appeal's funding; a
foreign ministry's travel advice page ("Last updated:", "Summary", "Safety and security") that cites a strike's toll
from the emergency service, the UN's count since the invasion and its own citizens killed fighting for Ukraine,
beside air-raid alerts, a passport's validity, telephone numbers and queues at the border in hours; a local paper's
story on a hospital's chief physician telling of the wounded of a market strike it treated, those who died of their
wounds in its care, the strike's toll raised by them and the wounded it has taken in since the invasion, beside
operations performed, units of blood, beds and surgeons; and a university's news page on a memorial wall to its
students, graduates and staff killed since February 2022, those killed this year and missing, and students killed
in a strike on a dormitory in a named month, beside the year of its founding, its students, those serving, its
buildings hit, the wall's length and the donations that paid for it. Names, places and numbers are invented;
nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "live_blog_over_two_days_under_date_headings",
        "2026-05-13",
        "Ukraine war live: toll from Zarichne missile strike rises\n"
        "Tuesday 12 May 2026\n"
        "08:40 EEST Good morning. Russia launched 96 drones and four ballistic missiles at Ukraine overnight, the "
        "air force said. Air defence units shot down 81 of the drones, it said.\n"
        "09:15 EEST A missile has hit a five-storey apartment block in the southern city of Zarichne. Governor Petro "
        "Halych wrote on Telegram that six people were killed and 19 injured.\n"
        "11:02 EEST Halych has raised the toll: nine people are now confirmed dead. About 140 residents of the block "
        "have been moved to a school nearby.\n"
        "14:30 EEST Ukraine's General Staff says Russia lost 1,060 troops over the past day, bringing its total since "
        "the full-scale invasion to 1,241,880.\n"
        "Wednesday 13 May 2026\n"
        "07:55 EEST Rescuers searched the rubble in Zarichne through the night. The State Emergency Service said "
        "this morning that the death toll had risen to 12, and that 23 people were injured.\n"
        "09:20 EEST Russia's defence ministry says its air defences destroyed 38 Ukrainian drones overnight over the "
        "Bryansk and Kursk regions.\n"
        "10:10 EEST A reminder: we cannot independently verify claims of battlefield losses made by either side.\n"
        "12:45 EEST The city council of Zarichne will pay 50,000 hryvnias to each family that lost a relative.",
        (
            "russia drones destroyed 81 - exact period 1|- * 2026-05-12 ua_officials false",
            "ukraine people|civilians killed 6 - exact period * * 2026-05-12 ua_officials false",
            "ukraine people|civilians wounded 19 - exact period * * 2026-05-12 ua_officials false",
            "ukraine people|civilians killed 9 - exact period * * 2026-05-12 ua_officials false",
            "russia personnel losses 1060 - exact period 1 * 2026-05-12|2026-05-11 ua_general_staff false",
            "russia personnel losses 1241880 - exact cumulative * * 2026-05-12 ua_general_staff false",
            "ukraine people|civilians killed 12 - exact period * * 2026-05-13 ua_officials false",
            "ukraine people|civilians wounded 23 - exact period * * 2026-05-13 ua_officials false",
            "ukraine drones destroyed 38 - exact period 1|- * 2026-05-13 ru_mod false",
        ),
    ),
    Article(
        "flash_update_in_numbered_paragraphs_over_a_reporting_period",
        "2026-05-16",
        "UKRAINE: Flash Update No. 14 - Southern and eastern oblasts\n"
        "UN Office for the Coordination of Humanitarian Affairs (OCHA)\n"
        "Reporting period: 1 to 14 May 2026 | Issued: 16 May 2026\n"
        "HIGHLIGHTS\n"
        "1. From 1 to 14 May, at least 58 civilians were killed and 241 injured in Kherson, Zaporizhzhia and Donetsk "
        "oblasts, according to local authorities. Children accounted for 9 of those killed.\n"
        "2. Humanitarian partners reached 112,000 people with food, water and shelter assistance during the period.\n"
        "SITUATION OVERVIEW\n"
        "3. Kherson city was shelled on 12 of the 14 days. On 9 May, a drone strike on a bus stop in the "
        "Dniprovskyi district killed four people and injured 11, the regional military administration reported.\n"
        "4. In Donetsk Oblast, authorities evacuated 2,340 people, including 410 children, from frontline "
        "communities. Since 1 January, 196 civilians have been killed in the oblast, the regional administration "
        "said.\n"
        "5. Three aid workers were injured on 11 May when their vehicle was hit by a drone near Bilozerka. Six aid "
        "workers have been killed in Ukraine this year.\n"
        "FUNDING\n"
        "6. The 2026 Humanitarian Response Plan seeks US$2.6 billion and is 31 per cent funded.",
        (
            "ukraine civilians killed 58 - at_least period 14 2026-05-01 2026-05-14 ua_officials false",
            "ukraine civilians wounded 241 - at_least|exact period 14 2026-05-01 2026-05-14 ua_officials false",
            "ukraine civilians killed 9 - exact period 14 2026-05-01 2026-05-14 ua_officials|un false",
            "ukraine people|civilians killed 4 - exact period * * 2026-05-09 ua_officials false",
            "ukraine people|civilians wounded 11 - exact period * * 2026-05-09 ua_officials false",
            "ukraine civilians killed 196 - exact period * 2026-01-01 2026-05-16|2026-05-14 ua_officials false",
            "ukraine civilians|people wounded 3 - exact period * * 2026-05-11 un|- false",
            "ukraine civilians|people killed 6 - exact period * 2026-01-01|- 2026-05-16|2026-05-14 un|- false",
        ),
    ),
    Article(
        "foreign_ministry_travel_advice_page",
        "2026-03-03",
        "Travel advice: Ukraine\n"
        "Department of Foreign Affairs\n"
        "Last updated: 3 March 2026. Latest update: the Safety and security section has been revised after a "
        "missile strike on Lviv.\n"
        "Summary\n"
        "Do not travel to Ukraine. If you are in Ukraine, you should leave by commercial means if it is safe to do "
        "so. Our embassy in Kyiv can provide only limited consular help.\n"
        "Safety and security\n"
        "Missile and drone attacks take place across the whole country, including the west. On 1 March, a missile "
        "strike on a residential district of Lviv killed seven people and wounded 32, according to Ukraine's State "
        "Emergency Service. Kyiv recorded more than 1,200 air raid alerts in 2025.\n"
        "Civilian casualties are high. The UN Human Rights Monitoring Mission in Ukraine has recorded more than "
        "15,300 civilians killed since February 2022.\n"
        "At least 4 of our citizens have been killed in Ukraine while fighting with the Ukrainian armed forces. "
        "Foreign fighters who are captured may not be treated as prisoners of war.\n"
        "Entry requirements\n"
        "Your passport must be valid for at least 6 months. Queues at land borders with Poland can last 30 hours.\n"
        "Emergency help\n"
        "Call 112, or the embassy on +380 44 555 0192.",
        (
            "ukraine people|civilians killed 7 - exact period * * 2026-03-01 ua_officials false",
            "ukraine people|civilians wounded 32 - exact period * * 2026-03-01 ua_officials false",
            "ukraine civilians killed 15300 - at_least cumulative * * 2026-03-03 un false",
            "ukraine personnel killed 4 - at_least cumulative * * 2026-03-03 other|- false",
        ),
    ),
    Article(
        "hospital_chief_physician_on_a_market_strikes_wounded",
        "2025-08-21",
        "Hospital treated 64 after market strike, five died of wounds\n"
        "The Kramatorsk Herald | Thursday 21 August 2025\n"
        "Doctors at the Regional Clinical Hospital in Kramatorsk have treated 64 people wounded in Tuesday's strike "
        "on the central market, the hospital's chief physician, Dr Iryna Voloshyna, told reporters on Thursday.\n"
        "Five of them have died of their wounds in the hospital, she said, bringing the strike's death toll to 17. "
        "The regional military administration had earlier reported 12 people killed at the scene.\n"
        "Surgeons performed 38 operations in the first 24 hours, and residents donated 120 units of blood. The "
        "hospital, which has 450 beds and 40 surgeons, has taken in 2,800 wounded civilians and soldiers since the "
        "full-scale invasion, Voloshyna said.",
        (
            "ukraine people|civilians wounded 64 - exact period * * 2025-08-19|2025-08-21 ua_officials|other false",
            "ukraine people|civilians killed 5 - exact period * * 2025-08-19|2025-08-21 ua_officials|other false",
            "ukraine people|civilians killed 17 - exact period * * 2025-08-19|2025-08-21 ua_officials|other false",
            "ukraine people|civilians killed 12 - exact period * * 2025-08-19|2025-08-21 ua_officials false",
            "ukraine people wounded 2800 - exact cumulative * * 2025-08-21 ua_officials|other false",
        ),
    ),
    Article(
        "university_news_page_on_a_memorial_wall",
        "2025-10-02",
        "News | Kharkiv Polytechnic University | 2 October 2025\n"
        "Memorial wall unveiled for fallen students and staff\n"
        "The university unveiled a memorial wall on Wednesday bearing the names of 143 students, graduates and "
        "staff killed defending Ukraine since February 2022.\n"
        "Rector Mykola Savchuk said 11 of them had been killed this year alone, and that 26 more are listed as "
        "missing. Three students were also killed in a drone strike on a dormitory in March, he said.\n"
        "The university, founded in 1885, has 21,000 students, and more than 1,900 of its students and staff serve "
        "in the armed forces. 37 of its 52 buildings have been damaged since 2022.\n"
        "The wall, 14 metres long, was paid for by 3,200 donations from alumni.",
        (
            "ukraine personnel killed 143 - exact cumulative * * 2025-10-02|2025-10-01 other|- false",
            "ukraine personnel killed 11 - exact period * 2025-01-01|- 2025-10-02|2025-10-01 other false",
            "ukraine personnel missing 26 - exact cumulative * * 2025-10-02|2025-10-01 other false",
            "ukraine civilians killed 3 - exact period * * 2025-03-31|2025-03-01 other false",
        ),
    ),
)
