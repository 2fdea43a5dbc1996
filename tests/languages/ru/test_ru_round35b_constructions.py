"""Russian constructions earlier rounds saw and left (round 35b), each read in wordings of its own (written for
these tests; in Ukrainian in tests/languages/uk/test_uk_round35b_constructions.py): a post under a heading line naming
its author, a city's head by the name of a city the war's words do not know, a newsroom's own count of the dead,
names added to a memorial, a bare "министр" after a foreign minister, Easter and Christmas with and without their year,
and what came up on the way."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    # "Пост главы ОВА:" on a line of its own over the post: his words, quoted or not, over its lines
    ("Пост главы Сумской ОВА Олега Петренко:\n«За минувшие сутки в Сумском районе погибли два мирных жителя».",
     {"ukraine civilians killed 2 exact period/1 ua_officials 2025-12-09"}),
    ("Публикация главы Сумской ОВА:\nЗа минувшие сутки в Шостке ранены четверо мирных жителей.\nЕще один человек "
     "погиб в Ворожбе.",
     {"ukraine civilians wounded 4 exact period/1 ua_officials 2025-12-09",
      "ukraine civilians killed 1 exact period/1 ua_officials 2025-12-09"}),
    # (the other wordings, read before: "Заявление губернатора:")
    ("Заявление губернатора Белгородской области:\nВ результате атаки дронов ранены четверо мирных жителей.",
     {"russia civilians wounded 4 exact period ru_officials 2025-12-09"}),
])
def test_a_post_under_a_line_naming_its_author(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected


def test_a_checkpoint_told_of_is_no_heading() -> None:
    # (a post a sentence tells of, not a line of its own closing on a colon: no one's word)
    assert described("Дроны атаковали пост ДПС на въезде в Белгород: ранены двое полицейских.", "2025-12-09") == {
        "russia civilians wounded 2 exact period None 2025-12-09"}


@pytest.mark.parametrize(("text", "expected"), [
    # the head of a city the words do not know, the region named beside it: that region's state
    ("Глава Светлогорска Белгородской области сообщил, что при обстреле ранены трое мирных жителей.",
     {"russia civilians wounded 3 exact period ru_officials 2025-12-09"}),
    ("По словам мэра Нижнебережного Херсонской области, при обстреле погибли двое мирных жителей.",
     {"ukraine civilians killed 2 exact period ua_officials 2025-12-09"}),
    # (no place named: nothing tells whose official he is)
    ("Глава Светлогорска сообщил, что при обстреле ранены трое мирных жителей.",
     {"ukraine civilians wounded 3 exact period None 2025-12-09"}),
    # (no place named, the side the text is written from told by its press's words: that side's official)
    ("Боевики снова атаковали мирных жителей. Мэр сообщил, что при обстреле ранены трое человек.",
     {"russia civilians wounded 3 exact period ru_officials 2025-12-09"}),
    ("Оккупанты снова обстреляли город. Мэр сообщил, что ранены трое мирных жителей.",
     {"ukraine civilians wounded 3 exact period ua_officials 2025-12-09"}),
    ("В зоне СВО погибли трое земляков, сообщили в администрации города.",
     {"russia personnel killed 3 exact cumulative ru_officials 2025-12-09"}),
])
def test_a_city_head_by_the_name_of_a_city_not_known(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the newsroom's own count of soldiers who died, no side named: the side its press's words tell
    ("Киевский режим продолжает обстрелы Донецка. По подсчетам редакции, с начала года погибли 140 военных.",
     {"russia personnel killed 140 exact period@2025-01-01 None 2025-03-05"}),
    ("Силы обороны отбили атаку под Покровском. По подсчетам редакции, с начала года погибли 140 военных.",
     {"ukraine personnel killed 140 exact period@2025-01-01 None 2025-03-05"}),
])
def test_a_newsrooms_own_count_of_the_dead(text: str, expected: set[str]) -> None:
    assert described(text, "2025-03-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # names added to a memorial ("нанесли"): the dead added since its last update, over a span the text does not give
    ("На мемориальную доску нанесли еще 18 фамилий погибших участников СВО.",
     {"russia personnel killed 18 exact period None 2025-12-09"}),
    ("В субботу на стелу памяти нанесли 27 новых имён погибших участников СВО.",
     {"russia personnel killed 27 exact period None 2025-12-06"}),
])
def test_names_added_to_a_memorial(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected


@pytest.mark.parametrize("text", [
    # a bare "министр" taken back after a foreign defence minister named: that minister's (not Russia's MoD)
    "Министр обороны Франции заявил, что Россия потеряла 5 тысяч военных за неделю. Министр также сказал, что ВСУ "
    "уничтожили 40 танков.",
    "Министр обороны Германии заявил, что Россия потеряла 5 тысяч военных за неделю. Министр также отметил, что ВСУ "
    "уничтожили 40 танков.",
])
def test_a_bare_minister_after_a_foreign_minister(text: str) -> None:
    assert {line.split()[6] for line in described(text, "2025-12-09")} == {"other"}


def test_a_bare_minister_alone_is_still_russias_mod() -> None:
    text = "Министр заявил, что ВСУ за неделю потеряли 2 тысячи военнослужащих."
    assert {line.split()[6] for line in described(text, "2025-12-09")} == {"ru_mod"}


@pytest.mark.parametrize(("text", "published", "expected"), [
    # Easter with its year: its day by the Julian reckoning ("на Пасху": on that day, a period)
    ("На Пасху 2023 года ВСУ обстреляли Каменку, погибли трое мирных жителей, сообщил губернатор.",
     "2023-05-20", {"russia civilians killed 3 exact period ru_officials 2023-04-16"}),
    ("На Пасху 2024 года в Каменке погибли трое мирных жителей, сообщил губернатор.",
     "2024-12-30", {"russia civilians killed 3 exact period ru_officials 2024-05-05"}),
    # with no year, which one is not told: not dated by it
    ("На Пасху дрон убил двух мирных жителей в Каменке, сообщил губернатор.",
     "2024-05-20", {"russia civilians killed 2 exact period ru_officials 2024-05-20"}),
    # Christmas on 7 January
    ("В Рождество 2024 года в Каменке погибли трое мирных жителей, сообщил губернатор.",
     "2024-12-30", {"russia civilians killed 3 exact period ru_officials 2024-01-07"}),
])
def test_holidays_with_and_without_their_year(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # met on the way: a side attacking right before its verb ("ВСУ атаковали"), no place or source to say whose the
    # people hurt are: its enemy's
    ("ВСУ атаковали пост ДПС на въезде в город: ранены двое полицейских.",
     {"russia civilians wounded 2 exact period None 2025-12-09"}),
    ("ВСУ обстреляли поселок, погибли двое мирных жителей.",
     {"russia civilians killed 2 exact period None 2025-12-09"}),
    # the newsroom's count of what an army destroyed is the newsroom's, not the army's word
    ("По подсчетам редакции, ВСУ уничтожили 12 танков.",
     {"russia tanks destroyed 12 exact period None 2025-12-09"}),
])
def test_met_on_the_way(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected
