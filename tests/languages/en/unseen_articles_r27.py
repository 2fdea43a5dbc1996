"""Round 27 of whole short articles written for these tests, in styles rounds 1 and 3 to 25 and p1 do not hold, with
the strict attributes in view (who claims, over what span, as of when): a UN agency's humanitarian situation report
under a "key figures (as of DATE)" heading, with a month's toll and "between March and May"; a Russian governor who
"told state TV" and then wrote in a Telegram post "citing military data", under a day-month-year dateline and with no
published date; a newspaper editorial on claims about the other side's claims ("Kyiv disputed Moscow's figure of
500") over a three-day assault and the first half of the year; a news site's headline and standfirst that repeat the
body's figures "in the past 72 hours" and "since the start of the month"; a Baltic public broadcaster's answer from
its defence ministry "as of Monday", with "last year alone" and "over the weekend"; and a think tank's report
"compiled by X and published by Y on DATE", with no published date, on a fleet's losses "last year" and "by the end
of June". Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "un_situation_report_key_figures_as_of",
        "2025-12-04",
        "Ukraine: Humanitarian Situation Report No. 41\n"
        "Key figures (as of 1 December 2025)\n"
        "The UN Human Rights Monitoring Mission in Ukraine (HRMMU) has verified that 14,380 civilians have been "
        "killed and 37,600 injured in Ukraine since 24 February 2022.\n"
        "In November alone, at least 161 civilians were killed and 840 injured, the mission said, the highest "
        "monthly toll since June.\n"
        "Between March and May, 97 children were killed across the country, according to figures released by "
        "UNICEF on Friday.\n"
        "Health facilities were attacked 36 times over the same period, WHO reported.\n"
        "The actual figures are likely considerably higher, as reports from some areas are still being "
        "corroborated.",
        (
            "ukraine civilians killed 14380 - exact cumulative - * 2025-12-01 un false",
            "ukraine civilians wounded 37600 - exact cumulative - * 2025-12-01 un false",
            "ukraine civilians killed 161 - at_least period 30|- * 2025-11-30|2025-11-01 un false",
            "ukraine civilians wounded 840 - at_least|exact period 30|- * 2025-11-30|2025-11-01 un false",
            "ukraine civilians killed 97 - exact period * * 2025-05-31|2025-03-01 un false",
        ),
    ),
    Article(
        "russian_governor_state_tv_then_telegram_no_published_date",
        "",
        "Belgorod governor says Ukrainian drones killed four over the weekend\n"
        "BELGOROD, 12 October 2025 — Ukrainian drone attacks killed four civilians and wounded 17 in Russia's "
        "Belgorod region over the weekend, the regional governor, Anton Melnikov, told state TV on Sunday.\n"
        "Among the wounded were three children, he said.\n"
        "In a Telegram post later in the day, Melnikov, citing military data, said air defence units had shot down "
        "63 Ukrainian drones over the region in the past 72 hours.\n"
        "The state news agency TASS, citing a source in the emergency services, said the death toll had risen to "
        "five overnight.\n"
        "Ukraine's military does not comment on strikes inside Russia.",
        (
            "russia civilians killed 4 - exact period 2|- * 2025-10-12|2025-10-11 ru_officials false",
            "russia civilians wounded 17 - exact period 2|- * 2025-10-12|2025-10-11 ru_officials false",
            "russia civilians wounded 3 - exact period 2|- * 2025-10-12|2025-10-11 ru_officials false",
            "ukraine drones destroyed 63 - exact period 3 * 2025-10-12 ru_officials|ru_mod false",
            "russia civilians|people killed 5 - exact period * * 2025-10-12|2025-10-13 other|ru_officials false",
        ),
    ),
    Article(
        "editorial_disputed_figures_three_day_assault",
        "2025-07-21",
        "Editorial: Two armies, two arithmetics\n"
        "The numbers from the front this week tell us more about the people counting than about the fighting.\n"
        "On Saturday Russia's defence ministry said its troops had killed 500 Ukrainian soldiers in a three-day "
        "assault near Kupiansk. Kyiv disputed Moscow's figure of 500, saying it had lost 38 men during the "
        "three-day assault, and put Russia's own losses there at 1,100.\n"
        "Neither account can be checked. Both sides routinely inflate the enemy's dead and play down their own.\n"
        "By the count of Ukraine's General Staff, Russia lost 212,000 troops in the first half of the year, or "
        "about 1,170 a day.\n"
        "Numbers like these should be read as weapons, not as facts.",
        (
            "ukraine personnel killed 500 - exact period 3 * 2025-07-19|2025-07-21|2025-07-17 ru_mod false",
            "ukraine personnel losses|killed 38 - exact period 3 * 2025-07-19|2025-07-21|2025-07-17 ua_officials "
            "false",
            "russia personnel losses 1100 - exact period 3 * 2025-07-19|2025-07-21|2025-07-17 ua_officials false",
            "russia personnel losses 212000 - exact period 181|- * 2025-06-30|2025-01-01 ua_general_staff false",
            "russia personnel losses 1170 - approx rate 1 * * ua_general_staff|- false",
        ),
    ),
    Article(
        "news_site_headline_standfirst_repeat_72_hours",
        "2025-09-08",
        "Russia lost 3,900 troops in 72 hours as Pokrovsk push stalls, Kyiv says\n"
        "Ukraine's military says Russian forces lost almost 3,900 soldiers in three days of assaults; 41 armoured "
        "vehicles were destroyed\n"
        "Russian forces lost 3,880 soldiers killed or wounded in the past 72 hours near Pokrovsk, the spokesman for "
        "Ukraine's Donetsk operational group, Col. Viktor Tregub, said on Monday.\n"
        "Ukrainian units also destroyed 41 armoured vehicles and 12 tanks over the same period, he told the "
        "national telethon.\n"
        "Since the start of the month, the group has counted 8,950 Russian casualties in the sector, he said.\n"
        "Russia's defence ministry said on Sunday its forces had killed up to 600 Ukrainian servicemen in the area "
        "in a day.",
        (
            "russia personnel losses 3900 - exact|approx period 3 * 2025-09-08 ua_officials false",
            "russia personnel losses 3880 - exact period 3 * 2025-09-08 ua_officials false",
            "russia armoured_vehicles destroyed 41 - exact period 3 * 2025-09-08 ua_officials false",
            "russia tanks destroyed 12 - exact period 3 * 2025-09-08 ua_officials false",
            "russia personnel losses 8950 - exact period * 2025-09-01 2025-09-08 ua_officials false",
            "ukraine personnel killed|losses 600 - at_most period 1 * 2025-09-07|2025-09-06 ru_mod false",
        ),
    ),
    Article(
        "baltic_broadcaster_ministry_answer_as_of_monday",
        "2025-03-04",
        "How many Latvians have died fighting for Ukraine?\n"
        "Latvian public radio put the question to the Defence Ministry. Its written answer: as of Monday, at least "
        "27 Latvian citizens had been killed serving in the Ukrainian armed forces.\n"
        "Eleven of them died last year alone, the ministry said.\n"
        "Two more Latvian volunteers were wounded over the weekend near Kostiantynivka, the commander of their "
        "battalion wrote on Facebook.\n"
        "Neighbouring Estonia's defence forces put the number of Estonians killed at nine as of 1 March.\n"
        "The ministry said it does not track how many Latvians serve in Ukraine, and families are not obliged to "
        "report a death. Latvia has given Ukraine military aid worth 0.25 percent of its economic output each year "
        "since 2022.",
        (
            "ukraine personnel killed 27 - at_least cumulative - * 2025-03-03 other false",
            "ukraine personnel killed 11 - exact period 366|365|- * 2024-12-31|2024-01-01 other false",
            "ukraine personnel wounded 2 - exact period 2|- * 2025-03-02|2025-03-01 ua_officials|other false",
            "ukraine personnel killed 9 - exact cumulative - * 2025-03-01 other false",
        ),
    ),
    Article(
        "think_tank_report_compiled_and_published_no_published_date",
        "",
        "Report: Russia's Black Sea Fleet lost 11 vessels in 2024\n"
        "The report, compiled by the Kyiv-based Black Sea Security Forum and published by the Atlantic Council on 14 "
        "January 2025, says Ukraine destroyed 11 Russian warships and boats last year and damaged another seven.\n"
        "By the end of June, the fleet had already lost six vessels, the authors write.\n"
        "Since February 2022, Russia has lost 28 warships and one submarine in the Black Sea, according to the "
        "report.\n"
        "Russia's defence ministry does not publish its naval losses.\n"
        "The authors relied on satellite images, navy statements and photographs of damaged hulls shared on social "
        "media. They say the fleet has moved most of its remaining ships from Sevastopol to Novorossiysk, out of reach "
        "of Ukrainian sea drones.",
        (
            "russia ships destroyed 11 - exact period 366|- * 2024-12-31|2024-01-01 other false",
            "russia ships damaged 7 - exact period 366|- * 2024-12-31|2024-01-01 other false",
            "russia ships losses 6 - exact period|cumulative * * 2024-06-30 other false",
            "russia ships losses 28 - exact cumulative - * 2025-01-14 other false",
            "russia submarines losses 1 - exact cumulative - * 2025-01-14 other false",
        ),
    ),
)
