"""Round 31 of whole short articles written for these tests, in styles rounds 1 and 3 to 30 and p1 do not hold, with
the source, the span and the date in view: a regional military administration head's own message after a night
attack, published in English under the office's heading and in the first person ("Our air defence", "tonight"), with
drones and missiles shot down, a toll raised "as of 10:00", the hospitalised and the children among the injured, and
houses, a day of mourning and aid payments that are no losses; a prosecutor general's press release on a charge in
absentia over a named strike ("According to the investigation, on DATE ..."), dense in ages, brigade and article
numbers and years of imprisonment that are no losses, with a region's toll "since the start of this year"; and a UN
monitoring mission's monthly update in its own voice ("In May 2025, HRMMU verified ..."), with children who "accounted
for" part of the month's toll, a toll "since 1 January" and totals since the invasion, beside percentages, field
visits and interviews that are no claims; and a Russian border governor's own address after a day of attacks, in
English translation under the office's heading, with drones shot down, the day's dead, wounded and hospitalised, a toll
"since the beginning of August", and settlements attacked, drones launched, shells fired and compensation that are no
losses. Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "regional_head_message_after_night_attack",
        "2025-04-22",
        "Zhytomyr Regional Military Administration\n"
        "Message from the Head of the Regional Military Administration, Viktor Hnatiuk\n"
        "(English version of a message first published in Ukrainian)\n"
        "Dear residents of the region! Tonight the enemy again attacked Zhytomyr region with attack drones and "
        "missiles.\n"
        "Our air defence worked for more than four hours. 23 of the 27 Shahed drones and 2 cruise missiles aimed at "
        "the region were shot down.\n"
        "Unfortunately, there are victims. In the Korosten community, a married couple and their 12-year-old son "
        "were killed when a drone hit their house.\n"
        "In total, 4 people were killed and 8 injured in the region tonight. Among the injured are 2 children. 5 of "
        "the injured have been hospitalised; the condition of one of them is serious.\n"
        "As of 10:00, the number of injured has risen to 9.\n"
        "Damage was recorded to 14 private houses, 2 apartment buildings and a school. Rescuers put out fires on an "
        "area of 300 square metres.\n"
        "Friday, 25 April, is declared a day of mourning in the Korosten community. The families of the dead will "
        "receive 100,000 hryvnias each from the regional budget.\n"
        "Stay in shelters during air raid alerts! We will get through this together.",
        (
            "russia drones destroyed 23 - exact period 1|- * 2025-04-22|2025-04-21 ua_officials false",
            "russia missiles destroyed 2 - exact period 1|- * 2025-04-22|2025-04-21 ua_officials false",
            "ukraine people|civilians killed 4 - exact period 1|- * 2025-04-22|2025-04-21 ua_officials false",
            "ukraine people|civilians wounded 8 - exact period 1|- * 2025-04-22|2025-04-21 ua_officials false",
            "ukraine civilians|people wounded 2 - exact period 1|- * 2025-04-22|2025-04-21 ua_officials false",
            "ukraine people|civilians wounded 5 - exact period 1|- * 2025-04-22|2025-04-21 ua_officials false",
            "ukraine people|civilians wounded 9 - exact period 1|- * 2025-04-22|2025-04-21 ua_officials false",
            # ("the condition of one of them is serious": one of the injured, a part of that whole)
            "ukraine people|civilians wounded 1 - exact period 1|- * 2025-04-22|2025-04-21 ua_officials false",
        ),
    ),
    Article(
        "prosecutor_press_release_charge_over_named_strike",
        "2025-06-03",
        "Office of the Prosecutor General\n"
        "Press release | 3 June 2025\n"
        "Strike on Dnipro bus station: commander of Russian missile brigade charged in absentia\n"
        "Prosecutors of the War Crimes Department have notified a 47-year-old colonel of the Russian armed forces, "
        "the commander of the 112th missile brigade, of suspicion of violating the laws and customs of war (Part 2 "
        "of Article 438 of the Criminal Code of Ukraine).\n"
        "According to the investigation, on 17 March 2025 the suspect gave the order to strike the central bus "
        "station in Dnipro with two Iskander-M ballistic missiles. The strike killed 11 civilians, among them 2 "
        "children, and injured 46 more people.\n"
        "The missiles also damaged the station building, 12 shops and several cars.\n"
        "Evidence was collected together with the Security Service of Ukraine. The suspect faces up to 12 years of "
        "imprisonment or life imprisonment.\n"
        "Since 24 February 2022, prosecutors have registered more than 150,000 war crimes committed by the Russian "
        "armed forces. In Dnipropetrovsk region alone, 138 civilians have been killed by Russian missile and drone "
        "strikes since the start of this year, according to the regional prosecutor's office.",
        (
            "ukraine civilians|people killed 11 - exact period * * 2025-03-17 ua_officials false",
            "ukraine civilians|people killed 2 - exact period * * 2025-03-17 ua_officials false",
            "ukraine people|civilians wounded 46 - exact period * * 2025-03-17 ua_officials false",
            "ukraine civilians killed 138 - exact period * 2025-01-01 2025-06-03 ua_officials false",
        ),
    ),
    Article(
        "un_mission_monthly_update_own_voice",
        "2025-06-11",
        "Protection of Civilians in Ukraine\n"
        "Update, 11 June 2025\n"
        "KYIV - In May 2025, the UN Human Rights Monitoring Mission in Ukraine (HRMMU) verified that 183 civilians "
        "were killed and 1,011 injured in Ukraine. Children accounted for 14 of those killed and 87 of those "
        "injured.\n"
        "The toll was 21 per cent higher than in April and the highest since September 2024. Nearly 90 per cent of "
        "the casualties occurred in territory controlled by the Government of Ukraine.\n"
        "Since 1 January 2025, HRMMU has verified 1,120 civilians killed and 5,402 injured, nearly double the number "
        "for the same period of 2024.\n"
        "In total, since 24 February 2022, HRMMU has verified 13,341 civilians killed, including 701 children, and "
        "32,744 injured.\n"
        "During the month, HRMMU staff conducted 48 field visits in 9 regions and interviewed 215 victims and "
        "witnesses.\n"
        "HRMMU believes the actual figures are considerably higher, as information from some locations remains under "
        "corroboration. HRMMU is one of 10 field presences of the UN Human Rights Office.",
        (
            "ukraine civilians killed 183 - exact period 31 * 2025-05-31 un false",
            "ukraine civilians wounded 1011 - exact period 31 * 2025-05-31 un false",
            "ukraine civilians killed 14 - exact period 31 * 2025-05-31 un false",
            "ukraine civilians wounded 87 - exact period 31 * 2025-05-31 un false",
            "ukraine civilians killed 1120 - exact period * 2025-01-01 2025-06-11|2025-05-31 un false",
            "ukraine civilians wounded 5402 - exact period * 2025-01-01 2025-06-11|2025-05-31 un false",
            "ukraine civilians killed 13341 - exact cumulative - 2022-02-24|- 2025-06-11|2025-05-31 un false",
            "ukraine civilians killed 701 - exact cumulative - 2022-02-24|- 2025-06-11|2025-05-31 un false",
            "ukraine civilians wounded 32744 - exact cumulative - 2022-02-24|- 2025-06-11|2025-05-31 un false",
        ),
    ),
    Article(
        "russian_governor_address_after_a_day_of_attacks",
        "2025-08-17",
        "Government of the Belgorod Region\n"
        "Address by the Governor of the Belgorod Region (English translation)\n"
        "Dear Belgorod residents! The past day was difficult again. The Armed Forces of Ukraine attacked 19 "
        "settlements of the region with 64 drones and fired 112 artillery shells.\n"
        "Air defence systems shot down 41 Ukrainian drones over the region.\n"
        "In the Shebekino district, two civilians were killed when a drone hit their car near the village of "
        "Novaya Tavolzhanka. Five more people were wounded, including a 9-year-old girl. Three of the wounded were "
        "taken to the regional hospital; doctors are providing all necessary assistance.\n"
        "A private house, several cars and a power line were damaged. Operational services are working at the "
        "sites. The families will receive compensation of 150,000 rubles.\n"
        "Since the beginning of August, 17 residents of the region have been killed and 96 injured.\n"
        "I express my deepest condolences to the families and friends of the victims.",
        (
            "ukraine drones destroyed 41 - exact period 1|- * 2025-08-17|2025-08-16 ru_officials false",
            "russia civilians|people killed 2 - exact period 1|- * 2025-08-17|2025-08-16 ru_officials false",
            "russia civilians|people wounded 5 - exact period 1|- * 2025-08-17|2025-08-16 ru_officials false",
            # ("including a 9-year-old girl": a child among the wounded is a claim of its own, as in round 4)
            "russia civilians wounded 1 - exact period 1|- * 2025-08-17|2025-08-16 ru_officials false",
            "russia civilians|people wounded 3 - exact period 1|- * 2025-08-17|2025-08-16 ru_officials false",
            "russia civilians|people killed 17 - exact period * 2025-08-01 2025-08-17 ru_officials false",
            "russia civilians|people wounded 96 - exact period * 2025-08-01 2025-08-17 ru_officials false",
        ),
    ),
)
