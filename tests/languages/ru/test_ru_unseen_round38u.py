"""Russian whole texts, round 38u: structure twins (written for these tests). Each keeps the constructions of a kind of
passage the extractor was tuned on (how the source is named, how the span and the date are said, the lists, the hedges
and the decoys) in wording, names, numbers, places and dates of its own: the defence ministry's spokesman on the day's
toll of a failed offensive (the source before it, the machines in a list led by "уничтожено", those who gave up in a
sentence of their own); an article on how seldom the authorities named their dead (the minister's toll on a date, the
dead of one strike admitted later, a volunteers' count that "may reach" a figure, a regional outlet's rounded count);
the President's own toll in an interview under a repeated dateline, Ukraine's defence ministry on a named month's toll
and the General Staff's running total with "около". Each case lists every claim the spec asks of the text, written as
"side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]", before the
extractor was run.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # the spokesman first, the day's toll with "свыше", the machines in the nominative after "уничтожено", the captured
    pytest.param(
     "Как сообщил официальный представитель Министерства обороны России Петр Воронин, за прошедшие сутки украинская "
     "армия потеряла свыше 900 военнослужащих в ходе неудавшегося наступления на Запорожском направлении.\n"
     "По данным генерал-майора, подразделения ВСУ были отброшены у Работина и на соседних участках. Помимо этого, "
     "уничтожено 23 танка, 19 боевых бронированных машин, 31 боевая машина пехоты и 6 пикапов с крупнокалиберными "
     "пулеметами.\n"
     "При отражении атак разгромлены подразделения 47-й отдельной механизированной бригады. Кроме того, 12 "
     "военнослужащих этой бригады добровольно сложили оружие и сдались в плен, уточнил Воронин.",
     "2023-06-09",
     {"ukraine personnel losses 900 at_least period/1 ru_mod 2023-06-09",
      "ukraine tanks destroyed 23 exact period/1 ru_mod 2023-06-09",
      "ukraine armoured_vehicles destroyed 19 exact period/1 ru_mod 2023-06-09",
      "ukraine armoured_vehicles destroyed 31 exact period/1 ru_mod 2023-06-09",
      "ukraine vehicles destroyed 6 exact period/1 ru_mod 2023-06-09",
      "ukraine personnel captured 12 exact period ru_mod 2023-06-09"},
     id="t0"),
    # the authorities' rare tolls: the minister's on a stated date, one strike's dead admitted after it, the volunteers'
    # count that "may reach" a figure on a date (hedged, at most), a regional outlet's rounded count
    pytest.param(
     "За время войны российские власти лишь трижды раскрывали число погибших военных. Последний раз официальные "
     "цифры прозвучали 3 октября: министр обороны Павел Громов назвал 6 412 погибших. После удара по казарме в "
     "Токмаке в ночь на 9 февраля Минобороны признало гибель еще 64 солдат.\n"
     "Издание «Медиазона» вместе с «Би-би-си» ведет подсчет погибших по открытым источникам. По данным на 12 "
     "апреля, число погибших может достигать 31 400.\n"
     "Как подсчитало курское издание «Сейм», на войне погибли около 410 уроженцев области. Список обновляется "
     "ежемесячно.",
     "2024-05-20",
     {"russia personnel killed 6412 exact cumulative ru_mod 2023-10-03",
      "russia personnel killed 64 exact period ru_mod 2024-02-09",
      # ("может достигать": the gold accepts exact or at most for a figure a count may reach)
      "russia personnel killed 31400 exact cumulative mediazona 2024-04-12 hedged",
      "russia personnel killed 410 approx cumulative other 2024-05-20"},
     id="t1"),
    # a repeated dateline, the President's own toll with "более", a named month's toll by the ministry (the span is the
    # month) and the General Staff's running total with "около"
    pytest.param(
     "Зеленский назвал число погибших украинских военных\n"
     "15.02.2025\n"
     "2210\n\n"
     "15.02.2025\n"
     "2210\n\n"
     "Президент Украины заявил в интервью телеканалу NBC, что с начала полномасштабной войны на фронте погибли более "
     "46 тысяч украинских военных. По его словам, эта цифра значительно ниже оценок западных СМИ.\n"
     "По информации Минобороны Украины, в январе российские войска потеряли в живой силе свыше 48 тысяч "
     "военнослужащих — больше, чем в любой другой месяц войны. Всего же с начала вторжения, как сообщает Генштаб "
     "ВСУ, Россия лишилась около 845 тысяч человек убитыми и ранеными.",
     "2025-02-15",
     {"ukraine personnel killed 46000 at_least cumulative ua_president 2025-02-15",
      "russia personnel losses 48000 at_least period/31@2025-01-01 ua_mod 2025-01-31",
      "russia personnel losses 845000 approx cumulative ua_general_staff 2025-02-15"},
     id="t2"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected
