"""Ukrainian whole texts, round 33 (written for these tests) in styles the first thirty-two rounds lack: a General
Staff news item ending in a factbox ("Довідка:") that restates running totals with their own dates (the General
Staff's of two days, the UN mission's count of civilians; the attacks repelled are no count), a chronicle of one day in
a frontline region hour by hour ("06:40 —", "Близько полудня —") under a title naming the day, each entry its own strike
and toll, and the day's total (people named one by one, their ages, houses, shellings and shells are no count), a
fact-check of a figure circulating online ("нібито": hedged) against the General Staff's week and a spokesman's
sector (the ratio and the post's views are no count), and a transcript of a Verkhovna Rada session with the defence
minister's figures under a speaker's label ("МІНІСТР ОБОРОНИ."), a deputy citing a regional administration, and the
bill's and district's numbers and the vote's tally as decoys. Each case lists every claim the spec asks of the text,
written as "side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]",
before the extractor was run. Then the fixes of this round, read in wordings of their own (in Russian in
tests/languages/ru/test_ru_unseen_round33.py).
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a news item on the General Staff's day ('За минулу добу, 11 грудня': that day), then a factbox restating running
    # totals with their own dates: the General Staff's on the 12th and the 1st, the UN mission's civilians on 30
    # November (a source of its own); a qualifier before the first item of a list may or may not cover the rest (the
    # gold accepts both); the 46 attacks are no count
    pytest.param(
     "Генштаб: за добу окупанти втратили 1 140 військових і 5 танків\n\nЗа минулу добу, 11 грудня, російські "
     "загарбники втратили 1 140 військових, 5 танків, 17 артилерійських систем і 96 безпілотників, повідомив "
     "Генеральний штаб ЗСУ. Найзапекліші бої тривали на Покровському напрямку, де ворог 46 разів намагався прорвати "
     "оборону.\n\nДовідка:\n— за даними Генштабу, станом на 12 грудня 2025 року загальні втрати рф становлять "
     "близько 1 187 300 військових і 11 402 танки;\n— станом на 1 грудня Генштаб оцінював втрати ворога в 1 162 450 "
     "осіб;\n— за підрахунками Моніторингової місії ООН, станом на 30 листопада внаслідок війни загинули щонайменше "
     "14 700 мирних жителів України.",
     "2025-12-12",
     {"russia artillery losses 17 exact period/1 ua_general_staff 2025-12-11",
      "russia drones losses 96 exact period/1 ua_general_staff 2025-12-11",
      "russia personnel losses 1.16245e+06 exact cumulative ua_general_staff 2025-12-01",
      "russia personnel losses 1.1873e+06 approx cumulative ua_general_staff 2025-12-12",
      "russia personnel losses 1140 exact period/1 ua_general_staff 2025-12-11",
      "russia tanks losses 11402 exact cumulative ua_general_staff 2025-12-12",
      "russia tanks losses 5 exact period/1 ua_general_staff 2025-12-11",
      "ukraine civilians killed 14700 at_least cumulative un 2025-11-30"},
     id="t0"),
    # a chronicle of one day under a title naming it ('хроніка 9 грудня': the day of every entry, not of
    # publication), the regional military administration its source throughout; each entry one strike (a period);
    # those named one by one ('загинув 57-річний водій', 'загинула жінка') are no count, nor houses, shellings
    # and shells; the day's total ('за добу', its wounded told with the noun fronted: 'поранень дістали 11')
    pytest.param(
     "Один день Херсонщини: хроніка 9 грудня\n\nРедакція відновила перебіг вівторка в області за повідомленнями "
     "Херсонської обласної військової адміністрації.\n\n06:40 — ворожий дрон атакував автомобіль у Білозерці: "
     "загинув 57-річний водій, ще двоє пасажирів поранені.\n08:15 — обстріл Корабельного району Херсона, поранено 3 "
     "людей, серед них 14-річний хлопець.\nБлизько полудня — удар КАБами по Станіславу: зруйновано 4 будинки, люди "
     "не постраждали.\n15:30 — артилерійський обстріл Дніпровського району: загинула жінка, поранено ще 5 "
     "мешканців.\n21:05 — скидання вибухівки з дрона на Антонівку, травмовано чоловіка.\n\nЗагалом за добу в області "
     "загинули 2 людини, поранень дістали 11, повідомив начальник ОВА. Ворог здійснив 412 обстрілів, випустивши 2 "
     "380 снарядів.",
     "2025-12-10",
     {"ukraine civilians killed 2 exact period/1 ua_officials 2025-12-09",
      "ukraine civilians wounded 11 exact period/1 ua_officials 2025-12-09",
      "ukraine civilians wounded 2 exact period ua_officials 2025-12-09",
      "ukraine civilians wounded 3 exact period ua_officials 2025-12-09",
      "ukraine civilians wounded 5 exact period ua_officials 2025-12-09"},
     id="t1"),
    # a fact-check: the post's figure ('нібито': hedged; its authors cite the General Staff), the General Staff's
    # week from 1 to 7 December and a spokesman's sector in the same sentence (each its own source); the ratio
    # ('у сім разів') and the views are no count
    pytest.param(
     "Фактчек: чи справді за тиждень на Запорізькому напрямку загинули 9 тисяч окупантів\n\nУ телеграм-каналах "
     "поширюється допис, нібито за останній тиждень на Запорізькому напрямку ЗСУ знищили 9 тисяч російських "
     "військових. Автори посилаються на «джерела в Генштабі», але жодного документа не наводять.\n\nМи перевірили. "
     "За даними щоденних зведень Генерального штабу ЗСУ, з 1 по 7 грудня ворог втратив на всьому фронті 7 460 "
     "військових, а на Запорізькому напрямку, за словами речника Сил оборони півдня Владислава Ткачука, — близько 1 "
     "300 військових.\n\nОтже, цифра з допису завищена приблизно в сім разів. Вердикт: неправда. Схожий фейк у "
     "жовтні набрав понад 400 тисяч переглядів.",
     "2025-12-08",
     {"russia personnel killed 9000 exact period/7 ua_general_staff 2025-12-08 hedged",
      "russia personnel losses 1300 approx period/7@2025-12-01 ua_officials 2025-12-07",
      "russia personnel losses 7460 exact period/7@2025-12-01 ua_general_staff 2025-12-07"},
     id="t2"),
    # a session's transcript: the speaker's label ('МІНІСТР ОБОРОНИ.') is the source of his paragraph; a deputy
    # citing a regional administration (Ukraine's officials), the year so far; the bill's number, the district's,
    # the vote's tally ('«За» — 268') and the date are no count
    pytest.param(
     "Стенограма пленарного засідання Верховної Ради України, 10 грудня 2025 року\n\nГОЛОВУЮЧИЙ. Переходимо до "
     "розгляду проекту постанови № 14237. Слово для інформації надається Міністру оборони.\n\nМІНІСТР ОБОРОНИ. "
     "Шановні народні депутати! Від початку повномасштабного вторгнення Сили оборони знищили понад 11 400 російських "
     "танків і близько 34 900 артилерійських систем. Тільки в листопаді противник втратив 32 870 військових — це "
     "рекордний місяць.\n\nГОЛОС ІЗ ЗАЛУ. А наші втрати?\n\nМІНІСТР ОБОРОНИ. Ці дані становлять державну "
     "таємницю.\n\nГОЛОВУЮЧИЙ. Слово надається народному депутату Петренку, фракція «Слуга народу», виборчий округ № "
     "187.\n\nПЕТРЕНКО О.В. Дякую. За даними Сумської обласної адміністрації, в моєму окрузі з початку року загинули "
     "64 цивільні мешканці, ще 211 поранено.\n\nГОЛОВУЮЧИЙ. Ставлю на голосування. Прошу голосувати. «За» — 268. "
     "Рішення прийнято.",
     "2025-12-10",
     {"russia artillery destroyed 34900 approx cumulative ua_mod 2025-12-10",
      "russia personnel losses 32870 exact period/30@2025-11-01 ua_mod 2025-11-30",
      "russia tanks destroyed 11400 at_least cumulative ua_mod 2025-12-10",
      "ukraine civilians killed 64 exact period@2025-01-01 ua_officials 2025-12-10",
      "ukraine civilians wounded 211 exact period@2025-01-01 ua_officials 2025-12-10"},
     id="t3"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a vote's tally after a dash ('«За» — 301', 'проти — 0') counts votes, no loss
    ("За даними ОВА, за добу в області загинули 3 людини.\n\nГОЛОВУЮЧИЙ. Прошу голосувати. «За» — 301, «проти» — 12, "
     "«утрималися» — 7.",
     {"ukraine civilians killed 3 exact period/1 ua_officials 2025-12-12"}),
    ("Підсумки голосування: за — 244, проти — 0. Від початку року на Харківщині загинули 96 цивільних.",
     {"ukraine civilians killed 96 exact period@2025-01-01 None 2025-12-12"}),
])
def test_a_vote_tally_is_no_count(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a speaker's label opening a paragraph of a transcript says the rest of it; a next speaker whom no source's
    # words name ('ГОЛОВУЮЧИЙ.') is no longer the one before
    ("МІНІСТР ОБОРОНИ. Шановні колеги! За листопад ворог втратив 30 500 військових. Знищено 290 танків.",
     {"russia personnel losses 30500 exact period/30@2025-11-01 ua_mod 2025-11-30",
      "russia tanks destroyed 290 exact period/30@2025-11-01 ua_mod 2025-11-30"}),
    ("ГОЛОВНОКОМАНДУВАЧ. Доповідаю. З початку року противник втратив понад 390 тисяч військових.\n\nГОЛОВУЮЧИЙ. "
     "Дякую. Від початку вторгнення в області загинули 112 дітей.",
     {"russia personnel losses 390000 at_least period@2025-01-01 ua_officials 2025-12-12",
      "ukraine civilians killed 112 exact cumulative None 2025-12-12"}),
])
def test_a_speaker_label_is_the_source_of_the_paragraph(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a region's or district's administration ('обласна / районна адміністрація') is the officials of the state
    # of the place named
    ("За даними Сумської обласної адміністрації, з початку року в області загинули 64 цивільні мешканці.",
     {"ukraine civilians killed 64 exact period@2025-01-01 ua_officials 2025-12-12"}),
    ("У Харківській районній адміністрації повідомили, що за добу поранено 7 людей.",
     {"ukraine people wounded 7 exact period/1 ua_officials 2025-12-12"}),
    ("В адміністрації Сумської області повідомили, що за добу поранено 5 мешканців.",
     {"ukraine civilians wounded 5 exact period/1 ua_officials 2025-12-12"}),
])
def test_a_regions_administration_is_its_officials(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the wounded told with the noun fronted before its verb, a bare figure closing the clause ('поранень
    # дістали 11', 'травми отримали ще 4')
    ("Загалом за добу на Херсонщині загинули 2 людини, поранень дістали 11, повідомив начальник ОВА.",
     {"ukraine civilians killed 2 exact period/1 ua_officials 2025-12-12",
      "ukraine civilians wounded 11 exact period/1 ua_officials 2025-12-12"}),
    ("Унаслідок удару по Запоріжжю загинула одна людина, травми отримали ще 4 мешканці.",
     {"ukraine civilians killed 1 exact period None 2025-12-12",
      "ukraine civilians wounded 4 exact period None 2025-12-12"}),
])
def test_the_wounded_noun_fronted_before_a_bare_figure(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a source named past a figure with a figure of its own after it ('..., а на напрямку, за словами речника, —
    # 1 300') says that one; the figure before keeps the source named before it
    ("За даними Генштабу ЗСУ, з 1 по 7 грудня ворог втратив на всьому фронті 7 460 військових, а на Запорізькому "
     "напрямку, за словами речника Сил оборони півдня, — близько 1 300 військових.",
     {"russia personnel losses 1300 approx period/7@2025-12-01 ua_officials 2025-12-07",
      "russia personnel losses 7460 exact period/7@2025-12-01 ua_general_staff 2025-12-07"}),
    ("За даними Генштабу, з 24 по 30 листопада окупанти втратили 8 100 військових, з них на Покровському напрямку, "
     "як повідомили в угрупованні військ, — понад 2 000.",
     {"russia personnel losses 2000 at_least period/7@2025-11-24 ua_officials 2025-11-30",
      "russia personnel losses 8100 exact period/7@2025-11-24 ua_general_staff 2025-11-30"}),
])
def test_a_second_source_with_its_own_figure_keeps_the_first(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 'цифра у 9 тисяч', 'цифра 1 150': a figure the text told, named as a figure again, is that claim
    ("У мережі поширюють допис, що за тиждень під Покровськом загинули 9 тисяч російських військових. Цифра у 9 "
     "тисяч не підтверджується жодним документом.",
     {"russia personnel killed 9000 exact period/7 None 2025-12-12"}),
    ("Генштаб повідомив, що за добу ворог втратив 1 150 військових. Цифра 1 150 — найбільша за місяць.",
     {"russia personnel losses 1150 exact period/1 ua_general_staff 2025-12-12"}),
])
def test_a_figure_named_as_a_figure_again_is_the_same_claim(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a toll opening the sentence after one that tells a strike on a named day, of no figure, is of that day
    ("Увечері 11 грудня дрони атакували Шостку. Загинули 2 людини, ще 7 поранені.",
     {"ukraine civilians killed 2 exact period None 2025-12-11",
      "ukraine civilians wounded 7 exact period None 2025-12-11"}),
    ("У ніч на 9 грудня росіяни обстріляли Нікополь з артилерії. Поранено 4 мешканців.",
     {"ukraine civilians wounded 4 exact period None 2025-12-09"}),
])
def test_a_toll_after_a_dated_strike_is_of_its_day(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a chronicle's title naming a day ('Хроніка 6 грудня', 'хронологія 30 листопада'): its entries and total
    # with no date of their own are of that day
    ("Хроніка 6 грудня на Харківщині\n\n07:10 — удар по Куп'янську, поранено 2 людей.\n14:00 — обстріл Ізюма, "
     "поранено ще 3 мешканців.\n\nЗагалом за добу поранені 5 людей.",
     {"ukraine civilians wounded 2 exact period None 2025-12-06",
      "ukraine civilians wounded 3 exact period None 2025-12-06",
      "ukraine civilians wounded 5 exact period/1 None 2025-12-06"}),
    ("Дніпропетровщина: хронологія 30 листопада\n\nЗранку ворог атакував Нікополь: поранено 6 людей. Увечері під "
     "ударом був Марганець, загинули 2 людини.",
     {"ukraine civilians killed 2 exact period None 2025-11-30",
      "ukraine civilians wounded 6 exact period None 2025-11-30"}),
])
def test_a_chronicles_title_names_the_day_of_its_entries(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 'Джерелом називають експерта X', 'Автори посилаються на експерта X': who the text says the figure
    # before came from (an expert: other)
    ("У мережі поширюють допис, що за тиждень під Покровськом загинули 5 тисяч російських військових. Джерелом "
     "називають військового експерта Андрія Гнатюка.",
     {"russia personnel killed 5000 exact period/7 other 2025-12-12"}),
    ("У пабліках пишуть, що за добу ЗСУ знищили 40 російських танків. Автори посилаються на експерта Олега Жданова.",
     {"russia tanks destroyed 40 exact period/1 other 2025-12-12"}),
])
def test_the_source_a_post_is_said_to_cite(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a fact-check's source that does not confirm or refutes the figure before ('не підтверджується даними
    # Генштабу', 'Генштаб спростовує') is not its source
    ("У мережі поширюють допис, що за тиждень ЗСУ знищили 9 тисяч російських військових. Ця цифра не підтверджується "
     "даними Генштабу.",
     {"russia personnel killed 9000 exact period/7 None 2025-12-12"}),
    ("У пабліках пишуть, що за добу під Бахмутом загинули 3 тисячі окупантів. Генштаб ЗСУ спростовує ці дані.",
     {"russia personnel killed 3000 exact period/1 None 2025-12-12"}),
])
def test_a_source_refuting_the_figure_is_not_its_source(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-12") == expected


@pytest.mark.xfail(strict=True, reason=(
    "not read: a foreign government's administration by its leader's name ('Адміністрація Байдена'): 'адміністрація' "
    "is read as a local body of the state of a place named, and a person's name is no place; a table of leaders' "
    "names would be memorising, so left for a reader of 'адміністрація' + a person's name in the genitive"))
def test_a_foreign_administration_by_its_leaders_name() -> None:
    text = "Адміністрація Байдена повідомила, що з початку війни загинули 70 тисяч українських військових."
    assert described(text, "2025-12-12") == {
        "ukraine personnel killed 70000 exact cumulative us_officials 2025-12-12"}
