"""Round 60t: structure twins (see unseen_articles_r60t.py), whole articles that keep the constructions of kinds of
passage in other words, and the fixes of their shortfalls that a general rule reads."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test  # noqa: E402
from unseen_articles_r60t import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
    # "He put the army's losses ... at 58 killed": the army is the speaking minister's own, told only by "Russia's own
    # forces had not escaped unscathed" the sentence before; no rule yet carries an own side conceded in a sentence with
    # no figure to a bare "the army" in the next (a side rule across sentences touches every list; not safe this late).
    # "112 pieces of equipment, 64 of them supplied by Western countries" and "Among the 31 tanks destroyed that day
    # were nine British-made Challengers": a bare "pieces of equipment" after a personnel count, a model name with no
    # category word, and "that day" pointing back at Monday are not read
    "minister_three_day_push_enemy_since_date_and_own_losses": [
        'missed: russia personnel killed 58 - exact period * * 2026-08-12 ru_mod false',
        'missed: russia personnel wounded 174 - exact period * * 2026-08-12 ru_mod false',
        'missed: russia tanks destroyed 11 - exact period * * 2026-08-12 ru_mod false',
        'missed: russia armoured_vehicles destroyed 6 - exact period * * 2026-08-12 ru_mod false',
        'missed: russia vehicles destroyed 4 - exact period * * 2026-08-12 ru_mod false',
        'missed: russia artillery destroyed 7 - exact period * * 2026-08-12 ru_mod false',
        'missed: ukraine equipment|vehicles losses 112 - exact period 1 * 2026-08-10 ru_mod false',
        'missed: ukraine equipment|vehicles losses 64 - exact period 1 * 2026-08-10 ru_mod false',
        '31: as_of=2026-08-12 (want 2026-08-10)',
        'missed: ukraine tanks destroyed 9 - exact period 1 * 2026-08-10 ru_mod false',
        'extra: ukraine personnel killed 58 ("He put the army\'s losses while repelling the attacks at '
        '58 killed and 174 wounded, with 11 tanks, six armoured vehicles, four trucks and seven '
        'artillery guns destroyed.")',
        'extra: ukraine personnel wounded 174 ("He put the army\'s losses while repelling the attacks '
        'at 58 killed and 174 wounded, with 11 tanks, six armoured vehicles, four trucks and seven '
        'artillery guns destroyed.")',
        'extra: ukraine tanks destroyed 11 ("He put the army\'s losses while repelling the attacks at '
        '58 killed and 174 wounded, with 11 tanks, six armoured vehicles, four trucks and seven '
        'artillery guns destroyed.")',
        'extra: ukraine armoured_vehicles destroyed 6 ("He put the army\'s losses while repelling the '
        'attacks at 58 killed and 174 wounded, with 11 tanks, six armoured vehicles, four trucks and '
        'seven artillery guns destroyed.")',
        'extra: ukraine vehicles destroyed 4 ("He put the army\'s losses while repelling the attacks at '
        '58 killed and 174 wounded, with 11 tanks, six armoured vehicles, four trucks and seven '
        'artillery guns destroyed.")',
        'extra: ukraine artillery destroyed 7 ("He put the army\'s losses while repelling the attacks '
        'at 58 killed and 174 wounded, with 11 tanks, six armoured vehicles, four trucks and seven '
        'artillery guns destroyed.")',
    ],
    # "The General Staff also put Russian losses at 11,742 tanks": "also" carries the day's span of the sentence before
    # over to running totals; the text gives them no span, and telling a total from a day needs the size of the number
    "ministry_day_by_sector_answered_by_general_staff_totals": [
        '11742: measure=period (want cumulative)',
    ],
    # "Ukrainian units facing Russia's Vostok group ... lost as many as 2,460": the nation nearest the number is the
    # opponent named in a participle phrase, not the subject that lost; "4,000 others killed by the other groups" and
    # "among them a German-made Marder infantry fighting vehicle" (a count of one inside a list) are not read; "Kyiv's
    # losses ... exceeded 1,330 troops, it said" has no span of its own (the week is the summary's)
    "ministry_weekly_summary_by_battlegroup": [
        'missed: ukraine personnel killed|losses 4000 - at_least period 7 * 2026-10-09 ru_mod false',
        'missed: ukraine armoured_vehicles losses 1 - exact period 7 * 2026-10-09 ru_mod false',
        '1330: measure=cumulative (want period), period_days=- (want 7)',
        'extra: russia personnel losses 2460 ("MOSCOW, October 9 (Agency) - Ukrainian units facing '
        'Russia\'s Vostok group of forces lost as many as 2,460 servicemen over the previous seven '
        'days, on top of more than 4,000 others killed by the other groups in the same week, the '
        'Russian Defence Ministry said.")',
        'extra: russia personnel killed 4000 ("MOSCOW, October 9 (Agency) - Ukrainian units facing '
        'Russia\'s Vostok group of forces lost as many as 2,460 servicemen over the previous seven '
        'days, on top of more than 4,000 others killed by the other groups in the same week, the '
        'Russian Defence Ministry said.")',
    ],
    # "recorded by the mission": the mission is named only two paragraphs later (and in the headline as "UN monitors");
    # "The mission is still verifying reports that ...": the mission as the subject of a hedge is not read as a source,
    # so the Ukrainian authorities of the sentence before carry; the second conjunct ("and injured 240 more") does not
    # share the first's "first four days of the month"
    "un_mission_monthly_counts_in_brackets_and_unverified_days": [
        '1512: claimant=- (want un)',
        '248: claimant=- (want un)',
        '1264: claimant=- (want un)',
        '1134: claimant=- (want un)',
        '201: claimant=- (want un)',
        '933: claimant=- (want un)',
        '23: claimant=ua_officials (want un|-)',
        '240: period_days=1 (want 4), period_start=- (want 2026-08-01), claimant=ua_officials (want un|-)',
    ],
    # "Of those killed, about 11,400 died in ...": "those killed" points back at the toll two sentences before, but the
    # sentence between ("rose sharply over the winter") gives its span and no figure; the span is read from it
    "round_up_of_civilian_counts_by_several_sources": [
        '11400: measure=period (want cumulative), as_of=2026-03-20 (want 2026-02-15|2026-02-01|2026-02-28)',
        '3100: measure=period (want cumulative), as_of=2026-03-20 (want 2026-02-15|2026-02-01|2026-02-28)',
    ],
    # "the Kyiv weekly Tochka reported" is read as Kyiv (officials) and "By the team's reckoning" is no source phrase;
    # "leaves out some 42,000 listed as missing", "The real number of dead is above 80,000" and "around 240,000
    # soldiers" take their side from the article's topic (Ukrainian soldiers), which no rule carries; "The total given
    # by the General Staff now stands at 1,421,560" has no noun (the Russian losses of the sentence before); "the
    # defence ministry" after "Kyiv does publish ..." is Kyiv's, but a bare ministry is read as Russia's
    "volunteer_team_count_of_soldiers_deaths_with_other_sources": [
        '61800: claimant=ua_officials (want other)',
        'missed: ukraine personnel missing 42000 - approx cumulative * * 2026-12-03 other|- false',
        'missed: ukraine personnel killed 80000 - at_least cumulative * * 2026-12-03 other false',
        'missed: ukraine personnel wounded 240000 - approx cumulative * * 2026-12-03 other true|false',
        'missed: russia personnel losses 1421560 - exact cumulative * * 2026-12-03 ua_general_staff false',
        '31470: claimant=ru_mod (want ua_mod)',
        "extra: russia personnel killed 80000 ('The real number of dead is above 80,000, the researchers estimate.')",
        "extra: russia personnel wounded 240000 ('Applying the usual ratio of three wounded for every "
        "death, they also suggest that around 240,000 soldiers have been wounded.')",
    ],
    # "A Kremlin aide ... said the army was losing some 9,000 men a week": a bare "the army" in a belligerent's
    # official's words is his own side's (as in the minister's article above); not read yet
    "general_staff_day_as_starred_heading_lines": [
        'missed: russia personnel losses 9000 - approx rate 7 * 2026-04-17 ru_officials false',
        "extra: ukraine personnel losses 9000 ('A Kremlin aide, Igor Sokolin, told a state television "
        "talk show that the army was losing some 9,000 men a week, a pace he called sustainable given "
        "the number of new recruits.')",
    ],
}


test_unseen_article = article_test(list(ARTICLES), KNOWN_SHORTFALLS)
