"""Ukrainian whole texts, round 11 (written for these tests) in styles the first ten rounds lack.
Each case lists every claim the spec asks of the text, written as "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]". A text the extractor does not yet read whole is
marked xfail (strict) with what it misses.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS: list[object] = [
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected

# the fixes this round, each read in wordings of its own


@pytest.mark.parametrize(("text", "expected"), [
    ("Троє гірників шахти, яка опинилася під ударом, загинули.",
     {"ukraine civilians killed 3 exact period None 2025-05-12"}),
    ("Обидва бортпровідники літака, збитого над морем, загинули.",
     {"ukraine people killed 2 exact period None 2025-05-12"}),
])
def test_the_verb_past_a_clause_describing_the_people(text: str, expected: set[str]) -> None:
    assert described(text, "2025-05-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (a headline rounding the body's figure takes its source)
    ("Понад 300 медиків загинули від початку вторгнення\n\n"
     "Від початку повномасштабного вторгнення загинули 312 медиків, повідомили в МОЗ.",
     {"ukraine civilians killed 300 at_least cumulative ua_officials 2025-05-12",
      "ukraine civilians killed 312 exact cumulative ua_officials 2025-05-12"}),
    # (the same figure, with the attacker named in the headline: one claim, the body's)
    ("Від рук окупантів загинули 40 залізничників\n\n"
     "Від початку повномасштабного вторгнення загинули 40 залізничників, повідомили в Міністерстві розвитку громад.",
     {"ukraine people killed 40 exact cumulative ua_officials 2025-05-12"}),
])
def test_a_headline_restating_the_body(text: str, expected: set[str]) -> None:
    assert described(text, "2025-05-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Окупанти втратили за добу 1 200 військових, бої тривають на всьому фронті. Від початку вторгнення загинули "
     "40 працівників медіа, повідомили в НСЖУ.",
     {"russia personnel losses 1200 exact period/1 other 2025-05-12",
      "ukraine people killed 40 exact cumulative other 2025-05-12"}),
    ("Окупанти щодня втрачають на фронті понад тисячу солдатів. Від початку вторгнення загинули 25 працівників "
     "ДТЕК, повідомили в компанії.",
     {"russia personnel losses 1000 at_least rate/1 None 2025-05-12",
      "ukraine people killed 25 exact cumulative None 2025-05-12"}),
])
def test_people_of_a_trade_are_not_made_soldiers_by_the_document(text: str, expected: set[str]) -> None:
    assert described(text, "2025-05-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Загинули 14 залізничників, повідомили в Міністерстві розвитку громад.",
     {"ukraine people killed 14 exact period ua_officials 2025-05-12"}),
    ("За даними міністерства культури, загинули 90 митців.",
     {"ukraine people killed 90 exact period ua_officials 2025-05-12"}),
    # (the ministry of the state named after it)
    ("За даними міністерства культури рф, загинули 40 музикантів.",
     {"russia people killed 40 exact period ru_officials 2025-05-12"}),
    # (a bare title: the one named before)
    ("Про втрати повідомив міністр оборони. За добу знищено 12 танків, – зазначив міністр.",
     {"russia tanks destroyed 12 exact period/1 ua_mod 2025-05-12"}),
])
def test_a_ministry_is_its_states_official(text: str, expected: set[str]) -> None:
    assert described(text, "2025-05-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("За даними «Книги пам'яті», загинули 500 захисників.",
     {"ukraine personnel killed 500 exact cumulative other 2025-05-12"}),
    ("За підрахунками «Слова і діла», загинули 700 захисників.",
     {"ukraine personnel killed 700 exact cumulative other 2025-05-12"}),
])
def test_a_name_in_quotes_after_a_source_marker(text: str, expected: set[str]) -> None:
    assert described(text, "2025-05-12") == expected


def test_the_dead_counted_just_before_in_the_paragraph() -> None:
    # (in a text that speaks more of civilians: the paragraph's soldiers decide)
    assert described("Станом на 1 травня загинули 300 українських добровольців, підрахували журналісти. Лише за "
                     "квітень до списку внесли імена 45 загиблих.\n\nРодинам загиблих допомагають мешканці "
                     "громади, а школа й лікарня збирають для них речі.", "2025-05-12") == {
        "ukraine personnel killed 300 exact cumulative other 2025-05-01",
        "ukraine personnel killed 45 exact period/30@2025-04-01 other 2025-04-30"}


@pytest.mark.parametrize(("text", "expected"), [
    ("«Книга пам'яті» налічує понад 64 тисячі імен полеглих захисників",
     {"ukraine personnel killed 64000 at_least cumulative None 2025-05-12"}),
    ("За рік до списку додали імена 900 полеглих українських воїнів.",
     {"ukraine personnel killed 900 exact period/365 None 2025-05-12"}),
])
def test_names_of_the_fallen(text: str, expected: set[str]) -> None:
    assert described(text, "2025-05-12") == expected
