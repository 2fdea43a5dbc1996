"""Round 38 of whole short articles written for these tests, in styles rounds 1 and 3 to 36 and p1 do not hold, with the
source, the span and the date in view: an interview in "Q:" / "A:" lines with a battalion commander who gives his own
unit's dead and wounded and the enemy's "in my sector" "last month", beside assaults repelled, recruits, donated
drones, a strength in percent and a distance that are no losses; an opinion column that cites one figure a sentence,
each with its own date and source ("By the end of 2023, Western officials estimated ...", "In its assessment of
February 2024, ..."), beside towns destroyed and aid that are no claims; a daily newsletter's numbered items that open
on a short headline ("1. Dnipro toll rises. ..."), each from another source, beside a prisoner swap, air-defence
systems to be delivered and the newsletter's readers; and a television news crawl of capitalised items on one line
between "+++" marks, with a ticker's shorthand ("IN 24 HRS", "GOV:", "MOD CLAIMS"), beside a prisoner swap, a stock
index and a programme time. Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "interview_battalion_commander_in_my_sector",
        "2025-11-12",
        "'The drones see everything': a battalion commander on the autumn fighting\n"
        "Major Andriy Sydorenko, 36, commands a rifle battalion of Ukraine's 68th Mechanised Brigade near the town of "
        "Zolotarivka. He spoke to us by video link; the interview has been edited for length.\n"
        "Q: How hard was last month in your sector?\n"
        "A: In October the enemy attacked my sector 214 times, and we repelled every assault. My battalion lost nine "
        "men killed and 27 wounded.\n"
        "Q: And the Russians?\n"
        "A: By our count, about 640 Russian soldiers were killed in my sector last month. Our drone teams also "
        "destroyed 11 armoured vehicles and three tanks.\n"
        "Q: Do you trust those numbers?\n"
        "A: Every kill is on video and checked by the brigade. Some of their wounded probably died later.\n"
        "Q: How many men do you have?\n"
        "A: I will not say. We are at maybe 60 percent strength. We got 45 recruits in September and 120 drones "
        "donated by volunteers.\n"
        "Q: How close is the enemy?\n"
        "A: Their nearest positions are 800 metres from ours.",
        (
            "ukraine personnel killed 9 - exact period 31|30|* 2025-10-01|* 2025-10-31|2025-11-12 ua_officials false",
            "ukraine personnel wounded 27 - exact period 31|30|* 2025-10-01|* 2025-10-31|2025-11-12 ua_officials false",
            "russia personnel killed 640 - approx period 31|30|* 2025-10-01|* 2025-10-31|2025-11-12 ua_officials false",
            "russia armoured_vehicles destroyed 11 - exact period * * * ua_officials false",
            "russia tanks destroyed 3 - exact period * * * ua_officials false",
        ),
    ),
    Article(
        "opinion_column_figures_each_with_its_date",
        "2025-03-03",
        "Opinion | The numbers Moscow cannot hide\n"
        "Three years into the war, the Kremlin still insists its losses are modest. The record says otherwise.\n"
        "By the end of 2023, Western officials estimated that some 315,000 Russian soldiers had been killed or "
        "wounded.\n"
        "In its assessment of February 2024, Britain's Defence Intelligence put the figure at about 355,000.\n"
        "Ukraine's General Staff, which publishes a running tally every morning, said on Sunday that Russia had lost "
        "872,000 troops since the invasion.\n"
        "Moscow's own figure is absurdly low: the last time the defence ministry gave one, in September 2022, it "
        "admitted to 5,937 dead.\n"
        "I have reported from this war since its first week, and I have seen 40 towns reduced to rubble. The West has "
        "sent $180 billion in aid. It must not stop now.",
        (
            "russia personnel losses 315000 - approx cumulative - - 2023-12-31 western_officials false",
            "russia personnel losses 355000 - approx cumulative - - 2024-02-01|2024-02-15|2024-02-29 uk_mod false",
            "russia personnel losses 872000 - exact cumulative - - 2025-03-02 ua_general_staff false",
            "russia personnel killed 5937 - exact cumulative - - 2022-09-01|2022-09-15|2022-09-30 ru_mod false",
        ),
    ),
    Article(
        "daily_newsletter_numbered_items_with_headlines",
        "2025-07-17",
        "The Frontline Daily - Thursday, July 17\n"
        "Good morning. Here is what you need to know today.\n"
        "1. Dnipro toll rises. The number of people killed in Tuesday's missile strike on Dnipro has risen to 14, "
        "including two children, the head of the regional military administration said. Another 52 were injured.\n"
        "2. Russian losses. Russia lost 1,080 soldiers, three tanks and 41 artillery systems over the past day, "
        "Ukraine's General Staff reported. Its total since the invasion stands at 1,041,890.\n"
        "3. Moscow's count. Russia's defence ministry claimed its forces had destroyed 93 Ukrainian drones overnight, "
        "40 of them over the Bryansk region.\n"
        "4. Prisoner swap. Ukraine and Russia exchanged 250 prisoners each on Wednesday, the coordination "
        "headquarters said.\n"
        "5. Weapons. Germany will deliver two more Patriot systems by the end of the year, its defence minister said.\n"
        "6. Kursk. At least 290 North Korean soldiers fighting for Russia were killed in the Kursk region in June, "
        "Ukraine's military intelligence said.\n"
        "That's all for today. Forward this newsletter to a friend; 23,000 readers get it every morning.",
        (
            "ukraine people|civilians killed 14 - exact period * * 2025-07-15|2025-07-17 ua_officials false",
            "ukraine civilians|people killed 2 - exact period * * 2025-07-15|2025-07-17 ua_officials false",
            "ukraine people|civilians wounded 52 - exact period * * 2025-07-15|2025-07-17 ua_officials false",
            "russia personnel losses 1080 - exact period 1 * 2025-07-16|2025-07-17 ua_general_staff false",
            "russia tanks losses|destroyed 3 - exact period 1 * 2025-07-16|2025-07-17 ua_general_staff false",
            "russia artillery losses|destroyed 41 - exact period 1 * 2025-07-16|2025-07-17 ua_general_staff false",
            "russia personnel losses 1041890 - exact cumulative - * 2025-07-17 ua_general_staff false",
            "ukraine drones destroyed 93 - exact period 1|- * 2025-07-16|2025-07-17 ru_mod false",
            "ukraine drones destroyed 40 - exact period 1|- * 2025-07-16|2025-07-17 ru_mod false",
            "russia personnel killed 290 - at_least period 30 2025-06-01 2025-06-30 ua_mod false",
        ),
    ),
    Article(
        "tv_news_crawl_between_plus_marks",
        "2025-08-21",
        "NEWS CRAWL - THURSDAY, AUG. 21\n"
        "+++ ODESA PORT STRIKE: 3 DEAD, 9 HURT - REGIONAL GOVERNOR +++ UKR MILITARY: RUSSIA LOST 1,120 TROOPS IN 24 "
        "HRS; TOTAL SINCE INVASION NOW 1,069,330 +++ RUSSIAN MOD CLAIMS 57 UKRAINIAN DRONES DOWNED OVERNIGHT +++ "
        "PRISONER SWAP: 84 FOR 84, BOTH SIDES SAY +++ BELGOROD GOV: 2 CIVILIANS KILLED BY UKRAINIAN DRONE ON HIGHWAY "
        "+++ DOW CLOSES UP 120 PTS +++ AIR FORCE: 46 OF 59 RUSSIAN DRONES SHOT DOWN OVER KYIV OVERNIGHT +++ NEXT: "
        "WEATHER AT :45 +++",
        (
            "ukraine people|civilians killed 3 - exact period * * 2025-08-21 ua_officials false",
            "ukraine people|civilians wounded 9 - exact period * * 2025-08-21 ua_officials false",
            "russia personnel losses 1120 - exact period 1 * 2025-08-20|2025-08-21 ua_general_staff false",
            "russia personnel losses 1069330 - exact cumulative - * 2025-08-21 ua_general_staff false",
            "ukraine drones destroyed 57 - exact period 1|- * 2025-08-20|2025-08-21 ru_mod false",
            "russia civilians killed 2 - exact period * * 2025-08-21 ru_officials false",
            "russia drones destroyed 46 - exact period 1|- * 2025-08-20|2025-08-21 ua_officials false",
        ),
    ),
)
