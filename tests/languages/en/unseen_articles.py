"""Whole short articles written for these tests in outlet styles the shared sets hold little of, each with the
claims the spec asks for. Names, places and numbers are invented; nothing is copied from any set.

Each expected claim is one line of twelve fields separated by spaces:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
where "-" is null, "*" is any value, and "a|b" accepts either reading the spec allows.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    name: str
    published: str
    text: str
    expected: tuple[str, ...]


ARTICLES: tuple[Article, ...] = (
    Article(
        "wire_strike",
        "2025-03-14",
        "KYIV, March 14 (Wire) - A Russian missile strike on the southern city of Mykolaiv killed at least nine "
        "people and wounded 31 on Friday, the regional governor said, as Moscow said its forces had hit a "
        "Ukrainian ammunition depot nearby.\n"
        "Governor Oleh Marchuk wrote on Telegram that two children were among the dead.\n"
        "Russia's defence ministry said its air defences had shot down 42 Ukrainian drones overnight over the "
        "Bryansk and Kursk regions. It did not mention the strike on Mykolaiv.\n"
        "Ukraine's air force said it had downed 61 of the 88 drones Russia launched overnight.\n"
        "The strike came a day after Ukraine's General Staff said Russia had lost 1,190 troops in the past 24 "
        "hours.",
        (
            "ukraine people|civilians killed 9 - at_least period * * 2025-03-14 ua_officials false",
            "ukraine people|civilians wounded 31 - exact period * * 2025-03-14 ua_officials false",
            "ukraine civilians killed 2 - exact period * * 2025-03-14 ua_officials false",
            "ukraine drones destroyed 42 - exact period 1|- * 2025-03-14 ru_mod false",
            "russia drones destroyed 61 - exact period 1|- * 2025-03-14 ua_officials false",
            "russia personnel losses 1190 - exact period 1 * 2025-03-13|2025-03-14 ua_general_staff false",
        ),
    ),
    Article(
        "live_blog",
        "2025-06-18",
        "Live: Russia-Ukraine war, day 1,211\n"
        "09:12 Russian forces lost 1,340 soldiers over the past day, Ukraine's General Staff said in its morning "
        "update. The figure brings Russia's total losses since February 2022 to 842,300, it said.\n"
        "10:45 The governor of Russia's Belgorod region said three civilians were killed and seven wounded by "
        "Ukrainian shelling of a border village.\n"
        "12:30 Kharkiv's mayor said a guided bomb had injured 14 people, including two children, in the city "
        "centre.\n"
        "13:05 We have not been able to verify the battlefield claims of either side.",
        (
            "russia personnel losses 1340 - exact period 1 * 2025-06-18 ua_general_staff false",
            "russia personnel losses 842300 - exact cumulative * * 2025-06-18 ua_general_staff false",
            "russia civilians killed 3 - exact period * * 2025-06-18 ru_officials false",
            "russia civilians wounded 7 - exact period * * 2025-06-18 ru_officials false",
            "ukraine people|civilians wounded 14 - exact period * * 2025-06-18 ua_officials false",
            "ukraine civilians wounded 2 - exact period * * 2025-06-18 ua_officials false",
        ),
    ),
    Article(
        "think_tank",
        "2024-11-03",
        "Russian Offensive Campaign Assessment, November 3, 2024\n"
        "Russian forces continued offensive operations near Pokrovsk and Kurakhove on November 2. The Ukrainian "
        "General Staff reported on November 2 that Russian forces lost 1,270 personnel over the past day. ISW "
        "assesses that Russia lost roughly 41,980 personnel in October 2024, an average of about 1,354 per day, "
        "according to Ukrainian General Staff data.\n"
        "A spokesperson for Ukraine's eastern group of forces stated that Russian forces lost 96 armored "
        "vehicles in the Pokrovsk direction in the past week.",
        (
            "russia personnel losses 1270 - exact period 1 * 2024-11-02|2024-11-03 ua_general_staff false",
            "russia personnel losses 41980 - approx period * * 2024-10-31 isw|ua_general_staff false",
            "russia personnel losses 1354 - approx rate 1 * * isw|ua_general_staff false",
            "russia armoured_vehicles losses 96 - exact period 7 * 2024-11-03 ua_officials false",
        ),
    ),
    Article(
        "monitoring_update",
        "2025-10-10",
        "Protection of civilians in Ukraine: September 2025 update\n"
        "In September 2025, the UN Human Rights Monitoring Mission in Ukraine verified that 214 civilians were "
        "killed and 1,006 injured in Ukraine. Of them, 19 children were killed and 95 injured. Most of the "
        "casualties (88 per cent) occurred in areas controlled by the Government.\n"
        "The total number of civilian casualties verified by the Mission since 24 February 2022 now stands at "
        "14,120 killed and 36,800 injured. The Mission believes the actual figures are considerably higher.",
        (
            "ukraine civilians killed 214 - exact period * * 2025-09-30|2025-10-10 un false",
            "ukraine civilians wounded 1006 - exact period * * 2025-09-30|2025-10-10 un false",
            "ukraine civilians killed 19 - exact period * * 2025-09-30|2025-10-10 un false",
            "ukraine civilians wounded 95 - exact period * * 2025-09-30|2025-10-10 un false",
            "ukraine civilians killed 14120 - exact cumulative * * 2025-10-10 un false",
            "ukraine civilians wounded 36800 - exact cumulative * * 2025-10-10 un false",
        ),
    ),
    Article(
        "open_source_count",
        "2024-10-15",
        "Russia has now lost more than 3,800 tanks in Ukraine, according to the open-source intelligence site "
        "Oryx, which counts only losses documented with photographs or video. The tally, updated on Tuesday, "
        "includes 2,710 tanks destroyed, 560 captured by Ukrainian forces and 590 abandoned. Ukraine's "
        "documented losses stand at 1,150 tanks, the site said.\n"
        "Analysts caution that the visually confirmed count is a minimum.",
        (
            "russia tanks losses 3800 - at_least cumulative * * 2024-10-15 oryx false",
            "russia tanks destroyed 2710 - exact cumulative * * 2024-10-15 oryx false",
            "russia tanks captured 560 - exact cumulative * * 2024-10-15 oryx false",
            "russia tanks abandoned 590 - exact cumulative * * 2024-10-15 oryx false",
            "ukraine tanks losses 1150 - exact cumulative * * 2024-10-15 oryx false",
        ),
    ),
    Article(
        "intelligence_update",
        "2024-12-07",
        "Britain's Ministry of Defence said on Saturday that Russian forces had likely suffered about 1,430 "
        "casualties a day in November, the highest daily average of the war.\n"
        "In its regular intelligence update, the ministry said total Russian casualties since the start of the "
        "full-scale invasion had probably passed 730,000 killed and wounded. The update added that Russia had "
        "lost an estimated 21 tanks a week over the month.\n"
        "The Kremlin does not publish casualty figures.",
        (
            "russia personnel losses 1430 - approx rate 1 * * uk_mod true",
            "russia personnel losses 730000 - at_least|exact cumulative * * 2024-12-07 uk_mod true",
            "russia tanks losses 21 - approx|exact rate 7 * * uk_mod false",
        ),
    ),
    Article(
        "moscow_said",
        "2024-12-01",
        "MOSCOW (Wire) - Russia's defence ministry said on Sunday its forces had repelled a Ukrainian attack in "
        "the Kursk region, killing up to 300 Ukrainian servicemen and destroying 14 armoured vehicles, "
        "including four US-made Bradley fighting vehicles.\n"
        "The ministry said Ukraine had lost more than 58,000 troops in the Kursk direction since the incursion "
        "began in August. Kyiv did not comment on the claims, which could not be independently verified.\n"
        "Ukraine's military said separately that its forces had shot down 26 Russian drones overnight.",
        (
            "ukraine personnel killed 300 - at_most period * * 2024-12-01 ru_mod false",
            "ukraine armoured_vehicles destroyed 14 - exact period * * 2024-12-01 ru_mod false",
            "ukraine armoured_vehicles destroyed 4 - exact period * * 2024-12-01 ru_mod false",
            "ukraine personnel losses 58000 - at_least period * * 2024-12-01 ru_mod false",
            "russia drones destroyed 26 - exact period 1|- * 2024-12-01 ua_general_staff|ua_officials false",
        ),
    ),
    Article(
        "daily_tally",
        "2024-11-18",
        "Ukraine's General Staff said on Monday that Russia had lost 1,020 soldiers in the past day, bringing "
        "its total losses since the start of the full-scale invasion to 702,430.\n"
        "Over the past week the General Staff reported 9,870 Russian personnel losses.\n"
        "According to the same data, Russian forces have lost 9,335 tanks (+4), 19,140 armoured combat "
        "vehicles (+12) and 20,300 artillery systems (+31).\n"
        "The figures cannot be independently verified, and Moscow does not disclose its own losses.",
        (
            "russia personnel losses 1020 - exact period 1 * 2024-11-18 ua_general_staff false",
            "russia personnel losses 702430 - exact cumulative * * 2024-11-18 ua_general_staff false",
            "russia personnel losses 9870 - exact period 7 * 2024-11-18 ua_general_staff false",
            "russia tanks losses 9335 - exact cumulative * * 2024-11-18 ua_general_staff false",
            "russia tanks losses 4 - exact period 1 * 2024-11-18 ua_general_staff false",
            "russia armoured_vehicles losses 19140 - exact cumulative * * 2024-11-18 ua_general_staff false",
            "russia armoured_vehicles losses 12 - exact period 1 * 2024-11-18 ua_general_staff false",
            "russia artillery losses 20300 - exact cumulative * * 2024-11-18 ua_general_staff false",
            "russia artillery losses 31 - exact period 1 * 2024-11-18 ua_general_staff false",
        ),
    ),
    Article(
        "since_invasion",
        "2024-10-01",
        "Russia has lost 655,540 troops in Ukraine since the beginning of its full-scale invasion on Feb. 24, "
        "2022, the General Staff of Ukraine's Armed Forces reported on Oct. 1.\n"
        "This number includes 1,230 casualties Russian forces suffered over the past day.\n"
        "According to the report, Russia has also lost 8,920 tanks, 17,600 armored fighting vehicles, 18,310 "
        "artillery systems, 369 airplanes, 328 helicopters, 28 ships and boats, and one submarine.",
        (
            "russia personnel losses 655540 - exact cumulative * * 2024-10-01 ua_general_staff false",
            "russia personnel losses 1230 - exact period 1 * 2024-10-01 ua_general_staff false",
            "russia tanks losses 8920 - exact cumulative * * 2024-10-01 ua_general_staff false",
            "russia armoured_vehicles losses 17600 - exact cumulative * * 2024-10-01 ua_general_staff false",
            "russia artillery losses 18310 - exact cumulative * * 2024-10-01 ua_general_staff false",
            "russia aircraft losses 369 - exact cumulative * * 2024-10-01 ua_general_staff false",
            "russia helicopters losses 328 - exact cumulative * * 2024-10-01 ua_general_staff false",
            "russia ships losses 28 - exact cumulative * * 2024-10-01 ua_general_staff false",
            "russia submarines losses 1 - exact cumulative * * 2024-10-01 ua_general_staff false",
        ),
    ),
    Article(
        "commander_interview",
        "2024-04-10",
        "In an interview, the commander of a Ukrainian mechanized brigade said his unit had lost 40 soldiers "
        "killed and about 150 wounded in March, most of them to drones.\n"
        "The commander said his soldiers had destroyed 23 Russian tanks and 61 infantry fighting vehicles since "
        "the brigade arrived near Avdiivka in October. He estimated that the Russians facing his brigade were "
        "losing up to 200 men a week.",
        (
            "ukraine personnel killed 40 - exact period * * 2024-03-31|2024-03-01 ua_officials false",
            "ukraine personnel wounded 150 - approx period * * 2024-03-31|2024-03-01 ua_officials false",
            "russia tanks destroyed 23 - exact period * * 2024-04-10 ua_officials false",
            "russia armoured_vehicles destroyed 61 - exact period * * 2024-04-10 ua_officials false",
            "russia personnel losses 200 - at_most rate 7 * * ua_officials false",
        ),
    ),
    Article(
        "estimates_compared",
        "2023-08-25",
        "How many Russian soldiers have died in Ukraine? Estimates vary widely.\n"
        "US officials told reporters in August that Russian casualties were nearing 300,000, including up to "
        "120,000 dead. Britain's defence intelligence put the figure higher, at about 350,000 killed and "
        "wounded. France's armed forces minister said in a radio interview that Russia had suffered 150,000 "
        "deaths.\n"
        "Mediazona, which counts obituaries and social media posts, has confirmed the names of 45,123 Russian "
        "servicemen killed.",
        (
            "russia personnel losses 300000 - approx cumulative * * 2023-08-25|2023-08-31 us_officials false",
            "russia personnel killed 120000 - at_most cumulative * * 2023-08-25|2023-08-31 us_officials false",
            "russia personnel losses 350000 - approx cumulative * * 2023-08-25 uk_mod false",
            "russia personnel killed 150000 - exact cumulative * * 2023-08-25 other false",
            "russia personnel killed 45123 - exact cumulative * * 2023-08-25 mediazona false",
        ),
    ),
    Article(
        "not_losses",
        "2024-07-02",
        "Western allies have pledged more than $100 billion in military aid to Ukraine since 2022. Germany alone "
        "has delivered 120 Leopard tanks and 30 Gepard air defence systems, while the United States has sent 31 "
        "Abrams tanks.\n"
        "Ukraine's armed forces number about 880,000 people, the defence minister said in June, and the country "
        "wants to mobilise another 160,000. Russia occupies about 18 percent of Ukraine's territory, roughly "
        "110,000 square kilometres. Russia has deployed some 600,000 troops in Ukraine, according to Ukraine's "
        "military intelligence. The war has driven 6.5 million refugees abroad.\n"
        "Yet Ukraine lost 12 of the 31 Abrams in the first months of their deployment, according to Oryx.",
        (
            "ukraine tanks losses 12 - exact period * * 2024-07-02 oryx false",
        ),
    ),
    Article(
        "regional_toll",
        "2025-02-09",
        "BELGOROD, Russia (Wire) - Ukrainian drones struck a bus in the Russian border town of Shebekino on "
        "Sunday, killing two people and injuring 11, the region's acting governor said.\n"
        "Across the border, police in Ukraine's Kharkiv region said Russian glide bombs had killed two men and "
        "wounded five others in the village of Zolochiv.\n"
        "The Russian defence ministry said in a statement that air defence units had intercepted 47 Ukrainian "
        "drones over the Belgorod, Kursk and Oryol regions overnight.",
        (
            "russia people|civilians killed 2 - exact period * * 2025-02-09 ru_officials false",
            "russia people|civilians wounded 11 - exact period * * 2025-02-09 ru_officials false",
            "ukraine people|civilians killed 2 - exact period * * 2025-02-09 ua_officials false",
            "ukraine people|civilians wounded 5 - exact period * * 2025-02-09 ua_officials false",
            "ukraine drones destroyed 47 - exact period 1|- * 2025-02-09 ru_mod false",
        ),
    ),
    Article(
        "bulleted_assessment",
        "2024-05-20",
        "In its annual assessment published on Monday, Estonia's foreign intelligence service said Russia's "
        "army had been rebuilt faster than expected. Among its findings:\n"
        "- Russian forces lose on average about 1,100 soldiers killed or wounded a day;\n"
        "- at least 2,900 tanks have been destroyed since February 2022;\n"
        "- Russia is producing 1,500 tanks a year, most of them refurbished from storage.\n"
        "Independent analysts have questioned some of the figures.",
        (
            "russia personnel losses 1100 - approx rate 1 * * other false",
            "russia tanks destroyed 2900 - at_least cumulative * * 2024-05-20 other false",
        ),
    ),
    Article(
        "leaked_and_think_tank",
        "2023-06-02",
        "Leaked US intelligence documents estimated that Ukraine had suffered up to 131,000 casualties, including "
        "17,500 killed in action, by late February.\n"
        "A study by the Center for Strategic and International Studies, a Washington think tank, put Russian "
        "deaths at between 60,000 and 70,000 in the first year of the war, far more than in any conflict since "
        "the Second World War.\n"
        "Michael Rourke, a military analyst at a London university, said Russia was losing as many as 40 tanks a "
        "week.",
        (
            "ukraine personnel losses 131000 - at_most cumulative * * 2023-02-20|2023-02-28|2023-06-02 "
            "us_officials false",
            "ukraine personnel killed 17500 - exact cumulative * * 2023-02-20|2023-02-28|2023-06-02 us_officials false",
            "russia personnel killed 60000 70000 range period * * * other false",
            "russia tanks losses 40 - at_most rate 7 * * other false",
        ),
    ),
    Article(
        "weekly_moscow_summary",
        "2024-08-31",
        "Russia's defence ministry said on Saturday that Ukraine had lost up to 2,300 servicemen over the past week "
        "along the front line. In its weekly summary, the ministry said its forces had also destroyed 15 tanks, "
        "40 armoured vehicles and 58 field artillery pieces.\n"
        "Russian air defences shot down 12 rockets fired from US-made HIMARS launchers during the week, it said.\n"
        "Ukraine does not comment on Russian claims of its losses.",
        (
            "ukraine personnel losses 2300 - at_most period 7 * 2024-08-31 ru_mod false",
            "ukraine tanks destroyed 15 - exact period 7 * 2024-08-31 ru_mod false",
            "ukraine armoured_vehicles destroyed 40 - exact period 7 * 2024-08-31 ru_mod false",
            "ukraine artillery destroyed 58 - exact period 7 * 2024-08-31 ru_mod false",
            "ukraine missiles destroyed 12 - exact period 7 * 2024-08-31 ru_mod false",
        ),
    ),
    Article(
        "air_force_night",
        "2025-01-15",
        "Russia launched 74 attack drones and three Iskander-M ballistic missiles at Ukraine overnight, Ukraine's "
        "air force said on Wednesday. Air defences shot down 47 of the drones, while another 23 were lost from "
        "radar, likely as a result of electronic jamming, it said.\n"
        "In the western city of Lviv, one person was killed and four were injured, the regional governor wrote on "
        "Telegram.",
        (
            "russia drones destroyed 47 - exact period 1|- * 2025-01-15 ua_officials false",
            "russia drones losses 23 - exact period 1|- * 2025-01-15 ua_officials true|false",
            "ukraine people|civilians killed 1 - exact period * * 2025-01-15 ua_officials false",
            "ukraine people|civilians wounded 4 - exact period * * 2025-01-15 ua_officials false",
        ),
    ),
    Article(
        "own_side_marked",
        "2024-03-22",
        "Ukraine's navy said on Friday that its sea drones had destroyed three Russian landing ships in the Black "
        "Sea since January. A navy spokesman acknowledged that Ukraine had lost two of its own patrol boats in "
        "the same period.\n"
        "Separately, Ukraine's military intelligence agency said its agents had destroyed four Russian aircraft "
        "at an airfield in occupied Crimea.",
        (
            "russia ships destroyed 3 - exact period * * 2024-03-22 ua_officials false",
            "ukraine ships losses 2 - exact period * * 2024-03-22 ua_officials false",
            "russia aircraft destroyed 4 - exact period|cumulative * * 2024-03-22 ua_mod false",
        ),
    ),
    Article(
        "exchange_and_captured",
        "2024-06-25",
        "Russia and Ukraine exchanged 90 prisoners of war each on Tuesday in a deal brokered by the United Arab "
        "Emirates, officials on both sides said.\n"
        "Ukraine's coordination headquarters for prisoners of war said more than 3,300 Ukrainians had been "
        "returned home since the start of the full-scale invasion. Ukraine's military said its troops had "
        "captured 25 Russian soldiers near Vovchansk last week.",
        (
            "russia personnel captured 25 - exact period * * 2024-06-23|2024-06-16|2024-06-25 "
            "ua_general_staff|ua_officials false",
        ),
    ),
    Article(
        "key_events_list",
        "2024-09-12",
        "Russia-Ukraine war: List of key events, day 932\n"
        "Fighting\n"
        "- A Russian strike on a Red Cross aid convoy in the Donetsk region killed three staff members, the "
        "organisation said.\n"
        "- Ukraine's air force said it destroyed 38 of 64 drones launched by Russia overnight.\n"
        "- Russia's defence ministry claimed its forces had shot down 12 Ukrainian drones over the Kursk region.\n"
        "Politics and diplomacy\n"
        "- The United States announced a new $250m military aid package including 40 armoured vehicles.",
        (
            "ukraine civilians|people killed 3 - exact period * * 2024-09-12 other false",
            "russia drones destroyed 38 - exact period 1|- * 2024-09-12 ua_officials false",
            "ukraine drones destroyed 12 - exact period 1|- * 2024-09-12 ru_mod false",
        ),
    ),
    Article(
        "president_interview",
        "2025-02-16",
        "In an interview broadcast on Sunday, President Volodymyr Zelensky said 46,000 Ukrainian soldiers had "
        "been killed on the battlefield since the start of the full-scale invasion and about 380,000 wounded. "
        "Tens of thousands more are missing or held captive, he said.\n"
        "He said Russia had lost about 350,000 soldiers killed and 600,000 to 700,000 wounded.\n"
        "Neither side's figures can be verified.",
        (
            "ukraine personnel killed 46000 - exact cumulative * * 2025-02-16 ua_president false",
            "ukraine personnel wounded 380000 - approx cumulative * * 2025-02-16 ua_president false",
            "russia personnel killed 350000 - approx cumulative * * 2025-02-16 ua_president false",
            "russia personnel wounded 600000 700000 range|approx cumulative * * 2025-02-16 ua_president false",
        ),
    ),
    Article(
        "obituary_count",
        "2025-04-04",
        "Mediazona, together with the BBC Russian service and a team of volunteers, has confirmed the names of "
        "100,001 Russian soldiers who died in Ukraine. In the past two weeks alone, the list grew by 2,315 "
        "names.\n"
        "The real toll is likely far higher: the researchers estimate, using inheritance records, that around "
        "200,000 Russian men had died by the end of 2024.\n"
        "The Kremlin has not updated its own figure since September 2022.",
        (
            "russia personnel killed 100001 - exact cumulative * * 2025-04-04 mediazona false",
            "russia personnel killed 2315 - exact period 14 * 2025-04-04 mediazona false",
            "russia personnel killed 200000 - approx cumulative * * 2024-12-31 mediazona true|false",
        ),
    ),
    Article(
        "carried_source",
        "2023-11-21",
        "Britain's defence intelligence said on Tuesday that Russia had probably lost around 300 armoured "
        "vehicles near Avdiivka since the offensive there began in October.\n"
        "It added that Russian forces had likely suffered several thousand casualties in the same offensive. "
        "The assessment said that at least 20 of the lost vehicles were tanks.\n"
        "Russia's defence ministry, for its part, said Ukraine had lost 125 soldiers near Avdiivka over the "
        "past day.",
        (
            "russia armoured_vehicles losses 300 - approx period * * 2023-11-21 uk_mod true",
            "russia tanks losses 20 - at_least period * * 2023-11-21 uk_mod false",
            "ukraine personnel losses 125 - exact period 1 * 2023-11-21 ru_mod false",
        ),
    ),
    Article(
        "monitoring_half_month",
        "2024-07-11",
        "The UN Human Rights Monitoring Mission in Ukraine said on Thursday that at least 174 civilians had been "
        "killed and 690 injured in June, according to its latest update. The monthly toll was the highest in a "
        "year.\n"
        "Danielle Bell, who heads the mission, said the attacks on Kyiv on July 8 alone had killed 33 civilians, "
        "including five children.",
        (
            "ukraine civilians killed 174 - at_least period * * 2024-06-30|2024-06-01 un false",
            "ukraine civilians wounded 690 - at_least|exact period * * 2024-06-30|2024-06-01 un false",
            "ukraine civilians killed 33 - exact period 1|- * 2024-07-08 un false",
            "ukraine civilians killed 5 - exact period 1|- * 2024-07-08 un false",
        ),
    ),
    Article(
        "afp_front",
        "2023-07-05",
        "KYIV (AFP) - Ukrainian forces have recaptured nine villages since launching their counteroffensive in "
        "early June, deputy defence minister Hanna Malyar said Wednesday.\n"
        "Malyar said Russian forces had lost more than 5,000 soldiers in the southern sector over the past "
        "month. Ukraine does not publish its own casualty figures.\n"
        "In the Russian-occupied city of Donetsk, the Moscow-installed mayor said Ukrainian shelling had killed "
        "four civilians and wounded nine.\n"
        "Kyiv has received 120 Western tanks since January.",
        (
            "russia personnel losses 5000 - at_least period 30 * 2023-07-05 ua_mod|ua_officials false",
            # civilians in an occupied city, hurt by Ukraine's shelling: either reading
            "ukraine|russia civilians killed 4 - exact period * * 2023-07-05 ru_officials false",
            "ukraine|russia civilians wounded 9 - exact period * * 2023-07-05 ru_officials false",
        ),
    ),
    Article(
        "named_analyst",
        "2024-02-20",
        "Russia has lost at least 2,900 main battle tanks since February 2022, according to an analysis by the "
        "International Institute for Strategic Studies, a London-based think tank. That is more than Russia had "
        "in active service before the invasion.\n"
        "The IISS said Moscow had compensated by pulling about 2,500 older tanks out of storage.\n"
        "A separate count by Dutch open-source analysts found that Ukraine had lost 796 tanks.",
        (
            "russia tanks losses 2900 - at_least cumulative * * 2024-02-20 other false",
            "ukraine tanks losses 796 - exact cumulative * * 2024-02-20 other|oryx false",
        ),
    ),
    Article(
        "prisoners_and_deserters",
        "2024-10-30",
        "More than 50,000 Russian servicemen have deserted or gone absent without leave since the start of the "
        "war, a Russian independent outlet reported, citing court records.\n"
        "Ukraine's ombudsman said separately that about 8,000 Ukrainians were being held in Russian captivity, "
        "including 1,300 civilians. Some 3,500 Ukrainian soldiers have been returned home in exchanges.",
        (
            "russia personnel deserted 50000 - at_least cumulative * * 2024-10-30 other false",
            "ukraine personnel|people captured 8000 - approx cumulative * * 2024-10-30 ua_officials false",
            "ukraine civilians captured 1300 - exact cumulative * * 2024-10-30 ua_officials false",
        ),
    ),
    Article(
        "western_officials",
        "2024-05-29",
        "A senior NATO official told reporters on Wednesday that Russia was losing about 1,000 troops killed or "
        "wounded every day, citing allied intelligence estimates.\n"
        "The Pentagon's press secretary said Russian casualties had exceeded 350,000 since the war began. "
        "Estonia's intelligence chief, Colonel Ants Kiviselg, said in a Telegram post that Russian forces had "
        "lost 4,700 soldiers near Kharkiv in the first two weeks of May.\n"
        "Germany's defence minister said his country would send another 100 Patriot missiles.",
        (
            "russia personnel losses 1000 - approx rate 1 * * western_officials false",
            "russia personnel losses 350000 - at_least cumulative * * 2024-05-29 us_officials false",
            "russia personnel losses 4700 - exact period 14 * 2024-05-14|2024-05-01 other false",
        ),
    ),
    Article(
        "citing_figures",
        "2025-01-08",
        "Russian forces lost 427,000 troops in 2024, according to figures from Ukraine's General Staff, the "
        "highest annual total of the war. Daily losses peaked at 2,030 on December 19, the figures showed.\n"
        "Citing Ukrainian intelligence, the Kyiv Independent reported that North Korean troops fighting in the "
        "Kursk region had suffered about 3,800 casualties.\n"
        "Oleksandr Syrskyi, Ukraine's commander-in-chief, told reporters that Russian forces were losing roughly "
        "a battalion a day.",
        (
            "russia personnel losses 427000 - exact period * * 2024-12-31 ua_general_staff false",
            # "daily losses peaked at 2,030 on December 19": that day's figure, or the daily rate at its peak
            "russia personnel losses 2030 - exact period|rate 1 * 2024-12-19|2025-01-08 ua_general_staff false",
            "russia personnel losses 3800 - approx cumulative|period * * 2025-01-08 ua_mod|other false",
        ),
    ),
    Article(
        "toll_rises",
        "2024-04-12",
        "ODESA, Ukraine (Wire) - The death toll from a Russian missile strike on the port city of Odesa rose to "
        "16 on Friday, including three children, as rescuers pulled more bodies from the rubble, the regional "
        "governor said. Earlier reports said 12 people had died.\n"
        "At least 48 people were wounded, 20 of whom remain in hospital, he said.\n"
        "Russia's defence ministry said it had struck a warehouse storing Western weapons in the city.",
        (
            "ukraine people|civilians killed 16 - exact period * * 2024-04-12 ua_officials false",
            "ukraine civilians killed 3 - exact period * * 2024-04-12 ua_officials false",
            "ukraine people|civilians killed 12 - exact period * * 2024-04-12 ua_officials false",
            "ukraine people|civilians wounded 48 - at_least period * * 2024-04-12 ua_officials false",
            "ukraine people|civilians wounded 20 - exact period * * 2024-04-12 ua_officials false",
        ),
    ),
    Article(
        "excess_deaths_range",
        "2024-07-05",
        "An analysis of Russian inheritance records by Mediazona and the independent outlet Meduza estimates "
        "that between 106,000 and 140,000 Russian men died in the war by the end of May 2024.\n"
        "The researchers said the true figure could be as high as 160,000. They have confirmed by name 58,000 of "
        "the dead.\n"
        "Russia's defence ministry has not updated its figure of 5,937 dead since September 2022.",
        (
            "russia personnel killed 106000 140000 range cumulative * * 2024-05-31 mediazona false",
            "russia personnel killed 160000 - at_most cumulative|projection * * 2024-07-05|2024-05-31|- "
            "mediazona true",
            "russia personnel killed 58000 - exact cumulative * * 2024-07-05 mediazona false",
            "russia personnel killed 5937 - exact cumulative * * 2022-09-21|2022-09-30|2022-09-01|2024-07-05 ru_mod "
            "false",
        ),
    ),
)
