"""Round 59 of whole short articles written for these tests, in styles rounds 1 and 3 to 58c and p1 do not hold, with
the source, the span and the date in view: a fact check under "Claim:" and "Verdict: Misleading" lines and an "Our
rating explained" subhead, which weighs a viral month's figure against the General Staff's month and its three-month
sum the desk adds up itself, a share of the dead the desk works out ("a figure we calculated") and Moscow's month,
beside reposts, a grant and a closing "Sources:" line that are no losses; a parliamentary written question and its
answer in the Hansard style ("To ask the Secretary of State for Defence, what recent estimate ...", "UIN", "tabled on",
"Answered on"), with Defence Intelligence's figure "between mid-March and the end of April", its daily average and a
running total, and the prisoners Kyiv says are held, beside prisoners returned, recruits trained and money that are
no losses; a think tank's weekly assessment under a dated heading with "Key takeaways" bullets in its own voice ("We
assess that"), a "Russian claims" and a "Ukrainian claims" paragraph each citing its side's figure, a toll "since the
offensive stalled on" a day and one assault's dead, beside a reserve of troops and an army's and a brigade's number;
a magazine long-read that moves from a morning in June 2023 ("in the eleven days that followed") to the present
("Eighteen months later", "between mid-June and the end of August", "since the Russian offensive stalled last
spring"), beside tanks counted before an attack, a company's strength and a pension; and an interview transcript
with an analyst under "Q:" and "A:" lines ("By our count"), with a total as of the end of a month, a day's figure
relayed in a question, a month's tanks and a monthly rate, beside a ratio, a percentage of hits, analysts and
volunteers that are no losses. Names, places and numbers are invented; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "fact_check_claim_and_verdict_misleading",
        "2026-03-19",
        "Fact check: Did Russia lose 60,000 soldiers in February?\n"
        "Claim: A post shared widely on X and Facebook says Russia lost 60,000 soldiers in February 2026 alone.\n"
        "Verdict: Misleading. The number is close to the official figure for the whole winter, not for one month.\n"
        "Our rating explained\n"
        "The post, which first appeared on 2 March and has been reposted more than 18,000 times, shows the figure "
        "over a photograph of a burning tank.\n"
        "Ukraine's General Staff, whose daily updates are the usual source for such posts, put Russian personnel "
        "losses in February at 31,420. Between December 1 and the end of February, its daily figures add up to "
        "61,870, the likely origin of the viral number.\n"
        "The General Staff does not separate the killed from the wounded. Western officials said in January that "
        "roughly one in three of Russia's losses were killed, which would suggest closer to 10,000 dead in "
        "February, a figure we calculated and that no official has given.\n"
        "Russia's defence ministry does not publish its own losses. It said on 28 February that Ukrainian forces "
        "had lost up to 14,500 servicemen during the month.\n"
        "Sources: General Staff of the Armed Forces of Ukraine; Russian Ministry of Defence; UK Ministry of "
        "Defence intelligence update, 14 January 2026.\n"
        "This fact check is part of a series funded by a EUR 40,000 grant from a media foundation.",
        (
            "russia personnel losses 60000 - exact period * * 2026-02-28|2026-02-01 other|- false",
            "russia personnel losses 31420 - exact period * * 2026-02-28|2026-02-01 ua_general_staff false",
            # a sum the desk works out from the General Staff's daily figures: the spec's null claimant
            "russia personnel losses 61870 - exact period * 2025-12-01 2026-02-28 -|ua_general_staff false",
            "russia personnel killed 10000 - approx period * * 2026-02-28|2026-02-01 - true",
            "ukraine personnel losses 14500 - at_most period * * 2026-02-28 ru_mod false",
        ),
    ),
    Article(
        "hansard_written_question_and_answer",
        "2026-05-21",
        "Ukraine: Military Casualties\n"
        "Question for Ministry of Defence\n"
        "UIN 51207, tabled on 11 May 2026\n"
        "Dr Imogen Reyes (Wexcombe and Hale): To ask the Secretary of State for Defence, what recent estimate his "
        "Department has made of the number of Russian military personnel killed or wounded in Ukraine between "
        "mid-March and the end of April 2026; and what assessment he has made of the number of Ukrainian service "
        "personnel held as prisoners of war.\n"
        "Answered on 19 May 2026\n"
        "Alistair Penrose (Minister for the Armed Forces): Defence Intelligence assesses that Russia sustained "
        "approximately 52,000 casualties, killed and wounded, between mid-March and the end of April 2026, an "
        "average of around 1,130 a day. This brings Russia's total casualties since February 2022 to more than "
        "1,090,000, by the Department's assessment.\n"
        "The Department does not publish its own estimates of Ukrainian losses. The Ukrainian Government has "
        "stated that around 7,400 of its service personnel are held as prisoners of war; 1,150 were returned in "
        "exchanges in the first four months of the year.\n"
        "The UK has trained more than 60,000 Ukrainian recruits since 2022 and has committed £3 billion in military "
        "support this financial year.",
        (
            "russia personnel losses 52000 - approx period * * 2026-04-30 uk_mod false",
            "russia personnel losses 1130 - approx rate 1 * 2026-04-30|2026-05-19|2026-05-21 uk_mod false",
            "russia personnel losses 1090000 - at_least cumulative * * 2026-04-30|2026-05-19|2026-05-21 uk_mod false",
            "ukraine personnel captured 7400 - approx cumulative * * 2026-05-19|2026-05-21 ua_officials false",
        ),
    ),
    Article(
        "think_tank_weekly_assessment_key_takeaways",
        "2026-06-27",
        "Eastern Front Weekly Assessment, 20-26 June 2026\n"
        "Meridian Institute for Security Studies\n"
        "Key takeaways\n"
        "- We assess that Russian forces lost at least 40 armoured vehicles and 11 tanks in the failed assault on "
        "Velyka Sosnivka on 22 June, based on geolocated footage.\n"
        "- Russian forces have made no confirmed gains since the offensive stalled on 6 May.\n"
        "- Ukraine's shortage of infantry remains its main weakness on the axis.\n"
        "Russian claims. The Russian Ministry of Defence claimed that Ukrainian forces lost 2,340 servicemen on "
        "the Siversk direction during the week. We cannot verify this figure.\n"
        "Ukrainian claims. Ukraine's Khortytsia operational-strategic group reported on Friday that Russian forces "
        "had lost 21,460 personnel in its zone since the offensive stalled on 6 May.\n"
        "Our assessment. We assess that the 22 June assault cost Russia roughly 600 personnel killed and wounded. "
        "Ukraine's 3rd Assault Brigade said it had killed 180 Russian soldiers that day. We assess with moderate "
        "confidence that Russia will commit the 20th Army's reserve of around 15,000 troops in July.\n"
        "Meridian's assessments draw on open sources only. The next assessment is due on 4 July.",
        (
            "russia armoured_vehicles losses 40 - at_least period * * 2026-06-22 other|- false",
            "russia tanks losses 11 - at_least|exact period * * 2026-06-22 other|- false",
            "ukraine personnel losses 2340 - exact period 7|- * 2026-06-26|2026-06-27 ru_mod false",
            "russia personnel losses 21460 - exact period * 2026-05-06 2026-06-26 ua_officials false",
            "russia personnel losses 600 - approx period 1|- * 2026-06-22 other|- false",
            "russia personnel killed 180 - exact period 1|- * 2026-06-22 ua_officials false",
        ),
    ),
    Article(
        "magazine_long_read_then_and_now",
        "2024-12-10",
        "The long road back from Staromlynivka\n"
        "When the first column of the 41st Mechanised Brigade rolled south out of Orikhiv on the morning of 8 June "
        "2023, Captain Denys Yarema counted 14 Leopard tanks and 22 Bradley fighting vehicles in the fields ahead.\n"
        "The Ukrainian command never published its losses for the counteroffensive. Oryx, which counts only "
        "equipment seen in photographs, recorded 31 Ukrainian tanks and 54 armoured vehicles lost in the eleven "
        "days that followed. Russia's defence ministry claimed far more: on 20 June 2023 it said Ukraine had lost "
        "246 tanks since the offensive began.\n"
        "Eighteen months later, Yarema sits in a cafe in Zaporizhzhia, a prosthetic leg stretched out under the "
        "table. Of the 120 men in his company that June, 19 were killed and 43 wounded between mid-June and the "
        "end of August, he says.\n"
        "The front near Orikhiv has barely moved since. Since the Russian offensive stalled last spring, Russian "
        "shelling has killed 37 civilians in the district, the regional military administration says.\n"
        "Yarema now lives on a disability pension of 12,000 hryvnias a month.",
        (
            "ukraine tanks losses 31 - exact period 11 2023-06-08|2023-06-09 2023-06-18|2023-06-19 oryx false",
            "ukraine armoured_vehicles losses 54 - exact period 11 2023-06-08|2023-06-09 2023-06-18|2023-06-19 oryx "
            "false",
            "ukraine tanks losses|destroyed 246 - exact period * * 2023-06-20 ru_mod false",
            "ukraine personnel killed 19 - exact period * * 2023-08-31 ua_officials|other false",
            "ukraine personnel wounded 43 - exact period * * 2023-08-31 ua_officials|other false",
            "ukraine civilians killed 37 - exact period * * 2024-12-10 ua_officials false",
        ),
    ),
    Article(
        "analyst_interview_transcript_q_and_a",
        "2026-02-05",
        "'The attrition is now in drones, not tanks': an interview with Hanna Lisowska\n"
        "Hanna Lisowska heads the conflict data team at the Baltic Defence Observatory in Tallinn. This interview "
        "has been edited for length and clarity.\n"
        "Q: How many Russian soldiers have been killed since the invasion?\n"
        "A: By our count, at least 168,000 Russian servicemen had been killed by the end of January. Those are "
        "names we can document; the real figure is higher.\n"
        "Q: And the wounded?\n"
        "A: Probably two to three times that. We don't publish a number.\n"
        "Q: Ukraine's General Staff says Russia lost 1,240 troops yesterday. Is that credible?\n"
        "A: It is in line with their own series, which has run above 1,000 a day since the autumn.\n"
        "Q: What about equipment?\n"
        "A: In January we documented 96 Russian tanks destroyed or abandoned, the lowest monthly figure since we "
        "started counting in 2022. Between mid-November and the end of January, about 70 percent of the hits we "
        "geolocated were by small drones.\n"
        "Q: And Ukraine?\n"
        "A: We see Ukraine losing some 30 armoured vehicles a month this winter. Its manpower losses we won't "
        "estimate.\n"
        "Q: How many people work on the count?\n"
        "A: Eleven analysts, and about 4,000 volunteers send us footage.",
        (
            "russia personnel killed 168000 - at_least cumulative * * 2026-01-31 other false",
            "russia personnel losses 1240 - exact period 1 * 2026-02-04 ua_general_staff false",
            "russia personnel losses 1000 - at_least rate 1 * 2026-02-05 ua_general_staff|other false",
            "russia tanks losses|destroyed 96 - exact period * * 2026-01-31|2026-01-01 other false",
            "ukraine armoured_vehicles losses 30 - approx rate 30 * 2026-02-05 other false",
        ),
    ),
)
