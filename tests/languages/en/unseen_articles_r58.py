"""Round 58 of whole short articles written for these tests, in styles rounds 1 and 3 to 57c and p1 do not hold, with
the source, the span and the date in view: a coalition of education charities' press release under an embargo line
("EMBARGOED UNTIL 00:01 CET, ..."), its toll of pupils and teachers "in the six weeks since the school year began on"
a stated day and "over the same period", closed by "ENDS" and a numbered "Notes to editors" box whose first note gives
its count since the invasion, beside school buildings damaged, pupils moved online, a fund appeal, underground
classrooms, member organisations, countries and a telephone number that are no losses; a district weekly's roundup
under capitalised subheads ("AROUND THE DISTRICT", "FROM THE FRONT", "UNDER FIRE", "SPORT") with the district's dead
"this month" and since the invasion, its missing and held prisoner, and civilians killed and wounded "across the
summer campaign", beside a council vote, money for drones sent to a brigade, an issue number, a football score and
spectators; an English weekly digest of Russian war bloggers' Telegram posts under each channel's name and its
subscribers, in reported speech ("The channel ... wrote on Monday that"), with a regiment's own losses "from the first
week of March", the part of them dead, a day's kills of armour and a claim "in the month since" an event, beside
comments, money asked for, thermal sights and a unit's number; an obituary column of three fallen soldiers (ages,
towns, brigades, dates of death, years of service, children, mourners, lives a medic saved) closed by one summary
count "according to the regional military administration" and a month's part of it; and a museum exhibition's wall
texts under room headings with an object label (materials, dimensions, inventory number, a find date), each room's
figure with its own span ("In the first week of the invasion", "Between October 2022 and February 2023", "By ... 30
April 2025"), beside sorties a day, lenders and donors. Names, places and numbers are invented; nothing is copied
from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "coalition_press_release_with_embargo_and_notes_to_editors",
        "2025-10-09",
        "EMBARGOED UNTIL 00:01 CET, THURSDAY 9 OCTOBER 2025\n"
        "PRESS RELEASE\n"
        "Schools under fire: pupils and teachers killed as Ukraine's new school year opens\n"
        "Kyiv/Brussels - Russian attacks have killed 23 pupils and four teachers in Ukraine in the six weeks since "
        "the school year began on 1 September, the Safe Classrooms Coalition said today.\n"
        "Another 71 pupils were injured over the same period, the coalition said, citing data from regional "
        "military administrations. Twelve school buildings were damaged and 3,400 pupils had to move to online "
        "lessons.\n"
        "\"Every one of these children had a desk waiting for them,\" said the coalition's director, Ilse Marwood. "
        "\"We are asking donors for EUR 2.5 million to build 30 underground classrooms before winter.\"\n"
        "ENDS\n"
        "Notes to editors\n"
        "1. Since 24 February 2022, at least 640 children have been killed in attacks on or near schools in "
        "Ukraine, according to the coalition's own monitoring.\n"
        "2. The Safe Classrooms Coalition brings together 42 organisations in 11 countries and was founded in "
        "2019.\n"
        "3. Spokespeople are available for interview in English, Ukrainian and French: +32 2 555 0187.",
        (
            "ukraine civilians|people killed 23 - exact period 42|- 2025-09-01 2025-10-09 other false",
            "ukraine civilians|people killed 4 - exact period 42|- 2025-09-01 2025-10-09 other false",
            "ukraine civilians|people wounded 71 - exact period 42|- 2025-09-01|- 2025-10-09 other|ua_officials false",
            "ukraine civilians|people killed 640 - at_least cumulative * * 2025-10-09 other false",
        ),
    ),
    Article(
        "district_weekly_roundup_under_subheads",
        "2025-07-18",
        "THE OSKIL VALLEY WEEKLY\n"
        "Friday, 18 July 2025 | No. 29 (1,412)\n"
        "AROUND THE DISTRICT\n"
        "The district council on Tuesday voted 17 to 3 to spend UAH 4.6 million on 60 reconnaissance drones for the "
        "66th brigade, which recruits heavily in the valley.\n"
        "FROM THE FRONT\n"
        "Five more men from the district were confirmed killed at the front this month, the district military "
        "administration said on Wednesday, bringing the valley's losses since the full-scale invasion to 238 dead. "
        "A further 41 are listed as missing and nine are known to be held prisoner.\n"
        "UNDER FIRE\n"
        "Across the summer campaign, Russian glide bombs and drones have killed six civilians in the valley and "
        "wounded 27, the regional police said. Two of the wounded were children.\n"
        "SPORT\n"
        "Kolos Oskil beat Dnipro-2 3-1 in front of 850 spectators on Sunday, their fourth win in a row.",
        (
            "ukraine personnel killed 5 - exact period * * 2025-07-18|2025-07-16|2025-07-01 ua_officials false",
            "ukraine personnel killed 238 - exact cumulative * * 2025-07-18|2025-07-16 ua_officials false",
            "ukraine personnel missing 41 - exact cumulative * * 2025-07-18|2025-07-16 ua_officials false",
            "ukraine personnel captured 9 - exact cumulative * * 2025-07-18|2025-07-16 ua_officials false",
            "ukraine civilians killed 6 - exact period * * 2025-07-18 ua_officials false",
            "ukraine civilians wounded 27 - exact period * * 2025-07-18 ua_officials false",
            "ukraine civilians wounded 2 - exact period * * 2025-07-18 ua_officials false",
        ),
    ),
    Article(
        "war_bloggers_telegram_digest_in_english",
        "2025-04-12",
        "Inside the Z-channels: what Russia's war bloggers told their readers this week\n"
        "Our weekly English summary of posts on pro-war Russian Telegram channels. Translations are ours; we could "
        "not verify the claims.\n"
        "\"Northern Wind\" (about 410,000 subscribers)\n"
        "The channel, run by a former paratrooper, wrote on Monday that his old regiment had lost about 300 men "
        "killed and wounded near Toretsk from the first week of March. In a later post he said 45 of them were "
        "dead and blamed \"paper generals\" for frontal assaults.\n"
        "On Wednesday he claimed that Russian drone operators had burned 14 Ukrainian armoured vehicles and two "
        "tanks on the Pokrovsk axis in a single day. The post drew 2,100 comments.\n"
        "\"Archangel of the Front\" (about 96,000 subscribers)\n"
        "This channel claimed on Thursday that Ukraine had lost at least 1,500 soldiers in the Kursk region in the "
        "month since the Sudzha pocket collapsed. It gave no source.\n"
        "The blogger also asked readers for 3 million roubles to buy 20 thermal sights for a unit he named only as "
        "\"the 810th\".",
        (
            "russia personnel losses 300 - approx period * * 2025-04-07|2025-04-12 other false",
            "russia personnel killed 45 - exact period * * 2025-04-07|2025-04-12 other false",
            "ukraine armoured_vehicles destroyed 14 - exact period 1|- * 2025-04-09|2025-04-12 other false",
            "ukraine tanks destroyed 2 - exact period 1|- * 2025-04-09|2025-04-12 other false",
            "ukraine personnel losses 1500 - at_least period 30|- * 2025-04-10|2025-04-12 other false",
        ),
    ),
    Article(
        "obituary_column_of_the_fallen_with_a_summary_count",
        "2025-11-22",
        "THEIR NAMES LIVE ON\n"
        "A weekly column in memory of the Zhytomyr region's fallen defenders\n"
        "Sergeant Andriy Melnychuk, 34, of Korosten, was killed by a drone near Kostiantynivka on 3 November. A "
        "carpenter before the war, he served with the 95th brigade for three years. He leaves a wife and two "
        "daughters, aged 7 and 11.\n"
        "Junior Lieutenant Oksana Tkach, 27, a combat medic from Berdychiv, died on 9 November of wounds received "
        "while carrying wounded comrades out under fire. She had saved more than 200 lives, her commander said.\n"
        "Private Vasyl Hnatiuk, 51, of Ovruch, was reported missing in June 2024; his death was confirmed by a DNA "
        "test this month. He was buried on Tuesday in the village where he was born, before some 300 mourners.\n"
        "They are among 3,912 servicemen and women from the region who have been killed since the full-scale "
        "invasion, according to the regional military administration. Twenty-six of them were killed in October "
        "alone.",
        (
            "ukraine personnel killed 3912 - exact cumulative * * 2025-11-22 ua_officials false",
            "ukraine personnel killed 26 - exact period * * 2025-10-31|2025-10-01 ua_officials false",
        ),
    ),
    Article(
        "museum_exhibition_wall_texts",
        "2025-05-16",
        "\"The Sky Over Kyiv\": wall texts of the exhibition at the State Aviation Museum, opening 16 May 2025\n"
        "ROOM 1. THE FIRST DAYS\n"
        "In the first week of the invasion, Ukraine's air force lost 14 aircraft on the ground and in the air, its "
        "command later acknowledged. Pilots flew some 180 sorties a day from dispersed strips.\n"
        "ROOM 2. THE SHAHED WINTER\n"
        "Between October 2022 and February 2023, air defence crews shot down 1,320 Russian drones over the capital "
        "region, the Kyiv city military administration reported.\n"
        "Object 2.4. Tail fin of a Geran-2 drone. Steel and composite, 118 x 64 cm. Inv. no. 2023/417. Found in "
        "Vyshhorod, 30 December 2022.\n"
        "ROOM 3. THE RECKONING\n"
        "By 30 April 2025, the close of the exhibition's research, Ukraine's General Staff counted 369 Russian "
        "aircraft and 335 helicopters destroyed since the invasion.\n"
        "The museum thanks its 62 lenders and the 1,050 donors whose gifts paid for the hall.",
        (
            "ukraine aircraft losses 14 - exact period 7|- 2022-02-24|- 2022-03-02|2022-02-24|2025-05-16 "
            "ua_officials|ua_mod false",
            "russia drones destroyed 1320 - exact period * 2022-10-01|- 2023-02-28|2022-10-01 ua_officials false",
            "russia aircraft destroyed 369 - exact cumulative * * 2025-04-30 ua_general_staff false",
            "russia helicopters destroyed 335 - exact cumulative * * 2025-04-30 ua_general_staff false",
        ),
    ),
)
