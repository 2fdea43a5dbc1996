"""Russian round 28's follow-up, in wordings of its own (the Ukrainian ones in
tests/languages/uk/test_uk_round28_followup.py): targets hit ("поразили 58 целей") are no loss of a named kind (an air
target, what flies, is still materiel), and the items under a line of downing ("Сбиты 15 целей:") still break down
that one attack."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("За неделю операторы дронов поразили 58 целей.", set()),
    ("Уничтожены еще 12 целей противника, ликвидированы 40 боевиков ВСУ.",
     {"ukraine personnel killed 40 exact period None 2025-12-06"}),
    ("Сбиты 6 воздушных целей противника.", {"ukraine equipment destroyed 6 exact period None 2025-12-06"}),
])
def test_targets_hit_are_no_loss_of_a_kind(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ВСУ атаковали область дронами.\n\nСбиты 15 целей:\n— 2 ракеты;\n— 13 беспилотников.",
     {"ukraine missiles destroyed 2 exact period None 2025-12-06",
      "ukraine drones destroyed 13 exact period None 2025-12-06"}),
    ("Противник выпустил по Белгороду 20 беспилотников.\n\nСредства ПВО уничтожили 18 целей:\n— 18 беспилотников.",
     {"ukraine drones destroyed 18 exact period None 2025-12-06"}),
])
def test_the_items_under_a_line_of_downing_are_that_attacks(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Итоги октября\n\nЗа месяц батальон уничтожил 14 танков. Ликвидировано 220 оккупантов.",
     {"russia tanks destroyed 14 exact period/31@2025-10-01 None 2025-10-31",
      "russia personnel killed 220 exact period/31@2025-10-01 None 2025-10-31"}),
    ("Итоги сентября 2024\n\nНаши расчеты уничтожили 6 танков ВСУ.",
     {"ukraine tanks destroyed 6 exact period/30@2024-09-01 None 2024-09-30"}),
])
def test_a_title_summing_up_a_month_spans_its_post(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Утром 14 марта дрон атаковал маршрутку в Белгороде. По словам губернатора, тогда погибли двое пассажиров.",
     {"russia civilians killed 2 exact period ru_officials 2025-03-14"}),
    ("Следователи расследуют удар по Белгороду 30 декабря 2023 года. По данным следствия, тогда пострадали 12 жителей.",
     {"russia civilians wounded 12 exact period None 2023-12-30"}),
])
def test_then_after_the_source_is_the_day_named_before(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
