"""Russian constructions of round 38f (written for these tests): the whole a part is taken from keeps its own word of
loss; a region's head by the region; soldiers from an unnamed area are of the state whose places the text names; a
bracket closing the sentence on who said its figures; a city's head by the title where Ukraine's army shelled the
city. Each case lists every claim the spec asks of the sentence (in Ukrainian in
tests/languages/uk/test_uk_round38f_constructions.py)."""

from __future__ import annotations

import pytest
from claim_lines import described

CONSTRUCTIONS = [
    # the whole a part is taken from ("из 9 пострадавших") keeps its own word of loss, the part takes the verb
    pytest.param("Двое из 9 пострадавших умерли, сообщил губернатор.",
                 {"russia civilians killed 2 exact period ru_officials 2026-11-30",
                  "russia civilians wounded 9 exact period ru_officials 2026-11-30"}, id="whole_wounded"),
    # (the whole first, the part after it: the part takes the verb, not the whole's noun)
    pytest.param("Из 12 раненых один скончался в больнице, сообщил губернатор.",
                 {"russia civilians killed 1 exact period ru_officials 2026-11-30",
                  "russia civilians wounded 12 exact period ru_officials 2026-11-30"}, id="whole_first"),
    # a region's head by the region ("глава Курганской области"): its state's official, whose dead soldiers are his
    # side's
    pytest.param("В ходе так называемой СВО погибли 57 мобилизованных из района, сообщил глава Тамбовской области.",
                 {"russia personnel killed 57 exact cumulative ru_officials 2026-11-30"}, id="region_head_after"),
    pytest.param("Глава Омской области сообщил, что на войне погибли 14 мобилизованных.",
                 {"russia personnel killed 14 exact cumulative ru_officials 2026-11-30"}, id="region_head_before"),
    # soldiers from an unnamed area ("из района"): the state of the places the text names
    pytest.param("В Курганской области простились с бойцами. В ходе так называемой СВО погибли 57 мобилизованных из "
                 "района.", {"russia personnel killed 57 exact cumulative None 2026-11-30"}, id="district_of_the_text"),
    # a bracket closing the sentence on who said its figures, with a verb of saying; a city's head by the title alone
    # where Ukraine's army shelled the city
    pytest.param("После удара ВСУ по Донецку ранены пятеро мирных жителей (об этом сообщил глава города).",
                 {"russia civilians wounded 5 exact period ru_officials 2026-11-30"}, id="bracket_city_head"),
    pytest.param("В результате обстрела Белгорода ранены трое мирных жителей (губернатор Вячеслав Гладков сообщил в "
                 "телеграме).", {"russia civilians wounded 3 exact period ru_officials 2026-11-30"},
                 id="bracket_governor"),
    pytest.param("В результате обстрела ВСУ Горловки погибли двое мирных жителей, сообщил мэр.",
                 {"russia civilians killed 2 exact period ru_officials 2026-11-30"}, id="occupied_city_mayor"),
]

# a closing credit line naming an outlet: the body the text names speaks for the figures; else the outlet, a source of
# its own kind (other)
CREDITS = [
    pytest.param("Ночью ВСУ атаковали Белгород, погибли двое, ранены пятеро.\nИсточник: РИА Новости",
                 {"russia civilians killed 2 exact period/1 other 2026-11-30",
                  "russia civilians wounded 5 exact period/1 other 2026-11-30"}, id="outlet_credit"),
    pytest.param("Ночью ВСУ атаковали Белгород, ранены пятеро, сообщил губернатор.\nИсточник: ТАСС",
                 {"russia civilians wounded 5 exact period/1 ru_officials 2026-11-30"}, id="outlet_relays_a_body"),
]

# a table of several columns under its heads: each row's day's increase (period 1) and running total
TABLES = [
    pytest.param("Потери противника, по данным Генштаба ВСУ:\nКатегория | За сутки | Всего\nТанки | 12 | 11 020\n"
                 "БПЛА | 150 | 80 000",
                 {"russia tanks losses 12 exact period/1 ua_general_staff 2026-11-30",
                  "russia tanks losses 11020 exact cumulative ua_general_staff 2026-11-30",
                  "russia drones losses 150 exact period/1 ua_general_staff 2026-11-30",
                  "russia drones losses 80000 exact cumulative ua_general_staff 2026-11-30"}, id="table_day_total"),
    pytest.param("Потери ВС РФ, сообщил Генштаб ВСУ:\n| Вид | Всего | За прошедшие сутки |\n"
                 "| Артиллерия | 31 500 | 30 |",
                 {"russia artillery losses 30 exact period/1 ua_general_staff 2026-11-30",
                  "russia artillery losses 31500 exact cumulative ua_general_staff 2026-11-30"}, id="table_total_day"),
]

PINNED: list[object] = []


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS + CREDITS + TABLES + PINNED)
def test_construction(text: str, expected: set[str]) -> None:
    assert described(text, "2026-11-30") == expected
