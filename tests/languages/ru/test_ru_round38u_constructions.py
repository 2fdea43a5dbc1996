"""Russian constructions of round 38u, read in sentences of their own (written for these tests; in Ukrainian in
tests/languages/uk/test_uk_round38u_constructions.py): the fixes the structure twins of
tests/languages/ru/test_ru_unseen_round38u.py asked for. Each line a text and every claim the spec asks of it, written
as "side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]"."""

from __future__ import annotations

import pytest
from claim_lines import described

CASES = [
    # "уточнить" is a verb of saying: the one who adds the detail is the source, after the figures or before them
    pytest.param("Еще 12 военнослужащих ВСУ сдались в плен, уточнил представитель Минобороны России.", "2023-06-09",
                 {"ukraine personnel captured 12 exact period ru_mod 2023-06-09"}, id="detail_after"),
    pytest.param("Как уточнил представитель Минобороны России, на этом направлении уничтожено 14 танков ВСУ.",
                 "2023-06-09", {"ukraine tanks destroyed 14 exact period ru_mod 2023-06-09"}, id="detail_before"),
    pytest.param("На Харьковском направлении противник лишился 7 танков, уточнило Минобороны России.", "2023-06-09",
                 {"ukraine tanks losses 7 exact cumulative ru_mod 2023-06-09"}, id="detail_body"),
    # a detail withheld: "не уточнил" names no source of the figures before it
    pytest.param("В результате обстрела Белгорода со стороны ВСУ погибли трое мирных жителей. Число раненых "
                 "губернатор не уточнил.",
                 "2023-06-09", {"russia civilians killed 3 exact period None 2023-06-09"}, id="detail_withheld"),
    # "..., бригады ВСУ, сообщил X": the one named right after the verb of saying is the source, not a unit set off
    # before the comma
    pytest.param("Кроме того, за сутки уничтожены 30 танков. При этом разгромлены подразделения 47-й бригады ВСУ, "
                 "сообщил представитель Минобороны России.", "2023-06-09",
                 {"ukraine tanks destroyed 30 exact period/1 ru_mod 2023-06-09"}, id="speaker_after_unit"),
    pytest.param("Кроме того, за сутки уничтожены 30 танков. Российские войска разбили 47-ю бригаду ВСУ, отметил "
                 "Конашенков.", "2023-06-09",
                 {"ukraine tanks destroyed 30 exact period/1 ru_mod 2023-06-09"}, id="speaker_after_unit_b"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_construction(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected
