"""Ukrainian whole texts, round 29 (written for these tests) in styles the first twenty-eight rounds lack: an outlet's
interview in dashes ("— Які втрати противника? — ...") with a battalion commander giving the enemy's losses of a week
and a month and his battalion's own since the year began (attacks repelled, his age and years at war are no count), a
volunteer project's count of the named fallen "встановили та верифікували" as of a date, with the month's additions,
one region's share and the missing (volunteers, messages and documents still awaiting checks are no count), an outlet
retelling the Air Force's night post with launch sites and directions and the drones knocked out broken down after a
colon ("збито — 45, локаційно втрачено — 26": the lost are losses, not destroyed; launched, hits and a ballistic
missile not downed are no count). Each case lists every claim the spec asks of the text, written as "side category
outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]". This round's fixes are
read in tests/languages/uk/test_uk_round29_constructions.py and tests/languages/ru/test_ru_round29_constructions.py.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # an interview in dashes: the commander (a commander: Ukraine's officials) is the source of every answer; the
    # week's losses of the enemy (the headline's quote the same claim), the dead among them ("безповоротні": killed),
    # those who surrendered "ще" in the same week, October's equipment; his battalion's own since the year began;
    # assaults repelled, their rate, his age and the year he went to war are no count
    pytest.param(
     "Командир батальйону: «За тиждень ворог втратив на нашій ділянці понад 300 військових»\n\nКомандир батальйону "
     "однієї з механізованих бригад розповів нашому виданню про ситуацію на Покровському напрямку.\n\n— Скільки "
     "штурмів відбиває батальйон?\n\n— Буває по 15–20 на добу. За минулий тиждень ми відбили 94 штурми.\n\n— Які "
     "втрати противника?\n\n— За тиждень на нашій ділянці ворог втратив понад 300 військових убитими і пораненими, з "
     "них близько 120 — безповоротні. Ще 7 окупантів здалися в полон. За жовтень ми знищили 6 танків і 14 ББМ.\n\n— "
     "А ваші втрати?\n\n— Від початку року в батальйоні загинули 23 бійці, ще 41 поранений. Це болісні цифри, але "
     "вони в рази менші, ніж у ворога.\n\n— Скільки вам років і скільки з них на війні?\n\n— Мені 34, на фронті з "
     "2014-го.",
     "2025-12-08",
     {"russia personnel losses 300 at_least period/7 ua_officials 2025-12-08",
      "russia personnel killed 120 approx period/7 ua_officials 2025-12-08",
      "russia personnel captured 7 exact period/7 ua_officials 2025-12-08",
      "russia tanks destroyed 6 exact period/31@2025-10-01 ua_officials 2025-10-31",
      "russia armoured_vehicles destroyed 14 exact period/31@2025-10-01 ua_officials 2025-10-31",
      "ukraine personnel killed 23 exact period@2025-01-01 ua_officials 2025-12-08",
      "ukraine personnel wounded 41 exact period@2025-01-01 ua_officials 2025-12-08"},
     id="t0"),
    # a volunteer project's count of the named fallen (a named source: other) as of a stated date (the headline's
    # "вже" the same claim), November's additions, one region's share of the dead and the missing; the volunteers,
    # the messages a day and the documents awaiting checks are no count
    pytest.param(
     "Волонтерський проєкт встановив імена вже 72 318 загиблих українських захисників\n\nСтаном на 1 грудня 2025 "
     "року волонтери проєкту встановили та верифікували імена 72 318 військових, які загинули від початку "
     "повномасштабного вторгнення. За листопад верифіковано ще 1 455 загиблих.\n\nНайбільше загиблих — з "
     "Дніпропетровщини: 6 102 людини. Ще 2 930 військових вважаються зниклими безвісти, їхні імена "
     "перевіряють.\n\nЗа словами координаторки проєкту, команда з 40 волонтерів щодня опрацьовує понад 300 "
     "повідомлень від рідних. Документи про ще 5 тисяч загиблих чекають на перевірку.",
     "2025-12-02",
     {"ukraine personnel killed 72318 exact cumulative other 2025-12-01",
      "ukraine personnel killed 1455 exact period/30@2025-11-01 other 2025-11-30",
      "ukraine personnel killed 6102 exact cumulative other 2025-12-01",
      "ukraine personnel missing 2930 exact cumulative other 2025-12-01"},
     id="t1"),
    # an outlet retelling the Air Force's night post: launched missiles and drones with their sites and directions,
    # hits and the ballistic missiles not downed are no count; the drones knocked out (one night's attack, hedged by
    # "за попередніми даними") broken down after the colon into those downed and those lost from radar (losses)
    pytest.param(
     "У ніч на 8 грудня противник атакував Україну 2 балістичними ракетами Іскандер-М з Бєлгородської області та 96 "
     "ударними БпЛА типу Shahed і дронами-імітаторами з напрямків Курськ, Орел, Міллерово та Приморсько-Ахтарськ. "
     "Про це повідомили в Повітряних силах ЗСУ.\n\nЗа попередніми даними, станом на 09:00 протиповітряною обороною "
     "знешкоджено 71 ворожий БпЛА: збито — 45, локаційно втрачено — 26 (без негативних наслідків). Балістичні ракети "
     "збити не вдалося.\n\nЗафіксовано влучання 2 ракет та 19 ударних БпЛА на 6 локаціях. Близько 30 дронів заходили "
     "з боку Чорного моря.",
     "2025-12-08",
     {"russia drones destroyed 71 exact period ua_officials 2025-12-08 hedged",
      "russia drones destroyed 45 exact period ua_officials 2025-12-08 hedged",
      "russia drones losses 26 exact period ua_officials 2025-12-08 hedged"},
     id="t2"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected
