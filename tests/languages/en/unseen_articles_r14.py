"""Round 14 of whole short articles written for these tests, in outlet styles rounds 1 and 3 to 13 do not hold: a wire
explainer in question headings on what the payouts to soldiers' families reveal, a live blog's three entries under
"Nh ago" and clock lines, a wire analysis of satellite images after drone strikes on bomber bases (with aircraft
designations that are no counts), an exile outlet's region-by-region update of a count of named dead, an
investigation of one brigade's leaked personnel lists, and a defence department briefing transcript with a reporter's
question and speaker labels.
Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "explainer_payouts_to_families",
        "2025-07-15",
        "What Russia's payouts to soldiers' families reveal about its war dead\n"
        "MOSCOW (Wire) - Russia pays the family of each soldier killed in Ukraine a lump sum of about 12 million "
        "rubles. Court records and regional budgets offer a rare window into how many have died.\n"
        "WHAT DO THE COURTS SHOW?\n"
        "Families must go to court when a soldier is missing. Courts heard 14,500 such cases in 2024, up from 4,100 "
        "the year before, the independent outlet Mediazona found.\n"
        "WHAT DO THE BUDGETS SAY?\n"
        "An analysis of regional spending by the research group Re:Russia suggests that payments were made for at "
        "least 62,000 dead soldiers by the end of 2024.\n"
        "WHAT DOES MOSCOW SAY?\n"
        "The government has not updated its official toll since September 2022, when Defence Minister Sergei "
        "Shoigu said 5,937 soldiers had been killed.\n"
        "Mediazona and the BBC's Russian service have confirmed the names of 106,745 Russian soldiers killed in "
        "the war, as of July 11.",
        (
            "russia personnel killed 62000 - at_least cumulative * * 2024-12-31 other false",
            "russia personnel killed 5937 - exact cumulative * * 2022-09-30|2022-09-01 ru_mod false",
            "russia personnel killed 106745 - exact cumulative * * 2025-07-11 mediazona false",
        ),
    ),
    Article(
        "live_blog_ago_entries",
        "2025-06-11",
        "Russia-Ukraine war live: drones over Kyiv as Kremlin rules out ceasefire\n"
        "Key events\n"
        "4m ago\n"
        "11.02 CEST\n"
        "Ukraine's air force said on Wednesday morning that it had shot down 58 of the 71 drones Russia launched "
        "overnight, and that nine more were lost from radar.\n"
        "1h ago\n"
        "10.15 CEST\n"
        "In Russia's Belgorod region, governor Vyacheslav Gladkov said a Ukrainian drone attack on a car had killed "
        "two men and injured a woman near the border.\n"
        "2h ago\n"
        "09.30 CEST\n"
        "Ukraine's general staff said Russia had lost 1,020 troops over the past day, bringing its total since the "
        "full-scale invasion to 1,012,410.\n"
        "Share",
        (
            "russia drones destroyed 58 - exact period 1|- * 2025-06-11 ua_officials false",
            "russia drones losses 9 - exact period 1|- * 2025-06-11 ua_officials false",
            "russia people|civilians killed 2 - exact period * * 2025-06-11 ru_officials false",
            "russia people|civilians wounded 1 - exact period * * 2025-06-11 ru_officials false",
            "russia personnel losses 1020 - exact period 1 * 2025-06-11 ua_general_staff false",
            "russia personnel losses 1012410 - exact cumulative * * 2025-06-11 ua_general_staff false",
        ),
    ),
    Article(
        "wire_satellite_bomber_bases",
        "2025-08-04",
        "Satellite images show Ukrainian drones hit at least seven Russian bombers at Arctic base\n"
        "LONDON, Aug 4 (Wire) - Satellite images taken on Sunday show at least seven Russian strategic bombers "
        "destroyed or damaged at the Olenya air base in the Murmansk region after a Ukrainian drone attack on "
        "Friday, according to a Wire analysis of pictures from a commercial provider.\n"
        "Ukraine's SBU security service said on Saturday its drones had hit 12 aircraft, including Tu-95 and "
        "Tu-22M3 bombers, at two air bases.\n"
        "Russia's defence ministry said its air defences had shot down 45 Ukrainian drones over the Murmansk and "
        "Leningrad regions overnight, and that \"several aircraft\" had been damaged by fire.\n"
        "Analysts said that if the SBU's figures were accurate, Russia would have lost about a tenth of its "
        "long-range bomber fleet.\n"
        "Wire could not independently verify the SBU's claims.",
        (
            "russia aircraft destroyed|damaged|losses 7 - at_least period 1|- * 2025-08-01|2025-08-03|2025-08-04 "
            "other|- false",
            "russia aircraft destroyed|damaged 12 - exact period 1|- * 2025-08-01|2025-08-02|2025-08-04 "
            "ua_officials|ua_mod false",
            "ukraine drones destroyed 45 - exact period 1|- * 2025-08-04|2025-08-03|2025-08-01 ru_mod false",
        ),
    ),
    Article(
        "exile_outlet_regions_named_dead",
        "2025-10-27",
        "Counting the dead, region by region\n"
        "The latest update to the independent count of Russian soldiers killed in the war\n"
        "As of October 24, Mediazona and BBC News Russian have confirmed the names of 131,910 Russian servicemen "
        "killed in Ukraine. More than 3,200 names were added in the past two weeks.\n"
        "The largest number of confirmed deaths comes from Bashkortostan, with 5,870 names, followed by the "
        "Sverdlovsk region with 4,120.\n"
        "Volunteers who signed contracts after the invasion now make up the largest group of the dead: 38,400 of "
        "those identified.\n"
        "The researchers estimate, based on probate records, that the true number of deaths is between 190,000 "
        "and 240,000.",
        (
            "russia personnel killed 131910 - exact cumulative * * 2025-10-24 mediazona false",
            "russia personnel killed 3200 - at_least period 14|- * 2025-10-24|2025-10-27 mediazona false",
            "russia personnel killed 5870 - exact cumulative * * 2025-10-24|2025-10-27 mediazona false",
            "russia personnel killed 4120 - exact cumulative * * 2025-10-24|2025-10-27 mediazona false",
            "russia personnel killed 38400 - exact cumulative * * 2025-10-24|2025-10-27 mediazona false",
            "russia personnel killed 190000 240000 range cumulative * * 2025-10-24|2025-10-27 mediazona|other false",
        ),
    ),
    Article(
        "investigation_leaked_brigade_rosters",
        "2024-10-15",
        "Leaked rosters show how one Russian brigade was ground down\n"
        "By our investigations team\n"
        "Personnel lists from a Russian motor rifle brigade, obtained by our investigations team and checked "
        "against social media posts by relatives, show that of the 3,800 men on its rolls in January, 2,300 had "
        "been killed, wounded or gone missing by the end of August.\n"
        "The lists name 640 of them as killed. Another 310 are recorded as missing in action.\n"
        "The brigade's commander told state television in June that its losses had been \"minimal\".\n"
        "Ukraine's General Staff says Russia has lost about 655,000 troops since the full-scale invasion began.",
        (
            "russia personnel losses 2300 - exact period|cumulative * * 2024-08-31|2024-10-15 other false",
            "russia personnel killed 640 - exact period|cumulative * * 2024-08-31|2024-10-15 other false",
            "russia personnel missing 310 - exact period|cumulative * * 2024-08-31|2024-10-15 other false",
            "russia personnel losses 655000 - approx cumulative * * 2024-10-15 ua_general_staff false",
        ),
    ),
    Article(
        "defence_department_briefing_transcript",
        "2023-12-12",
        "Department of Defense Press Briefing by the Press Secretary\n"
        "PRESS SECRETARY: Good afternoon, everyone. I have nothing to announce, so let's go to your questions.\n"
        "Q: General, do you have an updated figure for Russian casualties in Ukraine?\n"
        "PRESS SECRETARY: Our latest assessment is that Russia has sustained more than 315,000 casualties, killed "
        "and wounded, since the start of the invasion. It has also lost about 2,200 tanks.\n"
        "Q: And Ukraine's losses?\n"
        "PRESS SECRETARY: I'm not going to get into Ukrainian casualty figures. That's for Ukraine to talk about.\n"
        "Q: There are reports that Russia lost 40 tanks near Avdiivka this week. Can you confirm that?\n"
        "PRESS SECRETARY: I've seen those reports. I can't confirm the specific number.",
        (
            "russia personnel losses 315000 - at_least cumulative * * 2023-12-12 us_officials false",
            "russia tanks losses 2200 - approx cumulative * * 2023-12-12 us_officials false",
            "russia tanks losses 40 - exact period 7|- * 2023-12-12|2023-12-11 other|- true|false",
        ),
    ),
)
