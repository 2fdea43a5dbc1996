"""Round 54 of whole short articles written for these tests, in styles rounds 1 and 3 to 53 and p1 do not hold, with the
source, the span and the date in view: a Canadian town paper's story on a local volunteer killed fighting for Ukraine,
with a government department's count of the country's volunteers killed ("at least", "since the full-scale invasion",
"nine of them this year") and a veterans' group's own count of its killed, wounded and missing, beside ages, years of
service, a tour's troops, volunteers who served, a fundraiser's dollars and donors and military aid that are no losses;
a wire story on a UN monitoring mission's periodic report on prisoners of war who died in captivity and were executed
over a dated reporting period ("between 1 March and 31 May", "during the same period"), reports of more executions it
is still checking (hedged), a total since the invasion, a civilian toll "over the same three months" and Moscow's
envoy's counter-claim, beside released prisoners interviewed, prisoners who said they were tortured (no outcome of the
spec), prisoners freed in exchanges and a percentage that are no losses; a press review ("What the Russian papers
say") that gives each paper a paragraph and quotes its figure with the figure's own source inside the quotation
marks (the ministry, a governor, the paper's own data journalist), beside settlements, a budget and contracts signed
that are no losses; and an arms maker's press release in which the company claims what its drones destroyed since
January and since its first deliveries (the company as the claimant), with one night's kills, beside a share of all
armour destroyed, units sold and to be built, brigades that use them, a unit price, a range and a crowdfunding
campaign's money, donors and donated drones that are no losses. Names, places and numbers are invented or changed;
nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "town_paper_volunteer_killed_department_and_veterans_counts",
        "2025-11-20",
        "Harrow Creek mourns volunteer killed in eastern Ukraine\n"
        "By Dana Whitlock, Courier staff\n"
        "HARROW CREEK - Flags outside the legion hall on Birch Street were lowered to half-mast on Wednesday for Liam "
        "Ferrante, a 34-year-old former infantryman from Harrow Creek who was killed fighting for Ukraine near "
        "Kostiantynivka on Nov. 12.\n"
        "Ferrante served nine years in the Canadian Army, including a tour in Latvia with 120 other soldiers of his "
        "battalion, before he left for Ukraine in March 2024 on a six-month contract with a foreign volunteer unit.\n"
        "Global Affairs Canada confirmed his death on Tuesday. A department spokesperson said it was aware of at "
        "least 31 Canadians killed while fighting for Ukraine since the full-scale invasion, nine of them this year, "
        "but would not release their names.\n"
        "The Canadian Volunteer Veterans' Association, which helps former soldiers who go to fight in Ukraine, keeps "
        "its own count. Its president, Gord Hachey, said the group knew of 44 Canadian volunteers killed and about 70 "
        "wounded, and that three were listed as missing.\n"
        "\"The government only counts the cases families report,\" Hachey said. About 1,000 Canadians have served "
        "with Ukrainian units, he estimated.\n"
        "A fundraiser to bring Ferrante's body home had raised $22,400 from 315 donors by Wednesday night. Canada "
        "has committed more than $4 billion in military aid to Ukraine.\n"
        "A memorial service will be held at 2 p.m. on Saturday at St. Brendan's Church.",
        (
            "ukraine personnel killed 31 - at_least cumulative - - 2025-11-20|2025-11-18 other false",
            "ukraine personnel killed 9 - exact period * 2025-01-01 2025-11-20|2025-11-18 other false",
            "ukraine personnel killed 44 - exact cumulative - - 2025-11-20 other false",
            "ukraine personnel wounded 70 - approx cumulative - - 2025-11-20 other false",
            "ukraine personnel missing 3 - exact cumulative - - 2025-11-20 other false",
        ),
    ),
    Article(
        "wire_un_report_on_prisoners_of_war_over_a_reporting_period",
        "2025-06-30",
        "UN monitors say 23 Ukrainian prisoners of war died in Russian captivity in three months\n"
        "GENEVA, June 30 (Wire) - At least 23 Ukrainian prisoners of war died in Russian captivity between 1 March "
        "and 31 May, the UN Human Rights Monitoring Mission in Ukraine said on Monday in its latest periodic report.\n"
        "The mission said it had also documented the execution of 11 Ukrainian servicemen who had surrendered or been "
        "captured on the battlefield during the same period, and was still checking credible reports of 16 more such "
        "killings.\n"
        "Of 205 released prisoners the monitors interviewed, 192 said they had been tortured or ill-treated in "
        "captivity.\n"
        "Since the full-scale invasion began, the mission has documented the deaths of at least 206 Ukrainian "
        "prisoners of war in Russian hands.\n"
        "Over the same three months, it verified 612 civilian deaths and 2,980 civilians injured across Ukraine, 9 "
        "per cent more than in the previous quarter.\n"
        "Ukraine says 5,857 of its citizens have been freed in 64 prisoner exchanges.\n"
        "Russia's foreign ministry rejected the report as one-sided. Its envoy in Geneva said Ukrainian forces had "
        "killed 38 Russian servicemen after they surrendered in the Kursk region since August 2024.",
        (
            "ukraine personnel killed 23 - at_least period * 2025-03-01 2025-05-31 un false",
            "ukraine personnel killed 11 - exact period * 2025-03-01 2025-05-31 un false",
            "ukraine personnel killed 16 - exact period * 2025-03-01|- 2025-05-31|2025-06-30 un true",
            "ukraine personnel killed 206 - at_least cumulative - - 2025-06-30 un false",
            "ukraine civilians killed 612 - exact period * 2025-03-01 2025-05-31 un false",
            "ukraine civilians wounded 2980 - exact period * 2025-03-01 2025-05-31 un false",
            "russia personnel killed 38 - exact period * 2024-08-01 2025-06-30 ru_officials false",
        ),
    ),
    Article(
        "press_review_of_the_russian_papers_with_sources_inside_quotes",
        "2025-10-14",
        "What the Russian papers say: Tuesday 14 October\n"
        "Our morning review of the Moscow press\n"
        "IZVESTIA gives its front page to the defence ministry's weekly summary: \"Over the past week the enemy lost "
        "up to 1,840 servicemen, 11 tanks and 64 field artillery guns in the zone of the Sever group, the ministry "
        "said.\" The paper adds that more than 200 settlements have been liberated this year.\n"
        "KOMMERSANT leads on the border: \"Two civilians were killed and seven wounded when a Ukrainian drone hit a "
        "minibus near Rylsk on Sunday,\" the paper quotes Kursk region governor Pavel Sedykh as saying.\n"
        "NOVAYA GAZETA EUROPE, blocked in Russia, runs its own estimate: \"By our calculation from the probate "
        "register, at least 152,000 Russian soldiers had died at the front by the end of September,\" writes data "
        "journalist Inna Goreva.\n"
        "VEDOMOSTI leads on money: the draft budget sets defence spending at 13 trillion roubles next year, and "
        "190,000 men have signed army contracts since January, the paper writes, citing a deputy defence minister.\n"
        "ROSSIYSKAYA GAZETA, the government's paper, prints the ministry's running total: \"In all, since the start "
        "of the special military operation, 671 aircraft, 283 helicopters and 24,900 tanks and other armoured combat "
        "vehicles have been destroyed,\" the ministry said.",
        (
            "ukraine personnel losses 1840 - at_most period 7 * 2025-10-14|2025-10-13 ru_mod false",
            "ukraine tanks losses 11 - at_most|exact period 7 * 2025-10-14|2025-10-13 ru_mod false",
            "ukraine artillery losses 64 - at_most|exact period 7 * 2025-10-14|2025-10-13 ru_mod false",
            "russia civilians killed 2 - exact period * * 2025-10-12 ru_officials false",
            "russia civilians wounded 7 - exact period * * 2025-10-12 ru_officials false",
            "russia personnel killed 152000 - at_least cumulative - - 2025-09-30 other false",
            "ukraine aircraft destroyed 671 - exact cumulative - - 2025-10-14 ru_mod false",
            "ukraine helicopters destroyed 283 - exact cumulative - - 2025-10-14 ru_mod false",
            "ukraine armoured_vehicles|tanks destroyed 24900 - exact cumulative - - 2025-10-14 ru_mod false",
        ),
    ),
    Article(
        "arms_maker_press_release_on_what_its_drones_destroyed",
        "2025-12-03",
        "FOR IMMEDIATE RELEASE\n"
        "Vyriy Systems: Hornet-7 strike drones destroyed 212 Russian tanks this year\n"
        "TALLINN/KYIV, 3 December 2025 - Vyriy Systems, the Estonian-Ukrainian maker of the Hornet-7 fibre-optic "
        "strike drone, said on Wednesday that its drones had destroyed 212 Russian tanks, 340 armoured vehicles and "
        "95 artillery systems since January, according to combat reports from the 14 Ukrainian brigades that use "
        "them.\n"
        "\"Our drones now account for roughly 8 per cent of all Russian armour destroyed at the front,\" said chief "
        "executive Marta Kask.\n"
        "In a single night in October, Hornet-7 crews destroyed six Russian air defence systems near Tokmak, the "
        "company said.\n"
        "Since its first deliveries in August 2023, the company says, its drones have killed or wounded an estimated "
        "2,600 Russian soldiers.\n"
        "Vyriy sold 18,500 drones this year, up from 6,200 in 2024, and plans to build 40,000 in 2026. Each costs "
        "$2,400 and has a range of 25 km.\n"
        "A crowdfunding campaign run with the Sky Shield Fund raised $4.1 million from 52,000 donors, paying for "
        "2,300 drones donated to front-line units.\n"
        "About Vyriy Systems: founded in 2022, the company employs 430 people in Tallinn and Lviv.",
        (
            "russia tanks destroyed 212 - exact period * 2025-01-01 2025-12-03 other false",
            "russia armoured_vehicles destroyed 340 - exact period * 2025-01-01 2025-12-03 other false",
            "russia artillery destroyed 95 - exact period * 2025-01-01 2025-12-03 other false",
            "russia air_defence destroyed 6 - exact period * * 2025-10-31|2025-10-01|2025-12-03 other false",
            "russia personnel losses 2600 - approx period * 2023-08-01 2025-12-03 other false",
        ),
    ),
)
