"""Round 56e of whole short articles written for these tests, in styles rounds 1 and 3 to 55 and p1 do not hold, with
the source, the span and the date in view: a press-freedom group's year-end round-up in its own voice of the
journalists and media workers killed, year by year in one elliptical sentence ("eight in 2022, five in 2023"), the
foreign reporters among them, the other side's own reporters killed and those injured this year, beside a press
freedom index's rank, reporters trained, flak jackets delivered and a budget that are no losses; an energy company's
statement on its staff killed and injured at work in one night's drone strike on a plant, since the start of the year
and since the invasion, and its employees killed after joining the army, beside a plant's megawatts, substations hit,
households reconnected, repair crews and staff mobilised that are no losses; a wire's "What we know" bullet list after
a missile strike whose toll is raised inside the list ("up from nine reported earlier"), with the hospitalised and the
children among the dead, drones downed of those launched and the Russian ministry's counter-claim, beside people
rescued, flats damaged, missiles fired and days of mourning; and a diaspora community's newsletter with a memorial
list of its members killed this year (named, with ages and dates that are no counts) and its count since 2022 beside
the president's national figure, beside a newsletter's number, an anniversary, money raised and ambulances bought.
Names, places and numbers are invented; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "press_freedom_group_year_end_roundup",
        "2025-12-16",
        "Round-up 2025: the war against the press\n"
        "Press Freedom Monitor | Brussels, 16 December 2025\n"
        "Since Russia's full-scale invasion began, at least 27 journalists and media workers have been killed in "
        "Ukraine while doing their work, according to our count. Ten were killed in 2022, six in 2023, seven in "
        "2024 and four so far this year.\n"
        "Of the 27, nine were foreign reporters, from France, Ireland, the United States and Lithuania.\n"
        "Another 33 media workers were injured in Ukraine this year, most of them by drones that hunt vehicles near "
        "the front.\n"
        "On the Russian side, our researchers recorded five Russian journalists killed by Ukrainian strikes since "
        "2022, four of them war correspondents of state television.\n"
        "Ukraine rose to 58th of 180 countries in this year's press freedom index. Our safety desk trained 1,400 "
        "reporters and delivered 620 flak jackets and helmets, at a cost of EUR 2.1 million.",
        (
            "ukraine civilians|people killed 27 - at_least cumulative - - 2025-12-16 other|- false",
            "ukraine civilians|people killed 10 - exact period * 2022-01-01|2022-02-24|- 2022-12-31|2022-01-01 "
            "other|- false",
            "ukraine civilians|people killed 6 - exact period * 2023-01-01|- 2023-12-31|2023-01-01 other|- false",
            "ukraine civilians|people killed 7 - exact period * 2024-01-01|- 2024-12-31|2024-01-01 other|- false",
            "ukraine civilians|people killed 4 - exact period * 2025-01-01|- 2025-12-16 other|- false",
            "ukraine civilians|people killed 9 - exact cumulative - - 2025-12-16 other|- false",
            "ukraine civilians|people wounded 33 - exact period * 2025-01-01|- 2025-12-16 other|- false",
            "russia civilians|people killed 5 - exact cumulative|period * * 2025-12-16 other|- false",
            "russia civilians|people killed 4 - exact cumulative|period * * 2025-12-16 other|- false",
        ),
    ),
    Article(
        "energy_company_statement_on_its_staff",
        "2025-11-03",
        "Statement of Halychyna Energy on the attack on the Bereziv power plant\n"
        "Lviv, 3 November 2025\n"
        "Two of our employees were killed and five injured overnight when Russian drones struck the Bereziv "
        "thermal power plant, Halychyna Energy said on Monday. The plant, with a capacity of 1,800 megawatts, has "
        "stopped.\n"
        "Since the start of this year, 11 of the company's workers have been killed at work.\n"
        "Since the full-scale invasion, 63 employees have been killed on duty and 214 injured, the company said. A "
        "further 390 employees have been killed after joining the armed forces.\n"
        "Fourteen of our 20 substations in the region have been hit this year. Our 86 repair crews reconnected "
        "210,000 households within a day.\n"
        "Of the company's 23,000 employees, 3,100 have been mobilised.\n"
        "Ukraine's air force said it had shot down 48 of the 57 drones Russia launched overnight.",
        (
            "ukraine civilians|people killed 2 - exact period * * 2025-11-03|2025-11-02 other false",
            "ukraine civilians|people wounded 5 - exact period * * 2025-11-03|2025-11-02 other false",
            "ukraine civilians|people killed 11 - exact period * 2025-01-01 2025-11-03 other false",
            "ukraine civilians|people killed 63 - exact cumulative - - 2025-11-03 other false",
            "ukraine civilians|people wounded 214 - exact cumulative - - 2025-11-03 other false",
            "ukraine personnel killed 390 - exact cumulative - - 2025-11-03 other false",
            "russia drones destroyed 48 - exact period 1|- * 2025-11-03|2025-11-02 ua_officials false",
        ),
    ),
    Article(
        "wire_what_we_know_bullets_after_a_strike",
        "2025-07-22",
        "What we know about the Russian missile strike on Zarichne\n"
        "Updated 22 July 2025, 18:40\n"
        "A Russian ballistic missile hit a residential district of Zarichne on Tuesday morning. Here is what we know "
        "so far:\n"
        "- At least 14 people were killed, including three children, the regional military administration said at "
        "17:00, up from nine reported earlier in the day.\n"
        "- 52 people were injured; 31 of them are in hospital.\n"
        "- Rescuers pulled 19 people alive from the rubble of a five-storey building, and 120 flats were damaged.\n"
        "- Russia fired two Iskander-M missiles and 37 drones; the air force said 30 of the drones were shot down.\n"
        "- Russia's defence ministry said it had struck a gathering of Ukrainian troops, killing up to 60 "
        "servicemen. Kyiv called that a lie.\n"
        "- The mayor declared three days of mourning.",
        (
            "ukraine people|civilians killed 14 - at_least period * * 2025-07-22 ua_officials false",
            "ukraine civilians killed 3 - exact period * * 2025-07-22 ua_officials false",
            "ukraine people|civilians killed 9 - exact period * * 2025-07-22 ua_officials|- false",
            "ukraine people|civilians wounded 52 - exact period * * 2025-07-22 ua_officials|- false",
            "ukraine people|civilians wounded 31 - exact period * * 2025-07-22 ua_officials|- false",
            "russia drones destroyed 30 - exact period * * 2025-07-22 ua_officials false",
            "ukraine personnel killed 60 - at_most period * * 2025-07-22 ru_mod false",
        ),
    ),
    Article(
        "diaspora_newsletter_memorial_list",
        "2025-12-01",
        "Ukrainian Community of Manitoba\n"
        "Newsletter No. 48 | Winter 2025\n"
        "In memoriam\n"
        "This year our community lost four of its members in the war. We remember them:\n"
        "- Taras Bondar, 34, of Winnipeg, killed near Kupiansk on 12 March.\n"
        "- Olena Kravets, 27, a combat medic, killed in the Kharkiv region on 3 June.\n"
        "- Andriy Shevchuk, 41, killed near Pokrovsk on 20 August.\n"
        "- Mykola Lys, 22, missing after a battle near Chasiv Yar on 9 October.\n"
        "Since 2022, 12 members of our community have been killed fighting for Ukraine, and two are missing.\n"
        "Across Ukraine, President Zelensky said in February that 46,000 Ukrainian soldiers had been killed since "
        "the full-scale invasion.\n"
        "At our 75th anniversary dinner on 9 November, 240 guests raised $38,500, enough for three ambulances for "
        "the front.",
        (
            "ukraine personnel|people losses|killed 4 - exact period * 2025-01-01|- 2025-12-01 - false",
            "ukraine personnel killed 12 - exact cumulative|period * * 2025-12-01 - false",
            "ukraine personnel missing 2 - exact cumulative|period * * 2025-12-01 - false",
            "ukraine personnel killed 46000 - exact cumulative - - 2025-02-28|2025-02-01|2025-12-01 ua_president "
            "false",
        ),
    ),
)
