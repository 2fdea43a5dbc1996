"""Round 47 of whole short articles written for these tests, in styles rounds 1 and 3 to 46 and p1 do not hold, with the
source, the span and the date in view: a congressional research service's short "Insight" whose figures carry numbered
footnote marks ("According to U.S. officials,[2]", "as of June 2025.[3]"), estimates given with their source and month
in parentheses ("from 46,000 (President ..., February 2025) to 100,000 (U.S. officials, June 2025)") and a table row
told in prose, beside aid sums, laws and their dates that are no losses; a UN Security Council meeting record in the
third person ("The representative of Ukraine said that ...", "The speaker for the Russian Federation rejected ..."),
with a briefer of the UN's human rights office giving a month's and the war's civilian toll, beside the meeting's
number, members, aid and the displaced; an English outlet relaying a Russian military blogger's Telegram post quoted as
a block ("The post reads:", emojis, hashtags) that claims a week's enemy losses on a direction, then the outlet's own
caveat ("could not be verified") and the General Staff's day, beside subscribers, shares and a brigade's number; and a
research summary estimating excess deaths, with a 95% uncertainty interval, "between X and Y" for a year and years of
life lost, beside a survey's respondents, rounds, years of registry data and a response rate that are no losses.
Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "congressional_research_insight_with_footnote_marks",
        "2025-10-06",
        "Russia's War Against Ukraine: Estimates of Military Casualties\n"
        "Updated October 6, 2025\n"
        "Neither Russia nor Ukraine regularly publishes its own military losses, and estimates vary widely.[1] This "
        "Insight summarizes publicly available estimates for Congress.\n"
        "According to U.S. officials,[2] Russia had suffered about 790,000 military casualties (killed and wounded) as "
        "of June 2025, including up to 250,000 killed.[3]\n"
        "Estimates of Ukrainian military deaths range from 46,000 (President Zelensky, February 2025) to 100,000 (U.S. "
        "officials, June 2025).[4]\n"
        "Ukraine's General Staff reported that Russia had lost 1,105,230 personnel as of October 1, 2025.[5]\n"
        "Table 1 gives equipment losses documented by Oryx as of September 30, 2025: for Russia, 4,180 tanks and 9,020 "
        "armored fighting vehicles; for Ukraine, 1,210 tanks.[6]\n"
        "Congress has provided about $182 billion for Ukraine through five laws enacted since 2022, the most recent "
        "signed on April 24, 2024 (P.L. 118-50).[7]",
        (
            "russia personnel losses 790000 - approx cumulative - - 2025-06-30|2025-06-01 us_officials false",
            "russia personnel killed 250000 - at_most cumulative - - 2025-06-30|2025-06-01 us_officials false",
            "ukraine personnel killed 46000 - exact cumulative - - 2025-02-28|2025-02-01 ua_president false",
            "ukraine personnel killed 100000 - exact cumulative - - 2025-06-30|2025-06-01 us_officials false",
            "russia personnel losses 1105230 - exact cumulative - - 2025-10-01 ua_general_staff false",
            "russia tanks losses 4180 - exact cumulative - - 2025-09-30 oryx false",
            "russia armoured_vehicles losses 9020 - exact cumulative - - 2025-09-30 oryx false",
            "ukraine tanks losses 1210 - exact cumulative - - 2025-09-30 oryx false",
        ),
    ),
    Article(
        "security_council_meeting_record_third_person",
        "2025-09-22",
        "Security Council\n"
        "9,987th Meeting (AM)\n"
        "SC/16180\n"
        "22 September 2025\n"
        "Briefers Warn of Rising Civilian Toll as Security Council Meets on Ukraine\n"
        "The Security Council met this morning to discuss the humanitarian situation in Ukraine, hearing from two "
        "briefers and 15 members.\n"
        "Briefing the Council, Anna Keller, Director of the Coordination and Response Division of the Office of the UN "
        "High Commissioner for Human Rights (OHCHR), said that her office had verified 214 civilians killed and 1,031 "
        "injured in Ukraine in August, the highest monthly toll since June 2022. Since February 2022, it had verified "
        "14,180 civilian deaths, including 731 children, she added, stressing that the actual numbers were likely "
        "higher.\n"
        "The representative of Ukraine said that Russian strikes on Kyiv on 28 August alone had killed 23 people, "
        "including four children. He added that his country's forces had destroyed more than 3,000 Russian drones in "
        "August.\n"
        "The speaker for the Russian Federation rejected what he called \"fabricated figures\", saying that Ukrainian "
        "shelling had killed 41 civilians in the Belgorod region since the beginning of the month.\n"
        "The representative of the United States said her country had provided more than $66 billion in military "
        "assistance since 2022. The representative of France noted that 3.6 million people remained internally "
        "displaced.\n"
        "The meeting began at 10:05 a.m. and ended at 12:50 p.m.",
        (
            "ukraine civilians killed 214 - exact period * 2025-08-01|- 2025-08-31|2025-08-01 un false",
            "ukraine civilians wounded 1031 - exact period * 2025-08-01|- 2025-08-31|2025-08-01 un false",
            # "Since February 2022": the month the war began; the extractor dates such a start at the war's first day
            "ukraine civilians killed 14180 - exact cumulative|period - 2022-02-01|2022-02-24|- 2025-09-22 un "
            "true|false",
            "ukraine civilians killed 731 - exact cumulative|period - 2022-02-01|2022-02-24|- 2025-09-22 un "
            "true|false",
            "ukraine people|civilians killed 23 - exact period * * 2025-08-28 ua_officials false",
            "ukraine civilians killed 4 - exact period * * 2025-08-28 ua_officials false",
            "russia drones destroyed 3000 - at_least period * 2025-08-01|- 2025-08-31|2025-08-01 ua_officials false",
            "russia civilians killed 41 - exact period * 2025-09-01|- 2025-09-22 ru_officials false",
        ),
    ),
    Article(
        "telegram_block_quote_of_a_military_blogger",
        "2025-11-12",
        "Pro-Kremlin blogger claims Ukrainian brigade 'wiped out' near Kupiansk\n"
        "A popular Russian military blogger has claimed that Russian forces destroyed most of a Ukrainian brigade on "
        "the Kupiansk direction over the past week.\n"
        "The blogger, who writes under the name \"Northern Front\" and has some 420,000 subscribers, posted the claim "
        "on his Telegram channel on Tuesday evening.\n"
        "The post reads:\n"
        "\"\u26a1\ufe0f Kupiansk direction: the enemy's 14th brigade is bleeding out! \U0001f525 In seven days our "
        "lads have destroyed 11 enemy tanks, 26 armoured vehicles and up to 600 AFU fighters. Another 47 surrendered. "
        "Glory to our heroes! \U0001f1f7\U0001f1fa #Kupiansk #SVO\"\n"
        "The post was shared more than 9,000 times within hours.\n"
        "The claim could not be verified. Ukraine's General Staff, which does not report its own losses, said on "
        "Wednesday that Russia had lost 1,210 soldiers over the past day.\n"
        "Russia's defence ministry has not mentioned the brigade. The blogger has in the past made claims that later "
        "proved false.",
        (
            "ukraine tanks destroyed 11 - exact period 7 * 2025-11-11|2025-11-12 other false",
            "ukraine armoured_vehicles destroyed 26 - exact period 7 * 2025-11-11|2025-11-12 other false",
            "ukraine personnel killed|losses 600 - at_most period 7 * 2025-11-11|2025-11-12 other false",
            "ukraine personnel captured 47 - exact period 7|- * 2025-11-11|2025-11-12 other false",
            "russia personnel losses 1210 - exact period 1 * 2025-11-12|2025-11-11 ua_general_staff false",
        ),
    ),
    Article(
        "research_summary_excess_deaths",
        "2025-05-20",
        "Research summary: Excess mortality in Ukraine's front-line regions, 2022-2024\n"
        "Key findings\n"
        "- We estimate 61,000 excess deaths (95% uncertainty interval 48,000 to 75,000) among civilians in five "
        "front-line regions between March 2022 and December 2024.\n"
        "- Excess deaths were highest in 2022, when between 27,000 and 34,000 more people died than expected.\n"
        "- The excess deaths amount to about 1.9 million years of life lost.\n"
        "Methods\n"
        "The estimate draws on a household survey of 12,400 respondents in four rounds (2022-2024), and on registry "
        "data for 2015-2021. Response rates averaged 68%.\n"
        "Context\n"
        "The UN human rights monitoring mission had verified 12,900 civilian deaths across Ukraine by the end of 2024, "
        "a figure the authors consider an undercount because it counts only deaths it can confirm individually.",
        (
            "ukraine civilians killed 61000 - exact period * 2022-03-01 2024-12-31 -|other false",
            "ukraine civilians killed 48000 75000 range period * 2022-03-01 2024-12-31 -|other false",
            "ukraine people|civilians killed 27000 34000 range period * 2022-01-01|- 2022-12-31|2022-01-01 "
            "-|other false",
            "ukraine civilians killed 12900 - exact cumulative|period * * 2024-12-31 un false",
        ),
    ),
)
