"""Round 50 of whole short articles written for these tests, in styles rounds 1 and 3 to 49 and p1 do not hold, with the
source, the span and the date in view: a wire story whose headline and lead put a prisoner swap ("exchanged 185
prisoners each") beside the bodies of the fallen handed back to both sides, told by a prisoner-of-war headquarters and
by a Russian lawmaker, with the freed people's parts, the exchange's ordinal and the people brought home since the
invasion that are no losses, and the day's General Staff total in its last paragraph; and a regional English-language
site's roundup of a week's funerals ("This week the city buried four soldiers"), whose last funeral is "the city's
312th defender killed since the full-scale invasion" (an ordinal that counts the city's dead), with the missing
residents the council lists, beside ages, dates of death, a fund in hryvnias and families that applied to it. Names,
places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "wire_prisoner_swap_and_bodies_with_the_days_total",
        "2025-11-21",
        "Ukraine and Russia swap prisoners; Kyiv gets back 757 bodies\n"
        "KYIV, Nov 21 (Wire) - Ukraine and Russia exchanged 185 prisoners each on Friday, and the bodies of 757 "
        "fallen soldiers were returned to Ukraine, the Coordination Headquarters for the Treatment of Prisoners of War "
        "said.\n"
        "In return, Russia received the bodies of 41 of its servicemen, Russian lawmaker Pavel Ilyin wrote on "
        "Telegram.\n"
        "Among the freed Ukrainians were 22 defenders of Mariupol and six civilians, the headquarters said. Some had "
        "been held since 2022.\n"
        "It was the 68th exchange since the full-scale invasion; more than 5,800 Ukrainians have been brought home, "
        "according to Kyiv. Forensic experts will now work to identify the bodies, a process that can take months.\n"
        "Separately, Ukraine's General Staff said on Friday that Russia had lost 1,180 troops over the past day, "
        "bringing its losses since February 2022 to 1,168,930.",
        (
            "ukraine personnel killed 757 - exact period|cumulative * * 2025-11-21 ua_officials|other false",
            "russia personnel killed 41 - exact period|cumulative * * 2025-11-21 ru_officials|other false",
            "russia personnel losses 1180 - exact period 1 * 2025-11-21|2025-11-20 ua_general_staff false",
            "russia personnel losses 1168930 - exact cumulative|period - 2022-02-24|2022-02-01|- 2025-11-21 "
            "ua_general_staff false",
        ),
    ),
    Article(
        "regional_site_week_of_funerals_with_an_ordinal_count",
        "2025-11-22",
        "Week in Vinnytsia: the city says goodbye to four defenders\n"
        "Vinnytsia Now | Saturday, 22 November 2025\n"
        "This week the city buried four soldiers killed on the front.\n"
        "Hundreds lined Soborna Street on Tuesday as the cortege of Sergeant Taras Bondar, 31, passed. He was killed "
        "near Kostiantynivka on 9 November.\n"
        "On Thursday the city said farewell to Senior Lieutenant Maksym Hnatiuk, 27, and Private Ihor Savchuk, 52, "
        "who died in the same drone attack.\n"
        "Private Roman Lysenko, 44, buried on Friday, was the city's 312th defender killed since the full-scale "
        "invasion, according to the city council. Another 38 residents of the city are listed as missing, the "
        "council said.\n"
        "The mayor announced a fund of 2 million hryvnias for the families of the fallen; 120 families have applied "
        "so far.",
        (
            "ukraine personnel killed 4 - exact period|cumulative * * 2025-11-22 other|- false",
            "ukraine personnel killed 312 - exact cumulative|period - 2022-02-24|- 2025-11-22|2025-11-21 "
            "ua_officials|other false",
            "ukraine personnel|people missing 38 - exact cumulative - - 2025-11-22 ua_officials|other false",
        ),
    ),
)
