"""Round 9 of whole short articles written for these tests, in outlet styles rounds 1 and 3 to 8 do not hold: a
verification desk's count from satellite images with a picture credit, an open-source analyst's numbered thread
("1/", "2/"), a fact check under "CLAIM:" / "THE FACTS:" labels, a timeline of dated lines ("Sept. 21, 2022 —"), a
month-by-month table of lines ("October 2023: 156 killed, 521 injured"), a parliament's written answer with its
question, number and answer lines, a charity's press release with notes to editors, a morning newsletter's
bullets with a sign-up prompt, a news agency's flash lines ("URGENT: ... — ministry"), a podcast's episode page
under clock-time chapters, and an encyclopedia entry with bracketed reference numbers ("[7]"). Names, places and
numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "satellite_images_verified",
        "2024-03-10",
        "Satellite images show wrecked Russian armour piling up near front-line town\n"
        "By the Verify desk\n"
        "Satellite images analysed by our verification team show the remains of at least 48 Russian armoured "
        "vehicles along a four-kilometre stretch of road north-west of the town, after weeks of failed assaults.\n"
        "We counted 12 tanks among them, using images taken on several days in February.\n"
        "Image: Maxar Technologies, 24 February 2024\n"
        "Ukraine's 47th Mechanised Brigade, which defends the area, said in a statement that its drone units had "
        "destroyed 31 Russian tanks and 70 armoured vehicles in the past month.\n"
        "Russia's defence ministry has not commented on the losses. It said on Friday that Ukraine had lost 1,200 "
        "troops in the area over the past week.\n"
        "We could not independently confirm either side's figures.",
        (
            "russia armoured_vehicles losses|destroyed 48 - at_least period|cumulative * * * other false",
            "russia tanks losses|destroyed 12 - exact period|cumulative * * * other false",
            "russia tanks destroyed 31 - exact period 30|31|- * 2024-03-10 ua_officials false",
            "russia armoured_vehicles destroyed 70 - exact period 30|31|- * 2024-03-10 ua_officials false",
            "ukraine personnel losses 1200 - exact period 7 * 2024-03-08|2024-03-10 ru_mod false",
        ),
    ),
    Article(
        "analyst_numbered_thread",
        "2024-11-05",
        "What a month of filmed losses tells us: an analyst's thread\n"
        "An open-source analyst who counts equipment losses from geolocated video posted this thread on Monday.\n"
        "1/ October was another heavy month for Russian armour. I have geolocated footage of 142 Russian armoured "
        "vehicles destroyed or abandoned during the month.\n"
        "2/ Of those, 38 were tanks. That is the highest monthly figure since March.\n"
        "3/ Ukraine's losses were lower: I count 41 Ukrainian armoured vehicles lost in October, including 9 "
        "tanks.\n"
        "4/ These are minimums. Many losses are never filmed.\n"
        "5/ Method and full list in the next post. Follow for weekly updates.",
        (
            "russia armoured_vehicles losses 142 - exact period 31|- * 2024-10-31|2024-10-01 other false",
            "russia tanks losses 38 - exact period 31|- * 2024-10-31|2024-10-01 other false",
            "ukraine armoured_vehicles losses 41 - exact period 31|- * 2024-10-31|2024-10-01 other false",
            "ukraine tanks losses 9 - exact period 31|- * 2024-10-31|2024-10-01 other false",
        ),
    ),
    Article(
        "fact_check_labels",
        "2023-06-09",
        "FACT CHECK: Video does not show Ukraine losing 40 tanks in a day\n"
        "CLAIM: Posts on social media say Ukraine lost 40 tanks in a single day of its counteroffensive.\n"
        "THE FACTS: The footage shared with the posts comes from a video game released in 2013.\n"
        "Russia's defence ministry said on Tuesday that its forces had destroyed eight Ukrainian tanks, three of "
        "them German-made Leopards, and 13 armoured vehicles in the south on Monday.\n"
        "Oryx, a blog that counts losses from photos and video, has documented six Ukrainian tanks lost since "
        "June 4.\n"
        "Ukraine's defence ministry has not published its own losses.",
        (
            "ukraine tanks losses 40 - exact period 1|- * 2023-06-09 other false|true",
            "ukraine tanks destroyed 8 - exact period 1|- * 2023-06-05 ru_mod false",
            "ukraine tanks destroyed 3 - exact period 1|- * 2023-06-05 ru_mod false",
            "ukraine armoured_vehicles destroyed 13 - exact period 1|- * 2023-06-05 ru_mod false",
            "ukraine tanks losses 6 - exact period * 2023-06-04 2023-06-09 oryx false",
        ),
    ),
    Article(
        "timeline_dated_lines",
        "2024-02-20",
        "Timeline: two years of Russia's war in Ukraine\n"
        "Here are some of the key moments of the war.\n"
        "Feb. 24, 2022 — Russian troops invade Ukraine from the north, east and south.\n"
        "Sept. 21, 2022 — Putin orders the mobilisation of 300,000 reservists. Defence Minister Sergei Shoigu "
        "says 5,800 Russian soldiers have been killed.\n"
        "May 20, 2023 — Wagner's founder claims the capture of Bakhmut and says 20,000 of his fighters died in "
        "the battle for the city.\n"
        "Feb. 18, 2024 — Ukraine withdraws from Avdiivka. President Volodymyr Zelenskyy says 31,000 Ukrainian "
        "soldiers have been killed in two years of war.",
        (
            "russia personnel killed 5800 - exact cumulative * * 2022-09-21 ru_mod false",
            "russia personnel killed 20000 - exact period * * 2023-05-20 other|ru_officials false",
            "ukraine personnel killed 31000 - exact cumulative * * 2024-02-18 ua_president false",
        ),
    ),
    Article(
        "monthly_table_lines",
        "2024-01-15",
        "Civilian casualties in Ukraine, month by month\n"
        "The UN human rights monitoring mission in Ukraine publishes monthly figures for the civilians it has "
        "verified as killed or injured. Its figures for the last three months of 2023:\n"
        "October 2023: 156 killed, 521 injured\n"
        "November 2023: 119 killed, 436 injured\n"
        "December 2023: 108 killed, 480 injured\n"
        "Since 24 February 2022, the mission has verified 10,191 civilians killed, of whom 575 were children, and "
        "19,139 injured. It says the actual figures are likely considerably higher.",
        (
            "ukraine civilians|people killed 156 - exact period 31|- * 2023-10-31|2023-10-01 un false",
            "ukraine civilians|people wounded 521 - exact period 31|- * 2023-10-31|2023-10-01 un false",
            "ukraine civilians|people killed 119 - exact period 30|- * 2023-11-30|2023-11-01 un false",
            "ukraine civilians|people wounded 436 - exact period 30|- * 2023-11-30|2023-11-01 un false",
            "ukraine civilians|people killed 108 - exact period 31|- * 2023-12-31|2023-12-01 un false",
            "ukraine civilians|people wounded 480 - exact period 31|- * 2023-12-31|2023-12-01 un false",
            "ukraine civilians killed 10191 - exact cumulative * * 2024-01-15 un false",
            "ukraine civilians killed 575 - exact cumulative * * 2024-01-15 un false",
            "ukraine civilians wounded 19139 - exact cumulative * * 2024-01-15 un false",
        ),
    ),
    Article(
        "parliament_written_answer",
        "2024-04-22",
        "Russia: Military Casualties\n"
        "Question for Ministry of Defence\n"
        "UIN 19876, tabled on 15 April 2024\n"
        "To ask the Secretary of State for Defence, what recent estimate he has made of the number of Russian "
        "military personnel killed or wounded in Ukraine.\n"
        "Answered on 22 April 2024\n"
        "Defence Intelligence assesses that Russia has suffered around 450,000 casualties, killed and wounded, "
        "since the start of the full-scale invasion in February 2022. Russia has also lost an estimated 2,900 "
        "main battle tanks. Russia's average daily casualty rate rose to 983 in April, the highest of the war.\n"
        "Answered by: Minister for the Armed Forces",
        (
            "russia personnel losses 450000 - approx cumulative * * 2024-04-22 uk_mod false",
            "russia tanks losses 2900 - exact|approx cumulative * * 2024-04-22 uk_mod false",
            "russia personnel losses 983 - exact rate 1 * 2024-04-22|2024-04-30|2024-04-01 uk_mod false",
        ),
    ),
    Article(
        "charity_press_release",
        "2024-06-12",
        "PRESS RELEASE\n"
        "FOR IMMEDIATE RELEASE\n"
        "Child casualties in Ukraine up by a third this year, charity warns\n"
        "LONDON, 12 June 2024 — At least 158 children were killed or injured in Ukraine in the first five months "
        "of 2024, a rise of 34% on the same period last year, a children's charity said today.\n"
        "In May alone, 21 children were killed and 56 injured, the charity said, citing figures verified by the "
        "United Nations.\n"
        "Since February 2022, more than 600 children have been killed, according to the UN.\n"
        "ENDS\n"
        "Notes to editors: The charity has worked in Ukraine since 2014 and has reached 1.8 million people since "
        "the escalation of the war. For media enquiries call +44 20 7012 6400.",
        (
            "ukraine civilians|people losses 158 - at_least period * * 2024-05-31|2024-06-12 other false",
            "ukraine civilians|people killed 21 - exact period 31|- * 2024-05-31|2024-05-01 other|un false",
            "ukraine civilians|people wounded 56 - exact period 31|- * 2024-05-31|2024-05-01 other|un false",
            "ukraine civilians|people killed 600 - at_least cumulative * * 2024-06-12 un false",
        ),
    ),
    Article(
        "newsletter_bullets",
        "2025-03-03",
        "Ukraine War Briefing: Kyiv says Russian losses near 880,000\n"
        "Good morning. Here is what you need to know today.\n"
        "• Russian forces lost 1,250 soldiers in the past day, Ukraine's military said on Monday, taking Moscow's "
        "losses since the invasion to about 880,000.\n"
        "• Russia's defence ministry said its air defences had destroyed 94 Ukrainian drones overnight, 40 of them "
        "over the Kursk region.\n"
        "• Four people were killed in a Russian drone strike on Kharkiv, the city's mayor said.\n"
        "Sign up to get the Ukraine War Briefing in your inbox every weekday. More than 250,000 readers already "
        "do.",
        (
            "russia personnel losses 1250 - exact period 1 * 2025-03-03|2025-03-02 ua_general_staff false",
            "russia personnel losses 880000 - approx cumulative * * 2025-03-03 ua_general_staff false",
            "ukraine drones destroyed 94 - exact period 1|- * 2025-03-03 ru_mod false",
            "ukraine drones destroyed 40 - exact period 1|- * 2025-03-03 ru_mod false",
            "ukraine people|civilians killed 4 - exact period * * 2025-03-03 ua_officials false",
        ),
    ),
    Article(
        "agency_flash_lines",
        "2025-01-15",
        "URGENT: Russia says air defences downed 46 Ukrainian drones overnight — ministry\n"
        "URGENT: Two civilians killed in Ukrainian drone attack on Bryansk region — governor\n"
        "BULLETIN: Kyiv says Russia lost 1,470 troops in past day — General Staff\n"
        "More follows.",
        (
            "ukraine drones destroyed 46 - exact period 1|- * 2025-01-15 ru_mod false",
            "russia civilians|people killed 2 - exact period * * 2025-01-15 ru_officials false",
            "russia personnel losses 1470 - exact period 1 * 2025-01-15|2025-01-14 ua_general_staff false",
        ),
    ),
    Article(
        "podcast_timestamps",
        "2024-08-30",
        "Podcast: What a thousand days of war have cost\n"
        "In this episode, our defence correspondent talks to a military historian about the toll of the war.\n"
        "00:00 Introduction\n"
        "03:15 Why casualty figures are so hard to pin down\n"
        "12:40 The battle for Bakhmut\n"
        "25:05 What comes next\n"
        "Episode notes: US officials estimated this month that 115,000 Russian soldiers have been killed and up to "
        "300,000 wounded. Listen on any podcast app.",
        (
            "russia personnel killed 115000 - exact cumulative * * 2024-08-30|2024-08-01|2024-08-31 us_officials "
            "false",
            "russia personnel wounded 300000 - at_most cumulative * * 2024-08-30|2024-08-01|2024-08-31 us_officials "
            "false",
        ),
    ),
    Article(
        "encyclopedia_citations",
        "2024-05-01",
        "Battle of the river crossing\n"
        "The battle was fought over the winter of 2023-24 on the left bank of the river.[1] Ukrainian marines held "
        "a small bridgehead around the village for several months.[2]\n"
        "Casualties\n"
        "According to Ukraine's navy, 788 Russian soldiers were killed in the fighting for the bridgehead.[7] A "
        "Russian military blogger claimed that 3,000 Ukrainian marines had died,[8] a figure that could not be "
        "verified.[9] An investigation by a Ukrainian outlet identified 262 marines who were killed or went "
        "missing.[10]\n"
        "References\n"
        "1. Smith, J. (12 January 2024). \"The crossing\". Retrieved 3 March 2024.",
        (
            "russia personnel killed 788 - exact period * * 2024-05-01 ua_officials false",
            "ukraine personnel killed 3000 - exact period * * 2024-05-01 other false|true",
            "ukraine personnel losses|killed|missing 262 - exact period * * 2024-05-01 other false",
        ),
    ),
)
