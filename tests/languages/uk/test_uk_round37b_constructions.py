"""Ukrainian constructions earlier rounds saw and left (round 37b), each read in wordings of its own (written for
these tests; in Russian in tests/languages/ru/test_ru_round37b_constructions.py): a body named with "our" ("нашого
оборонного відомства"), soldiers named as those at the war by its name held at arm's length ("учасників так званої
СВО"), a city's head in a bracket by a city the places do not know, a table's two-cell rows set off by bars, and a
colon list of the day's losses under its source and span."""

from __future__ import annotations

import pytest
from claim_lines import described


@pytest.mark.parametrize(("text", "expected"), [
    # "our" on a body: the text's own side's body
    ("Втрати окупантів, за оцінкою нашого оборонного відомства, за листопад перевищили 30 тисяч військових.",
     {"russia personnel losses 30000 at_least period/30@2025-11-01 ua_mod 2025-11-30"}),
    ("За даними нашого військового відомства, за тиждень ворог втратив 9 тисяч осіб.",
     {"russia personnel losses 9000 exact period/7 ua_mod 2025-12-09"}),
    ("Наше оборонне відомство повідомило, що за добу знищено 14 ворожих танків.",
     {"russia tanks destroyed 14 exact period/1 ua_mod 2025-12-09"}),
    ("За даними нашої розвідки, з початку року ворог втратив 120 тисяч військових.",
     {"russia personnel losses 120000 exact period@2025-01-01 ua_mod 2025-12-09"}),
])
def test_a_body_named_with_our(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # soldiers named as those at the war by its name, held at arm's length or not: the side whose name it is
    ("З початку року загинули 48 учасників так званої СВО з району, підрахували журналісти.",
     {"russia personnel killed 48 exact period@2025-01-01 other 2025-12-09"}),
    ("Видання встановило імена 64 загиблих на так званій СВО мешканців міста.",
     {"russia personnel killed 64 exact cumulative other 2025-12-09"}),
    # (the words naming them, as before)
    ("Під час так званої СВО загинули щонайменше 1200 російських військових з регіону.",
     {"russia personnel killed 1200 at_least cumulative None 2025-12-09"}),
])
def test_soldiers_named_by_the_war_held_at_arms_length(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a city's head in a bracket by a city the places do not know: an attack by Russia's forces, or none named:
    # Ukraine's, as before (a Ukrainian text's "міський голова" is Ukraine's official)
    ("Новоград (міський голова Іван Петренко): унаслідок російського обстрілу загинули двоє цивільних.",
     {"ukraine civilians killed 2 exact period ua_officials 2025-12-09"}),
    ("Новоград (міський голова Іван Петренко): унаслідок обстрілу загинули двоє цивільних.",
     {"ukraine civilians killed 2 exact period ua_officials 2025-12-09"}),
])
def test_a_city_head_in_a_bracket_by_a_city_not_known(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a table's two-cell rows set off by bars under the line naming the source and span
    ("Втрати ворога за добу, за даними Генштабу ЗСУ:\n| Танки | 12 |\n| ББМ | 7 |\n| Артсистеми | 31 |",
     {"russia tanks losses 12 exact period/1 ua_general_staff 2026-11-02",
      "russia armoured_vehicles losses 7 exact period/1 ua_general_staff 2026-11-02",
      "russia artillery losses 31 exact period/1 ua_general_staff 2026-11-02"}),
    ("Втрати противника за минулу добу склали:\n| особового складу | 1 120 осіб |\n| танків | 7 |",
     {"russia personnel losses 1120 exact period/1 ua_general_staff 2026-11-02",
      "russia tanks losses 7 exact period/1 ua_general_staff 2026-11-02"}),
    # (cells on one line set off by bars, as before)
    ("Втрати ворога за добу, за даними Генштабу ЗСУ:\nТанки — 12 | ББМ — 7 | Артсистеми — 31",
     {"russia tanks losses 12 exact period/1 ua_general_staff 2026-11-02",
      "russia armoured_vehicles losses 7 exact period/1 ua_general_staff 2026-11-02",
      "russia artillery losses 31 exact period/1 ua_general_staff 2026-11-02"}),
])
def test_a_tables_two_cell_rows(text: str, expected: set[str]) -> None:
    assert described(text, "2026-11-02") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the day's losses as a colon list on lines of their own, opened by emoji or dashes: each item the span and source
    ("Втрати противника за минулу добу склали:\n🔹 особового складу — 1 120 осіб;\n🔹 танків — 7;\n"
     "🔹 БпЛА — 88.",
     {"russia personnel losses 1120 exact period/1 ua_general_staff 2025-12-09",
      "russia tanks losses 7 exact period/1 ua_general_staff 2025-12-09",
      "russia drones losses 88 exact period/1 ua_general_staff 2025-12-09"}),
    ("Генштаб ЗСУ: втрати противника за минулу добу склали:\n– особовий склад — 1 120 осіб;\n– танки — 7;\n"
     "– артсистеми — 31.",
     {"russia personnel losses 1120 exact period/1 ua_general_staff 2025-12-09",
      "russia tanks losses 7 exact period/1 ua_general_staff 2025-12-09",
      "russia artillery losses 31 exact period/1 ua_general_staff 2025-12-09"}),
])
def test_the_days_losses_as_a_colon_list(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected
