"""Russian whole texts, round 11 (written for these tests) in styles the first ten rounds lack.
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
    ("Двое шахтеров, следовавших на смену в автобусе, погибли.",
     {"ukraine people killed 2 exact period None 2025-05-12"}),
    ("Трое электриков подстанции, которая попала под удар, получили ранения.",
     {"ukraine people wounded 3 exact period None 2025-05-12"}),
])
def test_the_verb_past_a_clause_describing_the_people(text: str, expected: set[str]) -> None:
    assert described(text, "2025-05-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (a headline rounding the body's figure takes its source)
    ("Более 140 медиков погибли с начала войны\n\n"
     "С начала войны погибли 146 медиков, сообщили в министерстве здравоохранения.",
     {"russia civilians killed 140 at_least cumulative ru_officials 2025-05-12",
      "russia civilians killed 146 exact cumulative ru_officials 2025-05-12"}),
    # (the same figure, with the attacker named in the headline: one claim, the body's)
    ("От рук ВСУ погибли 40 энергетиков\n\n"
     "С начала года погибли 40 энергетиков региона, сообщил губернатор.",
     {"russia civilians killed 40 exact period@2025-01-01 ru_officials 2025-05-12"}),
])
def test_a_headline_restating_the_body(text: str, expected: set[str]) -> None:
    assert described(text, "2025-05-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Российские войска потеряли на фронте более 600 тысяч военных.\n\nПогибли 60 сотрудников прессы, сообщили в "
     "НСЖУ.",
     {"russia personnel losses 600000 at_least cumulative None 2025-05-12",
      "ukraine people killed 60 exact cumulative other 2025-05-12"}),
    ("ВСУ ежедневно теряют на фронте сотни солдат. С 2022 года погибли 30 сотрудников завода, сообщили в компании.",
     {"ukraine people killed 30 exact cumulative None 2025-05-12"}),
])
def test_people_of_a_trade_are_not_made_soldiers_by_the_document(text: str, expected: set[str]) -> None:
    assert described(text, "2025-05-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Погибли 14 железнодорожников, сообщили в министерстве транспорта.",
     {"russia people killed 14 exact period ru_officials 2025-05-12"}),
    # (the ministry of the state named after it)
    ("По данным министерства культуры Украины, погибли 90 музыкантов.",
     {"ukraine people killed 90 exact period ua_officials 2025-05-12"}),
    # (a bare title: the one named before)
    ("Минобороны России опубликовало сводку. Ранее в министерстве сообщали, что за сутки ВСУ потеряли до 290 "
     "военнослужащих.",
     {"ukraine personnel losses 290 at_most period/1 ru_mod 2025-05-12"}),
])
def test_a_ministry_is_its_states_official(text: str, expected: set[str]) -> None:
    assert described(text, "2025-05-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("По подсчетам «Новой газеты Европа», погибли 500 российских мобилизованных.",
     {"russia personnel killed 500 exact cumulative other 2025-05-12"}),
    ("По данным «Вёрстки», погибли 300 российских заключенных.",
     {"russia personnel killed 300 exact cumulative other 2025-05-12"}),
])
def test_a_name_in_quotes_after_a_source_marker(text: str, expected: set[str]) -> None:
    assert described(text, "2025-05-12") == expected


def test_the_dead_counted_just_before_in_the_paragraph() -> None:
    # (in a text that speaks more of civilians: the paragraph's soldiers decide)
    assert described("По подсчетам издания, с начала войны погибли 800 российских мобилизованных. Только в марте "
                     "журналисты нашли имена 60 погибших.\n\nРодным погибших помогают жители района, школы и больница "
                     "собирают для семей вещи.", "2025-05-12") == {
        "russia personnel killed 60 exact period/31@2025-03-01 other 2025-03-31",
        "russia personnel killed 800 exact cumulative other 2025-05-12"}


@pytest.mark.parametrize(("text", "expected"), [
    ("В список внесены имена 20 тысяч павших российских бойцов.",
     {"russia personnel killed 20000 exact cumulative None 2025-05-12"}),
    ("За год в мемориал добавили имена 900 павших российских солдат.",
     {"russia personnel killed 900 exact period/365 None 2025-05-12"}),
])
def test_names_of_the_fallen(text: str, expected: set[str]) -> None:
    assert described(text, "2025-05-12") == expected
