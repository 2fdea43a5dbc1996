"""Round 14 of whole articles in outlet styles the earlier rounds do not hold (see unseen_articles_r14.py): every claim
the spec asks for is found with its side, category, outcome, qualifier, span, date, source and hedge, and nothing else
is. Each fix the round needed (and the earlier rounds' shortfalls fixed here) is pinned below by sentences of other
wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r14 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
    # "by the research group Re:Russia": the nation's name inside an outlet's name is read as the nation's officials
    # (the profile's claimant "Russia"), whose count of dead soldiers is then the enemy's (attribution.py,
    # loss_frame.py; that "Re:Russia" is a research group and not Russia needs knowing it)
    "explainer_payouts_to_families": [
        "missed: russia personnel killed 62000 - at_least cumulative * * 2024-12-31 other false",
        "extra: ukraine personnel killed 62000 ('An analysis of regional spending by the research group Re:Russia "
        "suggests that payments were made for at least 62,000 dead soldiers by the end of 2024.')",
    ],
    # (the whole "of the 3,800 men on its rolls in January" is no loss and its month does not date the part: round 31,
    # test_unseen_articles_r31.py; "640 of them" and "Another 310" are the Russian brigade's men: round 32, the side of
    # the group "them" points back at) the brigade, whose lists they are, is read as the source of the team's count
    # (attribution.py)
    "investigation_leaked_brigade_rosters": [
        "2300: claimant=ru_officials (want other)",
        "640: claimant=ru_officials (want other)",
        "310: claimant=ru_officials (want other)",
    ],
    # "PRESS SECRETARY:" under "Department of Defense Press Briefing": a label naming a role with no nation, under a
    # heading whose body is a nation's only to one who knows it, speaks for no claimant (attribution.py)
    "defence_department_briefing_transcript": [
        "315000: claimant=- (want us_officials)",
        "2200: claimant=- (want us_officials)",
    ],
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2025-05-04")


# -- (round 13) "Translated from a post on the channel X, March 9:" over a quoted passage: X's figures ---------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Notes from the front\nTranslated from a message on the Telegram channel Donbass Dispatch, May 2:\n\"Near Chasiv "
     "Yar the regiment lost 45 Russian soldiers killed in two days. Nobody talks about it.\"", 45, "other"),
    ("The Russian war blogger Yuri Podolyaka wrote on Sunday:\n\"In the past week the Russian units lost 12 tanks near "
     "Toretsk.\"", 12, "other"),
    ("Excerpts from a statement by the Azov brigade, issued on Sunday:\n\"In the past week our fighters destroyed 12 "
     "Russian tanks near Toretsk.\"", 12, "ua_officials"),
])
def test_a_line_naming_a_source_over_a_quote_is_its_source(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


def test_a_line_naming_no_one_over_a_quote_gives_no_source() -> None:
    claim = _claims("Here is what we know:\n\"In the past week Russia lost 12 tanks near Toretsk.\"")[12]
    assert claim.claimant is None


# -- (round 13) "was losing 1,000 men a day. Today ... the figure is closer to 1,300": the rate restated --------------

@pytest.mark.parametrize(("text", "value", "days"), [
    ("Last year Russia was losing about 900 soldiers a day, Western officials said. Now, by Kyiv's count, the figure "
     "is closer to 1,200.", 1_200, 1),
    ("In 2023 Ukraine lost roughly 300 soldiers a week, a US official said.\nToday that number is about 450, he said.",
     450, 7),
])
def test_the_figure_restating_a_rate_is_that_rate(text: str, value: float, days: float) -> None:
    claim = _claims(text)[value]
    assert (claim.measure, claim.period_days) == ("rate", days)


def test_the_figure_restated_with_a_span_of_its_own_keeps_it() -> None:
    claim = _claims("Russia is losing about 1,000 soldiers a day, Rutte said. That is over 30,000 in the month of "
                    "December.")[30_000]
    assert (claim.measure, claim.period_days) == ("period", 31)


# -- (round 14) "has not updated its official toll since ..., when the minister said 5,937 soldiers had been killed" --

@pytest.mark.parametrize(("text", "value", "side"), [
    ("The ministry has not updated its official toll since February, when Defence Minister Rustem Umerov said 43,000 "
     "soldiers had been killed.", 43_000, "ukraine"),
    ("The government has not revised its official toll since the spring, when Defence Minister Andrei Belousov said "
     "7,200 soldiers had been killed.", 7_200, "russia"),
])
def test_a_speakers_official_toll_is_its_own_sides(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


def test_a_speaker_counting_the_enemy_still_counts_the_enemy() -> None:
    claim = _claims("Ukraine's General Staff said on Monday that its forces had killed 1,200 Russian soldiers.")[1_200]
    assert claim.side == "russia"


# -- (round 14) "seven Russian strategic bombers": a military kind before the counted noun ---------------------------

@pytest.mark.parametrize(("text", "value", "category"), [
    ("Ukrainian drones destroyed seven Russian strategic bombers at two bases, Kyiv said.", 7, "aircraft"),
    ("Russia said it had shot down three Ukrainian transport planes near the border.", 3, "aircraft"),
    ("The brigade said 40 Russian airborne troops were killed in the assault.", 40, "personnel"),
])
def test_a_military_kind_before_the_noun_is_part_of_its_phrase(text: str, value: float, category: str) -> None:
    assert _claims(text)[value].category == category


# -- (round 13) "officers told me Russia was losing 1,000 men a day": officers with no nation, as a commander --------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("On my last trip to Zaporizhzhia, officers told me Russia was losing 900 men a day.", 900, "ua_officials"),
    ("Army officers at the front told the newspaper that 250 Russian soldiers had been killed in the assault.", 250,
     "ua_officials"),
])
def test_officers_with_no_nation_speak_as_a_commander(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant in claimant.split("|")


def test_officers_of_a_nation_speak_for_it() -> None:
    claim = _claims("Russian officers said Ukraine was losing 500 men a day.")[500]
    assert (claim.side, claim.claimant) == ("ukraine", "ru_officials")


# -- (round 11) "Twelve Indian nationals ... were killed, the external affairs ministry said": the third nation's -----

@pytest.mark.parametrize(("text", "value"), [
    ("Four Polish volunteers fighting for Ukraine have been killed near Bakhmut, the foreign ministry said.", 4),
    ("Three Moldovan nationals recruited by the Russian army have died in Ukraine, the foreign ministry said.", 3),
    ("Seven Georgian volunteers fighting for Ukraine were killed last month, the foreign ministry in Tbilisi said.", 7),
])
def test_a_ministry_with_no_nation_counting_a_third_nations_people_is_theirs(text: str, value: float) -> None:
    assert _claims(text)[value].claimant == "other"


@pytest.mark.parametrize(("text", "value"), [
    ("Russian strikes killed 3 civilians in Kharkiv, the ministry said.", 3),
    ("Ten Ukrainian soldiers were killed, the ministry said, citing French intelligence.", 10),
])
def test_a_ministry_with_no_third_nations_people_stays_unresolved(text: str, value: float) -> None:
    assert _claims(text)[value].claimant is None


# -- (round 14) "More than 3,200 names were added in the past two weeks": a count's growth has the count's outcome ---

@pytest.mark.parametrize(("text", "value", "side"), [
    ("The memorial project has listed 9,300 Ukrainian soldiers killed since 2022. Another 410 names were added in "
     "March.", 410, "ukraine"),
    ("Mediazona has confirmed the deaths of 120,000 Russian soldiers. About 1,700 names have been added since "
     "January, it said.", 1_700, "russia"),
])
def test_names_added_to_a_count_of_the_dead_are_dead(text: str, value: float, side: str) -> None:
    claim = _claims(text)[value]
    assert (claim.side, claim.category, claim.outcome) == (side, "personnel", "killed")


def test_things_added_after_a_count_of_other_kind_are_no_loss() -> None:
    assert sorted(_claims("The ministry said 300 civilians were killed. 20 new shelters were added in the city.")) == [
        300]


# -- (round 14) "of the 3,800 men on its rolls": the speaker's own men ----------------------------------------------

@pytest.mark.parametrize(("text", "value", "side"), [
    ("A Russian battalion said 120 of the soldiers on its rolls had been killed since the spring.", 120, "russia"),
    ("Ukraine's 47th brigade said 85 soldiers on its roster had been killed since January.", 85, "ukraine"),
])
def test_men_on_the_speakers_rolls_are_its_own(text: str, value: float, side: str) -> None:
    assert _claims(text)[value].side == side


# -- (round 14) "killed, wounded or gone missing": the three together are losses ------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Kyiv said 2,300 Russian soldiers had been killed, wounded or gone missing near Pokrovsk since the summer.",
     2_300),
    ("The regiment said 410 Russian troops had been killed, wounded, or gone missing in the last month.", 410),
])
def test_killed_wounded_or_gone_missing_are_losses(text: str, value: float) -> None:
    assert _claims(text)[value].outcome == "losses"
