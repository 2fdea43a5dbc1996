"""Round 9 of whole articles in outlet styles the earlier rounds do not hold (see unseen_articles_r9.py): every claim
the spec asks for is found with its side, category, outcome, qualifier, span, date, source and hedge, and nothing else
is. Each fix the round needed is pinned below by sentences of other wordings than the articles'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probes import article_test, claims_reader  # noqa: E402
from unseen_articles_r9 import ARTICLES  # noqa: E402

# What the articles still get wrong: the test pins them, so a fix (or a new mistake) shows here.
KNOWN_SHORTFALLS: dict[str, list[str]] = {
    # ("analyst_numbered_thread": "October was another heavy month ... 142 ... during the month" is read since round
    # 41: the month the sentence before went back to dates a figure with no date of its own)
    # a flash line's trailing "— ministry" names no kind of ministry: with "Russia says" before it, nothing makes it
    # the defence ministry (the air defences' report), so the nation's officials stand (attribution.py)
    "agency_flash_lines": ["46: claimant=ru_officials (want ru_mod)"],
    # the battle the section tells of does not carry to "3,000 had died" in a sentence naming none (measure.py); "262
    # marines" with no nation, found by a Ukrainian outlet, is read as the enemy's of a Ukrainian source (loss_frame.py)
    "encyclopedia_citations": [
        "3000: measure=cumulative (want period)",
        "missed: ukraine personnel losses|killed|missing 262 - exact period * * 2024-05-01 other false",
        "extra: russia personnel killed 262 ('An investigation by a Ukrainian outlet identified 262 marines who were "
        "killed or went missing.[10]')",
    ],
}


test_unseen_article = article_test(ARTICLES, KNOWN_SHORTFALLS)


_claims = claims_reader("2024-06-12")


# -- "a children's charity said": an article before a possessive noun counts nothing -------------------------------

@pytest.mark.parametrize("text", [
    "Twelve people were killed in the strike, a soldiers' welfare fund said, citing a hospital's records.",
    "Two civilians were killed and 9 injured, a child's father told reporters after a tank's crew fired on the car.",
])
def test_possessive_noun_is_no_count_of_one(text: str) -> None:
    assert 1 not in _claims(text)


def test_an_item_in_a_list_still_counts_one() -> None:
    assert _claims("Russia lost two tanks and a helicopter, Kyiv said.")[1].category == "helicopters"


# -- "destroyed or abandoned": either of two fates, not said which, is a loss --------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Kyiv said 142 Russian armoured vehicles were destroyed or abandoned in October.", 142),
    ("Analysts counted 37 Ukrainian tanks abandoned or captured since the offensive began.", 37),
])
def test_two_fates_joined_by_or_are_losses(text: str, value: float) -> None:
    assert _claims(text)[value].outcome == "losses"


# -- "October 2023: 156 killed, 521 injured": a bare count in a line under a count of civilians counts civilians ---

@pytest.mark.parametrize(("text", "value"), [
    ("The regional prosecutor keeps a count of civilians harmed by shelling.\nApril 2024: 17 killed, 51 wounded", 17),
    ("Civilian deaths in the city, by district, according to the mayor's office:\nNorthern district: 31 killed\n"
     "Old Town: 12 killed", 12),
])
def test_bare_count_under_civilians_counts_civilians(text: str, value: float) -> None:
    assert _claims(text)[value].category == "civilians"


def test_bare_count_of_an_army_stays_soldiers() -> None:
    text = "The brigade said its soldiers had suffered heavily in the battle: 40 killed and 95 wounded."
    assert _claims(text)[40].category == "personnel"


# -- "..., Health Minister X said": a civil ministry with no nation speaks for the side whose civilians it counts ----

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Twelve Russian civilians died in shelling of Belgorod in May, the Minister of Health Anna Petrova said.", 12,
     "ru_officials"),
    ("At least 31 Ukrainian teachers have been killed since the invasion, Education Minister Oksen Lisovyi told "
     "parliament.", 31, "ua_officials"),
])
def test_civil_ministry_speaks_for_its_civilians(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


# -- "images show the remains of 48 vehicles": the wreckage of equipment is its destruction -------------------------

@pytest.mark.parametrize(("text", "value", "category"), [
    ("Drone footage shows the wreckage of 17 Ukrainian tanks near the village.", 17, "tanks"),
    ("Investigators found the wrecks of 9 Russian helicopters at the airfield, the outlet said.", 9, "helicopters"),
])
def test_wreckage_of_equipment_is_destroyed(text: str, value: float, category: str) -> None:
    claim = _claims(text)[value]
    assert (claim.category, claim.outcome) == (category, "destroyed")


def test_remains_of_people_are_no_loss_word() -> None:
    assert 30 not in _claims("The remains of 30 soldiers were returned to Ukraine on Friday.")


# -- "We counted 12 tanks among them": a part named after its noun shares the outcome of the figure before ---------

@pytest.mark.parametrize(("text", "value", "outcome"), [
    ("Russia lost 140 armoured vehicles in the assault, Kyiv said. Analysts counted 31 tanks among them.", 31,
     "losses"),
    ("At least 90 Russian soldiers were killed in the strike, Ukraine's army said. It listed 4 officers among the "
     "dead.", 4, "killed"),
])
def test_part_named_among_them_shares_the_outcome(text: str, value: float, outcome: str) -> None:
    assert _claims(text)[value].outcome == outcome


def test_part_of_another_kind_is_no_part() -> None:
    assert 4 not in _claims("Kyiv said 30 soldiers died. There were 4 tanks among them.")


# -- "Sept. 21, 2022 — Putin orders ... Shoigu says 5,800 ...": the date that opens a timeline's line dates it all ---

@pytest.mark.parametrize(("text", "value", "as_of"), [
    ("Main events\n12 March 2023 — Fighting intensifies around the city. Kyiv says 1,100 Russian troops were killed "
     "in a week.", 1_100, "2023-03-12"),
    ("Timeline\nOct. 3, 2023 - A missile hits a cafe in the village. The governor says 52 civilians have been killed.",
     52, "2023-10-03"),
])
def test_line_date_dates_the_whole_line(text: str, value: float, as_of: str) -> None:
    claim = _claims(text)[value]
    assert claim.as_of is not None and claim.as_of.isoformat() == as_of


def test_date_inside_a_sentence_dates_no_later_one() -> None:
    text = "Fighting began on 12 March 2023, the army said. Kyiv says 1,100 Russian troops were killed."
    claim = _claims(text)[1_100]
    assert claim.as_of is not None and claim.as_of.isoformat() == "2024-06-12"


# -- "Russia's average daily casualty rate rose to 983": a casualty rate counts people, per day where it says so -----

@pytest.mark.parametrize(("text", "value"), [
    ("Russia's daily casualty rate averaged 1,200 in May, British intelligence said.", 1_200),
    ("Ukraine's average daily casualty rate reached 310 during the winter, the think tank estimated.", 310),
])
def test_casualty_rate_counts_people(text: str, value: float) -> None:
    claim = _claims(text)[value]
    assert (claim.category, claim.outcome, claim.measure, claim.period_days) == ("personnel", "losses", "rate", 1)


# -- "COMMANDER: Very hard. We lost 14 men.": a transcript's speaker label speaks for its line ---------------------

@pytest.mark.parametrize(("text", "value", "side", "claimant"), [
    ("Transcript of the briefing.\nMODERATOR: What were your losses?\nBRIGADE COMMANDER: Heavy ones. We lost 22 men "
     "in the first week.", 22, "ukraine", "ua_officials"),
    ("Podcast transcript.\nANALYST: By my count, Russia has lost 3,400 tanks since the invasion.", 3_400, "russia",
     "other"),
])
def test_speaker_label_is_the_lines_source(text: str, value: float, side: str, claimant: str) -> None:
    claim = _claims(text, published="2023-07-14")[value]
    assert (claim.side, claim.claimant) == (side, claimant)


def test_dateline_is_no_speaker_label() -> None:
    assert _claims("KYIV: Russia lost 1,000 soldiers on Monday.", published="2023-07-14")[1_000].claimant is None


# -- "We destroyed 3 of their tanks": in a speaker's first person, "their" is the enemy's --------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("'We shot down 5 of their drones last night,' the air force spokesman said.", 5),
    ("We pushed forward and counted 40 of their dead, the commander said.", 40),
])
def test_their_beside_we_is_the_enemy(text: str, value: float) -> None:
    assert _claims(text, published="2023-07-14")[value].side == "russia"


def test_their_own_stays_the_sources() -> None:
    claim = _claims("Russia's defence ministry said its forces had lost 12 of their own tanks.")[12]
    assert claim.side == "russia"


# -- "An analyst posted this thread": a post announced with no figure frames the figures of the lines after it -------

@pytest.mark.parametrize("text", [
    "A military blogger posted a thread on Monday.\n1/ I count 41 Ukrainian armoured vehicles lost in October.",
    "A drone unit's commander posted this update on Telegram.\nIn the past week, 41 Ukrainian armoured vehicles "
    "were lost.",
])
def test_announced_thread_frames_the_lines_after_it(text: str) -> None:
    assert _claims(text, published="2024-11-05")[41].claimant is not None


# -- "were killed.[7] A blogger claimed ...": a reference mark is no count, and it closes its sentence -------------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("Kyiv said 120 Russian troops were killed in the assault.[4] A Russian blogger said 30 Ukrainian soldiers "
     "died.[5]", 30, "other"),
    ("According to the governor, 14 civilians were injured.[12][13] Moscow said 6 Ukrainian drones were downed.[15]",
     6, "ru_officials"),
])
def test_reference_marks_close_sentences_and_count_nothing(text: str, value: float, claimant: str) -> None:
    claims = _claims(text)
    assert claims[value].claimant == claimant
    assert not {4, 5, 12, 13, 15} & set(claims)


# -- "Kyiv says Russia lost 1,470 troops — General Staff": a flash line's trailing source says who spoke -----------

@pytest.mark.parametrize(("text", "value", "claimant"), [
    ("FLASH: Russia lost 38 tanks near the town last week - think tank", 38, "other"),
    ("URGENT: Kyiv says Russian forces lost 12 tanks in a day — General Staff", 12, "ua_general_staff"),
])
def test_trailing_dash_source_names_the_speaker(text: str, value: float, claimant: str) -> None:
    assert _claims(text)[value].claimant == claimant


def test_trailing_dash_remark_is_no_source() -> None:
    claim = _claims("Kyiv says Russia lost 1,470 troops in a day - the highest in a month")[1_470]
    assert claim.claimant == "ua_officials"
