"""Russian whole texts, round 11 (written for these tests) in styles the first ten rounds lack.
Each case lists every claim the spec asks of the text, written as "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]". A text the extractor does not yet read whole is
marked xfail (strict) with what it misses.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # Mediazona's weekly update: the named count, the headline's round figure, the week's added names, parts of the
    # whole after them, the defence minister's last figure dated by the month he gave it
    ("«Медиазона» и Би-би-си установили имена более 111 тысяч погибших военных\n\n"
     "«Медиазона» совместно с Русской службой Би-би-си и командой волонтеров установила имена 111 387 "
     "российских военных, погибших в Украине с начала вторжения. За неделю список пополнился 1 412 фамилиями, "
     "говорится в обновлении подсчета от 27 июня.\n\n"
     "Среди погибших, имена которых известны, — 16 940 мобилизованных и 17 600 бывших заключенных, "
     "завербованных в штурмовые отряды. Больше всего погибших журналисты насчитали в Башкирии, Татарстане и "
     "Свердловской области.\n\n"
     "Издание подчеркивает, что подсчет неполный: в него попадают только те, о чьей смерти сообщили "
     "родственники, местные власти или СМИ. По оценке авторов, опирающейся на данные реестра наследственных "
     "дел, реальное число погибших может быть почти вдвое выше. В сентябре 2022 года министр обороны Сергей "
     "Шойгу назвал цифру в 5 937 погибших, с тех пор ведомство официально не обновляло данные о потерях.",
     "2025-06-27",
     {"russia personnel killed 111000 at_least cumulative mediazona 2025-06-27",
      "russia personnel killed 111387 exact cumulative mediazona 2025-06-27",
      "russia personnel killed 1412 exact period/7 mediazona 2025-06-27",
      "russia personnel killed 16940 exact cumulative mediazona 2025-06-27",
      "russia personnel killed 17600 exact cumulative mediazona 2025-06-27",
      "russia personnel killed 5937 exact cumulative ru_mod 2022-09-30"}),
    # RBC on a governor's figures for a drone attack on a refinery: the hurt workers, the hospitalised one; the MoD's
    # night by region and its total over the regions; a month's toll in the article's own voice
    ("Губернатор Кубани сообщил о пострадавших при атаке дронов на НПЗ\n\n"
     "В ночь на 3 июля беспилотники атаковали Афипский нефтеперерабатывающий завод в Краснодарском крае, "
     "сообщил губернатор Вениамин Кондратьев. По его словам, в результате падения обломков на территории "
     "предприятия пострадали двое рабочих, один из них госпитализирован в тяжелом состоянии. На заводе "
     "загорелась установка первичной переработки нефти, пожар потушили к утру.\n\n"
     "Минобороны России сообщило, что за ночь над Краснодарским краем сбиты 23 украинских беспилотника, еще 11 "
     "— над акваторией Азовского моря. Всего, по данным ведомства, над российскими регионами уничтожены 64 "
     "дрона.\n\n"
     "РБК направил запрос в компанию-владельца завода. Это уже пятая атака на Афипский НПЗ с начала года. В мае "
     "в результате аналогичного удара погиб один сотрудник предприятия, еще трое были ранены. Украинский "
     "Генштаб позднее подтвердил поражение объекта и заявил, что удар нанесли Силы беспилотных систем.",
     "2025-07-03",
     {"russia civilians killed 1 exact period/31@2025-05-01 None 2025-05-31",
      "russia civilians wounded 1 exact period ru_officials 2025-07-03",
      "russia civilians wounded 2 exact period ru_officials 2025-07-03",
      "russia civilians wounded 3 exact period/31@2025-05-01 None 2025-05-31",
      "ukraine drones destroyed 11 exact period/1 ru_mod 2025-07-03",
      "ukraine drones destroyed 23 exact period/1 ru_mod 2025-07-03",
      "ukraine drones destroyed 64 exact period/1 ru_mod 2025-07-03"}),
    # South Korean intelligence on North Korean troops in Kursk (Russia's side): the dead and wounded in the battles
    # there, prisoners Ukraine's intelligence named; troops sent are no loss
    ("Разведка Южной Кореи оценила потери военных КНДР в Курской области\n\n"
     "Национальная служба разведки Республики Корея сообщила парламенту, что в боях в Курской области погибли "
     "около 600 военнослужащих КНДР, еще примерно 4 100 получили ранения. Об этом рассказал журналистам депутат "
     "Ли Сон Квон после закрытого заседания комитета по разведке.\n\n"
     "По данным южнокорейской разведки, в конце февраля северокорейские части отвели с передовой, а в марте "
     "вернули на фронт. Всего Пхеньян направил в Россию около 11 тысяч военных, позднее к ним присоединились "
     "еще около 3 тысяч.\n\n"
     "Ранее Главное управление разведки Украины заявляло, что в плен попали двое северокорейских солдат. Москва "
     "и Пхеньян долго не признавали участие армии КНДР в боях, однако в апреле начальник Генштаба ВС РФ Валерий "
     "Герасимов впервые публично поблагодарил северокорейских военных за помощь в «освобождении» Курской "
     "области.",
     "2025-05-14",
     {"russia personnel captured 2 exact period ua_mod 2025-05-14",
      "russia personnel killed 600 approx period other 2025-05-14",
      "russia personnel wounded 4100 approx period other 2025-05-14"}),
    # TASS on an installed head's week in an occupied region: the week's dead with a child among them and wounded,
    # since a month began, since the year began; shelling and damaged homes counted are no loss
    ("Пушилин: за неделю в ДНР погибли пятеро мирных жителей\n\n"
     "За прошедшую неделю в результате обстрелов ВСУ на территории ДНР погибли пять мирных жителей, в том числе "
     "ребенок, еще 23 человека получили ранения, сообщил глава республики Денис Пушилин в своем "
     "Telegram-канале. Больше всего пострадавших в Горловке, где украинские беспилотники атакуют общественный "
     "транспорт.\n\n"
     "По словам Пушилина, за неделю зафиксировано 312 обстрелов, повреждены 46 жилых домов и 9 объектов "
     "инфраструктуры. С начала марта, по данным администрации, погибли 14 мирных жителей, ранены 61.\n\n"
     "Всего с начала года, по подсчетам штаба республики, жертвами обстрелов стали 96 мирных жителей, еще 441 "
     "человек был ранен. Пушилин призвал жителей прифронтовых районов соблюдать меры безопасности, не "
     "собираться на остановках и по возможности передвигаться в темное время суток только на личном транспорте.",
     "2025-03-24",
     {"russia civilians killed 1 exact period/7 ru_officials 2025-03-24",
      "russia civilians killed 14 exact period@2025-03-01 ru_officials 2025-03-24",
      "russia civilians killed 5 exact period/7 ru_officials 2025-03-24",
      "russia civilians losses 96 exact period@2025-01-01 ru_officials 2025-03-24",
      "russia civilians wounded 23 exact period/7 ru_officials 2025-03-24",
      "russia civilians wounded 441 exact period@2025-01-01 ru_officials 2025-03-24",
      "russia civilians wounded 61 exact period@2025-03-01 ru_officials 2025-03-24"}),
    # Izvestia's interview with a battalion commander as questions and answers: the month's dead and prisoners, a
    # verbless answer on armour and boats, his own losses withheld, a drone's name in quotes
    ("Командир батальона «Днепр»: «Противник не считается с потерями»\n\n"
     "Командир батальона, который держит оборону на херсонском направлении, рассказал «Известиям» о боях за "
     "острова.\n\n"
     "— Сколько боевиков ВСУ ваш батальон уничтожил за последний месяц?\n\n"
     "— По нашим данным, за июль мы уничтожили около 350 украинских военнослужащих, еще 12 взяли в плен. Все "
     "подтверждается видео с беспилотников.\n\n"
     "— А технику?\n\n"
     "— За месяц — 7 бронемашин и 19 лодок. Они пытаются переправляться через Днепр на острова по ночам, а наши "
     "операторы дронов работают по ним круглосуточно.\n\n"
     "— Есть ли потери у вас?\n\n"
     "— Потери есть, это война, но цифры называть не буду. Скажу только, что ребята держатся, и каждый знает, "
     "за что воюет.\n\n"
     "— Чего не хватает больше всего?\n\n"
     "— Средств РЭБ и дронов-перехватчиков. Противник стал чаще применять тяжелые гексакоптеры «Баба-яга», и "
     "бороться с ними сложно.",
     "2025-08-05",
     {"ukraine armoured_vehicles destroyed 7 exact period/31@2025-07-01 ru_officials 2025-07-31",
      "ukraine personnel captured 12 exact period/31@2025-07-01 ru_officials 2025-07-31",
      "ukraine personnel killed 350 approx period/31@2025-07-01 ru_officials 2025-07-31",
      "ukraine ships destroyed 19 exact period/31@2025-07-01 ru_officials 2025-07-31"}),
    # Verstka's data piece on the year before: the year's named dead, a record month, shares, a median age and dead
    # per million (no claims), researchers' estimate of the dead not yet named
    ("«Верстка»: доля контрактников среди погибших выросла вдвое\n\n"
     "«Верстка» проанализировала некрологи и сообщения региональных властей о погибших российских военных за "
     "2024 год. Издание выяснило, что в 2024 году погибли не менее 45 800 российских военных, установленных "
     "поименно, — больше, чем за два предыдущих года вместе.\n\n"
     "Доля контрактников среди погибших выросла с 21% до 43%, а доля мобилизованных, напротив, снизилась почти "
     "вдвое. По подсчетам издания, только в декабре погибли не менее 4 100 военных — это рекордный месяц с "
     "начала войны.\n\n"
     "Средний возраст погибших составил 38 лет. Чаще всего гибли жители Башкирии, Свердловской и Челябинской "
     "областей, а на каждый миллион жителей больше всего погибших пришлось на Туву и Бурятию.\n\n"
     "Авторы подчеркивают, что реальные потери выше: в подсчет попадают лишь те, о чьей гибели сообщили "
     "публично. По оценке исследователей, еще около 30 тысяч погибших в 2024 году пока не установлены.",
     "2025-02-10",
     {"russia personnel killed 30000 approx period@2024-01-01 other 2024-12-31",
      "russia personnel killed 4100 at_least period/31@2024-12-01 other 2024-12-31",
      "russia personnel killed 45800 at_least period@2024-01-01 other 2024-12-31"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected

# the fixes this round, each read in wordings of its own


@pytest.mark.parametrize(("text", "expected"), [
    ("Двое шахтеров, следовавших на смену в автобусе, погибли.",
     {"ukraine people killed 2 exact period None 2025-05-12"}),
    ("Трое электриков подстанции, которая попала под удар, получили ранения.",
     {"ukraine people wounded 3 exact period None 2025-05-12"}),
])
def test_the_verb_past_a_clause_describing_the_people(text: str, expected: set[str]) -> None:
    assert described(text, "2025-05-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (a headline rounding the body's figure takes its source)
    ("Более 140 медиков погибли с начала войны\n\n"
     "С начала войны погибли 146 медиков, сообщили в министерстве здравоохранения.",
     {"russia civilians killed 140 at_least cumulative ru_officials 2025-05-12",
      "russia civilians killed 146 exact cumulative ru_officials 2025-05-12"}),
    # (the same figure, with the attacker named in the headline: one claim, the body's)
    ("От рук ВСУ погибли 40 энергетиков\n\n"
     "С начала года погибли 40 энергетиков региона, сообщил губернатор.",
     {"russia civilians killed 40 exact period@2025-01-01 ru_officials 2025-05-12"}),
])
def test_a_headline_restating_the_body(text: str, expected: set[str]) -> None:
    assert described(text, "2025-05-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Российские войска потеряли на фронте более 600 тысяч военных.\n\nПогибли 60 сотрудников прессы, сообщили в "
     "НСЖУ.",
     {"russia personnel losses 600000 at_least cumulative None 2025-05-12",
      "ukraine people killed 60 exact cumulative other 2025-05-12"}),
    # (the company that says so is a named source: round 32)
    ("ВСУ ежедневно теряют на фронте сотни солдат. С 2022 года погибли 30 сотрудников завода, сообщили в компании.",
     {"ukraine people killed 30 exact cumulative other 2025-05-12"}),
])
def test_people_of_a_trade_are_not_made_soldiers_by_the_document(text: str, expected: set[str]) -> None:
    assert described(text, "2025-05-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Погибли 14 железнодорожников, сообщили в министерстве транспорта.",
     {"russia people killed 14 exact period ru_officials 2025-05-12"}),
    # (the ministry of the state named after it)
    ("По данным министерства культуры Украины, погибли 90 музыкантов.",
     {"ukraine people killed 90 exact period ua_officials 2025-05-12"}),
    # (a bare title: the one named before)
    ("Минобороны России опубликовало сводку. Ранее в министерстве сообщали, что за сутки ВСУ потеряли до 290 "
     "военнослужащих.",
     {"ukraine personnel losses 290 at_most period/1 ru_mod 2025-05-12"}),
])
def test_a_ministry_is_its_states_official(text: str, expected: set[str]) -> None:
    assert described(text, "2025-05-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("По подсчетам «Новой газеты Европа», погибли 500 российских мобилизованных.",
     {"russia personnel killed 500 exact cumulative other 2025-05-12"}),
    ("По данным «Вёрстки», погибли 300 российских заключенных.",
     {"russia personnel killed 300 exact cumulative other 2025-05-12"}),
])
def test_a_name_in_quotes_after_a_source_marker(text: str, expected: set[str]) -> None:
    assert described(text, "2025-05-12") == expected


def test_the_dead_counted_just_before_in_the_paragraph() -> None:
    # (in a text that speaks more of civilians: the paragraph's soldiers decide)
    assert described("По подсчетам издания, с начала войны погибли 800 российских мобилизованных. Только в марте "
                     "журналисты нашли имена 60 погибших.\n\nРодным погибших помогают жители района, школы и больница "
                     "собирают для семей вещи.", "2025-05-12") == {
        "russia personnel killed 60 exact period/31@2025-03-01 other 2025-03-31",
        "russia personnel killed 800 exact cumulative other 2025-05-12"}


@pytest.mark.parametrize(("text", "expected"), [
    ("В список внесены имена 20 тысяч павших российских бойцов.",
     {"russia personnel killed 20000 exact cumulative None 2025-05-12"}),
    ("За год в мемориал добавили имена 900 павших российских солдат.",
     {"russia personnel killed 900 exact period/365 None 2025-05-12"}),
])
def test_names_of_the_fallen(text: str, expected: set[str]) -> None:
    assert described(text, "2025-05-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Автор канала «Два майора» утверждает, что погибли 40 российских военных.",
     {"russia personnel killed 40 exact cumulative other 2025-06-10"}),
    ("В группировке «Сто сорок первая» сообщили, что уничтожили 12 танков ВСУ.",
     {"ukraine tanks destroyed 12 exact period ru_mod 2025-06-10"}),
])
def test_a_number_in_a_name_in_quotes_is_no_count(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


def test_a_part_of_a_figure_that_was_no_loss() -> None:
    assert described("В результате удара погибли двое жителей. Из поселка вывезли 200 человек, в том числе 30 "
                     "детей.", "2025-06-10") == {"ukraine civilians killed 2 exact period None 2025-06-10"}


@pytest.mark.parametrize(("text", "expected"), [
    ("В боях за Покровск погибли более 3 тысяч военных ВСУ.",
     {"ukraine personnel killed 3000 at_least period None 2025-06-10"}),
    ("В боях в Курской области погибли 600 военных КНДР.",
     {"russia personnel killed 600 exact period None 2025-06-10"}),
])
def test_a_battle_for_a_place_is_a_period(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


def test_a_total_over_places_past_an_aside() -> None:
    assert described("Всего, по данным Минобороны, над регионами сбиты 40 беспилотников.", "2025-06-10") == {
        "ukraine drones destroyed 40 exact period ru_mod 2025-06-10"}


def test_names_added_to_the_list_of_the_dead() -> None:
    assert described("Издание установило имена 20 тысяч погибших российских военных. За месяц список пополнился на "
                     "900 имен.", "2025-06-10") == {
        "russia personnel killed 20000 exact cumulative other 2025-06-10",
        "russia personnel killed 900 exact period/30 other 2025-06-10"}


def test_a_child_among_the_dead_is_killed() -> None:
    assert described("Погибли пять мирных жителей, в том числе ребенок.", "2025-06-10") == {
        "ukraine civilians killed 5 exact period None 2025-06-10",
        "ukraine civilians killed 1 exact period None 2025-06-10"}


def test_the_month_a_minister_gave_a_figure() -> None:
    assert described("В сентябре 2023 года глава Минобороны Сергей Шойгу назвал цифру в 66 тысяч погибших "
                     "украинских военных.", "2025-06-10") == {
        "ukraine personnel killed 66000 exact cumulative ru_mod 2023-09-30"}


@pytest.mark.parametrize(("text", "expected"), [
    ("По подсчетам журналистов, в боях погибли 200 северокорейских военных.",
     {"russia personnel killed 200 exact cumulative other 2025-06-10"}),
    ("Аналитики насчитали 300 погибших военных КНДР.",
     {"russia personnel killed 300 exact cumulative other 2025-06-10"}),
])
def test_north_korean_troops_are_russias(text: str, expected: set[str]) -> None:
    assert described(text, "2025-06-10") == expected


def test_a_verbless_answer_goes_on_with_the_report() -> None:
    assert described("За неделю бригада уничтожила 80 боевиков ВСУ. — А технику? — За неделю — 5 танков и 11 "
                     "орудий.", "2025-01-20") == {"ukraine personnel killed 80 exact period/7 None 2025-01-20",
                                                  "ukraine tanks destroyed 5 exact period/7 None 2025-01-20",
                                                  "ukraine artillery destroyed 11 exact period/7 None 2025-01-20"}


def test_a_month_with_no_year_that_is_last_years() -> None:
    assert described("В декабре погибли 12 мирных жителей области, сообщил губернатор.", "2025-01-20") == {
        "russia civilians killed 12 exact period/31@2024-12-01 ru_officials 2024-12-31"}


def test_a_million_of_a_rate_is_no_count() -> None:
    assert described("На каждый миллион жителей больше всего погибших пришлось на Туву.", "2025-01-20") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Командир роты рассказал, что за сутки уничтожены 40 украинских военных.",
     {"ukraine personnel killed 40 exact period/1 ru_officials 2025-01-20"}),
    # (the commander of the army named after him)
    ("Командир роты ВСУ рассказал, что погибли 30 его бойцов.",
     {"ukraine personnel killed 30 exact cumulative ua_officials 2025-01-20"}),
])
def test_a_commander_is_his_states_official(text: str, expected: set[str]) -> None:
    assert described(text, "2025-01-20") == expected
