"""Russian constructions, round 39u (sentences written for these tests, in other wordings than the structure twins):
what a count was read from ("опираясь на ... некрологи", "изучив некрологи") is no word of no loss, and the subject
after the basis's object ("На основании некрологов издание установило") is the source; the mobilised, a regiment, a
barracks and a training ground make a text one about soldiers (its bare "погибших" are personnel)."""

from __future__ import annotations

import pytest
from claim_lines import described

CASES = [
    pytest.param(
        "Опираясь на рассказы сослуживцев и некрологи, журналисты установили имена 56 российских военных, убитых "
        "под Угледаром.",
        {"russia personnel killed 56 exact cumulative other 2023-11-20"}, id="basis-obituaries"),
    pytest.param(
        "Изучив некрологи в районных газетах, журналисты насчитали 212 погибших российских контрактников.",
        {"russia personnel killed 212 exact cumulative other 2023-11-20"}, id="analysed-obituaries"),
    pytest.param(
        "На основании некрологов издание установило имена 64 погибших российских военных.",
        {"russia personnel killed 64 exact cumulative other 2023-11-20"}, id="subject-after-basis"),
    # (obituaries counted themselves stay no loss)
    pytest.param(
        "Волонтеры обработали почти 9 тысяч некрологов, которые еще не внесены в список.",
        set(), id="obituaries-counted"),
    pytest.param(
        "Канал опубликовал перечень российских военных, которые погибли при ударе по казарме под Купянском. "
        "Волонтеры установили имена 38 погибших. Почти все они — мобилизованные.",
        {"russia personnel killed 38 exact period None 2023-11-20"}, id="barracks-mobilised"),
    pytest.param(
        "Канал опубликовал перечень российских военных, которые погибли при ударе под Купянском. Волонтеры "
        "установили имена 38 погибших. Почти все они служили в одном полку.",
        {"russia personnel killed 38 exact period None 2023-11-20"}, id="regiment"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_construction(text: str, expected: set[str]) -> None:
    assert described(text, "2023-11-20") == expected
