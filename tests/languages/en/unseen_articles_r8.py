"""Round 8 of whole short articles written for these tests, in outlet styles rounds 1 and 3 to 7 do not hold: a
wire's "by the numbers" explainer at a war anniversary under capitalised headings, a piece on convict recruits'
deaths counted by a rights group, a live-blog entry under a clock-time line ("14.32 BST") with an "Updated at" line,
a think tank's "Key Takeaways" bullets, a US estimate of combined casualties split by side, a regional governor's
Telegram post retold, an air force's night in which the drones and missiles launched and those shot down are both
counted ("of these, 34 missiles and 100 drones"), a numbered morning briefing ("1.", "2.", "3."), a health ministry's
count of medics killed beside damaged hospitals, a questions-and-answers explainer, and an interview transcript under
speaker labels ("COMMANDER:"). Names, places and numbers are invented or changed; nothing is copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "anniversary_by_the_numbers",
        "2025-02-24",
        "The war in Ukraine by the numbers, three years on\n"
        "KYIV, Ukraine (Wire) — Three years after Russian troops rolled across the border, the war is the "
        "deadliest in Europe since World War II. Here is a look at it by the numbers.\n"
        "THE DEAD AND WOUNDED\n"
        "Neither side reports its military losses in full. President Volodymyr Zelenskyy said this month that "
        "46,000 Ukrainian soldiers have been killed and about 380,000 wounded.\n"
        "The U.N. human rights office has verified the deaths of 12,654 civilians, including 673 children, and "
        "says the real toll is likely much higher.\n"
        "RUSSIA'S LOSSES\n"
        "The independent outlet Mediazona, working with the BBC's Russian service, has confirmed the names of "
        "more than 90,000 Russian soldiers killed.\n"
        "EQUIPMENT\n"
        "The Oryx blog, which counts losses from photos and videos, lists more than 3,700 Russian tanks as "
        "destroyed, damaged, abandoned or captured.\n"
        "THE WAR'S LENGTH\n"
        "The war entered its 1,097th day on Monday.",
        (
            "ukraine personnel killed 46000 - exact cumulative * * 2025-02-24|2025-02-01|2025-02-28 ua_president "
            "false",
            "ukraine personnel wounded 380000 - approx cumulative * * 2025-02-24|2025-02-01|2025-02-28 ua_president "
            "false",
            "ukraine civilians killed 12654 - exact cumulative * * 2025-02-24 un false|true",
            "ukraine civilians killed 673 - exact cumulative * * 2025-02-24 un false|true",
            "russia personnel killed 90000 - at_least cumulative * * 2025-02-24 mediazona false",
            "russia tanks losses 3700 - at_least cumulative * * 2025-02-24 oryx false",
        ),
    ),
    Article(
        "convict_recruits_rights_group",
        "2024-09-12",
        "Thousands of Russian convicts sent to fight in Ukraine have died, rights group says\n"
        "At least 17,000 former prisoners recruited by Russia's army have been killed in Ukraine since the "
        "defence ministry took over convict recruitment from the Wagner group, a Russian prisoners' rights group "
        "said on Thursday.\n"
        "The group, Behind the Wire, said it had counted the deaths from obituaries, court records and messages "
        "from relatives. It estimated that another 9,000 convicts were missing.\n"
        "Wagner's late founder said in 2023 that 20,000 of his fighters, about half of them convicts, had died in "
        "the battle for Bakhmut.\n"
        "Russia's defence ministry does not publish its losses.",
        (
            "russia personnel killed 17000 - at_least period * - 2024-09-12 other false",
            "russia personnel|people missing 9000 - exact|approx cumulative|period * - 2024-09-12 other false",
            "russia personnel killed 20000 - exact period * - 2023-12-31|2023-01-01 other|ru_officials false",
        ),
    ),
    Article(
        "live_blog_clock_line",
        "2025-04-14",
        "Russia-Ukraine war live: toll from Sumy strike rises\n"
        "14.32 BST\n"
        "Toll from Sumy missile strike rises to 35\n"
        "The number of people killed in Sunday's Russian missile strike on the centre of Sumy has risen to 35, "
        "including two children, Ukraine's state emergency service has said.\n"
        "A further 117 people were injured, it said on Telegram.\n"
        "Updated at 14.45 BST\n"
        "13.58 BST\n"
        "Russia's defence ministry said its forces had destroyed two Ukrainian tanks near the village of "
        "Basivka in the Sumy region.",
        (
            "ukraine people|civilians killed 35 - exact period * * 2025-04-13|2025-04-14 ua_officials false",
            "ukraine civilians|people killed 2 - exact period * * 2025-04-13|2025-04-14 ua_officials false",
            "ukraine people|civilians wounded 117 - exact period * * 2025-04-13|2025-04-14 ua_officials false",
            "ukraine tanks destroyed 2 - exact period|cumulative * * 2025-04-14 ru_mod false",
        ),
    ),
    Article(
        "key_takeaways_bullets",
        "2025-01-09",
        "Russian Offensive Campaign Assessment, January 8, 2025\n"
        "Key Takeaways:\n"
        "- Russian forces recently advanced near Pokrovsk and Toretsk.\n"
        "- Ukrainian forces continue to inflict heavy losses on Russian and North Korean forces in Kursk Oblast. "
        "Ukrainian President Volodymyr Zelensky stated on January 7 that Russian and North Korean forces lost up "
        "to 1,000 personnel in the area over the past two days.\n"
        "- The Ukrainian General Staff reported on January 8 that Russian forces lost 1,580 personnel, 7 tanks "
        "and 19 artillery systems over the past day.\n"
        "- ISW assesses that Russian forces suffered roughly 48,670 casualties in December 2024, the highest "
        "monthly total of the war.",
        (
            "russia personnel losses 1000 - at_most period 2 * 2025-01-07 ua_president false",
            "russia personnel losses 1580 - exact period 1 * 2025-01-08 ua_general_staff false",
            "russia tanks losses|destroyed 7 - exact period 1 * 2025-01-08 ua_general_staff false",
            "russia artillery losses|destroyed 19 - exact period 1 * 2025-01-08 ua_general_staff false",
            "russia personnel losses 48670 - approx period * * 2024-12-31|2024-12-01 isw false",
        ),
    ),
    Article(
        "combined_casualties_split",
        "2023-08-19",
        "Combined Russian and Ukrainian casualties near 500,000, US officials say\n"
        "WASHINGTON — The total number of Ukrainian and Russian troops killed or wounded since the war in Ukraine "
        "began 18 months ago is nearing 500,000, U.S. officials said, cautioning that the numbers were hard to "
        "verify.\n"
        "Russia's military casualties are approaching 300,000, including as many as 120,000 deaths and 170,000 to "
        "180,000 wounded, the officials said.\n"
        "Ukraine's military deaths are close to 70,000, with 100,000 to 120,000 wounded, they said.\n"
        "Kyiv does not release its casualty figures.",
        (
            "russia personnel losses 300000 - approx cumulative * * 2023-08-19 us_officials false",
            "russia personnel killed 120000 - at_most cumulative * * 2023-08-19 us_officials false",
            "russia personnel wounded 170000 180000 range cumulative * * 2023-08-19 us_officials false",
            "ukraine personnel killed 70000 - approx cumulative * * 2023-08-19 us_officials false",
            "ukraine personnel wounded 100000 120000 range cumulative * * 2023-08-19 us_officials false",
        ),
    ),
    Article(
        "governor_telegram_retold",
        "2025-05-06",
        "Two killed in overnight Russian shelling of Kherson, governor says\n"
        "Two people were killed and five injured overnight in Russian shelling of Kherson, regional governor "
        "Oleksandr Prokudin said on Telegram on Tuesday.\n"
        "A 71-year-old woman died at home when a shell struck her building, he wrote. Among the injured is a "
        "15-year-old boy.\n"
        "Over the past day, Russian forces shelled 37 settlements in the region, Prokudin said, adding that 14 "
        "houses were damaged.",
        (
            "ukraine people|civilians killed 2 - exact period 1|- * 2025-05-06|2025-05-05 ua_officials false",
            "ukraine people|civilians wounded 5 - exact period 1|- * 2025-05-06|2025-05-05 ua_officials false",
        ),
    ),
    Article(
        "launched_and_shot_down_pair",
        "2025-03-07",
        "Russia fires 67 missiles and 194 drones at Ukraine's gas and power plants\n"
        "Russia fired 67 missiles and 194 drones at Ukraine overnight, targeting gas production and power "
        "plants, Ukraine's Air Force said on Friday.\n"
        "Of these, 34 missiles and 100 drones were shot down, the Air Force said, while another 86 drones were "
        "lost from radar, likely jammed by electronic warfare.\n"
        "Russia's Defence Ministry said it had shot down 44 Ukrainian drones over its territory the same night.",
        (
            "russia missiles destroyed 34 - exact period 1|- * 2025-03-07 ua_officials false",
            "russia drones destroyed 100 - exact period 1|- * 2025-03-07 ua_officials false",
            "russia drones losses 86 - exact period 1|- * 2025-03-07 ua_officials false|true",
            "ukraine drones destroyed 44 - exact period 1|- * 2025-03-07 ru_mod false",
        ),
    ),
    Article(
        "numbered_morning_briefing",
        "2024-12-02",
        "Morning briefing: three things to know about the war today\n"
        "1. A Russian drone attack on Ternopil overnight killed one person and wounded 4, the regional "
        "administration said.\n"
        "2. Ukraine's General Staff said Russia had lost 1,650 troops in the past 24 hours, bringing its losses "
        "since February 2022 to 741,000.\n"
        "3. Britain's Ministry of Defence said November was the deadliest month of the war for Russia, with an "
        "average of 1,523 casualties a day.",
        (
            "ukraine people|civilians killed 1 - exact period 1|- * 2024-12-02|2024-12-01 ua_officials false",
            "ukraine people|civilians wounded 4 - exact period 1|- * 2024-12-02|2024-12-01 ua_officials false",
            "russia personnel losses 1650 - exact period 1 * 2024-12-02 ua_general_staff false",
            "russia personnel losses 741000 - exact cumulative * * 2024-12-02 ua_general_staff false",
            "russia personnel losses 1523 - exact|approx rate 1 * 2024-11-30|2024-11-01|2024-12-02 uk_mod false",
        ),
    ),
    Article(
        "health_ministry_medics",
        "2024-04-07",
        "Russian attacks have killed 237 medics since invasion, Ukraine says\n"
        "Since the start of the full-scale invasion, 237 Ukrainian medical workers have been killed and 712 "
        "injured, Health Minister Viktor Liashko said on Sunday, World Health Day.\n"
        "Russian forces have damaged 1,800 hospitals and clinics and destroyed 240 ambulances, he said.\n"
        "The World Health Organization has recorded 1,682 attacks on health care in Ukraine since February 2022.",
        (
            "ukraine civilians|people killed 237 - exact cumulative * * 2024-04-07 ua_officials false",
            "ukraine civilians|people wounded 712 - exact cumulative * * 2024-04-07 ua_officials false",
        ),
    ),
    Article(
        "questions_and_answers",
        "2024-06-20",
        "How many soldiers has Russia lost in Ukraine? What we know\n"
        "Q: Does Russia publish its losses?\n"
        "A: Rarely. The defence ministry last gave a figure in September 2022, when it said 5,937 of its "
        "soldiers had been killed.\n"
        "Q: What do others estimate?\n"
        "A: Britain's defence ministry said in May that about 500,000 Russian troops had been killed or "
        "wounded. The independent outlet Mediazona has named 56,000 dead.\n"
        "Q: And Ukraine?\n"
        "A: Kyiv said in February that 31,000 of its soldiers had died.",
        (
            "russia personnel killed 5937 - exact cumulative * * 2022-09-30|2022-09-01|2022-09-21 ru_mod false",
            "russia personnel losses 500000 - approx cumulative * * 2024-05-31|2024-05-01 uk_mod false",
            "russia personnel killed 56000 - exact cumulative * * 2024-06-20 mediazona false",
            "ukraine personnel killed 31000 - exact cumulative * * 2024-02-29|2024-02-01 ua_officials|ua_president "
            "false",
        ),
    ),
    Article(
        "interview_transcript",
        "2023-07-14",
        "'We lost good men': a battalion commander on the southern front\n"
        "Our correspondent spoke to the commander of a Ukrainian assault battalion near Robotyne on Thursday.\n"
        "REPORTER: How hard was the first week of the offensive?\n"
        "COMMANDER: Very hard. We lost 14 men killed and about 40 wounded in the first four days.\n"
        "REPORTER: And the Russians?\n"
        "COMMANDER: We destroyed 3 of their tanks and counted more than 60 of their dead in the trenches.",
        (
            "ukraine personnel killed 14 - exact period 4|- * 2023-07-14|2023-07-13 ua_officials false",
            "ukraine personnel wounded 40 - approx period 4|- * 2023-07-14|2023-07-13 ua_officials false",
            "russia tanks destroyed 3 - exact period|cumulative * * 2023-07-14|2023-07-13 ua_officials false",
            "russia personnel killed 60 - at_least period|cumulative * * 2023-07-14|2023-07-13 ua_officials false",
        ),
    ),
)
