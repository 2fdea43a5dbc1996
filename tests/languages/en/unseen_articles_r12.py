"""Round 12 of whole short articles written for these tests, in outlet styles rounds 1 and 3 to 11 do not hold: a
German broadcaster's explainer on what the counts of Russia's dead say, a French daily's English edition on French
volunteers killed fighting for Ukraine, a public radio transcript with host and reporter lines, an exile broadcaster's
piece on Belarusian volunteers, a report setting Ukraine's and Russia's figures for one battle side by side, and a
sports desk's story on athletes killed in the war.
Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "broadcaster_explainer_counted_dead",
        "2025-03-21",
        "Russia's war dead: What do the numbers tell us?\n"
        "Moscow does not publish its military losses. The last official figure, given by Defense Minister Sergei "
        "Shoigu in September 2022, was 5,937 soldiers killed.\n"
        "Independent Russian outlet Mediazona and the BBC's Russian service have since identified 95,210 Russian "
        "soldiers killed in Ukraine by name, using obituaries, social media posts and reports from regional "
        "authorities.\n"
        "The real number is far higher, the journalists say, because many deaths are never announced.\n"
        "Ukraine's General Staff puts Russia's total losses, including the wounded, at more than 890,000.\n"
        "Neither figure can be independently verified, DW's fact-checking team found.",
        (
            "russia personnel killed 5937 - exact cumulative * * 2022-09-30|2022-09-01|2022-09-21 ru_mod|ru_officials "
            "false",
            "russia personnel killed 95210 - exact cumulative * * 2025-03-21 mediazona false",
            "russia personnel losses 890000 - at_least cumulative * * 2025-03-21 ua_general_staff false|true",
        ),
    ),
    Article(
        "french_daily_volunteers_killed",
        "2025-02-08",
        "Ukraine: The French volunteers who never came home\n"
        "At least 16 French nationals have been killed fighting in the ranks of the Ukrainian army since February "
        "2022, according to a count by Le Monde, which spoke with their families and comrades.\n"
        "Most served in the International Legion for the Defense of Ukraine, which foreign volunteers have joined "
        "by the thousands.\n"
        "Two of them died in the same Russian strike on a training ground near Kharkiv last summer.\n"
        "The French foreign ministry, which advises against all travel to Ukraine, said it did not keep a register "
        "of citizens fighting there.",
        (
            "ukraine personnel killed 16 - at_least cumulative * * 2025-02-08 other false",
            "ukraine personnel killed 2 - exact period * * * other|- false",
        ),
    ),
    Article(
        "public_radio_transcript",
        "2024-10-16",
        "HOST: Ukraine says Russia is paying a heavy price for its advance in the east. Our correspondent is in "
        "Kramatorsk. Good morning.\n"
        "REPORTER: Good morning. Ukrainian commanders here tell me Russian troops are attacking in small groups, "
        "day and night. Ukraine's military says Russia lost about 1,250 soldiers killed and wounded in the past "
        "day alone, one of its highest tolls of the war.\n"
        "HOST: And Ukraine's own losses?\n"
        "REPORTER: Kyiv doesn't publish them. But a medic I spoke to at a stabilization point said her team treated "
        "40 wounded Ukrainian soldiers on Monday.\n"
        "HOST: Thank you.",
        (
            "russia personnel losses 1250 - approx period 1 - 2024-10-16 ua_general_staff|ua_mod|ua_officials false",
            "ukraine personnel wounded 40 - exact period 1 - 2024-10-14 other|- false",
        ),
    ),
    Article(
        "exile_broadcaster_belarusian_volunteers",
        "2024-08-29",
        "Belarusian Volunteers Mourn Comrades Killed Near Pokrovsk\n"
        "Three Belarusian volunteers fighting for Ukraine were killed in battles near Pokrovsk last week, the "
        "Kastus Kalinouski Regiment said on August 28.\n"
        "The regiment, made up of Belarusians opposed to Alyaksandr Lukashenka, said that a total of 72 of its "
        "fighters have been killed since 2022.\n"
        "Belarusian state television has called the volunteers traitors; relatives in Belarus have been questioned "
        "by the KGB, RFE/RL's Belarus Service reported.",
        (
            "ukraine personnel killed 3 - exact period 7 - 2024-08-28|2024-08-29 other false",
            "ukraine personnel killed 72 - exact cumulative * * 2024-08-28 other false",
        ),
    ),
    Article(
        "battle_figures_side_by_side",
        "2024-11-05",
        "Kurakhove battle: Kyiv and Moscow give very different tolls\n"
        "Ukraine's General Staff said on Tuesday that Russian forces had lost 2,100 soldiers and 46 armored "
        "vehicles in the fighting for Kurakhove over the past week.\n"
        "Russia's Defense Ministry gave its own figures for the same battle, saying Ukraine had lost up to 1,400 "
        "troops and 19 tanks there over the same seven days.\n"
        "Neither side comments on its own losses. Independent analysts said both sets of numbers were probably "
        "inflated.",
        (
            "russia personnel losses 2100 - exact period 7 - 2024-11-05 ua_general_staff false",
            "russia armoured_vehicles losses 46 - exact period 7 - 2024-11-05 ua_general_staff false",
            "ukraine personnel losses 1400 - at_most period 7 - 2024-11-05 ru_mod false",
            "ukraine tanks losses 19 - exact period 7 - 2024-11-05 ru_mod false",
        ),
    ),
    Article(
        "sports_desk_athletes_killed",
        "2026-01-22",
        "Ukrainian sport mourns: more than 500 athletes killed since invasion\n"
        "More than 500 Ukrainian athletes and coaches have been killed since Russia launched its full-scale "
        "invasion, Ukraine's sports ministry said on Thursday, as the country prepared to send its team to the "
        "Winter Games.\n"
        "Most of them died serving in the armed forces, the ministry said, while others were killed in Russian "
        "strikes on their home towns.\n"
        "Russian shelling has also destroyed or damaged 518 sports facilities, including 15 stadiums, it added.\n"
        "The International Olympic Committee said it had given grants to 300 Ukrainian athletes to help them keep "
        "training.",
        (
            "ukraine people killed 500 - at_least cumulative * * 2026-01-22 ua_officials false",
        ),
    ),
)
