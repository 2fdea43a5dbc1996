"""Precision probes, round p1: whole short articles written for these tests that are dense in numbers which are not
loss claims under the spec (weapons pledged, delivered, produced or held in stock; refugees and displaced people;
prisoners exchanged; conscription and recruitment targets; payouts and budgets; ages, scores, brigade and road
numbers, times of day, percentages, distances, generating capacity), each with one to three real claims among them:
a military aid conference, a refugee agency's figures, a prisoner exchange, a drone workshop's output, a conscription
decree, a compensation explainer, a history piece setting the war beside Afghanistan and Chechnya, a football match
halted by an air raid, the front line by the numbers, the power grid after mass strikes and tank reserves in storage.
Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "aid_conference_pledges",
        "2025-01-10",
        "Allies pledge shells, drones and air defence at Ramstein\n"
        "Defence ministers from some 50 countries meeting at Ramstein Air Base on Thursday pledged another $2.5 "
        "billion in weapons for Ukraine, including 155mm artillery shells, 30,000 drones and 12 Patriot launchers.\n"
        "Germany said it would deliver six more IRIS-T systems by the end of the year and 100,000 rounds of "
        "ammunition. The Netherlands has handed over 18 of the 24 F-16 jets it promised, and Denmark said 8 Caesar "
        "howitzers bought with Danish money were on their way.\n"
        "The Czech-led initiative has supplied 1.5 million shells since it began in 2024, Prague said, and aims to "
        "reach 1.8 million this year.\n"
        "The aid comes as Ukraine struggles to replace armour lost at the front. Oryx, the open-source site, has "
        "recorded 47 of the 300 Bradley fighting vehicles sent by Washington as destroyed or captured.\n"
        "Russia has lost 9,780 tanks since the invasion, Ukraine's General Staff said on Thursday.",
        (
            "ukraine armoured_vehicles losses 47 - exact cumulative * * 2025-01-10 oryx false",
            "russia tanks losses 9780 - exact cumulative * * 2025-01-09|2025-01-10 ua_general_staff false",
        ),
    ),
    Article(
        "refugee_agency_figures",
        "2025-06-20",
        "GENEVA (Wire) - More than 6.9 million refugees from Ukraine are recorded across Europe, the UN refugee "
        "agency said on World Refugee Day, and 3.7 million people remain displaced inside the country.\n"
        "Poland hosts about 990,000 Ukrainians under temporary protection and Germany 1.2 million, according to "
        "Eurostat. About 60 percent are women and 35 percent children under 18.\n"
        "Some 4.5 million people have returned to their homes, the International Organization for Migration said, "
        "but 14.6 million need humanitarian aid this year. The UN's appeal for $3.1 billion is 22% funded.\n"
        "The UN human rights office said at least 13,300 civilians have been killed in Ukraine since February 2022, "
        "including 700 children, and more than 32,000 injured.\n"
        "In the frontline Donetsk region, 86 people left on evacuation trains on Tuesday, the governor said.",
        (
            "ukraine civilians killed 13300 - at_least cumulative * * 2025-06-20 un false",
            "ukraine civilians killed 700 - exact|at_least cumulative * * 2025-06-20 un false",
            "ukraine civilians wounded 32000 - at_least cumulative * * 2025-06-20 un false",
        ),
    ),
    Article(
        "exchange_second_stage",
        "2025-05-24",
        "Ukraine brings home 307 more in the second stage of the 1,000-for-1,000 swap\n"
        "Ukraine and Russia exchanged 307 prisoners each on Saturday, the second day of the largest swap of the "
        "war, President Volodymyr Zelensky said. On Friday 390 people, including 120 civilians, came home.\n"
        "Among those freed were marines of the 36th Brigade who defended Mariupol in 2022, and a 64-year-old "
        "teacher from Kherson. The youngest was 19.\n"
        "Since 2022, 4,757 Ukrainians have been returned from captivity in 64 exchanges, the Coordination "
        "Headquarters for the Treatment of Prisoners of War said.\n"
        "Ukraine's human rights commissioner said at least 206 Ukrainian prisoners of war have died in Russian "
        "captivity.\n"
        "On the battlefield, the General Staff said Russian forces had lost 1,070 troops over the past day.",
        (
            "ukraine personnel killed 206 - at_least cumulative * * 2025-05-24 ua_officials false",
            "russia personnel losses 1070 - exact period 1 * 2025-05-24 ua_general_staff false",
        ),
    ),
    Article(
        "drone_workshop_output",
        "2025-02-14",
        "Inside a drone workshop turning out 4,000 FPV drones a month\n"
        "In a former furniture factory in western Ukraine, 120 workers assemble first-person-view drones in three "
        "shifts, the first starting at 6 a.m. The company, founded in 2022 by two engineers aged 27 and 31, now "
        "makes 4,000 a month and wants to reach 10,000 by autumn.\n"
        "Each drone costs about $400, against $1 million for a cruise missile. About 96 percent of the parts are "
        "now made in Ukraine, up from 30 percent two years ago.\n"
        "Ukraine produced 1.5 million drones in 2024, the digital transformation minister said, and plans to make "
        "4.5 million this year. Russia, by Western estimates, builds about 2,500 Shahed-type drones a month.\n"
        "Ukraine's unmanned systems forces said their drones had destroyed 71 Russian tanks and 212 artillery "
        "systems in January.",
        (
            "russia tanks destroyed 71 - exact period * * 2025-01-31|2025-01-01 ua_officials false",
            "russia artillery destroyed 212 - exact period * * 2025-01-31|2025-01-01 ua_officials false",
        ),
    ),
    Article(
        "conscription_decree",
        "2025-04-02",
        "Russia's spring draft: 160,000 conscripts and sign-up bonuses of 2 million rubles\n"
        "President Vladimir Putin signed a decree on Monday calling up 160,000 men aged 18 to 30 for military "
        "service, the largest spring draft since 2011. Conscripts serve 12 months and, by law, are not sent to "
        "fight in Ukraine.\n"
        "Russia also recruits about 30,000 contract soldiers a month, former president Dmitry Medvedev said, "
        "offering bonuses of up to 2 million rubles in some regions. The army's target strength is 1.5 million.\n"
        "In Ukraine, where the mobilisation age was lowered from 27 to 25 in April 2024, the government offers "
        "one-year contracts to men aged 18 to 24 with a payment of 1 million hryvnias.\n"
        "Britain's defence ministry estimated Russia's casualties at about 1,200 a day in March, most of them "
        "caused by drones.",
        (
            "russia personnel losses 1200 - approx rate 1 * * uk_mod false",
        ),
    ),
    Article(
        "compensation_explainer",
        "2025-03-05",
        "What a fallen soldier's family receives\n"
        "The family of a Ukrainian soldier killed in action is entitled to a payment of 15 million hryvnias, about "
        "$360,000: 3 million at once and the rest in 40 monthly instalments, under rules in force since 2024.\n"
        "In Russia, the families of servicemen killed in Ukraine receive at least 12 million rubles from the "
        "federal budget, plus regional bonuses of 1 million to 5 million rubles. A contract soldier's monthly pay "
        "starts at 210,000 rubles.\n"
        "Ukraine's social policy ministry said it paid compensation to 48,000 families last year. A survey of 1,500 "
        "veterans found that 62 percent had waited more than six months.\n"
        "The payouts are one measure of the war's cost: the independent outlet Mediazona has confirmed the deaths "
        "of 95,000 Russian soldiers by name, and the real toll is higher.",
        (
            "russia personnel killed 95000 - exact cumulative * * 2025-03-05 mediazona false",
        ),
    ),
    Article(
        "afghanistan_anniversary_history",
        "2025-02-15",
        "36 years after Afghanistan: a war that has cost Russia more in three years than in ten\n"
        "On February 15, 1989, the last Soviet commander crossed the Friendship Bridge out of Afghanistan after a "
        "war that lasted nine years and seven weeks. Some 620,000 Soviet troops served there.\n"
        "The Soviet Union lost about 15,000 soldiers killed in Afghanistan, according to official figures. In the "
        "First Chechen War of 1994-96, Russia's official toll was 5,732 servicemen killed.\n"
        "The war in Ukraine is of another order. The BBC and Mediazona have confirmed more than 90,000 Russian "
        "military deaths since 2022, six times the Afghan toll.\n"
        "In 1945 the Red Army's drive on Berlin took 16 days and involved 2.5 million men and 6,250 tanks.",
        (
            "* personnel killed 15000 - approx * * * * other|- false",
            "russia personnel killed 5732 - exact * * * * other|ru_officials|ru_mod|- false",
            "russia personnel killed 90000 - at_least cumulative * * 2025-02-15 mediazona false",
        ),
    ),
    Article(
        "football_derby_air_raid",
        "2024-11-04",
        "Shakhtar beat Dynamo 2-1 as air raid halts derby for 40 minutes\n"
        "Shakhtar Donetsk beat Dynamo Kyiv 2-1 in Kyiv on Sunday in a match halted for 40 minutes by an air raid "
        "alert, which sent 5,000 fans into shelters under the stands.\n"
        "Georgiy Sudak, 22, scored in the 17th minute and 19-year-old Kevin Silva added the second in the 78th "
        "before Vlad Vanin pulled one back. Shakhtar lead the Premier League with 31 points from 13 games, four "
        "ahead of Dynamo.\n"
        "Shakhtar have not played in Donetsk since 2014 and host their Champions League games in Gelsenkirchen, "
        "where 41,000 watched them lose 3-0 to Bayern.\n"
        "During the alert, Ukraine's air force said it had shot down 25 of the 36 drones Russia launched, and that "
        "another 8 were lost from radar.",
        (
            "russia drones destroyed 25 - exact period * * 2024-11-03|2024-11-04 ua_officials false",
            "russia drones losses 8 - exact period * * 2024-11-03|2024-11-04 ua_officials false",
        ),
    ),
    Article(
        "front_line_by_the_numbers",
        "2024-12-20",
        "The front line by the numbers\n"
        "The active front in Ukraine runs for about 1,000 kilometres from the Kharkiv region to the Dnipro River, "
        "and another 1,200 km of border with Russia and Belarus must be guarded. Russia occupies 18.5% of Ukraine, "
        "about 112,000 square kilometres, and gained 3,600 square kilometres this autumn, the ISW said.\n"
        "The T-0504 road out of Pokrovsk has been under drone fire since October; the city is 8 km from the "
        "nearest Russian positions. Soldiers of the 59th and 25th brigades hold the southern flank, where the "
        "temperature drops to minus 15 degrees at 4 a.m.\n"
        "About 23 percent of Ukraine's land may be contaminated by mines.\n"
        "Russia lost 1,629 soldiers killed and wounded on Thursday, Ukraine's General Staff said, the most on one "
        "day since the war began.",
        (
            "russia personnel losses 1629 - exact period 1 * 2024-12-19 ua_general_staff false",
        ),
    ),
    Article(
        "power_grid_after_strikes",
        "2025-01-15",
        "Ukraine's grid after 12 mass strikes\n"
        "Russia has carried out 12 massive missile and drone attacks on Ukraine's energy system since March 2024, "
        "destroying or damaging about 9 gigawatts of generating capacity, half of what the country had, the energy "
        "minister said. Thermal power plants lost 90 percent of their output.\n"
        "Outages lasted up to 16 hours a day in November, the grid operator said, and 6 of the country's 15 nuclear "
        "reactors are at the occupied Zaporizhzhia plant. Imports from the EU reached 1.7 GW, the most allowed.\n"
        "Restoring the grid will cost $16 billion, the World Bank estimates.\n"
        "In Wednesday's attack Russia fired 43 missiles and 74 drones. The air force said it shot down 30 of the "
        "missiles and 47 of the drones. Two energy workers were killed in the Lviv region, the governor said.",
        (
            "russia missiles destroyed 30 - exact period * * 2025-01-15 ua_officials false",
            "russia drones destroyed 47 - exact period * * 2025-01-15 ua_officials false",
            "ukraine people|civilians killed 2 - exact period * * 2025-01-15 ua_officials false",
        ),
    ),
    Article(
        "tank_reserves_in_storage",
        "2025-03-10",
        "Russia's tank reserves are running down, satellite images show\n"
        "Russia had about 7,000 tanks at its storage bases before the invasion and has pulled roughly 4,000 of them "
        "out since 2022, an open-source researcher found by comparing satellite images. At the current pace the "
        "stock could run out in 2026.\n"
        "Uralvagonzavod, Russia's only tank factory, builds or refurbishes about 1,500 tanks a year, the IISS "
        "estimated, though only about 200 of them are new T-90Ms.\n"
        "The United States sent 31 Abrams tanks and Germany 18 Leopard 2A6s; Poland gave 250 older T-72s in the "
        "first year of the war.\n"
        "Oryx has documented more than 3,700 Russian tanks destroyed, damaged, abandoned or captured since "
        "February 2022.",
        (
            "russia tanks losses 3700 - at_least cumulative * * 2025-03-10 oryx false",
        ),
    ),
    Article(
        "children_deported_returned",
        "2025-06-01",
        "On Children's Day, Kyiv counts the children taken to Russia\n"
        "Ukraine has verified the names of 19,546 children deported or forcibly moved to Russia or occupied areas "
        "since 2022, the presidential office said on Sunday, and 1,366 of them have been brought back, most through "
        "mediation by Qatar.\n"
        "The youngest returned so far was 2 years old; 14 were teenagers aged 16 or 17 who had been sent to "
        "military-patriotic camps in Crimea. About 1.6 million children live under occupation, the ombudsman said.\n"
        "The International Criminal Court issued its arrest warrant for Vladimir Putin over the deportations in "
        "March 2023.\n"
        "At least 630 children have been killed and more than 1,900 wounded since the full-scale invasion, the "
        "Prosecutor General's Office said.",
        (
            "ukraine civilians killed 630 - at_least cumulative * * 2025-06-01 ua_officials false",
            "ukraine civilians wounded 1900 - at_least cumulative * * 2025-06-01 ua_officials false",
        ),
    ),
    Article(
        "demining_season",
        "2025-04-04",
        "Sappers race to clear fields before the sowing season\n"
        "Ukraine's emergency service has cleared 42,000 hectares of farmland since the start of the year and "
        "defused 18,200 explosive items, including 1,100 aerial bombs, it said on Friday, International Mine "
        "Awareness Day.\n"
        "About 139,000 square kilometres, nearly a quarter of the country, may hold mines or unexploded shells. At "
        "the current pace of 3,000 sappers working in 250 teams, clearing all of it could take 70 years, the "
        "economy ministry estimated. Each team costs about $1 million a year.\n"
        "Farmers in the Kharkiv region have been offered compensation of up to 80% of the cost of demining their "
        "land.\n"
        "Mines and unexploded ordnance have killed 352 civilians and wounded 780 since February 2022, according to "
        "the emergency service.",
        (
            "ukraine civilians killed 352 - exact cumulative * * 2025-04-04 ua_officials false",
            "ukraine civilians wounded 780 - exact cumulative * * 2025-04-04 ua_officials false",
        ),
    ),
    Article(
        "grain_corridor_shipping",
        "2025-08-01",
        "Two years on, Ukraine's sea corridor has carried 110 million tonnes\n"
        "More than 3,300 cargo ships have sailed through the Black Sea corridor since Ukraine opened it in August "
        "2023, carrying 110 million tonnes of grain, ore and other goods, the infrastructure ministry said on "
        "Friday.\n"
        "The ports of Odesa, Chornomorsk and Pivdennyi handle about 90% of the country's seaborne exports; 28 ships "
        "a day call at them in the busiest weeks. Insurance premiums have fallen to 1% of a cargo's value from 5% "
        "in 2023.\n"
        "Russian strikes have hit port facilities more than 60 times since the Black Sea Grain Initiative ended in "
        "July 2023.\n"
        "Ukraine's navy said Ukrainian sea drones and missiles have destroyed or damaged 28 Russian warships and a "
        "submarine since 2022, forcing most of the Black Sea Fleet to Novorossiysk.",
        (
            "russia ships losses|destroyed|damaged 28 - exact cumulative * * 2025-08-01 ua_officials false",
            "russia submarines losses|destroyed|damaged 1 - exact cumulative * * 2025-08-01 ua_officials false",
        ),
    ),
    Article(
        "glide_bombs_week",
        "2025-03-17",
        "Zelensky: Russia launched 1,300 glide bombs last week\n"
        "Russia launched more than 1,300 guided aerial bombs, nearly 1,100 attack drones and 9 missiles of various "
        "types against Ukraine over the past week, President Volodymyr Zelensky said on Sunday, renewing his call "
        "for 10 more Patriot systems.\n"
        "Each Patriot battery costs about $1 billion and its interceptors about $4 million apiece, while a "
        "glide bomb, an old FAB-500 or FAB-1500 fitted with wings, costs Russia around $20,000. The bombs are "
        "dropped from 40 to 70 km behind the front line.\n"
        "In Kharkiv, a glide bomb struck a five-storey building at 11:40 on Saturday, killing 4 people and "
        "injuring 21, including 3 children, regional governor Oleh Syniehubov said.",
        (
            "ukraine people|civilians killed 4 - exact period * * 2025-03-15 ua_officials false",
            "ukraine people|civilians wounded 21 - exact period * * 2025-03-15 ua_officials false",
            "ukraine civilians wounded 3 - exact period * * 2025-03-15 ua_officials false",
        ),
    ),
    Article(
        "defence_budget_comparison",
        "2024-10-02",
        "Russia to spend 13.5 trillion rubles on defence in 2025\n"
        "Russia plans to raise defence spending by 30% next year to 13.5 trillion rubles, about $145 billion, "
        "according to a draft budget published on Monday. That is 6.3% of gross domestic product and 32.5% of all "
        "federal spending, the highest share since the Soviet era.\n"
        "Ukraine's 2025 budget sets aside 2.2 trillion hryvnias, or 26% of GDP, for defence and security, and "
        "relies on $38 billion in foreign aid to pay pensions and salaries. Inflation in Russia reached 9.1% in "
        "August; the central bank's key rate stands at 19%.\n"
        "The money buys men as much as machines. Britain's defence ministry said Russia's casualties averaged "
        "1,271 a day in September, the highest of the war.",
        (
            "russia personnel losses 1271 - exact rate 1 * * uk_mod false",
        ),
    ),
    Article(
        "air_raid_alert_statistics",
        "2025-02-24",
        "Three years of sirens: Kyiv has spent 55 days underground\n"
        "Since February 24, 2022, Kyiv has heard 1,397 air raid alerts lasting a total of 1,320 hours, or 55 days, "
        "according to a count by the city's military administration. The longest, on 12 December 2024, lasted 9 "
        "hours and 14 minutes.\n"
        "The capital's 52 metro stations can shelter about 100,000 people, and the city has opened 4,800 other "
        "shelters, though inspectors found 700 of them locked.\n"
        "Lviv, 500 km to the west, has had 740 alerts; Kharkiv, 40 km from the border, more than 2,000.\n"
        "In that time Russian attacks have killed 211 civilians in Kyiv, among them 17 children, and wounded 1,021, "
        "the city's military administration said.",
        (
            "ukraine civilians killed 211 - exact cumulative * * 2025-02-24 ua_officials false",
            "ukraine civilians killed 17 - exact cumulative * * 2025-02-24 ua_officials false",
            "ukraine civilians wounded 1021 - exact cumulative * * 2025-02-24 ua_officials false",
        ),
    ),
    Article(
        "opinion_poll_concessions",
        "2025-05-12",
        "Poll: 68% of Ukrainians reject giving up land for peace\n"
        "Sixty-eight percent of Ukrainians would not accept ceding territory to Russia in exchange for a ceasefire, "
        "while 24% would, according to a survey by the Kyiv International Institute of Sociology published on "
        "Monday. The poll of 1,008 adults, conducted by phone from May 2 to 9, has a margin of error of 3.4 "
        "percentage points.\n"
        "In the east, 41% said they could accept a frozen front line, against 19% in the west. Among those aged 18 "
        "to 29, support for concessions was 31%.\n"
        "Trust in President Volodymyr Zelensky stood at 60%, up from 52% in February.\n"
        "The survey comes as Russia presses its offensive in the Donetsk region, where Ukraine's General Staff said "
        "Russian forces lost 1,240 troops over the past 24 hours.",
        (
            "russia personnel losses 1240 - exact period 1 * 2025-05-12 ua_general_staff false",
        ),
    ),
    Article(
        "war_crimes_verdict",
        "2025-09-18",
        "Russian soldier jailed for 15 years over killing of two villagers\n"
        "A court in Chernihiv on Thursday sentenced a 26-year-old Russian serviceman of the 55th Motor Rifle "
        "Brigade to 15 years in prison under Article 438 of the criminal code for the killing of two men in a "
        "village near the city in March 2022.\n"
        "Prosecutors said the soldier shot the men, aged 62 and 70, at a checkpoint on the M-01 highway. He was "
        "captured in 2023; prosecutors said he would not be handed back in a prisoner exchange.\n"
        "Ukraine has registered more than 150,000 suspected war crimes since the invasion and delivered 129 "
        "verdicts against Russian servicemen, the prosecutor general's office said. About 600 suspects have been "
        "identified by name.",
        (
            "ukraine civilians|people killed 2 - exact period * * * ua_officials|- false",
        ),
    ),
    Article(
        "heritage_sites_damaged",
        "2025-04-18",
        "UNESCO: 489 cultural sites damaged in Ukraine\n"
        "UNESCO has verified damage to 489 cultural sites in Ukraine since February 24, 2022, including 149 "
        "religious sites, 34 museums, 237 buildings of historical or artistic interest and 19 libraries, the UN "
        "agency said on International Day for Monuments and Sites.\n"
        "The Kharkiv region has the most, with 117, followed by Donetsk with 92. Restoring them will cost an "
        "estimated $3.5 billion, about 12% of all damage to the culture and tourism sector.\n"
        "Ukraine's culture ministry counts 1,400 damaged sites by its own, broader, measure.\n"
        "At least 120 Ukrainian artists, writers and musicians have been killed in the war, the PEN Ukraine "
        "association said.",
        (
            "ukraine people|civilians|personnel killed 120 - at_least cumulative * * 2025-04-18 other false",
        ),
    ),
    Article(
        "rehabilitation_centre",
        "2025-07-07",
        "At a Lviv clinic, 2,400 prosthetic limbs fitted in two years\n"
        "The Superhumans Center in Lviv has fitted 2,400 prosthetic limbs and carried out 1,150 reconstructive "
        "operations since it opened in April 2023, its director said. It has 120 beds and a waiting list of 800.\n"
        "Most patients are soldiers aged 25 to 45; the youngest was a 7-year-old boy. A bionic hand costs up to "
        "$50,000, of which the state covers 70%.\n"
        "The clinic plans a second building of 6,000 square metres by 2026, with room for 200 patients a month.\n"
        "Ukraine's health ministry said in June that 12,800 wounded soldiers were admitted to military hospitals "
        "in May.",
        (
            "ukraine personnel wounded 12800 - exact period * * 2025-05-31|2025-05-01 ua_officials|ua_mod false",
        ),
    ),
    Article(
        "ceasefire_plan_points",
        "2025-11-24",
        "What is in the 28-point peace plan\n"
        "The draft, drawn up by US and Russian envoys and shown to Kyiv last week, has 28 points. Point 6 would cap "
        "Ukraine's armed forces at 600,000 troops, down from about 880,000 now. Point 21 would have Ukrainian "
        "forces withdraw from the part of the Donetsk region they still hold, about 6,600 square kilometres, which "
        "would become a demilitarised zone.\n"
        "Under point 14, $100 billion of frozen Russian assets would go to rebuilding Ukraine, with the US taking "
        "50% of the profits. Elections would be held within 100 days, and all prisoners would be exchanged on an "
        "all-for-all basis.\n"
        "European officials proposed a 30-day ceasefire instead. Fighting went on: Ukraine's General Staff said on "
        "Monday that Russia had lost 1,180 soldiers in the past day.",
        (
            "russia personnel losses 1180 - exact period 1 * 2025-11-24 ua_general_staff false",
        ),
    ),
    Article(
        "crowdfunding_drones",
        "2024-09-09",
        "Viewers of a YouTube channel raised 400 million hryvnias for drones in 10 days\n"
        "A fundraiser launched by a popular Ukrainian blogger on August 30 collected 400 million hryvnias, about $9.7 "
        "million, from more than 120,000 donors, the organisers said on Monday. The money will buy 1,500 FPV drones "
        "and 30 reconnaissance drones for the 3rd Assault Brigade.\n"
        "The biggest single donation was 5 million hryvnias; the average was 3,300. In 2022 a similar campaign bought "
        "three Bayraktar TB2 drones for $5 million each, and the Turkish maker then donated them for free.\n"
        "The brigade said its drone operators had destroyed 26 Russian armoured vehicles and 9 tanks near Kharkiv "
        "in August.",
        (
            "russia armoured_vehicles destroyed 26 - exact period * * 2024-08-31|2024-08-01 ua_officials false",
            "russia tanks destroyed 9 - exact period * * 2024-08-31|2024-08-01 ua_officials false",
        ),
    ),
    Article(
        "north_korean_deployment",
        "2025-01-13",
        "How many North Korean troops are fighting for Russia?\n"
        "North Korea has sent about 11,000 soldiers to Russia's Kursk region, most of them from its special forces, "
        "South Korea's spy agency said. Pyongyang has also shipped more than 100 ballistic missiles, 200 long-range "
        "artillery pieces and some 9 million rounds of ammunition since August 2023, by Seoul's count.\n"
        "The troops, aged mostly in their early 20s, trained for 2 months near Vladivostok before moving 7,000 km "
        "west by train.\n"
        "Ukraine's military intelligence said on Sunday that 3,800 North Korean soldiers had been killed or wounded "
        "since they entered combat in December. Two were taken prisoner last week, President Volodymyr Zelensky "
        "said.",
        (
            "russia personnel losses 3800 - exact period * * 2025-01-12|2025-01-13 ua_mod false",
            "russia personnel captured 2 - exact period 7|- * 2025-01-13|2025-01-12 ua_president false",
        ),
    ),
    Article(
        "evacuation_of_children",
        "2024-08-20",
        "Authorities order families with children to leave Pokrovsk\n"
        "Ukrainian authorities on Monday ordered the mandatory evacuation of families with children from Pokrovsk "
        "and 26 nearby villages, where 4,000 children still live, the regional governor said. About 53,000 people "
        "remain in the city, which had 60,000 residents before the war.\n"
        "Evacuation trains leave from Pavlohrad, 110 km away, at 16:00 daily; 1,200 people left last week, and 600 "
        "children are expected this week. Each family receives 3,000 hryvnias on arrival.\n"
        "Russian forces are now 10 km from the city after advancing 5 km in a week.\n"
        "Russian shelling killed 2 people and wounded 7 in the Donetsk region over the past day, the governor said.",
        (
            "ukraine people|civilians killed 2 - exact period 1 * 2024-08-20 ua_officials false",
            "ukraine people|civilians wounded 7 - exact period 1 * 2024-08-20 ua_officials false",
        ),
    ),
    Article(
        "steelworks_siege_anniversary",
        "2025-05-20",
        "Three years since the defenders of Mariupol's steelworks laid down their arms\n"
        "The siege of Mariupol lasted 86 days. In its last weeks about 2,500 Ukrainian fighters held out in the "
        "tunnels of the Azovstal plant, which covers 11 square kilometres and was built in 1933.\n"
        "Russia's defence ministry said on May 20, 2022, that 2,439 defenders had surrendered since May 16. Kyiv "
        "called it an evacuation ordered to save lives.\n"
        "About 1,900 of them have since come home in 30 exchanges, the Azov Brigade said this week; some 700 are still "
        "held in Russia, and the brigade says 130 have died in captivity.\n"
        "Commemorations were held in Kyiv at 10:00 with a minute of silence.",
        (
            "ukraine personnel captured 2439 - exact period 4|- 2022-05-16 2022-05-20 ru_mod false",
            "ukraine personnel killed 130 - exact cumulative * * 2025-05-20 other|ua_officials false",
        ),
    ),
    Article(
        "shadow_fleet_sanctions",
        "2025-05-21",
        "EU targets Russia's shadow fleet with 17th sanctions package\n"
        "The European Union on Tuesday added 189 vessels of Russia's so-called shadow fleet to its sanctions list, "
        "bringing the total to 342 tankers and cargo ships barred from EU ports. The price cap on Russian crude "
        "stays at $60 a barrel.\n"
        "Estonia's navy detained one tanker in the Gulf of Finland last week, and Finland seized another in December "
        "over damage to 4 undersea cables. About 70% of Russia's seaborne oil is carried by such ships, many more than "
        "20 years old.\n"
        "Russia earned $13.7 billion from oil exports in April, down 9% from March, the IEA said.\n"
        "Meanwhile Ukraine's navy said its sea drones had hit two Russian landing ships in Crimea on Sunday.",
        (
            "russia ships destroyed|damaged 2 - exact period * * 2025-05-18 ua_officials false",
        ),
    ),
    Article(
        "veterans_games_medals",
        "2025-02-17",
        "Ukraine's veterans win 16 medals at the Invictus Games\n"
        "Ukraine's team of 35 wounded servicemen and women won 16 medals, four of them gold, at the Invictus Games in "
        "Vancouver and Whistler, which closed on Sunday after 9 days. Some 550 competitors from 23 nations took "
        "part in 11 sports.\n"
        "The oldest Ukrainian, 54, won bronze in indoor rowing; the youngest, 23, who lost a leg near Bakhmut in "
        "2023, took silver in the 100 metres. Seven had never skied before training began 4 months ago.\n"
        "The sports ministry said 523 Ukrainian athletes and coaches have been killed since the full-scale "
        "invasion began.",
        (
            "ukraine people|personnel killed 523 - exact cumulative * * 2025-02-17 ua_officials false",
        ),
    ),
    Article(
        "border_checkpoint_queues",
        "2024-07-29",
        "Summer queues at Ukraine's western border reach 30 hours\n"
        "Ukraine's border service recorded 2.4 million crossings of the western border in July, up 12% from June, "
        "and queues at the Yahodyn checkpoint reached 30 hours on Saturday. Men aged 18 to 60 still may not leave "
        "without an exemption.\n"
        "Border guards turned back 1,300 men with forged documents in the first half of the year, the service said, "
        "and 21 checkpoints now run 24 hours a day.\n"
        "In the Sumy region, on the Russian border, a Russian drone struck a checkpoint on Sunday, killing one border "
        "guard and wounding 3, the service said.",
        (
            "ukraine personnel|people killed 1 - exact period * * 2024-07-28 ua_officials false",
            "ukraine personnel|people wounded 3 - exact period * * 2024-07-28 ua_officials false",
        ),
    ),
)
