"""Round 4 of whole short articles written for these tests, in outlet styles the earlier rounds (unseen_articles.py
and round 3) do not hold: a bulleted General Staff bulletin, a UN monthly update retold by a wire, a Russian MoD drone
statement, a Ukrainian Air Force night report, a BBC/Mediazona count, a Pentagon briefing, a brigade commander's
interview, a British intelligence range, a correction note and a local outlet's night of shelling by district.
Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "bulletin_bullets",
        "2025-03-10",
        "General Staff: Russia has lost 889,130 troops in Ukraine since Feb. 24, 2022\n"
        "Russia has lost 889,130 troops in its full-scale invasion of Ukraine since Feb. 24, 2022, the General "
        "Staff of Ukraine's Armed Forces reported on March 10.\n"
        "This number includes 1,260 casualties that Russian forces suffered over the past day.\n"
        "According to the report, Russia has also lost:\n"
        "- 10,222 tanks (+5)\n"
        "- 21,300 armored fighting vehicles (+12)\n"
        "- 25,117 artillery systems (+41)\n"
        "- 1,298 multiple launch rocket systems\n"
        "- 1,090 air defense systems\n"
        "- 370 airplanes\n"
        "- 331 helicopters\n"
        "- 28,150 drones (+98)\n"
        "- 3,090 cruise missiles\n"
        "- 28 ships and boats\n"
        "- 40,380 vehicles and fuel tanks (+77)\n"
        "- 3,700 pieces of special equipment\n"
        "The figures cannot be independently verified.",
        (
            "russia personnel losses 889130 - exact cumulative * * 2025-03-10 ua_general_staff false",
            "russia personnel losses 1260 - exact period 1 * 2025-03-10 ua_general_staff false",
            "russia tanks losses 10222 - exact cumulative * * 2025-03-10 ua_general_staff false",
            "russia tanks losses 5 - exact period 1 * 2025-03-10 ua_general_staff false",
            "russia armoured_vehicles losses 21300 - exact cumulative * * 2025-03-10 ua_general_staff false",
            "russia armoured_vehicles losses 12 - exact period 1 * 2025-03-10 ua_general_staff false",
            "russia artillery losses 25117 - exact cumulative * * 2025-03-10 ua_general_staff false",
            "russia artillery losses 41 - exact period 1 * 2025-03-10 ua_general_staff false",
            "russia mlrs losses 1298 - exact cumulative * * 2025-03-10 ua_general_staff false",
            "russia air_defence losses 1090 - exact cumulative * * 2025-03-10 ua_general_staff false",
            "russia aircraft losses 370 - exact cumulative * * 2025-03-10 ua_general_staff false",
            "russia helicopters losses 331 - exact cumulative * * 2025-03-10 ua_general_staff false",
            "russia drones losses 28150 - exact cumulative * * 2025-03-10 ua_general_staff false",
            "russia drones losses 98 - exact period 1 * 2025-03-10 ua_general_staff false",
            "russia missiles losses 3090 - exact cumulative * * 2025-03-10 ua_general_staff false",
            "russia ships losses 28 - exact cumulative * * 2025-03-10 ua_general_staff false",
            "russia vehicles losses 40380 - exact cumulative * * 2025-03-10 ua_general_staff false",
            "russia vehicles losses 77 - exact period 1 * 2025-03-10 ua_general_staff false",
            "russia special_equipment losses 3700 - exact cumulative * * 2025-03-10 ua_general_staff false",
        ),
    ),
    Article(
        "un_monthly_wire",
        "2025-05-09",
        "GENEVA (Wire) - At least 13,134 civilians, including 673 children, have been killed in Ukraine since "
        "Russia's full-scale invasion in February 2022, the United Nations human rights office said on Friday.\n"
        "In its monthly update, the office said 31,867 civilians had been injured over the same period. April was "
        "the deadliest month for civilians since September 2024, with 209 people killed and 1,146 wounded, it "
        "said.\n"
        "Most of the casualties were caused by long-range missiles and glide bombs, the office said, adding that "
        "the true figures were likely considerably higher because access to occupied areas was limited.",
        (
            "ukraine civilians killed 13134 - at_least cumulative * * 2025-05-09 un false",
            "ukraine civilians killed 673 - at_least|exact cumulative * * 2025-05-09 un false",
            "ukraine civilians wounded 31867 - exact cumulative * * 2025-05-09 un false",
            "ukraine people|civilians killed 209 - exact period * * 2025-04-30|2025-04-01 un false",
            "ukraine people|civilians wounded 1146 - exact period * * 2025-04-30|2025-04-01 un false",
        ),
    ),
    Article(
        "moscow_drones_overnight",
        "2025-08-24",
        "MOSCOW, Aug 24 (Wire) - Russian air defences intercepted and destroyed 148 Ukrainian drones overnight, "
        "57 of them over the Bryansk region, Russia's defence ministry said on Sunday.\n"
        "The ministry said on Telegram that the drones were downed between 11 p.m. Moscow time on Saturday and "
        "7 a.m. on Sunday over 11 regions, including 19 over the Moscow region.\n"
        "The acting governor of the Kursk region said a drone had struck a car in the town of Rylsk, wounding two "
        "people.\n"
        "Ukraine did not immediately comment, and the reports could not be independently verified.",
        (
            "ukraine drones destroyed 148 - exact period 1|- * 2025-08-24 ru_mod false",
            "ukraine drones destroyed 57 - exact period 1|- * 2025-08-24 ru_mod false",
            "ukraine drones destroyed 19 - exact period 1|- * 2025-08-24 ru_mod false",
            "russia people|civilians wounded 2 - exact period * * 2025-08-24 ru_officials false",
        ),
    ),
    Article(
        "air_force_of_launched",
        "2025-07-04",
        "Russia attacked Ukraine overnight with 145 Shahed-type attack drones and decoys and four Iskander-M "
        "ballistic missiles, the Ukrainian Air Force said on Friday morning.\n"
        "Of the 145 drones launched, 91 were shot down and 38 were lost to electronic warfare, the statement said. "
        "Air defences also intercepted two of the missiles.\n"
        "Hits were recorded in six locations, the Air Force said. In the Kharkiv region, a 62-year-old man was "
        "killed and three people were injured, the regional governor said.",
        (
            "russia drones destroyed 91 - exact period 1|- * 2025-07-04 ua_officials false",
            "russia drones losses 38 - exact period 1|- * 2025-07-04 ua_officials false",
            "russia missiles destroyed 2 - exact period 1|- * 2025-07-04 ua_officials false",
            # one person in a toll that counts others is a count of one (spec: parts of a whole are claims)
            "ukraine people|civilians killed 1 - exact period * * 2025-07-04 ua_officials false",
            "ukraine people|civilians wounded 3 - exact period * * 2025-07-04 ua_officials false",
        ),
    ),
    Article(
        "named_dead_count",
        "2025-06-27",
        "BBC and Mediazona name more than 113,000 Russian soldiers killed in Ukraine\n"
        "The BBC Russian service and the independent outlet Mediazona, working with volunteers, have identified "
        "by name at least 113,218 Russian soldiers killed in the war in Ukraine as of June 26, 2025, according to "
        "their latest count.\n"
        "Over the past three weeks, the list grew by 3,200 names, the outlets said. Volunteers make up more than "
        "a fifth of the dead, and at least 5,600 of those killed were officers.\n"
        "The journalists say the actual number is much higher, since the count includes only deaths confirmed by "
        "obituaries, social media posts and official statements.",
        (
            "russia personnel killed 113000 - at_least cumulative * * 2025-06-27|2025-06-26 mediazona false",
            "russia personnel killed 113218 - at_least cumulative * * 2025-06-26 mediazona false",
            "russia personnel killed 3200 - exact period 21 * 2025-06-27|2025-06-26 mediazona false",
            "russia personnel killed 5600 - at_least cumulative * * 2025-06-26|2025-06-27 mediazona false",
        ),
    ),
    Article(
        "pentagon_briefing",
        "2023-11-09",
        "WASHINGTON - Russia has suffered more than 300,000 casualties, killed or wounded, since it invaded "
        "Ukraine, a senior Pentagon official told reporters at a briefing on Thursday.\n"
        "The official, who spoke on condition of anonymity, said Russia had also lost about 2,200 tanks and more "
        "than 4,000 armoured vehicles. Ukrainian casualties were significant but lower, the official said, "
        "declining to give a number.\n"
        "In the past month alone, Russian forces near Avdiivka lost roughly 125 tanks, the Pentagon's press "
        "secretary said.",
        (
            "russia personnel losses 300000 - at_least cumulative * * 2023-11-09 us_officials false",
            "russia tanks losses 2200 - approx cumulative * * 2023-11-09 us_officials false",
            "russia armoured_vehicles losses 4000 - at_least cumulative * * 2023-11-09 us_officials false",
            "russia tanks losses 125 - approx period 30|- * 2023-11-09 us_officials false",
        ),
    ),
    Article(
        "brigade_commander_quotes",
        "2024-09-05",
        "'They keep coming in waves': a Ukrainian commander on the fight for Pokrovsk\n"
        "The commander of a Ukrainian mechanised brigade holding positions east of Pokrovsk, who asked to be "
        "identified by his call sign, said his unit had killed about 1,500 Russian soldiers and wounded some "
        "2,000 more since the start of August.\n"
        "'In one assault last week we destroyed eight tanks and 14 armoured vehicles,' he said. 'We lost two of "
        "our own Bradleys that day.'\n"
        "The brigade's losses had been heavy too, he said, declining to give figures.",
        (
            "russia personnel killed 1500 - approx period * 2024-08-01|- 2024-09-05 ua_officials false",
            "russia personnel wounded 2000 - approx period * 2024-08-01|- 2024-09-05 ua_officials false",
            "russia tanks destroyed 8 - exact period * * * ua_officials false",
            "russia armoured_vehicles destroyed 14 - exact period * * * ua_officials false",
            "ukraine armoured_vehicles losses 2 - exact period * * * ua_officials false",
        ),
    ),
    Article(
        "british_range",
        "2024-04-27",
        "Russia has probably suffered between 450,000 and 500,000 casualties since the start of its invasion, "
        "British defence intelligence believes.\n"
        "In its latest assessment, the Ministry of Defence said Moscow was likely losing between 900 and 1,100 "
        "men killed or wounded a day, and that about 70 per cent of the losses were on the Donetsk front.\n"
        "The Defence Secretary told MPs that Russia had also lost more than 3,000 tanks.\n"
        "The Russian defence ministry does not publish figures for its own losses.",
        (
            "russia personnel losses 450000 500000 range cumulative * * 2024-04-27 uk_mod true",
            "russia personnel losses 900 1100 range rate 1 * * uk_mod true",
            # the Defence Secretary heads the defence ministry (as Russia's defence minister is ru_mod)
            "russia tanks losses 3000 - at_least cumulative * * 2024-04-27 uk_mod|uk_officials false",
        ),
    ),
    Article(
        "correction_note",
        "2024-02-15",
        "Russian shelling killed four civilians in the Kherson region over the past day, regional governor "
        "Oleksandr Prokudin said on Thursday.\n"
        "Sixteen people, including two children, were wounded, he said on Telegram. Russian forces fired 412 "
        "shells at the region, hitting residential areas of Kherson city and 19 other settlements.\n"
        "Correction, Feb. 15: An earlier version of this article misstated the number of civilians killed. It "
        "was four, not six.",
        (
            "ukraine civilians killed 4 - exact period 1 * 2024-02-15 ua_officials false",
            "ukraine people|civilians wounded 16 - exact period 1|- * 2024-02-15 ua_officials false",
            "ukraine civilians wounded 2 - exact period 1|- * 2024-02-15 ua_officials false",
        ),
    ),
    Article(
        "city_districts",
        "2024-11-25",
        "Russia strikes Kharkiv overnight: 2 killed, 23 injured across three districts\n"
        "Russian forces struck Kharkiv with guided aerial bombs and missiles overnight on Nov. 25, killing two "
        "people and injuring 23, Mayor Ihor Terekhov reported.\n"
        "In the Kyivskyi district, a missile hit a high-rise building, injuring 11 residents, including a "
        "10-year-old girl. In the Shevchenkivskyi district, two people were killed and seven injured when a bomb "
        "struck a warehouse. Five more people were hurt in the Industrialnyi district, according to Terekhov.\n"
        "The regional governor said 130 people had been injured in the region over the past week.",
        (
            "ukraine people|civilians killed 2 - exact period 1|- * 2024-11-25 ua_officials false",
            "ukraine people|civilians wounded 23 - exact period 1|- * 2024-11-25 ua_officials false",
            "ukraine people|civilians wounded 11 - exact period 1|- * 2024-11-25 ua_officials false",
            # "including a 10-year-old girl": a child among the wounded is a claim of its own
            "ukraine civilians|people wounded 1 - exact period 1|- * 2024-11-25 ua_officials|- false",
            "ukraine people|civilians wounded 7 - exact period 1|- * 2024-11-25 ua_officials false",
            "ukraine people|civilians wounded 5 - exact period 1|- * 2024-11-25 ua_officials false",
            "ukraine people|civilians wounded 130 - exact period 7 * 2024-11-25 ua_officials false",
        ),
    ),
    Article(
        "children_prosecutors",
        "2025-06-01",
        "On International Children's Day, Ukraine's Prosecutor General's Office said that at least 631 children had "
        "been killed and more than 1,900 injured as a result of Russia's full-scale aggression.\n"
        "The figures are not final, prosecutors said, because they cannot yet count victims in occupied territories "
        "and areas of active fighting. The largest number of child casualties was recorded in the Donetsk region, "
        "where 218 children were killed.\n"
        "Last week alone, four children were killed in Russian strikes on Kharkiv and Sumy, the office said.",
        (
            "ukraine civilians killed 631 - at_least cumulative * * 2025-06-01 ua_officials false",
            "ukraine civilians wounded 1900 - at_least cumulative * * 2025-06-01 ua_officials false",
            "ukraine civilians killed 218 - exact cumulative * * 2025-06-01 ua_officials false",
            "ukraine civilians killed 4 - exact period 7|- * 2025-05-31|2025-05-25|2025-06-01 ua_officials false",
        ),
    ),
    Article(
        "allied_troops_intelligence",
        "2025-01-13",
        "SEOUL (Wire) - About 300 North Korean soldiers fighting for Russia in the Kursk region have been killed and "
        "2,700 wounded, South Korea's spy agency said on Monday, citing intelligence gathered with Ukraine.\n"
        "The National Intelligence Service told lawmakers that the troops had suffered heavy losses because they "
        "lacked experience with drones. Ukraine's military intelligence said last month that at least 30 North "
        "Korean soldiers had been killed or wounded in a single battle near the village of Plekhovo.\n"
        "Pyongyang has not acknowledged sending troops.",
        (
            "russia personnel killed 300 - approx cumulative * * 2025-01-13 other false",
            "russia personnel wounded 2700 - approx|exact cumulative * * 2025-01-13 other false",
            "russia personnel losses 30 - at_least period * * 2025-01-13|2024-12-31|2024-12-01 ua_mod false",
        ),
    ),
    Article(
        "us_estimate_of_ukraine",
        "2023-08-19",
        "WASHINGTON - The number of Ukrainian troops killed in the war is close to 70,000, with another 100,000 to "
        "120,000 wounded, according to US officials who spoke on condition of anonymity.\n"
        "The officials said Russian military casualties were nearly double that, with as many as 120,000 deaths. "
        "The figures, they cautioned, were estimates that may not be precise, since both sides are believed to "
        "undercount their own losses.\n"
        "Kyiv does not disclose its casualties.",
        (
            "ukraine personnel killed 70000 - approx cumulative * * 2023-08-19 us_officials false",
            "ukraine personnel wounded 100000 120000 range cumulative * * 2023-08-19 us_officials false",
            "russia personnel killed 120000 - at_most cumulative * * 2023-08-19 us_officials false",
        ),
    ),
    Article(
        "russian_governor_year",
        "2024-12-30",
        "BELGOROD (Wire) - Ukrainian attacks have killed 220 civilians in Russia's Belgorod region since the start of "
        "the special military operation, including 17 children, and wounded more than 1,100, the region's governor "
        "said in an end-of-year address on Monday.\n"
        "In 2024 alone, 148 residents were killed, he said, as Ukrainian drones increasingly targeted cars on roads "
        "near the border.\n"
        "Ukraine says it targets only military sites.",
        (
            "russia civilians killed 220 - exact cumulative * * 2024-12-30 ru_officials false",
            "russia civilians killed 17 - exact cumulative * * 2024-12-30 ru_officials false",
            "russia civilians wounded 1100 - at_least cumulative * * 2024-12-30 ru_officials false",
            "russia civilians|people killed 148 - exact period * * 2024-12-30|2024-12-31 ru_officials false",
        ),
    ),
)
