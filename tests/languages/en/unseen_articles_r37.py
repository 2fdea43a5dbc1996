"""Round 37 of whole short articles written for these tests, in styles rounds 1 and 3 to 36 and p1 do not hold, with the
source, the span and the date in view: a wire story from a Russian border region whose governor gives the toll of a
day's Ukrainian drone and shelling attacks on its civilians and the year's total ("over the past day", "since the start
of the year"), beside the defence ministry's drones downed overnight and residents moved, houses damaged, an age and a
distance that are no losses; a Ukrainian rights group's monthly report on civilians killed and injured by short-range
drones in one southern city over a dated range ("between 1 and 30 June") with a year-to-date total ("so far this year")
and the city's own toll for the month, beside drone attacks counted, ages, a distance and the group's researchers; a
newspaper's story on leaked US intelligence files with ranges of casualty estimates and the assessment's date ("as of
late February"), a hedged equipment range and an earlier official figure, beside recruitment, production, pages and a
fleet's share that are no losses; and a sports federation's memorial list of its athletes and coaches killed, under
bullet lines dense in ages, medals, titles, championships, gyms, members and a tournament's juniors that are no losses.
Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "wire_russian_border_governor_day_and_year",
        "2025-07-09",
        "Russian governor says Ukrainian drones, shelling killed four civilians in past day\n"
        "BRYANSK, Russia, July 9 (Wire) - Ukrainian drone and artillery attacks killed four civilians and wounded 11 "
        "in Russia's Bryansk region over the past day, Governor Andrei Voloshin said on Wednesday.\n"
        "Writing on Telegram, Voloshin said a drone hit a minibus near the village of Sushany, killing three people, "
        "and that a 67-year-old woman died when a shell struck her home 12 kilometres from the border.\n"
        "Two of the wounded, including a 9-year-old boy, were taken to hospital in a serious condition, he said.\n"
        "The governor said 118 civilians had been killed and 472 wounded in the region since the start of the year, "
        "including nine children among the dead.\n"
        "Russia's Defence Ministry said air defence units had destroyed 61 Ukrainian drones over Russian regions "
        "overnight, 24 of them over the Bryansk region.\n"
        "About 1,300 residents of border villages have been moved to temporary housing, and 215 houses have been "
        "damaged since January, the regional administration said.\n"
        "Kyiv does not usually comment on individual strikes. It says it targets military sites in Russia in "
        "response to attacks that have killed thousands of Ukrainian civilians.",
        (
            "russia civilians|people killed 4 - exact period 1 * 2025-07-08|2025-07-09 ru_officials false",
            "russia civilians|people wounded 11 - exact period 1 * 2025-07-08|2025-07-09 ru_officials false",
            "russia civilians|people killed 3 - exact period 1|- * 2025-07-08|2025-07-09 ru_officials false",
            "russia civilians|people wounded 2 - exact period 1|- * 2025-07-08|2025-07-09 ru_officials false",
            # (a boy among the hospitalised: one, by the count-of-one rule of the shared sets' notes)
            "russia civilians|people wounded 1 - exact period 1|- * 2025-07-08|2025-07-09 ru_officials false",
            "russia civilians|people killed 118 - exact period - 2025-01-01 2025-07-09 ru_officials false",
            "russia civilians|people wounded 472 - exact period - 2025-01-01 2025-07-09 ru_officials false",
            "russia civilians|people killed 9 - exact period - 2025-01-01 2025-07-09 ru_officials false",
            "ukraine drones destroyed 61 - exact period 1|- * 2025-07-08|2025-07-09 ru_mod false",
            "ukraine drones destroyed 24 - exact period 1|- * 2025-07-08|2025-07-09 ru_mod false",
        ),
    ),
    Article(
        "rights_group_monthly_drone_report_one_city",
        "2025-07-08",
        "Short-range drones killed 27 civilians in Kherson in June, rights group says\n"
        "KYIV, July 8 - Russian short-range drones killed 27 civilians and injured 164 in the southern city of "
        "Kherson between 1 and 30 June, the Ukrainian rights group Civic Watch said in its monthly report on "
        "Tuesday.\n"
        "Of those killed, 19 were older men who had stayed behind in riverside districts, and four of the injured "
        "were children under 14, the group said.\n"
        "The report said most of the drones were launched from the Russian-held left bank of the Dnipro, about 1.5 "
        "km away, and that the group had documented 1,390 drone attacks on the city in June, up from 1,120 in May.\n"
        "So far this year, Civic Watch has recorded 141 civilians killed and 1,036 injured by drones in Kherson, "
        "according to the report.\n"
        "The city's military administration, which counts all attacks and not only drones, said 36 residents were "
        "killed in June.\n"
        "Civic Watch, founded in 2014, has 42 field researchers and confirms each death with at least two sources.",
        (
            "ukraine civilians killed 27 - exact period 30|29 2025-06-01 2025-06-30 other false",
            "ukraine civilians wounded 164 - exact period 30|29 2025-06-01 2025-06-30 other false",
            "ukraine civilians|people killed 19 - exact period 30|29|- 2025-06-01|- 2025-06-30 other false",
            "ukraine civilians|people wounded 4 - exact period 30|29|- 2025-06-01|- 2025-06-30 other false",
            "ukraine civilians killed 141 - exact period - 2025-01-01 2025-06-30|2025-07-08 other false",
            "ukraine civilians wounded 1036 - exact period - 2025-01-01 2025-06-30|2025-07-08 other false",
            "ukraine civilians|people killed 36 - exact period 30|- 2025-06-01|- 2025-06-30 ua_officials false",
        ),
    ),
    Article(
        "leaked_us_assessment_ranges_as_of_late_february",
        "2025-04-10",
        "Leaked US assessment puts Russian dead at up to 250,000\n"
        "WASHINGTON, April 10 - Leaked US intelligence documents put the number of Russian soldiers killed in "
        "Ukraine at between 190,000 and 250,000 as of late February, and the number wounded at between 430,000 and "
        "510,000.\n"
        "The documents, a 38-page slide deck, estimate Ukraine's military dead at 68,000 to 81,000.\n"
        "They say Russia has probably lost between 3,200 and 3,700 tanks since February 2022, more than half of its "
        "pre-war fleet.\n"
        "The assessment says Russia recruits about 32,000 men a month and can turn out 1,400 tanks a year, most of "
        "them refurbished from storage.\n"
        "This newspaper could not verify the documents. The Pentagon declined to comment.\n"
        "In November, US officials had said Russian casualties had passed 700,000.",
        (
            # (the headline's "up to 250,000": the range's high end told again under another key, its own claim)
            "russia personnel killed 250000 - at_most cumulative - - 2025-02-28|2025-04-10 us_officials false",
            "russia personnel killed 190000 250000 range cumulative - - 2025-02-28 us_officials false",
            "russia personnel wounded 430000 510000 range cumulative - - 2025-02-28 us_officials false",
            "ukraine personnel killed 68000 81000 range cumulative - - 2025-02-28|2025-04-10 us_officials false",
            "russia tanks losses 3200 3700 range cumulative - * 2025-02-28|2025-04-10 us_officials true",
            "russia personnel losses 700000 - at_least cumulative - - 2024-11-01|2024-11-30 us_officials false",
        ),
    ),
    Article(
        "sports_federation_memorial_list",
        "2025-11-14",
        "Boxing federation publishes names of its fallen\n"
        "KYIV, 14 November - Ukraine's boxing federation on Friday published a list of 58 boxers and 11 coaches "
        "killed since Russia's full-scale invasion, and said another 14 of its athletes were missing.\n"
        "Of the boxers killed, six had represented Ukraine at the Olympic Games, the federation said. Most were "
        "killed at the front. The list includes:\n"
        "- Ihor Savchuk, 26, European under-22 silver medallist in 2019, killed near Pokrovsk in March;\n"
        "- Dmytro Lysak, 31, who won 3 national titles and fought at 2 world championships;\n"
        "- coach Vasyl Hnatiuk, 57, who trained 12 national champions over 30 years.\n"
        "The federation said 240 of its 3,100 registered athletes are serving in the armed forces, and that 9 of "
        "its 64 gyms have been damaged or destroyed.\n"
        "Ukrainian boxers won 5 medals, including 2 golds, at the European championships in Budva in June.\n"
        "A memorial tournament for 180 juniors will be held in Lviv from 1 to 5 December.",
        (
            "ukraine people|personnel|civilians killed 58 - exact cumulative - - 2025-11-14 other|ua_officials false",
            "ukraine people|personnel|civilians killed 11 - exact cumulative - - 2025-11-14 other|ua_officials false",
            "ukraine people|personnel|civilians missing 14 - exact cumulative - - 2025-11-14 other|ua_officials false",
            "ukraine people|personnel|civilians killed 6 - exact cumulative - - 2025-11-14 other|ua_officials false",
        ),
    ),
)
