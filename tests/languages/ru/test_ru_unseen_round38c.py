"""Russian whole texts, round 38c (written for these tests) in the common styles again, in wordings of source, span
and date no earlier round uses: the defence ministry's day retold with its spokesman after the figures ("— отметил
официальный представитель ведомства", "свыше полутора сотен", "по информации военного ведомства", the running totals
since the operation began); a Russian governor's Telegram post on a drone attack "рано утром в воскресенье" (the dead,
the wounded, the children among them, the drones of the night); an independent outlet's count of the dead by names
(the total since the invasion, those added "с начала недели" as "1,2 тыс.", the officers among them); the ministry's
weekly summary ("в течение недели", "лишился до", the machines and the drones and missiles shot down; "гибнут" with no
number and the agency citing it "ссылаясь на" are no count). Each case lists every claim the spec asks of the text,
written as "side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]",
before the extractor was run. Then the fixes of this round, read in wordings of their own
(tests/languages/ru/test_ru_round38c_constructions.py).
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # the ministry's day retold, its spokesman after the figures; the air defence's interceptions by the ministry's
    # information; the running totals since the operation began
    pytest.param(
     "В Минобороны подвели итоги суток\n\n"
     "За истекшие сутки противник потерял в зоне ответственности группировки войск «Восток» свыше полутора сотен "
     "военнослужащих, два танка и пять автомобилей, — отметил официальный представитель ведомства. Кроме того, по "
     "информации военного ведомства, дежурными средствами ПВО перехвачены шесть реактивных снарядов системы HIMARS "
     "и 112 беспилотников. Всего с начала проведения специальной военной операции уничтожено 673 самолета, 285 "
     "вертолетов и более 97 тысяч беспилотных летательных аппаратов.",
     "2026-12-06",
     {"ukraine personnel losses 150 at_least period/1 ru_mod 2026-12-06",
      "ukraine tanks losses 2 exact period/1 ru_mod 2026-12-06",
      "ukraine vehicles losses 5 exact period/1 ru_mod 2026-12-06",
      "ukraine missiles destroyed 6 exact period/1 ru_mod 2026-12-06",
      "ukraine drones destroyed 112 exact period/1 ru_mod 2026-12-06",
      "ukraine aircraft destroyed 673 exact cumulative ru_mod 2026-12-06",
      "ukraine helicopters destroyed 285 exact cumulative ru_mod 2026-12-06",
      "ukraine drones destroyed 97000 at_least cumulative ru_mod 2026-12-06"},
     id="t0"),
    # a Russian governor's Telegram post on a drone attack early on Sunday morning: the dead, the wounded, the children
    # among them, the drones of the night
    pytest.param(
     "Губернатор Курской области: при атаке дронов на Рыльск погибли двое\n\n"
     "Рано утром в воскресенье украинские беспилотники атаковали Рыльск. «В результате удара по жилому кварталу, к "
     "сожалению, погибли двое мирных жителей — мужчина и женщина. Еще пятеро получили ранения, среди них трое "
     "детей, все доставлены в больницу», — сообщил губернатор Курской области Андрей Белов в своем Telegram-канале. "
     "По его словам, всего над областью за ночь уничтожены 11 вражеских беспилотников.",
     "2026-12-07",
     {"russia civilians killed 2 exact period/1 ru_officials 2026-12-06",
      "russia civilians wounded 5 exact period/1 ru_officials 2026-12-06",
      "russia civilians wounded 3 exact period/1 ru_officials 2026-12-06",
      "ukraine drones destroyed 11 exact period/1 ru_officials 2026-12-06"},
     id="t1"),
    # an independent outlet's count of the dead by names: the total since the invasion, those added since the start
    # of the week, the officers among the dead
    pytest.param(
     "Сколько российских военных погибло на войне: новые данные\n\n"
     "Издание «Медиазона» совместно с Русской службой Би-би-си и волонтерами поименно установило 162 340 "
     "российских военнослужащих, погибших с начала вторжения. С начала недели список пополнился 1,2 тыс. новых "
     "имен. Среди погибших — свыше 7 тысяч офицеров, уточняют журналисты. Реальные потери, по их оценке, заметно "
     "выше: имена многих погибших остаются неизвестны.",
     "2026-12-04",
     {"russia personnel killed 162340 exact cumulative mediazona 2026-12-04",
      "russia personnel killed 1200 exact period@2026-11-30 mediazona 2026-12-04",
      "russia personnel killed 7000 at_least cumulative mediazona 2026-12-04"},
     id="t2"),
    # the ministry's weekly summary: the men lost, the machines destroyed, the drones and missiles shot down ("гибнут"
    # has no number)
    pytest.param(
     "Итоги недели: данные Минобороны\n\n"
     "Опубликовав в субботу еженедельную сводку, Минобороны России заявило о значительных потерях ВСУ. Как "
     "говорится в сводке, в течение недели противник лишился до 8,4 тысячи военнослужащих. Уничтожены также 19 "
     "танков, 61 боевая бронированная машина и 240 орудий полевой артиллерии. Сбиты 1 460 беспилотников "
     "самолетного типа и 17 управляемых ракет «Нептун». ТАСС, ссылаясь на данные ведомства, уточняет, что гибнут в "
     "основном мобилизованные.",
     "2026-12-05",
     {"ukraine personnel losses 8400 at_most period/7 ru_mod 2026-12-05",
      "ukraine tanks destroyed 19 exact period/7 ru_mod 2026-12-05",
      "ukraine armoured_vehicles destroyed 61 exact period/7 ru_mod 2026-12-05",
      "ukraine artillery destroyed 240 exact period/7 ru_mod 2026-12-05",
      "ukraine drones destroyed 1460 exact period/7 ru_mod 2026-12-05",
      "ukraine missiles destroyed 17 exact period/7 ru_mod 2026-12-05"},
     id="t3"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected
