"""Round 57 of whole short articles written for these tests, in styles rounds 1 and 3 to 56e and p1 do not hold, with
the source, the span and the date in view: an analysis institute's intelligence-style brief under a pipe-separated
heading line that names the institute ("ASSESSMENT | ... | date"), opening on a "BLUF:" line and numbered "KEY
JUDGMENTS" in the institute's own voice ("We assess", "likely", "(high confidence)"), with a figure "in the twelve
months to June", one "over the winter", one "since the offensive's first day (3 March)" and one "in the same twelve
months", beside brigades regenerated, troops moved, a percentage and the brief's sources (videos, satellite passes,
interviews) that are no losses; a journal article's structured abstract ("Background:", "Methods:", "Findings:",
"Interpretation:", "Funding:") whose background cites an official count with its source in a parenthesis before a
colon ("(UN monitoring mission: 12,300 by the end of 2024)"), with the study's own estimate and its 95% confidence
interval over a dated study period, a year's deaths and the children among them and the injured over the period,
beside registries, records matched, a ratio, a percentage fall, a grant number and a sum that are no losses; a
government counter-disinformation page of "MYTH:" and "FACT:" lines, where a myth's figure is a claim rated false and
each fact gives its source in a parenthesis after the figure ("(General Staff, 20 April)"), on a line of its own
("Source: ...") or after "the same source says", with spans "since the offensive's first day, 18 March" and "over the
winter", beside vehicles delivered and the page's readers; and a broadcaster's transcript of an election debate under
speaker labels ("MODERATOR:", candidates' surnames in capitals) whose candidates cite figures with the source after a
dash ("- that's the Pentagon's own number") or in a clause ("the UN says"), spans "since last Christmas" and "in the
past eighteen months", beside seconds left, a poll's share, aid in dollars, a share of GDP and tanks sent that are no
losses. Names, places and numbers are invented; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "institute_brief_bluf_and_key_judgments",
        "2025-07-14",
        "ASSESSMENT | Nordvik Institute for Defence Studies | 14 July 2025\n"
        "SUBJECT: Russian attrition on the Zaporizhzhia axis\n"
        "BLUF: Russian forces on the axis lost an estimated 41,000 personnel, killed and wounded, in the twelve "
        "months to June. They will probably keep losing about 110 a day through the summer.\n"
        "KEY JUDGMENTS\n"
        "1. We assess that Russia lost at least 390 tanks on the axis over the winter (high confidence).\n"
        "2. Russian armoured vehicle losses since the offensive's first day (3 March) likely reached 720.\n"
        "3. Ukrainian units lost 85 artillery systems in the same twelve months, by our count of geolocated "
        "footage.\n"
        "4. Russia regenerated six brigades over the period and moved 22,000 fresh troops to the axis, a 15% "
        "increase.\n"
        "SOURCES: 2,300 geolocated videos; 48 satellite passes; interviews with 17 officers.\n"
        "CONFIDENCE: Moderate. Figures for killed and wounded rest on intercepted reports and may be revised.",
        (
            "russia personnel losses 41000 - approx period * 2024-07-01 2025-06-30|2024-07-01|2025-07-14 other|- false",
            # a rate the institute expects to go on: a per-day figure, or a projection (the spec's "could reach")
            "russia personnel losses 110 - approx rate|projection 1|- * * other|- true",
            "russia tanks losses 390 - at_least period * * 2025-02-28|2024-12-01 other|- false",
            "russia armoured_vehicles losses 720 - exact period * 2025-03-03 2025-07-14 other|- true",
            "ukraine artillery losses 85 - exact period * * 2025-06-30|2024-07-01|2025-07-14 other|- false",
        ),
    ),
    Article(
        "journal_structured_abstract_with_a_confidence_interval",
        "2025-11-03",
        "Civilian deaths from explosive weapons in four frontline oblasts of Ukraine, 2022-24: a registry study\n"
        "Eastern European Journal of Conflict and Health, Volume 9, Issue 4\n"
        "Abstract\n"
        "Background: Official counts of civilian deaths in Ukraine (UN monitoring mission: 12,300 by the end of 2024) "
        "include only verified cases. We estimated deaths in four frontline oblasts from hospital and morgue "
        "registries.\n"
        "Methods: We linked 61 hospital registries and 14 morgue records between 24 February 2022 and 31 December "
        "2024, and matched 9,412 records by name and date of birth.\n"
        "Findings: We estimate that explosive weapons killed 8,640 civilians (95% CI 7,900-9,450) in the four "
        "oblasts over the study period, 1.6 times the verified count for those oblasts. In 2024 alone, 2,170 "
        "civilians died, 212 of them children. The registries recorded 24,800 injured civilians over the study "
        "period.\n"
        "Interpretation: Verified counts understate the toll. Deaths in 2024 fell by 18% from 2023.\n"
        "Funding: Nordic Health Research Council (grant 2023-0417), EUR 1.2 million.",
        (
            "ukraine civilians killed 12300 - exact cumulative * * 2024-12-31 un false",
            "ukraine civilians killed 8640 - exact|approx cumulative|period * 2022-02-24|- 2024-12-31 other|- false",
            "ukraine civilians killed 7900 9450 range cumulative|period * 2022-02-24|- 2024-12-31 other|- false",
            "ukraine civilians killed 2170 - exact period * * 2024-12-31|2024-01-01 other|- false",
            "ukraine civilians killed 212 - exact period * * 2024-12-31|2024-01-01 other|- false",
            "ukraine civilians wounded 24800 - exact cumulative|period * 2022-02-24|- 2024-12-31 other|- false",
        ),
    ),
    Article(
        "government_myths_and_facts_page",
        "2025-04-22",
        "Centre for Countering Disinformation\n"
        "Myths and facts: Russia's spring offensive\n"
        "MYTH: Ukraine lost 2,000 soldiers in a single day near Toretsk.\n"
        "FACT: No such battle took place. Since the offensive's first day, 18 March, Russia has lost 14,600 troops "
        "on the Toretsk direction (General Staff, 20 April).\n"
        "MYTH: Western armour is destroyed faster than it arrives.\n"
        "FACT: Of the 120 infantry fighting vehicles delivered this year, nine have been lost, according to the "
        "Ministry of Defence. Russia lost 260 armoured vehicles over the winter, the same source says.\n"
        "MYTH: Russian air defences shot down 40 Ukrainian jets in March.\n"
        "FACT: Ukraine lost one aircraft in March. Its pilot ejected and survived.\n"
        "Source: Air Force of the Armed Forces of Ukraine\n"
        "Share this page with friends. It has been read 3,400 times.",
        (
            # a myth's figure is a claim the page rates false (rounds 28 and 36 read it so)
            "ukraine personnel losses 2000 - exact period 1|- * 2025-04-22 other|- true|false",
            "russia personnel losses 14600 - exact period * 2025-03-18 2025-04-20 ua_general_staff false",
            "ukraine armoured_vehicles losses 9 - exact period * 2025-01-01|- 2025-04-22 ua_mod false",
            "russia armoured_vehicles losses 260 - exact period * * 2025-02-28|2024-12-01 ua_mod false",
            "ukraine aircraft destroyed 40 - exact period * * 2025-03-31|2025-03-01 other|- true|false",
            "ukraine aircraft losses 1 - exact period * * 2025-03-31|2025-03-01 ua_officials false",
        ),
    ),
    Article(
        "election_debate_transcript_under_speaker_labels",
        "2025-09-18",
        "Transcript: the second leaders' debate, Channel North, 17 September 2025\n"
        "MODERATOR: Ninety seconds each on Ukraine. Ms Halvorsen.\n"
        "HALVORSEN: Russia has suffered 950,000 casualties, killed and wounded - that's the Pentagon's own number. "
        "And the UN says 13,900 Ukrainian civilians have died since the invasion began.\n"
        "MODERATOR: Mr Brandt, your reply.\n"
        "BRANDT: Our aid was 2 billion dollars, 0.4% of GDP. We sent 40 tanks. Ukraine's defence ministry says "
        "Russia lost 1,100 tanks in the past eighteen months alone.\n"
        "HALVORSEN: And since last Christmas, according to the Ukrainian air force, 3,800 Russian drones were shot "
        "down over Kyiv.\n"
        "MODERATOR: Thirty seconds left. A poll tonight puts support for aid at 61%.\n"
        "BRANDT: Kyiv's mayor says 19 people were killed in the capital last month.",
        (
            "russia personnel losses 950000 - exact cumulative * * 2025-09-17|2025-09-18 us_officials false",
            "ukraine civilians killed 13900 - exact cumulative * * 2025-09-17|2025-09-18 un false",
            "russia tanks losses 1100 - exact period * * 2025-09-17|2025-09-18 ua_mod false",
            "russia drones destroyed 3800 - exact period * 2024-12-25 2025-09-17|2025-09-18 ua_officials false",
            "ukraine people|civilians killed 19 - exact period * * 2025-08-31|2025-08-01 ua_officials false",
        ),
    ),
)
