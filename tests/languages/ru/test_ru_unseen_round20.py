"""Russian whole texts, round 20 (written for these tests) in styles the first nineteen rounds lack: RIA Novosti on the
MoD's night of drones downed by region beside its daily summary, Novaya Gazeta Europe counting the mobilised dead since
the mobilisation began, TASS on a border governor's civilians since the operation began, Re:Russia's estimate of excess
deaths as a range beside Mediazona's names. Each case lists every claim the spec asks of the text, written as "side
category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]". Then the fixes of
this round, each read in wordings of its own; last, what it found and did not fix, pinned as strict xfail.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # RIA Novosti on the MoD's night of drones downed, by region after a dash, beside its daily summary of one group of
    # forces and of all directions ('за сутки'); electronic warfare stations are special equipment; depots and
    # counterattacks are no loss
    (
     "Минобороны: ПВО за ночь сбила 56 украинских беспилотников над регионами России\n\nМОСКВА, 12 июня — РИА "
     "Новости. Дежурные средства ПВО минувшей ночью перехватили и уничтожили 56 украинских беспилотников самолетного "
     "типа, сообщили в Минобороны России.\n\nПо данным ведомства, 21 беспилотник сбит над территорией Брянской "
     "области, 14 — над Курской областью, 11 — над Белгородской областью, остальные — над акваторией Черного "
     "моря.\n\nВ ежедневной сводке министерство также сообщило, что за сутки потери ВСУ в зоне действий группировки "
     "«Центр» составили до 455 военнослужащих, два танка и четыре боевые бронированные машины. Всего за сутки "
     "противник потерял на всех направлениях более 1 300 военнослужащих.\n\nКроме того, за сутки уничтожены 6 "
     "станций радиоэлектронной борьбы и 19 складов боеприпасов. Российские подразделения за сутки отразили 12 "
     "контратак и улучшили положение на трех направлениях.",
     "2025-06-12",
     {"ukraine armoured_vehicles losses 4 exact period/1 ru_mod 2025-06-12",
      "ukraine drones destroyed 11 exact period/1 ru_mod 2025-06-12",
      "ukraine drones destroyed 14 exact period/1 ru_mod 2025-06-12",
      "ukraine drones destroyed 21 exact period/1 ru_mod 2025-06-12",
      "ukraine drones destroyed 56 exact period/1 ru_mod 2025-06-12",
      "ukraine personnel losses 1300 at_least period/1 ru_mod 2025-06-12",
      "ukraine personnel losses 455 at_most period/1 ru_mod 2025-06-12",
      "ukraine special_equipment destroyed 6 exact period/1 ru_mod 2025-06-12",
      "ukraine tanks losses 2 exact period/1 ru_mod 2025-06-12"}),
    # Novaya Gazeta Europe counting the mobilised dead since the mobilisation began on a stated day (a period; 'на
    # войне в Украине': the invader's soldiers), the headline's round figure, two regions' parts in brackets, the names
    # added over three months; the ratio, the called-up, an age and the MoD's silence are no count
    (
     "«Новая газета Европа»: с начала мобилизации погибли не менее 12 тысяч мобилизованных\n\nС начала мобилизации "
     "21 сентября 2022 года на войне в Украине погибли не менее 12 300 мобилизованных, подсчитала «Новая газета "
     "Европа» по открытым данным. Журналисты издания изучили некрологи, сообщения родственников, публикации в "
     "социальных сетях и региональных властей.\n\nБольше всего погибших мобилизованных — из Башкирии (684) и "
     "Свердловской области (522). За последние три месяца в списке появилось 1 150 новых имен.\n\nПо оценке издания, "
     "реальное число погибших мобилизованных может быть в полтора-два раза выше. Всего по указу о частичной "
     "мобилизации в армию призвали около 300 тысяч человек, из них демобилизованы лишь единицы. Средний возраст "
     "погибших мобилизованных — 36 лет.\n\nВ Минобороны России не раскрывают данные о потерях среди мобилизованных.",
     "2025-06-10",
     {"russia personnel killed 1150 exact period/90 other 2025-06-10",
      "russia personnel killed 12000 at_least period@2022-09-21 other 2025-06-10",
      "russia personnel killed 12300 at_least period@2022-09-21 other 2025-06-10",
      "russia personnel killed 522 exact period@2022-09-21 other 2025-06-10",
      "russia personnel killed 684 exact period@2022-09-21 other 2025-06-10"}),
    # TASS on a border governor's civilians since the operation began (children among them), the wounded 'за это
    # время' (the same span), the year's dead, the day's wounded; munitions and drones fired, a teenager named
    # without a number, houses, cars and children taken away are no loss
    (
     "Гладков: с начала СВО в Белгородской области погибли 240 мирных жителей\n\nБЕЛГОРОД, 5 июня. /ТАСС/. Со дня "
     "начала специальной военной операции в результате атак ВСУ в Белгородской области погибли 240 мирных жителей, в "
     "том числе 17 детей. Об этом сообщил губернатор региона Вячеслав Гладков в своем Telegram-канале.\n\nПо его "
     "словам, ранения за это время получили более 1 450 человек, из них 134 ребенка. Только с начала текущего года в "
     "регионе погибли 58 мирных жителей.\n\nЗа прошедшие сутки, уточнил губернатор, ВСУ выпустили по приграничным "
     "населенным пунктам 93 боеприпаса и 45 беспилотников. Ранены трое мирных жителей, в том числе подросток. "
     "Повреждены 11 частных домов и 7 автомобилей. За неделю в регионе восстановили 120 домов, а из приграничья "
     "вывезли около 400 детей. Жителей призывают без необходимости не выходить на улицу.",
     "2025-06-05",
     {"russia civilians killed 17 exact cumulative ru_officials 2025-06-05",
      "russia civilians killed 240 exact cumulative ru_officials 2025-06-05",
      "russia civilians killed 58 exact period@2025-01-01 ru_officials 2025-06-05",
      "russia civilians wounded 134 exact cumulative ru_officials 2025-06-05",
      "russia civilians wounded 1450 at_least cumulative ru_officials 2025-06-05",
      "russia civilians wounded 3 exact period/1 ru_officials 2025-06-05"}),
    # Re:Russia's estimate of excess deaths among men as a range (the headline's the same), the year before's ('За 2023
    # год аналогичная оценка': of the same deaths), Mediazona's names by the year's end with those of the year itself
    # ('за сам 2024 год': the part's span, not the whole's); ages and the natural decline are no count
    (
     "Re:Russia: избыточная смертность мужчин в 2024 году составила от 48 до 60 тысяч\n\nАналитики Re:Russia оценили "
     "избыточную смертность среди мужчин призывного возраста по данным Росстата о числе умерших. По их оценке, в "
     "2024 году в России умерло на 48–60 тысяч мужчин в возрасте от 20 до 50 лет больше, чем можно было ожидать по "
     "довоенному тренду.\n\nБольшую часть этой разницы, по мнению авторов, составляют погибшие на войне. За 2023 год "
     "аналогичная оценка составила около 41 тысячи человек.\n\nДля сравнения: «Медиазона» к концу 2024 года "
     "установила имена 86 тысяч погибших российских военных, из них около 27 тысяч — за сам 2024 год. Демографы "
     "отмечают, что естественная убыль населения в прошлом году превысила 590 тысяч человек. Авторы подчеркивают, "
     "что оценка не учитывает погибших иностранцев.",
     "2025-05-20",
     {"russia personnel killed 27000 approx period@2024-01-01 mediazona 2024-12-31",
      "russia personnel killed 41000 approx period@2023-01-01 other 2023-12-31",
      "russia personnel killed 48000-60000 range period@2024-01-01 other 2024-12-31",
      "russia personnel killed 86000 exact cumulative mediazona 2024-12-31"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected

# the fixes this round, each read in wordings of its own


@pytest.mark.parametrize(("text", "expected"), [
    ("В Украине погибли 120 военных из Бурятии.", {"russia personnel killed 120 exact cumulative None 2025-06-06"}),
    ("На Украине погибли 40 контрактников.", {"russia personnel killed 40 exact cumulative None 2025-06-06"}),
])
def test_soldiers_dead_in_the_country_invaded_are_the_invaders(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("По подсчетам местного издания, на Украине погибли 212 жителей области.",
     {"russia personnel killed 212 exact cumulative other 2025-06-06"}),
    ("В Украине погибли 120 жителей Бурятии.", {"russia personnel killed 120 exact cumulative None 2025-06-06"}),
    # (residents of the invaded country's own places are its civilians)
    ("В Украине погибли 30 жителей Харькова.", {"ukraine civilians killed 30 exact period None 2025-06-06"}),
])
def test_residents_dead_in_the_country_invaded_died_at_the_war(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Список погибших российских военных пополнился: за неделю в нем появилось 640 новых имен.",
     {"russia personnel killed 640 exact period/7 None 2025-06-06"}),
    ("За тиждень до списку загиблих російських військових додали 900 нових імен.",
     {"russia personnel killed 900 exact period/7 None 2025-06-06"}),
])
def test_new_names_on_a_list_of_the_dead(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("«Медиазона» установила имена 86 тысяч погибших российских военных, из них 27 тысяч — за сам 2024 год.",
     {"russia personnel killed 86000 exact cumulative mediazona 2025-06-06",
      "russia personnel killed 27000 exact period@2024-01-01 mediazona 2024-12-31"}),
    ("Ворог втратив 430 тисяч військових, з них 180 тисяч — за сам 2024 рік.",
     {"russia personnel losses 430000 exact cumulative None 2025-06-06",
      "russia personnel losses 180000 exact period@2024-01-01 None 2024-12-31"}),
])
def test_the_year_itself(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Установлены имена 90 тысяч погибших российских военных, из них 30 тысяч — за 2024 год.",
     {"russia personnel killed 90000 exact cumulative None 2025-06-06",
      "russia personnel killed 30000 exact period@2024-01-01 None 2024-12-31"}),
    ("Ворог втратив 500 тисяч військових, з них 200 тисяч — за 2024 рік.",
     {"russia personnel losses 500000 exact cumulative None 2025-06-06",
      "russia personnel losses 200000 exact period@2024-01-01 None 2024-12-31"}),
])
def test_a_parts_span_is_not_the_wholes(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Российские военные казнили 9 украинских военнопленных.",
     {"ukraine personnel killed 9 exact period None 2025-06-06"}),
    ("Еще 30 украинских военнопленных были убиты.", {"ukraine personnel killed 30 exact period None 2025-06-06"}),
])
def test_captives_killed_or_executed_are_killed(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-06") == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("В Белгороде число травмированных выросло до 14.", "2025-06-06",
     {"russia people wounded 14 exact period None 2025-06-06"}),
    ("При обстреле погибли два человека. Позже в больнице скончалась женщина. Всего погибших трое.", "2025-06-06",
     {"ukraine civilians killed 2 exact period None 2025-06-06",
      "ukraine civilians killed 3 exact period None 2025-06-06"}),
    ("В больнице скончались еще двое раненых.", "2025-06-06",
     {"ukraine civilians killed 2 exact period None 2025-06-06"}),
    ("За 13 июня ВСУ потеряли 1 140 военнослужащих.", "2025-06-14",
     {"ukraine personnel losses 1140 exact period/1 None 2025-06-13"}),
    ("ВСУ за сутки потеряли 1 200 военнослужащих. Больше всего атак противник предпринял на курском направлении — 40.",
     "2025-06-14", {"ukraine personnel losses 1200 exact period/1 None 2025-06-14"}),
])
def test_the_ukrainian_fixes_read_in_russian(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Во время оккупации района пропали без вести 240 местных жителей.",
     {"ukraine civilians missing 240 exact period None 2025-06-06"}),
    ("Під час окупації міста зникли безвісти 120 мешканців.",
     {"ukraine civilians missing 120 exact period None 2025-06-06"}),
    # (the war itself stays a running count)
    ("Во время войны пропали без вести 300 жителей района.",
     {"ukraine civilians missing 300 exact cumulative None 2025-06-06"}),
])
def test_losses_during_an_occupation_are_of_its_span(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-06") == expected

@pytest.mark.parametrize(("text", "expected"), [
    # (pinned by this round: "из Башкирии (684)", read since)
    ("Больше всего погибших российских военных — из Дагестана (812) и Бурятии (640).",
     {"russia personnel killed 640 exact cumulative None 2025-06-06",
      "russia personnel killed 812 exact cumulative None 2025-06-06"}),
    ("Чаще всего погибшие контрактники были родом из Пермского края (230) и Тывы (115).",
     {"russia personnel killed 115 exact cumulative None 2025-06-06",
      "russia personnel killed 230 exact cumulative None 2025-06-06"}),
    ("Найбільше загиблих військових — з Дніпропетровщини (410) та Львівщини (385).",
     {"ukraine personnel killed 385 exact cumulative None 2025-06-06",
      "ukraine personnel killed 410 exact cumulative None 2025-06-06"}),
    # (the people the superlative names must have died: the mobilised, and attacks, are no loss)
    ("Больше всего мобилизованных — из Башкирии (3000) и Татарстана (2500).", set()),
    ("Больше всего атак было на Курском направлении (40).", set()),
])
def test_figures_in_brackets_after_places_are_the_dead_the_superlative_names(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-06") == expected

@pytest.mark.parametrize(("text", "expected"), [
    # (pinned by this round: "За 2023 год аналогичная оценка составила около 41 тысячи человек", read since)
    ("По оценке демографов, в 2024 году избыточная смертность российских мужчин составила 50 тысяч человек. За "
     "2023 год аналогичная оценка составила 40 тысяч человек.",
     {"russia people killed 40000 exact period@2023-01-01 other 2023-12-31",
      "russia people killed 50000 exact period@2024-01-01 other 2024-12-31"}),
    ("По подсчетам издания, за 2024 год погибли 9 тысяч российских контрактников. В 2023 году такой же подсчет дал "
     "7 тысяч.",
     {"russia personnel killed 7000 exact period@2023-01-01 other 2023-12-31",
      "russia personnel killed 9000 exact period@2024-01-01 other 2024-12-31"}),
    ("За 2024 рік загинули 3 тисячі мирних жителів області. За 2023 рік аналогічний показник становив 2 тисячі.",
     {"ukraine civilians killed 2000 exact period@2023-01-01 None 2023-12-31",
      "ukraine civilians killed 3000 exact period@2024-01-01 None 2024-12-31"}),
    # (a like count of another thing is not the dead's)
    ("За 2024 год погибли 9 тысяч российских контрактников. Аналогичное число беспилотников сбито за месяц.",
     {"russia personnel killed 9000 exact period@2024-01-01 None 2024-12-31"}),
    # (nor one whose clause has a word of loss of its own: the like strike's wounded are the wounded)
    # ("накануне" is the day before the text)
    ("Накануне при ударе по Харькову погибли 4 человека. В результате аналогичного удара по Сумам ранены 5 человек.",
     {"ukraine people killed 4 exact period/1 None 2025-06-05",
      "ukraine people wounded 5 exact period/1 None 2025-06-06"}),
])
def test_a_like_count_counts_what_the_figure_before_counted(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-06") == expected

# what this round found and did not fix, pinned then, fixed since (round 22: the day an event began, said apart)


def test_the_start_of_an_occupation_stated_apart() -> None:
    text = ("Во время оккупации района пропали без вести 240 местных жителей. Вторжение в район началось 6 августа "
            "2024 года.")
    assert described(text, "2025-06-06") == {"ukraine civilians missing 240 exact period@2024-08-06 None 2025-06-06"}


