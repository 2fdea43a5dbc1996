"""Round 61t: structure twins. Ten whole short articles written for these tests, each keeping the constructions of
a kind of passage the extractor meets (how the source is named, how the span and the date are said, lists, hedges,
decoys) in other words: a live blog's entry with an unattributed range beside each side's figure and a quoted
officer's count of dead commanders; a defence minister's interview with a battle's daily rate, a disaster's toll as a
decoy and the General Staff's total and one day's dead; a strike's toll told through a source line, a quote, details
and earlier partial counts by several agencies, with rescued people as decoys; a week's General Staff figure with the
running total, the day's part, a milestone passed on a date and a caption's rounded restatement; a brigade's day of
destroyed armour with a headline's other category, a hedge and an earlier count "before" a holiday by a former
official; a navy spokesman's interview with a bare official count, named ships and the fleet left as decoys; a
feature with the authorities' confirmed dead, the president's missing and an earlier attack's toll for comparison;
strikes on both sides of the border with identified victims, hospitalised parts and children; a foreign minister's
estimate beside a president's, a defence intelligence's and a news service's counts; and a defence minister's total
with its breakdown after a colon, beside the army's strength and a draft as decoys. Names, places and numbers are
invented; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "live_blog_unattributed_range_each_sides_figure_and_officers_count",
        "2026-03-14",
        "Live: Kremlin 'not looking for a ceasefire' after call with Berlin and Rome; armoured columns edge towards "
        "Zaporizhzhia\n"
        "Moscow calls foreign arms convoys fair game; Kyiv says shelling keeps closing evacuation routes.\n"
        "\n"
        "Senior officers 'pushed to the front line'\n"
        "A fourth Russian colonel has died in the fighting, according to Ukrainian officials.\n"
        "\n"
        "Some 25 Russian colonels are believed to be serving with units in the south.\n"
        "\n"
        "A Western diplomat told AFP the deaths hinted that Russian units \"cannot move without orders from the "
        "very top\".\n"
        "\n"
        "Russia's losses are believed to run from 7,000 to 9,000 troops. Kyiv puts the figure above 14,000, "
        "whereas Moscow has acknowledged only 620 dead.\n"
        "\n"
        "Retired Lieutenant General Mark Holloway told Times Radio: \"Colonels are normally kept well back from "
        "the fighting.\n"
        "\n"
        "\"Once you have lost four colonels and still insist that only around 620 of your men have died, the "
        "arithmetic does not work, and it tells you the campaign is going badly.\"\n"
        "\n"
        "Fewer refugees reach Moldova\n"
        "Border officials in Moldova said arrivals had fallen for a third day running.",
        (
            "russia personnel killed|losses 4 - exact cumulative * * 2026-03-14 other|ua_officials false|true",
            "russia personnel losses 7000 9000 range cumulative * * 2026-03-14 -|western_officials false",
            "russia personnel losses 14000 - at_least cumulative * * 2026-03-14 ua_officials|ua_general_staff false",
            "russia personnel killed|losses 620 - exact|approx cumulative * * 2026-03-14 ru_mod|ru_officials false",
        ),
    ),
    Article(
        "minister_interview_battle_daily_rate_disaster_decoy_and_general_staff_day",
        "2026-06-22",
        "Umerenko gives a rare hint at Ukraine's own losses\n"
        "\n"
        "June 22, 2026\n"
        "\n"
        "Ukraine's military has lost fewer people in the war than last year's floods in Pakistan killed, Defence "
        "Minister Taras Umerenko told the Italian daily Corriere in an interview that appeared on Sunday, June 21.\n"
        "\"Every war costs lives, and we are no exception. I will not name a figure, but our losses are far below "
        "those of the enemy,\" the minister was quoted as saying.\n"
        "He said Kyiv's priority was keeping its soldiers alive, while Moscow treated its troops as expendable.\n"
        "\"They simply throw people forward. Around Kostiantynivka alone, the Russians are losing 640 men, dead "
        "and wounded, each day. That is a full battalion every twenty-four hours,\" Umerenko said.\n"
        "Official figures put the death toll of the floods at more than 1,700, with over 12,000 people injured.\n"
        "In the spring, the president's office estimated that Moscow's losses were eight times higher than "
        "Kyiv's.\n"
        "Russia has lost in excess of 1,012,000 troops since the full-scale invasion began, Ukraine's General "
        "Staff says. Its figures show that no fewer than 1,180 Russian soldiers were killed on June 18 alone.",
        (
            "russia personnel losses 640 - exact rate 1 * 2026-06-21|2026-06-22 ua_mod|ua_officials false",
            "russia personnel losses 1012000 - at_least cumulative * * 2026-06-22 ua_general_staff false",
            "russia personnel killed 1180 - at_least period 1 * 2026-06-18 ua_general_staff false",
        ),
    ),
    Article(
        "strike_toll_source_line_quote_details_and_agencies_earlier_counts",
        "2026-09-10",
        "By 20:30 the death toll from Russia's drone strike on a five-storey block of flats in Pervomaisk had "
        "climbed to 17.\n"
        "\n"
        "Source: National Police of Ukraine on Telegram; Vitalii Kim, Head of Mykolaiv Oblast Military "
        "Administration, on Telegram; State Emergency Service on Facebook\n"
        "\n"
        "Quote: \"Seventeen people lost their lives when a Russian drone hit a residential building in Pervomaisk. "
        "Three of them were children.\"\n"
        "\n"
        "Details: The police added that 26 people had been wounded, seven of whom remain in hospital.\n"
        "\n"
        "The State Emergency Service had said earlier that a 12-year-old girl was among the dead.\n"
        "\n"
        "Later, Vitalii Kim said that two teenagers were among those who died.\n"
        "\n"
        "Photo: State Emergency Service of Ukraine\n"
        "\n"
        "Rescuers also reported 26 people hurt, 13 of whom were taken to hospital, and said they had pulled 21 "
        "people, among them four children, from the debris.\n"
        "\n"
        "More than 120 rescuers and 30 vehicles took part in the search.",
        (
            "ukraine civilians|people killed 17 - exact period * * 2026-09-10 ua_officials false",
            "ukraine civilians killed 3 - exact period * * 2026-09-10 ua_officials false",
            "ukraine civilians|people wounded 26 - exact period * * 2026-09-10 ua_officials false",
            "ukraine civilians|people wounded 7 - exact period * * 2026-09-10 ua_officials false",
            "ukraine civilians killed 1 - exact period * * 2026-09-10 ua_officials false",
            "ukraine civilians killed 2 - exact period * * 2026-09-10 ua_officials false",
            "ukraine civilians|people wounded 13 - exact period * * 2026-09-10 ua_officials false",
        ),
    ),
    Article(
        "week_figure_running_total_days_part_milestone_and_caption",
        "2025-10-20",
        "Moscow's forces lost 7,460 soldiers over the last seven days, Ukraine's General Staff said in its update "
        "on Monday, as Kyiv claimed gains near Kupiansk over the weekend.\n"
        "\n"
        "By the General Staff's count, Russia's troop losses since it launched the full-scale invasion in "
        "February 2022 now stand at 1,121,940. Of those, 1,050 were lost in the most recent 24 hours. The total "
        "went past 1,115,000 on October 13, when the tally reached 1,115,310.\n"
        "\n"
        "The figures could not be independently confirmed, and Western estimates are generally lower than Kyiv's. "
        "Moscow seldom discusses its own casualties, and analysts say the numbers it does give understate them.\n"
        "\n"
        "A Ukrainian soldier fires a mortar near Kupiansk on September 30, 2025. Russia lost over 7,000 troops in "
        "the last week, according to Kyiv. Oleh Petrenko/Reuters\n"
        "\n"
        "In its Sunday update, the Institute for the Study of War said footage suggested Ukrainian units had "
        "entered two villages north of the town, but it could not confirm that Russian forces had pulled out.",
        (
            "russia personnel losses 7460 - exact period 7 * 2025-10-20 ua_general_staff false",
            "russia personnel losses 1121940 - exact cumulative * 2022-02-24|- 2025-10-20 ua_general_staff false",
            "russia personnel losses 1050 - exact period 1 * 2025-10-20 ua_general_staff false",
            "russia personnel losses 1115000 - at_least cumulative * * 2025-10-13 ua_general_staff false",
            "russia personnel losses 1115310 - exact cumulative * * 2025-10-13 ua_general_staff false",
            "russia personnel losses 7000 - at_least period 7 * 2025-10-20 ua_general_staff|ua_officials false",
        ),
    ),
    Article(
        "brigade_day_of_armour_headline_category_and_count_before_a_holiday",
        "2026-04-24",
        "Ukrainian brigade wipes out 14 Russian tanks in one day\n"
        "\n"
        "Footage shows Russian armour being hit.\n"
        "Image: © Ministry of Defence of Ukraine, X\n"
        "\n"
        "10:15 AM EDT, April 24, 2026\n"
        "\n"
        "Russian assaults continue along much of the front, and Ukrainian units keep beating them back. Kyiv's "
        "army has released footage of strikes on Russian armour that are said to have knocked out a sizeable share "
        "of an attacking force within a single day.\n"
        "Officials in Kyiv still call the situation difficult and press allies for faster deliveries.\n"
        "\n"
        "A clip posted by the Ministry of Defence on X comes from the 47th Separate Mechanised Brigade. The "
        "brigade destroyed 29 tanks and 17 infantry fighting vehicles in the weeks before Easter, according to "
        "Oleksandr Hrytsenko, a former adviser to the interior minister.\n"
        "\n"
        "Another success for the brigade\n"
        "\n"
        "In a single day, the 47th Brigade reportedly knocked out 14 Russian armoured vehicles, among them nine "
        "tanks and five infantry fighting vehicles, Ukraine's Ministry of Defence says. Drone video of the strikes "
        "has been posted on X.",
        (
            "russia armoured_vehicles|equipment|tanks destroyed|damaged|losses 14 - exact period 1 * 2026-04-24 "
            "ua_mod|other true|false",
            "russia tanks destroyed|damaged|losses 9 - exact period 1 * 2026-04-24 ua_mod|other true",
            "russia armoured_vehicles destroyed|damaged|losses 5 - exact period 1 * 2026-04-24 ua_mod|other true",
            "russia tanks destroyed 29 - exact period * * 2026-04-24|2026-04-12|2026-04-11|2026-04-05|2026-04-04 "
            "other|ua_officials false",
            "russia armoured_vehicles destroyed 17 - exact period * * "
            "2026-04-24|2026-04-12|2026-04-11|2026-04-05|2026-04-04 other|ua_officials false",
        ),
    ),
    Article(
        "navy_spokesman_bare_official_count_named_ships_and_fleet_left",
        "2026-07-29",
        "A quarter of Russia's Black Sea warships out of action, Ukrainian navy says\n"
        "Oleh Marchenko, a spokesman for Ukraine's Navy, told the Kyiv outlet Hromada in an interview that roughly "
        "one in four vessels of the Black Sea Fleet had been put out of service, sunk or damaged. Some were hit "
        "again soon after they came back from repairs.\n"
        "\"On the record, it is 31. But plenty of the ships still sailing have been damaged as well. Take the "
        "corvettes Vyshny Volochek and Grayvoron,\" he said.\n"
        "Many Russian vessels had already met Ukrainian sea drones and missiles, he said. \"Some have been patched "
        "up, some are still in dock, and some will stay there for months,\" Marchenko added.\n"
        "The Kalibr carriers remain the main targets, since they are almost the only ships still able to strike "
        "Ukraine, he said.\n"
        "Ukrainian forces have already sunk several of them. \"Three corvettes and a submarine: Ingushetia, "
        "Naro-Fominsk, Tsimlyansk and the Novorossiysk. Eleven are left, among them four submarines and five "
        "corvettes,\" the spokesman said.",
        (
            "russia ships losses|damaged|destroyed 31 - exact cumulative * * 2026-07-29 ua_officials|other false",
            "russia ships destroyed 3 - exact cumulative * * 2026-07-29 ua_officials|other false",
            "russia submarines destroyed 1 - exact cumulative * * 2026-07-29 ua_officials|other false",
        ),
    ),
    Article(
        "feature_confirmed_dead_presidents_missing_and_earlier_attack",
        "2026-03-05",
        "Hope fades for a family searching the ruins of a Lutsk apartment block\n"
        "\n"
        "FILE PHOTO: Rescuers work at a damaged residential building in Lutsk, Ukraine, March 4, 2026. "
        "REUTERS/Anna Voitenko/File Photo\n"
        "Source: REUTERS\n"
        "\n"
        "Olena Kravets no longer expects her grandmother to be brought out alive. The 86-year-old is somewhere "
        "under the wreckage of her building in Lutsk, in north-western Ukraine, after a Russian missile and drone "
        "attack tore it open.\n"
        "\n"
        "The upper floors have caved in, and rescuers are still digging through the debris more than a day later.\n"
        "\n"
        "At least 19 people have been confirmed dead in Lutsk, local officials say, most of them in this block.\n"
        "\n"
        "Fourteen others remain unaccounted for, President Volodymyr Zelenskiy said on Thursday. That could make "
        "it the deadliest attack on civilians this year, surpassing the strike on Odesa on January 17 that killed "
        "27 people.\n"
        "\n"
        "\"We kept telling ourselves the west was safe,\" said Kravets, 41. \"Now we only hope to bury her.\"\n"
        "\n"
        "Lutsk lies some 400 km (250 miles) from the front, and large attacks on the city have been rare.",
        (
            "ukraine civilians|people killed 19 - at_least period * * 2026-03-05 ua_officials false",
            "ukraine civilians|people missing 14 - exact period * * 2026-03-05 ua_president false",
            "ukraine civilians|people killed 27 - exact period * * 2026-01-17 -|ua_president false",
        ),
    ),
    Article(
        "strikes_both_sides_identified_victims_hospitalised_parts_and_children",
        "2025-11-13",
        "Russian drones kill three in Sumy as Ukrainian strike hurts 14 in Kursk region\n"
        "\n"
        "Russian drones killed three civilians in northern Ukraine overnight, while Russian officials said a "
        "Ukrainian attack had injured 14 people across the border.\n"
        "\n"
        "By\n"
        "Firefighters work at a burning house after a Russian drone attack in Sumy, Ukraine, on November 12, "
        "2025. / Reuters\n"
        "\n"
        "A Russian drone attack on the northern city of Sumy overnight left three people dead and a man injured, "
        "regional authorities said on Thursday, while Russian officials reported that a Ukrainian strike had hurt "
        "14.\n"
        "\n"
        "\"A woman of 64, her 58-year-old neighbour and an 81-year-old man died. A 45-year-old man was injured,\" Oleh "
        "Hryhorov, who heads the regional military administration, wrote on Telegram.\n"
        "\n"
        "The drones also damaged a school and several houses, he said.\n"
        "\n"
        "In Russia's Kursk region, acting governor Alexander Khinshtein said a Ukrainian drone had set fire to a "
        "warehouse in the town of Lgov.\n"
        "\n"
        "\"Fourteen people were hurt, eight of them have been taken to hospital, three of whom are children,\" "
        "Khinshtein wrote on Telegram, citing updated figures.\n"
        "\n"
        "Kyiv said the fire had been started by a falling Russian interceptor missile.\n"
        "\n"
        "About 2,500 buildings in Kharkiv were still without power after earlier strikes, the city's mayor said.",
        (
            "ukraine civilians|people killed 3 - exact period * * 2025-11-13 ua_officials false",
            "ukraine civilians|people wounded 1 - exact period * * 2025-11-13 ua_officials false",
            "russia civilians|people wounded 14 - exact period * * 2025-11-13 ru_officials false",
            "russia civilians|people wounded 8 - exact period * * 2025-11-13 ru_officials false",
            "russia civilians wounded 3 - exact period * * 2025-11-13 ru_officials false",
        ),
    ),
    Article(
        "foreign_minister_estimate_beside_president_intelligence_and_news_service",
        "2026-10-07",
        "Poland believes some 310,000 Russian soldiers have died in the war against Ukraine, Foreign Minister Jan "
        "Wrobel said in an interview released on Tuesday.\n"
        "\n"
        "Speaking to the exiled Russian broadcaster Dozhd, Wrobel said Warsaw put Russia's overall casualties, "
        "wounded included, at 1.05 million since the invasion began more than four years ago.\n"
        "\n"
        "\"Our assessment is that Russia has lost 1,050,000 soldiers, 310,000 of them killed. Europe will not tire "
        "of standing with Kyiv,\" he said.\n"
        "\n"
        "\"And what has Moscow gained?\" he asked. \"Ruins.\"\n"
        "\n"
        "The Kremlin does not publish its casualty figures.\n"
        "\n"
        "In August, President Volodymyr Zelensky said 290,000 Russian troops had been killed.\n"
        "\n"
        "Britain's Defence Intelligence estimates that around 1.1 million Russians have been killed or wounded.\n"
        "\n"
        "Citing its own journalists, Mediazona and volunteers, BBC Russian said in September it had confirmed the "
        "deaths of over 165,000 Russian servicemen.\n"
        "\n"
        "Wrobel also said the interest earned on frozen Russian assets, some 3.2 billion euros last year, should "
        "go to Ukraine's defence.",
        (
            "russia personnel killed 310000 - approx|exact cumulative * * 2026-10-06|2026-10-07 other false",
            "russia personnel losses 1050000 - exact cumulative * * 2026-10-06|2026-10-07 other false",
            "russia personnel killed 290000 - exact cumulative * * 2026-08-01|2026-08-15|2026-08-31 ua_president false",
            "russia personnel losses 1100000 - approx cumulative * * 2026-10-07 uk_mod|uk_officials false",
            "russia personnel killed 165000 - at_least cumulative * * 2026-09-01|2026-09-15|2026-09-30 mediazona "
            "false",
        ),
    ),
    Article(
        "defence_minister_total_broken_down_after_a_dash_with_strength_decoys",
        "2025-09-18",
        "Published: 18.09.2025 11:42\n"
        "\n"
        "Belov: Kyiv's army losses top 120,000 dead and wounded\n"
        "\n"
        "More than 120,000 Ukrainian servicemen have been killed or wounded since the start of the special "
        "military operation, Russian Defence Minister Andrei Belov told the Zvezda TV channel, RIA Novosti "
        "reported.\n"
        "\n"
        "\"When the operation began, Kyiv's army numbered roughly 250-260,000 men. Its losses have now passed "
        "120,000 - 68,412 dead and 54,903 wounded. For an army of barely a quarter of a million, that means almost "
        "half of it is gone,\" Belov said. He added that this explained Kyiv's new call-up drive, under which "
        "'close to 250,000 people have already been drafted'.",
        (
            "ukraine personnel losses 120000 - at_least cumulative * * 2025-09-18 ru_mod false",
            "ukraine personnel killed 68412 - exact cumulative * * 2025-09-18 ru_mod false",
            "ukraine personnel wounded 54903 - exact cumulative * * 2025-09-18 ru_mod false",
        ),
    ),
)
