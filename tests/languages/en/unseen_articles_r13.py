"""Round 13 of whole short articles written for these tests, in outlet styles rounds 1 and 3 to 12 do not hold: a
wire brief on a prisoner exchange in which the bodies of the fallen are returned, a think tank's quarterly estimate in
its own first person with ranges, a regional American paper on a volunteer killed fighting for Ukraine, a Kyiv daily's
roundup of the General Staff's "over the past day" and running totals with a "Read more" link, a verification desk's
check of a viral claim against satellite images, a volunteer memorial project's count of the names of the fallen, a
military blogger's post translated under a line that names the channel, and an opinion column in the first person.
Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "wire_prisoner_exchange_bodies",
        "2025-06-14",
        "KYIV, June 14 (Wire) - Russia and Ukraine swapped 84 prisoners of war each on Saturday, the latest in a "
        "series of exchanges agreed at talks in Istanbul, and Kyiv said it had received the bodies of 1,212 fallen "
        "soldiers.\n"
        "Moscow said it got back the bodies of 27 of its servicemen.\n"
        "Ukraine's coordination headquarters for prisoners of war said more than 5,000 Ukrainians had been freed "
        "from Russian captivity since the start of the war. It did not say how many remain in Russian hands.\n"
        "The exchange was mediated by the United Arab Emirates, the foreign ministry in Abu Dhabi said.\n"
        "(Reporting by Wire staff; editing by Desk)",
        (
            "ukraine personnel killed 1212 - exact period|cumulative * * 2025-06-14 ua_officials|ua_president|ua_mod "
            "false",
            "russia personnel killed 27 - exact period|cumulative * * 2025-06-14 ru_officials|ru_mod false",
        ),
    ),
    Article(
        "think_tank_quarterly_range",
        "2025-04-10",
        "Baltic Defence Institute | Quarterly assessment\n"
        "Russian losses in Ukraine, January to March 2025\n"
        "We estimate that Russian forces suffered between 95,000 and 120,000 casualties in the first quarter of "
        "2025, of whom 25,000 to 35,000 were killed. That is more than in any previous quarter of the war.\n"
        "Our estimate draws on Ukrainian General Staff reporting, which put Russian losses for the quarter at "
        "117,000, on open-source counts of named dead and on interviews with Western officials.\n"
        "Since February 2022, we assess that Russia has lost between 790,000 and 880,000 personnel killed and "
        "wounded. Ukraine's losses are lower but still heavy: we put them at 400,000 to 450,000 over the same "
        "period, a figure Kyiv disputes.\n"
        "These are estimates with wide uncertainty and should be read as ranges, not precise counts.",
        (
            "russia personnel losses 95000 120000 range period 90|- 2025-01-01 2025-03-31 other|- false",
            "russia personnel killed 25000 35000 range period 90|- 2025-01-01 2025-03-31 other|- false",
            "russia personnel losses 117000 - exact period 90|- 2025-01-01 2025-03-31 ua_general_staff false",
            "russia personnel losses 790000 880000 range cumulative * * 2025-04-10 other|- false",
            "ukraine personnel losses 400000 450000 range cumulative * * 2025-04-10 other|- false",
        ),
    ),
    Article(
        "us_regional_paper_volunteer_killed",
        "2024-11-20",
        "Ohio man killed fighting in Ukraine, family says\n"
        "A 34-year-old Army veteran from Dayton was killed last week while fighting with a Ukrainian unit near "
        "Kupiansk, his family said Tuesday.\n"
        "Jake Miller, who served two tours in Afghanistan, joined Ukraine's International Legion in 2023, his "
        "sister told the Daily News.\n"
        "The State Department said it was aware of reports of the death of a U.S. citizen in Ukraine but declined "
        "to comment further, citing privacy.\n"
        "At least 85 Americans have been killed fighting for Ukraine since the invasion, according to a tally kept "
        "by the Daily News from family statements and public records.\n"
        "Miller is survived by his parents, his sister and a 6-year-old son.\n"
        "A vigil is planned for Saturday at the VFW post on Main Street.",
        (
            "ukraine personnel|people killed 85 - at_least cumulative * * 2024-11-20 other false",
        ),
    ),
    Article(
        "kyiv_daily_general_staff_roundup",
        "2025-02-20",
        "Russia's Losses in Ukraine: Day 1,093 - General Staff\n"
        "Russia lost another 1,310 troops over the past day, bringing its total losses since the start of the "
        "full-scale invasion to 860,530, Ukraine's General Staff reported on Feb. 20.\n"
        "Over the past day, Ukrainian forces also destroyed seven tanks, 21 armored fighting vehicles, 48 "
        "artillery systems and 112 drones, according to the report.\n"
        "In total, Russia has lost 10,110 tanks, 21,045 armored fighting vehicles, 23,300 artillery systems, 369 "
        "aircraft and 331 helicopters.\n"
        "The General Staff's figures could not be independently verified. Kyiv Post publishes them daily.\n"
        "Read more: Ukraine's Air Force says 112 Russian drones shot down overnight",
        (
            "russia personnel losses|killed 1310 - exact period 1 * 2025-02-20 ua_general_staff false",
            "russia personnel losses|killed 860530 - exact cumulative * * 2025-02-20 ua_general_staff false",
            "russia tanks destroyed|losses 7 - exact period 1 * 2025-02-20 ua_general_staff false",
            "russia armoured_vehicles destroyed|losses 21 - exact period 1 * 2025-02-20 ua_general_staff false",
            "russia artillery destroyed|losses 48 - exact period 1 * 2025-02-20 ua_general_staff false",
            "russia drones destroyed|losses 112 - exact period 1 * 2025-02-20 ua_general_staff false",
            "russia tanks losses 10110 - exact cumulative * * 2025-02-20 ua_general_staff false",
            "russia armoured_vehicles losses 21045 - exact cumulative * * 2025-02-20 ua_general_staff false",
            "russia artillery losses 23300 - exact cumulative * * 2025-02-20 ua_general_staff false",
            "russia aircraft losses 369 - exact cumulative * * 2025-02-20 ua_general_staff false",
            "russia helicopters losses 331 - exact cumulative * * 2025-02-20 ua_general_staff false",
        ),
    ),
    Article(
        "verification_desk_viral_claim",
        "2025-06-05",
        "BBC Verify: Did Ukraine really destroy 40 Russian jets in one day?\n"
        "A video shared more than two million times on X claims that Ukrainian drones destroyed 40 Russian "
        "military aircraft at airfields in a single day.\n"
        "The claim is not supported by the evidence. Satellite images we have analysed show at least 11 aircraft "
        "destroyed or damaged at two air bases on 1 June.\n"
        "Ukraine's security service, the SBU, said 41 aircraft had been hit in the operation. Russia's defence "
        "ministry acknowledged that \"several\" aircraft had caught fire, but did not give a number.\n"
        "Independent analysts who examined the same images counted between 10 and 13 destroyed planes.\n"
        "The viral video also uses footage from a 2023 strike, BBC Verify found.",
        (
            "russia aircraft destroyed 40 - exact period 1|- * 2025-06-01|2025-06-05 other false|true",
            "russia aircraft destroyed|damaged|losses 11 - at_least period 1|- * 2025-06-01 other|- false",
            "russia aircraft destroyed|damaged 41 - exact period 1|- * 2025-06-01|2025-06-05 ua_officials|ua_mod false",
            "russia aircraft destroyed 10 13 range period 1|- * 2025-06-01|2025-06-05 other false",
        ),
    ),
    Article(
        "memorial_project_names",
        "2025-04-07",
        "Names of the fallen: online memorial passes 62,000\n"
        "The Book of Memory, a volunteer project that records Ukrainians killed defending the country, said on "
        "Monday that it had now listed 62,450 soldiers who died since 2014.\n"
        "Of them, 1,320 died in March alone, most in the Pokrovsk direction, the project's founder told Ukrainska "
        "Pravda.\n"
        "The project checks each name with relatives or brigades before it is published. It does not count the "
        "missing, whom it puts at \"many thousands\".\n"
        "Ukraine's government has not updated its official figure since President Volodymyr Zelensky said in "
        "February that 46,000 soldiers had been killed.",
        (
            "ukraine personnel killed 62000 - at_least cumulative|period * * 2025-04-07 other|- false",
            "ukraine personnel killed 62450 - exact cumulative|period * * 2025-04-07 other false",
            "ukraine personnel killed 1320 - exact period 31 2025-03-01 2025-03-31 other false",
            "ukraine personnel killed 46000 - exact cumulative * * 2025-02-28|2025-02-01 ua_president false",
        ),
    ),
    Article(
        "milblogger_post_translated",
        "2024-03-10",
        "What Russian military bloggers are saying about Avdiivka\n"
        "Translated from a post on the pro-war Telegram channel Frontline Notes, March 9:\n"
        "\"Our guys near Avdiivka took a beating again. Over the last three days the brigade lost at least 60 men "
        "killed and twice as many wounded, and 14 armoured vehicles burned on one road. Command keeps sending "
        "assaults without cover.\"\n"
        "The channel, which has more than 400,000 subscribers, is often critical of Russian commanders. Russia's "
        "defence ministry has not commented on the losses.\n"
        "Ukraine's General Staff said on Saturday that Russia had lost 1,150 troops over the past day.",
        (
            "russia personnel killed 60 - at_least period 3 * 2024-03-09|2024-03-10 other false",
            "russia armoured_vehicles destroyed|losses 14 - exact period 3 * 2024-03-09|2024-03-10 other false",
            "russia personnel losses 1150 - exact period 1 * 2024-03-09 ua_general_staff false",
        ),
    ),
    Article(
        "opinion_column_first_person",
        "2025-03-02",
        "Opinion | The West keeps underestimating Russia's willingness to lose men\n"
        "By Anna Kowalska\n"
        "When I visited Kharkiv last spring, officers told me Russia was losing 1,000 men a day. Today, by Kyiv's "
        "count, the figure is closer to 1,300.\n"
        "British intelligence estimates that Russia has suffered more than 700,000 casualties since 2022. I think "
        "the true number of dead is lower than many assume: the BBC and Mediazona have named 95,000 of them.\n"
        "Yet Moscow keeps recruiting, paying bonuses that would have been unthinkable in 2022. The Kremlin has "
        "shown it will trade lives for metres.\n"
        "Anna Kowalska is a senior fellow at the Warsaw Institute.",
        (
            "russia personnel losses 1000 - exact rate 1 * * ua_officials|other false",
            "russia personnel losses 1300 - approx rate 1 * 2025-03-02 ua_general_staff|ua_officials false",
            "russia personnel losses 700000 - at_least cumulative * * 2025-03-02 uk_mod false",
            "russia personnel killed 95000 - exact cumulative * * 2025-03-02 mediazona false",
        ),
    ),
)
