"""Ukrainian round 28's follow-up: what that round saw and did not fix, read in wordings of its own (and in Russian,
where the construction is the same): targets hit ("уразили 58 цілей") are no loss of a named kind (a target may be a
dugout, a position or a depot; an air target, what flies, is still materiel), and the items under a line of downing
("Збито 30 цілей:") still break down that one attack."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    ("За тиждень оператори дронів бригади уразили 58 цілей.", set()),
    ("Знищено ще 12 цілей противника, ліквідовано 40 окупантів.",
     {"russia personnel killed 40 exact period None 2025-12-06"}),
    # (an air target is what flies: still materiel)
    ("Уражено 9 повітряних цілей ворога.", {"russia equipment destroyed 9 exact period None 2025-12-06"}),
])
def test_targets_hit_are_no_loss_of_a_kind(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ворог запустив по Одесі 25 дронів і 4 ракети.\n\nЗнешкоджено 22 цілі:\n– 3 ракети;\n– 19 шахедів.",
     {"russia missiles destroyed 3 exact period None 2025-12-06",
      "russia drones destroyed 19 exact period None 2025-12-06"}),
])
def test_the_items_under_a_line_of_downing_are_that_attacks(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Підсумки жовтня\n\nЗа місяць батальйон знищив 14 танків. Ліквідовано 220 окупантів.",
     {"russia tanks destroyed 14 exact period/31@2025-10-01 None 2025-10-31",
      "russia personnel killed 220 exact period/31@2025-10-01 None 2025-10-31"}),
    ("🔥 Підсумки вересня\n\nНашi пілоти уразили 6 САУ та 11 вантажівок противника.",
     {"russia artillery destroyed 6 exact period/30@2025-09-01 None 2025-09-30",
      "russia vehicles destroyed 11 exact period/30@2025-09-01 None 2025-09-30"}),
    # (a title with a day is that day's; a running total under the month's title stays a total)
    ("Підсумки 5 жовтня\n\nЗа добу ліквідовано 80 окупантів.",
     {"russia personnel killed 80 exact period/1 None 2025-12-06"}),
])
def test_a_title_summing_up_a_month_spans_its_post(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Вранці 14 березня дрон атакував маршрутку в Херсоні. За словами начальника ОВА, тоді загинули двоє пасажирів.",
     {"ukraine civilians killed 2 exact period ua_officials 2025-03-14"}),
    ("Прокурори розслідують удар по Сумах 3 лютого 2024 року. За даними слідства, тоді постраждали 12 мешканців.",
     {"ukraine civilians wounded 12 exact period None 2024-02-03"}),
])
def test_then_after_the_source_is_the_day_named_before(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
