"""Russian whole texts, round 29c (written for these tests) in a style the first twenty-nine rounds lack: an
independent Russian outlet's weekly digest ("Главное за неделю") with one bulleted line per story (the named dead
counted with BBC Russian and the week's names added; a border governor's week of civilians; a sentence in years, money
paid, people detained and the newsletter's readers are no count). Each case lists every claim the spec asks of the
text, written as "side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of
[hedged]".
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a weekly digest, one line per story: each line is its own story with its own source; the named dead (Mediazona
    # with BBC Russian: mediazona) and the week's additions to the list; the governor's week (a Russian region's
    # governor: ru_officials); the years of a sentence, roubles, detainees and readers are no count
    pytest.param(
     "Главное за неделю\n\nКаждое воскресенье мы собираем самые важные новости в одном письме.\n\n• «Медиазона» "
     "вместе с Би-би-си установила имена 152 114 российских военных, погибших в Украине. За неделю список пополнился "
     "на 1 370 имен.\n• В Белгородской области за неделю в результате атак ВСУ погибли 6 мирных жителей, еще 41 "
     "ранен, сообщил губернатор.\n• Суд в Москве приговорил журналиста к 7 годам колонии за пост о войне.\n• Власти "
     "Курской области выплатили переселенцам 2,4 млрд рублей компенсаций.\n• ФСБ сообщила о задержании 12 человек по "
     "делу о госизмене.\n\nПодписывайтесь на рассылку — ее уже читают 80 тысяч человек.",
     "2025-12-07",
     {"russia personnel killed 152114 exact cumulative mediazona 2025-12-07",
      "russia personnel killed 1370 exact period/7 mediazona 2025-12-07",
      "russia civilians killed 6 exact period/7 ru_officials 2025-12-07",
      "russia civilians wounded 41 exact period/7 ru_officials 2025-12-07"},
     id="t0"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a span or a place between the army's name and its verb of losing: the army is who lost, not a source
    ("По данным Генштаба ВСУ, Россия потеряла 1 050 военных. Минобороны РФ утверждает, что ВСУ на этом направлении "
     "за неделю потеряли более 2 тысяч военнослужащих.",
     {"russia personnel losses 1050 exact cumulative ua_general_staff 2025-06-01",
      "ukraine personnel losses 2000 at_least period/7 ru_mod 2025-06-01"}),
    ("В Кремле заявили, что ВСУ за сутки потеряли около 400 человек.",
     {"ukraine personnel losses 400 approx period/1 ru_officials 2025-06-01"}),
])
def test_the_army_named_before_a_span_and_its_verb_of_losing_is_who_lost(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-01") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two months joined by a dash: from the first one's first day to the second one's last, in the year after them
    ("В мае—июне 2024 года ВСУ потеряли на этом участке более 3 тысяч военнослужащих, заявили в Минобороны РФ.",
     {"ukraine personnel losses 3000 at_least period/61@2024-05-01 ru_mod 2024-06-30"}),
    # "за это время" in a later sentence: the span an earlier sentence of no figure names, past one more such sentence
    ("В сентябре-октябре 2024 года шли бои за город. Данные сторон разнятся. По данным Генштаба ВСУ, за это время "
     "Россия потеряла около 6 тысяч военных.",
     {"russia personnel losses 6000 approx period/61@2024-09-01 ua_general_staff 2024-10-31"}),
])
def test_a_span_of_two_months_named_with_a_dash(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-01") == expected
