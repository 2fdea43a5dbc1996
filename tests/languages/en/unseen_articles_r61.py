"""Round 61 of whole short articles written for these tests, in styles rounds 1 and 3 to 60 and p1 do not hold, with the
source, the span and the date in view: a state legislature's resolution in "WHEREAS" clauses, each with its own
source at its end ("per the United Nations ...", "according to ..."), a part of a toll in an apposition ("731 of them
children") and a span "in the 72 hours to dawn on" a stated day, beside a resolution's number, a vote, refugees, aid
in dollars, tanks supplied and a delegation's members that are no losses; a foreign ministry's readout of a telephone
call in which the other country's minister "briefed" on the front ("citing the General Staff", "since the offensive's
first day ... on 12 January") and a grid operator's toll "in figures shared with" an embassy "year to date", beside air
defence systems and shells to be delivered, money, prisoners released and a forum's ordinal; a platoon commander's
diary published as dated entries, each figure dated by the entry it stands under ("In the 72 hours to dawn we lost",
"the battalion's tally", "Over the past fortnight"), with a part of a toll ("Two of them"), beside a temperature, an
age, a platoon's strength, donated drones and a distance; a security conference's rapporteur's summary of a panel,
each speaker's estimate given with the speaker's affiliation in brackets, a range "as of 30 June", a daily rate "in the
period under review, April to June" and tanks "year to date, per the General Staff", beside participants, tanks built,
a share of GDP and the next forum's dates; a mayor's speech at the unveiling of a memorial wall with "(Applause)" and
"(Moment of silence)" marks, the city's dead since the invasion and "since last Independence Day", its missing and
captive, and civilians "per the regional prosecutor's office" with the children among them, beside an anniversary's
ordinal, the wall's length, slabs, money and residents who gave it; and a volunteer foundation's quarterly report to
its donors ("Dear friends,") with a brigade's kills "in figures shared with us" over the quarter and since a month,
its own drivers killed and injured "year to date" and a part of the pickups it sent destroyed, beside donors, money,
drones, pickups and kits delivered. Names, places and numbers are invented; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "legislature_resolution_whereas_clauses",
        "2026-03-05",
        "STATE OF NEW HALDEN - HOUSE RESOLUTION No. 4417\n"
        "A resolution honouring the victims of Russia's war against Ukraine and urging continued support\n"
        "Adopted by the House of Representatives on March 4, 2026, by a vote of 88 to 7\n"
        "WHEREAS, Russia's full-scale invasion of Ukraine, launched on February 24, 2022, has now entered its fifth "
        "year; and\n"
        "WHEREAS, at least 14,206 civilians, 731 of them children, have been killed in Ukraine since the invasion "
        "began, per the United Nations Human Rights Monitoring Mission in Ukraine; and\n"
        "WHEREAS, in the 72 hours to dawn on March 2, 2026, Russian drones and missiles killed 46 civilians in the "
        "cities of Kharkiv and Odesa, according to Ukraine's regional military administrations; and\n"
        "WHEREAS, British Defence Intelligence estimates that Russia's forces have suffered more than 410,000 "
        "casualties, killed and wounded, since the invasion; and\n"
        "WHEREAS, some 6.8 million people have fled Ukraine as refugees, and more than 2,300 of them have settled in "
        "New Halden; and\n"
        "WHEREAS, the United States has provided $66.5 billion in security assistance to Ukraine, including 31 "
        "Abrams tanks; now, therefore, be it\n"
        "RESOLVED, that the House of Representatives of the State of New Halden honours the memory of those killed; "
        "and be it further\n"
        "RESOLVED, that the Clerk transmit copies of this resolution to the 14 members of the state's congressional "
        "delegation.",
        (
            "ukraine civilians killed 14206 - at_least cumulative * * 2026-03-05|2026-03-04 un false",
            "ukraine civilians killed 731 - exact cumulative * * 2026-03-05|2026-03-04 un false",
            "ukraine civilians killed 46 - exact period 3 * 2026-03-02 ua_officials false",
            "russia personnel losses 410000 - at_least cumulative * * 2026-03-05|2026-03-04 uk_mod false",
        ),
    ),
    Article(
        "foreign_ministry_call_readout",
        "2026-02-10",
        "Readout: Foreign Minister Sigrun Aasveen's call with Ukrainian Foreign Minister Dmytro Lavrynenko\n"
        "Oslo, 10 February 2026\n"
        "Foreign Minister Sigrun Aasveen spoke today by telephone with Ukraine's Foreign Minister, Dmytro "
        "Lavrynenko.\n"
        "Minister Lavrynenko briefed on the situation at the front. He said Russian forces had lost 1,270 troops and "
        "31 artillery systems in the past 24 hours, citing the General Staff, and 388 armoured vehicles since the "
        "offensive's first day near Kostiantynivka on 12 January.\n"
        "The ministers discussed the winter attacks on Ukraine's power grid. In figures shared with the Norwegian "
        "embassy in Kyiv, the state grid operator said Russian strikes had killed 19 energy workers and injured 64 "
        "year to date.\n"
        "Minister Aasveen confirmed that Norway will deliver two further air defence systems and 1,500 artillery "
        "shells in March, part of a 2.4 billion kroner package for 2026, and welcomed the release of 157 Ukrainian "
        "prisoners of war in last week's exchange.\n"
        "The ministers agreed to meet at the 34th session of the Nordic-Ukrainian forum in Bergen on 3 April.",
        (
            "russia personnel losses 1270 - exact period 1 * 2026-02-10 ua_general_staff|ua_officials false",
            "russia artillery losses 31 - exact period 1 * 2026-02-10 ua_general_staff|ua_officials false",
            "russia armoured_vehicles losses 388 - exact period * 2026-01-12 2026-02-10 ua_general_staff|ua_officials "
            "false",
            "ukraine civilians|people killed 19 - exact period * 2026-01-01 2026-02-10 ua_officials|other false",
            "ukraine civilians|people wounded 64 - exact period * 2026-01-01 2026-02-10 ua_officials|other false",
        ),
    ),
    Article(
        "platoon_commander_diary_dated_entries",
        "2026-03-20",
        "From a platoon commander's diary: forty days at Zarichne\n"
        "Lieutenant Ostap Hrynko, 27, kept a diary during his brigade's defence of Zarichne. He shared these entries "
        "with us; they are lightly edited.\n"
        "14 February\n"
        "Minus 14 at night. In the 72 hours to dawn we lost three men killed and seven wounded. We are 26 in the "
        "platoon now, from 34 in January.\n"
        "16 February\n"
        "The chief of staff came round with the battalion's tally: 61 Russians killed in our sector since the "
        "offensive's first day. Volunteers brought four Mavic drones and a generator.\n"
        "2 March\n"
        "Over the past fortnight the company has lost nine men killed. Two of them were from my platoon. I sleep "
        "four hours a night.\n"
        "9 March\n"
        "Rotation at last. 120 kilometres to the rear and a shower.",
        (
            "ukraine personnel killed 3 - exact period 3 * 2026-02-14 other|ua_officials|- false",
            "ukraine personnel wounded 7 - exact period 3 * 2026-02-14 other|ua_officials|- false",
            "russia personnel killed 61 - exact period * * 2026-02-16 ua_officials|other false",
            "ukraine personnel killed 9 - exact period 14 * 2026-03-02 other|ua_officials|- false",
            "ukraine personnel killed 2 - exact period 14|- * 2026-03-02 other|ua_officials|- false",
        ),
    ),
    Article(
        "conference_rapporteur_panel_summary",
        "2026-07-09",
        "Nordic Security Forum 2026 - Rapporteur's summary\n"
        "Panel 3: Counting the cost of Russia's war\n"
        "The panel, chaired by Ambassador Karin Lund, drew some 140 participants. Three speakers presented "
        "estimates; the rapporteur records them below.\n"
        "Dr Irena Vasko (Centre for Eastern Studies, Prague) put Russia's military dead at between 170,000 and "
        "215,000 as of 30 June, citing probate records and published obituaries.\n"
        "Colonel (retd) Mark Ellery, formerly of the British Army, cited Western intelligence estimates that Russian "
        "forces suffered about 1,150 casualties a day in the period under review, April to June.\n"
        "Oksana Dovha of Ukraine's defence ministry said Russian forces had lost 1,094 tanks year to date, per the "
        "General Staff, against some 250 new tanks Russia builds a year.\n"
        "In discussion, one participant noted that Russia now spends 7.1% of its GDP on defence. Speakers agreed to "
        "publish a joint note within 30 days.\n"
        "The next forum meets in Tromso on 14-16 June 2027.",
        (
            "russia personnel killed 170000 215000 range cumulative * * 2026-06-30 other false",
            "russia personnel losses 1150 - approx rate 1 * 2026-06-30|2026-07-09 western_officials false",
            "russia tanks losses 1094 - exact period * 2026-01-01 2026-07-09 ua_general_staff|ua_mod false",
        ),
    ),
    Article(
        "mayor_memorial_wall_speech_applause",
        "2026-08-24",
        "Speech by Mayor Halyna Teslenko at the unveiling of the Wall of Memory, Lutsivka, 24 August 2026\n"
        "Dear fellow citizens, dear families of our fallen,\n"
        "Today, on the 35th anniversary of our independence, we unveil a wall that bears the names of 214 defenders "
        "from Lutsivka who have given their lives since 24 February 2022. (Applause)\n"
        "Since last Independence Day alone, we have added 47 names. Behind each name is a family. (Moment of "
        "silence)\n"
        "Nineteen of our defenders are still missing, and six remain in Russian captivity. We will bring every one "
        "of them home.\n"
        "Our city has also lost 33 civilians to Russian shelling, per the regional prosecutor's office, among them "
        "four children.\n"
        "The wall is 18 metres long and was built from 12 slabs of granite with 2.6 million hryvnias raised by 1,900 "
        "residents. (Applause)\n"
        "Glory to Ukraine!",
        (
            "ukraine personnel killed 214 - exact cumulative * * 2026-08-24 ua_officials false",
            "ukraine personnel killed 47 - exact period * 2025-08-24|- 2026-08-24 ua_officials false",
            "ukraine personnel missing 19 - exact cumulative * * 2026-08-24 ua_officials false",
            "ukraine personnel captured 6 - exact cumulative * * 2026-08-24 ua_officials false",
            "ukraine civilians killed|losses 33 - exact cumulative * * 2026-08-24 ua_officials false",
            "ukraine civilians killed|losses 4 - exact cumulative * * 2026-08-24 ua_officials false",
        ),
    ),
    Article(
        "volunteer_foundation_quarterly_report_to_donors",
        "2026-10-05",
        "Dear friends,\n"
        "Here is our quarterly report to donors for July to September. Thanks to 8,400 of you, we raised 14.2 "
        "million hryvnias this quarter and delivered 310 FPV drones, 22 pickups and six electronic warfare kits to "
        "the 118th Brigade and its neighbours.\n"
        "What your help did: in figures shared with us by the brigade's drone company, the drones we bought "
        "destroyed 17 Russian tanks and 43 artillery systems over the quarter, and 212 armoured vehicles since we "
        "began supplying the company in May 2024.\n"
        "The war has cost us too. Year to date, two of our volunteer drivers have been killed and three injured on "
        "delivery runs.\n"
        "Of the 22 pickups we sent, four have already been destroyed by Russian drones, the brigade tells us.\n"
        "Next quarter we aim to raise 20 million hryvnias. Our accounts are audited and published on our website.\n"
        "With gratitude,\n"
        "The Pryvit Foundation team",
        (
            "russia tanks destroyed 17 - exact period * 2026-07-01|- 2026-09-30|2026-10-05 ua_officials false",
            "russia artillery destroyed 43 - exact period * 2026-07-01|- 2026-09-30|2026-10-05 ua_officials false",
            "russia armoured_vehicles destroyed 212 - exact period * 2024-05-01|- 2026-10-05 ua_officials false",
            "ukraine civilians|people killed 2 - exact period * 2026-01-01 2026-10-05 -|other false",
            "ukraine civilians|people wounded 3 - exact period * 2026-01-01 2026-10-05 -|other false",
            "ukraine vehicles destroyed|losses 4 - exact cumulative|period * * 2026-10-05 ua_officials false",
        ),
    ),
)
