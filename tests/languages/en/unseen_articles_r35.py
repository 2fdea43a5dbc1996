"""Round 35 of whole short articles written for these tests, in styles rounds 1 and 3 to 33 and p1 do not hold, with the
source, the span and the date in view: a medical charity's statement on attacks on health care (health workers killed
and injured in a named month, a count since the invasion's day, facilities hit, clinics, nurses trained and a budget
that are no losses); a regional English-language news site's brief on one day's shelling listed settlement by
settlement under the governor's post, with a total, beside shells fired, houses damaged and distances; an English
wire story on the Russian defence ministry's daily claim of Ukrainian losses ("up to" per group of forces, drones,
rockets and vehicles over the day, running totals since the start of the operation) set beside Kyiv's denial and its
own count, beside counterattacks repelled and prisoners exchanged; and a wire story on a state rail operator's staff
killed and injured in a month and since the invasion (a part of them at the front), and one night's strike on a train
told "according to preliminary information", beside trains run, passengers carried, stations repaired and workers who
joined the army that are no losses. Names, places and numbers are invented or changed; nothing is copied from any
set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "medical_charity_attacks_on_health_care",
        "2025-11-04",
        "Medical charity says attacks on health care rose in October\n"
        "LVIV, 4 November 2025 - Attacks on health care in Ukraine killed 14 health workers and injured 37 in "
        "October, the medical charity Healing Hands International said in a statement on Tuesday.\n"
        "Since 24 February 2022, at least 236 health workers have been killed while on duty, the charity said, "
        "citing its own monitoring.\n"
        "The statement said 61 medical facilities were hit in October, including nine hospitals and four ambulance "
        "stations.\n"
        "Since 1 August, the charity has recorded 402 attacks on health care, it said.\n"
        "\"Paramedics are being targeted in repeat strikes on the same site,\" said Dr. Marta Okhrimenko, the "
        "charity's head of mission.\n"
        "The charity runs 18 mobile clinics and has trained 1,200 nurses in trauma care since the start of the "
        "year, with a budget of 6.5 million euros.",
        (
            "ukraine civilians|people killed 14 - exact period * * 2025-10-31|2025-10-01 other false",
            "ukraine civilians|people wounded 37 - exact period * * 2025-10-31|2025-10-01 other false",
            "ukraine civilians|people killed 236 - at_least cumulative - 2022-02-24 2025-11-04 other false",
        ),
    ),
    Article(
        "regional_site_shelling_by_settlement",
        "2025-06-12",
        "Kherson region: 3 killed, 19 wounded in Russian shelling over the past day\n"
        "South Bank News | 12 June 2025, 09:40\n"
        "Russian forces shelled 31 settlements in Kherson region over the past day, regional governor Ivan Dorosh "
        "said on Telegram on Thursday morning.\n"
        "By settlement:\n"
        "Kherson city: 1 killed, 9 wounded;\n"
        "Bilozerka: 2 killed, 3 wounded;\n"
        "Stanislav: 5 wounded, among them a 14-year-old boy;\n"
        "Daryivka: 2 wounded.\n"
        "In total, 3 people were killed and 19 wounded, the governor said.\n"
        "The Russian army fired 412 times at the region, including 58 drone attacks and six guided aerial bombs, "
        "damaging 17 houses and a gas pipeline. Kherson lies 7 km from Russian positions across the Dnipro.",
        (
            "ukraine civilians|people killed 3 - exact period 1 * 2025-06-11|2025-06-12 ua_officials false",
            "ukraine civilians|people wounded 19 - exact period 1 * 2025-06-11|2025-06-12 ua_officials false",
            "ukraine civilians|people killed 1 - exact period 1|- * 2025-06-11|2025-06-12 ua_officials false",
            "ukraine civilians|people wounded 9 - exact period 1|- * 2025-06-11|2025-06-12 ua_officials false",
            "ukraine civilians|people killed 2 - exact period 1|- * 2025-06-11|2025-06-12 ua_officials false",
            "ukraine civilians|people wounded 3 - exact period 1|- * 2025-06-11|2025-06-12 ua_officials false",
            "ukraine civilians|people wounded 5 - exact period 1|- * 2025-06-11|2025-06-12 ua_officials false",
            "ukraine civilians|people wounded 2 - exact period 1|- * 2025-06-11|2025-06-12 ua_officials false",
        ),
    ),
    Article(
        "wire_russian_mod_daily_claim_and_kyiv_denial",
        "2025-09-23",
        "MOSCOW, Sept 23 (Wire) - Ukraine lost up to 1,450 servicemen in the past 24 hours, Russia's Defence "
        "Ministry said on Tuesday in its daily briefing, a claim Kyiv dismissed as propaganda.\n"
        "Units of the North group of forces inflicted losses of up to 215 troops on the Ukrainian army in the "
        "Kharkiv direction, the ministry said, while the Centre group killed up to 480 servicemen near Pokrovsk.\n"
        "Air defence systems shot down six rockets fired by a HIMARS launcher and 211 fixed-wing drones, it added. "
        "The ministry also claimed the destruction of 11 armoured fighting vehicles, 23 pickup trucks and five field "
        "artillery guns over the day.\n"
        "Since the start of the special military operation, 79,850 drones and 25,310 tanks and other armoured "
        "combat vehicles have been destroyed, the ministry said.\n"
        "Russian forces also repelled 14 Ukrainian counterattacks and took control of a village 12 km from "
        "Pokrovsk, it said.\n"
        "A spokesman for Ukraine's General Staff, Colonel Andriy Voloshyn, called the figures fantasy and said "
        "Russian forces had lost 1,020 soldiers over the same day. Kyiv and Moscow exchanged 146 prisoners of war "
        "each on Monday.",
        (
            "ukraine personnel losses 1450 - at_most period 1 * 2025-09-22|2025-09-23 ru_mod false",
            "ukraine personnel losses 215 - at_most period 1|- * 2025-09-22|2025-09-23 ru_mod false",
            "ukraine personnel killed|losses 480 - at_most period 1|- * 2025-09-22|2025-09-23 ru_mod false",
            "ukraine missiles destroyed 6 - exact period 1|- * 2025-09-22|2025-09-23 ru_mod false",
            "ukraine drones destroyed 211 - exact period 1|- * 2025-09-22|2025-09-23 ru_mod false",
            "ukraine armoured_vehicles destroyed 11 - exact period 1 * 2025-09-22|2025-09-23 ru_mod false",
            "ukraine vehicles destroyed 23 - exact period 1 * 2025-09-22|2025-09-23 ru_mod false",
            "ukraine artillery destroyed 5 - exact period 1 * 2025-09-22|2025-09-23 ru_mod false",
            "ukraine drones destroyed 79850 - exact cumulative - - 2025-09-23 ru_mod false",
            "ukraine tanks|armoured_vehicles destroyed 25310 - exact cumulative - - 2025-09-23 ru_mod false",
            "russia personnel losses 1020 - exact period 1 * 2025-09-22|2025-09-23 ua_officials|ua_general_staff "
            "false",
        ),
    ),
    Article(
        "rail_operator_staff_killed_and_train_struck",
        "2025-10-02",
        "Rail operator says nine staff killed in attacks on the network in September\n"
        "KYIV, Oct 2 (Wire) - Russian attacks on Ukraine's railways killed nine railway workers and injured 46 in "
        "September, the state rail operator Ukrainian Railways said on Thursday.\n"
        "The company said 812 of its employees had been killed since the start of the full-scale invasion. Of them, "
        "301 died at the front after being mobilised.\n"
        "On Tuesday night a drone struck a passenger train near Shostka, injuring 14 passengers, according to "
        "preliminary information.\n"
        "The operator runs 220 trains a day and has carried 4.1 million passengers this year. Repairs to 37 stations "
        "damaged this year will cost 1.2 billion hryvnias, its chief executive said, adding that 6,400 rail workers "
        "have joined the army since 2022.",
        (
            "ukraine civilians|people killed 9 - exact period * * 2025-09-30|2025-09-01 ua_officials|other false",
            "ukraine civilians|people wounded 46 - exact period * * 2025-09-30|2025-09-01 ua_officials|other false",
            "ukraine civilians|people killed 812 - exact cumulative - - 2025-10-02 ua_officials|other false",
            "ukraine personnel|people killed 301 - exact cumulative - - 2025-10-02 ua_officials|other false",
            # ("according to preliminary information": the spec lists "preliminary" among hedges, but dev2's gold keeps
            # "according to preliminary reports" unhedged, so both are accepted)
            "ukraine civilians|people wounded 14 - exact period * * 2025-09-30|2025-10-01|2025-10-02 "
            "ua_officials|other|- true|false",
        ),
    ),
)
