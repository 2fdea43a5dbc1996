"""Ukrainian whole texts, round 12 (written for these tests) in styles the first eleven rounds lack.
Each case lists every claim the spec asks of the text, written as "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]". A text the extractor does not yet read whole is
marked xfail (strict) with what it misses.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS: list[tuple[str, str, set[str]]] = [
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected

# the fixes this round, each read in wordings of its own


@pytest.mark.parametrize(("text", "expected"), [
    ("За тиждень Повітряні сили збили два російські Су-34 і один Ка-52.",
     {"russia aircraft destroyed 2 exact period/7 None 2025-06-10",
      "russia helicopters destroyed 1 exact period/7 None 2025-06-10"}),
    ("Сили оборони знищили 12 Т-72Б3 і 7 БМП-2, повідомили в Генштабі.",
     {"russia tanks destroyed 12 exact period ua_general_staff 2025-06-10",
      "russia armoured_vehicles destroyed 7 exact period ua_general_staff 2025-06-10"}),
])
def test_a_model_written_bare_after_a_count(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Обидва члени екіпажу винищувача, який розбився під Житомиром, загинули, повідомив начальник обласної "
     "військової адміністрації.",
     {"ukraine personnel killed 2 exact period ua_officials 2025-06-10"}),
    ("Троє членів екіпажу бомбардувальника загинули під час авіакатастрофи, повідомив голова ОВА.",
     {"ukraine personnel killed 3 exact period ua_officials 2025-06-10"}),
])
def test_a_warplanes_crew_a_regions_head_says_died(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("З початку року загинули 40 рятувальників, повідомили в ДСНС. Частина з них працювала на Донеччині, а 12 "
     "загинули під час виконання професійних обов'язків.",
     {"ukraine civilians killed 40 exact period@2025-01-01 ua_officials 2025-06-10",
      "ukraine civilians killed 12 exact period@2025-01-01 ua_officials 2025-06-10"}),
    ("Від початку вторгнення загинули 70 працівників залізниці, повідомили в компанії. Більшість із них воювали на "
     "фронті, а 25 загинули під час виконання професійних обов'язків.",
     {"ukraine people killed 70 exact cumulative None 2025-06-10",
      "ukraine civilians killed 25 exact cumulative None 2025-06-10"}),
])
def test_a_part_of_those_after_most_of_them(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Торік загинули 9 медиків. Щонайменше 30 лікарів досі перебувають у російському полоні.",
     {"ukraine civilians killed 9 exact period@2024-01-01 None 2024-12-31",
      "ukraine civilians captured 30 at_least cumulative None 2025-06-10"}),
    ("У 2024 році загинули 12 мирних жителів громади. Дотепер у полоні залишаються 40 мешканців.",
     {"ukraine civilians killed 12 exact period@2024-01-01 None 2024-12-31",
      "ukraine civilians captured 40 exact cumulative None 2025-06-10"}),
])
def test_still_held_is_as_things_stand_now(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Повітряні сили повідомили, що за ніч над областю збито 40 дронів.\n\nРедакція звернулася по коментар до "
     "компанії. У травні внаслідок такої ж атаки загинули троє працівників підприємства.",
     {"russia drones destroyed 40 exact period/1 ua_officials 2025-06-10",
      "ukraine civilians killed 3 exact period/31@2025-05-01 None 2025-05-31"}),
    ("Генштаб повідомив, що за добу знищено 12 танків.\n\nМи надіслали запит до обласної адміністрації. Торік "
     "у громаді загинули 20 мирних жителів.",
     {"russia tanks destroyed 12 exact period/1 ua_general_staff 2025-06-10",
      "ukraine civilians killed 20 exact period@2024-01-01 None 2024-12-31"}),
])
def test_the_outlet_asking_for_comment_ends_the_source_before(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


def test_civilians_with_no_place_are_those_counted_before() -> None:
    assert described("Російський губернатор заявив, що поранено двох працівників нафтобази.\n\nРедакція надіслала "
                     "запит до компанії. У травні під час аналогічного удару загинув один працівник, ще троє були "
                     "поранені.", "2025-06-10") == {
        "russia civilians wounded 2 exact period ru_officials 2025-06-10",
        "russia civilians killed 1 exact period/31@2025-05-01 None 2025-05-31",
        "russia civilians wounded 3 exact period/31@2025-05-01 None 2025-05-31"}
