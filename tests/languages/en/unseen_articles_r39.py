"""Round 39 of whole short articles written for these tests, in styles rounds 1 and 3 to 38 and p1 do not hold, with the
source, the span and the date in view: a navy press briefing's transcript in "Q:" / "A:" lines whose speaker is named
once, in the line above the questions, with his own side's loss ("We lost one patrol boat in February"), the enemy's
"last night" and since the invasion, and a reporter's question relaying Moscow's claim, beside a crew that survived,
ships let through a corridor and mines cleared that are no losses; a fact check of a politician's figure for a year's
losses set beside the defence ministries' and an open-source project's figures for that year, beside shares, emails
and a speech's length; a Ukrainian border region's paper on the governors of two Russian regions named with no side
word ("The Kursk region's governor", "the governor of the Belgorod region") and on its own region's toll "over the
same weekend", beside shelling counted, settlements and people who left; and a weekly roundup that gives two dated
spans in one sentence ("from 1 to 7 March and ... from 8 to 14 March"), a split after a colon and "the week to" a
day, beside a prisoner exchange and the next roundup's date. Names, places and numbers are invented or changed;
nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "navy_briefing_transcript_speaker_named_once",
        "2025-03-04",
        "Transcript: weekly press briefing of the Ukrainian Navy\n"
        "The briefing was given in Odesa on 4 March by the Navy's spokesman, Captain Ivan Hrytsenko, and has been "
        "shortened.\n"
        "Q: What happened off the Crimean coast last night?\n"
        "A: Our naval drones destroyed two Russian landing craft near Chornomorske. A third was damaged.\n"
        "Q: Were there casualties in Izmail?\n"
        "A: Yes. The drone attack on the port on Sunday killed four port workers and injured 11.\n"
        "Q: Russia's defence ministry says it sank three of your boats last week.\n"
        "A: That is not true. We lost one patrol boat in February, and its crew of six survived.\n"
        "Q: What is the overall picture?\n"
        "A: Since the start of the full-scale invasion, we have destroyed 28 Russian warships and boats and one "
        "submarine. Since August 2023 our corridor has let 3,100 ships carry grain, and our divers have cleared 40 "
        "mines this winter.",
        (
            "russia ships destroyed 2 - exact period 1|- * 2025-03-03|2025-03-04 ua_officials false",
            "ukraine civilians|people killed 4 - exact period * * 2025-03-02|2025-03-04 ua_officials false",
            "ukraine civilians|people wounded 11 - exact period * * 2025-03-02|2025-03-04 ua_officials false",
            "ukraine ships destroyed 3 - exact period 7|- * * ru_mod false",
            "ukraine ships losses 1 - exact period 28|- 2025-02-01|- 2025-02-28 ua_officials false",
            "russia ships destroyed 28 - exact cumulative - - 2025-03-04 ua_officials false",
            "russia submarines destroyed 1 - exact cumulative - - 2025-03-04 ua_officials false",
        ),
    ),
    Article(
        "fact_check_of_a_politicians_year_figure",
        "2025-04-10",
        "Fact check: No, Ukraine did not lose 400,000 soldiers in 2024\n"
        "CLAIM: Ukraine lost 400,000 soldiers in 2024 alone, a member of Slovakia's parliament said in a speech on 2 "
        "April that has since been shared 15,000 times.\n"
        "RATING: Misleading. The figure is no official one; it appears to add up Russian claims for two years.\n"
        "What Kyiv says: Ukraine's defence minister said in January that 18,500 Ukrainian soldiers had been killed in "
        "2024.\n"
        "What Moscow says: Russia's defence ministry claimed in its year-end summary that Ukrainian forces had lost "
        "more than 590,000 troops in 2024.\n"
        "What others count: An open-source project that collects the names of the dead from obituaries has identified "
        "27,400 Ukrainian soldiers killed in 2024, its founder told us.\n"
        "The MP's office did not answer three emails asking where the figure came from. The speech lasted 40 minutes.",
        (
            "ukraine personnel losses 400000 - exact period 366|- 2024-01-01|- 2024-12-31 other false",
            "ukraine personnel killed 18500 - exact period 366|- 2024-01-01|- 2024-12-31 ua_mod false",
            "ukraine personnel losses 590000 - at_least period 366|- 2024-01-01|- 2024-12-31 ru_mod false",
            "ukraine personnel killed 27400 - exact period 366|- 2024-01-01|- 2024-12-31 other false",
        ),
    ),
    Article(
        "border_region_paper_on_two_russian_governors",
        "2025-09-09",
        "Sumy Today\n"
        "Governors across the border report dead after drone strikes\n"
        "The Kursk region's governor, Arkady Volkov, said on Monday that Ukrainian drones had killed three civilians "
        "and wounded eight in the border district of Glushkovo over the weekend.\n"
        "In the neighbouring region, the governor of the Belgorod region said a drone had hit a minibus near "
        "Shebekino, killing two women and injuring four passengers. He said 212 civilians had been killed in the "
        "Belgorod region since the start of the year.\n"
        "Our own regional military administration said Russian glide bombs and artillery had killed five residents of "
        "the Sumy region and wounded 17 over the same weekend. It said Russian troops had fired 340 times at 41 "
        "settlements along the border.\n"
        "Both sides say the other targets civilians. About 11,000 people have left the border villages of the Sumy "
        "region since May.",
        (
            "russia civilians killed 3 - exact period 2|- 2025-09-06|- 2025-09-07|2025-09-08|2025-09-09 ru_officials "
            "false",
            "russia civilians wounded 8 - exact period 2|- 2025-09-06|- 2025-09-07|2025-09-08|2025-09-09 ru_officials "
            "false",
            "russia civilians|people killed 2 - exact period * * 2025-09-09 ru_officials false",
            "russia civilians|people wounded 4 - exact period * * 2025-09-09 ru_officials false",
            "russia civilians killed 212 - exact period * 2025-01-01 2025-09-09 ru_officials false",
            "ukraine civilians|people killed 5 - exact period 2|- 2025-09-06|- 2025-09-07|2025-09-08|2025-09-09 "
            "ua_officials false",
            "ukraine civilians|people wounded 17 - exact period 2|- 2025-09-06|- 2025-09-07|2025-09-08|2025-09-09 "
            "ua_officials false",
        ),
    ),
    Article(
        "weekly_roundup_two_dated_spans_in_one_sentence",
        "2025-03-17",
        "Week in numbers: the war, 8-14 March\n"
        "Every Monday we set the past week's official figures beside those of the week before.\n"
        "Ukraine's General Staff said Russia lost 8,420 soldiers from 1 to 7 March and 7,960 from 8 to 14 March, the "
        "first weekly fall this year.\n"
        "Over the same two weeks, Russian drone and missile strikes killed 61 civilians, the UN's monitoring mission "
        "said: 34 from 1 to 7 March and 27 from 8 to 14 March.\n"
        "Russia's defence ministry put Ukraine's losses at 9,100 troops in the week to 7 March and 8,800 in the week "
        "to 14 March.\n"
        "The air force said it shot down 1,012 of 1,340 Russian drones launched in the week to 14 March.\n"
        "Prisoner exchange: 175 for 175 on 13 March. Next week's roundup will appear on 24 March.",
        (
            "russia personnel losses 8420 - exact period 7 2025-03-01 2025-03-07 ua_general_staff false",
            "russia personnel losses 7960 - exact period 7 2025-03-08 2025-03-14 ua_general_staff false",
            "ukraine civilians killed 61 - exact period 14 2025-03-01 2025-03-14 un false",
            "ukraine civilians killed 34 - exact period 7 2025-03-01 2025-03-07 un false",
            "ukraine civilians killed 27 - exact period 7 2025-03-08 2025-03-14 un false",
            "ukraine personnel losses 9100 - exact period 7 2025-03-01 2025-03-07 ru_mod false",
            "ukraine personnel losses 8800 - exact period 7 2025-03-08 2025-03-14 ru_mod false",
            "russia drones destroyed 1012 - exact period 7 2025-03-08 2025-03-14 ua_officials false",
        ),
    ),
)
