"""Russian constructions earlier rounds saw and left (round 34b), each read in wordings of its own (written for
these tests; in Ukrainian in tests/languages/uk/test_uk_round34b_constructions.py): a week told a line a day under a
heading that dates it, a lone victim beside a counted toll, a memorial wall's count dated by the update before it,
a newsroom's own count, a month's recorded toll, a Russian court's text on the other side's strike, and what came up
on the way."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "published", "expected"), [
    # "Пн:", "Вт:": a line labelled by a weekday's abbreviation is that day's, within the heading's week (published on
    # the Monday after it); a weekday's strike ("Вт: при обстреле ...") is that day's too
    ("Итоги недели в Курской области, 17–23 ноября\n\nГубернатор подвёл итоги недели.\nПн: ВСУ атаковали Рыльск, "
     "ранены трое мирных жителей.\nВт: при обстреле Суджи погибли двое мирных жителей.\nПт: ранены пятеро мирных "
     "жителей.",
     "2025-11-24",
     {"russia civilians wounded 3 exact period/1 ru_officials 2025-11-17",
      "russia civilians killed 2 exact period/1 ru_officials 2025-11-18",
      "russia civilians wounded 5 exact period/1 ru_officials 2025-11-21"}),
    ("Неделя в Белгородской области: 3–9 марта\n\nГубернатор подвёл итоги недели.\nПн — погибли 4 мирных жителя, 11 "
     "ранены.\nСр — ранены семеро мирных жителей.",
     "2025-03-10",
     {"russia civilians killed 4 exact period/1 ru_officials 2025-03-03",
      "russia civilians wounded 11 exact period/1 ru_officials 2025-03-03",
      "russia civilians wounded 7 exact period/1 ru_officials 2025-03-05"}),
    # a heading's week across two months ("28 ноября – 4 декабря")
    ("Итоги недели: 28 ноября – 4 декабря\n\nГубернатор подвёл итоги недели.\nПн: ранены трое мирных жителей.",
     "2025-12-08",
     {"russia civilians wounded 3 exact period/1 ru_officials 2025-12-01"}),
    # the day's whole name as the label ("Понедельник: ...")
    ("Итоги недели, 17–23 ноября\n\nГубернатор подвёл итоги недели.\nПонедельник: ранены трое мирных жителей.\n"
     "Вторник: погибли двое мирных жителей.",
     "2025-11-24",
     {"russia civilians wounded 3 exact period/1 ru_officials 2025-11-17",
      "russia civilians killed 2 exact period/1 ru_officials 2025-11-18"}),
    # "с пятницы по воскресенье": a span of weekdays, its days counted from the first
    ("Итоги недели в Брянской области, 17–23 ноября\n\nГубернатор подвёл итоги недели.\nС пятницы по воскресенье "
     "ранены шестеро мирных жителей.",
     "2025-11-24",
     {"russia civilians wounded 6 exact period/3@2025-11-21 ru_officials 2025-11-23"}),
    # "в выходные": a weekend, dated by its Sunday (its length not said)
    ("Итоги недели в Курской области, 17–23 ноября\n\nГубернатор подвёл итоги недели.\nВ выходные ранены двое мирных "
     "жителей.",
     "2025-11-25",
     {"russia civilians wounded 2 exact period ru_officials 2025-11-23"}),
])
def test_a_week_told_a_line_a_day(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "погиб мирный житель, ещё пятеро ранены": one of the class a toll counts, beside it, is a count of one
    ("Ночью ВСУ атаковали Белгород: погиб мирный житель, ещё пятеро мирных жителей ранены.",
     {"russia civilians killed 1 exact period/1 None 2025-11-20",
      "russia civilians wounded 5 exact period/1 None 2025-11-20"}),
    ("При обстреле Горловки погиб человек, трое мирных жителей получили ранения.",
     {"ukraine civilians killed 1 exact period None 2025-11-20",
      "ukraine civilians wounded 3 exact period None 2025-11-20"}),
    # a person identified by sex, age or role, alone or named with another, is no count (the spec's "a woman and her
    # son were killed"; round 15's "погибла женщина")
    ("Погибли женщина и её сын.", set()),
    ("В Курске дрон атаковал маршрутку: погиб водитель, ещё четверо пассажиров ранены.",
     {"russia civilians wounded 4 exact period None 2025-11-20"}),
    ("В результате атаки на Курск погиб мужчина, ещё трое мирных жителей ранены.",
     {"russia civilians wounded 3 exact period None 2025-11-20"}),
])
def test_a_lone_victim_beside_a_toll(text: str, expected: set[str]) -> None:
    assert described(text, "2025-11-20") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Теперь на ней — ...", "На стене уже ...": the count after the update the sentence before dates (the names added
    # to a memorial that day are no count, as round 33e decided)
    ("В пятницу, 7 марта, на стелу памяти в Уфе нанесли 27 новых имён. Теперь на ней — 530 имён погибших "
     "участников СВО.",
     {"russia personnel killed 530 exact cumulative None 2025-03-07"}),
    ("По состоянию на 3 марта мемориал обновили. На стене памяти уже 318 имён погибших участников СВО.",
     {"russia personnel killed 318 exact cumulative None 2025-03-03"}),
])
def test_a_memorial_count_dated_by_the_update_before(text: str, expected: set[str]) -> None:
    assert described(text, "2025-03-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "наши журналисты насчитали": the article's own count, in its own voice (no source)
    ("Наши журналисты насчитали 128 погибших участников СВО из района.",
     {"russia personnel killed 128 exact cumulative None 2025-03-05"}),
    ("По подсчётам редакции, с начала СВО погибли не менее 310 военнослужащих из региона.",
     {"russia personnel killed 310 at_least cumulative None 2025-03-05"}),
])
def test_a_newsrooms_own_count(text: str, expected: set[str]) -> None:
    assert described(text, "2025-03-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "В марте зафиксировано 43": a verb of recording keeps the month its span
    ("В марте зафиксировано 43 погибших мирных жителя.",
     {"ukraine civilians killed 43 exact period/31@2025-03-01 None 2025-03-31"}),
    ("В январе в регионе зафиксированы 19 раненых мирных жителей.",
     {"ukraine civilians wounded 19 exact period/31@2025-01-01 None 2025-01-31"}),
])
def test_a_month_recorded(text: str, expected: set[str]) -> None:
    assert described(text, "2025-04-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Russian court on a strike by the other side: the one sentenced is no source (not Ukraine's officials), the
    # prosecutors named after him are; the victims are the prosecutors' side's; "В результате погибли" after a
    # dated strike is its toll on its day
    ("Суд заочно приговорил к 20 годам командира расчёта ВСУ, сообщили в Генпрокуратуре РФ. 3 мая 2024 года "
     "подчинённые обстреляли жилые кварталы. В результате погибли 4 мирных жителя.",
     {"russia civilians killed 4 exact period ru_officials 2024-05-03"}),
    ("Военный суд заочно осудил оператора дронов ВСУ, сообщили в СК России. Вследствие атаки ранены 9 мирных "
     "жителей.",
     {"russia civilians wounded 9 exact period ru_officials 2025-11-20"}),
    # a bomb dropped on a town is a strike on its people
    ("Противник сбросил авиабомбу на Шебекино, ранены семь человек.",
     {"russia civilians wounded 7 exact period None 2025-11-20"}),
])
def test_a_court_and_a_strike(text: str, expected: set[str]) -> None:
    assert described(text, "2025-11-20") == expected
