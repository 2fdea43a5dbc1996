"""Round 45 of whole short articles written for these tests, in styles rounds 1 and 3 to 44 and p1 do not hold, with the
source, the span and the date in view: a British tabloid's story on the General Staff's daily figure, told in the
tabloid's turns ("It comes as", "It is understood", "according to reports") with a strike on a field kitchen, a
reader poll and a picture caption, beside an assault's troops, a poll's share and its readers and a gun's calibre that
are no losses; a naval-drone strike on a fleet's base, the navy's ship "destroyed" beside two "damaged", the Russian
defence ministry's reply with its own ship's "minor damage" and the boats it destroyed, and a running count of the
fleet's ships hit, beside ship lengths, a crew's size, the fleet's pre-war ship count, the drone boats launched, their
payload and a distance that are no losses; and an English outlet's weekly "week in numbers" on refugees and aid, one
line a number ("6.9 million: ..."), with one strike's toll and the children among its dead among refugees, displaced
people, money, generators, trains, homes and a share of power capacity that are no losses. Names, places and numbers
are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "british_tabloid_it_comes_as_reader_poll",
        "2025-10-14",
        "PUTIN'S BLOODBATH: Russia loses 1,120 troops in a single day as Kremlin hurls men at Pokrovsk\n"
        "By TOM ASHBY, Defence Reporter\n"
        "Published: 09:12 BST, 14 October 2025 | Updated: 11:40 BST, 14 October 2025\n"
        "Vladimir Putin's army lost another 1,120 soldiers in the past 24 hours, according to Ukraine's General Staff, "
        "as the Kremlin throws wave after wave of men at the eastern front.\n"
        "The figure takes Russia's losses since the full-scale invasion to 1,128,450, Kyiv's military said in its "
        "morning update.\n"
        "It comes as Ukrainian forces destroyed seven Russian tanks and 31 artillery systems over the same day, the "
        "update added.\n"
        "It is understood that Russian commanders have ordered a fresh assault on the town with some 2,000 troops "
        "from a reserve brigade.\n"
        "Meanwhile, according to reports, up to 40 Russian soldiers were killed when a Ukrainian drone hit a field "
        "kitchen near the town on Sunday.\n"
        "In our poll, 68 per cent of 4,200 readers said Britain should send Ukraine more long-range missiles.\n"
        "Pictured: Ukrainian gunners fire a 155mm howitzer near Pokrovsk on 12 October",
        (
            "russia personnel losses 1120 - exact period 1 * 2025-10-14|2025-10-13 ua_general_staff false",
            "russia personnel losses 1128450 - exact cumulative - * 2025-10-14 ua_general_staff false",
            "russia tanks destroyed 7 - exact period 1 * 2025-10-14|2025-10-13 ua_general_staff false",
            "russia artillery destroyed 31 - exact period 1 * 2025-10-14|2025-10-13 ua_general_staff false",
            "russia personnel killed 40 - at_most period 1|- * 2025-10-12 - true|false",
        ),
    ),
    Article(
        "naval_drone_strike_on_a_fleets_base",
        "2025-08-18",
        "Sea drones hit Russian warships at Novorossiysk, Ukraine's navy says\n"
        "Ukraine's navy said on Sunday that its naval drones had destroyed a Russian missile ship and damaged two "
        "others in an overnight attack on the Black Sea Fleet's base at Novorossiysk.\n"
        "The destroyed ship, a Karakurt-class corvette, is 67 metres long and carries a crew of about 60, navy "
        "spokesman Dmytro Lysak said. He said the two damaged vessels were a patrol ship and a landing ship.\n"
        "Russia's defence ministry said its forces had repelled the attack and destroyed 11 Ukrainian uncrewed boats, "
        "but acknowledged that one of its ships had suffered \"minor damage\".\n"
        "Before the full-scale invasion the Black Sea Fleet had some 80 warships and boats. Ukraine says it has since "
        "destroyed or damaged 29 of them.\n"
        "The attack involved 15 drone boats, each carrying up to 800kg of explosives, launched from about 300 "
        "kilometres away, according to the navy.",
        (
            "russia ships destroyed 1 - exact period 1|- * 2025-08-17|2025-08-16 ua_officials false",
            "russia ships damaged 2 - exact period 1|- * 2025-08-17|2025-08-16 ua_officials false",
            "ukraine drones|ships destroyed 11 - exact period 1|- * 2025-08-17|2025-08-18 ru_mod false",
            # the ministry's own ship shares its key with each of the two the navy named ("a patrol ship and a landing
            # ship", one each): one claim of the set, by either source
            "russia ships damaged 1 - exact period 1|- * 2025-08-17|2025-08-18 ru_mod|ua_officials false",
            "russia ships losses|destroyed|damaged 29 - exact cumulative - * 2025-08-18 ua_officials|ua_general_staff "
            "false",
        ),
    ),
    Article(
        "weekly_week_in_numbers_refugees_and_aid",
        "2025-11-21",
        "The week in numbers: Ukraine's refugees, aid and the winter ahead\n"
        "Every Friday we sum up the week in a handful of figures.\n"
        "6.9 million: Ukrainians registered as refugees across Europe, according to the UN refugee agency, down "
        "40,000 from last month.\n"
        "3.7 million: people displaced inside Ukraine, by the agency's count.\n"
        "EUR 1.2 billion: the EU's latest tranche of budget support, approved on Tuesday.\n"
        "450: generators delivered to Kharkiv hospitals this week by a British charity.\n"
        "14: civilians killed in Russian strikes on Ternopil on Wednesday, the regional governor said, among them "
        "three children.\n"
        "62: trains of humanitarian cargo sent from Poland since September.\n"
        "2 million: homes damaged or destroyed since 2022, the reconstruction ministry estimates.\n"
        "28%: the share of Ukraine's power generating capacity still offline after the autumn strikes.",
        (
            "ukraine civilians killed 14 - exact period 1|- * 2025-11-19 ua_officials false",
            "ukraine civilians killed 3 - exact period 1|- * 2025-11-19 ua_officials false",
        ),
    ),
)
