"""Russian whole texts, round 31b (written for these tests) in styles the first thirty rounds lack: an independent
outlet's explainer "Сколько ... ?" setting the estimates side by side, each with its source and date (the named count
"по данным на", British intelligence's "убитыми и ранеными", the two sides' claims about each other, the ministry's
last own figure on its day, the President's; "в разы" and the caveat are no count and no hedge), an outlet relaying a
military blogger's post on an enemy brigade's losses on one direction "за трое суток" and "за вчерашний день" ("по
нашим данным", machines "брошены экипажами"; the caveat after it hedges nothing, the metres advanced and the brigade's
number are no count), a regional leader's first-person Telegram post on his men's week ("наши бойцы", "уничтожено
до", "наших братьев погибли"; operations carried out and tonnes of aid are no count). Each case lists every claim the
spec asks of the text, written as "side category outcome value[-high] qualifier measure[/period_days][@period_start]
claimant as_of [hedged]". This round's constructions are read in tests/languages/ru/test_ru_round31_constructions.py
and tests/languages/uk/test_uk_round31_constructions.py.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # an explainer: each estimate with its source; the named count as of its stated day; British intelligence's
    # killed and wounded together (losses, "превысили": at least); each side's claim of the other's losses; the
    # ministry's own last figure dated by the day it was given, the President's by his; "в разы" is a ratio, the
    # closing caveat hedges nothing
    (
     "Сколько военных потеряли Россия и Украина? Объясняем, что известно\n\nНи Россия, ни Украина не публикуют "
     "полных данных о своих потерях, а оценки сторон и независимых исследователей расходятся в разы. Собрали главные "
     "цифры.\n\nПоименный подсчет. «Медиазона» вместе с Русской службой Би-би-си установила имена 148 719 российских "
     "военных, погибших в Украине, по данным на 28 ноября. Журналисты подчеркивают, что реальное число погибших "
     "значительно выше.\n\nОценки Запада. По оценке британской разведки, общие потери российской армии убитыми и "
     "ранеными превысили 1 миллион человек.\n\nЗаявления сторон. Генштаб ВСУ утверждает, что с начала вторжения "
     "Россия потеряла 1 180 000 военных. Минобороны России, в свою очередь, заявляет, что ВСУ потеряли почти 1,5 млн "
     "человек.\n\nПоследний раз российское военное ведомство называло собственные потери 21 сентября 2022 года: тогда "
     "Сергей Шойгу сообщил о 5 937 погибших. Владимир Зеленский 8 декабря 2024 года говорил о 43 тысячах погибших "
     "украинских военных.\n\nНи одну из этих цифр невозможно проверить независимо.",
     "2025-12-03",
     {"russia personnel killed 148719 exact cumulative mediazona 2025-11-28",
      "russia personnel losses 1e+06 at_least cumulative uk_mod 2025-12-03",
      "russia personnel losses 1.18e+06 exact cumulative ua_general_staff 2025-12-03",
      "ukraine personnel losses 1.5e+06 approx cumulative ru_mod 2025-12-03",
      "russia personnel killed 5937 exact cumulative ru_mod 2022-09-21",
      "ukraine personnel killed 43000 exact cumulative ua_president 2024-12-08"}),
    # an outlet relaying a military blogger's post: the brigade's three days (period of 3 days, the blogger a named
    # source: other); yesterday's machines in his quoted words (one day, the day before the publication), lost
    # ("лишился") and abandoned ("брошены экипажами"); the caveat in a sentence of its own hedges nothing; the
    # brigade's number and the metres advanced are no count
    (
     "Военблогер: бригада ВСУ за трое суток потеряла под Покровском более 300 человек\n\nАвтор провоенного "
     "телеграм-канала «Полевая почта» утверждает, что 47-я механизированная бригада ВСУ за трое суток боев на "
     "Покровском направлении потеряла более 300 военнослужащих убитыми и ранеными. «По нашим данным, только за "
     "вчерашний день противник лишился 6 танков и 11 бронемашин, еще 2 бронемашины брошены экипажами», — пишет "
     "блогер.\n\nПроверить эти данные независимо не удалось; Минобороны России о потерях бригады не сообщало. Канал "
     "также утверждает, что российские подразделения продвинулись на 800 метров.",
     "2025-12-05",
     {"ukraine personnel losses 300 at_least period/3 other 2025-12-05",
      "ukraine tanks losses 6 exact period/1 other 2025-12-04",
      "ukraine armoured_vehicles losses 11 exact period/1 other 2025-12-04",
      "ukraine armoured_vehicles abandoned 2 exact period/1 other 2025-12-04"}),
    # a regional leader's own post on his men's week (his own voice: no source): the enemy's killed "до" (the list
    # after it exact), its drones downed and men who surrendered; "наших братьев" dead and wounded are his side's;
    # operations carried out and tonnes of aid are no count
    (
     "За прошедшую неделю наши бойцы на Курском направлении провели 14 успешных операций. Уничтожено до 40 "
     "военнослужащих ВСУ, 3 пикапа и 12 беспилотников. Еще пятеро боевиков сдались в плен.\n\nК сожалению, без потерь "
     "не обошлось: двое наших братьев погибли, шестеро получили ранения. Вечная память героям! Я лично навестил "
     "раненых в госпитале, их жизни ничего не угрожает.\n\nБойцам передано 5 тонн гуманитарного груза. АХМАТ — СИЛА!",
     "2025-12-08",
     {"ukraine personnel killed 40 at_most period/7 None 2025-12-08",
      "ukraine vehicles destroyed 3 exact period/7 None 2025-12-08",
      "ukraine drones destroyed 12 exact period/7 None 2025-12-08",
      "ukraine personnel captured 5 exact period/7 None 2025-12-08",
      "russia personnel killed 2 exact period/7 None 2025-12-08",
      "russia personnel wounded 6 exact period/7 None 2025-12-08"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected
