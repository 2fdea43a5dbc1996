"""Russian whole texts, round 33e (written for these tests) in styles the earlier rounds lack: a governor's week in
review ("Итоги недели") with a line a day ("Пн — ...", "Во вторник ...", the weekend) and the week's total between two
stated dates (the munitions fired and the damaged houses are no count), a court verdict in absentia ("суд заочно
приговорил") with the toll of one strike and the unit's toll since a month inside the charges (the years of the
sentence, the article and the others sentenced are no count), a memorial wall's and a regional book of memory's
update (the names on the wall since the start of the operation, the book's dead and missing as of a date; the names
added, the applications, the wall's length and the year are no count), a mayor's post after a massive attack updated
through the day ("Уточнение: число погибших выросло до ..."; each superseded toll its own claim, the first one
preliminary). Each case lists every claim the spec asks of the text, written as "side category outcome value[-high]
qualifier measure[/period_days][@period_start] claimant as_of [hedged]", before the extractor was run. Then the fixes
of this round, read in wordings of their own (in Ukrainian in tests/languages/uk/test_uk_unseen_round33e.py).
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a governor's week in review (Russia's officials, Russia's civilians): each day's line a one-day period dated that
    # day (Monday 24 November 2025), the weekend (bounded, its length not said), the week's total between two stated
    # dates
    pytest.param(
     "Итоги недели: Белгородская область, 24–30 ноября\n\nГубернатор Белгородской области подвёл итоги недели в "
     "своём телеграм-канале.\n\nПн — ВСУ атаковали Шебекино дронами, погиб мирный житель, ещё двое мирных жителей "
     "ранены.\nВо вторник в Грайвороне беспилотник ударил по автомобилю: ранены четверо мирных жителей.\nВ среду и "
     "четверг противник выпустил по региону 212 боеприпасов, пострадавших нет.\nВ пятницу при обстреле Белгорода "
     "погибли две женщины, ещё девять мирных жителей получили ранения.\nВ выходные ранения получили трое мирных "
     "жителей.\n\nВсего с 24 по 30 ноября погибли трое мирных жителей, 18 ранены. Повреждены 57 частных домов и 31 "
     "автомобиль.",
     "2025-12-01",
     {"russia civilians killed 1 exact period/1 ru_officials 2025-11-24",
      "russia civilians wounded 2 exact period/1 ru_officials 2025-11-24",
      "russia civilians wounded 4 exact period/1 ru_officials 2025-11-25",
      "russia civilians killed 2 exact period/1 ru_officials 2025-11-28",
      "russia civilians wounded 9 exact period/1 ru_officials 2025-11-28",
      "russia civilians wounded 3 exact period ru_officials 2025-11-30",
      "russia civilians killed 3 exact period/7@2025-11-24 ru_officials 2025-11-30",
      "russia civilians wounded 18 exact period/7@2025-11-24 ru_officials 2025-11-30"},
     id="t0"),
    # a verdict in absentia: the toll of one strike on a dated day and the unit's toll since a month inside the
    # charges (Russia's prosecutors and investigators: Russia's officials); the years, the article, the houses and the
    # four others sentenced are no count
    pytest.param(
     "Суд в Курске заочно приговорил командира батареи ВСУ к 24 годам\n\nКурский областной суд заочно приговорил к "
     "24 годам лишения свободы командира батареи ВСУ Тараса Мельничука, сообщили в Генпрокуратуре РФ. По версии "
     "обвинения, 11 августа 2024 года по его приказу подчинённые обстреляли из РСЗО жилые кварталы Суджи. В "
     "результате погибли 6 мирных жителей, ещё 15 получили ранения, повреждены 28 домов.\n\nПо данным следствия, "
     "с августа 2024 года подразделение Мельничука причастно к гибели не менее 40 мирных жителей. Его признали "
     "виновным по статье 356 УК РФ; первые 5 лет он проведёт в тюрьме. Ранее по этому делу заочно осуждены ещё "
     "четверо военнослужащих ВСУ — к срокам от 18 до 25 лет.",
     "2025-12-05",
     {"russia civilians killed 6 exact period ru_officials 2024-08-11",
      "russia civilians wounded 15 exact period ru_officials 2024-08-11",
      "russia civilians killed 40 at_least period@2024-08-01 ru_officials 2025-12-05"},
     id="t1"),
    # a memorial wall's update (the city administration, Russia's officials): the names on it since the start of the
    # operation as of the stated Friday, the regional book of memory's dead and missing as of a date, the 27 names
    # added a count of the dead over no stated span (as round 29b's names added to a memorial list); the wall's length,
    # its year and the relatives' applications are no count
    pytest.param(
     "В Стерлитамаке на Стене памяти обновили список погибших участников СВО\n\nВ пятницу, 5 декабря, на мемориал "
     "героям специальной военной операции в Стерлитамаке нанесли 27 новых имён. Теперь на стене — 412 фамилий "
     "земляков, погибших с начала СВО, сообщила пресс-служба администрации города.\n\nРегиональная Книга памяти, "
     "которую ведёт правительство республики, по состоянию на 1 декабря содержит сведения о 3 460 погибших и 190 "
     "пропавших без вести военнослужащих. Мемориал открыли в 2023 году, его длина — 36 метров; на следующее "
     "обновление родственники уже подали 55 заявок.",
     "2025-12-08",
     {"russia personnel killed 412 exact cumulative ru_officials 2025-12-05",
      "russia personnel killed 27 exact period ru_officials 2025-12-05",
      "russia personnel killed 3460 exact cumulative ru_officials 2025-12-01",
      "russia personnel missing 190 exact cumulative ru_officials 2025-12-01"},
     id="t2"),
    # a mayor's post updated through the day after a night's massive attack (a Ukrainian city, Ukraine's officials):
    # the preliminary first toll (hedged), each superseded toll its own claim, the child among the dead (a bare noun,
    # one), the hospitalised and the outpatients as parts of the wounded, the final toll; the buildings are no count
    pytest.param(
     "Мэр Запорожья: последствия массированной атаки\n\n06:50. Ночью враг атаковал город ракетами и ударными "
     "дронами. По предварительным данным, погибли трое жителей города, 16 ранены.\n\n10:20. Уточнение: число "
     "погибших выросло до 7, раненых — до 28.\n\n15:05. Уточнение: число погибших выросло до 11, среди них ребёнок. "
     "В больницах остаются 19 человек, ещё 13 получили помощь амбулаторно.\n\n20:40. Поисковая операция "
     "завершена. Итог: 11 погибших, 32 раненых. Завтра в городе день траура. Повреждены 26 многоэтажек.",
     "2025-12-04",
     {"ukraine civilians killed 3 exact period/1 ua_officials 2025-12-04 hedged",
      "ukraine civilians wounded 16 exact period/1 ua_officials 2025-12-04 hedged",
      "ukraine civilians killed 7 exact period/1 ua_officials 2025-12-04",
      "ukraine civilians wounded 28 exact period/1 ua_officials 2025-12-04",
      "ukraine civilians killed 11 exact period/1 ua_officials 2025-12-04",
      "ukraine civilians killed 1 exact period/1 ua_officials 2025-12-04",
      "ukraine civilians wounded 19 exact period/1 ua_officials 2025-12-04",
      "ukraine civilians wounded 13 exact period/1 ua_officials 2025-12-04",
      "ukraine civilians wounded 32 exact period/1 ua_officials 2025-12-04"},
     id="t3"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "подвёл итоги суток", "подытожил": a summing up is a report; the lines after it are its figures
    ("Губернатор Курской области подвёл итоги суток. Ночью ВСУ атаковали Рыльск, ранены трое мирных жителей.",
     {"russia civilians wounded 3 exact period/1 ru_officials 2025-12-05"}),
    ("Глава Брянской области подытожил: за сутки в Климово ранены пятеро мирных жителей.",
     {"russia civilians wounded 5 exact period/1 ru_officials 2025-12-05"}),
])
def test_a_summing_up_is_a_report(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "в больницах остаются 19 человек", "в больнице находятся шестеро": the wounded still in hospital (as Ukrainian
    # "у лікарнях залишаються")
    ("После удара по Харькову 7 человек остаются в больнице.",
     {"ukraine civilians wounded 7 exact period None 2025-12-05"}),
    ("Вечером противник ударил по Никополю ракетой. В больницах находятся шестеро пострадавших.",
     {"ukraine people wounded 6 exact period None 2025-12-05"}),
    # "число погибших выросло до 5, среди них ребенок": the figure closes the whole, its noun told before it
    ("Число погибших при обстреле Херсона достигло 5, среди них ребёнок.",
     {"ukraine civilians killed 5 exact period None 2025-12-05",
      "ukraine civilians killed 1 exact period None 2025-12-05"}),
    ("Число раненых при атаке на Днепр выросло до 23, среди них ребёнок.",
     {"ukraine civilians wounded 23 exact period None 2025-12-05",
      "ukraine civilians wounded 1 exact period None 2025-12-05"}),
])
def test_the_hospitalised_and_one_among_them(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "удар забрал жизни", "обстрел оборвал жизнь": an attack takes lives
    ("Удар по Сумам забрал жизни пятерых мирных жителей.",
     {"ukraine civilians killed 5 exact period None 2025-12-05"}),
    ("Обстрел оборвал жизнь троих мирных жителей.",
     {"ukraine civilians killed 3 exact period None 2025-12-05"}),
    # "Вследствие удара" after a dated strike: the same strike, dated by the sentence before
    ("11 августа 2024 года подчинённые обстреляли Суджу. Вследствие удара погибли 6 мирных жителей.",
     {"russia civilians killed 6 exact period None 2024-08-11"}),
    ("2 мая 2023 года ВСУ атаковали Шебекино. Вследствие атаки ранены трое мирных жителей.",
     {"russia civilians wounded 3 exact period None 2023-05-02"}),
])
def test_an_attack_takes_lives_and_dates_them(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the sentenced are no loss ("заочно осуждены еще четверо", "приговорил еще троих"); the dead of the charges stay
    ("Подразделение причастно к гибели не менее 40 мирных жителей. Ранее по этому делу заочно осуждены ещё четверо "
     "военнослужащих ВСУ.",
     {"ukraine civilians killed 40 at_least period None 2025-12-05"}),
    ("Подразделение причастно к гибели не менее 40 мирных жителей. Позже суд приговорил ещё троих военнослужащих ВСУ "
     "к 20 годам.",
     {"ukraine civilians killed 40 at_least period None 2025-12-05"}),
    # "Генпрокуратура" in one word: a state's officials, the state named after it
    ("По данным Генпрокуратуры России, при обстреле Курска погибли 6 мирных жителей.",
     {"russia civilians killed 6 exact period ru_officials 2025-12-05"}),
    ("Как сообщила Генпрокуратура Украины, при обстреле Херсона погибли 4 мирных жителя.",
     {"ukraine civilians killed 4 exact period ua_officials 2025-12-05"}),
])
def test_a_court_and_its_prosecutors(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-05") == expected
