"""Round 3 of whole short articles written for these tests (see unseen_articles.py for the format), in outlet
styles the first rounds lacked: a daily roundup with its key developments, an analysis comparing intelligence
estimates, a record-day report, Russian regional officials, a toll that climbs over a day, a prisoner exchange, a
think tank quoted by an outlet, a count of equipment visually confirmed, a fact box, Moscow's daily briefing in
English, a prosecutor's count of children. Names, places and numbers are invented; nothing is copied from any set.
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES_R3: tuple[Article, ...] = (
    Article(
        "daily_roundup",
        "2024-11-06",
        "Ukraine war latest: Kyiv hits Russian ammunition depot in Bryansk Oblast\n"
        "Key developments on Nov. 5:\n"
        "- Russian attack on Zaporizhzhia kills 3, injures 12\n"
        "- Air Force downs 41 Russian drones overnight\n"
        "Russian forces attacked the city of Zaporizhzhia with guided aerial bombs on Nov. 5, killing three people "
        "and injuring 12, Governor Ivan Fedorenko reported.\n"
        "Ukraine's Air Force said it shot down 41 out of 63 Shahed-type drones launched by Russia overnight. "
        "Another 20 drones were \"locationally lost,\" likely due to electronic warfare, the Air Force said.\n"
        "The General Staff also reported that Russian forces had lost 9,190 tanks since the start of the "
        "full-scale war, including five over the past day.",
        (
            "ukraine people|civilians killed 3 - exact period * * 2024-11-05|2024-11-06 ua_officials false",
            "ukraine people|civilians wounded 12 - exact period * * 2024-11-05|2024-11-06 ua_officials false",
            "russia drones destroyed 41 - exact period 1|- * 2024-11-05|2024-11-06 ua_officials false",
            "russia drones losses 20 - exact period 1|- * 2024-11-05|2024-11-06 ua_officials true|false",
            "russia tanks losses 9190 - exact cumulative * * 2024-11-06 ua_general_staff false",
            "russia tanks losses 5 - exact period 1 * 2024-11-06 ua_general_staff false",
        ),
    ),
    Article(
        "estimates_disagree",
        "2025-06-10",
        "WASHINGTON - More than three years into the war, American and British intelligence agencies disagree about "
        "how many Russian soldiers have been killed or wounded, though both put the number far above anything "
        "Moscow has acknowledged.\n"
        "American officials estimate that as many as one million Russian troops have been killed or wounded since "
        "February 2022, including roughly 250,000 killed, according to people familiar with the assessment.\n"
        "Britain's Ministry of Defence, by contrast, says Russian casualties passed 950,000 this month. Its figure, "
        "unlike the American one, rests largely on Ukrainian reporting.\n"
        "Ukrainian losses are harder to gauge. U.S. officials put them at about 400,000 killed and wounded, a "
        "number Kyiv disputes.",
        (
            "russia personnel losses 1000000 - at_most cumulative * * 2025-06-10 us_officials false",
            "russia personnel killed 250000 - approx cumulative * * 2025-06-10 us_officials false",
            "russia personnel losses 950000 - at_least|exact cumulative * * 2025-06-10 uk_mod false",
            "ukraine personnel losses 400000 - approx cumulative * * 2025-06-10 us_officials false",
        ),
    ),
    Article(
        "record_day",
        "2024-12-21",
        "Russia Suffers Record Troop Losses in Single Day, Kyiv Says\n"
        "Russia lost 2,200 soldiers in the past 24 hours, according to figures published by Ukraine's General Staff "
        "on Saturday, the highest single-day total since the full-scale invasion began.\n"
        "The previous record, 2,030 casualties, was set on December 19.\n"
        "The latest figures bring the total number of Russian troops killed or wounded in Ukraine to 769,490, the "
        "General Staff said. Russia also lost 14 tanks and 35 artillery systems over the day, according to the "
        "update.\n"
        "This outlet could not independently verify the figures and has reached out to the Russian Defense "
        "Ministry for comment.",
        (
            "russia personnel losses 2200 - exact period 1 * 2024-12-21 ua_general_staff false",
            "russia personnel losses 2030 - exact period 1 * 2024-12-19 ua_general_staff false",
            "russia personnel losses 769490 - exact cumulative * * 2024-12-21 ua_general_staff false",
            "russia tanks losses 14 - exact period 1 * 2024-12-21 ua_general_staff false",
            "russia artillery losses 35 - exact period 1 * 2024-12-21 ua_general_staff false",
        ),
    ),
    Article(
        "regional_officials",
        "2024-03-15",
        "Regional Officials Confirm Deaths of Local Soldiers as Kremlin Stays Silent\n"
        "The head of Russia's republic of Tuva announced on Thursday that four more local men had been killed in "
        "what the Kremlin calls its \"special military operation\" in Ukraine.\n"
        "In the Sverdlovsk region, the administration of a small mining town said at a memorial ceremony that 37 "
        "residents had died in the fighting.\n"
        "Officials in the Kursk region said a Ukrainian drone attack on Wednesday had injured two civilians in a "
        "border village.\n"
        "According to a count by the independent outlet Mediazona, at least 1,240 soldiers from Tuva have been "
        "confirmed killed, one of the highest tolls of any region relative to its population.",
        (
            "russia personnel killed 4 - exact period|cumulative * * 2024-03-14|2024-03-15 ru_officials false",
            "russia personnel killed 37 - exact period|cumulative * * 2024-03-15 ru_officials false",
            "russia civilians wounded 2 - exact period * * 2024-03-13|2024-03-15 ru_officials false",
            "russia personnel killed 1240 - at_least cumulative * * 2024-03-15 mediazona false",
        ),
    ),
    Article(
        "toll_climbs",
        "2025-04-05",
        "KRYVYI RIH, Ukraine (Wire) - The death toll from a Russian ballistic missile attack on a residential area "
        "of Kryvyi Rih climbed to 18 on Saturday, including nine children, officials said.\n"
        "Serhii Lysenko, head of the regional military administration, said 61 people were wounded, 40 of whom "
        "were hospitalized.\n"
        "On Friday evening, authorities had put the death toll at 14.\n"
        "Russia's Defense Ministry said it had carried out a precision strike on a restaurant where it claimed "
        "commanders were meeting Western instructors, killing up to 85 servicemen and foreign officers.",
        (
            "ukraine people|civilians killed 18 - exact period * * 2025-04-05 ua_officials false",
            "ukraine civilians killed 9 - exact period * * 2025-04-05 ua_officials false",
            "ukraine people|civilians wounded 61 - exact period * * 2025-04-05 ua_officials false",
            "ukraine people|civilians wounded 40 - exact period * * 2025-04-05 ua_officials false",
            "ukraine people|civilians killed 14 - exact period * * 2025-04-04|2025-04-05 ua_officials false",
            "ukraine personnel killed 85 - at_most period * * 2025-04-05 ru_mod false",
        ),
    ),
    Article(
        "exchange_day",
        "2025-05-25",
        "Ukraine and Russia complete largest prisoner swap of the war\n"
        "Ukraine and Russia have completed the biggest prisoner exchange of the war, swapping 1,000 prisoners each "
        "over three days, officials said on Sunday.\n"
        "Volodymyr Zelenskyy said 303 Ukrainian soldiers had returned home on the final day. Ukraine's "
        "coordination headquarters said more than 8,000 Ukrainians were still held in Russian captivity.\n"
        "Ukraine's air force said it had intercepted 266 drones and 45 missiles overnight, in one of the biggest "
        "attacks of the war.\n"
        "Russia's defence ministry said its air defences had destroyed 95 Ukrainian drones over Russian territory "
        "in the previous 24 hours.",
        (
            "ukraine personnel|people captured 8000 - at_least cumulative * * 2025-05-25 ua_officials false",
            "russia drones destroyed 266 - exact period 1|- * 2025-05-25 ua_officials false",
            "russia missiles destroyed 45 - exact period 1|- * 2025-05-25 ua_officials false",
            "ukraine drones destroyed 95 - exact period 1 * 2025-05-25 ru_mod false",
        ),
    ),
    Article(
        "think_tank_quoted",
        "2024-09-30",
        "Russia's summer offensive has come at an enormous cost, according to the Institute for the Study of War. "
        "In its latest assessment, the Washington-based think tank said Russian forces had likely suffered more "
        "than 38,000 casualties in September alone, citing data from Ukraine's General Staff.\n"
        "The analysts also noted that Russian troops had lost an estimated 110 tanks and 300 armored vehicles near "
        "Pokrovsk since the start of the month.\n"
        "\"Russian forces continue to accept high casualties for marginal gains,\" the think tank wrote. It "
        "assessed that the Russian military recruits between 25,000 and 30,000 new soldiers each month.",
        (
            "russia personnel losses 38000 - at_least period * * 2024-09-30 isw|ua_general_staff true",
            # (the gold names the cited source for "X said ..., citing Y"; the analysts go on with that report)
            "russia tanks losses 110 - approx period * 2024-09-01|- 2024-09-30 isw|ua_general_staff false",
            "russia armoured_vehicles losses 300 - approx|exact period * 2024-09-01|- 2024-09-30 isw|ua_general_staff "
            "false",
        ),
    ),
    Article(
        "visually_confirmed",
        "2024-08-20",
        "Russia's war in Ukraine has cost it more than 3,000 infantry fighting vehicles, according to Oryx, the "
        "open-source intelligence blog that tallies losses it can visually confirm through photos and videos.\n"
        "As of Tuesday, Oryx had documented the loss of 3,214 BMP-series vehicles, of which 2,250 were destroyed, "
        "150 damaged, 210 abandoned and 604 captured by Ukrainian troops.\n"
        "Ukraine's losses have been lighter: the blog lists 1,020 Ukrainian infantry fighting vehicles as "
        "destroyed, damaged, abandoned or captured, including 155 American-made Bradleys.",
        (
            "russia armoured_vehicles losses 3000 - at_least cumulative * * 2024-08-20 oryx false",
            "russia armoured_vehicles losses 3214 - exact cumulative * * 2024-08-20 oryx false",
            "russia armoured_vehicles destroyed 2250 - exact cumulative * * 2024-08-20 oryx false",
            "russia armoured_vehicles damaged 150 - exact cumulative * * 2024-08-20 oryx false",
            "russia armoured_vehicles abandoned 210 - exact cumulative * * 2024-08-20 oryx false",
            "russia armoured_vehicles captured 604 - exact cumulative * * 2024-08-20 oryx false",
            "ukraine armoured_vehicles losses 1020 - exact cumulative * * 2024-08-20 oryx false",
            "ukraine armoured_vehicles losses 155 - exact cumulative * * 2024-08-20 oryx false",
        ),
    ),
    Article(
        "fact_box",
        "2024-02-23",
        "FACTBOX: What is known about casualties after two years of war\n"
        "RUSSIAN LOSSES\n"
        "* A U.S. official said in December that Russia had suffered 315,000 dead and injured troops, nearly 90% "
        "of the personnel it had when the invasion began.\n"
        "* Britain estimates that about 355,000 Russian soldiers have been killed or wounded.\n"
        "UKRAINIAN LOSSES\n"
        "* Kyiv does not disclose its military losses. A U.S. newspaper, citing U.S. officials, reported in "
        "August that nearly 70,000 Ukrainian soldiers had been killed and 100,000 to 120,000 wounded.\n"
        "CIVILIANS\n"
        "* The U.N. says it has verified 10,378 civilian deaths in Ukraine, including 579 children.",
        (
            "russia personnel losses 315000 - exact cumulative * * 2023-12-31|2023-12-01|2024-02-23 us_officials "
            "false",
            "russia personnel losses 355000 - approx cumulative * * 2024-02-23 uk_officials|uk_mod false",
            "ukraine personnel killed 70000 - approx cumulative * * 2023-08-31|2023-08-01|2024-02-23 "
            "us_officials|other false",
            "ukraine personnel wounded 100000 120000 range cumulative * * 2023-08-31|2023-08-01|2024-02-23 "
            "us_officials|other false",
            "ukraine civilians killed 10378 - exact cumulative * * 2024-02-23 un false",
            "ukraine civilians killed 579 - exact cumulative * * 2024-02-23 un false",
        ),
    ),
    Article(
        "moscow_briefing",
        "2024-10-13",
        "Russian forces repelled four counterattacks by Ukrainian assault groups in the Kupyansk direction over the "
        "past day, the Russian Defense Ministry reported on Sunday.\n"
        "\"The enemy's losses amounted to as many as 530 servicemen, three tanks and two US-made HIMARS "
        "launchers,\" the ministry said.\n"
        "In all, Ukrainian troops lost up to 1,500 personnel in all areas of the special military operation in the "
        "past day, it said. Russian air defenses shot down 97 Ukrainian drones and five HIMARS rockets over the "
        "past 24 hours, the ministry added.",
        (
            "ukraine personnel losses 530 - at_most period 1 * 2024-10-13 ru_mod false",
            "ukraine tanks losses 3 - at_most|exact period 1 * 2024-10-13 ru_mod false",
            "ukraine mlrs losses 2 - at_most|exact period 1 * 2024-10-13 ru_mod false",
            "ukraine personnel losses 1500 - at_most period 1 * 2024-10-13 ru_mod false",
            "ukraine drones destroyed 97 - exact period 1 * 2024-10-13 ru_mod false",
            "ukraine missiles destroyed 5 - exact period 1 * 2024-10-13 ru_mod false",
        ),
    ),
    Article(
        "children_count",
        "2024-06-02",
        "At least 535 children have been killed and more than 1,240 injured in Ukraine since the start of the "
        "full-scale invasion, the Prosecutor General's Office said on Sunday, marking International Children's Day.\n"
        "Most of the victims were in the Donetsk and Kharkiv regions, prosecutors said.\n"
        "Over the past day, Russian attacks killed five civilians and injured 23 across Ukraine, regional "
        "authorities reported.",
        (
            "ukraine civilians killed 535 - at_least cumulative * * 2024-06-02 ua_officials false",
            "ukraine civilians wounded 1240 - at_least cumulative * * 2024-06-02 ua_officials false",
            "ukraine civilians killed 5 - exact period 1 * 2024-06-02 ua_officials false",
            "ukraine civilians wounded 23 - exact period 1 * 2024-06-02 ua_officials false",
        ),
    ),
    Article(
        "span_from_war_start",
        "2024-11-12",
        "The total combat losses of the enemy from February 24, 2022 to November 12, 2024 amounted to about 719,490 "
        "personnel, including 1,770 over the past day, the General Staff of the Armed Forces of Ukraine reported on "
        "Facebook.\n"
        "According to the report, Ukraine's defenders also destroyed 9,310 Russian tanks, 20 of them in the past day, "
        "and 261 warplanes.\n"
        "The figures cannot be independently verified.",
        (
            "russia personnel losses 719490 - approx cumulative * * 2024-11-12 ua_general_staff false",
            "russia personnel losses 1770 - exact|approx period 1 * 2024-11-12 ua_general_staff false",
            "russia tanks destroyed|losses 9310 - exact cumulative * * 2024-11-12 ua_general_staff false",
            "russia tanks destroyed|losses 20 - exact period 1 * 2024-11-12 ua_general_staff false",
            "russia aircraft destroyed|losses 261 - exact cumulative * * 2024-11-12 ua_general_staff false",
        ),
    ),
    Article(
        "allied_troops_briefing",
        "2025-01-14",
        "A senior U.S. defense official, speaking on condition of anonymity, told reporters on Tuesday that North "
        "Korean troops fighting for Russia in the Kursk region had suffered more than 4,000 casualties since they "
        "entered combat in December.\n"
        "The official said Russia itself was losing roughly 1,500 troops killed or wounded a day across the front.\n"
        "Pyongyang has not acknowledged sending troops. South Korea's spy agency said last week that about 300 North "
        "Korean soldiers had been killed and 2,700 wounded.",
        (
            "russia personnel losses 4000 - at_least period * * 2025-01-14 us_officials false",
            "russia personnel losses 1500 - approx rate 1 * * us_officials false",
            "russia personnel killed 300 - approx cumulative|period * * 2025-01-07|2025-01-14 other false",
            "russia personnel wounded 2700 - approx|exact cumulative|period * * 2025-01-07|2025-01-14 other false",
        ),
    ),
    Article(
        "incursion_span",
        "2024-10-24",
        "Russian forces have lost 21,400 troops in the Kursk region since Ukraine launched its cross-border incursion "
        "on Aug. 6, Commander-in-Chief Oleksandr Syrskyi said on Oct. 24, including 7,600 killed.\n"
        "Ukrainian troops have also captured more than 700 Russian soldiers in the region, he said.\n"
        "Syrskyi did not disclose Ukraine's own losses in the operation.",
        (
            "russia personnel losses 21400 - exact period * 2024-08-06 2024-10-24 ua_general_staff|ua_officials false",
            "russia personnel killed 7600 - exact period * 2024-08-06 2024-10-24 ua_general_staff|ua_officials false",
            "russia personnel captured 700 - at_least period|cumulative * * 2024-10-24 ua_general_staff|ua_officials "
            "false",
        ),
    ),
    Article(
        "children_agency",
        "2025-02-24",
        "Three years into the full-scale war, at least 2,520 children have been killed or injured in Ukraine, the "
        "UN children's agency said on Monday, warning that the real number is likely higher.\n"
        "In 2024 alone, the agency verified the deaths of 94 children, a figure it said had risen by half compared "
        "with the year before.\n"
        "Ukraine's government, which counts differently, puts the number of children killed since February 2022 at "
        "more than 600.",
        (
            "ukraine civilians losses 2520 - at_least cumulative * * 2025-02-24 un false",
            "ukraine civilians killed 94 - exact period * * 2024-12-31|2024-01-01 un false",
            "ukraine civilians killed 600 - at_least cumulative * * 2025-02-24 ua_officials false",
        ),
    ),
    Article(
        "officers_count",
        "2024-06-05",
        "An independent Russian news outlet has identified at least 3,100 Russian officers killed in Ukraine since "
        "the start of the invasion, including seven generals and more than 300 lieutenant colonels and colonels.\n"
        "The outlet, which draws on obituaries and posts by relatives, said the number of officers killed had grown "
        "by 260 since February.\n"
        "Russia's defence ministry has never published the number of officers it has lost.",
        (
            "russia personnel killed 3100 - at_least cumulative * * 2024-06-05 other false",
            "russia personnel killed 7 - exact cumulative * * 2024-06-05 other false",
            "russia personnel killed 300 - at_least cumulative * * 2024-06-05 other false",
            "russia personnel killed 260 - exact period * 2024-02-01|- 2024-06-05 other false",
        ),
    ),
    Article(
        "model_estimate",
        "2024-09-27",
        "How many people have died in the war? Our model estimates that between 900,000 and 1.3 million Russian "
        "soldiers have been killed or wounded since February 2022, of whom 200,000 to 250,000 are dead.\n"
        "Ukrainian losses are harder to pin down. Using leaked documents and obituaries, we estimate that 60,000 to "
        "100,000 Ukrainian soldiers have been killed.\n"
        "Both armies keep the true figures secret.",
        (
            "russia personnel losses 900000 1300000 range cumulative * * 2024-09-27 other|- false",
            "russia personnel killed 200000 250000 range cumulative * * 2024-09-27 other|- false",
            "ukraine personnel killed 60000 100000 range cumulative * * 2024-09-27 other|- false",
        ),
    ),
    Article(
        "front_spokesman",
        "2024-08-12",
        "Russian forces lost 512 soldiers killed and wounded in the zone of the Khortytsia group of forces over the "
        "past day, including 180 killed, the group's spokesman Nazar Voloshenko said on national television.\n"
        "He said Ukrainian troops had also destroyed seven Russian tanks and 11 artillery pieces in the area, and "
        "took 14 Russian servicemen prisoner.\n"
        "The Russian defence ministry said on Monday that its forces had inflicted losses of up to 340 soldiers on "
        "Ukraine's army in the same area.",
        (
            "russia personnel losses 512 - exact period 1 * 2024-08-12 ua_officials false",
            "russia personnel killed 180 - exact period 1 * 2024-08-12 ua_officials false",
            "russia tanks destroyed 7 - exact period 1 * 2024-08-12 ua_officials false",
            "russia artillery destroyed 11 - exact period 1 * 2024-08-12 ua_officials false",
            "russia personnel captured 14 - exact period 1 * 2024-08-12 ua_officials false",
            "ukraine personnel losses 340 - at_most period|cumulative 1|- * 2024-08-12 ru_mod false",
        ),
    ),
    Article(
        "anonymous_officials",
        "2023-08-18",
        "Nearly 500,000 Ukrainian and Russian troops have been killed or wounded since the war began, according to "
        "U.S. officials, who spoke on condition of anonymity to discuss sensitive assessments.\n"
        "Russian military casualties are approaching 300,000, the officials said, a number that includes as many as "
        "120,000 deaths and 170,000 to 180,000 injured troops.\n"
        "Russia has also lost more than 2,000 tanks - more than it had in active service before the invasion.",
        (
            "russia personnel losses 300000 - approx cumulative * * 2023-08-18 us_officials false",
            "russia personnel killed 120000 - at_most cumulative * * 2023-08-18 us_officials false",
            "russia personnel wounded 170000 180000 range cumulative * * 2023-08-18 us_officials false",
            "russia tanks losses 2000 - at_least cumulative * * 2023-08-18 us_officials|- false",
        ),
    ),
    Article(
        "border_governor",
        "2025-03-02",
        "Ukrainian drones attacked the Bryansk region overnight, injuring two people and damaging a power line, "
        "Governor Alexander Bogomolov said on Sunday.\n"
        "In the neighbouring Kursk region, acting governor Alexander Khinstein wrote on Telegram that a man had been "
        "killed and three others wounded when a drone struck their car.\n"
        "The Russian defence ministry said air defence systems had intercepted and destroyed 57 Ukrainian drones "
        "over Russian regions overnight.",
        (
            "russia people|civilians wounded 2 - exact period 1|- * 2025-03-02 ru_officials false",
            # "a man had been killed and three others wounded": one in a toll counts (as "a civilian was killed and 5
            # hurt" does)
            "russia people|civilians killed 1 - exact period 1|- * 2025-03-02 ru_officials false",
            "russia people|civilians wounded 3 - exact period 1|- * 2025-03-02 ru_officials false",
            "ukraine drones destroyed 57 - exact period 1|- * 2025-03-02 ru_mod false",
        ),
    ),
    Article(
        "day_of_war_list",
        "2025-03-10",
        "Russia-Ukraine war: Key events on day 1,111\n"
        "Here is the situation on Monday, March 10, 2025.\n"
        "Fighting\n"
        "- Russian strikes on the city of Dobropillia in Donetsk killed 11 people and wounded 30, including five "
        "children, according to Ukraine's Interior Ministry.\n"
        "- Ukraine's military said Russian forces launched 176 drones overnight, of which 130 were shot down and 42 "
        "were lost to electronic countermeasures.\n"
        "- The Russian defence ministry said its forces had retaken the village of Lebedevka in Kursk and killed "
        "more than 100 Ukrainian soldiers in the past day.",
        (
            "ukraine people|civilians killed 11 - exact period * * 2025-03-10|2025-03-09 ua_officials false",
            "ukraine people|civilians wounded 30 - exact period * * 2025-03-10|2025-03-09 ua_officials false",
            "ukraine civilians wounded 5 - exact period * * 2025-03-10|2025-03-09 ua_officials false",
            "russia drones destroyed 130 - exact period 1|- * 2025-03-10 ua_general_staff|ua_officials false",
            "russia drones losses 42 - exact period 1|- * 2025-03-10 ua_general_staff|ua_officials false",
            "ukraine personnel killed 100 - at_least period 1 * 2025-03-10 ru_mod false",
        ),
    ),
    Article(
        "nightly_address",
        "2024-09-18",
        "President Volodymyr Zelensky said in his nightly video address on Wednesday that Russia had lost about "
        "17,000 soldiers killed and wounded in the Kursk region since Ukraine's forces crossed the border on "
        "August 6.\n"
        "\"Our soldiers have also taken more than 700 prisoners, who will be exchanged for our people,\" he said.\n"
        "Zelensky did not say how many Ukrainian troops had been lost in the operation.",
        (
            "russia personnel losses 17000 - approx period * 2024-08-06 2024-09-18 ua_president false",
            "russia personnel captured 700 - at_least period|cumulative * * 2024-09-18 ua_president false",
        ),
    ),
    Article(
        "court_cases",
        "2025-01-20",
        "Russian military courts heard more than 7,300 cases of soldiers going absent without leave in 2024, "
        "according to a count of court records by the independent outlet Mediazona, about twice as many as the "
        "year before.\n"
        "The outlet said at least 1,800 servicemen had been convicted of desertion since the start of the full-scale "
        "invasion.\n"
        "Courts also handed down 420 sentences for refusing to obey orders.",
        (
            "russia personnel deserted 1800 - at_least cumulative * * 2025-01-20 mediazona false",
        ),
    ),
    Article(
        "confidential_estimate",
        "2024-09-17",
        "Ukraine has suffered about 80,000 soldiers killed and 400,000 wounded since the start of the full-scale "
        "invasion, according to a confidential Ukrainian estimate reported by an American newspaper, which cited "
        "people familiar with the figures.\n"
        "Kyiv has not published an official tally since President Volodymyr Zelensky said in February that 31,000 "
        "troops had been killed.\n"
        "The same estimate put Russian deaths at around 200,000.",
        (
            "ukraine personnel killed 80000 - approx cumulative * * 2024-09-17 other|ua_officials false",
            "ukraine personnel wounded 400000 - approx|exact cumulative * * 2024-09-17 other|ua_officials false",
            "ukraine personnel killed 31000 - exact cumulative * * 2024-02-29|2024-02-01|2024-09-17 ua_president false",
            "russia personnel killed 200000 - approx cumulative * * 2024-09-17 other|ua_officials false",
        ),
    ),
)
