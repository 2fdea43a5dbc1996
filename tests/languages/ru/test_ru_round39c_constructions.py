"""Russian constructions of round 39c (written for these tests, published 2026-12-07): what a belligerent says was
destroyed "по состоянию на" a day is the count standing on that day (a running total); the wounded who die are the
dead, never the wounded; a count of the dead put first in the genitive, its figure after a set-off aside ("Погибших
..., по оценке X, около N"), is pinned (in Ukrainian in tests/languages/uk/test_uk_round39c_constructions.py)."""

from __future__ import annotations

import pytest
from claim_lines import described

CASES = [
    pytest.param("По состоянию на 10 ноября уничтожено 9 500 танков российской армии, сообщил Генштаб ВСУ.",
                 {"russia tanks destroyed 9500 exact cumulative ua_general_staff 2026-11-10"}, id="as_of"),
    # the wounded who die are the dead
    pytest.param("В госпиталях Донецка ежедневно умирают до 40 раненых российских военных, сообщил источник.",
                 {"russia personnel killed 40 at_most rate/1 None 2026-12-07"}, id="wounded_die"),
    pytest.param("По словам медиков, каждую неделю умирают около 200 раненых солдат армии РФ.",
                 {"russia personnel killed 200 approx rate/7 None 2026-12-07"}, id="wounded_die_b"),
    # the dead put first in the genitive, the figure after a dash, is read
    pytest.param("Погибших российских военных — около 90 тысяч, по оценке «Медиазоны».",
                 {"russia personnel killed 90000 approx cumulative mediazona 2026-12-07"}, id="genitive_dash"),
    # the same with the figure alone after a source's aside set off by commas, no verb
    pytest.param("Погибших российских военных, по оценке «Медиазоны», около 90 тысяч.",
                 {"russia personnel killed 90000 approx cumulative mediazona 2026-12-07"}, id="genitive_aside"),
    # (no outcome of their own: soldiers counted, not the dead)
    pytest.param("Российских военных, по оценке «Медиазоны», около 90 тысяч.", set(), id="genitive_aside_no_outcome"),
    # a range after the aside is not read yet
    pytest.param("Убитых солдат армии РФ, по оценке «Медиазоны», от 60 до 65 тысяч.",
                 {"russia personnel killed 60000-65000 range cumulative mediazona 2026-12-07"},
                 id="genitive_aside_range",
                 marks=pytest.mark.xfail(strict=True, reason="a range's 'от ... до' after the aside is not the "
                                         "clause's first word the verbless reading asks of the figure; left")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_construction(text: str, expected: set[str]) -> None:
    assert described(text, "2026-12-07") == expected
