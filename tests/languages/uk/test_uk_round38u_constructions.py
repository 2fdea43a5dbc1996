"""Ukrainian constructions of round 38u, read in sentences of their own (written for these tests; in Russian in
tests/languages/ru/test_ru_round38u_constructions.py): the fixes the structure twins of
tests/languages/uk/test_uk_unseen_round38u.py asked for. Each line a text and every claim the spec asks of it, written
as "side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]"."""

from __future__ import annotations

import pytest
from claim_lines import described

CASES = [
    # "уточнити" is a verb of saying: the one who adds the detail is the source, after the figures or before them
    pytest.param("Знищено 14 танків ворога, уточнив речник Генштабу ЗСУ.", "2023-06-09",
                 {"russia tanks destroyed 14 exact period ua_general_staff 2023-06-09"}, id="detail_after"),
    pytest.param("Як уточнила речниця Міноборони України, ще 9 окупантів здалися в полон.", "2023-06-09",
                 {"russia personnel captured 9 exact period ua_mod 2023-06-09"}, id="detail_before"),
    pytest.param("На Сумщині через удари дронів поранено шістьох людей, уточнив очільник ОВА.", "2023-06-09",
                 {"ukraine civilians wounded 6 exact period ua_officials 2023-06-09"}, id="detail_head"),
    # a detail withheld: "не уточнив" names no source of the figures before it
    pytest.param("Унаслідок обстрілу загинули троє мирних жителів. Скільки поранених, мер не уточнив.", "2023-06-09",
                 {"ukraine civilians killed 3 exact period None 2023-06-09"}, id="detail_withheld"),
    # "..., бригади рф, повідомив X": the one named right after the verb of saying is the source, not a unit set off
    # before the comma
    pytest.param("Крім того, за добу знищено 30 танків. Також розбито підрозділи 3-ї штурмової бригади рф, повідомив "
                 "речник Генштабу ЗСУ.", "2023-06-09",
                 {"russia tanks destroyed 30 exact period/1 ua_general_staff 2023-06-09"}, id="speaker_after_unit"),
    pytest.param("Крім того, за добу знищено 30 танків. Сили оборони розгромили 3-тю бригаду рф, зазначив речник "
                 "Генштабу ЗСУ.", "2023-06-09",
                 {"russia tanks destroyed 30 exact period/1 ua_general_staff 2023-06-09"}, id="speaker_after_unit_b"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_construction(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected
