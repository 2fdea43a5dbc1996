"""Round 28 of whole short articles written for these tests, in styles rounds 1 and 3 to 27 and p1 do not hold, with
the source, the span and the date in view: a Ukrainian regional newspaper's farewell feature on three local soldiers,
with the district's count of its dead "since 2022" and of its missing and captive, dense in ages and unit numbers
that are no losses; a Kremlin-friendly outlet's English edition that closes every paragraph on "according to the
Russian Defence Ministry", with a day's claims and the totals since the start of the "special military operation"; a
humanitarian alliance's press release on aid workers killed "since the start of the full-scale invasion" and "this
year", with its own reach and membership that are no losses; and a fact-check that rates a viral figure of Ukraine's
losses false and sets the public estimates beside it, each with the month it was made. Names, places and numbers are
invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "regional_paper_farewell_district_dead",
        "2025-03-14",
        "Farewell to three sons of the Kovel district\n"
        "The Volyn Herald | 14 March 2025\n"
        "Three more soldiers from the Kovel district were buried this week, bringing the number of the district's "
        "residents killed defending Ukraine since 2022 to 412, the district military administration said.\n"
        "Senior Sergeant Andrii Melnyk, 38, a machine gunner of the 14th Mechanised Brigade, was killed on 2 March "
        "near Pokrovsk. He leaves a wife and two daughters.\n"
        "Private Vasyl Kostiuk, 24, died of his wounds in a hospital in Dnipro on 5 March.\n"
        "Junior Sergeant Oleh Romaniuk, 45, had been listed as missing since August 2024; his death was confirmed by "
        "a DNA test last month.\n"
        "According to the district council, 57 residents of the district are still missing and 23 are in Russian "
        "captivity.\n"
        "\"Every village has a fresh grave,\" said Father Ivan, who has served in the parish for 30 years. The "
        "memorial wall in Kovel's central square, unveiled in 2023, is 40 metres long.",
        (
            "ukraine personnel killed 3 - exact period|cumulative * * 2025-03-14 ua_officials|- false",
            "ukraine personnel killed 412 - exact cumulative|period - 2022-01-01|2022-02-24|- 2025-03-14 "
            "ua_officials false",
            "ukraine personnel|people missing 57 - exact cumulative - - 2025-03-14 ua_officials false",
            "ukraine personnel|people captured 23 - exact cumulative - - 2025-03-14 ua_officials false",
        ),
    ),
    Article(
        "kremlin_friendly_english_edition_mod_refrain",
        "2024-09-03",
        "Russian forces repel seven Ukrainian counterattacks in Kursk border area\n"
        "MOSCOW, September 3. Russian troops have repelled seven counterattacks by Ukrainian assault groups in the "
        "Kursk Region over the past 24 hours, inflicting losses of up to 340 servicemen on the enemy, according to "
        "the Russian Defence Ministry.\n"
        "The Battlegroup North also destroyed two tanks, five armoured combat vehicles and 14 motor vehicles of the "
        "Ukrainian army in the area, according to the Russian Defence Ministry.\n"
        "In the Donetsk direction, units of the Battlegroup Centre improved their tactical position, and the "
        "Ukrainian army lost up to 610 personnel there, according to the Russian Defence Ministry.\n"
        "Russian air defences shot down 52 Ukrainian unmanned aerial vehicles and four HIMARS rockets over the past "
        "day, according to the Russian Defence Ministry.\n"
        "In all, since the start of the special military operation, Russian forces have destroyed 631 aircraft, 283 "
        "helicopters and 18,140 tanks and other armoured combat vehicles, according to the Russian Defence Ministry.",
        (
            "ukraine personnel losses 340 - at_most period 1 * 2024-09-03|2024-09-02 ru_mod false",
            "ukraine tanks destroyed 2 - exact period 1|- * 2024-09-03|2024-09-02 ru_mod false",
            "ukraine armoured_vehicles destroyed 5 - exact period 1|- * 2024-09-03|2024-09-02 ru_mod false",
            "ukraine vehicles destroyed 14 - exact period 1|- * 2024-09-03|2024-09-02 ru_mod false",
            "ukraine personnel losses 610 - at_most period 1|- * 2024-09-03|2024-09-02 ru_mod false",
            "ukraine drones destroyed 52 - exact period 1 * 2024-09-03|2024-09-02 ru_mod false",
            "ukraine missiles destroyed 4 - exact period 1 * 2024-09-03|2024-09-02 ru_mod false",
            "ukraine aircraft destroyed 631 - exact cumulative - - 2024-09-03 ru_mod false",
            "ukraine helicopters destroyed 283 - exact cumulative - - 2024-09-03 ru_mod false",
            "ukraine armoured_vehicles|tanks destroyed 18140 - exact cumulative - - 2024-09-03 ru_mod false",
        ),
    ),
    Article(
        "humanitarian_alliance_press_release_aid_workers",
        "2025-08-19",
        "PRESS RELEASE\n"
        "Aid workers are not a target: 131 humanitarians killed in Ukraine\n"
        "Kyiv/Geneva, 19 August 2025 - On World Humanitarian Day, the Humanitarian Alliance for Ukraine mourns the "
        "aid workers who lost their lives helping civilians.\n"
        "Since the start of the full-scale invasion, 131 humanitarian workers and volunteers have been killed in "
        "Ukraine and 287 injured, according to data compiled by the Alliance. Eighteen of them were killed this "
        "year, among them four staff members of our member organisations.\n"
        "Most recently, on 14 August, two volunteers delivering drinking water in Kherson were killed when a Russian "
        "drone struck their clearly marked van, the regional military administration said.\n"
        "\"Every one of these deaths is a violation of international humanitarian law,\" said the Alliance's "
        "country director, Marta Ilyenko.\n"
        "In the first half of 2025, our members reached 3.2 million people with assistance and ran 46 mobile "
        "clinics.\n"
        "Notes to editors: The Alliance brings together 74 Ukrainian and international NGOs.",
        (
            "ukraine civilians killed 131 - exact cumulative - - 2025-08-19 other false",
            "ukraine civilians wounded 287 - exact cumulative - - 2025-08-19 other false",
            "ukraine civilians killed 18 - exact period * 2025-01-01|- 2025-08-19 other false",
            "ukraine civilians killed 4 - exact period * 2025-01-01|- 2025-08-19 other false",
            "ukraine civilians killed 2 - exact period * * 2025-08-14 ua_officials false",
        ),
    ),
    Article(
        "fact_check_viral_figure_rated_false",
        "2025-03-28",
        "Fact check: No, Ukraine did not lose 1.5 million soldiers in 2024\n"
        "Claim: A post shared more than 40,000 times on X says Ukraine lost 1.5 million soldiers in 2024 alone, "
        "citing a \"leaked Pentagon report\".\n"
        "Verdict: False\n"
        "The figure does not appear in any US government document, and the Pentagon said it was not aware of such a "
        "report. The image in the post is an edited screenshot of a 2023 news article.\n"
        "Public estimates are far lower. In February, President Volodymyr Zelensky said 46,000 Ukrainian soldiers "
        "had been killed since the full-scale invasion and 380,000 wounded. In September, a US newspaper, citing a "
        "confidential Ukrainian estimate, reported that 80,000 Ukrainian troops had been killed and 400,000 "
        "wounded.\n"
        "The account that shared the post has spread false figures before, including a claim that 200,000 Ukrainian "
        "soldiers died in the battle for Bakhmut.",
        (
            "ukraine personnel losses 1500000 - exact period * * 2024-12-31|2024-01-01 other|us_officials|- true|false",
            "ukraine personnel killed 46000 - exact cumulative - - 2025-02-28|2025-02-01|2025-03-28 ua_president "
            "false",
            "ukraine personnel wounded 380000 - exact cumulative - - 2025-02-28|2025-02-01|2025-03-28 ua_president "
            "false",
            "ukraine personnel killed 80000 - exact cumulative - - 2024-09-30|2024-09-01 other|ua_officials false",
            "ukraine personnel wounded 400000 - exact cumulative - - 2024-09-30|2024-09-01 other|ua_officials false",
            "ukraine personnel killed 200000 - exact period * * 2025-03-28 other|- true|false",
        ),
    ),
)
