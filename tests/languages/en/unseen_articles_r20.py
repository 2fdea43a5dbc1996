"""Round 20 of whole short articles written for these tests, in styles rounds 1 and 3 to 19 and p1 do not hold, with
the source and the span in view: a Gulf broadcaster's numbered "list of key events" entry under section headings; a
wire story in which a Russian-installed governor reports deaths in an occupied city; an exile daily on two outlets'
estimates of Russia's dead, with excess deaths and ranges; a British broadcaster's analysis of open-source equipment
counts year by year; and a Ukrainian state agency's English service on the prosecutors' count of children killed.
Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "gulf_broadcaster_key_events_day_list",
        "2025-03-21",
        "Russia-Ukraine war: List of key events, day 1,121\n"
        "Here is where things stand on Friday, March 21.\n"
        "Fighting\n"
        "A Russian glide bomb attack on the city of Zaporizhzhia killed four people and injured 17 on Thursday, "
        "regional governor Ivan Fedorenko said.\n"
        "Russia's Ministry of Defence said its forces had shot down 132 Ukrainian drones overnight, 54 of them over "
        "the Kursk region.\n"
        "Ukraine's military said Russia had lost 1,260 soldiers in the past day, bringing its total losses since the "
        "invasion to about 901,400.\n"
        "Politics and diplomacy\n"
        "Ukrainian President Volodymyr Zelenskyy said a partial ceasefire on energy targets could begin next week.",
        (
            "ukraine people|civilians killed 4 - exact period 1|- * 2025-03-20 ua_officials false",
            "ukraine people|civilians wounded 17 - exact period 1|- * 2025-03-20 ua_officials false",
            "ukraine drones destroyed 132 - exact period 1|- * 2025-03-21|2025-03-20 ru_mod false",
            "ukraine drones destroyed 54 - exact period 1|- * 2025-03-21|2025-03-20 ru_mod false",
            "russia personnel losses|killed 1260 - exact period 1 * 2025-03-21|2025-03-20 ua_general_staff false",
            "russia personnel losses|killed 901400 - approx cumulative - * 2025-03-21|2025-03-20 ua_general_staff "
            "false",
        ),
    ),
    Article(
        "wire_occupied_city_installed_governor",
        "2025-06-09",
        "Russian-installed official says Ukrainian shelling kills five in occupied Nova Kakhovka\n"
        "June 9 (Wire) - Ukrainian artillery fire killed five civilians and wounded eight in the Russian-held town of "
        "Nova Kakhovka on Sunday, the Russian-installed governor of the occupied part of Kherson region said.\n"
        "Vladimir Saldo said on Telegram that a bus stop and a market had been hit, and that two of the wounded were "
        "in a serious condition.\n"
        "Ukraine's southern military command said its forces had struck Russian positions on the left bank of the "
        "Dnipro river, destroying three artillery systems and an ammunition depot, but did not comment on the "
        "report.\n"
        "Wire could not independently verify either side's account.",
        (
            "russia civilians killed 5 - exact period 1|- * 2025-06-08 ru_officials false",
            "russia civilians wounded 8 - exact period 1|- * 2025-06-08 ru_officials false",
            "russia civilians wounded 2 - exact period 1|- * 2025-06-08 ru_officials false",
            "russia artillery destroyed 3 - exact period|cumulative * * 2025-06-09|2025-06-08 ua_officials false",
        ),
    ),
    Article(
        "exile_daily_two_outlets_excess_deaths",
        "2025-02-28",
        "How many Russian soldiers have died in Ukraine? Two independent counts compared\n"
        "Mediazona and the BBC Russian Service have now confirmed the names of 95,010 Russian servicemen killed since "
        "February 2022, the outlets said on Friday.\n"
        "Using probate registry records and data on excess male mortality, Meduza and Mediazona estimate that between "
        "150,000 and 190,000 Russian soldiers had died by the end of 2024.\n"
        "Excess deaths among men aged 15 to 49 reached about 72,000 in 2024 alone, the analysis found.\n"
        "Russia's Defence Ministry has not updated its own figure since September 2022, and the Kremlin calls the "
        "independent counts propaganda.",
        (
            "russia personnel killed 95010 - exact cumulative - * 2025-02-28 mediazona false",
            "russia personnel killed 150000 190000 range cumulative - * 2024-12-31 mediazona|other false",
            "russia personnel|people killed 72000 - approx period * 2024-01-01 2024-12-31 mediazona|other false",
        ),
    ),
    Article(
        "broadcaster_open_source_counts_by_year",
        "2025-02-24",
        "Ukraine war: What three years of visually confirmed losses tell us\n"
        "Analysis by our data and forensics team\n"
        "Russia has lost more than 3,800 tanks since the full-scale invasion began, according to the open-source "
        "intelligence website Oryx, which only counts losses backed by photos or video.\n"
        "The pace has changed. Oryx recorded about 1,700 Russian tanks lost in 2022, some 1,200 in 2023 and roughly "
        "900 last year.\n"
        "Ukraine's documented tank losses over the whole war stand at 1,120.\n"
        "Experts caution that the real figures are likely higher, because many losses are never filmed, and that "
        "some vehicles listed as captured were later recovered and put back into service.",
        (
            "russia tanks losses 3800 - at_least cumulative - * 2025-02-24 oryx false",
            "russia tanks losses 1700 - approx period * 2022-01-01|2022-02-24 2022-12-31 oryx false",
            "russia tanks losses 1200 - approx period * 2023-01-01 2023-12-31 oryx false",
            "russia tanks losses 900 - approx period * 2024-01-01 2024-12-31 oryx false",
            "ukraine tanks losses 1120 - exact cumulative - * 2025-02-24 oryx false",
        ),
    ),
    Article(
        "state_agency_english_prosecutors_children",
        "2025-04-14",
        "Russian aggression has killed 631 children in Ukraine - Prosecutor General's Office\n"
        "Since the start of the full-scale invasion, 631 children have been killed and more than 1,900 injured in "
        "Ukraine as a result of Russia's armed aggression, according to juvenile prosecutors.\n"
        "This was reported by the Prosecutor General's Office on Telegram, an Ukrinform correspondent reports.\n"
        "Over the past day, two children were killed in the Dnipropetrovsk region and three were injured in the Sumy "
        "region, the prosecutors said.\n"
        "The figures are not final, as work continues to establish them in places of active hostilities and in the "
        "temporarily occupied territories.",
        (
            "ukraine civilians killed 631 - exact cumulative - * 2025-04-14 ua_officials false",
            "ukraine civilians wounded 1900 - at_least cumulative - * 2025-04-14 ua_officials false",
            "ukraine civilians killed 2 - exact period 1 * 2025-04-14|2025-04-13 ua_officials false",
            "ukraine civilians wounded 3 - exact period 1 * 2025-04-14|2025-04-13 ua_officials false",
        ),
    ),
)
