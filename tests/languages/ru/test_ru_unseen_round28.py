"""Russian whole texts, round 28 (written for these tests) in styles the first twenty-seven rounds lack: a Russian war
blogger's Telegram post on the enemy's losses in one sector "по нашим данным" (its own count: no source named) with "не
менее" and emoji bullets (the metres advanced and the call to subscribe are no count), a Belarusian state agency quoting
its President on Ukraine's losses "по нашим оценкам" (another government: other; a ratio and the troops and machines
of an exercise are no count), a Russian regional governor's post on a night drone attack on a city (the hurt, the
children, those in hospital and in serious condition among them; windows, buildings and cars burnt are no loss) with
the drones downed told by the defence ministry. Each case lists every claim the spec asks of the text, written as
"side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]". This
round's fixes ("за это же время" after a part; a head of state of the state named; a body the speaker met with is no
source; those engaged in an exercise are no loss) are read in tests/languages/ru/test_ru_round28_constructions.py, in
both languages.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a war blogger's Telegram post in its own voice ("по нашим данным": no source named): the enemy's losses in a
    # sector over three days, killed and wounded together, the killed among them ("безвозвратные"); the bullets under
    # "За это же время" are the same three days'; metres advanced and the call to subscribe are no count
    (
     "⚡️Купянское направление: противник несет тяжелые потери\n\nПо нашим данным, за последние трое суток в районе "
     "Купянска ВСУ потеряли не менее 240 человек убитыми и ранеными. Из них не менее 90 — безвозвратные.\n\nЗа это "
     "же время на направлении:\n🔻 уничтожено 3 танка «Леопард»\n🔻 подбито 5 ББМ\n🔻 сбито 27 БПЛА «Баба-Яга»\n\n"
     "Наши штурмовики продвинулись на 400 метров и закрепились на новых позициях. Подписывайтесь на канал, чтобы "
     "быть в курсе 👉",
     "2025-12-04",
     {"ukraine personnel losses 240 at_least period/3 None 2025-12-04",
      "ukraine personnel killed 90 at_least period/3 None 2025-12-04",
      "ukraine tanks destroyed 3 exact period/3 None 2025-12-04",
      "ukraine armoured_vehicles destroyed 5 exact period/3 None 2025-12-04",
      "ukraine drones destroyed 27 exact period/3 None 2025-12-04"}),
    # a Belarusian state agency quoting its President (another state's: other) on Ukraine's dead since the war began,
    # the headline's rounded figure the same; the wounded "вдвое больше" is a ratio; the troops and machines of the
    # country's exercises are no loss
    (
     "Лукашенко: Украина потеряла убитыми более полумиллиона человек\n\nМИНСК, 5 декабря (БелТА) – Потери Украины в "
     "конфликте огромны. Об этом заявил Президент Беларуси на совещании с руководством Министерства обороны.\n\n«По "
     "нашим оценкам, Украина потеряла убитыми не менее 500 тысяч человек. Раненых — вдвое больше», – сказал Глава "
     "государства.\n\nБелорусский лидер также отметил, что за последний год к учениям в стране были привлечены 12 "
     "тысяч военнослужащих и 300 единиц техники.",
     "2025-12-05",
     {"ukraine personnel killed 500000 at_least cumulative other 2025-12-05"}),
    # a Russian regional governor's night of drones on a city: the hurt, the children among them, those taken to
    # hospital and those in serious condition (parts); windows, a building and cars burnt are no loss; the drones
    # downed over the region told by the defence ministry
    (
     "Губернатор: при атаке беспилотников на Брянск пострадали семь человек\n\nВ ночь на 8 декабря ВСУ атаковали "
     "Брянск беспилотниками самолетного типа. По словам губернатора Брянской области, пострадали семь мирных "
     "жителей, среди них двое детей. Четверо госпитализированы, состояние троих из них оценивается как тяжелое, "
     "остальным помощь оказана на месте.\n\nВ результате атаки повреждено остекление 14 многоквартирных домов и "
     "административное здание, сгорели 6 автомобилей. Всего над регионом дежурными средствами ПВО уничтожены 23 "
     "БПЛА, сообщили в Минобороны России.",
     "2025-12-08",
     {"russia civilians wounded 7 exact period ru_officials 2025-12-08",
      "russia civilians wounded 2 exact period ru_officials 2025-12-08",
      "russia civilians wounded 4 exact period ru_officials 2025-12-08",
      "russia civilians wounded 3 exact period ru_officials 2025-12-08",
      "ukraine drones destroyed 23 exact period ru_mod 2025-12-08"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected
