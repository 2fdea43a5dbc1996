"""Russian constructions, round 39u (sentences written for these tests, in other wordings than the structure twins):
what a count was read from ("опираясь на ... некрологи", "изучив некрологи") is no word of no loss, and the subject
after the basis's object ("На основании некрологов издание установило") is the source; a verb of managing between the
outcome's infinitive and the number ("сбить удалось 47"). The list of soldiers killed in a strike on a barracks reads
its bare "погибших" as personnel already (kept as a guard; the Ukrainian profile needed the words, see its file)."""

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
    # (a verb of managing between the outcome's infinitive and its number)
    pytest.param(
        "Из 60 выпущенных ракет сбить удалось 47, сообщили в Воздушных силах.",
        {"russia missiles destroyed 47 exact period ua_officials 2023-11-20"}, id="managed-after-infinitive"),
    pytest.param(
        "Из 75 запущенных дронов уничтожить смогли более 60, сообщили в Воздушных силах.",
        {"russia drones destroyed 60 at_least period ua_officials 2023-11-20"}, id="managed-qualified"),
    # (prisoners exchanged with no word of exchange: the sides handed each other or swapped them)
    pytest.param("Стороны передали друг другу по 103 пленных, всего 206 человек.", set(), id="handed-each-other"),
    pytest.param("Россия и Украина обменялись 95 пленными.", set(), id="swapped"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_construction(text: str, expected: set[str]) -> None:
    assert described(text, "2023-11-20") == expected
