"""Ukrainian whole texts, round 28 (written for these tests) in styles the first twenty-seven rounds lack: a brigade's
Telegram post on its month under a heading naming the month ("За місяць наші оператори БпЛА уразили", "ліквідовано",
"поранено" of the enemy; targets hit, sorties flown, drones spent and donations are no count), the security service's
press release on a suspicion served ("повідомлено про підозру") for a strike on a stated day with its victims counted
"за даними слідства" (the Criminal Code's part and article, the sentence's years and the missiles fired are no count),
a national agency's rendering of the General Staff's morning bulletin with "орієнтовно" and the day's combat clashes
direction by direction (attacks, assaults repelled and clashes going on are no loss). Each case lists every claim the
spec asks of the text, written as "side category outcome value[-high] qualifier measure[/period_days][@period_start]
claimant as_of [hedged]". This round's fixes are read in tests/languages/uk/test_uk_round28_constructions.py and
tests/languages/ru/test_ru_round28_constructions.py; what it found and did not fix then (the month a heading names,
targets hit, a strike's date taken up by "тоді") is read in tests/languages/uk/test_uk_round28_followup.py.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a brigade's Telegram post on its month, in its own voice (no source): the heading names the month the post
    # sums up, so "за місяць" is November; the enemy killed ("ліквідовано") and wounded, the equipment destroyed in
    # the next paragraph (the month's too); targets hit, sorties, FPV drones spent and the money donated are no count
    pytest.param(
     "📊 Підсумки листопада\n\nЗа місяць наші оператори БпЛА уразили 214 цілей противника. Ліквідовано 367 "
     "окупантів, ще 512 поранено.\n\nТакож знищено 9 танків, 23 ББМ, 41 артилерійську систему та 96 одиниць "
     "автомобільної техніки ворога.\n\nЗа листопад наші екіпажі виконали понад 2 800 бойових вильотів і використали "
     "4 300 FPV-дронів. Дякуємо всім, хто долучився до зборів: за місяць ви задонатили 1,2 млн гривень! 🙏\n\nСлава "
     "Україні! 🇺🇦",
     "2025-12-02",
     {"russia personnel killed 367 exact period/30@2025-11-01 None 2025-11-30",
      "russia personnel wounded 512 exact period/30@2025-11-01 None 2025-11-30",
      "russia tanks destroyed 9 exact period/30@2025-11-01 None 2025-11-30",
      "russia armoured_vehicles destroyed 23 exact period/30@2025-11-01 None 2025-11-30",
      "russia artillery destroyed 41 exact period/30@2025-11-01 None 2025-11-30",
      "russia vehicles destroyed 96 exact period/30@2025-11-01 None 2025-11-30"}),
    # the security service's press release on a suspicion served to a Russian commander for a strike on a stated day
    # (one strike: a period of no length, as of that day), the dead, the wounded and the children among them "за
    # даними слідства" (the investigators: Ukraine's officials); the missiles fired, the Code's part and article and
    # the years of the sentence are no count
    pytest.param(
     "СБУ повідомила про підозру командиру, який наказав ударити по Кременчуку\n\nСлужба безпеки зібрала доказову "
     "базу на командира ракетної бригади збройних сил рф, причетного до удару по Кременчуку 9 вересня 2024 року. За "
     "даними слідства, тоді внаслідок атаки двома крилатими ракетами загинули 11 цивільних, ще 54 дістали поранення, "
     "серед них шестеро дітей.\n\nЗа процесуального керівництва Офісу Генерального прокурора фігуранту заочно "
     "повідомлено про підозру за ч. 2 ст. 438 Кримінального кодексу України (порушення законів та звичаїв війни, "
     "поєднане з умисним вбивством). Санкція статті передбачає до 15 років позбавлення волі або довічне "
     "ув'язнення.\n\nНаразі тривають заходи для притягнення зловмисника до відповідальності.",
     "2025-12-03",
     {"ukraine civilians killed 11 exact period ua_officials 2024-09-09",
      "ukraine civilians wounded 54 exact period ua_officials 2024-09-09",
      "ukraine civilians wounded 6 exact period ua_officials 2024-09-09"}),
    # a national agency's rendering of the General Staff's morning bulletin: the headline's day, the layout (about
    # before the first item only, the day's increase in brackets), the source named after it; the day's combat
    # clashes direction by direction, attacks, assaults repelled and clashes still going on are no loss (the totals'
    # start "з 24.02.22" is written as earlier rounds write it, @2022-02-24, corrected after the first run)
    (
     "Росія за добу втратила 1 040 військових і 27 артсистем — Генштаб\n\nЗагальні бойові втрати противника з "
     "24.02.22 по 06.12.25 орієнтовно склали:\nособового складу ‒ близько 1 187 430 (+1 040) осіб\nтанків ‒ 11 412 "
     "(+3) од.\nбойових броньованих машин ‒ 23 708 (+5) од.\nартилерійських систем ‒ 35 116 (+27) од.\nБпЛА "
     "оперативно-тактичного рівня ‒ 88 954 (+312)\n\nПро це повідомляє Генеральний штаб ЗСУ у Facebook, передає "
     "Укрінформ.\n\nЗа минулу добу відбулося 163 бойових зіткнення. На Покровському напрямку ворог 52 рази намагався "
     "потіснити наші підрозділи з позицій, 9 атак тривають досі. На Костянтинівському напрямку відбито 17 штурмів, "
     "на Гуляйпільському — 12. На Куп'янському напрямку противник атакував 4 рази.",
     "2025-12-06",
     {"russia personnel losses 1040 exact period/1 ua_general_staff 2025-12-06",
      "russia personnel losses 1.18743e+06 approx cumulative@2022-02-24 ua_general_staff 2025-12-06",
      "russia tanks losses 11412 exact cumulative@2022-02-24 ua_general_staff 2025-12-06",
      "russia tanks losses 3 exact period/1 ua_general_staff 2025-12-06",
      "russia armoured_vehicles losses 23708 exact cumulative@2022-02-24 ua_general_staff 2025-12-06",
      "russia armoured_vehicles losses 5 exact period/1 ua_general_staff 2025-12-06",
      "russia artillery losses 35116 exact cumulative@2022-02-24 ua_general_staff 2025-12-06",
      "russia artillery losses 27 exact period/1 ua_general_staff 2025-12-06",
      "russia drones losses 88954 exact cumulative@2022-02-24 ua_general_staff 2025-12-06",
      "russia drones losses 312 exact period/1 ua_general_staff 2025-12-06"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected
