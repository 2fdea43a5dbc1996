"""Round 55 of whole short articles written for these tests, in styles rounds 1 and 3 to 54 and p1 do not hold, with the
source, the span and the date in view: a wire court story on a war-crimes trial held in absentia whose tolls sit inside
the charges ("was accused of ordering a strike that killed ..."), dated by the strike's day and "a month later", beside
the sentence's years, the years the prosecution asked for, an age, an article of the code, an ordinal of the generals
convicted, suspects named and a sum of damages that are no losses; a "year in review" page in month bullets ("January:
...", "March: ..."), each month's toll from its own source, with the year's total and its daily average, beside a
prisoner swap, a loan, jets delivered, an anniversary's ordinal and troops trained that are no losses; a newspaper's
letters page whose readers dispute a figure quoted from the paper's earlier story ("Your report of 9 August ... said"),
give their own estimate ("I reckon ... closer to") and their own village's toll, each letter signed below it, beside a
page number, a reader's years of service, a ratio, a village's size and a word limit that are no claims; and a
television news script under production labels ("ANCHOR:", "GRAPHIC:", "LOWER THIRD:", "REPORTER (V/O):", "(SOT)"),
whose on-screen graphics repeat the spoken tolls in capitals, beside a bomb's weight, drones launched, the war's day
number, an item's running time and volunteers that are no losses. Names, places and numbers are invented or changed;
nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "court_story_trial_in_absentia_tolls_inside_the_charges",
        "2025-11-20",
        "Ukrainian court jails Russian general in absentia over Kostiantynivka market strike\n"
        "KYIV, Nov 19 (Ledger Wire) - A Kyiv court on Wednesday sentenced a Russian lieutenant general in absentia to "
        "14 years in prison over a missile strike on a market in the eastern town of Kostiantynivka, the Prosecutor "
        "General's Office said.\n"
        "Lieutenant General Arkady Vorontsov, 58, who commanded a Russian army group in the Donetsk region in 2023, "
        "was accused of ordering a strike that killed 23 civilians and wounded 41 at the market on 6 September 2023.\n"
        "The charges also accused him of ordering the shelling of a hospital in Toretsk a month later, in which four "
        "patients died.\n"
        "Prosecutors had asked for 15 years. A state-appointed lawyer, who never met his client, asked for an "
        "acquittal. Judge Olena Hrytsai read the verdict over three hours; 17 relatives of the dead followed it from "
        "the courtroom.\n"
        "Vorontsov, who is believed to be in Moscow, was convicted under Part 2 of Article 438 of the Criminal Code. "
        "His co-defendant, Colonel Igor Shabalin, who prosecutors say passed the order on to a missile battalion, "
        "received 11 years.\n"
        "He is the ninth Russian general convicted in absentia by a Ukrainian court. Prosecutors say they have named "
        "more than 640 Russian commanders as suspects since the invasion. The court also ordered Vorontsov to pay 12 "
        "million hryvnias to the victims' families.",
        (
            "ukraine civilians killed 23 - exact period * * 2023-09-06 ua_officials|- false",
            "ukraine civilians wounded 41 - exact period * * 2023-09-06 ua_officials|- false",
            "ukraine people|civilians killed 4 - exact period * * * ua_officials|- false",
        ),
    ),
    Article(
        "year_in_review_month_by_month_bullets",
        "2025-12-30",
        "2025: the war, month by month\n"
        "Our year in review | 30 December 2025\n"
        "A year of drones, grinding advances and talks that led nowhere. Here is how it went.\n"
        "January: A Russian missile struck an apartment block in Zaporizhzhia, killing 14 people, the regional "
        "governor said.\n"
        "February: Ukraine's air force said it had shot down 1,210 Russian drones during the month, a record at the "
        "time.\n"
        "March: Kyiv and Moscow swapped 175 prisoners each. Russia's defence ministry claimed Ukraine lost 430 "
        "servicemen near Kupiansk in a single week.\n"
        "April: The European Union approved a EUR 30 billion loan, and Denmark delivered the last of its 19 F-16 "
        "jets.\n"
        "May: The UN human rights monitoring mission said 232 civilians were killed across Ukraine, the highest "
        "monthly toll in three years.\n"
        "July: Ukraine's General Staff said Russian losses since the invasion had passed 1 million troops.\n"
        "August: Ukraine marked its 34th Independence Day, and 2,300 Ukrainian troops finished training in Germany.\n"
        "September: A drone hit a bus in Sumy, killing nine passengers and injuring 12, the city's military "
        "administration said.\n"
        "November: Russia's defence ministry claimed 47 Ukrainian tanks had been destroyed, a figure Kyiv called "
        "invented.\n"
        "December: Ukraine's General Staff put Russia's losses for the year at 395,000 troops, about 1,080 a day.",
        (
            "ukraine people|civilians killed 14 - exact period * * 2025-01-31|2025-01-01 ua_officials false",
            "russia drones destroyed 1210 - exact period * * 2025-02-28|2025-02-01 ua_officials false",
            "ukraine personnel losses 430 - exact period 7 * 2025-03-31|2025-03-01 ru_mod false",
            "ukraine civilians killed 232 - exact period * * 2025-05-31|2025-05-01 un false",
            "russia personnel losses 1000000 - at_least cumulative - * 2025-07-31|2025-07-01 ua_general_staff false",
            "ukraine people|civilians killed 9 - exact period * * 2025-09-30|2025-09-01 ua_officials false",
            "ukraine people|civilians wounded 12 - exact period * * 2025-09-30|2025-09-01 ua_officials false",
            "ukraine tanks destroyed 47 - exact period|cumulative * * 2025-11-30|2025-11-01 ru_mod false",
            "russia personnel losses 395000 - exact period * 2025-01-01|- 2025-12-30|2025-12-31 ua_general_staff "
            "false",
            "russia personnel losses 1080 - approx rate 1 * * ua_general_staff false",
        ),
    ),
    Article(
        "letters_to_the_editor_disputing_figures",
        "2025-08-14",
        "Letters to the editor\n"
        "Thursday 14 August 2025\n"
        "Counting the cost of Pokrovsk\n"
        "Your report of 9 August (\"The town that would not fall\", page 6) said Russia had lost 18,000 soldiers "
        "killed and wounded in the battle for Pokrovsk, citing Ukraine's General Staff. I believe that figure is far "
        "too low. Adding up the General Staff's own daily bulletins for that direction, I reckon Russian losses there "
        "since the assault began on 1 May were closer to 26,000.\n"
        "Roland Pike, Hastings\n"
        "Mr Pike's sum (Letters, 12 August) ignores that the daily bulletins count the wounded, many of whom return "
        "to the line within weeks. I served 22 years in the infantry, and in my experience barely one in four "
        "casualties is a death.\n"
        "Maj (retd) Derek Olawale, Salisbury\n"
        "Your correspondent's story of 2 July quoted a brigade commander as saying his unit had lost 47 soldiers "
        "killed in June. Your headline called this \"Ukraine's worst month\"; it was one brigade's.\n"
        "Hanna Dorosh, London\n"
        "In my home village near Kherson, a place of 900 people, drones have killed 12 residents since January, my "
        "mother tells me. No paper counts them.\n"
        "Iryna Bezsmertna, Leeds\n"
        "Letters may be edited for length; write to us in 200 words or fewer.",
        (
            "russia personnel losses 18000 - exact period * * 2025-08-09|2025-08-14 ua_general_staff false",
            "russia personnel losses 26000 - approx period * 2025-05-01 2025-08-14|2025-08-12 other|- false",
            "ukraine personnel killed 47 - exact period * * 2025-06-30|2025-06-01 ua_officials false",
            "ukraine civilians killed 12 - exact period * 2025-01-01 2025-08-14 other|- false",
        ),
    ),
    Article(
        "tv_news_script_with_graphics_and_lower_thirds",
        "2025-07-10",
        "NIGHTLY NEWS AT SIX - THURSDAY 10 JULY 2025\n"
        "ITEM 3: KHARKIV STRIKE (2:10)\n"
        "ANCHOR: Good evening. At least 17 people were killed in Kharkiv this afternoon when a Russian glide bomb hit "
        "a supermarket, Ukraine's emergency service says. 52 more were wounded.\n"
        "GRAPHIC: KHARKIV - 17 DEAD, 52 WOUNDED\n"
        "REPORTER (V/O): Rescuers were still searching the rubble as night fell. Four children are among the dead, "
        "the regional governor said.\n"
        "LOWER THIRD: OLEH DANKO - HEAD, KHARKIV REGIONAL MILITARY ADMINISTRATION\n"
        "DANKO (SOT): \"The bomb weighed 1,500 kilograms. It hit at the busiest hour of the day.\"\n"
        "REPORTER (V/O): Overnight, Russia launched 70 drones at Ukraine. The air force says 48 were shot down.\n"
        "GRAPHIC: SOURCE: UKRAINIAN AIR FORCE - 48 OF 70 DRONES DOWNED\n"
        "ANCHOR: On the front line, Ukraine's General Staff says Russia lost 1,020 troops over the past day. Moscow "
        "does not comment on its losses.\n"
        "GRAPHIC: DAY 1,233 OF THE FULL-SCALE WAR\n"
        "ANCHOR: After the break: 3,000 volunteers join the clean-up in Kharkiv.",
        (
            "ukraine people|civilians killed 17 - at_least|exact period * * 2025-07-10 ua_officials false",
            "ukraine people|civilians wounded 52 - exact period * * 2025-07-10 ua_officials false",
            "ukraine civilians killed 4 - exact period * * 2025-07-10 ua_officials false",
            "russia drones destroyed 48 - exact period 1|- * 2025-07-10 ua_officials false",
            "russia personnel losses 1020 - exact period 1 * 2025-07-10 ua_general_staff false",
        ),
    ),
)
