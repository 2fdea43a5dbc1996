"""Round 7 of whole short articles written for these tests, in outlet styles rounds 1 and 3 to 6 do not hold: a wire's
night round-up of attacks across several regions, a "war in numbers" sidebar of labelled lines, a British defence
intelligence post on average daily casualties, a piece on Ukraine's recruitment that quotes losses as context, a
correction of a toll reported earlier, and a regional governor's evening post on a Russian border region. Names,
places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "night_roundup_regions",
        "2025-03-11",
        "Russian attacks kill 7 in Ukraine's Donetsk, Kherson regions\n"
        "KYIV, March 11 (Wire) - Russian attacks killed seven civilians and wounded 29 others across Ukraine over the "
        "past day, regional officials said on Tuesday.\n"
        "In the Donetsk region, four people were killed in Kostiantynivka and Druzhkivka, Governor Vadym Filashkin "
        "said.\n"
        "Russian shelling of the Kherson region killed three people and injured 14, regional head Oleksandr "
        "Prokudin reported.\n"
        "In Zaporizhzhia, a drone strike on a market wounded nine people, the regional military administration "
        "said.\n"
        "The reports could not be independently verified.",
        (
            "ukraine civilians killed 7 - exact period 1 * 2025-03-11 ua_officials false",
            "ukraine civilians|people wounded 29 - exact period 1 * 2025-03-11 ua_officials false",
            "ukraine people|civilians killed 4 - exact period 1|- * 2025-03-11 ua_officials false",
            "ukraine people|civilians killed 3 - exact period 1|- * 2025-03-11 ua_officials false",
            "ukraine people|civilians wounded 14 - exact period 1|- * 2025-03-11 ua_officials false",
            "ukraine people|civilians wounded 9 - exact period 1|- * 2025-03-11 ua_officials false",
        ),
    ),
    Article(
        "war_in_numbers_sidebar",
        "2025-02-24",
        "The war in numbers\n"
        "Three years after Russia's full-scale invasion, here is what the main counts show.\n"
        "Civilians killed: at least 12,600, according to the UN human rights monitoring mission.\n"
        "Civilians wounded: more than 29,000, the mission says.\n"
        "Russian soldiers killed: 95,000 confirmed by name, according to Mediazona and BBC Russian.\n"
        "Russian tanks lost: 3,800 visually confirmed, according to Oryx.",
        (
            "ukraine civilians killed 12600 - at_least cumulative * * 2025-02-24 un false",
            "ukraine civilians wounded 29000 - at_least cumulative * * 2025-02-24 un false",
            "russia personnel killed 95000 - exact cumulative * * 2025-02-24 mediazona false",
            "russia tanks losses|destroyed 3800 - exact cumulative * * 2025-02-24 oryx false",
        ),
    ),
    Article(
        "defence_intelligence_post",
        "2025-06-03",
        "Latest Defence Intelligence update on the situation in Ukraine - 3 June 2025.\n"
        "Russia's average daily casualties in May 2025 were likely around 1,280, a decrease from April's average "
        "of 1,350.\n"
        "Defence Intelligence assesses that Russia has now likely suffered over 950,000 casualties since the start "
        "of the invasion.\n"
        "The high casualty rate probably reflects Russia's continued reliance on massed infantry assaults.",
        (
            "russia personnel losses 1280 - approx rate 1 * 2025-05-31|2025-05-01|2025-06-03 uk_mod true",
            "russia personnel losses 1350 - exact rate 1 * 2025-04-30|2025-04-01 uk_mod false|true",
            "russia personnel losses 950000 - at_least cumulative * * 2025-06-03 uk_mod true",
        ),
    ),
    Article(
        "recruitment_with_losses",
        "2024-11-20",
        "Ukraine struggles to fill its brigades as the war drags on\n"
        "Ukraine's army needs tens of thousands of new soldiers to relieve units that have fought for months "
        "without rotation, commanders say.\n"
        "President Volodymyr Zelensky said in February that 31,000 Ukrainian soldiers had been killed since the "
        "invasion, a figure Western officials believe is too low.\n"
        "U.S. officials estimated in August that Ukraine had suffered about 70,000 dead and 120,000 wounded.\n"
        "Parliament lowered the conscription age to 25 in April.",
        (
            "ukraine personnel killed 31000 - exact cumulative * * 2024-02-29|2024-02-01|2024-11-20 ua_president "
            "false",
            "ukraine personnel killed 70000 - approx cumulative * * 2024-08-31|2024-08-01|2024-11-20 us_officials "
            "true|false",
            "ukraine personnel wounded 120000 - approx cumulative * * 2024-08-31|2024-08-01|2024-11-20 us_officials "
            "true|false",
        ),
    ),
    Article(
        "toll_corrected",
        "2024-08-19",
        "Russian strike on Sumy kills 11, officials say\n"
        "A Russian missile strike on the city of Sumy killed 11 people and wounded 35 on Monday morning, the "
        "regional military administration said.\n"
        "Rescuers were still searching the rubble of an apartment block in the city centre.\n"
        "This story has been corrected. An earlier version said 12 people had been killed, citing the city "
        "council.",
        (
            "ukraine people|civilians killed 11 - exact period * * 2024-08-19 ua_officials false",
            "ukraine people|civilians wounded 35 - exact period * * 2024-08-19 ua_officials false",
        ),
    ),
    Article(
        "russian_governor_evening",
        "2024-10-07",
        "Belgorod governor says Ukrainian shelling killed two\n"
        "Ukrainian shelling killed two civilians and injured six in the Belgorod region on Monday, Governor "
        "Vyacheslav Gladkov said in an evening post on Telegram.\n"
        "He said air defences had shot down 17 Ukrainian drones over the region during the day.\n"
        "Ukraine does not comment on strikes inside Russia.",
        (
            "russia civilians killed 2 - exact period * * 2024-10-07 ru_officials false",
            "russia civilians wounded 6 - exact period * * 2024-10-07 ru_officials false",
            "ukraine drones destroyed 17 - exact period 1|- * 2024-10-07 ru_officials false",
        ),
    ),
)
