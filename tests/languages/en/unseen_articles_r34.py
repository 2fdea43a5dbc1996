"""Round 34 of whole short articles written for these tests, in styles rounds 1 and 3 to 32 and p1 do not hold, with the
source, the span and the date in view: a podcast transcript under speaker labels ("HOST (name):", then surnames in
capitals) whose guests of both sides and an analyst each give their own figures ("our troops killed", "we lost", "our
defence ministry reported"), beside a running time, an episode number and listeners' donations that are no losses; an
op-ed that sets this war's toll beside the Soviet Union's in Afghanistan, Russia's in Chechnya and America's in
Vietnam (claims of those wars' sides), with ratios and a pace worked out by the writer; a Russian independent
outlet's English-language update, in its own first person, of its count of named dead with the BBC ("as of" a stated
day, "over the past two weeks"), broken down into volunteers, prisoners recruited, mobilised men, officers and
regions, beside an inheritance-records estimate and relatives' requests that are no claims; and a television news
ticker in capitals, one bulleted line per story with its source after a dash or before a colon, among a prisoner
swap, a meeting's time, a sanctions package's number and a price change that are no losses. Names, places and numbers
are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "podcast_transcript_guests_of_both_sides",
        "2025-11-20",
        "Frontline Hour, episode 212: counting the cost of the autumn offensive\n"
        "Transcript. This transcript was produced with automated tools and may contain errors. Running time: 48 "
        "minutes.\n"
        "HOST (Clara Benning): Welcome back. With me are Colonel Taras Hordiienko, a spokesman for Ukraine's "
        "Khortytsia operational group, and Viktor Alsufyev, a member of the Russian State Duma's defence committee. "
        "Colonel, let's start with you.\n"
        "HORDIIENKO: Thank you. Over the past week, our troops in the Kupiansk direction killed or wounded 2,140 "
        "Russian servicemen and destroyed 31 tanks.\n"
        "BENNING: And your own losses?\n"
        "HORDIIENKO: I won't give a number for the whole front. What I can say is that we lost two armoured "
        "vehicles on Tuesday near Pishchane, on a stretch of about 90 kilometres.\n"
        "BENNING: Mr Alsufyev, Moscow tells a very different story.\n"
        "ALSUFYEV: Our defence ministry reported on Monday that the Ukrainian army lost up to 1,650 soldiers in that "
        "direction in a week. These are the figures I trust.\n"
        "BENNING: Neither figure can be verified. Our third guest, Hanna Lind of the Baltic Security Institute in "
        "Stockholm, has studied satellite images of the area. Hanna?\n"
        "LIND: We counted 46 destroyed Russian armoured vehicles around Kupiansk since the offensive began on 2 "
        "October, and 12 Ukrainian ones.\n"
        "BENNING: We'll be back after a short break. This show is supported by listeners like you; 3,400 of you now "
        "give every month.",
        (
            "russia personnel losses 2140 - exact period 7 * 2025-11-20 ua_officials false",
            "russia tanks destroyed 31 - exact period 7 * 2025-11-20 ua_officials false",
            "ukraine armoured_vehicles losses 2 - exact period 1|- * 2025-11-18 ua_officials false",
            "ukraine personnel losses 1650 - at_most period 7 * 2025-11-17 ru_mod|ru_officials false",
            "russia armoured_vehicles destroyed 46 - exact period * 2025-10-02 2025-11-20 other false",
            "ukraine armoured_vehicles destroyed 12 - exact period * 2025-10-02 2025-11-20 other false",
        ),
    ),
    Article(
        "op_ed_past_wars_beside_this_one",
        "2026-02-24",
        "Opinion | Four years on, Russia's war has outgrown every war Moscow fought since 1945\n"
        "By Martin Ekwall\n"
        "When the Soviet Union pulled out of Afghanistan in 1989, it had lost 14,453 soldiers in nine years, by the "
        "count of its own General Staff. That toll helped bring down a state.\n"
        "In two wars in Chechnya, Russia's official toll came to some 6,000 servicemen. America lost 58,220 soldiers "
        "in Vietnam over more than a decade.\n"
        "This war is of another order. British defence intelligence estimated in January that Russia had suffered "
        "about 1,150,000 casualties, killed and wounded, since February 2022. Mediazona and the BBC have confirmed "
        "the names of more than 160,000 dead Russian soldiers.\n"
        "That is more than ten times the Afghan toll, in less than half the time. At the current pace, with Ukraine's "
        "General Staff reporting around 1,000 Russian casualties a day, the war costs Moscow an Afghanistan every "
        "fortnight.\n"
        "Kyiv is quieter about its own dead. President Volodymyr Zelensky last put the number of Ukrainian soldiers "
        "killed at 46,000, in February last year; few in Kyiv believe it has not grown since.\n"
        "Wars end when their cost is felt at home. In 1989 the coffins from Kabul were enough.",
        (
            "soviet_union personnel killed|losses 14453 - exact * * * * other|ru_mod|ru_officials|- false",
            "russia personnel killed 6000 - approx * * * * ru_officials|other|- false",
            "united_states personnel killed|losses 58220 - exact * * * * - false",
            "russia personnel losses 1150000 - approx cumulative - * 2026-01-31|2026-01-01|2026-01-15 uk_mod false",
            "russia personnel killed 160000 - at_least cumulative - * 2026-02-24 mediazona false",
            "russia personnel losses 1000 - approx rate 1 - 2026-02-24 ua_general_staff false",
            "ukraine personnel killed 46000 - exact cumulative - - 2025-02-28|2025-02-01|2025-02-15 ua_president "
            "false",
        ),
    ),
    Article(
        "tv_news_ticker_in_capitals",
        "2025-09-14",
        "LIVE TICKER - SUNDAY, SEPTEMBER 14\n"
        "• ZAPORIZHZHIA: 4 KILLED, 11 INJURED IN RUSSIAN GLIDE BOMB STRIKE ON REPAIR DEPOT - REGIONAL GOVERNOR\n"
        "• RUSSIAN DEFENCE MINISTRY SAYS 112 UKRAINIAN DRONES DOWNED OVERNIGHT OVER 9 REGIONS\n"
        "• KYIV: RUSSIA HAS LOST 1,093,560 TROOPS SINCE FEB. 24, 2022, INCLUDING 940 IN PAST DAY - GENERAL STAFF\n"
        "• PRISONER SWAP: 146 UKRAINIANS RETURN HOME, ZELENSKY SAYS\n"
        "• EU FOREIGN MINISTERS TO MEET IN BRUSSELS AT 10:00 ON MONDAY OVER 19TH SANCTIONS PACKAGE\n"
        "• OIL PRICES UP 2.3% AFTER DRONE HIT ON PRIMORSK PORT\n"
        "• BELGOROD GOVERNOR: 1 CIVILIAN KILLED, 3 WOUNDED BY UKRAINIAN SHELLING OF SHEBEKINO\n"
        "• UKRAINE'S NAVY SAYS IT DESTROYED 2 RUSSIAN LANDING BOATS NEAR KINBURN SPIT",
        (
            "ukraine people|civilians killed 4 - exact period * * 2025-09-14 ua_officials false",
            "ukraine people|civilians wounded 11 - exact period * * 2025-09-14 ua_officials false",
            "ukraine drones destroyed 112 - exact period 1 * 2025-09-14 ru_mod false",
            "russia personnel losses 1093560 - exact cumulative - * 2025-09-14 ua_general_staff false",
            "russia personnel losses 940 - exact period 1 * 2025-09-14 ua_general_staff false",
            "russia civilians killed 1 - exact period * * 2025-09-14 ru_officials false",
            "russia civilians wounded 3 - exact period * * 2025-09-14 ru_officials false",
            "russia ships destroyed 2 - exact period * * 2025-09-14 ua_officials false",
        ),
    ),
    Article(
        "independent_outlet_named_dead_count_update",
        "2025-10-31",
        "Russian losses in the war with Ukraine: our count, updated\n"
        "October 31, 2025\n"
        "Together with BBC News Russian and a team of volunteers, we have confirmed the names of 138,450 Russian "
        "servicemen killed in the war with Ukraine as of October 30. The real number is certainly higher: we count "
        "only deaths for which there is a public record, such as an obituary or a post by relatives.\n"
        "Over the past two weeks, the list has grown by 3,264 names.\n"
        "Volunteers who signed contracts after the start of the invasion are now the largest group, at least 41,900 "
        "of the dead. We have also counted 19,870 prisoners recruited from penal colonies, first by Wagner and later "
        "by the defence ministry's Storm-Z units, and 12,340 mobilised men.\n"
        "At least 5,610 of the dead were officers. The youngest soldier on the list was 18; the oldest was 71.\n"
        "Bashkortostan has lost the most men, 5,940, followed by Tatarstan with 4,310.\n"
        "Relatives have sent us more than 2,500 requests to add a name since January.\n"
        "Using inheritance records, Mediazona and Meduza estimate that between 200,000 and 250,000 Russian men may "
        "have died in the war by the end of June.",
        (
            "russia personnel killed 138450 - exact cumulative - * 2025-10-30 mediazona|- false",
            "russia personnel killed 3264 - exact period 14 * 2025-10-30|2025-10-31 mediazona|- false",
            "russia personnel killed 41900 - at_least cumulative - * 2025-10-30|2025-10-31 mediazona|- false",
            "russia personnel killed 19870 - exact cumulative - * 2025-10-30|2025-10-31 mediazona|- false",
            "russia personnel killed 12340 - exact cumulative - * 2025-10-30|2025-10-31 mediazona|- false",
            "russia personnel killed 5610 - at_least cumulative - * 2025-10-30|2025-10-31 mediazona|- false",
            "russia personnel killed|losses 5940 - exact cumulative - * 2025-10-30|2025-10-31 mediazona|- false",
            "russia personnel killed|losses 4310 - exact cumulative - * 2025-10-30|2025-10-31 mediazona|- false",
            "russia personnel killed 200000 250000 range cumulative - * 2025-06-30 mediazona|other true",
        ),
    ),
)
