"""Round 58c of whole short articles written for these tests, in wire and live-page styles, with the source, the span
and the date in view: a wire's second-day story under a dateline ("KYIV, March 3 (Wire) -") whose lead gives one
side's count of a two-day assault and whose later paragraphs give the other side's day figures, a figure "since
January 1" published by the General Staff, a strike on a weekday told on Telegram and the day's General Staff total,
beside reporting and editing credits; a "list of key events, day N" page with short bullets under "Fighting",
"Diplomacy" and "Military aid", a night's drones shot down and lost from radar, a border governor's day and a
ministry's week, beside drones launched, a prisoner swap's ordinal and pledges; an English-language Ukrainian outlet's
"Ukraine war latest" digest with "Key developments on March 12:" lines, the General Staff's totals in a sentence ("the
General Staff ... reported on March 12") and a list of equipment, a navy's week and a strike on a stated day, beside
contract soldiers recruited; a Russia-based English outlet's story on an independent count of Russian dead by name
("at least", "over the past two weeks", "since the start of the year"), its parts (volunteers, convicts, officers),
an excess-deaths estimate dated to the end of a year and the ministry's last toll of a named month years before;
a broadcaster's explainer "How many soldiers have died?" under subheadings, weighing a president's figure of a named
month, a names project's count "by mid-March", the General Staff's total, US officials' casualties with a ceiling on
the dead and a defence intelligence daily rate; and a regional story on a strike on a city whose toll is raised
through the day ("By midnight officials had put the toll at"), with the children among the dead, the hospitalised,
the other side's claim of soldiers killed and the city's toll in the year and since the invasion, beside people
rescued, storeys and days of mourning. Names, places and numbers are invented; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "wire_second_day_lead_with_both_sides_figures",
        "2026-03-03",
        "Kyiv says Russia lost 640 troops in failed push near Stepove; Moscow claims heavy Ukrainian losses\n"
        "KYIV, March 3 (Wire) - Russia lost about 640 soldiers killed and wounded in two days of failed assaults near "
        "the southern village of Stepove, a spokesman for Ukraine's southern defence forces told reporters on Tuesday, "
        "as fighting there went into a third day.\n"
        "The spokesman, Viktor Lutsyk, said Ukrainian units had also destroyed 11 tanks and 23 armoured vehicles since "
        "the assault began on Sunday.\n"
        "Russia's defence ministry gave a very different account. It said in a statement that Ukraine had lost up to "
        "410 servicemen in the past 24 hours along the whole front line, and that Russian air defences had shot down "
        "57 Ukrainian drones overnight.\n"
        "Wire could not independently verify either side's battlefield reports. Neither Kyiv nor Moscow discloses its "
        "own military losses.\n"
        "The push near Stepove is the largest in the south since the start of the year. Russian losses on the southern "
        "front have reached 9,800 since January 1, according to figures published by Ukraine's General Staff.\n"
        "Away from the front, a Russian glide bomb killed two people and wounded five in the town of Orikhove on "
        "Monday, regional governor Serhiy Marchuk wrote on Telegram.\n"
        "Ukraine's General Staff said in its daily update that Russia had lost 1,220 troops over the past day, putting "
        "its total losses since the full-scale invasion at 1,268,450.\n"
        "(Reporting by Olena Hrytsak; Editing by Mark Dowling)",
        (
            "russia personnel losses 640 - approx period 2|- * 2026-03-03 ua_officials false",
            "russia tanks destroyed 11 - exact period * 2026-03-01 2026-03-03 ua_officials false",
            "russia armoured_vehicles destroyed 23 - exact period * 2026-03-01 2026-03-03 ua_officials false",
            "ukraine personnel losses 410 - at_most period 1 * 2026-03-03 ru_mod false",
            "ukraine drones destroyed 57 - exact period 1|- * 2026-03-03 ru_mod false",
            "russia personnel losses 9800 - exact period * 2026-01-01 2026-03-03 ua_general_staff false",
            "ukraine people|civilians killed 2 - exact period * * 2026-03-02 ua_officials false",
            "ukraine people|civilians wounded 5 - exact period * * 2026-03-02 ua_officials false",
            "russia personnel losses 1220 - exact period 1 * 2026-03-03|2026-03-02 ua_general_staff false",
            "russia personnel losses 1268450 - exact cumulative * * 2026-03-03 ua_general_staff false",
        ),
    ),
    Article(
        "list_of_key_events_day_n_under_section_bullets",
        "2026-03-06",
        "Russia-Ukraine war: List of key events, day 1,472\n"
        "Here are the main developments as Russia's war on Ukraine enters its 1,472nd day.\n"
        "Fighting\n"
        "- A Russian drone attack on the northeastern city of Sumy killed three people, including two children, and "
        "injured 14 overnight, the head of the regional military administration, Oleh Hrebeniuk, said.\n"
        "- Russian shelling killed one person and wounded six others in the Kherson region over the past day, "
        "regional officials said on Telegram.\n"
        "- Ukraine's air force said it shot down 112 of the 146 drones Russia launched overnight. Another 29 were "
        "lost from radar, it said.\n"
        "- In Russia's Belgorod region, Governor Anatoly Glebov said two civilians were killed on Thursday when a "
        "Ukrainian drone hit their car near the border.\n"
        "- Russia's Ministry of Defence said its forces had captured the village of Novooleksiivka in the Donetsk "
        "region and had destroyed 93 Ukrainian drones this week.\n"
        "Diplomacy\n"
        "- Ukraine's president said he would meet European leaders in Paris next week to discuss security "
        "guarantees.\n"
        "- The Kremlin said no date had been set for a new round of talks.\n"
        "- Russia and Ukraine exchanged 150 prisoners of war each on Thursday, the 71st swap of the war.\n"
        "Military aid\n"
        "- Norway pledged 7 billion kroner ($650m) for Ukraine's drone production this year.",
        (
            "ukraine people|civilians killed 3 - exact period 1|- * 2026-03-06 ua_officials false",
            "ukraine civilians killed 2 - exact period 1|- * 2026-03-06 ua_officials false",
            "ukraine people|civilians wounded 14 - exact period 1|- * 2026-03-06 ua_officials false",
            "ukraine people|civilians killed 1 - exact period 1 * 2026-03-06 ua_officials false",
            "ukraine people|civilians wounded 6 - exact period 1 * 2026-03-06 ua_officials false",
            "russia drones destroyed 112 - exact period 1|- * 2026-03-06 ua_officials false",
            "russia drones losses 29 - exact period 1|- * 2026-03-06 ua_officials false",
            "russia civilians killed 2 - exact period * * 2026-03-05 ru_officials false",
            "ukraine drones destroyed 93 - exact period * * 2026-03-06 ru_mod false",
        ),
    ),
    Article(
        "ukraine_war_latest_digest_with_general_staff_sentence",
        "2026-03-12",
        "Ukraine war latest: Ukrainian drones hit Saratov refinery; Russia loses 1,090 troops in past day\n"
        "Key developments on March 12:\n"
        "Ukrainian drones strike oil refinery in Russia's Saratov\n"
        "Russian missile strike on Odesa port kills 4\n"
        "Navy destroys Russian landing boats near Kinburn Spit\n"
        "Ukrainian long-range drones struck an oil refinery in the Russian city of Saratov overnight on March 12, the "
        "General Staff said. Russia's Defense Ministry claimed to have downed 64 Ukrainian drones over six regions "
        "overnight.\n"
        "A Russian missile strike on the port of Odesa killed four people and injured nine on March 11, Governor "
        "Mykola Bondar said. Two of the injured were children, he said.\n"
        "Russia has lost 1,276,310 troops in Ukraine since the beginning of the full-scale invasion on Feb. 24, 2022, "
        "the General Staff of Ukraine's Armed Forces reported on March 12. The number includes 1,090 casualties "
        "Russian forces suffered in the past 24 hours.\n"
        "According to the report, Russia has also lost 11,702 tanks, 24,290 armored fighting vehicles, 36,015 "
        "artillery systems, 1,580 multiple launch rocket systems, 1,270 air defense systems, 435 airplanes, 349 "
        "helicopters, 98,650 drones, 28 ships and boats, and two submarines.\n"
        "Ukraine's Navy said its forces destroyed two Russian landing boats and killed five marines aboard near the "
        "Kinburn Spit this week.\n"
        "Separately, Ukraine's military intelligence said Russia had recruited 36,000 soldiers on contract since the "
        "start of the year.",
        (
            "ukraine people|civilians killed 4 - exact period * * 2026-03-11 ua_officials false",
            "ukraine drones destroyed 64 - exact period 1|- * 2026-03-12 ru_mod false",
            "ukraine people|civilians wounded 9 - exact period * * 2026-03-11 ua_officials false",
            "ukraine civilians wounded 2 - exact period * * 2026-03-11 ua_officials false",
            "russia personnel losses 1276310 - exact cumulative * * 2026-03-12 ua_general_staff false",
            "russia personnel losses 1090 - exact period 1 * 2026-03-12|2026-03-11 ua_general_staff false",
            "russia tanks losses 11702 - exact cumulative * * 2026-03-12 ua_general_staff false",
            "russia armoured_vehicles losses 24290 - exact cumulative * * 2026-03-12 ua_general_staff false",
            "russia artillery losses 36015 - exact cumulative * * 2026-03-12 ua_general_staff false",
            "russia mlrs losses 1580 - exact cumulative * * 2026-03-12 ua_general_staff false",
            "russia air_defence losses 1270 - exact cumulative * * 2026-03-12 ua_general_staff false",
            "russia aircraft losses 435 - exact cumulative * * 2026-03-12 ua_general_staff false",
            "russia helicopters losses 349 - exact cumulative * * 2026-03-12 ua_general_staff false",
            "russia drones losses 98650 - exact cumulative * * 2026-03-12 ua_general_staff false",
            "russia ships losses 28 - exact cumulative * * 2026-03-12 ua_general_staff false",
            "russia submarines losses 2 - exact cumulative * * 2026-03-12 ua_general_staff false",
            "russia ships destroyed 2 - exact period * * 2026-03-12 ua_officials false",
            "russia personnel killed 5 - exact period * * 2026-03-12 ua_officials false",
        ),
    ),
    Article(
        "russia_based_outlet_on_an_independent_count_of_the_dead",
        "2026-03-20",
        "Independent Count of Russian War Dead Passes 170,000 Names\n"
        "March 20, 2026\n"
        "Mediazona and the BBC Russian Service have identified by name at least 170,240 Russian soldiers killed in "
        "Ukraine since February 2022, according to figures published by the two outlets on Friday.\n"
        "The count grew by 5,130 names over the past two weeks, the largest two-week rise since the autumn, the "
        "outlets said. Since the start of the year, volunteers working on the project have added 21,400 names.\n"
        "The tally is built from obituaries, posts by relatives on social media, reports by regional officials and "
        "photographs of new graves in cemeteries across Russia. The journalists stress that it is a minimum: many "
        "deaths are never reported publicly.\n"
        "Of those identified, more than 33,000 were volunteers who signed contracts after the invasion, and at least "
        "26,700 were convicts recruited from prisons, according to the data. Officers account for 6,150 of the dead.\n"
        "Using inheritance records, Mediazona and the independent outlet Meduza estimated that about 219,000 Russian "
        "soldiers had died by the end of 2025.\n"
        "Russia's Defense Ministry has not published its own toll since September 2022, when it said 5,937 "
        "servicemen had been killed. The Kremlin has declined to comment on the count.",
        (
            "russia personnel killed 170000 - at_least cumulative * * 2026-03-20 mediazona|- false",
            "russia personnel killed 170240 - at_least cumulative * * 2026-03-20 mediazona false",
            "russia personnel killed 5130 - exact period 14 * 2026-03-20 mediazona false",
            "russia personnel killed 21400 - exact period * 2026-01-01 2026-03-20 mediazona false",
            "russia personnel killed 33000 - at_least cumulative * * 2026-03-20 mediazona false",
            "russia personnel killed 26700 - at_least cumulative * * 2026-03-20 mediazona false",
            "russia personnel killed 6150 - exact cumulative * * 2026-03-20 mediazona false",
            "russia personnel killed 219000 - approx cumulative * * 2025-12-31 mediazona|other false",
            "russia personnel killed 5937 - exact cumulative * * 2022-09-30|2022-09-01 ru_mod false",
        ),
    ),
    Article(
        "broadcaster_explainer_weighing_several_estimates",
        "2026-03-26",
        "How many soldiers have died in the Ukraine war?\n"
        "Published 26 March 2026\n"
        "Neither Russia nor Ukraine publishes full figures for its own military dead, and the numbers each gives for "
        "the other side cannot be checked. Here is what the main estimates say.\n"
        "Ukraine's losses\n"
        "In February, Ukraine's president said 46,000 Ukrainian soldiers had been killed since the full-scale "
        "invasion and about 380,000 wounded. Few analysts think that tells the whole story, because it leaves out "
        "the missing.\n"
        "UALosses, a volunteer project that records the names of the Ukrainian dead from obituaries, had counted "
        "91,300 killed and 72,000 missing by mid-March.\n"
        "Russia's losses\n"
        "Ukraine's General Staff says Russia has lost more than 1.28 million troops - a figure that includes the "
        "wounded as well as the dead.\n"
        "US officials estimated in January that Russia had suffered about 1.2 million casualties, of whom as many as "
        "325,000 had been killed.\n"
        "The UK Ministry of Defence said in its latest intelligence update that Russian casualties were running at "
        "about 1,030 a day.\n"
        "Why do the numbers differ?\n"
        "Each side has reasons to inflate the enemy's losses and to play down its own, and independent counts only "
        "include deaths that are reported publicly.",
        (
            "ukraine personnel killed 46000 - exact cumulative * * 2026-02-28|2026-02-01|2026-03-26 ua_president false",
            "ukraine personnel wounded 380000 - approx cumulative * * 2026-02-28|2026-02-01|2026-03-26 ua_president "
            "false",
            "ukraine personnel killed 91300 - exact cumulative * * 2026-03-15|2026-03-26 other false",
            "ukraine personnel missing 72000 - exact cumulative * * 2026-03-15|2026-03-26 other false",
            "russia personnel losses 1280000 - at_least cumulative * * 2026-03-26 ua_general_staff false",
            "russia personnel losses 1200000 - approx cumulative * * 2026-01-31|2026-01-01|2026-03-26 us_officials "
            "false",
            "russia personnel killed 325000 - at_most cumulative * * 2026-01-31|2026-01-01|2026-03-26 us_officials "
            "false",
            "russia personnel losses 1030 - approx rate 1 * * uk_mod false",
        ),
    ),
    Article(
        "regional_story_on_a_city_strike_toll_raised_through_the_day",
        "2026-03-27",
        "Staroselsk strike toll rises to 16 as rescuers end search\n"
        "The death toll from Thursday's Russian missile strike on a residential area of Staroselsk rose to 16 on "
        "Friday morning, the head of the city military administration, Yurii Bilyk, said.\n"
        "The missile hit a nine-storey building and a shopping street shortly after 6pm on Thursday. By midnight "
        "officials had put the toll at nine. Three more bodies were found under the rubble overnight, and four "
        "people died in hospital, Bilyk said.\n"
        "Among the dead are two children. A total of 58 people were injured, 31 of whom remain in hospital, the "
        "regional health department said.\n"
        "The State Emergency Service said in a statement that its rescuers had pulled 19 people from the rubble "
        "alive before ending the search at 10:40.\n"
        "Russia's Defence Ministry said its forces had struck a gathering of Ukrainian troops in the city, killing up "
        "to 70 servicemen. Local officials said there were no military sites nearby.\n"
        "It was the deadliest attack on the city since the start of the year. Russian attacks have killed 44 "
        "civilians in Staroselsk in 2026, according to the city council, and 412 since the full-scale invasion.\n"
        "The city has declared two days of mourning.",
        (
            "ukraine people|civilians killed 16 - exact period * * 2026-03-27|2026-03-26 ua_officials false",
            "ukraine people|civilians killed 9 - exact period * * 2026-03-26|2026-03-27 ua_officials false",
            "ukraine people|civilians killed 3 - exact period * * 2026-03-27|2026-03-26 ua_officials false",
            "ukraine people|civilians killed 4 - exact period * * 2026-03-27|2026-03-26 ua_officials false",
            "ukraine civilians killed 2 - exact period * * 2026-03-27|2026-03-26 ua_officials|- false",
            "ukraine people|civilians wounded 58 - exact period * * 2026-03-27|2026-03-26 ua_officials false",
            "ukraine people|civilians wounded 31 - exact period * * 2026-03-27|2026-03-26 ua_officials false",
            "ukraine personnel killed 70 - at_most period * * 2026-03-26|2026-03-27 ru_mod false",
            "ukraine civilians killed 44 - exact period * 2026-01-01 2026-03-27 ua_officials false",
            "ukraine civilians killed 412 - exact cumulative * * 2026-03-27 ua_officials false",
        ),
    ),
)
