"""Round 56b of whole short articles written for these tests, in styles rounds 1 and 3 to 56 and p1 do not hold, with
the source, the span and the date in view: an independent analyst's paid newsletter in the first person, who sets his
own estimates ("my best guess is", "I put it at", "my own tally adds perhaps") beside the officials' and a monitoring
project's figures, with a range, a month's figure he revises and a pronoun that carries the loss from the sentence
before, beside his readers, an army's size, a share of GDP, a corps' number and an issue number that are no losses; an
EU foreign-policy chief's press conference told in prose with no "Q:" lines, the reporters' questions paraphrased
("Asked by a Polish reporter whether ...", "A German journalist asked about Moscow's claim ...", "Pressed on ..."),
with a daily rate, a range since the invasion, Moscow's month figure relayed in a question and a UN month's civilian
toll, beside aid in euros, shells delivered, a share of a target and growth that are no losses; a book review of a
soldier's memoir, whose company's dead and wounded over dated forty days are told by the memoirist ("he writes"), set
beside the Second World War's and Vietnam's tolls of other sides (the Soviet Union, the United States), Kyiv's own count
and the Russian defence ministry's daily claim, beside pages, a price, an age, men who walked out, maps and copies sold;
and a markets wire on a strike on a grain port, whose lead gives the dock workers killed in passing, beside futures
prices, cents a bushel, bond prices, percentages, tonnes of grain damaged, a currency rate and defence shares, with the
governor's wounded, drones shot down of those launched, a ministry's toll since the start of the year and Moscow's
claim of naval drones destroyed. Names, places and numbers are invented; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "analyst_newsletter_first_person_beside_officials",
        "2025-11-18",
        "The Attrition Ledger | Issue 212 | Tuesday 18 November 2025\n"
        "By Tomas Wierzbicki\n"
        "Hello again. There are now 4,300 of you on this list, which still surprises me.\n"
        "Let's start with the headline number. Ukraine's General Staff says Russia has lost 1,161,400 troops since the "
        "full-scale invasion. That counts killed and wounded together, and I have no quarrel with its order of "
        "magnitude.\n"
        "The dead are the harder question. My best guess is that somewhere between 260,000 and 310,000 Russian "
        "soldiers have been killed, well above the 152,000 Russian dead that Mediazona had confirmed by name as of "
        "14 November.\n"
        "For October alone, the General Staff reported 29,870 Russian losses. I put the real figure for the month "
        "nearer 24,000, because I think the staff counts some lightly wounded twice.\n"
        "Ukraine's own dead are where I am least sure. Kyiv said in February that 46,000 of its soldiers had been "
        "killed. I put it at roughly 85,000 today.\n"
        "Equipment is easier to check. Oryx lists 4,210 Russian tanks lost as of last Friday; my own tally from drone "
        "footage adds perhaps 150 more since 1 September that nobody has geolocated yet.\n"
        "Some numbers that are not losses, before anyone writes in: Russia still fields about 600,000 troops in "
        "Ukraine, it spends 6.3% of its GDP on defence, and the 3rd Army Corps that led the push is on its fourth "
        "commander.\n"
        "Paid subscribers get the full spreadsheet (18 tabs). Next issue: 2 December.",
        (
            "russia personnel losses 1161400 - exact cumulative * * 2025-11-18 ua_general_staff false",
            "russia personnel killed 260000 310000 range cumulative * * 2025-11-18 other|- false",
            "russia personnel killed 152000 - exact cumulative * * 2025-11-14 mediazona false",
            "russia personnel losses 29870 - exact period * * 2025-10-31|2025-10-01 ua_general_staff false",
            "russia personnel losses 24000 - approx period * * 2025-10-31|2025-10-01 other|- false",
            "ukraine personnel killed 46000 - exact cumulative * * 2025-02-28|2025-02-01|2025-11-18 "
            "ua_officials|ua_president false",
            "ukraine personnel killed 85000 - approx cumulative * * 2025-11-18 other|- false",
            "russia tanks losses 4210 - exact cumulative * * 2025-11-14|2025-11-18 oryx false",
            "russia tanks losses 150 - exact|approx period * 2025-09-01 2025-11-18 other|- true",
        ),
    ),
    Article(
        "eu_press_conference_questions_paraphrased",
        "2025-10-23",
        "EU foreign policy chief says Russia's losses are 'unsustainable'\n"
        "BRUSSELS, 23 October 2025 - Opening her press conference after Thursday's Foreign Affairs Council, High "
        "Representative Katja Lindqvist said Russia was losing around 1,100 soldiers every day in Ukraine, according "
        "to the EU's intelligence and situation centre.\n"
        "She said ministers had agreed a further 4.5 billion euros for the European Peace Facility and that member "
        "states had delivered 1.2 million artillery shells this year, 80% of their target.\n"
        "Asked by a Polish reporter whether the Union had its own count of Russia's dead, Lindqvist said European "
        "estimates put the number of Russian soldiers killed since February 2022 at between 190,000 and 250,000, "
        "\"a range, not a number\".\n"
        "A German journalist asked about Moscow's claim this week that Ukraine had lost 11,500 troops around Kupiansk "
        "in October. Lindqvist said she would not comment on \"propaganda figures\".\n"
        "On civilians, she cited the UN human rights monitoring mission, which recorded 214 civilians killed in "
        "Ukraine in September, the highest monthly toll since the spring.\n"
        "Pressed on whether sanctions were working, she said Russia's economy would grow by less than 1% this year. "
        "Asked how many Ukrainian soldiers had died, she said that was for Kyiv to say.\n"
        "The 27 ministers meet again on 17 November.",
        (
            "russia personnel losses|killed 1100 - approx rate 1 * 2025-10-23 other|western_officials false",
            "russia personnel killed 190000 250000 range cumulative * * 2025-10-23 other|western_officials false",
            "ukraine personnel losses 11500 - exact period * * 2025-10-23|2025-10-01|2025-10-31 ru_mod|ru_officials "
            "false",
            "ukraine civilians killed 214 - exact period * * 2025-09-30|2025-09-01 un false",
        ),
    ),
    Article(
        "book_review_of_a_soldiers_memoir_with_historical_tolls",
        "2025-09-06",
        "Books: The forty days south of Bakhmut\n"
        "Forty Days in the Ground, by Mykyta Hordiienko (Harbour Press, 312 pages, 22 pounds)\n"
        "Reviewed by Alison Crewe\n"
        "Hordiienko was a 29-year-old schoolteacher when he joined a volunteer battalion in March 2022. His memoir "
        "covers the forty days, from 9 January to 17 February 2023, that his company held a line of trenches south "
        "of the town, and it is the best book yet by a Ukrainian soldier about this war.\n"
        "Of the 120 men who went in with him, he writes, 31 were killed and 54 were wounded; only 35 walked out on "
        "their own feet. He names each of the dead in an appendix.\n"
        "He is unsentimental about numbers. He reminds readers that the Soviet Union lost some 8.7 million soldiers in "
        "the Second World War and that the United States lost 58,220 in Vietnam, and he sets these beside Kyiv's own "
        "count, given in February, of 46,000 Ukrainian soldiers killed.\n"
        "He is harsher on the other side's arithmetic. Russia's defence ministry, he notes, claimed at the time to be "
        "killing 500 Ukrainian soldiers a day around the town, a figure he calls a fantasy.\n"
        "The book has flaws: its 14 maps are hard to read. But the first print run of 5,000 copies sold out in a "
        "week, and it deserves the readers it has found.",
        (
            "ukraine personnel killed 31 - exact period 40|- 2023-01-09 2023-02-17 other|- false",
            "ukraine personnel wounded 54 - exact period 40|- 2023-01-09 2023-02-17 other|- false",
            "soviet_union personnel losses|killed 8700000 - approx period|cumulative * * * other|- false",
            "united_states personnel losses|killed 58220 - exact period|cumulative * * * other|- false",
            "ukraine personnel killed 46000 - exact cumulative * * 2025-02-28|2025-02-01|2025-09-06 "
            "ua_officials|ua_president false",
            "ukraine personnel killed 500 - exact rate 1 * * ru_mod false",
        ),
    ),
    Article(
        "markets_wire_grain_port_strike_in_passing",
        "2025-07-22",
        "MARKETS-Wheat jumps, Ukraine bonds slip after strike on Odesa grain terminal\n"
        "LONDON/CHICAGO, July 22 (Wire) - Chicago wheat futures rose 3.4% on Tuesday, their biggest one-day gain in "
        "six weeks, after a Russian drone and missile attack on a grain terminal near Odesa killed four dock workers "
        "and damaged 12,000 tonnes of stored wheat.\n"
        "Benchmark September wheat settled up 18-1/2 cents at $5.62-1/4 a bushel. Corn gained 1.1% and soybeans "
        "were flat.\n"
        "The regional governor said 11 more people were wounded, two of them port officials, and that air defences "
        "had shot down 19 of the 27 drones launched at the region overnight.\n"
        "Russia's defence ministry said its forces had struck port facilities used by the Ukrainian military and "
        "destroyed three Ukrainian naval drones stored there.\n"
        "Since the start of the year, Russian strikes on Ukraine's Black Sea and Danube ports have killed 37 "
        "civilians, according to Ukraine's infrastructure ministry.\n"
        "Ukraine's dollar bonds due 2035 fell 1.5 cents to 51.3 cents on the dollar, and the hryvnia weakened 0.3% "
        "to 41.85 per dollar. War-risk insurance for ships calling at Odesa rose to 1% of hull value.\n"
        "In Europe, defence stocks extended gains: Rheinwerk shares rose 2.8% to 412 euros, and a sector index "
        "gained 1.6%. Ukraine exported 40.9 million tonnes of grain in the 2024/25 season, down 17% on the year.",
        (
            "ukraine civilians|people killed 4 - exact period * * 2025-07-22 -|ua_officials false",
            "ukraine people|civilians wounded 11 - exact period * * 2025-07-22 ua_officials false",
            "ukraine people|civilians wounded 2 - exact period * * 2025-07-22 ua_officials false",
            "russia drones destroyed 19 - exact period 1|- * 2025-07-22 ua_officials false",
            "ukraine drones|ships destroyed 3 - exact period * * 2025-07-22 ru_mod false",
            "ukraine civilians killed 37 - exact period * 2025-01-01 2025-07-22 ua_officials false",
        ),
    ),
)
