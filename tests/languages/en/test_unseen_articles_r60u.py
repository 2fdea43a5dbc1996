"""Round 60u: structure twins (see unseen_articles_r60u.py), whole articles that keep the constructions of kinds of
passage in other words, and the fixes of their shortfalls that a general rule reads."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test  # noqa: E402
from unseen_articles_r60u import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
    # "In Kharkiv, rescuers pulled a mother and her two sons alive ...": the president named two sentences before (past
    # the air force's own sentence) still carries to rescuers' count told in the article's voice
    "night_of_strikes_own_voice_president_air_force_governor": [
        '3: claimant=ua_president (want -|ua_officials)',
    ],
    # "the British troops killed in Afghanistan (457) and Iraq (179)": another war's dead cited for comparison, told by
    # a nationality adjective and a bracketed count after the place, are read as the war's own side (needs the side
    # of a nationality word outside the profile's two sides)
    "british_minister_to_parliament_with_subset_list_and_other_war": [
        'missed: united_kingdom|britain personnel killed 457 - exact cumulative * * * -|uk_officials false',
        'missed: united_kingdom|britain personnel killed 179 - exact cumulative * * * -|uk_officials false',
        'extra: russia personnel killed 457 ("Russia\'s dead already outnumber many times over the Britis'
        'h troops killed in Afghanistan (457) and Iraq (179) together, MPs were reminded.")',
        'extra: russia personnel killed 179 ("Russia\'s dead already outnumber many times over the Britis'
        'h troops killed in Afghanistan (457) and Iraq (179) together, MPs were reminded.")',
    ],
    # "A further 204 were abandoned ... and 688 fell into Ukrainian hands": a bare count whose verb is not a passive
    # ("fell") after "and" is not read as a part of the whole before ("688 tanks fell into Ukrainian hands" is)
    "open_source_tally_by_fate_answered_by_general_staff": [
        'missed: russia armoured_vehicles captured 688 - exact cumulative * * 2026-04-05 oryx false',
    ],
    # "In its report on April, published in May, the mission counted ... that month": "that month" points back to
    # April, but the nearer month (of publication) is taken
    "un_mission_month_with_children_parts_and_earlier_month": [
        '700: period_days=31 (want 30|-), as_of=2026-05-31 (want 2026-04-30)',
        '61: period_days=31 (want 30|-), as_of=2026-05-31 (want 2026-04-30)',
    ],
    # "April was the worst month for Russian tanks, with 402 lost, followed by 344 in May": the next clause's month is
    # taken for the figure told after "April was the worst month ... with"
    "general_staff_day_conditional_total_and_months_respectively": [
        '402: period_days=31 (want 30|-), as_of=2026-05-31 (want 2026-04-30)',
    ],
    # (round 61b read "killed, wounded or otherwise put out of action" as losses, "the figure had grown to 4,500" and
    # "by March 2 it stood at 5,300" as the tally's later levels, and "October 14, 2025 - 1,970 casualties" as a day's)
    # the year lines under the heading inherit "killed"; "Over 540,000 of them fell in the last twelve months" (a
    # quoted part with "fell")
    "milestone_total_yearly_lines_first_days_and_record_days": [
        'missed: russia personnel losses 540000 - at_least period 365|- * 2026-08-20 ua_general_staff false',
        'missed: russia personnel losses 418250 - exact period 365|- * 2025-12-31 ua_general_staff|- false',
        'missed: russia personnel losses 1146 - exact rate 1 * 2025-12-31 ua_general_staff|- false',
        'missed: russia personnel losses 276900 - exact period 213|212|- * 2026-08-01 ua_general_staff|- false',
        'missed: russia personnel losses 1306 - exact rate 1 * 2026-08-01 ua_general_staff|- false',
        "extra: russia personnel killed 418250 ('2025 - 418,250 soldiers, or 1,146 a day on average')",
        "extra: russia personnel killed 1146 ('2025 - 418,250 soldiers, or 1,146 a day on average')",
        "extra: russia personnel killed 276900 ('2026 (to August 1) - 276,900 soldiers, or 1,306 a day on average')",
        "extra: russia personnel killed 1306 ('2026 (to August 1) - 276,900 soldiers, or 1,306 a day on average')",
    ],
    # "Russia's last official toll came in October 2022, when its defence ministry said": "its" is Russia's, but a
    # bare ministry is read as Kyiv's (the article's voice is Ukraine's General Staff)
    "general_staff_day_beside_last_official_tolls": [
        '6050: claimant=ua_mod (want ru_mod)',
    ],
    # "The military's Tuesday report had put those totals at 1,230,770 troops, ...": "those totals" points back to the
    # running totals and has no loss word of its own
    "day_between_weekdays_with_previous_totals_and_battle_range": [
        'missed: russia personnel losses 1230770 - exact cumulative * * 2026-05-12 ua_general_staff|ua_mod false',
        'missed: russia tanks losses 11898 - exact cumulative * * 2026-05-12 ua_general_staff|ua_mod false',
        'missed: russia armoured_vehicles losses 24700 - exact cumulative * * 2026-05-12 ua_general_staff|ua_mod false',
    ],
}


test_unseen_article = article_test(list(ARTICLES), KNOWN_SHORTFALLS)
