"""Round 56 of whole short articles written for these tests, in styles rounds 1 and 3 to 55 and p1 do not hold, with the
source, the span and the date in view: a newspaper's corrections column, a page of its own whose entries each correct
an earlier article by its date ("A report on 11 June ... said 17; the figure was 14"), where a figure withdrawn as the
paper's own error is no claim but a toll a source has since raised is (the spec's superseded toll), beside tanks
received, a page number and a year that are no losses; a Ukrainian ambassador's statement to the Security Council in
the first person ("my country", "the aggressor", "our air defenders"), with a night's drones and missiles destroyed, a
strike's dead and the children among them, totals since the invasion and the Russian envoy's figure told to the
Council on a stated day, beside drones launched, meetings, a resolution's number and defenders returned from captivity;
a news app's push alerts under clock times, terse headlines with the source after a dash or before a colon, a toll
that rises alert by alert, beside air-defence systems asked for, a currency's fall and money approved; and a
mine-action charity's annual report in its own voice on civilians killed and injured by landmines and unexploded
ordnance in a year, the children among them, its own deminers and a total since 2022, beside hectares cleared, mines
destroyed, children taught, teams, a budget and percentages that are no losses. Names, places and numbers are
invented; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "corrections_column_entries_by_the_date_of_the_article",
        "2025-06-14",
        "Corrections and clarifications\n"
        "The Northern Ledger, Saturday 14 June 2025\n"
        "A report on 11 June about a Russian missile strike on Zaporizhzhia said 17 people had been killed. The "
        "regional military administration's figure was 14, including two children. The same report gave the number "
        "of injured as 60; it was 46.\n"
        "An article on Ukraine's air defence (10 June, page 8) said the air force had shot down 472 of the 499 "
        "drones Russia launched overnight. The air force's figure was 427.\n"
        "A graphic on 7 June described as deaths the Russian losses that Ukraine's General Staff put at 998,470 "
        "troops since the full-scale invasion. That figure includes the wounded.\n"
        "In a profile of a mechanised brigade (9 June) we said the unit had received 120 tanks from allies since "
        "2023. It received 31.\n"
        "A story on 12 June said the governor of Russia's Belgorod region had reported nine civilians killed by "
        "shelling in May. That was his figure when we published; he has since raised it to 11.",
        (
            # "said 17 ... The figure was 14": the paper's own error, withdrawn, is no claim (rounds 4 and 7 read it so)
            "ukraine people|civilians killed 14 - exact period * * 2025-06-11|2025-06-14 ua_officials false",
            "ukraine civilians killed 2 - exact period * * 2025-06-11|2025-06-14 ua_officials false",
            "ukraine people|civilians wounded 46 - exact period * * 2025-06-11|2025-06-14 ua_officials false",
            "russia drones destroyed 427 - exact period 1|- * 2025-06-10|2025-06-09|2025-06-14 ua_officials false",
            "russia personnel losses 998470 - exact cumulative * * 2025-06-07|2025-06-14 ua_general_staff false",
            # the governor's earlier toll, superseded by his own later one, is a claim of its own (the spec)
            "russia civilians killed 9 - exact period * * 2025-05-31|2025-05-01 ru_officials false",
            "russia civilians killed 11 - exact period * * 2025-05-31|2025-05-01 ru_officials false",
        ),
    ),
    Article(
        "ambassador_statement_to_the_security_council_first_person",
        "2025-11-18",
        "Statement by Ambassador Oksana Verbytska, Permanent Representative of Ukraine to the United Nations, at the "
        "Security Council briefing on Ukraine\n"
        "New York, 18 November 2025\n"
        "Thank you, Mr President.\n"
        "This Council has met 41 times on the aggression against my country. Resolution 2774 has changed nothing on "
        "the ground.\n"
        "Last night the aggressor launched 143 drones and six ballistic missiles against my country. Our air "
        "defenders destroyed 121 drones and four missiles.\n"
        "In Ternopil, a missile hit an apartment block and killed 31 people, among them six children.\n"
        "Since the start of the full-scale invasion, the aggressor has killed more than 650 Ukrainian children, and "
        "over 2,100 children have been wounded.\n"
        "On 20 October, the representative of the Russian Federation told this Council that 2,400 Ukrainian "
        "servicemen had been killed in a single week. Let me give you the figures of my country's General Staff: "
        "the Russian army has lost 1,162,300 soldiers since February 2022, 1,170 of them in the past 24 hours "
        "alone.\n"
        "This year my country brought home 1,240 of its defenders from captivity.\n"
        "I thank you.",
        (
            "russia drones destroyed 121 - exact period 1|- * 2025-11-18|2025-11-17 ua_officials false",
            "russia missiles destroyed 4 - exact period 1|- * 2025-11-18|2025-11-17 ua_officials false",
            "ukraine people|civilians killed 31 - exact period * * 2025-11-18|2025-11-17 ua_officials false",
            "ukraine civilians killed 6 - exact period * * 2025-11-18|2025-11-17 ua_officials false",
            "ukraine civilians killed 650 - at_least cumulative|period - 2022-02-24|- 2025-11-18 ua_officials false",
            "ukraine civilians wounded 2100 - at_least cumulative|period - 2022-02-24|- 2025-11-18 ua_officials "
            "false",
            "ukraine personnel killed 2400 - exact period 7|- * 2025-10-20 ru_officials|ru_mod false",
            "russia personnel losses 1162300 - exact cumulative|period - 2022-02-24|2022-02-01|- 2025-11-18 "
            "ua_general_staff false",
            "russia personnel losses 1170 - exact period 1 * 2025-11-18 ua_general_staff false",
        ),
    ),
    Article(
        "news_app_push_alerts_under_clock_times",
        "2025-03-04",
        "Notifications - Daily Ledger\n"
        "Tuesday 4 March 2025\n"
        "06:41 Russian drones hit Odesa overnight: 3 dead, 12 injured - governor\n"
        "07:15 Air force: 74 of 112 Shahed drones downed overnight\n"
        "08:02 General Staff: Russia lost 1,250 troops in past day, 881,420 since invasion\n"
        "09:30 BREAKING: Missile strikes Kryvyi Rih bus station, at least 5 killed - regional chief\n"
        "10:10 Kryvyi Rih toll rises to 8, including a child\n"
        "11:45 Zelensky: Ukraine needs 10 more Patriot systems\n"
        "12:20 Belgorod governor: 2 civilians killed by Ukrainian shelling\n"
        "13:05 Hryvnia falls 2% against the dollar\n"
        "14:40 Russian MoD: 3 Ukrainian Su-25 jets shot down this week\n"
        "15:00 EU approves EUR 3.5bn for Ukraine's defence\n"
        "16:25 Kharkiv mayor: glide bomb hits warehouse, 4 workers injured\n"
        "Tap to read more. Manage alerts in Settings.",
        (
            "ukraine people|civilians killed 3 - exact period 1|- * 2025-03-04 ua_officials false",
            "ukraine people|civilians wounded 12 - exact period 1|- * 2025-03-04 ua_officials false",
            "russia drones destroyed 74 - exact period 1|- * 2025-03-04 ua_officials false",
            "russia personnel losses 1250 - exact period 1 * 2025-03-04 ua_general_staff false",
            "russia personnel losses 881420 - exact cumulative * * 2025-03-04 ua_general_staff false",
            "ukraine people|civilians killed 5 - at_least period * * 2025-03-04 ua_officials false",
            "ukraine people|civilians killed 8 - exact period * * 2025-03-04 ua_officials|- false",
            "ukraine civilians|people killed 1 - exact period * * 2025-03-04 ua_officials|- false",
            "russia civilians killed 2 - exact period * * 2025-03-04 ru_officials false",
            "ukraine aircraft destroyed 3 - exact period 7|- * 2025-03-04 ru_mod false",
            "ukraine people|civilians wounded 4 - exact period * * 2025-03-04 ua_officials false",
        ),
    ),
    Article(
        "mine_action_charity_annual_report",
        "2025-02-20",
        "Safe Ground Ukraine: Annual Report 2024\n"
        "Humanitarian mine action in a country at war\n"
        "In 2024, landmines and unexploded ordnance killed 87 civilians in Ukraine and injured 214, according to the "
        "casualty data we collect with regional authorities. Children made up 19 of the dead and 41 of the injured. "
        "Farmers working their fields accounted for 38% of all casualties.\n"
        "The Kharkiv region remained the most affected, with 31 of the year's deaths.\n"
        "Since February 2022, our records hold 412 civilians killed by explosive ordnance and 1,038 injured.\n"
        "Two of our own deminers were killed and three injured in August, when an anti-tank mine detonated under "
        "their vehicle near Izium.\n"
        "Our 36 teams cleared 2,340 hectares of farmland and destroyed 18,650 mines and other explosive items, 14% "
        "more than in 2023. We taught 96,000 children in 410 schools how to recognise explosive ordnance.\n"
        "Our budget for 2024 was GBP 4.2 million.",
        (
            "ukraine civilians killed 87 - exact period * * 2024-12-31|2024-01-01 other|- false",
            "ukraine civilians wounded 214 - exact period * * 2024-12-31|2024-01-01 other|- false",
            "ukraine civilians killed 19 - exact period * * 2024-12-31|2024-01-01 other|- false",
            "ukraine civilians wounded 41 - exact period * * 2024-12-31|2024-01-01 other|- false",
            "ukraine civilians killed 31 - exact period * * 2024-12-31|2024-01-01 other|- false",
            "ukraine civilians killed 412 - exact cumulative|period - 2022-02-24|2022-02-01|- 2025-02-20|2024-12-31 "
            "other|- false",
            "ukraine civilians wounded 1038 - exact cumulative|period - 2022-02-24|2022-02-01|- "
            "2025-02-20|2024-12-31 other|- false",
            "ukraine civilians|people killed 2 - exact period * * 2024-08-31|2024-08-01 other|- false",
            "ukraine civilians|people wounded 3 - exact period * * 2024-08-31|2024-08-01 other|- false",
        ),
    ),
)
