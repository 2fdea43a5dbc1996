"""Russian whole texts, round 38t: structure twins (written for these tests). Each keeps the constructions of a kind of
passage the extractor was tuned on (how the source is named, how the span and the date are said, the lists, the hedges
and the decoys) in wording, names, numbers, places and dates of its own: a news agency's dateline over the defence
ministry's briefing (a plane shot down with no numeral, the drones of the day in a quote, the running totals "за весь
период" in two sentences, the combined headings); the ministry's weekly summary front by front (the week's toll in the
headline and the lead, each grouping's dead and machines with a part among them, "свыше"; the attacks repelled are no
count); a defence minister's year-end report (the dead and wounded since the start, the foreign fighters and their parts
by country, the toll since the offensive's start date, the machines in words and combined headings; the share "около
трети" is no count); a governor's toll since New Year (the headline's rounded figure, the wounded and the minors among
them, an earlier statement in a named month; the ratio and the strike with no one hurt are no count); Ukraine's defence
ministry on a month's tanks with the earlier months said elliptically, and the General Staff's day and running total.
Each case lists every claim the spec asks of the text, written as "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]", before the extractor was run.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a news agency's dateline over the ministry's briefing: the plane shot down (one, no numeral), the drones in a
    # quote, the running totals of the operation in two sentences with the spokesman named after them
    pytest.param(
     "Москва. 12 сентября. ТАСС - Российские средства ПВО сбили украинский самолет Су-25 в районе Орехова "
     "Запорожской области, заявил во вторник на брифинге официальный представитель Минобороны РФ Олег Ветров.\n"
     "\"Кроме того, у поселков Малая Токмачка и Работино сбиты три украинских беспилотника\", - добавил Ветров.\n"
     "Как уточнил представитель ведомства, за весь период специальной военной операции уничтожены 318 самолетов, "
     "169 вертолетов, 2 540 беспилотников, 401 зенитный ракетный комплекс, 6 980 танков и других боевых "
     "бронированных машин.\n"
     "Кроме того, по данным Ветрова, с начала СВО уничтожены 904 боевые машины реактивных систем залпового огня, 3 612 "
     "орудий полевой артиллерии и минометов и 7 455 единиц специальной военной автомобильной техники.\n"
     "Специальная военная операция началась 24 февраля 2022 года.",
     "2023-09-12",
     {"ukraine aircraft destroyed 1 exact period ru_mod 2023-09-12",
      "ukraine drones destroyed 3 exact period ru_mod 2023-09-12",
      "ukraine aircraft destroyed 318 exact cumulative ru_mod 2023-09-12",
      "ukraine helicopters destroyed 169 exact cumulative ru_mod 2023-09-12",
      "ukraine drones destroyed 2540 exact cumulative ru_mod 2023-09-12",
      "ukraine air_defence destroyed 401 exact cumulative ru_mod 2023-09-12",
      "ukraine armoured_vehicles destroyed 6980 exact cumulative ru_mod 2023-09-12",
      "ukraine mlrs destroyed 904 exact cumulative ru_mod 2023-09-12",
      "ukraine artillery destroyed 3612 exact cumulative ru_mod 2023-09-12",
      "ukraine vehicles destroyed 7455 exact cumulative ru_mod 2023-09-12"},
     id="t0"),
    # the ministry's weekly summary: the week's toll in the headline and the lead (the source at the lead's end), each
    # grouping's dead and machines with a part among them; the village taken and the attacks repelled are no count
    pytest.param(
     "За неделю ВСУ лишились свыше 12,4 тыс. военнослужащих на всех участках фронта\n\n"
     "Общие потери украинских формирований за прошедшую неделю превысили 12,4 тыс. человек, кроме того, противник "
     "лишился большого количества вооружения, в том числе бронетехники и орудий, говорится в сводке Министерства "
     "обороны России.\n\n"
     "Как сообщает ведомство в своем Telegram-канале, наибольший урон противник понес на участке группировки "
     "«Центр»: там убиты более 2700 украинских военных. Кроме того, на этом направлении уничтожены шесть танков, 29 "
     "боевых бронированных машин, включая три немецкие Marder, и 54 автомашины.\n\n"
     "Подразделения группировки «Восток» заняли село Новоалександровка. Враг на этом участке потерял свыше 1940 "
     "военнослужащих. Также были уничтожены две боевые машины пехоты Bradley и 25 артиллерийских орудий, в том числе "
     "11 гаубиц западного производства.\n\n"
     "Группировка «Днепр» отбила 14 атак противника.",
     "2024-11-09",
     {"ukraine personnel losses 12400 at_least period/7 ru_mod 2024-11-09",
      "ukraine personnel killed 2700 at_least period/7 ru_mod 2024-11-09",
      "ukraine tanks destroyed 6 exact period/7 ru_mod 2024-11-09",
      "ukraine armoured_vehicles destroyed 29 exact period/7 ru_mod 2024-11-09",
      "ukraine armoured_vehicles destroyed 3 exact period/7 ru_mod 2024-11-09",
      "ukraine vehicles destroyed 54 exact period/7 ru_mod 2024-11-09",
      "ukraine personnel losses 1940 at_least period/7 ru_mod 2024-11-09",
      "ukraine armoured_vehicles destroyed 2 exact period/7 ru_mod 2024-11-09",
      "ukraine artillery destroyed 25 exact period/7 ru_mod 2024-11-09",
      "ukraine artillery destroyed 11 exact period/7 ru_mod 2024-11-09"},
     id="t1"),
    # a defence minister's year-end report: the dead and wounded since the start, the foreign fighters and their parts
    # by country, the toll since the offensive's start date, the machines with a number in words; the share is no count
    pytest.param(
     "Выступая на итоговой коллегии военного ведомства, министр обороны РФ Павел Громов доложил президенту, что с "
     "начала специальной операции Вооруженные силы Украины лишились убитыми и ранеными свыше 420 тысяч человек, "
     "около трети из них — после начала летнего наступления.\n"
     "По его данным, иностранные наемники, воевавшие на стороне Киева, потеряли более 6200 человек, среди них 1512 — "
     "выходцы из Грузии, 503 — из Канады и 388 — из Колумбии.\n"
     "Как утверждает Громов, с 5 июля, когда началось наступление, украинская армия потеряла убитыми и ранеными 174 "
     "тысячи военнослужащих.\n"
     "Касательно техники, по словам министра, с начала конфликта уничтожено 15 тысяч танков, БМП и БТР, 571 самолет, "
     "274 вертолета и девять с половиной тысяч орудий полевой артиллерии и РСЗО.\n"
     "Отметим, что ни Москва, ни Киев официально не раскрывают данные о собственных потерях.",
     "2023-12-20",
     {"ukraine personnel losses 420000 at_least cumulative ru_mod 2023-12-20",
      "ukraine personnel losses 6200 at_least cumulative ru_mod 2023-12-20",
      "ukraine personnel losses 1512 exact cumulative ru_mod 2023-12-20",
      "ukraine personnel losses 503 exact cumulative ru_mod 2023-12-20",
      "ukraine personnel losses 388 exact cumulative ru_mod 2023-12-20",
      "ukraine personnel losses 174000 exact period@2023-07-05 ru_mod 2023-12-20",
      # ("танков, БМП и БТР": the heading the gold reads as armoured vehicles or tanks; its first noun here)
      "ukraine tanks destroyed 15000 exact cumulative ru_mod 2023-12-20",
      "ukraine aircraft destroyed 571 exact cumulative ru_mod 2023-12-20",
      "ukraine helicopters destroyed 274 exact cumulative ru_mod 2023-12-20",
      "ukraine artillery destroyed 9500 exact cumulative ru_mod 2023-12-20"},
     id="t2"),
    # a governor's toll since New Year: the headline's rounded wounded, the dead and the wounded with the minors among
    # them, an earlier statement in a named month; the ratio and the strike with no one hurt are no count
    pytest.param(
     "Губернатор: с начала года в Курской области погибли 17 гражданских, ранены около 80 человек\n"
     "С 1 января 2025 года в результате ударов ВСУ по приграничью Курской области погибли 17 мирных жителей, заявил "
     "губернатор региона Алексей Соколов.\n"
     "Кроме того, по словам главы области, ранения получили 83 человека, среди них пятеро несовершеннолетних.\n"
     "«По сравнению с прошлым годом число раненых увеличилось втрое», — подчеркнул Соколов.\n"
     "Губернатор пообещал обсудить с военными и главами районов дополнительные меры защиты приграничья.\n"
     "Во время атаки 12 февраля, по словам Соколова, обошлось без пострадавших, однако были повреждены линии "
     "электропередачи.\n"
     "В октябре 2024 года губернатор заявлял, что за время войны в области погибли свыше 250 мирных жителей.",
     "2025-03-04",
     {"russia civilians killed 17 exact period@2025-01-01 ru_officials 2025-03-04",
      "russia civilians wounded 80 approx period@2025-01-01 ru_officials 2025-03-04",
      "russia civilians wounded 83 exact period@2025-01-01 ru_officials 2025-03-04",
      "russia civilians wounded 5 exact period@2025-01-01 ru_officials 2025-03-04",
      "russia civilians killed 250 at_least cumulative ru_officials 2024-10-31"},
     id="t3"),
    # Ukraine's defence ministry on a month's tanks (the source in the next sentence), the earlier months said
    # elliptically, then the General Staff's day and running total "по состоянию на"
    pytest.param(
     "Силы обороны за июль уничтожили рекордное число российских танков\n\n"
     "  • 2.08.2025, 10:15\n\n"
     "Подробности.\n\n"
     "За июль украинские защитники уничтожили 412 российских танков — больше, чем в любой другой месяц с начала "
     "года.\n\n"
     "Такие данные привело Министерство обороны Украины в своем Telegram-канале в субботу, 2 августа.\n\n"
     "«Враг продолжает терять бронетехнику, а наши бойцы — методично ее перемалывать», — говорится в сообщении "
     "ведомства.\n\n"
     "Согласно опубликованной инфографике, в июне было уничтожено 355 танков, а в мае — 298.\n\n"
     "Как сообщил Генштаб ВСУ, по состоянию на 2 августа оккупанты за минувшие сутки потеряли еще примерно 980 "
     "военных. Кроме того, с начала полномасштабной войны украинские военные уничтожили 11 090 танков врага.",
     "2025-08-02",
     {"russia tanks destroyed 412 exact period/31@2025-07-01 ua_mod 2025-07-31",
      "russia tanks destroyed 355 exact period/30@2025-06-01 ua_mod 2025-06-30",
      "russia tanks destroyed 298 exact period/31@2025-05-01 ua_mod 2025-05-31",
      "russia personnel losses 980 approx period/1 ua_general_staff 2025-08-02",
      "russia tanks destroyed 11090 exact cumulative ua_general_staff 2025-08-02"},
     id="t4"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected
