"""Round 16 of whole short articles written for these tests, in styles rounds 1 and 3 to 15 and p1 do not hold: a
German broadcaster's English edition on a Russian governor's toll, an explainer's "key events" page split under
section headings, a US news magazine relaying the General Staff beside a think tank's quote, a hometown paper's
profile of a fallen soldier with his battalion's losses, a news site's feed of timestamped headlines, and a city's
numbered overnight updates as the toll grows.
Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "broadcaster_english_edition_russian_governor",
        "2025-05-12",
        "Russia: Drone attack on Belgorod region kills two, governor says\n"
        "Russian regional authorities say a Ukrainian drone struck a minibus near the border. Kyiv has not commented. "
        "Here is the latest.\n"
        "A Ukrainian drone attack on a minibus in Russia's Belgorod region killed two civilians and injured five "
        "others on Sunday, regional governor Yevgeny Sorokin said.\n"
        "Sorokin wrote on Telegram that the vehicle was hit near the village of Dubki, about 10 kilometers (6 miles) "
        "from the Ukrainian border.\n"
        "Russia's Defense Ministry said separately that its air defenses had destroyed 47 Ukrainian drones overnight.\n"
        "Ukraine's military did not comment on the claims. We could not independently verify either side's account.\n"
        "dpa, AFP contributed to this report",
        (
            "russia civilians killed 2 - exact period 1|- * 2025-05-11 ru_officials false",
            "russia civilians|people wounded 5 - exact period 1|- * 2025-05-11 ru_officials false",
            "ukraine drones destroyed 47 - exact period 1|- * 2025-05-12|2025-05-11 ru_mod false",
        ),
    ),
    Article(
        "key_events_under_section_headings",
        "2025-02-18",
        "Russia-Ukraine war: List of key events, day 1,091\n"
        "Here is where things stand on Tuesday, February 18.\n"
        "Fighting\n"
        "- A Russian glide bomb attack on the town of Kostiantynivka killed four people and wounded nine, the head of "
        "the Donetsk regional administration said.\n"
        "- Ukraine's air force said it shot down 98 of the 147 drones Russia launched overnight.\n"
        "- Russia's Ministry of Defence said its troops had taken control of the village of Pishchane in the Kharkiv "
        "region.\n"
        "Politics and diplomacy\n"
        "- US and Russian officials met in Riyadh to discuss ending the war; Ukraine was not invited.\n"
        "Military aid\n"
        "- Norway pledged a further 1.2 billion kroner ($107m) for drone production.\n"
        "Casualties\n"
        "- Ukraine's General Staff said 1,150 Russian soldiers were killed or wounded in the past day, bringing "
        "Russia's total losses to 856,270.",
        (
            "ukraine people|civilians killed 4 - exact period * * 2025-02-18|2025-02-17 ua_officials false",
            "ukraine people|civilians wounded 9 - exact period * * 2025-02-18|2025-02-17 ua_officials false",
            "russia drones destroyed 98 - exact period 1|- * 2025-02-18|2025-02-17 ua_officials false",
            "russia personnel losses 1150 - exact period 1 * 2025-02-18|2025-02-17 ua_general_staff false",
            "russia personnel losses 856270 - exact cumulative * * 2025-02-18|2025-02-17 ua_general_staff false",
        ),
    ),
    Article(
        "magazine_general_staff_and_think_tank_quote",
        "2025-07-09",
        "Russia Loses 1,000 Soldiers a Day for Third Week in a Row—Ukraine\n"
        "Russia lost another 1,080 soldiers over the past 24 hours, according to Ukraine's General Staff, as Moscow "
        "pushes its summer offensive in the Donetsk region.\n"
        "The figure brings total Russian personnel losses since the start of the full-scale invasion to 1,029,760, the "
        "General Staff said in its daily update on Wednesday. Kyiv also reported that Russia lost 11 tanks and 52 "
        "artillery systems in the past day.\n"
        "We could not independently verify the figures and have reached out to the Russian Defense Ministry for "
        "comment via email.\n"
        "The Institute for the Study of War (ISW) said in its latest assessment: \"Russian forces are sustaining "
        "roughly 1,200 casualties a day for marginal gains around Pokrovsk.\"\n"
        "Russia does not regularly publish its own casualty figures.",
        (
            "russia personnel losses 1000 - exact|approx rate 1 * 2025-07-09 ua_officials|ua_general_staff false",
            "russia personnel losses 1080 - exact period 1 * 2025-07-09|2025-07-08 ua_general_staff false",
            "russia personnel losses 1029760 - exact cumulative * * 2025-07-09 ua_general_staff false",
            "russia tanks losses|destroyed 11 - exact period 1 * 2025-07-09|2025-07-08 ua_officials|ua_general_staff "
            "false",
            "russia artillery losses|destroyed 52 - exact period 1 * 2025-07-09|2025-07-08 "
            "ua_officials|ua_general_staff false",
            "russia personnel losses 1200 - approx rate 1 * 2025-07-09 isw false",
        ),
    ),
    Article(
        "hometown_paper_fallen_soldier_profile",
        "2024-11-20",
        "'He always went first': remembering Sgt. Andriy Melnyk\n"
        "Sergeant Andriy Melnyk, a former schoolteacher from Uzhhorod, was killed by a Russian drone near Kurakhove on "
        "November 3. He was 41.\n"
        "Melnyk joined the 33rd Mechanized Brigade in the spring of 2022. His commander, Captain Oleh Savchuk, said "
        "the battalion had lost 37 men killed and more than 120 wounded in the fighting for the town since August.\n"
        "Melnyk is survived by his wife and two daughters, aged 9 and 12. A memorial service will be held at the "
        "city's cathedral on Saturday.",
        (
            "ukraine personnel killed 37 - exact period * 2024-08-01|- 2024-11-20|2024-11-19 ua_officials false",
            "ukraine personnel wounded 120 - at_least period * 2024-08-01|- 2024-11-20|2024-11-19 ua_officials "
            "false",
        ),
    ),
    Article(
        "headline_feed_timestamps",
        "2025-03-03",
        "Latest headlines\n"
        "09:12 Russian drone strike on Odesa port kills 2, injures 7 — regional governor\n"
        "08:47 Russia says it downed 31 Ukrainian drones over Kursk, Bryansk regions overnight\n"
        "08:15 Ukraine says Russia lost 1,330 troops in past day; total nears 880,000\n"
        "07:58 Zelenskiy to meet EU leaders in Brussels on Thursday\n"
        "07:30 Oil prices rise 2% on supply fears",
        (
            "ukraine civilians|people killed 2 - exact period 1|- * 2025-03-03 ua_officials false",
            "ukraine civilians|people wounded 7 - exact period 1|- * 2025-03-03 ua_officials false",
            "ukraine drones destroyed 31 - exact period 1|- * 2025-03-03|2025-03-02 ru_officials|ru_mod false",
            "russia personnel losses 1330 - exact period 1 * 2025-03-03|2025-03-02 ua_officials|ua_general_staff "
            "false",
            "russia personnel losses 880000 - approx cumulative * * 2025-03-03 ua_officials|ua_general_staff false",
        ),
    ),
    Article(
        "city_overnight_update_thread",
        "2025-04-05",
        "Kharkiv: updates after the night attack\n"
        "UPDATE 02:40 — The mayor says 3 people were injured after drones hit a residential building in the Kyivskyi "
        "district.\n"
        "UPDATE 03:15 — The number of injured has risen to 6. A fire broke out on the 4th floor.\n"
        "UPDATE 06:05 — Rescuers pulled a body from the rubble. One person was killed, the mayor said; 9 were "
        "injured.\n"
        "UPDATE 08:30 — The emergency service says 12 people were injured in total. Search work is over.",
        (
            "ukraine people|civilians wounded 3 - exact period * * 2025-04-05 ua_officials false",
            "ukraine people|civilians wounded 6 - exact period * * 2025-04-05 ua_officials false",
            "ukraine people|civilians killed 1 - exact period * * 2025-04-05 ua_officials false",
            "ukraine people|civilians wounded 9 - exact period * * 2025-04-05 ua_officials false",
            "ukraine people|civilians wounded 12 - exact period * * 2025-04-05 ua_officials false",
        ),
    ),
)
