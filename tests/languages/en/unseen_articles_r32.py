"""Round 32 of whole short articles written for these tests, in styles rounds 1 and 3 to 30 and p1 do not hold, with
the source, the span and the date in view: a live blog of one day laid out newest entry first, whose strike toll is
raised entry by entry by different officials ("has risen to", "had climbed to"), beside a ministry's drones over 24
hours and a night's drones and missiles of which some were launched; a wire factbox of "KEY FIGURES" bullets laid out
as "label: number (source, date)", the source and date in brackets after the figure, among aid, refugees, prisoners
returned and a front line's length that are no losses; and a reader-question explainer ("This week's comes from ...")
answered from four sources each with its own date, beside a reader's age and a count of letters; a magazine
feature on one company worn down over a winter, its strength, those left fit and the recruits who came after told
beside its dead, wounded and missing "by Christmas". Names, places and numbers are invented or changed; nothing is
copied from any set.

Each expected claim is one line of twelve fields, as in unseen_articles.py:
side category outcome value value_high qualifier measure period_days period_start as_of claimant hedged
"""

from __future__ import annotations

from unseen_articles import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        "live_blog_newest_first_toll_raised_by_entries",
        "2026-03-14",
        "Russia-Ukraine war live: death toll from Kharkiv strike rises to 14\n"
        "Live updates, Saturday 14 March. Newest entries first.\n"
        "21:40 The death toll from the strike on a Kharkiv apartment block has risen to 14, including three "
        "children, regional governor Pavlo Hrytsenko said on Telegram. Rescuers have now searched all nine floors "
        "of the building.\n"
        "18:05 Russia's defence ministry said its air defences had intercepted 28 Ukrainian drones over the "
        "Belgorod and Voronezh regions in the past 24 hours.\n"
        "15:30 Mayor Ihor Savchuk told reporters the number of injured had climbed to 41, among them seven "
        "children, and that 230 residents had been moved to temporary shelters.\n"
        "12:10 The toll has risen to nine, the State Emergency Service said in an update.\n"
        "09:15 Ukraine's air force said it shot down 47 of the 63 drones and two of the five ballistic missiles "
        "Russia launched overnight. At least six people were killed when a missile hit a nine-storey block in "
        "Kharkiv, the city's mayor said.\n"
        "07:00 Welcome to our live coverage of the war in Ukraine, now in its 1,480th day.",
        (
            "ukraine people|civilians killed 14 - exact period * * 2026-03-14 ua_officials false",
            "ukraine civilians killed 3 - exact period * * 2026-03-14 ua_officials false",
            "ukraine drones destroyed 28 - exact period 1 * 2026-03-14 ru_mod false",
            "ukraine people|civilians wounded 41 - exact period * * 2026-03-14 ua_officials false",
            "ukraine civilians wounded 7 - exact period * * 2026-03-14 ua_officials false",
            "ukraine people|civilians killed 9 - exact period * * 2026-03-14 ua_officials false",
            "russia drones destroyed 47 - exact period 1|- * 2026-03-14 ua_officials false",
            "russia missiles destroyed 2 - exact period 1|- * 2026-03-14 ua_officials false",
            "ukraine people|civilians killed 6 - at_least period * * 2026-03-14 ua_officials false",
        ),
    ),
    Article(
        "wire_factbox_key_figures_sources_in_brackets",
        "2025-12-02",
        "FACTBOX-Key figures on the war in Ukraine\n"
        "Dec 2 (Wire) - Here are key figures on Russia's war in Ukraine. Sources and dates are in brackets; the "
        "figures cannot be independently verified.\n"
        "KEY FIGURES\n"
        "- Russian troops killed or wounded since February 2022: about 1,184,000 (Ukraine's General Staff, Dec. 1)\n"
        "- Russian soldiers killed, identified by name: 148,210 (Mediazona and BBC Russian, Nov. 28)\n"
        "- Ukrainian soldiers killed: 46,000 (President Volodymyr Zelenskiy, February)\n"
        "- Civilians killed in Ukraine: at least 14,280, including 726 children (U.N. monitoring mission, as of "
        "Oct. 31)\n"
        "- Civilians killed in October alone: 191 (U.N. monitoring mission)\n"
        "- Russian tanks destroyed, visually confirmed: 4,262 (Oryx)\n"
        "- Drones launched by Russia in November: 5,410 (Ukrainian Air Force)\n"
        "- Western military aid pledged since 2022: $130 billion (Kiel Institute)\n"
        "- Ukrainian refugees recorded in Europe: 6.3 million (UNHCR)\n"
        "- Prisoners of war returned in exchanges since 2022: 5,870 (Ukraine's Coordination Headquarters)\n"
        "- Length of the active front line: about 1,200 km",
        (
            "russia personnel losses 1184000 - approx cumulative - * 2025-12-01 ua_general_staff false",
            "russia personnel killed 148210 - exact cumulative - - 2025-11-28 mediazona false",
            "ukraine personnel killed 46000 - exact cumulative - - 2025-02-28|2025-02-01|2025-02-15 ua_president "
            "false",
            "ukraine civilians killed 14280 - at_least cumulative - * 2025-10-31 un false",
            "ukraine civilians killed 726 - at_least|exact cumulative - * 2025-10-31 un false",
            "ukraine civilians killed 191 - exact period 31 2025-10-01 2025-10-31 un false",
            "russia tanks destroyed 4262 - exact cumulative - * 2025-12-02 oryx false",
        ),
    ),
    Article(
        "reader_question_explainer_four_dated_sources",
        "2025-12-05",
        "Ask the foreign desk: how many soldiers has Russia lost?\n"
        "Every week a correspondent answers one of your questions. This week's comes from Alan, 67, a retired "
        "teacher in Swindon, one of 312 readers who wrote in: \"How many soldiers has Russia actually lost, and how "
        "many has Ukraine?\"\n"
        "The short answer is that nobody outside the Kremlin knows, and Moscow is not saying.\n"
        "Ukraine's General Staff publishes a running tally every morning. On Thursday, 4 December, it put Russia's "
        "losses at 1,187,320 troops killed or wounded. The figure includes 1,060 casualties over the previous 24 "
        "hours and cannot be checked independently.\n"
        "Western estimates are lower. In its most recent assessment, dated November 20, Britain's Defence "
        "Intelligence judged that Russia had probably suffered around 1,050,000 casualties.\n"
        "The count most researchers trust is a list of names. By November 28, the independent outlet Mediazona, "
        "working with BBC Russian, had identified 148,210 Russian soldiers who died in the war; it believes the real "
        "toll is at least twice as high.\n"
        "As for Ukraine, Kyiv guards its figures even more closely. Volodymyr Zelensky last gave a number in "
        "February, when he said 46,000 soldiers had been killed and about 380,000 wounded.\n"
        "Have a question for the foreign desk? Write to us: we read every letter, and answer one a week.",
        (
            "russia personnel losses 1187320 - exact cumulative - * 2025-12-04 ua_general_staff false",
            "russia personnel losses 1060 - exact period 1 * 2025-12-04|2025-12-03 ua_general_staff false",
            "russia personnel losses 1050000 - approx cumulative - * 2025-11-20 uk_mod true",
            "russia personnel killed 148210 - exact cumulative - * 2025-11-28 mediazona false",
            "ukraine personnel killed 46000 - exact cumulative - * 2025-02-28|2025-02-01|2025-02-15 ua_president "
            "false",
            "ukraine personnel wounded 380000 - approx cumulative - * 2025-02-28|2025-02-01|2025-02-15 ua_president "
            "false",
        ),
    ),
    Article(
        "magazine_feature_company_worn_down",
        "2025-06-10",
        "The last of the company: how one Ukrainian unit was worn down at Avdiivka\n"
        "By the time the company reached the outskirts of Avdiivka in October 2023, it had 112 men. Its commander, a "
        "34-year-old former teacher who asked to be identified only by his call sign, Lys, kept a notebook.\n"
        "By Christmas, he wrote, 31 of them had been killed and 44 wounded badly enough to be sent to the rear. Eleven "
        "more were listed as missing.\n"
        "In February, when the order came to pull back, only 19 of the original 112 were still fit to fight. The "
        "company destroyed 6 Russian tanks during the withdrawal, its battalion said in a statement at the time.\n"
        "Lys himself was wounded twice. He now trains recruits at a range 200 kilometres from the front, where a new "
        "intake of 85 men arrived last week.\n"
        "The General Staff does not publish figures for single units. Ukraine's president said in February 2024 that "
        "31,000 Ukrainian soldiers had been killed since the start of the full-scale invasion.",
        (
            "ukraine personnel killed 31 - exact period|cumulative * 2023-10-01|- 2023-12-25 ua_officials false",
            "ukraine personnel wounded 44 - exact period|cumulative * 2023-10-01|- 2023-12-25 ua_officials false",
            "ukraine personnel missing 11 - exact period|cumulative * 2023-10-01|- 2023-12-25 ua_officials false",
            "russia tanks destroyed 6 - exact period * * 2024-02-29|2024-02-01|2024-02-15 ua_officials false",
            "ukraine personnel killed 31000 - exact cumulative - * 2024-02-29|2024-02-01|2024-02-15 ua_president "
            "false",
        ),
    ),
)
