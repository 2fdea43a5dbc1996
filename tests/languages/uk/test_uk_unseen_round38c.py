"""Ukrainian whole texts, round 38c (written for these tests) in the common styles again, in wordings of source, span
and date no earlier round uses: the General Staff's daily figures retold with the source after them ("— йдеться в
ранковому зведенні"), the day's losses and the running totals since the invasion (the clashes are no count); a regional
military administration's toll of a strike "пізно ввечері в суботу" ("За даними обласної військової адміністрації",
"двоє", the children among the wounded; the houses are no count); a regional outlet's own count of its community's
fallen "від початку літа" and the missing (the ages are no count); an administration's night post on a drone attack
with its source named by a participle ("посилаючись на дані"), the drones shot down, the hurt and those in hospital.
Each case lists every claim the spec asks of the text, written as "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]", before the extractor was run. Then the fixes of this
round, read in wordings of their own (tests/languages/uk/test_uk_round38c_constructions.py).
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # the General Staff's daily figures retold, the source after them; the running totals since the invasion follow
    # on (the clashes are no count)
    pytest.param(
     "Генштаб: за добу ворог втратив ще 1 120 військових\n\n"
     "Протягом минулої доби російська армія втратила ще 1 120 солдатів, 12 танків і 37 артилерійських систем, — "
     "йдеться в ранковому зведенні Генерального штабу ЗСУ. Загалом від початку повномасштабного вторгнення втрати "
     "окупантів сягнули 1 318 300 осіб особового складу, 11 480 танків, 23 610 бойових броньованих машин та 36 020 "
     "артсистем. Найбільше втрат ворог, як і раніше, зазнає на Покровському напрямку, де за день відбулося 52 "
     "боєзіткнення.",
     "2026-12-08",
     {"russia personnel losses 1120 exact period/1 ua_general_staff 2026-12-08",
      "russia tanks losses 12 exact period/1 ua_general_staff 2026-12-08",
      "russia artillery losses 37 exact period/1 ua_general_staff 2026-12-08",
      "russia personnel losses 1.3183e+06 exact cumulative ua_general_staff 2026-12-08",
      "russia tanks losses 11480 exact cumulative ua_general_staff 2026-12-08",
      "russia armoured_vehicles losses 23610 exact cumulative ua_general_staff 2026-12-08",
      "russia artillery losses 36020 exact cumulative ua_general_staff 2026-12-08"},
     id="t0"),
    # a regional military administration's toll of a strike late on Saturday evening: the dead, the wounded, the
    # children among them (the houses are no count)
    pytest.param(
     "Удар по Запоріжжю: двоє загиблих\n\n"
     "Пізно ввечері в суботу російські війська завдали удару керованими авіабомбами по промисловому району "
     "Запоріжжя. За даними обласної військової адміністрації, загинули двоє цивільних, ще 14 людей дістали "
     "поранень, серед них троє дітей. «Зруйновано склад, пошкоджено 20 приватних будинків і газопровід. На місці "
     "працюють усі служби», — зазначив начальник ОВА Олег Коваль.",
     "2026-12-07",
     {"ukraine civilians killed 2 exact period/1 ua_officials 2026-12-05",
      "ukraine civilians wounded 14 exact period/1 ua_officials 2026-12-05",
      "ukraine civilians wounded 3 exact period/1 ua_officials 2026-12-05"},
     id="t1"),
    # a regional outlet's own count of its community's fallen since the start of summer (the newsroom's own count, in
    # its voice, as earlier rounds read it; the council's reports it read are its basis), and the missing, a state
    # that stands now (the ages are no count)
    pytest.param(
     "Пам'ятаємо кожного: полеглі захисники Калуської громади\n\n"
     "Від початку літа на війні загинули 17 захисників з Калуської громади — такий підрахунок зробила наша "
     "редакція за повідомленнями міської ради та рідних загиблих. Наймолодшому з них був 21 рік, найстаршому — 56. "
     "Ще четверо військових із громади вважаються зниклими безвісти. Нижче — імена всіх, кого ми встановили.",
     "2026-08-20",
     {"ukraine personnel killed 17 exact period@2026-06-01 None 2026-08-20",
      "ukraine personnel missing 4 exact cumulative None 2026-08-20"},
     id="t2"),
    # an administration's night post on a drone attack, its source named by a participle: the drones shot down, the
    # hurt and those in hospital (the house and the car are no count)
    pytest.param(
     "Нічна атака на Дніпропетровщину\n\n"
     "Уночі проти неділі росіяни запустили по області ударні дрони. Як повідомляє пресслужба Дніпропетровської ОВА, "
     "посилаючись на дані Повітряного командування «Схід», над регіоном збили 19 безпілотників. Уламки впали на "
     "території двох громад. Постраждали троє людей, двох із них госпіталізовано. «Пошкоджено приватний будинок і "
     "автомобіль», — написав у телеграмі очільник ОВА Сергій Лисенко.",
     "2026-12-06",
     {"russia drones destroyed 19 exact period/1 ua_officials 2026-12-06",
      "ukraine civilians wounded 3 exact period/1 ua_officials 2026-12-06",
      "ukraine civilians wounded 2 exact period/1 ua_officials 2026-12-06"},
     id="t3"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected
