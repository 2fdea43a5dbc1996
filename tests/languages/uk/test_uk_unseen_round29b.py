"""Ukrainian whole texts, round 29b (written for these tests) in the constructions the Russian round 29b found, in a
Ukrainian outlet's wording: a hromada's farewell post on a soldier ("попрощалися із земляком", "став N-м жителем
громади, який загинув": the ordinal is the hromada's running count of its dead; his age, his sons and the mourners are
no count), a battalion's own post on its day ("воїни ... знищили", those who surrendered, "наші втрати": the side
fighting the one its figures name; the enemy dead per one wounded of its own is a ratio, no count). Each case lists
every claim the spec asks of the text, written as "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]". Then round 29b's fixes (tests/languages/ru/
test_ru_unseen_round29b.py) read in Ukrainian wordings of their own.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a hromada's own farewell post (its own voice: no source named): the one man mourned is no count; the ordinal
    # is the hromada's dead since the full-scale invasion; his age, his sons and the mourners are no count
    (
     "Сьогодні громада попрощалася із земляком, старшим солдатом Андрієм К., який загинув, виконуючи бойове завдання "
     "на Покровському напрямку.\n\nАндрій став 87-м жителем громади, який загинув, захищаючи Україну від початку "
     "повномасштабного вторгнення. Йому було 41 рік. У нього залишилися дружина та двоє синів.\n\nПровести Героя в "
     "останню путь прийшли понад 300 людей. Вічна пам'ять і слава! 🕯",
     "2025-12-09",
     {"ukraine personnel killed 87 exact cumulative None 2025-12-09"}),
    # a battalion's own post on its day: the enemy's machines and men destroyed, those who surrendered, "наші
    # втрати" the battalion's side's; the enemy dead per one wounded of its own is a ratio
    (
     "🔥 За минулу добу воїни нашого батальйону знищили 3 танки, 5 ББМ та ліквідували понад 70 окупантів.\n\nЩе 4 "
     "російських військових здалися в полон.\n\nНаші втрати — двоє поранених, їхньому життю нічого не загрожує. "
     "На кожного нашого пораненого припадає близько тридцяти знищених окупантів.\n\nСлава Україні! 🇺🇦",
     "2025-12-10",
     {"russia tanks destroyed 3 exact period/1 None 2025-12-10",
      "russia armoured_vehicles destroyed 5 exact period/1 None 2025-12-10",
      "russia personnel killed 70 at_least period/1 None 2025-12-10",
      "russia personnel captured 4 exact period/1 None 2025-12-10",
      "ukraine personnel wounded 2 exact period/1 None 2025-12-10"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


# round 29b's fixes, read in Ukrainian wordings of their own


@pytest.mark.parametrize(("text", "expected"), [
    ("На кожного загиблого, за оцінками аналітиків, припадає до чотирьох поранених.", set()),
    ("На одного вбитого цивільного в середньому припадає троє поранених.", set()),
    ("Від початку вторгнення росія втратила 300 тисяч військових убитими, а на кожного вбитого припадає троє "
     "поранених.",
     {"russia personnel killed 300000 exact cumulative None 2025-12-10"}),
])
def test_the_terms_of_a_ratio_per_one_are_no_count(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("За добу наші оператори знищили 4 танки та ліквідували 60 окупантів. Наші втрати — двоє поранених.",
     {"russia tanks destroyed 4 exact period/1 None 2025-12-10",
      "russia personnel killed 60 exact period/1 None 2025-12-10",
      "ukraine personnel wounded 2 exact period/1 None 2025-12-10"}),
    ("Упродовж тижня бійці бригади знищили 12 гармат і понад 200 російських загарбників. Втрати з нашого боку — "
     "один загиблий і троє поранених.",
     {"russia artillery destroyed 12 exact period/7 None 2025-12-10",
      "russia personnel killed 200 at_least period/7 None 2025-12-10",
      "ukraine personnel killed 1 exact period/7 None 2025-12-10",
      "ukraine personnel wounded 3 exact period/7 None 2025-12-10"}),
])
def test_our_losses_in_a_text_of_no_source_are_the_other_side_s(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Він став 45-м мешканцем громади, який загинув на війні, повідомили в міській раді.",
     {"ukraine personnel killed 45 exact cumulative ua_officials 2025-12-10"}),
    ("Захисник став 203-м воїном з Тернопільщини, загиблим від початку повномасштабного вторгнення.",
     {"ukraine personnel killed 203 exact cumulative None 2025-12-10"}),
    ("Він став 3-м бійцем бригади, нагородженим орденом.", set()),
    ("Місто стало 12-м, куди прилетіли ракети.", set()),
])
def test_the_ordinal_of_a_running_count_of_the_dead(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("За добу знищено 15 танків та інших бойових броньованих машин ЗСУ, заявили в Міноборони Росії.",
     {"ukraine armoured_vehicles destroyed 15 exact period/1 ru_mod 2025-12-10"}),
    ("За рік, за даними Міноборони Росії, ЗСУ втратили 2 тисячі танків і інших броньованих машин.",
     {"ukraine armoured_vehicles losses 2000 exact period/365 ru_mod 2025-12-10"}),
])
def test_tanks_and_other_armoured_machines_are_armoured_vehicles(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("У бліндажі перебували семеро російських окупантів. Усі вони загинули.",
     {"russia personnel killed 7 exact period None 2025-12-10"}),
    ("На борту перебували 3 українські військові. Всі вони отримали поранення.",
     {"ukraine personnel wounded 3 exact period None 2025-12-10"}),
    ("На борту перебували 20 українських військових. Усі вони не постраждали.", set()),
])
def test_all_of_them_told_after_those_counted(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Російський гелікоптер Ка-52 було знищено над Запорізькою областю.",
     {"russia helicopters destroyed 1 exact period None 2025-12-10"}),
    ("Український літак Су-25 було збито над Донеччиною.",
     {"ukraine aircraft destroyed 1 exact period None 2025-12-10"}),
    ("Внаслідок удару по полігону загинули 12 іноземних інструкторів ЗСУ.",
     {"ukraine personnel killed 12 exact period None 2025-12-10"}),
    ("За рік самовільно залишили частину понад 10 тисяч українських військових.",
     {"ukraine personnel deserted 10000 at_least period/365 None 2025-12-10"}),
])
def test_soldiers_words_and_a_thing_that_was_downed(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("У Книзі пам'яті, яку створили у 2023 році, тепер 870 імен загиблих українських захисників.",
     {"ukraine personnel killed 870 exact cumulative None 2025-12-11"}),
    ("До Книги пам'яті внесли імена ще 25 українських захисників, які загинули на війні.",
     {"ukraine personnel killed 25 exact period None 2025-12-11"}),
    ("До списку внесено 870 імен загиблих українських захисників.",
     {"ukraine personnel killed 870 exact cumulative None 2025-12-11"}),
])
def test_a_list_s_names_and_dates(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-11") == expected
