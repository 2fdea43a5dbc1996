"""Round 26 of whole short articles written for these tests, in styles rounds 1 and 3 to 25 and p1 do not hold, with
the source, the span and the date in view: a wire's "UPDATE 2-" rewrite whose note in brackets says what changed,
with a toll raised from an earlier "at least" and told by the emergency service and the mayor; a UN official's
briefing to the Security Council ("Thank you, Madam President"), with totals since 24 February 2022, a month's toll
and the World Health Organization's count of attacks on health care; a data desk's numbered graphic on three ways of
counting Russia's dead, with a range and a think tank's "as many as"; an emergency service's closing report on a
rescue operation, which comes with no publication date and is dated by a weekday date in its text, dense in numbers
that are no losses (hours, people rescued, tonnes of debris, rescuers); a book review that cites older estimates with
the dates they were made ("In November 2022", "By August 2023"); and a grain markets wire, dense in prices and
tonnages, with one drone attack's toll. Names, places and numbers are invented or changed; nothing is copied from
any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "wire_update_rewrite_toll_raised",
        "2025-10-22",
        "UPDATE 2-Russian missile strike on Dnipro bus station kills nine\n"
        "(Adds emergency service figures, mayor's comment; updates toll in paragraphs 1-2)\n"
        "DNIPRO, Ukraine, Oct 22 (Wire) - A Russian ballistic missile struck a bus station in the central Ukrainian "
        "city of Dnipro on Wednesday, killing nine people and wounding 46, the State Emergency Service said.\n"
        "Officials had earlier said at least seven people were killed. Rescuers pulled 12 people alive from a "
        "damaged office building nearby, the service said on Telegram, adding that three of the dead were children.\n"
        "\"The city is in mourning,\" Mayor Borys Hrytsenko said in a video address. Fourteen of the wounded were in "
        "serious condition, he said.\n"
        "Russia's defence ministry said it had struck a temporary deployment point of Ukrainian troops in Dnipro. It "
        "said its air defences had destroyed 31 Ukrainian drones over Russian regions overnight.\n"
        "(Reporting by Olena Marchenko; Editing by Tom Hale)",
        (
            "ukraine people|civilians killed 9 - exact period * * 2025-10-22 ua_officials false",
            "ukraine people|civilians wounded 46 - exact period * * 2025-10-22 ua_officials false",
            "ukraine people|civilians killed 7 - at_least period * * 2025-10-22 ua_officials|- false",
            "ukraine civilians killed 3 - exact period * * 2025-10-22 ua_officials false",
            "ukraine people|civilians wounded 14 - exact period * * 2025-10-22 ua_officials false",
            "ukraine drones destroyed 31 - exact period 1|- * 2025-10-22|2025-10-21 ru_mod false",
        ),
    ),
    Article(
        "un_security_council_briefing",
        "2025-12-02",
        "Briefing to the Security Council on the humanitarian situation in Ukraine\n"
        "Statement by the Assistant Secretary-General for Human Rights, New York, 2 December 2025\n"
        "Thank you, Madam President.\n"
        "Since 24 February 2022, the UN Human Rights Monitoring Mission in Ukraine has verified that 14,350 civilians "
        "have been killed, among them 745 children, and 38,120 injured. The actual figures are likely considerably "
        "higher.\n"
        "In the month of November alone, the Mission verified 212 civilian deaths and 1,048 injuries, most of them "
        "caused by long-range missiles and drones.\n"
        "Health care has not been spared. The World Health Organization has verified 2,540 attacks on health care "
        "since 24 February 2022, killing 211 health workers and patients.\n"
        "Madam President, civilians in the Russian Federation have also been harmed. Russian authorities report that "
        "18 civilians were killed in the Belgorod region in November; we have not been able to verify these figures.\n"
        "I thank you.",
        (
            "ukraine civilians killed 14350 - exact cumulative - 2022-02-24|- 2025-12-02 un false",
            "ukraine civilians killed 745 - exact cumulative - 2022-02-24|- 2025-12-02 un false",
            "ukraine civilians wounded 38120 - exact cumulative - 2022-02-24|- 2025-12-02 un false",
            "ukraine civilians killed 212 - exact period * * 2025-11-30|2025-11-01 un false",
            "ukraine civilians wounded 1048 - exact period * * 2025-11-30|2025-11-01 un false",
            "ukraine people|civilians killed 211 - exact cumulative - 2022-02-24|- 2025-12-02 un false",
            "russia civilians killed 18 - exact period * * 2025-11-30|2025-11-01 ru_officials true",
        ),
    ),
    Article(
        "data_desk_graphic_three_counts",
        "2025-11-14",
        "GRAPHIC: Russia's war dead, three ways of counting\n"
        "By the Data Desk | Updated 14 November 2025\n"
        "1. Named dead. Mediazona and BBC Russian have confirmed the deaths of 137,460 Russian soldiers by name, from "
        "obituaries, local news and posts by relatives.\n"
        "2. Probate records. By matching inheritance cases against the named list, the two outlets estimate that "
        "between 190,000 and 235,000 Russian servicemen have died.\n"
        "3. A think tank's model. The Center for Strategic and International Studies puts Russia's combined "
        "casualties at as many as 1 million, including up to 250,000 killed.\n"
        "Source: Mediazona, BBC Russian, CSIS. Figures are rounded and exclude units of the Wagner group before 2023.",
        (
            "russia personnel killed 137460 - exact cumulative - - 2025-11-14 mediazona false",
            "russia personnel killed 190000 235000 range cumulative - - 2025-11-14 mediazona false",
            "russia personnel losses 1000000 - at_most cumulative - - 2025-11-14 other false",
            "russia personnel killed 250000 - at_most cumulative - - 2025-11-14 other false",
        ),
    ),
    Article(
        "emergency_service_rescue_report_no_published_date",
        "",
        "Search and rescue operation in Chernihiv completed\n"
        "The State Emergency Service has completed the search and rescue operation at the site of the Russian "
        "missile strike on a five-storey residential building in Chernihiv, which lasted 52 hours.\n"
        "On Saturday, 17 May, at 10:15, the enemy struck the city centre with two ballistic missiles.\n"
        "In total, 23 people were killed, including two children. Another 87 people were injured, 11 of them "
        "children.\n"
        "Rescuers saved 9 people, including 3 children, and removed more than 40 tonnes of debris. 122 rescuers and "
        "31 units of equipment were involved in the operation.",
        (
            "ukraine people|civilians killed 23 - exact period * * 2025-05-17|2025-05-19 ua_officials|- false",
            "ukraine civilians killed 2 - exact period * * 2025-05-17|2025-05-19 ua_officials|- false",
            "ukraine people|civilians wounded 87 - exact period * * 2025-05-17|2025-05-19 ua_officials|- false",
            "ukraine civilians wounded 11 - exact period * * 2025-05-17|2025-05-19 ua_officials|- false",
        ),
    ),
    Article(
        "book_review_older_estimates",
        "2025-08-30",
        "Review: 'The Long Attrition' counts the cost of Russia's war\n"
        "In his new book, the military historian Tomas Reyes sets out to explain how an army can absorb losses on a "
        "scale Europe has not seen since 1945.\n"
        "He begins with the numbers. In November 2022, America's top general estimated that more than 100,000 "
        "Russian soldiers had been killed or wounded. By August 2023, US officials had put the figure at close to "
        "300,000, including as many as 120,000 dead.\n"
        "Britain's Defence Intelligence said in 2024 that Russia was losing an average of 1,200 men a day.\n"
        "Reyes's own tally, drawn from those estimates, is that Russia has suffered around 950,000 casualties.\n"
        "Ukraine's losses are harder to pin down; Kyiv said 43,000 of its soldiers had been killed by the end of "
        "2024.\n"
        "The Long Attrition, by Tomas Reyes, Harbour Press, 384 pages, 25 pounds",
        (
            "russia personnel losses 100000 - at_least cumulative - - 2022-11-30|2022-11-01 us_officials false",
            "russia personnel losses 300000 - approx cumulative - - 2023-08-31|2023-08-01 us_officials false",
            "russia personnel killed 120000 - at_most cumulative - - 2023-08-31|2023-08-01 us_officials false",
            "russia personnel losses 1200 - exact|approx rate 1 - 2024-12-31|2024-01-01 uk_mod false",
            "russia personnel losses 950000 - approx cumulative - - 2025-08-30 other false",
            "ukraine personnel killed 43000 - exact cumulative - - 2024-12-31 ua_officials|ua_president false",
        ),
    ),
    Article(
        "grain_markets_wire_port_strike",
        "2025-07-08",
        "GRAINS-Wheat climbs 2% after drone strike on Ukrainian Danube port\n"
        "CHICAGO/KYIV, July 8 (Wire) - Chicago wheat futures rose 2.1% on Tuesday after a Russian drone attack on the "
        "Danube port of Izmail overnight damaged grain silos and killed two port workers.\n"
        "The most-active wheat contract on the Chicago Board of Trade was up 11-3/4 cents at $5.62-1/4 a bushel by "
        "1145 GMT. Corn gained 0.8% to $4.21 a bushel.\n"
        "The attack destroyed about 6,000 tonnes of grain awaiting export and injured five more people, the Odesa "
        "regional governor said. Ukraine's air force said it had shot down 27 of the 38 drones launched overnight.\n"
        "Ukraine has exported 40.5 million tonnes of grain in the 2024/25 season, down 8% from a year earlier, "
        "agriculture ministry data showed.\n"
        "Analysts at a Paris consultancy said insurance premiums for Black Sea voyages could rise by a third.",
        (
            "ukraine civilians killed 2 - exact period * * 2025-07-08|2025-07-07 ua_officials|- false",
            "ukraine people|civilians wounded 5 - exact period * * 2025-07-08|2025-07-07 ua_officials false",
            "russia drones destroyed 27 - exact period 1|- * 2025-07-08|2025-07-07 ua_officials false",
        ),
    ),
)
