"""Ukrainian constructions earlier rounds saw and left (round 35b), each read in wordings of its own (written for
these tests; in Russian in tests/languages/ru/test_ru_round35b_constructions.py): a post under a heading line naming
its author, a city's head by the name of a city the war's words do not know, a newsroom's own count of the dead,
names added to a memorial, a bare title after a foreign minister, holidays with and without their year, and what came
up on the way."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    # "Допис начальника ОВА:" on a line of its own over the post: his words, quoted or not, over its lines
    ("Допис начальника Полтавської ОВА Івана Коваленка:\n«Протягом доби внаслідок удару по Кременчуку загинули троє "
     "цивільних.»",
     {"ukraine civilians killed 3 exact period/1 ua_officials 2025-12-09"}),
    ("Публікація очільника Харківської ОВА:\nЗа минулу добу в Ізюмі поранено п'ятьох мирних жителів.\nУ Куп'янську "
     "загинула одна людина.",
     {"ukraine civilians wounded 5 exact period/1 ua_officials 2025-12-09",
      "ukraine civilians killed 1 exact period/1 ua_officials 2025-12-09"}),
    # (the other wordings, read before: "Повідомлення голови громади:")
    ("Повідомлення голови Баштанської громади:\nЗа минулу добу через обстріли поранено двох мешканців громади.",
     {"ukraine civilians wounded 2 exact period/1 ua_officials 2025-12-09"}),
])
def test_a_post_under_a_line_naming_its_author(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected


def test_a_post_told_of_in_a_sentence_is_no_heading() -> None:
    # (a post a sentence tells of, not a line of its own closing on a colon: not its author's word)
    assert described("Росіяни атакували пост поліції на околиці міста: загинули двоє правоохоронців.",
                     "2025-12-09") == {"ukraine civilians killed 2 exact period None 2025-12-09"}


@pytest.mark.parametrize(("text", "expected"), [
    # the head of a city the words do not know, the region named beside it: that region's state
    ("Голова Світлогорська Бєлгородської області повідомив, що внаслідок обстрілу поранено трьох мешканців.",
     {"russia civilians wounded 3 exact period ru_officials 2025-12-09"}),
    ("За словами мера Світлогорська Бєлгородської області, внаслідок обстрілу поранено трьох мешканців.",
     {"russia civilians wounded 3 exact period ru_officials 2025-12-09"}),
    # (a mayor, with no place named, stays the title's own: Ukraine's officials)
    ("Мер Нижньобережного повідомив, що внаслідок удару по місту загинули двоє мешканців.",
     {"ukraine civilians killed 2 exact period ua_officials 2025-12-09"}),
    ("Мер Нижньобережного на Херсонщині повідомив, що внаслідок удару по місту загинули двоє мешканців.",
     {"ukraine civilians killed 2 exact period ua_officials 2025-12-09"}),
])
def test_a_city_head_by_the_name_of_a_city_not_known(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the newsroom's own count of soldiers who died, no side named: the side the text is written from
    ("За підрахунками редакції, загинули 120 військових.",
     {"ukraine personnel killed 120 exact cumulative None 2025-03-05"}),
    ("Наші журналісти встановили імена 312 загиблих бійців.",
     {"ukraine personnel killed 312 exact cumulative None 2025-03-05"}),
    # (a side named wins: "окупантів")
    ("За підрахунками редакції, загинули 120 окупантів.",
     {"russia personnel killed 120 exact cumulative None 2025-03-05"}),
])
def test_a_newsrooms_own_count_of_the_dead(text: str, expected: set[str]) -> None:
    assert described(text, "2025-03-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # names added to a memorial: the dead added since its last update, over a span the text does not give (not the
    # update's day); the count standing after it dated by that day
    ("У суботу, 6 грудня, на стелу пам'яті додали 27 нових імен загиблих захисників громади. Відтепер на ній — 412 "
     "імен.",
     {"ukraine personnel killed 27 exact period None 2025-12-06",
      "ukraine personnel killed 412 exact cumulative None 2025-12-06"}),
    ("У суботу на стелу пам'яті додали 27 нових імен загиблих захисників громади.",
     {"ukraine personnel killed 27 exact period None 2025-12-06"}),
    # (over a span told: names added within it, as to a list)
    ("За місяць на стелу додали 27 нових імен загиблих захисників.",
     {"ukraine personnel killed 27 exact period/30 None 2025-12-09"}),
])
def test_names_added_to_a_memorial(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected


@pytest.mark.parametrize("text", [
    # a bare title taken back after a foreign minister named: that minister's, not the text's own state's; the army
    # that destroyed is who did it, not the source
    "Міністр оборони Франції заявив, що Росія втратила 5 тисяч військових за тиждень. Міністр також сказав, що ЗСУ "
    "знищили 40 танків.",
    "Міністр оборони Німеччини заявив, що Росія втратила 5 тисяч військових за тиждень. Міністр також наголосив, що "
    "ЗСУ знищили 40 танків.",
])
def test_a_bare_title_after_a_foreign_minister(text: str) -> None:
    assert {line.split()[6] for line in described(text, "2025-12-09")} == {"other"}


@pytest.mark.parametrize(("text", "published", "expected"), [
    # Easter with its year: its day by the Julian reckoning ("на Великдень": on that day, a period)
    ("На Великдень 2024 року російський дрон убив двох мирних жителів у Степовому, повідомив міський голова.",
     "2024-05-20", {"ukraine civilians killed 2 exact period ua_officials 2024-05-05"}),
    ("На Великдень 2025 року в Степовому загинули троє мирних жителів.",
     "2025-05-20", {"ukraine civilians killed 3 exact period None 2025-04-20"}),
    # Christmas up to 2022 on 7 January, from 2023 on 25 December
    ("На Різдво 2022 року російська ракета вбила трьох мирних жителів у Степовому, повідомив міський голова.",
     "2022-02-01", {"ukraine civilians killed 3 exact period ua_officials 2022-01-07"}),
    ("На Різдво 2023 року в Степовому загинули троє мирних жителів.",
     "2024-02-01", {"ukraine civilians killed 3 exact period None 2023-12-25"}),
    # with no year, which one is not told: not dated by it
    ("На Великдень російський дрон убив двох мирних жителів у Степовому, повідомив міський голова.",
     "2024-05-20", {"ukraine civilians killed 2 exact period ua_officials 2024-05-20"}),
    # "до Різдва": by the day, as of it
    ("До Різдва 2024 року в Степовому загинули 30 мирних жителів.",
     "2024-12-30", {"ukraine civilians killed 30 exact cumulative None 2024-12-25"}),
])
def test_holidays_with_and_without_their_year(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # met on the way: the newsroom's count of what an army destroyed is the newsroom's, not the army's word
    ("За підрахунками редакції, ЗСУ знищили 120 окупантів.",
     {"russia personnel killed 120 exact period None 2025-12-09"}),
    ("За оцінкою редакції, Сили оборони за тиждень знищили 40 російських танків.",
     {"russia tanks destroyed 40 exact period/7 None 2025-12-09"}),
])
def test_the_newsrooms_count_of_what_an_army_destroyed(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected
