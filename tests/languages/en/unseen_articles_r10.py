"""Round 10 of whole short articles written for these tests, in outlet styles rounds 1 and 3 to 8 do not hold: a cable
news piece on a missile strike on a shopping centre with a toll that rises "to at least", a news magazine on equipment
losses counted by Oryx since a counteroffensive began, a business daily on a leaked intelligence document's ranges
("between X and Y"), a regional service on the losses of Chechen units, a weekly summary laid out as a list of
labelled lines, a newspaper quoting British Defence Intelligence on a month's average daily casualties, a political
outlet on Kyiv's secrecy about its own dead, a piece on naval losses since 2022, a claim of helicopters downed met
with a denial, a country's own jet lost, a record day set against the record before, and prosecutors' count of
prisoners of war executed. Names, places and numbers are
invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "shopping_centre_toll_rises",
        "2024-05-26",
        "Death toll from Russian strike on Kharkiv shopping centre rises to at least 16\n"
        "(Cable) — At least 16 people were killed and 43 others wounded when two Russian guided bombs hit a busy "
        "hardware store and shopping centre in Kharkiv on Saturday, Ukrainian officials said.\n"
        "The toll rose through the night as rescuers searched the rubble. Earlier, regional governor Oleh "
        "Synehubov had put the number of dead at 12.\n"
        "Synehubov said on Sunday that 5 people were still missing and that three of the wounded were in a "
        "serious condition.\n"
        "\"This is a deliberate terrorist attack,\" he said.\n"
        "Moscow did not comment on the strike.",
        (
            "ukraine civilians|people killed 16 - at_least period * - 2024-05-26|2024-05-25 ua_officials false",
            "ukraine civilians|people wounded 43 - exact period * - 2024-05-26|2024-05-25 ua_officials false",
            "ukraine civilians|people killed 12 - exact period * - 2024-05-26|2024-05-25 ua_officials false",
            "ukraine civilians|people missing 5 - exact period|cumulative * - 2024-05-26|2024-05-25 ua_officials "
            "false",
            "ukraine civilians|people wounded 3 - exact period|cumulative * - 2024-05-26|2024-05-25 ua_officials "
            "false",
        ),
    ),
    Article(
        "oryx_since_counteroffensive",
        "2023-07-20",
        "Russia's equipment losses since start of Ukraine's counteroffensive, according to Oryx\n"
        "Russia has lost 120 tanks since the start of Ukraine's counteroffensive in early June, according to "
        "Oryx, an open-source intelligence website that counts losses from photographs and videos.\n"
        "The site has also recorded 210 armored fighting vehicles and 48 artillery pieces lost by Russian forces "
        "over the same period.\n"
        "Ukraine has lost 31 tanks since the counteroffensive began, Oryx says, including several German-made "
        "Leopards.\n"
        "Newsweek has reached out to the Russian Defense Ministry for comment.",
        (
            "russia tanks losses 120 - exact period * * 2023-07-20 oryx false",
            "russia armoured_vehicles losses 210 - exact period * * 2023-07-20 oryx false",
            "russia artillery losses 48 - exact period * * 2023-07-20 oryx false",
            "ukraine tanks losses 31 - exact period * * 2023-07-20 oryx false",
        ),
    ),
    Article(
        "leaked_document_between_ranges",
        "2023-04-12",
        "Leaked US document puts Russian dead at between 35,000 and 43,000\n"
        "A classified US intelligence assessment that appeared online this month estimates that between 35,000 "
        "and 43,000 Russian troops have been killed in Ukraine, and between 150,000 and 180,000 wounded.\n"
        "The same document puts the number of Ukrainian soldiers killed at between 15,500 and 17,500.\n"
        "US officials have declined to confirm the authenticity of the slides, and some of the figures appear "
        "to have been altered after they were leaked.\n"
        "Russia and Ukraine treat their own casualty figures as state secrets.",
        (
            "russia personnel killed 35000 43000 range cumulative * * 2023-04-12 us_officials false",
            "russia personnel wounded 150000 180000 range cumulative * * 2023-04-12 us_officials false",
            "ukraine personnel killed 15500 17500 range cumulative * * 2023-04-12 us_officials false",
        ),
    ),
    Article(
        "chechen_units_losses",
        "2024-03-05",
        "Chechen units have lost hundreds in Ukraine, count shows\n"
        "(Regional Service) — At least 480 fighters from Chechnya have been killed in the war in Ukraine, "
        "according to a tally of public funeral notices compiled by our North Caucasus service.\n"
        "Most served in the Akhmat units loyal to Chechen leader Ramzan Kadyrov, who has claimed his forces "
        "suffer few losses.\n"
        "Kadyrov said last year that only 150 Chechen fighters had died since the start of the war.\n"
        "The tally does not include the wounded, which commanders put at about 1,900.",
        (
            "russia personnel killed 480 - at_least cumulative * * 2024-03-05 other false",
            "russia personnel killed 150 - exact cumulative * * 2023-12-31|2023-01-01|2024-03-05 ru_officials "
            "false",
            "russia personnel wounded 1900 - approx cumulative * * 2024-03-05 other|ru_officials false",
        ),
    ),
    Article(
        "weekly_summary_labelled_lines",
        "2023-11-19",
        "Russia's war against Ukraine: weekly summary, 13-19 November\n"
        "Russian losses over the week, according to the General Staff of Ukraine's Armed Forces:\n"
        "Personnel: 6,210\n"
        "Tanks: 84\n"
        "Armored fighting vehicles: 131\n"
        "Artillery systems: 140\n"
        "Total Russian personnel losses since the full-scale invasion now stand at 318,750, the General Staff "
        "said on Sunday.",
        (
            "russia personnel losses 6210 - exact period 7 * 2023-11-19 ua_general_staff false",
            "russia tanks losses 84 - exact period 7 * 2023-11-19 ua_general_staff false",
            "russia armoured_vehicles losses 131 - exact period 7 * 2023-11-19 ua_general_staff false",
            "russia artillery losses 140 - exact period 7 * 2023-11-19 ua_general_staff false",
            "russia personnel losses 318750 - exact cumulative * * 2023-11-19 ua_general_staff false",
        ),
    ),
    Article(
        "defence_intelligence_month_average",
        "2024-06-02",
        "Russia lost record number of troops in May, British intelligence says\n"
        "Russian forces suffered an average of 1,260 casualties a day in May, the highest monthly rate since the "
        "invasion began, according to the UK's Defence Intelligence.\n"
        "In its latest update, the agency said Russia had probably lost a total of 38,000 soldiers killed or "
        "wounded during the month.\n"
        "The figures could not be independently verified.",
        (
            "russia personnel losses 1260 - exact rate 1 * 2024-05-31|2024-06-02 uk_mod false",
            "russia personnel losses 38000 - exact period * * 2024-05-31|2024-06-02 uk_mod true",
        ),
    ),
    Article(
        "own_casualty_secrecy",
        "2024-02-27",
        "Zelenskyy breaks silence on Ukraine's war dead\n"
        "For two years Kyiv kept its own military losses secret. On Sunday, President Volodymyr Zelenskyy broke "
        "that silence, telling reporters that 31,000 Ukrainian soldiers had been killed since the full-scale "
        "invasion began.\n"
        "He would not say how many were wounded or missing, arguing that the number would help Moscow plan.\n"
        "U.S. officials, speaking on condition of anonymity, have put Ukraine's dead at closer to 70,000.\n"
        "Zelenskyy also said Russia had lost 180,000 soldiers killed.",
        (
            "ukraine personnel killed 31000 - exact cumulative * * 2024-02-25|2024-02-27 ua_president false",
            "ukraine personnel killed 70000 - approx cumulative * * 2024-02-27 us_officials false",
            "russia personnel killed 180000 - exact cumulative * * 2024-02-25|2024-02-27 ua_president false",
        ),
    ),
    Article(
        "black_sea_fleet_ships_sunk",
        "2024-03-26",
        "How many Russian warships has Ukraine sunk?\n"
        "Ukraine has destroyed or damaged about a third of Russia's Black Sea Fleet since the invasion in 2022, "
        "using sea drones and cruise missiles.\n"
        "Ukraine's navy spokesman Dmytro Pletenchuk said on Tuesday that 26 Russian ships and boats had been "
        "sunk and a further 16 damaged since February 2022.\n"
        "Among the vessels hit was one submarine, struck in dry dock in Sevastopol.\n"
        "Russia has not acknowledged most of the losses.",
        (
            "russia ships destroyed 26 - exact cumulative * * 2024-03-26 ua_officials false",
            "russia ships damaged 16 - exact cumulative * * 2024-03-26 ua_officials false",
            "russia submarines destroyed|damaged 1 - exact cumulative * * 2024-03-26 ua_officials false",
        ),
    ),
    Article(
        "helicopters_claim_denied",
        "2024-08-21",
        "Ukraine says it downed two Russian attack helicopters; Moscow denies\n"
        "Ukrainian forces shot down two Russian Ka-52 attack helicopters over the Kursk region on Tuesday, "
        "Ukraine's air force said, releasing video it said showed one of the aircraft falling.\n"
        "Russia's defence ministry denied the claim. It said its air defences had destroyed 11 Ukrainian drones "
        "over the region overnight.\n"
        "Neither claim could be independently verified. Russia has lost at least 140 helicopters since the "
        "start of the war, according to the open-source group Oryx.",
        (
            "russia helicopters destroyed 2 - exact period 1|* * 2024-08-20|2024-08-21 ua_officials false",
            "ukraine drones destroyed 11 - exact period 1|* * 2024-08-21|2024-08-20 ru_mod false",
            "russia helicopters losses 140 - at_least cumulative * * 2024-08-21 oryx false",
        ),
    ),
    Article(
        "own_jet_lost",
        "2024-08-30",
        "Ukraine loses first F-16 fighter jet, pilot killed\n"
        "Ukraine has lost one of the F-16 fighter jets supplied by its Western allies, and its pilot was killed, "
        "the Ukrainian military said on Thursday.\n"
        "The jet crashed on Monday while repelling a massive Russian missile and drone attack, the general staff "
        "said in a statement. It said the F-16s had helped shoot down four cruise missiles that day.\n"
        "Ukraine received its first batch of the US-made jets at the end of July.",
        (
            "ukraine aircraft losses|destroyed 1 - exact period|cumulative * * 2024-08-30|2024-08-29|2024-08-26 "
            "ua_general_staff|ua_officials false",
            "russia missiles destroyed 4 - exact period 1|* * 2024-08-26 ua_general_staff false",
        ),
    ),
    Article(
        "deadliest_day_record",
        "2024-12-20",
        "Russia suffers its deadliest day of the war, Kyiv says\n"
        "Russia lost 2,200 troops killed or wounded in the past 24 hours, the highest daily figure since the "
        "start of the full-scale invasion, Ukraine's General Staff said on Friday.\n"
        "The previous record of 2,030 was set late last month, according to the General Staff's figures.\n"
        "In total, Russia has lost 772,000 soldiers since February 2022, the General Staff said.",
        (
            "russia personnel losses 2200 - exact period 1 * 2024-12-20 ua_general_staff false",
            "russia personnel losses 2030 - exact period 1|* * 2024-11-30|2024-11-20|2024-12-20 ua_general_staff "
            "false",
            "russia personnel losses 772000 - exact cumulative * * 2024-12-20 ua_general_staff false",
        ),
    ),
    Article(
        "prisoners_executed_prosecutors",
        "2025-01-10",
        "Ukraine says Russia has executed 147 prisoners of war\n"
        "Russian troops have executed at least 147 Ukrainian prisoners of war since the start of the full-scale "
        "invasion, Ukraine's prosecutor general's office said on Friday.\n"
        "Most of the killings happened in 2024, when 109 captured soldiers were shot, the office said.\n"
        "Moscow denies that its forces kill prisoners.",
        (
            "ukraine personnel killed 147 - at_least cumulative * * 2025-01-10 ua_officials false",
            "ukraine personnel killed 109 - exact period * * 2024-12-31 ua_officials false",
        ),
    ),
)
