"""Ukrainian whole texts, round 39 (written for these tests) in styles the first thirty-eight rounds lack: a regional
military administration head's press briefing as a transcript with the journalists' questions under their outlets'
names ("Запитання (...)", the night's toll, the toll "від початку тижня", the drones downed "з" those launched; the
houses, the schools and the households without power are no count), the regional police on the victims of a strike
identified ("встановили особи N із M загиблих": those identified are no count; the injured and those still in
hospital among them; the applications and the Criminal Code's article are no count), an editorial column summing the
General Staff's three days itself (each day's figure its own claim dated by its day, the sum and the daily average
the outlet's own; the day of the war is no count), OSINT analysts' satellite images of an airfield after a night's
attack (aircraft destroyed and damaged; the resolution, the hour and the aircraft parked before the attack are no
count), a parliamentary committee's press release on a closed hearing with the Air Force's commander (the drones and
missiles downed since the year began and in the month before; the bill's number, the votes and the money are no
count). Each case lists every claim the spec asks of the text, written as "side category outcome value[-high]
qualifier measure[/period_days][@period_start] claimant as_of [hedged]", before the extractor was run.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a briefing transcript with the journalists' questions; the night's toll, the week's, the drones downed out of
    # those launched; the houses, the schools and the households without power are no count
    pytest.param(
     "Брифінг начальника Херсонської ОВА, 8 грудня. Стенограма (скорочено)\n\n"
     "Олег Марченко: Доброго дня. За минулу ніч ворог атакував обласний центр ударними дронами. Загинули троє "
     "людей, ще 14 поранено, серед них двоє дітей.\n\n"
     "Запитання (Суспільне): Скільки людей загинуло в області від початку тижня?\n\n"
     "Олег Марченко: Від початку тижня — вісім загиблих цивільних і 41 поранений. Це лише підтверджені дані.\n\n"
     "Запитання (Укрінформ): Скільки дронів вдалося збити?\n\n"
     "Олег Марченко: За ніч сили ППО знищили 22 шахеди з 30. Пошкоджено 17 приватних будинків і два навчальні "
     "заклади.\n\n"
     "Запитання (ТСН): Коли повернуть світло?\n\n"
     "Олег Марченко: Енергетики працюють, до вечора 5 тисяч абонентів мають бути із світлом.",
     "2026-12-08",
     {"ukraine civilians killed 3 exact period/1 ua_officials 2026-12-08",
      "ukraine civilians wounded 14 exact period/1 ua_officials 2026-12-08",
      "ukraine civilians wounded 2 exact period/1 ua_officials 2026-12-08",
      "ukraine civilians killed 8 exact period@2026-12-07 ua_officials 2026-12-08",
      "ukraine civilians wounded 41 exact period@2026-12-07 ua_officials 2026-12-08",
      "russia drones destroyed 22 exact period/1 ua_officials 2026-12-08"},
     id="t0"),
    # the police on the victims identified: those identified are no count; the injured and those in hospital among
    # them; the applications and the article are no count
    pytest.param(
     "Поліція встановила особи загиблих унаслідок удару по Кременчуку\n\n"
     "Слідчі Головного управління Національної поліції в Полтавській області встановили особи 9 із 11 людей, які "
     "загинули внаслідок ракетного удару 5 грудня. Решту ідентифікують за результатами ДНК-експертизи. Серед "
     "загиблих — 16-річний юнак. Загалом, за даними поліції, внаслідок удару постраждали 37 людей, з них 26 "
     "залишаються в лікарнях. До правоохоронців надійшло 140 заяв про пошкоджене майно. Розпочато кримінальне "
     "провадження за ч. 1 ст. 438 Кримінального кодексу України.",
     "2026-12-08",
     {"ukraine civilians killed 11 exact period ua_officials 2026-12-05",
      "ukraine civilians wounded 37 exact period ua_officials 2026-12-05",
      "ukraine civilians wounded 26 exact period ua_officials 2026-12-05"},
     id="t1"),
    # an editorial summing the General Staff's three days itself: each day's figure dated by its day, the sum and the
    # average the outlet's own; the day of the war is no count
    pytest.param(
     "Колонка редакції. Три дні, які варто запам'ятати\n\n"
     "Генштаб ЗСУ повідомив, що 5 грудня ворог втратив 1 240 військових, 6 грудня — 1 190, а 7 грудня — 1 310. "
     "Разом за три дні це 3 740 осіб. Середня добова втрата, за нашими підрахунками, — близько 1 250 осіб. Ми не "
     "знаємо, скільки з них загинули, а скільки поранені: штаб цього не розрізняє. На 1 384-й день війни "
     "важливо пам'ятати, що за кожною цифрою стоїть бій.",
     "2026-12-08",
     {"russia personnel losses 1240 exact period/1 ua_general_staff 2026-12-05",
      "russia personnel losses 1190 exact period/1 ua_general_staff 2026-12-06",
      "russia personnel losses 1310 exact period/1 ua_general_staff 2026-12-07",
      "russia personnel losses 3740 exact period/3 None 2026-12-08",
      "russia personnel losses 1250 approx rate/1 None 2026-12-08"},
     id="t2"),
    # OSINT analysts' satellite images: aircraft destroyed and damaged in a night's attack; the resolution, the hour
    # and the aircraft parked before the attack are no count
    pytest.param(
     "Супутникові знімки: на аеродромі Моздок знищено щонайменше три літаки\n\n"
     "Аналітики OSINT-спільноти «Небесний дозор» опублікували супутникові знімки аеродрому після атаки "
     "безпілотників у ніч на 6 грудня. На знімках видно щонайменше три знищені літаки Су-34 і ще два пошкоджені, "
     "пишуть аналітики. Уражено також склад пального. Знімок зроблено о 10:12 за київським часом із роздільною "
     "здатністю 50 см. Перед атакою на аеродромі перебували близько 20 бойових літаків.",
     "2026-12-08",
     {"russia aircraft destroyed 3 at_least period other 2026-12-06",
      "russia aircraft damaged 2 exact period other 2026-12-06"},
     id="t3"),
    # a committee's press release on a closed hearing: the Air Force's downed since the year began and in November;
    # the bill's number, the votes and the money are no count
    pytest.param(
     "Комітет з питань національної безпеки, оборони та розвідки провів закрите засідання\n\n"
     "Члени комітету заслухали командувача Повітряних сил. За його словами, з початку року сили ППО знищили "
     "41 200 ударних дронів і 1 350 ракет різних типів, з них лише за листопад — 5 600 дронів і 180 ракет. "
     "Комітет підтримав законопроєкт № 12417 про посилення протиповітряної оборони: за проголосували 21 член "
     "комітету. На закупівлю мобільних вогневих груп пропонують спрямувати 4,5 млрд гривень.",
     "2026-12-08",
     {"russia drones destroyed 41200 exact period@2026-01-01 ua_officials 2026-12-08",
      "russia missiles destroyed 1350 exact period@2026-01-01 ua_officials 2026-12-08",
      "russia drones destroyed 5600 exact period/30@2026-11-01 ua_officials 2026-11-30",
      "russia missiles destroyed 180 exact period/30@2026-11-01 ua_officials 2026-11-30"},
     id="t4"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected
