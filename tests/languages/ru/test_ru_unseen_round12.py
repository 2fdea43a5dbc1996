"""Russian whole texts, round 12 (written for these tests) in styles the first eleven rounds lack.
Each case lists every claim the spec asks of the text, written as "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]". A text the extractor does not yet read whole is
marked xfail (strict) with what it misses.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # Kommersant on a border governor's week: the week's dead and wounded with children among them, local self-defence
    # fighters he says died (his side's), the outlet's own count since the year began based on the staff's daily
    # reports (no rate, not the staff's); munitions fired, homes and cars damaged, children evacuated are no loss
    ("Неделя в Белгородской области: восемь погибших и 54 раненых\n\n"
     "За прошедшую неделю в результате атак ВСУ в Белгородской области погибли восемь мирных жителей, еще 54 "
     "человека получили ранения, в том числе четверо детей. Такие данные привел губернатор Вячеслав Гладков на"
     " еженедельной планерке в правительстве региона.\n\n"
     "Больше всего пострадавших в Шебекинском и Грайворонском округах, где украинские FPV-дроны атакуют "
     "автомобили на дорогах. По словам губернатора, за неделю по области выпущено более 1 200 боеприпасов и "
     "свыше 900 беспилотников, повреждены 312 частных домов и 160 автомобилей. Кроме того, за неделю на "
     "границе погибли двое бойцов местной самообороны, еще пятеро ранены.\n\n"
     "Всего с начала года, по подсчетам «Коммерсанта», основанным на ежедневных сводках оперштаба, в регионе "
     "погибли 96 мирных жителей, ранены более 600.\n\n"
     "Власти продолжают эвакуацию детей из приграничья: на этой неделе в лагеря Подмосковья вывезли 140 "
     "школьников.",
     "2025-06-16",
     {"russia civilians killed 8 exact period/7 ru_officials 2025-06-16",
      "russia civilians killed 96 exact period@2025-01-01 other 2025-06-16",
      "russia civilians wounded 4 exact period/7 ru_officials 2025-06-16",
      "russia civilians wounded 54 exact period/7 ru_officials 2025-06-16",
      "russia civilians wounded 600 at_least period@2025-01-01 other 2025-06-16",
      "russia personnel killed 2 exact period/7 ru_officials 2025-06-16",
      "russia personnel wounded 5 exact period/7 ru_officials 2025-06-16"}),
    # TASS retelling the MoD's daily report by army group: the day's total, each group's enemy losses with a bare tank
    # and a howitzer named by its model, guided bombs downed (no category), the running totals since the operation
    # began
    ("Минобороны: ВСУ за сутки потеряли более 1 300 военнослужащих\n\n"
     "Потери ВСУ за прошедшие сутки в зоне проведения специальной военной операции составили более 1 300 "
     "военнослужащих, говорится в ежедневной сводке Минобороны России.\n\n"
     "Подразделения группировки войск «Север» улучшили положение по переднему краю и нанесли поражение "
     "формированиям двух механизированных бригад ВСУ. Потери противника составили до 180 военнослужащих, танк "
     "и три боевые бронированные машины.\n\n"
     "Группировка войск «Запад» заняла более выгодные рубежи. Противник потерял до 230 военнослужащих, две "
     "боевые машины пехоты и гаубицу Д-30.\n\n"
     "Подразделения группировки «Южный» отразили семь контратак. ВСУ потеряли свыше 400 военнослужащих и пять "
     "пикапов.\n\n"
     "Средствами ПВО за сутки сбиты 4 управляемые авиабомбы и 187 беспилотников самолетного типа.\n\n"
     "Всего с начала проведения специальной военной операции уничтожены 660 самолетов, 283 вертолета и 63 110 "
     "беспилотных летательных аппаратов.",
     "2025-06-20",
     {"ukraine aircraft destroyed 660 exact cumulative ru_mod 2025-06-20",
      "ukraine armoured_vehicles losses 2 exact period/1 ru_mod 2025-06-20",
      "ukraine armoured_vehicles losses 3 exact period/1 ru_mod 2025-06-20",
      "ukraine artillery losses 1 exact period/1 ru_mod 2025-06-20",
      "ukraine drones destroyed 187 exact period/1 ru_mod 2025-06-20",
      "ukraine drones destroyed 63110 exact cumulative ru_mod 2025-06-20",
      "ukraine helicopters destroyed 283 exact cumulative ru_mod 2025-06-20",
      "ukraine personnel losses 1300 at_least period/1 ru_mod 2025-06-20",
      "ukraine personnel losses 180 at_most period/1 ru_mod 2025-06-20",
      "ukraine personnel losses 230 at_most period/1 ru_mod 2025-06-20",
      "ukraine personnel losses 400 at_least period/1 ru_mod 2025-06-20",
      "ukraine tanks losses 1 exact period/1 ru_mod 2025-06-20",
      "ukraine vehicles losses 5 exact period/1 ru_mod 2025-06-20"}),
    # Interfax on the UK defence intelligence update: a month's daily average, the month's total as 'за месяц' after
    # the month named, the total since the invasion, spring's artillery; the MoD's last figure dated by 'Тогда' after
    # the month it stopped
    ("Британская разведка оценила средние потери армии России в мае\n\n"
     "Министерство обороны Великобритании в очередной разведывательной сводке заявило, что в мае российская "
     "армия теряла в среднем 1 286 военных убитыми и ранеными в день. По оценке британских военных, всего за "
     "месяц потери России составили около 39 870 человек.\n\n"
     "В ведомстве считают, что с начала вторжения в феврале 2022 года Россия потеряла убитыми и ранеными более"
     " 950 тысяч военнослужащих. Британская разведка также отмечает, что за весну российские войска лишились "
     "почти 1 200 артиллерийских систем.\n\n"
     "Минобороны России британские оценки не комментирует и собственные данные о потерях с сентября 2022 года "
     "не публикует. Тогда ведомство сообщало о 5 937 погибших.\n\n"
     "Независимые издания, подсчитывающие потери по открытым источникам, называют меньшие цифры, однако их "
     "подсчеты охватывают только погибших, чьи имена удалось установить.",
     "2025-06-05",
     {"russia artillery losses 1200 approx period/92@2025-03-01 uk_mod 2025-05-31",
      "russia personnel killed 5937 exact cumulative ru_mod 2022-09-30",
      "russia personnel losses 1286 exact rate/1 uk_mod 2025-05-31",
      "russia personnel losses 39870 approx period/31@2025-05-01 uk_mod 2025-05-31",
      "russia personnel losses 950000 at_least cumulative@2022-02-01 uk_mod 2025-06-05"}),
    # Meduza and Mediazona's estimate from the inheritance register: a range by the year's end and the headline's
    # upper bound, the year's dead, a forecast (a projection, hedged) and the named list after it (not a forecast); a
    # ratio is no claim
    ("«Медуза» и «Медиазона»: к концу 2024 года на войне погибли до 165 тысяч российских военных\n\n"
     "Журналисты «Медузы» и «Медиазоны» обновили оценку потерь российской армии по реестру наследственных дел."
     " По их расчетам, к 31 декабря 2024 года в Украине погибли от 138 до 165 тысяч российских военнослужащих."
     " Только за 2024 год, по оценке изданий, погибли около 70 тысяч человек — почти вдвое больше, чем годом "
     "ранее.\n\n"
     "Авторы подчеркивают, что метод дает нижнюю границу: в реестр попадают не все погибшие, а наследственные "
     "дела открывают с задержкой. Если темпы сохранятся, к концу 2025 года число погибших может превысить 200 "
     "тысяч, предупреждают журналисты.\n\n"
     "Поименный список, который ведет «Медиазона» вместе с Русской службой Би-би-си, на конец 2024 года "
     "включал 88 055 фамилий. Минобороны России данные о своих потерях не раскрывает, а Кремль называет "
     "подобные подсчеты недостоверными.",
     "2025-02-24",
     {"russia personnel killed 138000-165000 range cumulative mediazona 2024-12-31",
      "russia personnel killed 165000 at_most cumulative mediazona 2024-12-31",
      "russia personnel killed 200000 at_least projection mediazona 2025-12-31 hedged",
      "russia personnel killed 70000 approx period@2024-01-01 mediazona 2024-12-31",
      "russia personnel killed 88055 exact cumulative mediazona 2024-12-31"}),
    # RIA on the MoD's summing-up of the Kursk fighting: losses over the battles on a front sector (a period), since
    # the incursion began in a month, the last month of fighting; the governor's dead, wounded and missing since the
    # incursion; rebuilding is no loss
    ("Итоги боев в Курской области: потери ВСУ превысили 76 тысяч военных\n\n"
     "За время боевых действий на курском направлении ВСУ потеряли более 76 тысяч военнослужащих, 412 танков, "
     "340 боевых машин пехоты и 290 бронетранспортеров, сообщили в Минобороны России, подводя итоги операции "
     "по освобождению региона.\n\n"
     "Кроме того, с начала вторжения в августе 2024 года уничтожены 2 100 орудий полевой артиллерии и 74 "
     "реактивные системы залпового огня. В ведомстве отметили, что только за последний месяц боев противник "
     "лишился около 8 500 военных.\n\n"
     "По данным губернатора Александра Хинштейна, с начала вторжения ВСУ в регион погибли 312 мирных жителей, "
     "более 1 100 получили ранения. Судьба еще 400 человек остается неизвестной, их поиском занимаются военные"
     " и волонтеры.\n\n"
     "Восстановление приграничных районов, по оценке правительства области, займет несколько лет. Жителям "
     "Суджанского округа разрешат вернуться домой только после разминирования.",
     "2025-04-28",
     {"russia civilians killed 312 exact period ru_officials 2025-04-28",
      "russia civilians missing 400 exact period ru_officials 2025-04-28",
      "russia civilians wounded 1100 at_least period ru_officials 2025-04-28",
      "ukraine armoured_vehicles losses 290 exact period ru_mod 2025-04-28",
      "ukraine armoured_vehicles losses 340 exact period ru_mod 2025-04-28",
      "ukraine artillery destroyed 2100 exact period@2024-08-01 ru_mod 2025-04-28",
      "ukraine mlrs destroyed 74 exact period@2024-08-01 ru_mod 2025-04-28",
      "ukraine personnel losses 76000 at_least period ru_mod 2025-04-28",
      "ukraine personnel losses 8500 approx period/30 ru_mod 2025-04-28",
      "ukraine tanks losses 412 exact period ru_mod 2025-04-28"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected

# the fixes this round, each read in wordings of its own


@pytest.mark.parametrize(("text", "expected"), [
    ("Российские средства ПВО сбили над Запорожской областью три украинских Су-25, сообщили в Минобороны России.",
     {"ukraine aircraft destroyed 3 exact period ru_mod 2025-06-10"}),
    ("Минобороны России сообщило, что за сутки уничтожены два Ми-8 и один МиГ-29 ВСУ.",
     {"ukraine helicopters destroyed 2 exact period/1 ru_mod 2025-06-10",
      "ukraine aircraft destroyed 1 exact period/1 ru_mod 2025-06-10"}),
])
def test_a_model_written_bare_after_a_count(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Оба члена экипажа бомбардировщика, потерпевшего крушение под Курском, погибли, сообщил губернатор.",
     {"russia personnel killed 2 exact period ru_officials 2025-06-10"}),
    ("Трое членов экипажа истребителя погибли при крушении, сообщил глава региона.",
     {"russia personnel killed 3 exact period ru_officials 2025-06-10"}),
])
def test_a_warplanes_crew_a_regions_head_says_died(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (the company that says so is a named source: round 32)
    ("С начала вторжения погибли 60 работников связи, сообщили в компании. Большинство из них служили в армии, а 11 "
     "погибли при исполнении профессиональных обязанностей.",
     {"ukraine people killed 60 exact cumulative other 2025-06-10",
      "ukraine civilians killed 11 exact cumulative other 2025-06-10"}),
    ("С начала года погибли 30 энергетиков, сообщили в компании. Часть из них работала на подстанциях, а 9 погибли "
     "при исполнении профессиональных обязанностей.",
     {"ukraine civilians killed 30 exact period@2025-01-01 other 2025-06-10",
      "ukraine civilians killed 9 exact period@2025-01-01 other 2025-06-10"}),
])
def test_a_part_of_those_after_most_of_them(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("В прошлом году погибли 9 медиков. Не менее 20 врачей до сих пор остаются в плену.",
     {"ukraine civilians killed 9 exact period@2024-01-01 None 2024-12-31",
      "ukraine civilians captured 20 at_least cumulative None 2025-06-10"}),
    ("В 2024 году погибли 12 мирных жителей района. По сей день в плену остаются 40 жителей.",
     {"ukraine civilians killed 12 exact period@2024-01-01 None 2024-12-31",
      "ukraine civilians captured 40 exact cumulative None 2025-06-10"}),
])
def test_still_held_is_as_things_stand_now(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Минобороны России сообщило, что за ночь над Курской областью сбиты 30 беспилотников.\n\n«Известия» "
     "направили запрос в администрацию завода. В апреле при похожей атаке погибли двое рабочих предприятия.",
     {"ukraine drones destroyed 30 exact period/1 ru_mod 2025-06-10",
      "russia civilians killed 2 exact period/30@2025-04-01 None 2025-04-30"}),
    ("Губернатор сообщил, что ранены трое жителей Белгорода.\n\nРедакция обратилась за комментарием в мэрию. "
     "В прошлом году в городе погибли 25 мирных жителей.",
     {"russia civilians wounded 3 exact period ru_officials 2025-06-10",
      "russia civilians killed 25 exact period@2024-01-01 None 2024-12-31"}),
])
def test_the_outlet_asking_for_comment_ends_the_source_before(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


def test_civilians_with_no_place_are_those_counted_before() -> None:
    assert described("Губернатор сообщил, что ранены двое рабочих завода.\n\nРедакция направила запрос в компанию. "
                     "В мае при аналогичном ударе погиб один сотрудник, еще трое были ранены.", "2025-06-10") == {
        "russia civilians wounded 2 exact period ru_officials 2025-06-10",
        "russia civilians killed 1 exact period/31@2025-05-01 None 2025-05-31",
        "russia civilians wounded 3 exact period/31@2025-05-01 None 2025-05-31"}


@pytest.mark.parametrize(("text", "expected"), [
    ("За неделю на границе погибли двое бойцов теробороны, сообщил глава Курской области.",
     {"russia personnel killed 2 exact period/7 ru_officials 2025-06-10"}),
    ("Погибли трое бойцов батальона, сообщил Вячеслав Гладков.",
     {"russia personnel killed 3 exact cumulative ru_officials 2025-06-10"}),
])
def test_soldiers_an_official_says_died_are_his_sides(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("По подсчетам издания, сделанным на основе ежедневных сводок оперштаба, с начала года в Белгородской области "
     "погибли 40 мирных жителей.",
     {"russia civilians killed 40 exact period@2025-01-01 other 2025-06-10"}),
    ("Согласно ежедневным сводкам МЧС России, под завалами погибли 30 человек.",
     {"russia civilians killed 30 exact period ru_officials 2025-06-10"}),
])
def test_a_reports_frequency_is_no_rate_and_its_basis_no_source(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


def test_a_verb_before_the_numbers_qualifier() -> None:
    assert described("С начала года в регионе погибли 96 мирных жителей, ранены более 600, сообщил губернатор.",
                     "2025-06-10") == {
        "russia civilians killed 96 exact period@2025-01-01 ru_officials 2025-06-10",
        "russia civilians wounded 600 at_least period@2025-01-01 ru_officials 2025-06-10"}


def test_the_month_after_the_month_named() -> None:
    assert described("В марте ВСУ теряли в среднем 1 300 военных в сутки. Всего за месяц потери противника "
                     "составили 40 тысяч военнослужащих, заявили в Минобороны России.", "2025-06-10") == {
        "ukraine personnel losses 1300 exact rate/1 ru_mod 2025-03-31",
        "ukraine personnel losses 40000 exact period/31@2025-03-01 ru_mod 2025-03-31"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Министерство обороны России не обновляет данные о потерях с сентября 2022 года. Тогда ведомство сообщило о "
     "5 937 погибших.",
     {"russia personnel killed 5937 exact cumulative ru_mod 2022-09-30"}),
    ("Последний раз Минобороны России называло свои потери 21 сентября 2022 года. Тогда Шойгу заявил о 5 937 "
     "погибших.",
     {"russia personnel killed 5937 exact cumulative ru_mod 2022-09-21"}),
])
def test_then_is_the_time_named_before(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("По оценке журналистов, к концу 2025 года число погибших российских военных может превысить 200 тысяч.",
     {"russia personnel killed 200000 at_least projection other 2025-12-31 hedged"}),
    ("По оценке аналитиков, к концу 2025 года потери ВСУ могут превысить 800 тысяч. Поименный список погибших "
     "украинских военных включает 90 тысяч фамилий.",
     {"ukraine personnel losses 800000 at_least projection other 2025-12-31 hedged",
      "ukraine personnel killed 90000 exact cumulative other 2025-06-10"}),
])
def test_a_forecast_is_its_own_sentences(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("С начала мая бригада уничтожила 250 боевиков ВСУ, сообщили в Минобороны России.\n\nУничтоженная техника:\n"
     "— танки — 4;\n— бронемашины — 9.",
     {"ukraine personnel killed 250 exact period@2025-05-01 ru_mod 2025-06-10",
      "ukraine tanks destroyed 4 exact period@2025-05-01 ru_mod 2025-06-10",
      "ukraine armoured_vehicles destroyed 9 exact period@2025-05-01 ru_mod 2025-06-10"}),
    ("За май подразделения группировки уничтожили 900 военнослужащих ВСУ, сообщили в Минобороны России.\n\n"
     "Уничтожено вооружения и техники:\n— танки — 6;\n— орудия — 11.",
     {"ukraine personnel killed 900 exact period/31@2025-05-01 ru_mod 2025-05-31",
      "ukraine tanks destroyed 6 exact period/31@2025-05-01 ru_mod 2025-05-31",
      "ukraine artillery destroyed 11 exact period/31@2025-05-01 ru_mod 2025-05-31"}),
])
def test_a_list_under_a_bare_colon_line_has_the_span_before(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


def test_a_headline_of_a_months_results_ends_with_the_month() -> None:
    assert described("Итоги мая: бригада уничтожила более 200 боевиков ВСУ\n\nЗа май подразделения бригады "
                     "уничтожили 215 боевиков ВСУ.", "2025-06-10") == {
        "ukraine personnel killed 200 at_least period/31@2025-05-01 None 2025-05-31",
        "ukraine personnel killed 215 exact period/31@2025-05-01 None 2025-05-31"}


@pytest.mark.parametrize(("text", "expected"), [
    # (the administration, a local body of no place the words know, is Russia's official where "СВО" tells the side
    # the text is written from: read since round 35b; no source before)
    ("В зоне СВО погибли трое добровольцев из Шебекинского округа, сообщили в администрации. Прощание с ними "
     "пройдет в субботу.",
     {"russia personnel killed 3 exact period ru_officials 2025-06-10"}),
    ("На Донбассе погибли двое российских мобилизованных. Проститься с бойцами можно будет в воскресенье.",
     {"russia personnel killed 2 exact period None 2025-06-10"}),
])
def test_the_dead_of_a_funeral_named_next(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("За сутки уничтожены 40 военнослужащих ВСУ, а также танк, сообщили в Минобороны России.",
     {"ukraine personnel killed 40 exact period/1 ru_mod 2025-06-10",
      "ukraine tanks destroyed 1 exact period/1 ru_mod 2025-06-10"}),
    ("Средствами ПВО сбиты 30 украинских беспилотников, а также самолет Су-27, сообщили в Минобороны России.",
     {"ukraine drones destroyed 30 exact period ru_mod 2025-06-10",
      "ukraine aircraft destroyed 1 exact period ru_mod 2025-06-10"}),
])
def test_one_more_thing_after_as_well_as(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


def test_that_night_is_the_night_named_before() -> None:
    assert described("Самой массированной стала атака 3 июня. Той ночью средства ПВО сбили 160 украинских "
                     "беспилотников, сообщили в Минобороны России.", "2025-06-10") == {
        "ukraine drones destroyed 160 exact period/1 ru_mod 2025-06-03"}


@pytest.mark.parametrize(("text", "expected"), [
    ("За время боевых действий на курском направлении ВСУ потеряли более 76 тысяч военнослужащих, сообщили в "
     "Минобороны России.",
     {"ukraine personnel losses 76000 at_least period ru_mod 2025-06-10"}),
    ("В боях на запорожском направлении противник потерял 300 танков, сообщили в Минобороны России.",
     {"ukraine tanks losses 300 exact period ru_mod 2025-06-10"}),
])
def test_battles_on_a_front_sector_are_a_period(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Средствами ПВО сбиты 46 украинских беспилотников, сообщили в Минобороны России. Еще 12 беспилотников потеряли "
     "связь и упали.",
     {"ukraine drones destroyed 46 exact period ru_mod 2025-06-10",
      "ukraine drones losses 12 exact period ru_mod 2025-06-10"}),
    ("Над регионами уничтожены 20 беспилотников ВСУ, сообщили в Минобороны России. Еще 5 беспилотников потеряны.",
     {"ukraine drones destroyed 20 exact period ru_mod 2025-06-10",
      "ukraine drones losses 5 exact period ru_mod 2025-06-10"}),
])
def test_more_of_the_same_things_in_the_same_account(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


def test_a_remark_after_a_dash_is_no_span_of_the_figure() -> None:
    assert described("За май ВСУ потеряли 40 тысяч военнослужащих — это максимум с начала года, сообщили в "
                     "Минобороны России.", "2025-06-10") == {
        "ukraine personnel losses 40000 exact period/31@2025-05-01 ru_mod 2025-05-31"}


@pytest.mark.parametrize(("text", "expected"), [
    ("В ФСБ сообщили, что при попытке прорыва границы уничтожены 15 украинских диверсантов.",
     {"ukraine personnel killed 15 exact period ru_officials 2025-06-10"}),
    ("В СБУ заявили, что в результате удара дронов по аэродрому поражены 4 самолета.",
     {"russia aircraft destroyed 4 exact period ua_officials 2025-06-10"}),
])
def test_the_security_service_and_saboteurs(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected
