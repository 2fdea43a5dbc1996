"""Round 43 of whole short articles written for these tests, in styles rounds 1 and 3 to 42 and p1 do not hold, with the
source, the span and the date in view: a drone battalion's monthly press release boasting of the month's equipment
destroyed (a total, then its parts) and "enemy personnel" eliminated, part of them "confirmed on video", with a total
since the unit was formed, beside sorties flown, drones used, a strike range, donations and donors that are no losses;
a wire story under an "Updated" timestamp and a "KYIV, Ukraine (AP) —" dateline, with a night's toll, the children
among the wounded, drones shot down or jammed of those launched and Russia's drones downed, and a photo caption that
repeats the toll with the day before, beside a prisoner swap and the war's length; and a court report on a Russian
soldier sentenced for killing civilians (the count of victims in the charge, dated by a month and then a day), with a
village's toll of the occupation, beside ages, a brigade number, a sentence in years, an article of the code,
witnesses, sessions, days to appeal and war crimes registered that are no losses. Names, places and numbers are
invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

_OCTOBER = "period 31|- 2025-10-01|- 2025-10-31|2025-10-01|2025-10-15"

ARTICLES: tuple[Article, ...] = (
    Article(
        "drone_battalion_monthly_press_release",
        "2025-11-03",
        "Nightjar drone battalion: results of October\n"
        "KHARKIV REGION - Operators of the 412th separate drone battalion \"Nightjar\" of Ukraine's Unmanned Systems "
        "Forces destroyed 118 units of Russian equipment in October, the battalion's press service said on Monday.\n"
        "Among them were 9 tanks, 21 armoured fighting vehicles, 14 artillery systems and 37 trucks.\n"
        "The battalion's pilots also eliminated 312 enemy personnel over the month, 204 of them confirmed on video.\n"
        "In October the battalion flew 2,870 sorties and used 1,940 FPV drones and 65 heavy bomber drones, striking "
        "targets up to 25 kilometres behind the front line.\n"
        "Since the unit was formed in March 2024, its operators have destroyed 1,064 Russian vehicles, battalion "
        "commander Major Taras Hlib said.\n"
        "Donors raised UAH 4.2 million for the battalion last month, and 1,200 people took part in its fundraiser. "
        "Watch the video of the month's best strikes on our channel.",
        (
            f"russia equipment destroyed 118 - exact {_OCTOBER} ua_officials false",
            f"russia tanks destroyed 9 - exact {_OCTOBER} ua_officials false",
            f"russia armoured_vehicles destroyed 21 - exact {_OCTOBER} ua_officials false",
            f"russia artillery destroyed 14 - exact {_OCTOBER} ua_officials false",
            f"russia vehicles destroyed 37 - exact {_OCTOBER} ua_officials false",
            f"russia personnel killed|losses 312 - exact {_OCTOBER} ua_officials false",
            f"russia personnel killed|losses 204 - exact {_OCTOBER} ua_officials false",
            "russia vehicles|equipment destroyed 1064 - exact period * 2024-03-01|- 2025-11-03 ua_officials false",
        ),
    ),
    Article(
        "wire_story_updated_timestamp_and_photo_caption",
        "2025-09-22",
        "Russian attack on Zaporizhzhia kills 4 and wounds 23, Ukrainian officials say\n"
        "By OLENA MARCHUK\n"
        "Updated 3:42 PM GMT+3, September 22, 2025\n"
        "KYIV, Ukraine (AP) — A Russian missile and drone attack on the southern city of Zaporizhzhia killed four "
        "people and wounded 23 overnight, regional Gov. Ivan Fedko said Monday.\n"
        "Two of the wounded are children aged 5 and 11, Fedko wrote on Telegram. Rescuers worked through the morning "
        "to clear the rubble of a five-story apartment building.\n"
        "Ukraine's air force said Russia launched 147 drones and eight ballistic missiles overnight, and that air "
        "defenses shot down or jammed 121 of the drones.\n"
        "In Russia, the Defense Ministry said its air defenses downed 56 Ukrainian drones over seven regions "
        "overnight.\n"
        "Firefighters work at the site of a Russian attack in Zaporizhzhia, Ukraine, Sunday, Sept. 21, 2025, in which "
        "four people were killed. (AP Photo/Dmytro Sokil)\n"
        "Russia and Ukraine swapped 146 prisoners of war each on Friday, the latest exchange in the 3 1/2-year war.\n"
        "Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine",
        (
            "ukraine civilians|people killed 4 - exact period 1|- * 2025-09-22|2025-09-21 ua_officials false",
            "ukraine civilians|people wounded 23 - exact period 1|- * 2025-09-22|2025-09-21 ua_officials false",
            "ukraine civilians|people wounded 2 - exact period 1|- * 2025-09-22|2025-09-21 ua_officials false",
            "russia drones destroyed|losses 121 - exact period 1|- * 2025-09-22|2025-09-21 ua_officials false",
            "ukraine drones destroyed 56 - exact period 1|- * 2025-09-22|2025-09-21 ru_mod false",
        ),
    ),
    Article(
        "court_report_soldier_sentenced_for_killing_civilians",
        "2025-07-16",
        "Russian soldier jailed for life over killing of four civilians\n"
        "CHERNIHIV - A court in Chernihiv on Tuesday sentenced a 27-year-old Russian sergeant to life in prison for "
        "killing four civilians in the village of Yahidne in March 2022, the Prosecutor General's Office said.\n"
        "According to the indictment, the sergeant of the 55th Motor Rifle Brigade shot dead four men aged between 34 "
        "and 71 on 17 March 2022 after ordering them out of the school basement where more than 300 villagers were "
        "held.\n"
        "A second soldier of the same unit was sentenced in absentia to 12 years for the ill-treatment of civilians "
        "under Article 438 of the Criminal Code.\n"
        "The court heard 19 witnesses over 14 sessions. The defence has 30 days to appeal.\n"
        "Prosecutors say Russian forces killed 11 civilians in Yahidne during the month-long occupation, and 10 more "
        "villagers died of cold and hunger in the basement.\n"
        "Ukraine has registered more than 170,000 suspected war crimes since the start of the full-scale invasion.",
        (
            "ukraine civilians killed 4 - exact period * * 2022-03-17|2022-03-31|2022-03-01|2022-03-15 ua_officials "
            "false",
            "ukraine civilians killed 11 - exact period * * * ua_officials false",
            "ukraine civilians|people killed 10 - exact period * * * ua_officials false",
        ),
    ),
)
