"""Round 24 of whole short articles written for these tests, in styles rounds 1 and 3 to 22 and p1 do not hold, with
the source, the span and the date in view: a Kyiv daily's "Russia's losses" update giving each day's change beside the
running total ("up 1,230 from the day before", "rose by four to"); an English-language Russian agency retelling a
border governor's Telegram post on a day of shelling; a naval piece on warships hit since a named month, told by a
navy spokesman, beside the Russian ministry's week and an open-source count; a media NGO's count of journalists
killed, wounded and held captive; a precision probe on a football match halted by an air raid, dense in numbers that
are no losses (a score, an age, penalties, distances, a budget, a percentage, missiles launched, "no casualties")
around one strike's toll; and two articles that come with no publication date, dated only by a wire's dateline ("KYIV,
March 3 (Wire) -") with a weekday, or by weekday dates in the body ("On Tuesday, May 14"), whose year they fix; a
wire story on a prisoner exchange that gives deaths in captivity (the prisoners swapped are no loss); and a "by the
numbers" explainer whose lines open on their figure ("- 12,654: civilians killed ..."), each from another source and
date. Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "kyiv_daily_losses_update_day_change",
        "2025-09-09",
        "Russia's losses in the war: 1,088,420 troops, up 1,230 in a day\n"
        "Kyiv Daily Courier\n"
        "September 9, 2025, 09:40\n"
        "Russia has lost 1,088,420 soldiers in Ukraine since the start of the full-scale invasion, up 1,230 from the "
        "day before, the General Staff of Ukraine's Armed Forces said on Tuesday morning.\n"
        "The tally of Russian tanks destroyed rose by four to 11,172, while the number of artillery systems reached "
        "32,590, up 38 from Monday.\n"
        "Ukraine's forces have also downed 57,410 Russian drones, 215 more than a day earlier, according to the "
        "update.\n"
        "The figures cannot be independently verified. Kyiv does not disclose its own military losses, though "
        "President Volodymyr Zelensky said in February that 46,000 Ukrainian soldiers had been killed.",
        (
            "russia personnel losses 1088420 - exact cumulative - - 2025-09-09 ua_general_staff false",
            "russia personnel losses 1230 - exact period 1 * 2025-09-09|2025-09-08 ua_general_staff false",
            "russia tanks destroyed|losses 4 - exact period 1|- * 2025-09-09|2025-09-08 ua_general_staff false",
            "russia tanks destroyed|losses 11172 - exact cumulative - - 2025-09-09 ua_general_staff false",
            "russia artillery destroyed|losses 32590 - exact cumulative - - 2025-09-09 ua_general_staff false",
            "russia artillery destroyed|losses 38 - exact period 1|- * 2025-09-09|2025-09-08 ua_general_staff false",
            "russia drones destroyed 57410 - exact cumulative - - 2025-09-09 ua_general_staff false",
            "russia drones destroyed 215 - exact period 1 * 2025-09-09|2025-09-08 ua_general_staff false",
            "ukraine personnel killed 46000 - exact cumulative - - 2025-02-01|2025-02-28 ua_president false",
        ),
    ),
    Article(
        "russian_agency_border_governor_post",
        "2025-07-21",
        "Two civilians killed, 11 injured in Ukrainian attacks on Belgorod Region over past day - governor\n"
        "BELGOROD, July 21. /Vesti-Info/. Two civilians were killed and 11 others were injured in attacks by the "
        "Armed Forces of Ukraine (AFU) on settlements of the Belgorod Region over the past day, Governor Andrei "
        "Sokolov wrote on his Telegram channel on Monday.\n"
        "\"In the village of Krasnaya Polyana, a woman was killed when a Ukrainian drone struck her car. In "
        "Shebekino, a man died of his wounds in hospital,\" the governor wrote. Two teenagers are among the "
        "injured, he added.\n"
        "According to Sokolov, the Kiev regime's forces attacked the region with 47 drones and fired 63 shells over "
        "the day. Three private houses were damaged.\n"
        "Earlier, the Russian Defense Ministry reported that air defense systems had intercepted and destroyed 38 "
        "Ukrainian fixed-wing drones over Russian regions overnight, including 12 over the Belgorod Region.",
        (
            "russia civilians killed 2 - exact period 1 * 2025-07-21|2025-07-20 ru_officials false",
            "russia civilians wounded 11 - exact period 1 * 2025-07-21|2025-07-20 ru_officials false",
            "russia civilians wounded 2 - exact period 1|- * 2025-07-21|2025-07-20 ru_officials false",
            "ukraine drones destroyed 38 - exact period 1|- * 2025-07-21|2025-07-20 ru_mod false",
            "ukraine drones destroyed 12 - exact period 1|- * 2025-07-21|2025-07-20 ru_mod false",
        ),
    ),
    Article(
        "navy_spokesman_warships_since_month",
        "2025-04-16",
        "Ukraine says it has hit three more Russian warships since January\n"
        "Ukraine has sunk or disabled three Russian warships since January, the spokesman for Ukraine's Navy, Captain "
        "Dmytro Lysenko, said on Wednesday, bringing to 29 the number of Russian vessels destroyed since the "
        "full-scale invasion began.\n"
        "Speaking on national television, Lysenko said the ships had been struck by naval drones in the western "
        "Black Sea and near the Kerch Strait. \"The Black Sea Fleet now hides in Novorossiysk,\" he said.\n"
        "Russia's defence ministry did not comment on the claim. In its weekly summary, it said its forces had "
        "destroyed five Ukrainian military boats in the Black Sea over the past week.\n"
        "Analysts at the Oryx open-source project have visually confirmed the loss of 24 Russian naval vessels "
        "since February 2022.",
        (
            "russia ships destroyed|damaged|losses 3 - exact period * 2025-01-01 2025-04-16 ua_officials false",
            "russia ships destroyed 29 - exact cumulative - - 2025-04-16 ua_officials false",
            "ukraine ships destroyed 5 - exact period 7 * 2025-04-16 ru_mod false",
            "russia ships losses 24 - exact cumulative - * 2025-04-16 oryx false",
        ),
    ),
    Article(
        "media_ngo_journalists_killed",
        "2025-05-03",
        "At least 17 journalists killed on duty since Russia's invasion, watchdog says\n"
        "KYIV - At least 17 journalists have been killed while reporting on the war since February 2022, the "
        "Institute of Mass Information Freedom, a Kyiv-based media NGO, said on Saturday, World Press Freedom Day.\n"
        "Four of them were camera operators, the group said. In total, 118 media workers have been killed since the "
        "full-scale invasion, most of them while serving in Ukraine's armed forces.\n"
        "Three journalists were killed in 2024 alone, all by Russian drones, according to the institute's annual "
        "report. At least 40 have been wounded since the invasion began.\n"
        "The organisation's director, Oksana Melnyk, said 26 Ukrainian journalists were still being held in Russian "
        "captivity. \"Every one of these numbers is a colleague,\" she said.",
        (
            "ukraine civilians|people killed 17 - at_least cumulative - * 2025-05-03 other false",
            "ukraine civilians|people killed 4 - exact cumulative - * 2025-05-03 other false",
            "ukraine people|civilians|personnel killed 118 - exact cumulative - - 2025-05-03 other false",
            "ukraine civilians|people killed 3 - exact period * 2024-01-01|- 2024-12-31|2024-01-01 other false",
            "ukraine civilians|people wounded 40 - at_least cumulative - - 2025-05-03 other false",
            "ukraine civilians|people captured 26 - exact cumulative - - 2025-05-03 other false",
        ),
    ),
    Article(
        "football_match_air_raid_non_losses",
        "2025-03-30",
        "Shakhtar lose 3-0 in Lviv after air raid delays kick-off\n"
        "Shakhtar Donetsk lost 3-0 to Polissia Zhytomyr on Sunday in a match that started 45 minutes late after air "
        "raid sirens sounded across the Lviv region.\n"
        "The 22-year-old striker Marko Hrytsenko, who missed two penalties, said the side had lost its shape after "
        "the break. The club has played its home games 1,200 kilometres from Donetsk since 2014 and cut its budget "
        "by 15 percent to 40 million euros this season.\n"
        "The sirens were set off by a Russian attack in which 27 missiles and 140 drones were launched at western "
        "Ukraine. Regional governor Ivan Kozak said there were no casualties in Lviv, but in neighbouring Volyn "
        "region a drone struck a farm, killing one person and injuring four.\n"
        "The league's 16 clubs will observe a minute's silence before next weekend's matches.",
        (
            "ukraine people|civilians killed 1 - exact period * * 2025-03-30 ua_officials false",
            "ukraine people|civilians wounded 4 - exact period * * 2025-03-30 ua_officials false",
        ),
    ),
    Article(
        "wire_dateline_only_no_published_date",
        "",
        "KYIV, March 3 (Wire) - A Russian glide bomb struck an apartment block in the northeastern city of Sumy on "
        "Monday, killing five people and wounding 23, the regional military administration said.\n"
        "Rescuers were still searching the rubble in the evening, it said.\n"
        "Separately, Ukraine's General Staff said Russian forces had lost 1,350 troops over the past 24 hours.\n"
        "Russia's defence ministry said its forces had shot down 44 Ukrainian drones overnight over the Kursk and "
        "Belgorod regions.",
        (
            "ukraine people|civilians killed 5 - exact period * * 2025-03-03 ua_officials false",
            "ukraine people|civilians wounded 23 - exact period * * 2025-03-03 ua_officials false",
            "russia personnel losses 1350 - exact period 1 * 2025-03-03|2025-03-02 ua_general_staff false",
            "ukraine drones destroyed 44 - exact period 1|- * 2025-03-03|2025-03-02 ru_mod false",
        ),
    ),
    Article(
        "week_in_review_weekday_dates_no_published_date",
        "",
        "The week in Ukraine: Kharkiv under fire\n"
        "On Tuesday, May 14, Russian drones struck two villages in the Kharkiv region, killing three civilians and "
        "injuring nine, the regional governor said.\n"
        "On Thursday, May 16, a missile hit a printing house in Kharkiv city, killing seven workers, the mayor said. "
        "Another 21 people were wounded.\n"
        "Ukraine's General Staff said on Friday, May 17, that Russia had lost 1,380 troops over the previous day.",
        (
            "ukraine civilians killed 3 - exact period * * 2024-05-14 ua_officials false",
            "ukraine civilians wounded 9 - exact period * * 2024-05-14 ua_officials false",
            "ukraine people|civilians killed 7 - exact period * * 2024-05-16 ua_officials false",
            "ukraine people|civilians wounded 21 - exact period * * 2024-05-16 ua_officials false",
            "russia personnel losses 1380 - exact period 1 * 2024-05-17|2024-05-16 ua_general_staff false",
        ),
    ),
    Article(
        "prisoner_exchange_deaths_in_captivity",
        "2025-06-20",
        "Ukraine and Russia swap 250 prisoners each; ombudsman says 206 died in Russian captivity\n"
        "Ukraine and Russia exchanged 250 prisoners of war each on Friday in a swap mediated by the United Arab "
        "Emirates, the 67th since the full-scale invasion, Ukraine's Coordination Headquarters for the Treatment of "
        "Prisoners of War said.\n"
        "More than 5,800 Ukrainians have been returned home since 2022, it said.\n"
        "Ukraine's human rights commissioner, Dmytro Haiduk, said at least 206 Ukrainian prisoners of war had died in "
        "Russian captivity since February 2022, most of them from torture, beatings or denial of medical care. "
        "Another 42 were executed on the battlefield after surrendering, his office said.\n"
        "Russia's defence ministry confirmed the exchange but gave no figures for deaths.",
        (
            "ukraine personnel killed 206 - at_least cumulative - * 2025-06-20 ua_officials false",
            "ukraine personnel killed 42 - exact cumulative - * 2025-06-20 ua_officials false",
        ),
    ),
    Article(
        "explainer_by_the_numbers_one_source_each",
        "2025-02-24",
        "Three years of war, by the numbers\n"
        "Each figure below comes from a different source; none can be independently verified.\n"
        "- 12,654: civilians killed in Ukraine since February 2022, according to the UN human rights monitoring "
        "mission, as of January 31.\n"
        "- 868,000: Russian troops killed or wounded, according to Ukraine's General Staff, as of February 24.\n"
        "- 3,700: Russian tanks destroyed, damaged, abandoned or captured, as counted by the Oryx open-source project "
        "on February 20.\n"
        "- 46,000: Ukrainian soldiers killed, President Volodymyr Zelensky said on February 16.\n"
        "- 95,000: Russian soldiers confirmed dead by name by Mediazona and the BBC's Russian service, as of February "
        "21.\n"
        "- 6.9 million: Ukrainian refugees recorded across Europe, according to the UN refugee agency.",
        (
            "ukraine civilians killed 12654 - exact cumulative - * 2025-01-31 un false",
            "russia personnel losses 868000 - exact cumulative - * 2025-02-24 ua_general_staff false",
            "russia tanks losses 3700 - exact cumulative - * 2025-02-20 oryx false",
            "ukraine personnel killed 46000 - exact cumulative - * 2025-02-16 ua_president false",
            "russia personnel killed 95000 - exact cumulative - * 2025-02-21 mediazona false",
        ),
    ),
)
