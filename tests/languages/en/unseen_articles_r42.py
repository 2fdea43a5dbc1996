"""Round 42 of whole short articles written for these tests, in styles rounds 1 and 3 to 41 and p1 do not hold, with the
source, the span and the date in view: an English-language Ukrainian outlet's "war latest" digest whose lead and
key-development bullet relay the General Staff's running total of troops as a figure "over the past 24 hours" (the
spec: a running total the text calls a day's figure is a period claim) and whose editor's correction under it gives
the day's real figure, beside the war's day number, launchers to be delivered, a port's tonnage and a budget that are
no losses; an open-source team's satellite-imagery report on aircraft that "appear to have been destroyed" at an
airbase (hedged, "at least"), with the General Staff's and the Russian ministry's own claims of the same night and the
team's count since 2022, beside shelters, aircraft parked, runway lengths, an image's resolution and dates that are no
losses; a parliamentary record in the Hansard style ("Mr Speaker", "my honourable friend", column and question
numbers) whose minister answers from "our Defence Intelligence assess", with a month's daily average and a force
sent by an ally, beside aid in pounds, recruits trained and troops sent that are no losses; and a member state's
envoy's speech at a Security Council briefing that cites OHCHR's figures "as of" a date and for a named month, one
strike's toll on a stated day, and the Russian envoy's figure told to the Council "last month", beside the Council's
meetings, aid, refugees and a resolution's number. Names, places and numbers are invented or changed; nothing is
copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "war_latest_digest_running_total_called_a_day_with_correction",
        "2025-11-12",
        "Ukraine war latest: Russian drones hit Odesa port, killing 2; Ukraine to get more Patriots\n"
        "Nov. 12, 2025 - 1,358th day of the full-scale war\n"
        "Key developments:\n"
        "- Russia lost 1,152,340 troops over the past 24 hours, General Staff says\n"
        "- Russian drone attack on Odesa port kills two workers, injures nine\n"
        "- Ukraine to receive 12 more Patriot launchers by spring, president says\n"
        "Russia lost 1,152,340 troops over the past 24 hours, the General Staff of Ukraine's Armed Forces reported on "
        "Nov. 12.\n"
        "According to the report, Russia has also lost 11,384 tanks, 23,612 armored fighting vehicles and 34,279 "
        "artillery systems since the start of the full-scale invasion.\n"
        "Russian drones struck the port of Odesa overnight, killing two port workers and injuring nine, Odesa Oblast "
        "Governor Taras Hlushko said. The port handled 4.1 million tons of cargo in October.\n"
        "Ukraine's Air Force said it shot down 86 of the 104 Shahed-type drones Russia launched overnight.\n"
        "The president said Ukraine would receive 12 more Patriot launchers by spring and that the government had set "
        "aside UAH 2.8 trillion for defence next year.\n"
        "Correction, Nov. 12, 16:05: An earlier version of this digest said Russia lost 1,152,340 troops over the "
        "past 24 hours. That figure is the total since the full-scale invasion began in February 2022; Russia's "
        "losses over the past day were 1,190 troops, according to the General Staff.",
        (
            # the text calls the running total a day's figure (a period claim, the spec's rule), and its correction
            # calls it the total since the invasion: both readings are the text's
            "russia personnel losses 1152340 - exact period|cumulative 1|- * 2025-11-12 ua_general_staff false",
            "russia tanks losses 11384 - exact cumulative - * 2025-11-12 ua_general_staff false",
            "russia armoured_vehicles losses 23612 - exact cumulative - * 2025-11-12 ua_general_staff false",
            "russia artillery losses 34279 - exact cumulative - * 2025-11-12 ua_general_staff false",
            "ukraine civilians|people killed 2 - exact period 1|- * 2025-11-12 ua_officials false",
            "ukraine civilians|people wounded 9 - exact period 1|- * 2025-11-12 ua_officials false",
            "russia drones destroyed 86 - exact period 1|- * 2025-11-12 ua_officials false",
            "russia personnel losses 1190 - exact period 1 - 2025-11-12 ua_general_staff false",
        ),
    ),
    Article(
        "osint_satellite_imagery_aircraft_at_airbase",
        "2025-09-03",
        "Imagery shows at least four bombers destroyed in drone strike on Russian airbase\n"
        "By our open-source investigations team\n"
        "Satellite imagery captured on 29 August shows that at least four Su-34 fighter-bombers appear to have been "
        "destroyed at the Marinovka airbase in Russia's Volgograd region, two days after a Ukrainian drone attack on "
        "the base, our analysis shows.\n"
        "The images, taken at a resolution of 50 centimetres per pixel, show burn scars and debris at four of the 24 "
        "hardened shelters on the base's western apron. Two more aircraft may have been damaged, but the resolution "
        "does not allow us to confirm this.\n"
        "Another 31 aircraft, among them 17 Su-34s and eight Su-24s, can be seen parked elsewhere on the base and "
        "appear intact. Neither of the base's two runways, 2,500 and 1,800 metres long, appears to have been hit.\n"
        "Ukraine's General Staff said on 27 August that its drones had struck the airbase and destroyed six aircraft. "
        "Russia's defence ministry said that day that its air defences had shot down 42 Ukrainian drones over the "
        "Volgograd region overnight, and made no mention of damage.\n"
        "Imagery from 14 August, two weeks before the strike, shows 37 aircraft at the base. With Marinovka, our team "
        "has now documented 96 Russian military aircraft destroyed on the ground since February 2022.",
        (
            "russia aircraft destroyed 4 - at_least period 1|- * 2025-08-29|2025-08-27 other|- true",
            "russia aircraft damaged 2 - exact period 1|- * 2025-08-29|2025-08-27 other|- true",
            "russia aircraft destroyed 6 - exact period 1|- * 2025-08-27 ua_general_staff false",
            "ukraine drones destroyed 42 - exact period 1 * 2025-08-27 ru_mod false",
            "russia aircraft destroyed 96 - exact cumulative|period - 2022-02-24|2022-02-01|- 2025-09-03|2025-08-29 "
            "other|- false",
        ),
    ),
    Article(
        "hansard_oral_answers_defence_intelligence_assess",
        "2025-03-05",
        "Ukraine: Russian Military Losses\n"
        "Volume 771: debated on Wednesday 5 March 2025\n"
        "Column 812\n"
        "11.41 am\n"
        "4. Helen Marsh (Stroud Valley) (Lab): What recent assessment his Department has made of Russian military "
        "losses in Ukraine. [903214]\n"
        "The Minister for the Armed Forces (Mr Owen Pryce): Mr Speaker, our Defence Intelligence assess that Russia "
        "has suffered more than 860,000 casualties, killed and wounded, since the start of its full-scale invasion. "
        "In February alone, an average of 1,410 Russian soldiers were killed or wounded every day. Russia has also "
        "lost more than 3,800 main battle tanks.\n"
        "Helen Marsh: I thank my honourable friend for that answer. Given those losses, will he set out what further "
        "support the Government will give Ukraine this year?\n"
        "Mr Pryce: My honourable friend is right to press the point. We will provide £3 billion in military aid this "
        "year and next, and our forces have trained more than 52,000 Ukrainian recruits under Operation Interflex "
        "since 2022.\n"
        "Column 813\n"
        "Dr James Whitcombe (North Fenland) (Con): North Korea has sent some 11,000 troops to the Kursk region. What "
        "is the Department's assessment of their losses?\n"
        "Mr Pryce: We assess that up to 4,000 of those North Korean soldiers have been killed or wounded, and that "
        "Pyongyang may send as many as 3,000 more. I will write to the honourable Member with further detail.",
        (
            "russia personnel losses 860000 - at_least cumulative - * 2025-03-05 uk_mod false",
            "russia personnel losses 1410 - exact rate 1 - * uk_mod false",
            "russia tanks losses 3800 - at_least cumulative - * 2025-03-05 uk_mod false",
            # North Korean troops fight for Russia: their losses are Russia's side's
            "russia personnel losses 4000 - at_most cumulative|period - * 2025-03-05 uk_mod|uk_officials false",
        ),
    ),
    Article(
        "security_council_member_envoy_cites_ohchr",
        "2025-06-20",
        "Statement by Ambassador Karen Holmgaard, Permanent Representative of Denmark to the United Nations, at the "
        "Security Council briefing on the humanitarian situation in Ukraine\n"
        "New York, 20 June 2025\n"
        "Thank you, Madam President, and I thank Assistant Secretary-General Ortiz for her sobering briefing.\n"
        "Colleagues, as of 31 May, the Office of the High Commissioner for Human Rights had verified 13,580 civilians "
        "killed in Ukraine since the full-scale invasion, 712 of them children, and 33,260 injured. OHCHR itself "
        "tells us the true toll is considerably higher.\n"
        "May was the deadliest month for civilians in almost three years: OHCHR recorded 164 civilians killed and 987 "
        "injured in those 31 days.\n"
        "On 17 June, a single Russian missile strike on an apartment block in Kyiv killed 28 civilians, including four "
        "children. Denmark condemns this attack in the strongest terms.\n"
        "The representative of the Russian Federation told this Council last month that Ukraine had lost more than "
        "one million servicemen. Such figures cannot distract from the civilian toll that this Council has a duty to "
        "address.\n"
        "Madam President, this Council has met more than 40 times on Ukraine since 2022. Denmark has provided 250 "
        "million euros in humanitarian assistance and welcomed 110,000 people fleeing the war. Resolution 2774 must "
        "not be the last word.\n"
        "I thank you.",
        (
            "ukraine civilians killed 13580 - exact cumulative - * 2025-05-31 un false",
            "ukraine civilians killed 712 - exact cumulative - * 2025-05-31 un false",
            "ukraine civilians wounded 33260 - exact cumulative - * 2025-05-31 un false",
            "ukraine civilians killed 164 - exact period 31 2025-05-01|- 2025-05-31 un false",
            "ukraine civilians wounded 987 - exact period 31 2025-05-01|- 2025-05-31 un false",
            "ukraine civilians killed 28 - exact period 1|- * 2025-06-17 other|- false",
            "ukraine civilians killed 4 - exact period 1|- * 2025-06-17 other|- false",
            "ukraine personnel losses 1000000 - at_least cumulative - * 2025-06-20|2025-05-31|2025-05-01 ru_officials "
            "false",
        ),
    ),
)
