"""Round 60 of whole short articles written for these tests, in styles rounds 1 and 3 to 59 and p1 do not hold, with the
source, the span and the date in view: a business paper's piece on a gunmaker's guns lost in combat after its
quarterly results ("Of the 40 ... delivered to Ukraine, 12 have been destroyed", "according to figures compiled by"),
with a bank's per-month estimate and the Russian ministry's count "since the turn of the year", beside revenue, shares,
an order book, guns to be built and guns repaired that are no losses; an environmental outlet's long-read on a dam's
collapse ("in the months since the dam burst", "the prosecutor's tally, published on", "in the week to Sunday"), beside
farmland, dead fish, a zoo's animals, landmines carried downstream and people without water; a reporter's notebook
from a stabilisation point in the first person ("its chief surgeon ... told me", "by his count", "a figure I had no way
of checking"), beside beds, tables, hours, litres of blood and distances; a parish's Sunday bulletin under prayer
intentions in the parish's own voice, with the diocese's burials, and regional figures whose source is named only in a
closing line ("Regional figures: ..."), "during the first fortnight of March", beside Mass times, a collection and
candles; and a university alumni magazine's "In memoriam" page with a remembrance committee's register, names added
"during the first fortnight of April", the missing and the captive, beside alumni serving, scholarships, a class year
and dormitories damaged. Names, places and numbers are invented; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "business_paper_gunmaker_guns_lost_in_combat",
        "2026-10-14",
        "Brannholt's guns pile up losses in Ukraine as orders swell\n"
        "By our industry correspondent\n"
        "Shares in Brannholt Defence rose 4.2% on Wednesday after the Nordic gunmaker reported third-quarter revenue "
        "of 1.3 billion euros and a record order book of 210 guns.\n"
        "Of the 40 Vektor self-propelled howitzers delivered to Ukraine, 12 have been destroyed and five damaged, "
        "according to figures compiled by Oryx, the open-source project that counts losses from photographs.\n"
        "The company's Lindgren tank, of which Kyiv received 28, has fared better: Oryx lists four destroyed and two "
        "captured.\n"
        "Chief executive Maren Tolvik told analysts on an earnings call that Brannholt had repaired around nine "
        "damaged guns at its plant in Poland and planned to build 60 more next year. She declined to discuss combat "
        "losses, saying they were a matter for Kyiv.\n"
        "Ukraine's defence ministry, which rarely comments on its own equipment losses, said in a statement on "
        "October 2 that three of the guns were lost during the first fortnight of September.\n"
        "Russia's defence ministry has claimed 31 Vektor howitzers destroyed since the turn of the year, a figure "
        "analysts call inflated. Analysts at Kessler Bank estimate that Ukraine loses about two of the guns a month.",
        (
            "ukraine artillery destroyed 12 - exact cumulative|period * * 2026-10-14 oryx false",
            "ukraine artillery damaged 5 - exact cumulative|period * * 2026-10-14 oryx false",
            "ukraine tanks destroyed 4 - exact cumulative * * 2026-10-14 oryx false",
            "ukraine tanks captured 2 - exact cumulative * * 2026-10-14 oryx false",
            "ukraine artillery losses 3 - exact period 14|- 2026-09-01|- 2026-09-14|2026-09-01 ua_mod false",
            "ukraine artillery destroyed 31 - exact period * 2026-01-01|- 2026-10-14 ru_mod false",
            "ukraine artillery losses|destroyed 2 - approx rate 30 - 2026-10-14 other false",
        ),
    ),
    Article(
        "environment_outlet_months_since_the_dam_burst",
        "2026-09-03",
        "Dead river: what the Verkhnodar dam's collapse left behind\n"
        "In the months since the dam burst on June 6, the water has receded from 620 square kilometres of farmland, "
        "but the toll has kept climbing. At least 58 civilians drowned in the flooded towns downstream, according to "
        "the regional prosecutor's tally, published on August 28, and 31 people are still missing.\n"
        "In the week to Sunday, divers recovered four more bodies from the silt near Zalissia, the regional emergency "
        "service said.\n"
        "Ecologists count the other losses in tonnes. Some 18,000 tonnes of dead fish have been cleared from the "
        "banks, and about 300 animals at the Mostove zoo drowned in their enclosures. An estimated 2,500 landmines "
        "were carried downstream by the water, and 1.4 million people were left without drinking water for weeks.\n"
        "Ukraine blames Russian troops, who held the dam, for blowing it up. Moscow denies it.",
        (
            "ukraine civilians killed 58 - at_least period * 2026-06-06|- 2026-08-28|2026-09-03 ua_officials false",
            "ukraine people|civilians missing 31 - exact period|cumulative * * 2026-08-28|2026-09-03 ua_officials "
            "false",
            "ukraine people|civilians killed 4 - exact period 7|- * 2026-08-30|2026-08-24 ua_officials false",
        ),
    ),
    Article(
        "reporters_notebook_stabilisation_point_first_person",
        "2026-11-09",
        "Reporter's notebook: Eleven hours at a Ukrainian stabilisation point behind the Vilshany front\n"
        "The ambulances start arriving before dawn. In the week to Sunday, the stabilisation point where I spent "
        "Saturday took in 143 wounded soldiers, its chief surgeon, a lieutenant colonel who goes by the call sign "
        "Dnipro, told me. Nine of them died before they could be evacuated.\n"
        "He has 14 beds, two operating tables and, on a good day, 38 litres of blood. The nearest hospital is 90 "
        "kilometres away.\n"
        "By his count, the point has treated more than 2,100 soldiers since it opened in March.\n"
        "Ukraine's General Staff says Russia lost 8,950 troops in the same week, a figure I had no way of checking.",
        (
            "ukraine personnel wounded 143 - exact period 7|- * 2026-11-08|2026-11-02 ua_officials|other false",
            "ukraine personnel killed 9 - exact period 7|- * 2026-11-08|2026-11-02 ua_officials|other false",
            "ukraine personnel wounded 2100 - at_least period * 2026-03-01|- 2026-11-09 ua_officials|other false",
            "russia personnel losses 8950 - exact period 7|- * 2026-11-08|2026-11-02 ua_general_staff true|false",
        ),
    ),
    Article(
        "parish_sunday_bulletin_closing_attribution_line",
        "2026-03-15",
        "St Volodymyr's Parish, Zhovtneve - Sunday Bulletin, 15 March 2026\n"
        "Mass times: 8:00, 10:30 and 18:00. Confessions on Saturday from 17:00 to 18:00.\n"
        "Prayer intentions\n"
        "We pray for the 11 men of our parish killed at the front since the turn of the year, and for the 23 who have "
        "come home wounded.\n"
        "Our diocese has buried 146 soldiers since the full-scale invasion began, the diocesan chaplaincy office "
        "reports.\n"
        "In our region, 38 civilians were killed by Russian strikes during the first fortnight of March.\n"
        "Parish news\n"
        "Last Sunday's collection raised 18,400 hryvnias for the military hospital, and 40 candles were lit at the "
        "memorial wall.\n"
        "Regional figures: Zhovtneve Regional Military Administration.",
        (
            "ukraine personnel killed 11 - exact period * 2026-01-01|- 2026-03-15 - false",
            "ukraine personnel wounded 23 - exact period * 2026-01-01|- 2026-03-15 - false",
            "ukraine personnel killed 146 - exact cumulative * * 2026-03-15 other false",
            "ukraine civilians killed 38 - exact period 14|- 2026-03-01|- 2026-03-14|2026-03-01 ua_officials false",
        ),
    ),
    Article(
        "alumni_magazine_in_memoriam_register",
        "2026-05-20",
        "Alumni Review, Spring 2026 - In Memoriam\n"
        "The university has lost 87 graduates and 19 current students in the defence of Ukraine since 24 February "
        "2022, according to the remembrance committee's register, which is updated each term. More than 1,450 "
        "alumni are serving in the armed forces.\n"
        "During the first fortnight of April alone, the register added six names.\n"
        "Another 12 alumni are listed as missing and four are held as prisoners of war, the committee said.\n"
        "Taras Melnyk (Mechanical Engineering, 2014) was killed near Kupiansk on April 2. He was 34.\n"
        "The committee has awarded 320 scholarships to the children of the fallen, and two dormitories damaged by a "
        "missile in January reopened this term.",
        (
            "ukraine personnel killed|losses 87 - exact cumulative * * 2026-05-20 other false",
            "ukraine personnel killed|losses 19 - exact cumulative * * 2026-05-20 other false",
            "ukraine personnel killed|losses 6 - exact period 14|- 2026-04-01|- 2026-04-14|2026-04-01 other false",
            "ukraine personnel missing 12 - exact cumulative * * 2026-05-20 other false",
            "ukraine personnel captured 4 - exact cumulative * * 2026-05-20 other false",
        ),
    ),
)
