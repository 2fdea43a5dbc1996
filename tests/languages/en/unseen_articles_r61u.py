"""Round 61u: structure twins. Ten whole short articles written for these tests, each keeping the constructions of
a kind of passage the extractor meets (how the source is named, how the span and the date are said, lists, hedges,
decoys) in other words: an explainer on one army's dying with a president's and advisers' rates (one with its unit
only implied, one "suggesting" a daily split) and the government's own total, beside ratios and troop strength; an
outlet's name-by-name count with a foreign intelligence estimate "by the end of" a month and a general staff's
figure "for the same losses"; a name count with a rounded lead, a part of the dead and a weekly floor "since" a
month with its worst weeks; a prisoner-exchange story with returned captives, related-story links, repatriated
bodies (a count of one among them) and the other side's running total with its day; a navy spokesman's quoted
account of units hit, a part of them, a list with counts of one and damaged units beside the fleet still left; a
hedged sinking of one ship told by the navy, a retired officer's "sunk or badly damaged" carriers and the missiles
they will not fire; a minister's monthly totals with an itemised part and an earlier "since the offensive began"
figure; a defence department's range restated in an official's quote with an intelligence chief's month figures; a
foreign ministry's totals with a captured count beside an open-source site's smaller tally for both sides; and a
name-by-name count with an update "since" a date, parts, hedged estimates and another war's dead. Names, places and
numbers are invented; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

_APRIL = "2026-04-01|2026-04-15|2026-04-30"
_AUGUST = "2026-08-01|2026-08-15|2026-08-31"

ARTICLES: tuple[Article, ...] = (
    Article(
        "explainer_rates_by_president_and_advisers_with_kyiv_total",
        "2026-06-15",
        "Counting the cost: how many Ukrainian soldiers are dying?\n"
        "Four months after Russia's spring offensive in the east began, Moscow has gained little ground, but the "
        "fighting has grown costlier for Kyiv, whose army is losing far more men than its commanders first planned "
        "for.\n"
        "Back in April, President Zelensky put the number of Ukrainian soldiers being killed on the hardest-pressed "
        "stretches of the front at somewhere between 60 and 120.\n"
        "Figures published on June 9 suggest the toll has at least doubled in the weeks since.\n"
        "One of the president's advisers, Taras Hnatiuk, told Sky News that from 110 to 220 troops were now being "
        "killed every day.\n"
        "Even that may understate it: some analysts think the true figure could be three times as high.\n"
        "READ MORE: Kremlin blames Kyiv for stalled grain talks\n"
        "Another adviser to the president's office, Marko Levchenko, painted a grimmer picture in an interview with "
        "Le Monde, suggesting that each day brought 180 deaths and 700 wounded.\n"
        "Kyiv said on June 12 that 12,500 of its soldiers had been killed since the invasion began.\n"
        "That is about a tenth of the 130,000 troops the army had before the war, though the IISS now puts "
        "Ukraine's forces at 550,000, counting the national guard and the foreign legion.",
        (
            f"ukraine personnel killed 60 120 range rate 1|- * {_APRIL} ua_president false",
            "ukraine personnel killed 110 220 range rate 1 * 2026-06-09|2026-06-15 ua_officials false",
            "ukraine personnel killed 180 - exact rate 1 * 2026-06-09|2026-06-15 ua_officials false|true",
            "ukraine personnel wounded 700 - exact rate 1 * 2026-06-09|2026-06-15 ua_officials false|true",
            "ukraine personnel killed 12500 - exact cumulative * * 2026-06-12 ua_officials|ua_president false",
        ),
    ),
    Article(
        "name_count_with_foreign_estimate_and_general_staff_for_the_same",
        "2026-08-16",
        "Since the first weeks of the invasion, the BBC's Russian service has been gathering the names of Russian "
        "servicemen killed in Ukraine. Only deaths that were made public and that we could verify are counted, so "
        "the list falls short of Russia's real losses, but it says a good deal about who is doing the fighting.\n"
        "By 14 August we had confirmed that 5,210 soldiers and officers had died. The count is kept together with "
        "the independent outlet Mediazona and a group of volunteers. Nobody can say how many more Russian "
        "servicemen are missing, and they are left out of this figure.\n"
        "The names come from regional officials' announcements, local newspapers and the accounts of families. "
        "Reporters have also found dozens of fresh military graves in cemeteries across the country.\n"
        "Britain's defence intelligence estimated that by the end of July some 25,000 Russian troops had been "
        "killed in Ukraine.\n"
        "Ukraine's General Staff gives a far higher figure for the same losses: over 41,000.",
        (
            "russia personnel killed 5210 - exact cumulative * * 2026-08-14 mediazona false",
            "russia personnel killed|losses 25000 - approx cumulative * * 2026-07-31 uk_mod false",
            "russia personnel killed|losses 41000 - at_least cumulative * * 2026-08-16|2026-08-14 ua_general_staff "
            "false",
        ),
    ),
    Article(
        "name_count_with_rounded_lead_part_and_weekly_floor",
        "2026-05-20",
        "Upwards of 95,000 men serving in Russia's armed forces have now been killed in Ukraine, a count by the "
        "BBC's Russian service shows.\n"
        "For the first time, former prisoners recruited from penal colonies make up the largest group among the "
        "dead.\n"
        "Each day, Russian regional media and social networks carry new obituaries and photographs from soldiers' "
        "funerals. Together with the independent outlet Mediazona, BBC Russian gathers these names and checks each "
        "one against official statements or relatives' posts.\n"
        "So far the two outlets have verified the names of 95,460 Russian servicemen who died in the war; the real "
        "toll is thought to be much higher.\n"
        "Of these, 21,315 were former inmates - roughly 22% of the total - while volunteers now account for 18% and "
        "mobilised men for 14%.\n"
        "Since March last year, the number of convicts killed each week has not fallen below 120, and in the worst "
        "weeks it has exceeded 400.\n"
        "Kyiv, for its part, seldom says how many of its own troops have died.",
        (
            "russia personnel killed 95000 - at_least cumulative * * 2026-05-20 mediazona false",
            "russia personnel killed 95460 - exact cumulative * * 2026-05-20 mediazona false",
            "russia personnel killed 21315 - exact cumulative * * 2026-05-20 mediazona false",
            "russia personnel killed 120 - at_least rate 7 2025-03-01|- 2026-05-20 mediazona false",
            "russia personnel killed 400 - at_least period|rate 7 * 2026-05-20 mediazona false",
        ),
    ),
    Article(
        "prisoner_return_story_with_links_bodies_and_enemy_total",
        "2026-03-12",
        "Ukraine has brought 2,395 people home from Russian captivity, Zelensky says\n"
        "\"Since the full-scale war began, we have brought 2,395 of our people back home from Russian captivity,\" "
        "President Zelensky said on Thursday in his evening address.\n"
        "Read also: Some 1,800 Ukrainian marines still held in Russian prisons\n"
        "\"I am grateful to everyone who helps them recover once they are home,\" he added.\n"
        "In the latest swap, on March 11, 148 Ukrainian servicemen and civilians returned, among them border guards "
        "and defenders of Chasiv Yar.\n"
        "Officials said Ukraine had also received the bodies of three foreign volunteers who died in combat, "
        "together with the body of a Ukrainian volunteer killed near Toretsk.\n"
        "Read also: Kyiv says 4,100 Ukrainians held as POWs and 17,000 missing\n"
        "Kyiv does not disclose how many Russian prisoners it holds; swaps are usually done one for one. Around 40 "
        "facilities across Ukraine are said to house them.\n"
        "Russia has lost 142,870 soldiers killed since Moscow launched its full-scale invasion, 640 of them over "
        "the past day, Ukraine claims.\n"
        "Read also: Russia's death toll in Ukraine passes 140,000\n"
        "The figures cannot be independently confirmed.",
        (
            "ukraine people|personnel|civilians killed 3 - exact period|cumulative * * 2026-03-11|2026-03-12 "
            "ua_officials false",
            "ukraine personnel killed 1 - exact period|cumulative * * 2026-03-11|2026-03-12 ua_officials false",
            "russia personnel killed 142870 - exact cumulative * * 2026-03-12 ua_general_staff|ua_officials false",
            "russia personnel killed 640 - exact period 1 * 2026-03-12 ua_general_staff|ua_officials false",
        ),
    ),
    Article(
        "navy_spokesman_quote_on_units_hit_damaged_and_left",
        "2026-04-08",
        "Ukraine's navy says Ukrainian forces have so far wiped out roughly a third of Russia's Black Sea Fleet, "
        "which numbered some 90 warships when the full-scale invasion began. Many of the ships still afloat have "
        "also been badly damaged, it says.\n"
        "Source: Navy spokesman Captain Oleh Savchuk, speaking to reporters on 8 April, as quoted by Ukrinform\n"
        "Quote: \"In total 31 units have been hit, a submarine among them, and 12 of those were high-value ships of "
        "different classes. Among the destroyed ones are landing ships, missile corvettes, a submarine and a "
        "minesweeper. By our count a further 17 units are damaged and under repair, so of roughly 90 units, one "
        "third is gone and many more are damaged.\"\n"
        "Details: Savchuk nonetheless warned that Russia still keeps a sizeable force in the Black Sea.\n"
        "Quote: \"They still have eight missile carriers, two submarines, four missile boats and a number of patrol "
        "ships, so their strength remains considerable. There are also four large landing ships left. Three of "
        "them, for instance, are being repaired after they were damaged.\"",
        (
            "russia ships|equipment destroyed|losses|damaged 31 - exact cumulative * * 2026-04-08 ua_officials false",
            "russia submarines destroyed|losses 1 - exact cumulative * * 2026-04-08 ua_officials false",
            "russia ships destroyed|losses 12 - exact cumulative * * 2026-04-08 ua_officials false",
            "russia ships destroyed|losses 1 - exact cumulative * * 2026-04-08 ua_officials false",
            "russia ships damaged 17 - exact cumulative * * 2026-04-08 ua_officials false",
            "russia ships damaged 3 - exact cumulative * * 2026-04-08 ua_officials false",
        ),
    ),
    Article(
        "hedged_sinking_of_one_ship_and_officer_on_carriers",
        "2026-07-19",
        "Russia seems to have lost a $300m missile corvette able to fire Kalibr cruise missiles, after Kyiv said its "
        "sea drones had sunk it.\n"
        "The Vyshny Volochyok was moored in Novorossiysk, the fleet's main base since it left Sevastopol, when the "
        "drones struck it, Ukraine's navy said on Saturday.\n"
        "'The ship went down within minutes,' the navy wrote on Telegram.\n"
        "'Its loss shows once more that Russian warships are safe nowhere in the Black Sea.'\n"
        "Kyiv has targeted the vessel once before. Satellite pictures from March 2025 showed its bow torn open by a "
        "drone blast; it was thought to be under repair when it was attacked again.\n"
        "The sinking deals a further blow to a fleet that has already lost a quarter of its ships to Ukrainian "
        "missiles and drones.\n"
        "Commissioned in 2018, the corvette was one of only six Buyan-M ships left in the Black Sea.\n"
        "Retired navy captain Viktor Moroz said: 'The corvette as a fighting unit is finished.\n"
        "'Over this time, we have sunk or badly damaged four Kalibr carriers - this corvette and three others.\n"
        "'That means 32 Kalibrs that will never be fired at our towns.'",
        (
            "russia ships losses|destroyed 1 - exact period|cumulative * * 2026-07-18|2026-07-19 "
            "ua_officials|ua_general_staff|other true|false",
            "russia ships|equipment losses 4 - exact cumulative * * 2026-07-19 other false",
            "russia ships losses 3 - exact cumulative * * 2026-07-19 other false",
        ),
    ),
    Article(
        "minister_monthly_totals_with_itemised_part_and_offensive_figure",
        "2026-03-04",
        "Heavy losses for Kyiv: dozens of Western howitzers destroyed, Moscow says\n"
        "Four years into the war, how many soldiers each army has lost remains largely a mystery. Kyiv and Moscow "
        "mostly publish what they say the other side has lost.\n"
        "Russia's defence minister, Andrei Belov, did so again on Tuesday (March 3), the Berlin daily Tagesspiegel "
        "reports. Unlike Ukraine's General Staff, Moscow gives no daily tallies or neat summaries, which makes the "
        "new figures worth a closer look. Citing the RIA news agency, the paper says Belov put Ukraine's losses in "
        "the past month, presumably February, at precisely 18,640 troops and 1,985 weapons and other equipment. "
        "Among those 1,985 items were 14 Abrams tanks, nine German Marders, 36 Caesar howitzers from France and 44 "
        "towed guns supplied by Italy, Sweden and Canada.\n"
        "Belov had already claimed on February 12, RIA said, that 23,500 Ukrainian soldiers had been killed or "
        "wounded since Kyiv's winter offensive began in the second half of January. Because the two periods "
        "overlap, the figures cannot simply be added up.",
        (
            "ukraine personnel losses 18640 - exact period 28|30|- 2026-02-01|- 2026-02-28 ru_mod false",
            "ukraine equipment losses 1985 - exact period 28|30|- 2026-02-01|- 2026-02-28 ru_mod false",
            "ukraine tanks losses 14 - exact period 28|30|- 2026-02-01|- 2026-02-28 ru_mod false",
            "ukraine armoured_vehicles losses 9 - exact period 28|30|- 2026-02-01|- 2026-02-28 ru_mod false",
            "ukraine artillery losses 36 - exact period 28|30|- 2026-02-01|- 2026-02-28 ru_mod false",
            "ukraine artillery losses 44 - exact period 28|30|- 2026-02-01|- 2026-02-28 ru_mod false",
            "ukraine personnel losses 23500 - exact period - * 2026-02-12 ru_mod false",
        ),
    ),
    Article(
        "defence_department_range_in_quote_and_intelligence_month_figures",
        "2026-09-18",
        "Russia has taken from 90,000 to 110,000 casualties since it invaded Ukraine, according to fresh Defense "
        "Department estimates released on Thursday.\n"
        "\"Russian forces are bleeding badly,\" Deputy Defense Secretary Laura Pike told a briefing, Politico "
        "reported.\n"
        "\"War is murky, but I think it is fair to say the Russians have probably suffered 90 or 110,000 casualties "
        "in under seven months. That counts both the dead and the wounded, and the real number may be a bit lower or "
        "a bit higher, but it is about right,\" Pike said.\n"
        "That is well above earlier American estimates. In August, Director of National Intelligence Mark Ellery "
        "said Russia had lost about 20,000 killed and 55,000 wounded.\n"
        "Much of the toll is thought to have come in the first weeks, when Russian columns pushed on Kyiv before "
        "pulling back to concentrate on the Donbas.",
        (
            "russia personnel losses 90000 110000 range cumulative * * 2026-09-17|2026-09-18 us_officials false|true",
            f"russia personnel killed 20000 - approx cumulative * * {_AUGUST} us_officials false",
            f"russia personnel wounded 55000 - approx|exact cumulative * * {_AUGUST} us_officials false",
        ),
    ),
    Article(
        "foreign_ministry_totals_beside_open_source_tally_for_both_sides",
        "2026-03-24",
        "How many helicopters has Russia lost in Ukraine?\n"
        "Russia has had 112 helicopters destroyed since its troops crossed into Ukraine on February 24, Ukraine's "
        "foreign ministry says.\n"
        "The ministry's Tuesday statement added that 95 Russian warplanes had also been lost since the war began.\n"
        "Over 15,000 Russian soldiers had been killed, it went on, and Ukrainian forces had seized 410 Russian "
        "tanks.\n"
        "The open-source site Oryx, which only counts losses it can verify from photographs and video, also tracks "
        "equipment that has been destroyed, captured or abandoned.\n"
        "Its count of helicopters shot down or seized is far lower: just 21 Russian helicopters lost since the start "
        "of the war, by its tally. Ukraine, according to the site, has lost eleven.\n"
        "Moscow has published no current figures for its losses. Its strikes now reach western Ukraine: on Monday "
        "missiles hit an airfield 30 miles from the Polish border.",
        (
            "russia helicopters destroyed 112 - exact cumulative * * 2026-03-24 ua_officials false",
            "russia aircraft losses 95 - exact cumulative * * 2026-03-24 ua_officials false",
            "russia personnel killed 15000 - at_least cumulative * * 2026-03-24 ua_officials false",
            "russia tanks captured 410 - exact cumulative * * 2026-03-24 ua_officials false",
            "russia helicopters losses 21 - exact|approx cumulative * * 2026-03-24 oryx false",
            "ukraine helicopters losses 11 - exact cumulative * * 2026-03-24 oryx false",
        ),
    ),
    Article(
        "name_by_name_count_with_update_parts_estimates_and_other_war",
        "2026-10-21",
        "Working from open sources, the independent Russian outlet Mediazona and the BBC's Russian service have put "
        "names to 38,920 Russian soldiers killed over 20 months of full-scale war, counting the dead one by one.\n"
        "Since the previous update on October 6, another 2,015 names have joined the list. The reporters and "
        "volunteers have by now also identified some 7,300 former convicts and more than 2,400 private military "
        "contractors among those killed in Ukraine.\n"
        "Obituaries in Russian media seldom say where a soldier fell, Mediazona notes, and much of the data comes "
        "from volunteers who visit cemeteries. Around fifteen new burial sections for mercenaries had been found by "
        "October 20.\n"
        "Even under the most cautious estimate, the two outlets say, Russia may have lost around 70,000 men. Its "
        "total irrecoverable losses, including the wounded, dead and missing, may total 290,000.\n"
        "After 20 months of war, the Russian death toll confirmed from open sources is far beyond the official "
        "number of Soviet soldiers killed in the ten-year Afghan war: more than 14,400 Soviet troops died there "
        "between 1979 and 1989.",
        (
            "russia personnel killed 38920 - exact cumulative * * 2026-10-21 mediazona false",
            "russia personnel killed 2015 - exact period - 2026-10-06 2026-10-21 mediazona false",
            "russia personnel killed 7300 - approx cumulative * * 2026-10-21 mediazona false",
            "russia personnel killed 2400 - at_least cumulative * * 2026-10-21 mediazona false",
            "russia personnel|people killed|losses 70000 - approx cumulative * * 2026-10-21 mediazona true",
            "russia personnel losses 290000 - exact cumulative * * 2026-10-21 mediazona true",
            "soviet_union|ussr personnel killed 14400 - at_least cumulative * * * -|other false",
        ),
    ),
)
