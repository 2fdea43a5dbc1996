"""Round 60t: structure twins. Twelve whole short articles written for these tests, each keeping the constructions of
a kind of passage the extractor meets (how the source is named, how the span and the date are said, lists, hedges,
decoys) in other words: a defence minister's account of a three-day push with the enemy's losses "since" a date, the
army's own losses conceded and the worst day's toll; a ministry's daily update broken down by sector in brackets,
answered by the General Staff's day and running totals with a hedged tail ("is also said to have lost"); a ministry's
weekly summary by battlegroup with "as many as", "exceeded" and a quoted list with a subset; a UN mission's monthly
counts with bracketed breakdowns, one dated strike and unverified reports of the first days of a month; a round-up of
civilian counts by the UN, a prosecutor's office, a deputy mayor and an outlet, with the army's last own count; a
volunteer team's count of soldiers' deaths beside a newspaper's leak, the UN's civilians and the General Staff's total;
leaked slides with ranges said "from ... to" and "up to"; a think tank's study with a projection, a share of the dead
and a foreign intelligence service's figure and rate; a General Staff day as a starred list of "heading: total (+n)"
lines with an official's weekly rate and analysts' breakdown; a General Staff bulletin in prose with a dateline and a
weekday date; a ministry's incursion totals, day and repelled attack; and a UN office's cumulative, monthly and a
prosecutor's children counts. Names, places and numbers are invented; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "minister_three_day_push_enemy_since_date_and_own_losses",
        "2026-08-12",
        "Moscow says Kyiv lost more than 4,200 troops and over 60 tanks in three-day push\n"
        "Ukrainian troops lost more than 4,200 soldiers and over 60 tanks in three days of failed assaults along "
        "several stretches of the front, Russia's defence minister, Pavel Orlov, said on Wednesday.\n"
        "Speaking at a televised meeting of the ministry's board, Orlov said Kyiv had thrown large reserves into "
        "what he called its long-announced offensive.\n"
        "According to Orlov, since August 9 the Ukrainian side has lost 4,236 servicemen, 63 tanks, 188 armoured "
        "combat vehicles, 97 trucks, three fighter jets, one helicopter, 41 howitzers and 76 drones.\n"
        "Russia's own forces had not escaped unscathed, the minister conceded. He put the army's losses while "
        "repelling the attacks at 58 killed and 174 wounded, with 11 tanks, six armoured vehicles, four trucks and "
        "seven artillery guns destroyed.\n"
        "The fiercest clashes came on Monday, when four Ukrainian brigades attacked along six sectors. On that day "
        "alone Ukrainian units lost over 1,900 men and 112 pieces of equipment, 64 of them supplied by Western "
        "countries, Orlov said. Among the 31 tanks destroyed that day were nine British-made Challengers.\n"
        "Kyiv did not comment on the figures. Orlov also accused Ukraine of shelling a reservoir dam upstream of "
        "the front.",
        (
            "ukraine personnel losses 4200 - at_least period 3|- * 2026-08-12 ru_mod false",
            "ukraine tanks losses 60 - at_least period 3|- * 2026-08-12 ru_mod false",
            "ukraine personnel losses 4236 - exact period * 2026-08-09 2026-08-12 ru_mod false",
            "ukraine tanks losses 63 - exact period * 2026-08-09 2026-08-12 ru_mod false",
            "ukraine armoured_vehicles losses 188 - exact period * 2026-08-09 2026-08-12 ru_mod false",
            "ukraine vehicles losses 97 - exact period * 2026-08-09 2026-08-12 ru_mod false",
            "ukraine aircraft losses 3 - exact period * 2026-08-09 2026-08-12 ru_mod false",
            "ukraine helicopters losses 1 - exact period * 2026-08-09 2026-08-12 ru_mod false",
            "ukraine artillery losses 41 - exact period * 2026-08-09 2026-08-12 ru_mod false",
            "ukraine drones losses 76 - exact period * 2026-08-09 2026-08-12 ru_mod false",
            "russia personnel killed 58 - exact period * * 2026-08-12 ru_mod false",
            "russia personnel wounded 174 - exact period * * 2026-08-12 ru_mod false",
            "russia tanks destroyed 11 - exact period * * 2026-08-12 ru_mod false",
            "russia armoured_vehicles destroyed 6 - exact period * * 2026-08-12 ru_mod false",
            "russia vehicles destroyed 4 - exact period * * 2026-08-12 ru_mod false",
            "russia artillery destroyed 7 - exact period * * 2026-08-12 ru_mod false",
            "ukraine personnel losses 1900 - at_least period 1 * 2026-08-10 ru_mod false",
            "ukraine equipment|vehicles losses 112 - exact period 1 * 2026-08-10 ru_mod false",
            "ukraine equipment|vehicles losses 64 - exact period 1 * 2026-08-10 ru_mod false",
            "ukraine tanks destroyed 31 - exact period 1 * 2026-08-10 ru_mod false",
            "ukraine tanks destroyed 9 - exact period 1 * 2026-08-10 ru_mod false",
        ),
    ),
    Article(
        "ministry_day_by_sector_answered_by_general_staff_totals",
        "2026-09-13",
        "Russia's Defence Ministry said on Sunday that Ukraine had lost roughly 1,250 servicemen over the previous "
        "day, in a daily update that broke the figure down by sector.\n"
        "The heaviest losses, some 430 troops, were reportedly inflicted in the zone of the Vostok group, the "
        "update said. Further losses were listed for the Zapad (260 killed), Yug (230 killed), Sever (190 killed), "
        "Tsentr (110 killed) and Dnepr (more than 30 killed) groups. The ministry also mentioned a number of tanks "
        "and field guns hit along the front, without giving figures.\n"
        "Kyiv disputed the account. Ukraine's General Staff said Russia had lost about 1,040 troops in the same 24 "
        "hours. By its count, Russia's dead and wounded since the start of the full-scale invasion now total "
        "roughly 1,195,300. The General Staff also put Russian losses at 11,742 tanks, 24,390 armoured combat "
        "vehicles, 34,880 artillery systems and more than 61,000 drones. Russia is also said to have lost 1,560 "
        "multiple rocket launchers, 1,298 air defence systems, 431 warplanes and 347 helicopters, along with 28 "
        "warships and boats and two submarines, according to the tally.\n"
        "Negotiators from both countries are due to meet again in Geneva next week, while the front line has "
        "barely moved in months.",
        (
            "ukraine personnel losses 1250 - approx period 1 * 2026-09-13|2026-09-12 ru_mod false",
            "ukraine personnel losses 430 - approx period 1 * 2026-09-13 ru_mod true",
            "ukraine personnel killed 260 - exact period 1 * 2026-09-13 ru_mod false",
            "ukraine personnel killed 230 - exact period 1 * 2026-09-13 ru_mod false",
            "ukraine personnel killed 190 - exact period 1 * 2026-09-13 ru_mod false",
            "ukraine personnel killed 110 - exact period 1 * 2026-09-13 ru_mod false",
            "ukraine personnel killed 30 - at_least period 1 * 2026-09-13 ru_mod false",
            "russia personnel losses 1040 - approx period 1 * 2026-09-13 ua_general_staff false",
            "russia personnel losses 1195300 - approx cumulative * * 2026-09-13 ua_general_staff false",
            "russia tanks losses 11742 - exact cumulative * * 2026-09-13 ua_general_staff false",
            "russia armoured_vehicles losses 24390 - exact cumulative * * 2026-09-13 ua_general_staff false",
            "russia artillery losses 34880 - exact cumulative * * 2026-09-13 ua_general_staff false",
            "russia drones losses 61000 - at_least cumulative * * 2026-09-13 ua_general_staff false",
            "russia mlrs losses 1560 - exact cumulative * * 2026-09-13 ua_general_staff|ua_officials true",
            "russia air_defence losses 1298 - exact cumulative * * 2026-09-13 ua_general_staff|ua_officials true",
            "russia aircraft losses 431 - exact cumulative * * 2026-09-13 ua_general_staff|ua_officials true",
            "russia helicopters losses 347 - exact cumulative * * 2026-09-13 ua_general_staff|ua_officials true",
            "russia ships losses 28 - exact cumulative * * 2026-09-13 ua_general_staff|ua_officials true",
            "russia submarines losses 2 - exact cumulative * * 2026-09-13 ua_general_staff|ua_officials true",
        ),
    ),
    Article(
        "ministry_weekly_summary_by_battlegroup",
        "2026-10-09",
        "Kyiv lost almost 2,500 troops fighting Russia's Vostok group over the past week, Moscow says\n"
        "MOSCOW, October 9 (Agency) - Ukrainian units facing Russia's Vostok group of forces lost as many as 2,460 "
        "servicemen over the previous seven days, on top of more than 4,000 others killed by the other groups in the "
        "same week, the Russian Defence Ministry said.\n"
        "In its weekly summary, the ministry said: \"Over the week the Ukrainian formations lost up to 2,460 "
        "troops, 17 armoured fighting vehicles, among them a German-made Marder infantry fighting vehicle, and "
        "three self-propelled howitzers.\"\n"
        "The Sever group killed over 1,270 Ukrainian soldiers during the week, the ministry added, with the Zapad "
        "group claiming more than 1,040 and the Dnepr group more than 690. Kyiv's losses in clashes with the "
        "Tsentr group exceeded 1,330 troops, it said.\n"
        "Ukraine's General Staff did not comment on the Russian figures, which could not be independently "
        "verified.",
        (
            "ukraine personnel losses 2500 - approx period 7 * 2026-10-09 ru_mod|ru_officials|- false",
            "ukraine personnel killed|losses 4000 - at_least period 7 * 2026-10-09 ru_mod false",
            "ukraine personnel losses 2460 - at_most period 7 * 2026-10-09 ru_mod false",
            "ukraine armoured_vehicles losses 17 - exact|at_most period 7 * 2026-10-09 ru_mod false",
            "ukraine armoured_vehicles losses 1 - exact period 7 * 2026-10-09 ru_mod false",
            "ukraine artillery losses 3 - exact|at_most period 7 * 2026-10-09 ru_mod false",
            "ukraine personnel killed|losses 1270 - at_least period 7 * 2026-10-09 ru_mod false",
            "ukraine personnel killed|losses 1040 - at_least period 7 * 2026-10-09 ru_mod false",
            "ukraine personnel killed|losses 690 - at_least period 7 * 2026-10-09 ru_mod false",
            "ukraine personnel losses 1330 - at_least period 7 * 2026-10-09 ru_mod false",
        ),
    ),
    Article(
        "un_mission_monthly_counts_in_brackets_and_unverified_days",
        "2026-08-05",
        "UN monitors report rising civilian toll as summer attacks intensify\n"
        "Civilian casualties recorded by the mission in July reached 1,512 (248 killed and 1,264 injured), the "
        "highest monthly total this year, after 1,134 in June (201 killed, 933 injured).\n"
        "Casualties were recorded in 19 regions, including cities far from the front line, and 95 per cent of them "
        "occurred in areas under government control.\n"
        "\"Civilians are paying an unbearable price for these attacks,\" said Maria Lund, who heads the UN Human "
        "Rights Monitoring Mission in Ukraine.\n"
        "Glide bombs accounted for about a third of July's casualties, while short-range drones remained the main "
        "cause near the front.\n"
        "According to the report, a strike on a bus station in Kherson on 14 July killed five people and wounded "
        "17 others, some of them bus drivers.\n"
        "Attacks have escalated further in August, the mission said. Ukrainian authorities say more than 1,800 "
        "drones and missiles have been launched since 1 August.\n"
        "The mission is still verifying reports that the attacks killed at least 23 civilians and injured 240 more "
        "across the country in the first four days of the month. If the figures are confirmed, August could exceed "
        "July's toll.",
        (
            "ukraine civilians losses 1512 - exact period 31 2026-07-01 2026-07-31 un false",
            "ukraine civilians killed 248 - exact period 31 2026-07-01 2026-07-31 un false",
            "ukraine civilians wounded 1264 - exact period 31 2026-07-01 2026-07-31 un false",
            "ukraine civilians losses 1134 - exact period 30 2026-06-01 2026-06-30 un false",
            "ukraine civilians killed 201 - exact period 30 2026-06-01 2026-06-30 un false",
            "ukraine civilians wounded 933 - exact period 30 2026-06-01 2026-06-30 un false",
            "ukraine civilians|people killed 5 - exact period 1|- * 2026-07-14 un false",
            "ukraine civilians|people wounded 17 - exact period 1|- * 2026-07-14 un false",
            "ukraine civilians killed 23 - at_least period 4 2026-08-01 2026-08-04|2026-08-05 un|- true",
            "ukraine civilians wounded 240 - at_least|exact period 4 2026-08-01 2026-08-04|2026-08-05 un|- true",
        ),
    ),
    Article(
        "round_up_of_civilian_counts_by_several_sources",
        "2026-03-20",
        "The UN's monitoring mission said in mid-February it had verified the deaths of 14,960 civilians in "
        "Ukraine, with another 38,270 wounded, since the full-scale invasion, while warning that the true toll was "
        "probably much greater.\n"
        "Civilian casualties rose sharply over the winter compared with the autumn, the mission said.\n"
        "Of those killed, about 11,400 died in areas held by Kyiv and over 3,100 in territory under Russian "
        "occupation.\n"
        "Figures given by a spokeswoman for Ukraine's prosecutor general's office on February 27 are higher: "
        "almost 16,000 civilians dead, 9,000 missing and 41,000 wounded in government-held areas.\n"
        "Officials in Kyiv say the toll of the long siege of the eastern town of Marinsk has never been fully "
        "counted. A deputy mayor of the town said in an interview in June 2024 that no fewer than 4,000 residents "
        "had been buried in makeshift graves.\n"
        "On the Russian side of the border, the independent outlet Okno has counted at least 310 civilians killed.\n"
        "- Soldiers' deaths a state secret -\n"
        "Neither army publishes regular figures for its own dead. In its last official count, published in March "
        "2022, Russia's defence ministry said 1,420 of its soldiers had died.",
        (
            "ukraine civilians killed 14960 - exact cumulative * * 2026-02-15|2026-02-01|2026-02-28 un false",
            "ukraine civilians wounded 38270 - exact cumulative * * 2026-02-15|2026-02-01|2026-02-28 un false",
            "ukraine civilians killed 11400 - approx cumulative * * 2026-02-15|2026-02-01|2026-02-28 un false",
            "ukraine civilians killed 3100 - at_least cumulative * * 2026-02-15|2026-02-01|2026-02-28 un false",
            "ukraine civilians killed 16000 - approx cumulative * * 2026-02-27 ua_officials false",
            "ukraine civilians missing 9000 - exact|approx cumulative * * 2026-02-27 ua_officials false",
            "ukraine civilians wounded 41000 - exact|approx cumulative * * 2026-02-27 ua_officials false",
            "ukraine civilians|people killed 4000 - at_least cumulative|period * * 2024-06-01|2024-06-15|2024-06-30 "
            "ua_officials false",
            "russia civilians killed 310 - at_least cumulative * * 2026-03-20 other false",
            "russia personnel killed 1420 - exact cumulative * * 2022-03-01|2022-03-15|2022-03-31 ru_mod false",
        ),
    ),
    Article(
        "volunteer_team_count_of_soldiers_deaths_with_other_sources",
        "2026-12-03",
        "A team of volunteer genealogists has produced what it says is the most complete count so far of "
        "Ukrainian soldiers killed since the full-scale invasion, the Kyiv weekly Tochka reported.\n"
        "By the team's reckoning, roughly 61,800 servicemen have died in combat or from other causes, a figure that "
        "leaves out some 42,000 listed as missing in action.\n"
        "The real number of dead is above 80,000, the researchers estimate.\n"
        "Applying the usual ratio of three wounded for every death, they also suggest that around 240,000 soldiers "
        "have been wounded.\n"
        "Ukraine's government does not publish its own military losses, arguing that doing so would help the "
        "enemy.\n"
        "In July, the Washington Post, quoting unnamed American officials, reported that 110,000 Ukrainian troops "
        "had died, and that the combined losses of both armies were approaching 1.2 million.\n"
        "The UN monitoring mission in Ukraine counted 14,120 civilians killed and 36,450 injured as of Oct. 31.\n"
        "Kyiv does publish daily estimates of Russian losses. The total given by the General Staff now stands at "
        "1,421,560. Russia lost 31,470 troops in November alone, the defence ministry said this week.",
        (
            "ukraine personnel killed 61800 - approx cumulative * * 2026-12-03 other false",
            "ukraine personnel missing 42000 - approx cumulative * * 2026-12-03 other|- false",
            "ukraine personnel killed 80000 - at_least cumulative * * 2026-12-03 other false",
            "ukraine personnel wounded 240000 - approx cumulative * * 2026-12-03 other true|false",
            "ukraine personnel killed 110000 - exact cumulative * * 2026-07-01|2026-07-15|2026-07-31 us_officials "
            "false",
            "ukraine civilians killed 14120 - exact cumulative * * 2026-10-31 un false",
            "ukraine civilians wounded 36450 - exact cumulative * * 2026-10-31 un false",
            "russia personnel losses 1421560 - exact cumulative * * 2026-12-03 ua_general_staff false",
            "russia personnel losses 31470 - exact period 30 2026-11-01 2026-11-30 ua_mod false",
        ),
    ),
    Article(
        "leaked_slides_ranges_from_to_and_up_to",
        "2026-05-14",
        "Leaked Pentagon slides put Russia's dead at up to 58,000\n"
        "A set of classified US defence slides posted on a gaming forum gives detailed estimates of both armies' "
        "losses.\n"
        "  \u2022 Russia may have lost as many as 58,000 soldiers killed, and Ukraine up to 24,000, the slides "
        "estimate.\n"
        "  \u2022 The Justice Department has opened an inquiry into the leak.\n"
        "US officials said the material appeared genuine but warned that some pages may have been altered before "
        "they were posted.\n"
        "According to one slide, Russian casualties range from 241,000 to 276,000, with 51,000 to 58,000 killed in "
        "action and 190,000 to 218,000 wounded.\n"
        "Ukraine's casualties are put at 148,000 to 162,000, of whom 21,000 to 24,000 were killed and 127,000 to "
        "138,000 wounded.\n"
        "The outlet could not independently verify the documents, which appear to date from late March. Both "
        "estimates put Russia's dead at more than double Ukraine's.",
        (
            "russia personnel killed 58000 - at_most cumulative * * 2026-05-14|2026-03-31 us_officials true|false",
            "ukraine personnel killed 24000 - at_most|exact cumulative * * 2026-05-14|2026-03-31 us_officials "
            "true",
            "russia personnel losses 241000 276000 range cumulative * * 2026-05-14|2026-03-31 us_officials "
            "true|false",
            "russia personnel killed 51000 58000 range cumulative * * 2026-05-14|2026-03-31 us_officials true|false",
            "russia personnel wounded 190000 218000 range cumulative * * 2026-05-14|2026-03-31 us_officials "
            "true|false",
            "ukraine personnel losses 148000 162000 range cumulative * * 2026-05-14|2026-03-31 us_officials "
            "true|false",
            "ukraine personnel killed 21000 24000 range cumulative * * 2026-05-14|2026-03-31 us_officials true|false",
            "ukraine personnel wounded 127000 138000 range cumulative * * 2026-05-14|2026-03-31 us_officials "
            "true|false",
        ),
    ),
    Article(
        "think_tank_study_projection_share_and_foreign_service",
        "2026-10-21",
        "Russia's war dead and wounded could pass 1.5 million by the end of the year, the Royal United Services "
        "Institute (RUSI) said in a study released on Monday.\n"
        "The London-based think tank estimates that about 1.32 million Russian soldiers have been killed or wounded "
        "since February 2022. Up to 340,000 of them are likely to have died, the study says.\n"
        "Ukraine has also paid a heavy price. By the institute's estimate, roughly 520,000 Ukrainian troops have "
        "been killed or wounded, of whom between 90,000 and 140,000 have died. Neither government publishes full "
        "figures.\n"
        "In September, Germany's foreign intelligence service said Russian casualties had passed 1.25 million. "
        "German officials have put Russia's losses at roughly 1,100 troops per day.\n"
        "The study argues that Moscow's gains do not justify the cost. Near the city of Kostivka, Russian troops "
        "have advanced an average of only 70 metres a day, it found.",
        (
            "russia personnel losses 1500000 - exact|at_least projection * * * other|- true|false",
            "russia personnel losses 1320000 - approx cumulative * * 2026-10-21|2026-10-19 other false",
            "russia personnel killed 340000 - at_most cumulative * * 2026-10-21|2026-10-19 other true",
            "ukraine personnel losses 520000 - approx cumulative * * 2026-10-21|2026-10-19 other false",
            "ukraine personnel killed 90000 140000 range cumulative * * 2026-10-21|2026-10-19 other false",
            "russia personnel losses 1250000 - at_least cumulative * * 2026-09-01|2026-09-15|2026-09-30 other false",
            "russia personnel losses 1100 - approx rate 1 * 2026-10-21 other false",
        ),
    ),
    Article(
        "general_staff_day_as_starred_heading_lines",
        "2026-04-17",
        "Russia's losses since February 2022 have reached 1,268,450 troops, Ukraine's military said on Friday.\n"
        "How the General Staff counts the day\n"
        "Over the past 24 hours Ukrainian forces neutralised 1,170 Russian servicemen, the General Staff "
        "reported, and listed the following equipment losses:\n"
        "* tanks: 11,315 (+4);\n"
        "* armoured combat vehicles: 23,540 (+11);\n"
        "* artillery systems: 33,802 (+57);\n"
        "* MLRS: 1,471;\n"
        "* air defence systems: 1,216 (+1);\n"
        "* aircraft: 428;\n"
        "* helicopters: 340;\n"
        "* drones: 63,905 (+212);\n"
        "* cruise missiles: 3,688;\n"
        "* warships/boats: 28;\n"
        "* submarines: 2;\n"
        "* vehicles and fuel tanks: 62,117 (+98);\n"
        "* special equipment: 3,941 (+5).\n"
        "What the Kremlin admits\n"
        "A Kremlin aide, Igor Sokolin, told a state television talk show that the army was losing some 9,000 men a "
        "week, a pace he called sustainable given the number of new recruits.\n"
        "Analysts at the Institute for the Study of War said the figure implied about 2,250 soldiers killed every "
        "week, or roughly 6,750 wounded, assuming three wounded for each death.",
        (
            "russia personnel losses 1268450 - exact cumulative * * 2026-04-17 ua_general_staff|- false",
            "russia personnel killed|losses 1170 - exact period 1 * 2026-04-17 ua_general_staff false",
            "russia tanks destroyed|losses 11315 - exact cumulative * * 2026-04-17 ua_general_staff false",
            "russia tanks destroyed|losses 4 - exact period 1 * 2026-04-17 ua_general_staff false",
            "russia armoured_vehicles destroyed|losses 23540 - exact cumulative * * 2026-04-17 ua_general_staff false",
            "russia armoured_vehicles destroyed|losses 11 - exact period 1 * 2026-04-17 ua_general_staff false",
            "russia artillery destroyed|losses 33802 - exact cumulative * * 2026-04-17 ua_general_staff false",
            "russia artillery destroyed|losses 57 - exact period 1 * 2026-04-17 ua_general_staff false",
            "russia mlrs destroyed|losses 1471 - exact cumulative * * 2026-04-17 ua_general_staff false",
            "russia air_defence destroyed|losses 1216 - exact cumulative * * 2026-04-17 ua_general_staff false",
            "russia air_defence destroyed|losses 1 - exact period 1 * 2026-04-17 ua_general_staff false",
            "russia aircraft destroyed|losses 428 - exact cumulative * * 2026-04-17 ua_general_staff false",
            "russia helicopters destroyed|losses 340 - exact cumulative * * 2026-04-17 ua_general_staff false",
            "russia drones destroyed|losses 63905 - exact cumulative * * 2026-04-17 ua_general_staff false",
            "russia drones destroyed|losses 212 - exact period 1 * 2026-04-17 ua_general_staff false",
            "russia missiles destroyed|losses 3688 - exact cumulative * * 2026-04-17 ua_general_staff false",
            "russia ships destroyed|losses 28 - exact cumulative * * 2026-04-17 ua_general_staff false",
            "russia submarines destroyed|losses 2 - exact cumulative * * 2026-04-17 ua_general_staff false",
            "russia vehicles destroyed|losses 62117 - exact cumulative * * 2026-04-17 ua_general_staff false",
            "russia vehicles destroyed|losses 98 - exact period 1 * 2026-04-17 ua_general_staff false",
            "russia special_equipment destroyed|losses 3941 - exact cumulative * * 2026-04-17 ua_general_staff false",
            "russia special_equipment destroyed|losses 5 - exact period 1 * 2026-04-17 ua_general_staff false",
            "russia personnel losses 9000 - approx rate 7 * 2026-04-17 ru_officials false",
            "russia personnel killed 2250 - approx rate 7 * 2026-04-17 isw|ru_officials false",
            "russia personnel wounded 6750 - approx rate 7 * 2026-04-17 isw|ru_officials false",
        ),
    ),
    Article(
        "general_staff_bulletin_in_prose_with_weekday_date",
        "2022-05-12",
        "09:15 12.05.2022\n"
        "Russia's army has lost 26,650 soldiers and 1,190 tanks since the invasion - General Staff\n"
        "According to a Telegram post by the General Staff of Ukraine's Armed Forces, Russia's combat losses from "
        "February 24 up to the morning of Thursday, May 12, stand at roughly 26,650 troops.\n"
        "Over the same period, the invaders have also lost 1,190 tanks, 2,875 armoured combat vehicles, 535 "
        "artillery systems, 190 rocket launcher systems, 88 air defence systems, 199 warplanes and 163 "
        "helicopters.\n"
        "Russian losses further include 2,005 vehicles, 13 warships and boats, 94 operational-tactical drones and "
        "41 units of special equipment.\n"
        "Over the last day alone, roughly 300 Russian troops were killed, while 5 tanks, 18 armoured combat "
        "vehicles, 9 artillery systems, 2 helicopters, 4 drones and 25 vehicles were destroyed, the statement "
        "said.\n"
        "The data are still being updated, the General Staff noted, as heavy fighting makes counting difficult.",
        (
            "russia personnel losses 26650 - approx cumulative * 2022-02-24|- 2022-05-12 ua_general_staff false",
            "russia tanks losses 1190 - exact cumulative * * 2022-05-12 ua_general_staff false",
            "russia armoured_vehicles losses 2875 - exact cumulative * * 2022-05-12 ua_general_staff false",
            "russia artillery losses 535 - exact cumulative * * 2022-05-12 ua_general_staff false",
            "russia mlrs losses 190 - exact cumulative * * 2022-05-12 ua_general_staff false",
            "russia air_defence losses 88 - exact cumulative * * 2022-05-12 ua_general_staff false",
            "russia aircraft losses 199 - exact cumulative * * 2022-05-12 ua_general_staff false",
            "russia helicopters losses 163 - exact cumulative * * 2022-05-12 ua_general_staff false",
            "russia vehicles losses 2005 - exact cumulative * * 2022-05-12 ua_general_staff false",
            "russia ships losses 13 - exact cumulative * * 2022-05-12 ua_general_staff false",
            "russia drones losses 94 - exact cumulative * * 2022-05-12 ua_general_staff false",
            "russia special_equipment losses 41 - exact cumulative * * 2022-05-12 ua_general_staff false",
            "russia personnel killed 300 - approx period 1 * 2022-05-12 ua_general_staff false",
            "russia tanks destroyed 5 - exact period 1 * 2022-05-12 ua_general_staff false",
            "russia armoured_vehicles destroyed 18 - exact period 1 * 2022-05-12 ua_general_staff false",
            "russia artillery destroyed 9 - exact period 1 * 2022-05-12 ua_general_staff false",
            "russia helicopters destroyed 2 - exact period 1 * 2022-05-12 ua_general_staff false",
            "russia drones destroyed 4 - exact period 1 * 2022-05-12 ua_general_staff false",
            "russia vehicles destroyed 25 - exact period 1 * 2022-05-12 ua_general_staff false",
        ),
    ),
    Article(
        "ministry_incursion_totals_day_and_repelled_attack",
        "2026-07-08",
        "Moscow says Ukrainian forces lost over 5,600 troops in Belgorod incursion\n"
        "16:20 GMT 08.07.2026\n"
        "MOSCOW (Agency) - Since their incursion into the Belgorod region began, Ukrainian units have lost over "
        "5,600 troops, Russia's defence ministry said on Wednesday.\n"
        "\"Altogether, in the battles in the Belgorod border area the enemy has suffered losses of more than 5,600 "
        "military personnel, 71 tanks, 39 infantry fighting vehicles and 64 armoured personnel carriers,\" the "
        "ministry's statement read.\n"
        "Within the last 24 hours, Ukrainian troops lost as many as 410 servicemen and 19 armoured vehicles, two "
        "of them tanks, in the region, it said.\n"
        "Ukrainian assault groups tried to break through in six directions but were repelled by the Zapad group, "
        "the ministry said, with Kyiv losing over 90 troops and four tanks in the process.\n"
        "Russian aviation also struck three Ukrainian brigades near seven villages, the statement added.",
        (
            "ukraine personnel losses 5600 - at_least period * * 2026-07-08 ru_mod false",
            "ukraine tanks losses 71 - exact|at_least period * * 2026-07-08 ru_mod false",
            "ukraine armoured_vehicles losses 39 - exact|at_least period * * 2026-07-08 ru_mod false",
            "ukraine armoured_vehicles losses 64 - exact|at_least period * * 2026-07-08 ru_mod false",
            "ukraine personnel losses 410 - at_most period 1 * 2026-07-08 ru_mod false",
            "ukraine armoured_vehicles losses 19 - exact|at_most period 1 * 2026-07-08 ru_mod false",
            "ukraine tanks losses 2 - exact period 1 * 2026-07-08 ru_mod false",
            "ukraine personnel|people losses 90 - at_least period 1|- * 2026-07-08 ru_mod false",
            "ukraine tanks losses 4 - exact|at_least period 1|- * 2026-07-08 ru_mod false",
        ),
    ),
    Article(
        "un_office_cumulative_monthly_and_prosecutors_children",
        "2026-11-12",
        "Between 24 February 2022, when Russia's full-scale invasion began, and 31 October 2026, the UN human "
        "rights office (OHCHR) documented 54,310 civilian casualties in Ukraine, of them 15,230 killed and 39,080 "
        "injured.\n"
        "\"Throughout October, we verified 1,402 civilian casualties: 236 killed and 1,166 injured,\" the office "
        "said in its monthly update, adding that the real numbers are likely considerably higher.\n"
        "Most casualties were caused by explosive weapons with wide-area effects, it said, and 91 per cent "
        "occurred in territory controlled by the government.\n"
        "Ukraine's juvenile prosecutors say Russian attacks have so far killed 712 children and wounded 2,190 "
        "others. The office's monitors still have no access to areas under Russian occupation.",
        (
            "ukraine civilians losses 54310 - exact cumulative * 2022-02-24|- 2026-10-31 un false",
            "ukraine civilians killed 15230 - exact cumulative * 2022-02-24|- 2026-10-31 un false",
            "ukraine civilians wounded 39080 - exact cumulative * 2022-02-24|- 2026-10-31 un false",
            "ukraine civilians losses 1402 - exact period 31 2026-10-01 2026-10-31 un false",
            "ukraine civilians killed 236 - exact period 31 2026-10-01 2026-10-31 un false",
            "ukraine civilians wounded 1166 - exact period 31 2026-10-01 2026-10-31 un false",
            "ukraine civilians killed 712 - exact cumulative * * 2026-11-12 ua_officials false",
            "ukraine civilians wounded 2190 - exact cumulative * * 2026-11-12 ua_officials false",
        ),
    ),
)
