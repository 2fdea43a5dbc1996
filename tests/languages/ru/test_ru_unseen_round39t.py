"""Russian whole texts, round 39t: structure twins (written for these tests). Each keeps the constructions of a kind of
passage the extractor was tuned on (how the source is named, how the span and the date are said, the lists, the hedges
and the decoys) in wording, names, numbers, places and dates of its own, with harder rewording: the defence ministry's
spokesman on counterattacks repelled on two fronts (the attacking force is no count; "порядка", "до" and a count of one
in each one-event list); the ministry's press service on an attack plane shot down (said again in the next sentence),
the drones intercepted, the strike areas (no count) and the running totals with "почти", "свыше", "порядка" and decimal
thousands; a regional outlet quoting a deputy chief of the General Staff (the total in the lead and restated in millions
in a quote, the last year's toll and machines in a quote with the source after it); a governor on the residents missing
during an incursion (those found alive are no count, the still missing, the dead brought out since New Year, the
incursion's start date stated); an outlet's count of the named dead (a headline's rounded figure beside the body's
exact one, a backlog of unchecked death reports that is no count, an excess-mortality estimate as a range at an
anniversary). Each case lists every claim the spec asks of the text, written as "side category outcome value[-high]
qualifier measure[/period_days][@period_start] claimant as_of [hedged]", before the extractor was run.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # the spokesman on two counterattacks repelled: the attacking force is no count, each attack a one-event list with
    # "порядка" and a count of one after "до"
    pytest.param(
     "Подразделения ВС РФ отбили попытки украинских войск контратаковать на херсонском направлении, сообщили в "
     "Минобороны России.\n\n"
     "Как рассказал журналистам представитель ведомства генерал-майор Виктор Лаптев, ВСУ пытались наступать силами "
     "двух батальонных тактических групп у сел Андреевка и Ольгино. Атаки были отражены, при этом противник "
     "потерял порядка 60 военнослужащих, два танка и пять боевых машин пехоты.\n\n"
     "Еще одну атаку, по его словам, отразили на краснолиманском направлении: там ликвидированы до 25 украинских "
     "военных и бронетранспортер.",
     "2022-11-03",
     {"ukraine personnel losses 60 approx period ru_mod 2022-11-03",
      "ukraine tanks losses 2 exact period ru_mod 2022-11-03",
      "ukraine armoured_vehicles losses 5 exact period ru_mod 2022-11-03",
      "ukraine personnel killed 25 at_most period ru_mod 2022-11-03",
      "ukraine armoured_vehicles destroyed 1 exact period ru_mod 2022-11-03"},
     id="t0"),
    # the press service on an attack plane shot down and said again in the next sentence (one claim), the drones
    # intercepted, the strike areas (no count), then the running totals with "почти", "свыше", "порядка"
    pytest.param(
     "Российские средства ПВО сбили штурмовик Су-25 Воздушных сил Украины, сообщили в пресс-службе военного "
     "ведомства РФ.\n"
     "Самолет был сбит у поселка Новоселовка в ДНР. Помимо этого, над Белгородской и Курской областями перехвачены "
     "47 украинских беспилотников.\n"
     "Авиация, ракетные войска и артиллерия группировок ВС РФ поразили живую силу и технику ВСУ в 143 районах.\n"
     "С начала специальной военной операции, по данным ведомства, уничтожены 601 самолет, 277 вертолетов, почти "
     "12,5 тысячи беспилотников, свыше 16 тысяч танков и прочих боевых бронированных машин, порядка 8,9 тысячи "
     "орудий полевой артиллерии и минометов, а также иные вооружения.",
     "2024-03-05",
     {"ukraine aircraft destroyed 1 exact period ru_mod 2024-03-05",
      "ukraine drones destroyed 47 exact period ru_mod 2024-03-05",
      "ukraine aircraft destroyed 601 exact cumulative ru_mod 2024-03-05",
      "ukraine helicopters destroyed 277 exact cumulative ru_mod 2024-03-05",
      "ukraine drones destroyed 12500 approx cumulative ru_mod 2024-03-05",
      # ("танков и прочих ББМ": the heading the gold reads as armoured vehicles or tanks; its first noun here)
      "ukraine tanks destroyed 16000 at_least cumulative ru_mod 2024-03-05",
      "ukraine artillery destroyed 8900 approx cumulative ru_mod 2024-03-05"},
     id="t1"),
    # a regional outlet quoting a deputy chief of the General Staff: the total in the headline and the lead, the last
    # year's toll and machines in a quote (personnel first) with the source after it, the total restated in millions
    pytest.param(
     "Генштаб ВС РФ: с начала СВО ВСУ лишились более 1,4 млн военнослужащих\n\n"
     "Очередные консультации в Стамбуле завершились без прорыва: по мнению российской стороны, Киев затягивает "
     "процесс и не желает считаться с реальностью. Тем временем, по оценке заместителя начальника Генерального "
     "штаба ВС РФ генерал-лейтенанта Игоря Кравцова, украинская армия с начала специальной военной операции "
     "лишилась более 1,4 млн военнослужащих.\n\n"
     "«За прошлый год противник потерял свыше 480 тысяч человек личного состава, порядка 6 100 танков и других "
     "бронемашин и около 11,5 тысячи артиллерийских орудий и минометов. В общей сложности его потери за время "
     "специальной военной операции превысили 1,4 миллиона человек», — рассказал генерал в беседе с агентством "
     "РИА Новости.",
     "2026-01-15",
     {"ukraine personnel losses 1.4e+06 at_least cumulative ru_mod 2026-01-15",
      "ukraine personnel losses 480000 at_least period@2025-01-01 ru_mod 2025-12-31",
      "ukraine tanks losses 6100 approx period@2025-01-01 ru_mod 2025-12-31",
      "ukraine artillery losses 11500 approx period@2025-01-01 ru_mod 2025-12-31"},
     id="t2"),
    # a governor on the residents missing during an incursion: those found alive are no count, the still missing, the
    # dead brought out since New Year; the incursion's start date stated at the end
    pytest.param(
     "Власти выяснили судьбу почти тысячи жителей Брянской области, пропавших без вести в период оккупации "
     "приграничных сел украинскими войсками. Как рассказал в эфире радио «Вести ФМ» губернатор региона Андрей "
     "Котов, 712 из них живы и вернулись домой.\n"
     "Еще 118 человек, по словам главы области, по-прежнему числятся пропавшими без вести.\n"
     "Кроме того, с начала года из освобожденных сел вывезли тела около 150 погибших гражданских, уточнил Котов. "
     "Большинство из них уже опознаны родственниками.\n"
     "Украинские подразделения вошли в приграничные районы области 12 марта 2025 года; полностью регион "
     "освободили к концу лета.",
     "2025-11-20",
     {"russia civilians missing 1000 approx period@2025-03-12 ru_officials 2025-11-20",
      "russia civilians missing 118 exact period@2025-03-12 ru_officials 2025-11-20",
      "russia civilians killed 150 approx period@2025-01-01 ru_officials 2025-11-20"},
     id="t3"),
    # an outlet's count of the named dead: the headline's rounded figure beside the body's exact one, a backlog of
    # unchecked death reports (no count), and an excess-mortality estimate as a range at an anniversary
    pytest.param(
     "Число установленных по именам погибших российских военных превысило 130 тысяч — «Медиазона»\n"
     "По подсчету «Медиазоны» и Русской службы Би-би-си, которые вместе с волонтерами изучают открытые источники, "
     "известны имена 131 287 российских военных, погибших в Украине.\n"
     "«Цифра явно занижена: в очереди на проверку у нас остается еще порядка 12 тысяч (12 140) сообщений о смерти, "
     "часть которых повторяется», — пишет издание.\n"
     "Ранее, к четвертой годовщине вторжения, «Медиазона» вместе с «Медузой» оценила общее число погибших "
     "российских военных в 200–230 тысяч человек. Эта оценка построена на данных реестра наследственных дел и "
     "статистике смертности мужчин.",
     "2026-04-10",
     {"russia personnel killed 130000 at_least cumulative mediazona 2026-04-10",
      "russia personnel killed 131287 exact cumulative mediazona 2026-04-10",
      "russia personnel killed 200000-230000 range cumulative mediazona 2026-02-24"},
     id="t4"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected
