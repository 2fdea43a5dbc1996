"""Round 22 of whole short articles written for these tests, in styles rounds 1 and 3 to 21 and p1 do not hold, with
the source and the span in view: a wire story on Russia's claim of drones downed overnight answered by the Ukrainian
air force's own count of what it shot down; a think tank's casualty-ratio piece, dense in ratios and percentages
around one real count and one projection; an English-language press release of Kyiv's defence ministry on one
brigade's week, with its kills in bullet lines; an op-ed quoting four sources' figures in one paragraph; a
regional military administration's Telegram post translated by a wire, in bullet lines by district; an interview under
"Q:" and "A:" lines with a drone battalion's commander; a UN monitoring mission's monthly release retold by a wire,
with a month's toll, totals since the invasion and a caution that the real figures are higher; and a British regional
paper on a local volunteer's death, with a monitoring project's count of foreigners killed.
Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "wire_drones_downed_claim_and_counter_claim",
        "2025-10-04",
        "Russia says it downed 64 Ukrainian drones overnight; Kyiv reports its own tally\n"
        "MOSCOW/KYIV, Oct 4 (Wire) - Russian air defence units destroyed 64 Ukrainian drones overnight over seven "
        "regions, including 21 over the Bryansk region, the Russian defence ministry said on Saturday.\n"
        "The ministry did not say whether there were any casualties or damage. Wire could not independently verify "
        "either side's figures.\n"
        "Ukraine's air force said Russia had attacked the country overnight with 88 drones and two ballistic "
        "missiles. Air defences shot down or suppressed 51 drones, while 30 drones struck targets at six "
        "locations, it said.\n"
        "One person was killed and three were wounded in the Dnipropetrovsk region, its governor said.",
        (
            "ukraine drones destroyed 64 - exact period 1|- * 2025-10-04|2025-10-03 ru_mod false",
            "ukraine drones destroyed 21 - exact period 1|- * 2025-10-04|2025-10-03 ru_mod false",
            "russia drones destroyed 51 - exact period 1|- * 2025-10-04|2025-10-03 ua_officials false",
            "ukraine people|civilians killed 1 - exact period 1|- * 2025-10-04|2025-10-03 ua_officials false",
            "ukraine people|civilians wounded 3 - exact period 1|- * 2025-10-04|2025-10-03 ua_officials false",
        ),
    ),
    Article(
        "think_tank_casualty_ratio",
        "2025-08-20",
        "Russia's casualty ratio worsens as assaults grind on, analysts say\n"
        "For every Ukrainian soldier killed or wounded on the eastern front this summer, Russia lost between three "
        "and five of its own, according to a new analysis by the Centre for Land Warfare Studies, a Washington "
        "think tank.\n"
        "The ratio, which the authors say has widened from roughly 2:1 in 2023, reflects Moscow's reliance on small "
        "infantry assaults against drone-covered positions. About 70 percent of Russian casualties are now caused "
        "by drones, up from 40 percent a year earlier, the report said.\n"
        "The think tank estimates that Russian forces suffered about 395,000 casualties in the first seven months "
        "of 2025. If that pace continues, the year's toll could pass 650,000, the authors wrote, ten times the "
        "Soviet losses in Afghanistan in a single year.",
        (
            "russia personnel losses 395000 - approx period * 2025-01-01 2025-07-31|2025-08-20 other false",
            "russia personnel losses 650000 - at_least projection * * * other true",
        ),
    ),
    Article(
        "defence_ministry_press_release_brigade_week",
        "2025-11-14",
        "Ministry of Defence of Ukraine\n"
        "Press release\n"
        "14 November 2025\n"
        "Marines hold the left bank: a week of the 41st Separate Marine Brigade\n"
        "Over the past week, marines of the 41st Separate Marine Brigade repelled 23 Russian assaults on the left "
        "bank of the Dnipro, the Ministry of Defence of Ukraine reports.\n"
        "During the week, the brigade's units eliminated 212 occupiers and wounded 148 more. The brigade's drone "
        "operators destroyed:\n"
        "- 4 tanks;\n"
        "- 9 armoured fighting vehicles;\n"
        "- 11 artillery systems;\n"
        "- 37 cars and motorcycles.\n"
        "\"Every metre of this bank costs the enemy dearly,\" the brigade's commander said.\n"
        "For media inquiries, contact the ministry's press service.",
        (
            "russia personnel killed|losses 212 - exact period 7 * 2025-11-14 ua_mod false",
            "russia personnel wounded 148 - exact period 7 * 2025-11-14 ua_mod false",
            "russia tanks destroyed 4 - exact period 7 * 2025-11-14 ua_mod false",
            "russia armoured_vehicles destroyed 9 - exact period 7 * 2025-11-14 ua_mod false",
            "russia artillery destroyed 11 - exact period 7 * 2025-11-14 ua_mod false",
            "russia vehicles destroyed 37 - exact period 7 * 2025-11-14 ua_mod false",
        ),
    ),
    Article(
        "op_ed_four_sources_one_paragraph",
        "2025-05-12",
        "Opinion: The West keeps counting the wrong numbers\n"
        "By a contributing columnist\n"
        "Three years into the war, the debate over who is winning has turned into a debate over spreadsheets.\n"
        "Consider the numbers. Ukraine's General Staff says Russia has lost more than 970,000 troops since February "
        "2022. The British Ministry of Defence puts Russian dead and wounded at about 900,000, while the independent "
        "outlet Mediazona has confirmed the names of 106,000 Russian soldiers killed. Moscow, for its part, claims "
        "to have destroyed 650 Ukrainian aircraft, more than Kyiv ever flew.\n"
        "None of these figures is the truth, and all of them are politics. What matters is whether Europe can "
        "produce shells faster than Russia can recruit men.",
        (
            "russia personnel losses 970000 - at_least cumulative - * 2025-05-12 ua_general_staff false",
            "russia personnel losses 900000 - approx cumulative - * 2025-05-12 uk_mod false",
            "russia personnel killed 106000 - exact cumulative - * 2025-05-12 mediazona false",
            "ukraine aircraft destroyed 650 - exact cumulative - * 2025-05-12 ru_mod|ru_officials false",
        ),
    ),
    Article(
        "telegram_post_translated_bullets_by_district",
        "2025-03-22",
        "Russian drones and bombs hit Kharkiv region overnight, governor says\n"
        "KHARKIV, March 22 (Wire) - The head of the Kharkiv regional military administration, Ivan Petrenko, posted "
        "the following on Telegram on Saturday morning (translated by Wire):\n"
        "\"Overnight the enemy attacked the region with drones and guided bombs. Consequences:\n"
        "- Kharkiv, Kyivskyi district: a 67-year-old man was killed, 4 people were injured;\n"
        "- Chuhuiv: 2 women were injured, 5 private houses were damaged;\n"
        "- Kupiansk district: a 41-year-old woman was injured.\n"
        "In total, one person was killed and 7 were injured over the past day; 3 of the injured are in hospital.\"\n"
        "Russia's defence ministry said its forces had struck Ukrainian military facilities in the region.",
        (
            "ukraine people|civilians wounded 4 - exact period 1|- * 2025-03-22|2025-03-21 ua_officials false",
            "ukraine people|civilians wounded 2 - exact period 1|- * 2025-03-22|2025-03-21 ua_officials false",
            "ukraine people|civilians killed 1 - exact period 1|- * 2025-03-22|2025-03-21 ua_officials false",
            "ukraine people|civilians wounded 7 - exact period 1|- * 2025-03-22|2025-03-21 ua_officials false",
            "ukraine people|civilians wounded 3 - exact period 1|- * 2025-03-22|2025-03-21 ua_officials false",
        ),
    ),
    Article(
        "interview_q_and_a_battalion_commander",
        "2025-04-09",
        "'We count every drone': a battalion commander on the winter's fighting\n"
        "Lt Col Andriy Kovalenko commands a drone battalion of Ukraine's 47th Mechanised Brigade near Pokrovsk. He "
        "spoke to the Kyiv Weekly by phone. The interview has been edited for length.\n"
        "Q: How many Russian soldiers has your battalion stopped this winter?\n"
        "A: Since December, our operators have killed about 1,100 Russian soldiers and wounded roughly twice that. "
        "Every strike is on video.\n"
        "Q: And equipment?\n"
        "A: In March alone we destroyed 38 tanks and 61 armoured vehicles. We lost two of our own pilots.\n"
        "Q: How do you verify?\n"
        "A: Each hit is checked by the brigade's analysts before it goes into the report.",
        (
            "russia personnel killed 1100 - approx period * 2024-12-01 2025-04-09 ua_officials false",
            "russia tanks destroyed 38 - exact period 31|* 2025-03-01 2025-03-31 ua_officials false",
            "russia armoured_vehicles destroyed 61 - exact period 31|* 2025-03-01 2025-03-31 ua_officials false",
            "ukraine personnel losses|killed 2 - exact period|cumulative * * * ua_officials false",
        ),
    ),
    Article(
        "wire_un_mission_monthly_release",
        "2025-06-11",
        "UN says civilian deaths in Ukraine hit three-year high in May\n"
        "GENEVA, June 11 (Wire) - At least 183 civilians were killed and 1,001 injured in Ukraine in May, the highest "
        "monthly toll since mid-2022, the U.N. Human Rights Monitoring Mission in Ukraine said on Wednesday.\n"
        "Most casualties were caused by short-range drones and missile strikes on cities, the mission said in its "
        "monthly update.\n"
        "Since Russia's full-scale invasion in February 2022, the mission has verified 13,341 civilian deaths, "
        "including 707 children, and 32,744 injured.\n"
        "\"The actual figures are likely considerably higher,\" it said, as information from occupied areas remains "
        "difficult to corroborate.\n"
        "Russia denies targeting civilians.",
        (
            "ukraine civilians killed 183 - at_least period 31 2025-05-01 2025-05-31 un false",
            "ukraine civilians wounded 1001 - at_least|exact period 31 2025-05-01 2025-05-31 un false",
            "ukraine civilians killed 13341 - exact cumulative - * 2025-06-11 un false",
            "ukraine civilians killed 707 - exact cumulative - * 2025-06-11 un false",
            "ukraine civilians wounded 32744 - exact cumulative - * 2025-06-11 un false",
        ),
    ),
    Article(
        "british_regional_paper_volunteer_killed",
        "2025-02-18",
        "Tributes paid to Swindon father killed fighting in Ukraine\n"
        "A former soldier from Swindon has been killed while fighting for Ukraine, his family has confirmed.\n"
        "Daniel Hartley, 38, who served with the Royal Welsh before leaving the Army in 2016, travelled to Ukraine in "
        "2023 to join its International Legion. He died on February 9 near Kupiansk, the Foreign Office said.\n"
        "His sister, Emma, said: \"He believed in what he was doing.\"\n"
        "At least 67 British nationals have been killed fighting for Ukraine since 2022, according to the Foreign "
        "Volunteers Monitoring Project, which tracks deaths from obituaries and social media posts. More than 1,400 "
        "foreign fighters have died in total, the group estimates.\n"
        "A Foreign Office spokesman said: \"We are supporting the family of a British man who has died in Ukraine.\"",
        (
            "ukraine personnel killed 67 - at_least cumulative|period - * 2025-02-18 other false",
            "ukraine personnel killed 1400 - at_least cumulative - * 2025-02-18 other false",
        ),
    ),
)
