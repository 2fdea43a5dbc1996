"""Ukrainian constructions of round 38f (written for these tests): the whole a part is taken from keeps its own word of
loss; soldiers from an unnamed area are of the state whose places the text names; a bracket closing the sentence on
who said its figures; a city's head by the title alone where the text's own army shelled the city. Each case lists
every claim the spec asks of the sentence (in Russian in tests/languages/ru/test_ru_round38f_constructions.py)."""

from __future__ import annotations

import pytest
from claim_lines import described

CONSTRUCTIONS = [
    # the whole a part is taken from ("з 20 поранених") keeps its own word of loss, the part takes the verb
    pytest.param("Троє із 14 травмованих згодом померли, повідомив голова ОВА.",
                 {"ukraine civilians killed 3 exact period ua_officials 2026-11-30",
                  "ukraine civilians wounded 14 exact period ua_officials 2026-11-30"}, id="whole_wounded"),
    # (the whole first, the part after it: the part takes the verb, not the whole's noun)
    pytest.param("З 20 поранених двоє померли в лікарні, повідомила ОВА.",
                 {"ukraine civilians killed 2 exact period ua_officials 2026-11-30",
                  "ukraine civilians wounded 20 exact period ua_officials 2026-11-30"}, id="whole_first"),
    pytest.param("Унаслідок удару поранено 20 людей. Двоє з 20 поранених померли в лікарні.",
                 {"ukraine civilians killed 2 exact period None 2026-11-30",
                  "ukraine civilians wounded 20 exact period None 2026-11-30"}, id="whole_told_before"),
    # soldiers from an unnamed area ("з району"): the state of the places the text names
    pytest.param("У Київській області попрощалися з полеглими. Від початку війни загинули 57 мобілізованих з району.",
                 {"ukraine personnel killed 57 exact cumulative None 2026-11-30"}, id="district_of_the_text"),
    # a bracket closing the sentence on who said its figures, with a verb of saying
    pytest.param("Внаслідок обстрілу Херсона загинули троє мирних жителів (голова ОВА Олександр Прокудін повідомив у "
                 "телеграмі).", {"ukraine civilians killed 3 exact period ua_officials 2026-11-30"},
                 id="bracket_said_by"),
    pytest.param("Після атаки дронів на Суми поранено п'ятьох людей (про це повідомила міська рада).",
                 {"ukraine civilians wounded 5 exact period ua_officials 2026-11-30"}, id="bracket_about_it"),
    # a city's head by the title alone, where Ukraine's army shelled the city: the head the other side installed,
    # its civilians
    pytest.param("Внаслідок обстрілу ЗСУ Горлівки загинули двоє мирних жителів (міський голова Іван Петренко повідомив "
                 "у телеграмі).", {"russia civilians killed 2 exact period ru_officials 2026-11-30"},
                 id="occupied_city_bracket"),
    pytest.param("Через удар ЗСУ по Донецьку поранено чотирьох мирних мешканців, повідомив мер.",
                 {"russia civilians wounded 4 exact period ru_officials 2026-11-30"}, id="occupied_city_mayor"),
    # (a Russian attack: the head of a city of Ukraine's)
    pytest.param("Внаслідок російського обстрілу Херсона загинули троє мирних жителів, повідомив міський голова.",
                 {"ukraine civilians killed 3 exact period ua_officials 2026-11-30"}, id="own_city_mayor"),
]

# a closing credit line naming an outlet: the body the text names speaks for the figures; else the outlet, a source of
# its own kind (other)
CREDITS = [
    pytest.param("Уночі росіяни атакували Одесу дронами, загинули троє людей, ще 7 поранені.\nДжерело: Суспільне Одеса",
                 {"ukraine civilians killed 3 exact period/1 other 2026-11-30",
                  "ukraine civilians wounded 7 exact period/1 other 2026-11-30"}, id="outlet_credit"),
    pytest.param("Уночі росіяни атакували Одесу дронами, загинули троє людей, повідомив голова ОВА.\n"
                 "Джерело: Суспільне Одеса", {"ukraine civilians killed 3 exact period/1 ua_officials 2026-11-30"},
                 id="outlet_relays_a_body"),
]

# a table of several columns under its heads: each row's day's increase (period 1) and running total
TABLES = [
    pytest.param("Втрати ворога, за даними Генштабу ЗСУ:\nКатегорія | За добу | Всього\nТанки | 12 | 11 020\n"
                 "Артилерійські системи | 30 | 31 500",
                 {"russia tanks losses 12 exact period/1 ua_general_staff 2026-11-30",
                  "russia tanks losses 11020 exact cumulative ua_general_staff 2026-11-30",
                  "russia artillery losses 30 exact period/1 ua_general_staff 2026-11-30",
                  "russia artillery losses 31500 exact cumulative ua_general_staff 2026-11-30"}, id="table_day_total"),
    # (the heads in another order, bars at the rows' ends)
    pytest.param("Втрати окупантів, повідомив Генштаб ЗСУ:\n| Вид | Усього | За минулу добу |\n"
                 "| Особовий склад | 1 180 450 | 1 120 |\n| ББМ | 22 900 | 7 |",
                 {"russia personnel losses 1120 exact period/1 ua_general_staff 2026-11-30",
                  "russia personnel losses 1.18045e+06 exact cumulative ua_general_staff 2026-11-30",
                  "russia armoured_vehicles losses 7 exact period/1 ua_general_staff 2026-11-30",
                  "russia armoured_vehicles losses 22900 exact cumulative ua_general_staff 2026-11-30"},
                 id="table_total_day"),
]

PINNED: list[object] = []


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS + CREDITS + TABLES + PINNED)
def test_construction(text: str, expected: set[str]) -> None:
    assert described(text, "2026-11-30") == expected
