"""Round 40 of whole short articles written for these tests, in styles rounds 1 and 3 to 39 and p1 do not hold, with the
source, the span and the date in view: a ceasefire monitoring mission's daily report of 2015 in its own voice ("The
SMM was informed by ... that", "The SMM saw the bodies of"), with ceasefire violations, explosions, a patrol's size,
weapons seen and residents in shelters that are no losses; a defence intelligence agency's daily update posted as a
numbered thread ("1/5"), with a month's average daily casualties, per-month figures hedged by "likely" and a tank
total since the invasion, beside a budget, a share of spending and tanks produced a year that are no losses; a
university's press release on a peer-reviewed study that estimates a besieged city's civilian dead over a dated span,
with a central estimate and its confidence interval, a part of the dead by age and the city council's own count by a
date, beside a grant, interviews, graves, residents who left and percentages that are no claims; and a wire brief of
the Russian defence ministry's claim, "Kyiv did not comment", answered in the next paragraphs by Ukraine's air force
and General Staff, beside a prisoner swap and a front's length. Names, places and numbers are invented or changed;
nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "ceasefire_monitoring_mission_daily_report",
        "2015-02-16",
        "Latest from the Special Monitoring Mission (SMM) to Ukraine, based on information received as of 19:30, 15 "
        "February 2015\n"
        "This report is for the media and the general public.\n"
        "The SMM recorded 211 ceasefire violations in Donetsk region between the evenings of 13 and 15 February, "
        "including 87 explosions, most of them north-east of Debaltseve.\n"
        "The SMM was informed by the head of the Luhansk regional military-civil administration that two civilians "
        "had been killed and five injured by shelling in Popasna on 14 February.\n"
        "The SMM saw the bodies of three civilians at the morgue in Artemivsk. Morgue staff told the SMM that they "
        "had been killed by shelling on 15 February.\n"
        "A Ukrainian Armed Forces officer at the Joint Centre for Control and Co-ordination told the SMM that four "
        "Ukrainian soldiers had been killed and 12 wounded near Debaltseve in the past 24 hours.\n"
        "A patrol of six SMM monitors saw 14 tanks moving west near Kramatorsk. In Popasna, the SMM spoke to 40 "
        "residents sheltering in a basement.",
        (
            "ukraine civilians killed 2 - exact period * * 2015-02-14|2015-02-16 ua_officials false",
            "ukraine civilians wounded 5 - exact period * * 2015-02-14|2015-02-16 ua_officials false",
            "ukraine civilians killed 3 - exact period * * 2015-02-15|2015-02-16 other false",
            "ukraine personnel killed 4 - exact period 1 * 2015-02-15|2015-02-16 ua_officials false",
            "ukraine personnel wounded 12 - exact period 1 * 2015-02-15|2015-02-16 ua_officials false",
        ),
    ),
    Article(
        "defence_intelligence_numbered_thread",
        "2024-12-02",
        "Ministry of Defence thread\n"
        "1/5 Latest Defence Intelligence update on the situation in Ukraine - 2 December 2024.\n"
        "2/5 Russia's average daily casualties over the past month were 1,523, the highest monthly average of the war "
        "so far.\n"
        "3/5 Russian forces likely suffered 45,680 casualties in November, after 41,980 in October.\n"
        "4/5 Russia has likely lost more than 3,600 main battle tanks since February 2022, and in November alone it "
        "lost 97 artillery systems.\n"
        "5/5 Russia's 2025 defence budget of 13.5 trillion roubles is 32.5% of all state spending. Russia probably "
        "produces some 1,500 tanks a year, most of them refurbished.",
        (
            "russia personnel losses 1523 - exact rate 1 * 2024-12-02|2024-11-30 uk_mod false",
            "russia personnel losses 45680 - exact period 30 2024-11-01 2024-11-30 uk_mod true",
            "russia personnel losses 41980 - exact period 31 2024-10-01 2024-10-31 uk_mod true|false",
            "russia tanks losses 3600 - at_least cumulative - * 2024-12-02 uk_mod true",
            "russia artillery losses 97 - exact period 30 2024-11-01 2024-11-30 uk_mod true|false",
        ),
    ),
    Article(
        "study_press_release_with_confidence_interval",
        "2025-07-08",
        "PRESS RELEASE - for immediate release\n"
        "Study estimates civilian deaths in besieged Mariupol\n"
        "Researchers at the University of Northfield's School of Public Health estimate that 8,900 civilians were "
        "killed in Mariupol between 1 March and 20 May 2022, in a peer-reviewed study published today in the journal "
        "Population Health Reports.\n"
        "The estimate has a 95% confidence interval of 7,600 to 10,300 deaths. About 2,100 of the dead were older "
        "than 70, the authors found.\n"
        "The team compared satellite images of 4,700 new graves with 1,100 interviews of former residents. It also "
        "estimates that 430,000 residents, or 80% of the city's pre-war population, left during the siege.\n"
        "The city council had recorded 2,600 civilian deaths by the end of May 2022.\n"
        "The study was funded by a grant of 420,000 pounds.",
        (
            "ukraine civilians killed 8900 - exact|approx period 81|80|- 2022-03-01 2022-05-20 other false",
            "ukraine civilians killed 7600 10300 range period 81|80|- 2022-03-01 2022-05-20 other false",
            "ukraine civilians killed 2100 - approx period 81|80|- 2022-03-01 2022-05-20 other false",
            "ukraine civilians killed 2600 - exact cumulative|period * * 2022-05-31 ua_officials false",
        ),
    ),
    Article(
        "wire_brief_russian_claim_then_kyivs_answer",
        "2025-11-04",
        "MOSCOW, Nov 4 (Wire) - Russia's defence ministry said on Tuesday its forces had destroyed 14 Ukrainian tanks "
        "and 23 armoured vehicles near Kupiansk in the past week, and shot down 310 Ukrainian drones over Russian "
        "regions overnight. Kyiv did not comment on the claim.\n"
        "The ministry also said Ukraine had lost up to 1,380 soldiers along the front over the past day.\n"
        "Ukraine's air force said on Tuesday it had downed 74 of 98 Russian drones launched overnight.\n"
        "Ukraine's General Staff said in its own daily update that Russian forces had lost 1,040 soldiers and 11 "
        "artillery systems over the past day, bringing Russia's losses since the invasion to 1,148,200 troops.\n"
        "Wire could not independently verify either side's battlefield reports. Russia and Ukraine swapped 185 "
        "prisoners each last month. Fighting continues along a front of some 1,200 km.",
        (
            "ukraine tanks destroyed 14 - exact period 7 * 2025-11-04 ru_mod false",
            "ukraine armoured_vehicles destroyed 23 - exact period 7 * 2025-11-04 ru_mod false",
            "ukraine drones destroyed 310 - exact period 1|- * 2025-11-04|2025-11-03 ru_mod false",
            "ukraine personnel losses 1380 - at_most period 1 * 2025-11-04|2025-11-03 ru_mod false",
            "russia drones destroyed 74 - exact period 1|- * 2025-11-04|2025-11-03 ua_officials false",
            "russia personnel losses 1040 - exact period 1 * 2025-11-04|2025-11-03 ua_general_staff false",
            "russia artillery losses 11 - exact period 1 * 2025-11-04|2025-11-03 ua_general_staff false",
            "russia personnel losses 1148200 - exact cumulative - - 2025-11-04 ua_general_staff false",
        ),
    ),
)
