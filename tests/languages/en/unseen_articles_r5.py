"""Round 5 of whole short articles written for these tests, in outlet styles rounds 1, 3 and 4 do not hold: a wire's
factbox of the war in numbers, a live blog's end-of-day summary bullets, a Russian general killed, a brigade's drone
kills over a month, leaked documents with ranges, a regional count of funerals, a Russian border governor answered
by a Ukrainian denial, an agency's own tally of official figures, an explainer on killed and casualties, and one
claimant's two figures from different dates. Names, places and numbers are invented or changed; nothing is copied
from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "factbox_in_numbers",
        "2024-02-23",
        "FACTBOX-Russia-Ukraine war in numbers, two years on\n"
        "Feb 23 (Wire) - Here are some key figures on the war in Ukraine, which Russia invaded on Feb. 24, 2022.\n"
        "MILITARY CASUALTIES\n"
        "* Neither side publishes full figures for its own losses. U.S. officials said in December that 312,000 "
        "Russian soldiers had been killed or wounded, about 87% of the troops Russia had when the invasion began.\n"
        "* Ukraine's General Staff says Russia has lost 404,000 personnel, 6,480 tanks and 12,150 armoured "
        "vehicles.\n"
        "* Russia's defence ministry said in January that Ukraine had lost more than 383,000 troops killed and "
        "wounded.\n"
        "CIVILIANS\n"
        "* The U.N. human rights office has verified 10,390 civilian deaths, including 581 children, and 19,700 "
        "injuries. It says the true figures are likely considerably higher.\n"
        "REFUGEES\n"
        "* About 6.4 million Ukrainians are registered as refugees abroad, according to the U.N. refugee agency.",
        (
            "russia personnel losses 312000 - exact cumulative * * 2023-12-31|2023-12-01|2024-02-23 us_officials "
            "false",
            "russia personnel losses 404000 - exact cumulative * * 2024-02-23 ua_general_staff false",
            "russia tanks losses 6480 - exact cumulative * * 2024-02-23 ua_general_staff false",
            "russia armoured_vehicles losses 12150 - exact cumulative * * 2024-02-23 ua_general_staff false",
            "ukraine personnel losses 383000 - at_least cumulative * * 2024-01-31|2024-01-01|2024-02-23 ru_mod false",
            "ukraine civilians killed 10390 - exact cumulative * * 2024-02-23 un false",
            "ukraine civilians killed 581 - exact cumulative * * 2024-02-23 un false",
            "ukraine civilians wounded 19700 - exact cumulative * * 2024-02-23 un false",
        ),
    ),
    Article(
        "live_blog_recap",
        "2024-10-16",
        "Russia-Ukraine war at a glance: what we know on day 966 of the invasion\n"
        "- At least six people were killed and 17 wounded when a Russian missile hit a residential area in "
        "Mykolaiv, the regional governor, Vitaliy Kim, said.\n"
        "- Russia's defence ministry said its air defences had destroyed 47 Ukrainian drones over four regions "
        "overnight, including 21 over the Kursk region.\n"
        "- Ukraine's air force said it had shot down 31 of the 56 drones Russia launched overnight; a further 19 "
        "were 'lost', likely due to electronic jamming.\n"
        "- North Korea has sent about 1,500 special forces troops to Russia, South Korean media reported.\n"
        "- Ukraine's general staff said Russia had lost 1,390 troops in the past day, bringing its total losses "
        "since the start of the invasion to 668,000.\n"
        "- Kyiv's mayor said one person was injured by falling debris in the Darnytskyi district.",
        (
            "ukraine people|civilians killed 6 - at_least period 1|- * 2024-10-16 ua_officials false",
            "ukraine people|civilians wounded 17 - at_least|exact period 1|- * 2024-10-16 ua_officials false",
            "ukraine drones destroyed 47 - exact period 1|- * 2024-10-16 ru_mod false",
            "ukraine drones destroyed 21 - exact period 1|- * 2024-10-16 ru_mod false",
            "russia drones destroyed 31 - exact period 1|- * 2024-10-16 ua_officials false",
            "russia drones losses 19 - exact period 1|- * 2024-10-16 ua_officials true|false",
            "russia personnel losses 1390 - exact period 1 * 2024-10-16 ua_general_staff false",
            "russia personnel losses 668000 - exact cumulative * * 2024-10-16 ua_general_staff false",
            "ukraine people|civilians wounded 1 - exact period 1|- * 2024-10-16 ua_officials false",
        ),
    ),
    Article(
        "general_killed",
        "2024-12-17",
        "Russian general killed by bomb hidden in electric scooter outside Moscow flat\n"
        "A senior Russian general was killed on Tuesday when a bomb hidden in an electric scooter exploded outside "
        "his apartment block in south-east Moscow, Russian investigators said.\n"
        "Lt Gen Pavel Sorokin, 55, the head of a branch of Russia's armed forces, died at the scene. The explosion "
        "killed two people, the Investigative Committee said, and shattered windows on three floors.\n"
        "A source in Ukraine's security service said the SBU was behind the attack. Kyiv says it has killed at "
        "least 12 Russian generals since the full-scale invasion began, while Moscow has acknowledged the deaths "
        "of five.",
        (
            "russia people|personnel killed 2 - exact period * * 2024-12-17 ru_officials false",
            "russia personnel killed 12 - at_least cumulative * * 2024-12-17 ua_officials false",
            "russia personnel killed 5 - exact cumulative * * 2024-12-17 ru_officials|ru_mod|- false",
        ),
    ),
    Article(
        "brigade_month_drones",
        "2025-02-03",
        "Drone operators of assault brigade kill over 1,200 Russian soldiers in January\n"
        "The drone operators of Ukraine's 3rd Separate Assault Brigade killed 1,236 Russian soldiers and wounded "
        "874 in January, the brigade reported on Telegram on 3 February.\n"
        "In the same month the unit's drones destroyed 41 tanks, 67 armoured fighting vehicles and 112 artillery "
        "systems, the brigade said.\n"
        "The brigade said its own losses over the month were several times smaller, without giving a number.",
        (
            "russia personnel killed 1200 - at_least period * * 2025-01-31|2025-02-03 ua_officials|- false",
            "russia personnel killed 1236 - exact period * * 2025-01-31|2025-02-03 ua_officials false",
            "russia personnel wounded 874 - exact period * * 2025-01-31|2025-02-03 ua_officials false",
            "russia tanks destroyed 41 - exact period * * 2025-01-31|2025-02-03 ua_officials false",
            "russia armoured_vehicles destroyed 67 - exact period * * 2025-01-31|2025-02-03 ua_officials false",
            "russia artillery destroyed 112 - exact period * * 2025-01-31|2025-02-03 ua_officials false",
        ),
    ),
    Article(
        "leaked_ranges",
        "2023-04-10",
        "Leaked Documents Put Ukrainian Deaths at Up to 17,500\n"
        "Classified American documents that appeared online in recent weeks estimate that 15,500 to 17,500 "
        "Ukrainian soldiers have been killed in the war and as many as 113,500 wounded, figures far higher than "
        "Kyiv acknowledges.\n"
        "The same documents put Russian deaths at 35,500 to 43,000 and Russian wounded at 154,000 to 180,000.\n"
        "American officials cautioned that the documents may have been altered before they appeared online.\n"
        "Russia's defence ministry last reported its own death toll in September, when it said 5,937 soldiers had "
        "been killed.",
        (
            "ukraine personnel killed 17500 - at_most cumulative * * 2023-04-10 us_officials|- false",
            "ukraine personnel killed 15500 17500 range cumulative * * 2023-04-10 us_officials false",
            "ukraine personnel wounded 113500 - at_most cumulative * * 2023-04-10 us_officials false",
            "russia personnel killed 35500 43000 range cumulative * * 2023-04-10 us_officials false",
            "russia personnel wounded 154000 180000 range cumulative * * 2023-04-10 us_officials false",
            "russia personnel killed 5937 - exact cumulative * * 2022-09-30|2022-09-01 ru_mod false",
        ),
    ),
    Article(
        "regional_funerals",
        "2023-11-20",
        "In Buryatia, the funerals keep coming\n"
        "ULAN-UDE -- The Siberian service of Radio Liberty has counted at least 712 servicemen from the Russian "
        "region of Buryatia who have been killed in Ukraine, based on local obituaries, funeral notices from "
        "village administrations and posts by relatives.\n"
        "In October alone, the count shows, 38 men from the region were buried.\n"
        "The regional government does not publish figures. The real toll is almost certainly higher, since many "
        "deaths are never made public.",
        (
            "russia personnel killed 712 - at_least cumulative * * 2023-11-20 other false",
            "russia personnel killed 38 - exact period * * 2023-10-31|2023-10-01 other false",
        ),
    ),
    Article(
        "border_governor_denial",
        "2024-08-12",
        "Russian governor says Ukrainian shelling killed five civilians in Kursk region; Kyiv denies targeting "
        "civilians\n"
        "Five civilians were killed and 19 injured by Ukrainian shelling in the Kursk region over the weekend, the "
        "region's acting governor said on Monday.\n"
        "Since Ukrainian troops crossed the border on 6 August, 12 civilians have been killed and 121 wounded in "
        "the region, he said on Telegram. Among the wounded are 10 children.\n"
        "Ukraine's foreign ministry rejected the claims, saying its forces strike only military targets. Euronews "
        "could not independently verify either side's claims.\n"
        "Some 121,000 residents have been evacuated from border districts, according to the regional authorities.",
        (
            "russia civilians killed 5 - exact period 2|- * 2024-08-12|2024-08-11 ru_officials false",
            "russia people|civilians wounded 19 - exact period 2|- * 2024-08-12|2024-08-11 ru_officials false",
            "russia civilians killed 12 - exact period * 2024-08-06 2024-08-12 ru_officials false",
            "russia civilians|people wounded 121 - exact period * 2024-08-06 2024-08-12 ru_officials false",
            "russia civilians wounded 10 - exact period * 2024-08-06|- 2024-08-12 ru_officials false",
        ),
    ),
    Article(
        "agency_tally",
        "2025-09-01",
        "At least 230 civilians were killed in Russian strikes on Ukraine in August, according to an AFP tally "
        "based on official figures, making it one of the deadliest months of the year.\n"
        "The tally, compiled from statements by regional governors and emergency services, also counts at least "
        "1,020 people wounded.\n"
        "The deadliest single attack came on August 28, when a missile strike on a Kyiv apartment block killed 23 "
        "people, including four children, according to the city's military administration.\n"
        "Russia says it targets only military and energy infrastructure.",
        (
            "ukraine civilians killed 230 - at_least period * * 2025-08-31|2025-08-01 other|- false",
            "ukraine people|civilians wounded 1020 - at_least period * * 2025-08-31|2025-08-01 other|- false",
            "ukraine people|civilians killed 23 - exact period * * 2025-08-28 ua_officials false",
            "ukraine civilians killed 4 - exact period * * 2025-08-28 ua_officials false",
        ),
    ),
    Article(
        "killed_or_casualties_explainer",
        "2024-06-15",
        "Killed, wounded, casualties: what the numbers on Russia's war mean\n"
        "When officials speak of casualties, they usually mean everyone taken out of action: the dead, the "
        "wounded, the captured and the missing. An army's casualties are therefore typically three to four times "
        "its death toll.\n"
        "Ukraine's General Staff, for example, says Russia has lost more than 520,000 soldiers. That figure covers "
        "killed and seriously wounded troops alike; it is not a death toll.\n"
        "Independent counts are narrower. The Russian outlet Mediazona and the BBC have confirmed the names of "
        "52,000 Russian soldiers killed, counting only deaths they could document.\n"
        "The UK Ministry of Defence estimated in May that Russia was losing an average of 1,200 men killed or "
        "wounded every day.\n"
        "Kyiv gives few figures of its own. In February, President Volodymyr Zelensky said 30,800 Ukrainian "
        "soldiers had been killed.",
        (
            "russia personnel losses 520000 - at_least cumulative * * 2024-06-15 ua_general_staff false",
            "russia personnel killed 52000 - exact cumulative * * 2024-06-15 mediazona false",
            "russia personnel losses 1200 - exact|approx rate 1 * 2024-05-31|2024-05-01|2024-06-15|- uk_mod false",
            "ukraine personnel killed 30800 - exact cumulative * * 2024-02-29|2024-02-01 ua_president false",
        ),
    ),
    Article(
        "count_updated",
        "2025-03-20",
        "Kyiv raises its count of Russian losses in the Kursk incursion\n"
        "Ukraine's commander-in-chief said on Thursday that Russia had lost 61,000 troops killed and wounded in the "
        "Kursk region since Ukrainian forces crossed the border in August, including 24,000 killed.\n"
        "In January, the same commander had put Russian losses in the region at 38,000, including about 15,000 "
        "dead.\n"
        "Ukrainian forces had also taken 900 Russian soldiers prisoner there, he said.",
        (
            "russia personnel losses 61000 - exact period * * 2025-03-20 ua_officials|ua_general_staff false",
            "russia personnel killed 24000 - exact period * * 2025-03-20 ua_officials|ua_general_staff false",
            "russia personnel losses 38000 - exact period * * 2025-01-31|2025-01-01 ua_officials|ua_general_staff "
            "false",
            "russia personnel killed 15000 - approx period * * 2025-01-31|2025-01-01 ua_officials|ua_general_staff "
            "false",
            "russia personnel captured 900 - exact period|cumulative * * 2025-03-20 ua_officials|ua_general_staff "
            "false",
        ),
    ),
    Article(
        "navy_spokesman_ships",
        "2024-03-26",
        "Ukraine says sea drones sank Russian landing ship off Crimea\n"
        "Ukraine's navy said on Tuesday that its sea drones had sunk a Russian landing ship and damaged two patrol "
        "boats near Sevastopol overnight.\n"
        "A navy spokesman said Ukrainian forces had now destroyed or disabled 27 vessels of Russia's Black Sea Fleet "
        "since the full-scale invasion began, about a third of its ships.\n"
        "Russia's defence ministry said its forces had destroyed six Ukrainian sea drones in the Black Sea, but did "
        "not comment on its own losses.",
        (
            "russia ships destroyed 1 - exact period * * 2024-03-26 ua_officials false",
            "russia ships damaged 2 - exact period * * 2024-03-26 ua_officials false",
            "russia ships losses|destroyed|damaged 27 - exact cumulative * * 2024-03-26 ua_officials false",
            "ukraine drones|ships destroyed 6 - exact period|cumulative * * 2024-03-26 ru_mod false",
        ),
    ),
    Article(
        "weekly_launches_address",
        "2025-02-16",
        "Over the past week, Russia launched more than 1,200 attack drones, nearly 900 guided aerial bombs and "
        "more than 20 missiles of various types against Ukraine, President Volodymyr Zelensky said on Sunday.\n"
        "Ukrainian air defences shot down 801 of the drones, he said, while 390 more were lost to electronic "
        "warfare.\n"
        "Over the same week, Russian strikes killed at least 34 civilians, including five children, according to "
        "regional officials.",
        (
            "russia drones destroyed 801 - exact period 7|- * 2025-02-16 ua_president false",
            "russia drones losses 390 - exact period 7|- * 2025-02-16 ua_president false",
            "ukraine civilians killed 34 - at_least period 7|- * 2025-02-16 ua_officials false",
            "ukraine civilians killed 5 - exact|at_least period 7|- * 2025-02-16 ua_officials false",
        ),
    ),
    Article(
        "surrendered_since",
        "2024-11-04",
        "Russia's defence ministry said on Monday that 1,180 Ukrainian servicemen had surrendered in the Kursk region "
        "since Ukrainian forces crossed the border in early August.\n"
        "The ministry also said Ukraine had lost more than 33,000 troops in the region over the same period, "
        "including 420 in the past 24 hours.\n"
        "Kyiv has said its forces captured hundreds of Russian conscripts during the incursion.",
        (
            "ukraine personnel captured 1180 - exact period * * 2024-11-04 ru_mod false",
            "ukraine personnel losses 33000 - at_least period * * 2024-11-04 ru_mod false",
            "ukraine personnel losses 420 - exact period 1 * 2024-11-04 ru_mod false",
        ),
    ),
    Article(
        "monthly_average_assessment",
        "2024-12-02",
        "Russian forces suffered an average of 1,523 casualties per day in November, the highest monthly average "
        "since the start of the full-scale invasion, according to data from Ukraine's General Staff cited by "
        "Western analysts.\n"
        "In total, Russia lost 45,690 troops killed or wounded in November, up from 41,980 in October, the data "
        "show.\n"
        "The analysts said the toll reflected Russia's costly infantry assaults near Pokrovsk and Kurakhove.",
        (
            "russia personnel losses 1523 - exact|approx rate 1 * 2024-11-30 ua_general_staff false",
            "russia personnel losses 45690 - exact period * * 2024-11-30|2024-11-01 ua_general_staff false",
            "russia personnel losses 41980 - exact period * * 2024-10-31|2024-10-01 ua_general_staff false",
        ),
    ),
)
