"""Russian whole texts, round 33 (written for these tests) in styles the first thirty-two rounds lack: a governor's
news item on a night's drone attack ending in a factbox ("Справка:") that restates running totals with their own dates
(the regional staff's dead and wounded since the start of the operation, the ministry's drones destroyed; homes and
cars are no count), a chronicle of one day in a border region hour by hour ("07:20 —", "Около полудня —") under a title
naming the day, each entry its own strike and toll, and the day's total (people named one by one, an age, houses and
the shells fired are no count), a fact-check of a figure circulating in pro-government channels ("Источником называют
«военного эксперта»": other) against the ministry's count for three months (the ratio and the views are no count;
its "цифра в 40 тысяч" is the same claim again), and a transcript of a State Duma session with the defence minister's
figures under a speaker's label ("Министр обороны."), a deputy citing the governor, and the agenda item, the bill's
number, the time limit and the vote's tally as decoys. Each case lists every claim the spec asks of the text, written
as "side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]", before
the extractor was run. Then the fixes of this round, read in wordings of their own (in Ukrainian in
tests/languages/uk/test_uk_unseen_round33.py).
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # the governor on an attack on the evening of 11 December (the toll in the sentence after: that day), the children
    # among the wounded; the ministry's drones downed 'В ночь на 12 декабря'; a factbox restating the regional staff's
    # running count on 1 December and the ministry's drones on 30 November; homes and cars are no count
    pytest.param(
     "Гладышев: при атаке беспилотников на Шебекино погибли двое мирных жителей\n\nВечером 11 декабря украинские "
     "беспилотники атаковали Шебекино, сообщил губернатор Белгородской области Артем Гладышев. Погибли два человека, "
     "еще семеро ранены, среди них двое детей. Повреждены 14 частных домов и 6 автомобилей.\n\nВ ночь на 12 декабря, "
     "по данным Минобороны России, над областью сбиты 23 беспилотника.\n\nСправка:\nС начала специальной военной "
     "операции, по данным регионального оперштаба на 1 декабря 2025 года, в Белгородской области погибли 284 мирных "
     "жителя, ранены более 1 300 человек. По состоянию на 30 ноября Минобороны России сообщало об уничтожении в "
     "общей сложности 98 400 украинских беспилотников.",
     "2025-12-12",
     {"russia civilians killed 2 exact period ru_officials 2025-12-11",
      "russia civilians killed 284 exact cumulative ru_officials 2025-12-01",
      "russia civilians wounded 1300 at_least cumulative ru_officials 2025-12-01",
      "russia civilians wounded 2 exact period ru_officials 2025-12-11",
      "russia civilians wounded 7 exact period ru_officials 2025-12-11",
      "ukraine drones destroyed 23 exact period ru_mod 2025-12-12",
      "ukraine drones destroyed 98400 exact cumulative ru_mod 2025-11-30"},
     id="t0"),
    # a chronicle of one day under a title naming it ('хроника 10 декабря': the day of every entry, not of
    # publication), the governor its source throughout; each entry one strike (a period); those named one by one
    # ('погиб мужчина', 'погибла пенсионерка') are no count, nor the girl's age, houses and the shells fired; the
    # drones downed by air defence are Ukraine's; the day's total ('за сутки')
    pytest.param(
     "Курская область: хроника 10 декабря\n\nРассказываем, как прошла среда в приграничье, по сообщениям губернатора "
     "Курской области Александра Ветрова.\n\n07:20 — дрон ВСУ атаковал грузовик на трассе под Рыльском, ранены двое "
     "мужчин.\n09:45 — обстрел Глушкова из РСЗО: погиб мужчина, повреждены 3 дома и линия электропередачи.\nОколо "
     "полудня — атака FPV-дрона на автобус в Судже, пострадали 5 пассажиров, в том числе 12-летняя девочка.\n16:10 — "
     "удар по Теткино, погибла пенсионерка.\n22:30 — ПВО сбила над Курчатовом 6 беспилотников.\n\nВсего за сутки в "
     "области погибли два человека, ранены семь. Противник выпустил по приграничью более 150 боеприпасов.",
     "2025-12-11",
     {"russia civilians killed 2 exact period/1 ru_officials 2025-12-10",
      "russia civilians wounded 2 exact period ru_officials 2025-12-10",
      "russia civilians wounded 5 exact period ru_officials 2025-12-10",
      "russia civilians wounded 7 exact period/1 ru_officials 2025-12-10",
      "ukraine drones destroyed 6 exact period ru_officials 2025-12-10"},
     id="t1"),
    # a fact-check: the channels' figure and the expert named as its source (other) 'с начала осени' (a period from
    # 1 September); the ministry's count 'за сентябрь — ноябрь' (the three months); the conclusion's 'цифра в 40
    # тысяч' is the same claim again, not the ministry's; the ratio and the views are no count
    pytest.param(
     "Проверка фактов: потеряла ли Украина 40 тысяч солдат под Купянском\n\nВ провластных телеграм-каналах "
     "распространяется утверждение, что с начала осени под Купянском ВСУ потеряли убитыми 40 тысяч человек. "
     "Источником называют «военного эксперта» Игоря Селезнева.\n\nМы сравнили эту цифру с официальными данными. "
     "Минобороны России в своих ежедневных сводках за сентябрь — ноябрь сообщало о потерях ВСУ на купянском "
     "направлении в общей сложности около 14 500 военнослужащих убитыми и ранеными. Отдельной статистики убитых "
     "ведомство не публикует.\n\nВывод: цифра в 40 тысяч убитых не подтверждается даже российскими официальными "
     "данными и завышена как минимум втрое. Пост набрал более 600 тысяч просмотров.",
     "2025-12-05",
     {"ukraine personnel killed 40000 exact period@2025-09-01 other 2025-12-05",
      "ukraine personnel losses 14500 approx period/91@2025-09-01 ru_mod 2025-11-30"},
     id="t2"),
    # a session's transcript: the speaker's label ('Министр обороны.') is the source of his paragraph; a deputy
    # citing the governor (Russia's officials), the year so far; the agenda item, the bill's number, the time limit
    # and the vote's tally ('«за» — 402, «против» — 0') are no count
    pytest.param(
     "Стенограмма пленарного заседания Государственной Думы, 9 декабря 2025 года\n\nПредседательствующий. Коллеги, "
     "переходим к пункту 14 повестки: законопроект № 1047521-8. Слово министру обороны.\n\nМинистр обороны. "
     "Уважаемые депутаты! С начала специальной военной операции уничтожено более 640 самолетов противника и свыше 27 "
     "тысяч танков и других боевых бронированных машин. Только за ноябрь противник потерял около 38 тысяч "
     "военнослужащих.\n\nГолос с места. А какие потери у нас?\n\nПредседательствующий. Коллеги, не с места! "
     "Регламент — три минуты.\n\nКравцова Т. А., фракция КПРФ. По данным губернатора, с начала года в Брянской "
     "области погибли 19 мирных жителей, еще 96 получили ранения. Прошу включить это в "
     "постановление.\n\nПредседательствующий. Ставлю на голосование. Результаты: «за» — 402, «против» — 0. "
     "Законопроект принят в первом чтении.",
     "2025-12-09",
     {"russia civilians killed 19 exact period@2025-01-01 ru_officials 2025-12-09",
      "russia civilians wounded 96 exact period@2025-01-01 ru_officials 2025-12-09",
      "ukraine aircraft destroyed 640 at_least cumulative ru_mod 2025-12-09",
      "ukraine armoured_vehicles destroyed 27000 at_least cumulative ru_mod 2025-12-09",
      "ukraine personnel losses 38000 approx period/30@2025-11-01 ru_mod 2025-11-30"},
     id="t3"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a vote's tally after a dash ('«За» — 398', 'против — 0') counts votes, no loss
    ("По данным губернатора, за сутки в Курской области ранены 4 мирных жителя.\n\nПредседательствующий. Голосуем. "
     "«За» — 398, «против» — 2, «воздержались» — 1.",
     {"russia civilians wounded 4 exact period/1 ru_officials 2025-12-12"}),
    ("Итоги голосования: за — 411, против — 0. С начала года в Белгородской области погибли 37 мирных жителей.",
     {"russia civilians killed 37 exact period@2025-01-01 None 2025-12-12"}),
])
def test_a_vote_tally_is_no_count(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a speaker's label opening a paragraph of a transcript says the rest of it; a next speaker whom no source's
    # words name ('ПЕТРОВ И. С.') is no longer the one before
    ("Министр обороны. Уважаемые депутаты! За ноябрь противник потерял 36 тысяч военнослужащих. Уничтожено 310 "
     "танков.",
     {"ukraine personnel losses 36000 exact period/30@2025-11-01 ru_mod 2025-11-30",
      "ukraine tanks destroyed 310 exact period/30@2025-11-01 ru_mod 2025-11-30"}),
    ("Министр обороны. Докладываю. С начала года ВСУ потеряли более 400 тысяч военнослужащих.\n\nПЕТРОВ И. С. "
     "Спасибо. С начала года в Брянской области погибли 21 мирный житель.",
     {"russia civilians killed 21 exact period@2025-01-01 None 2025-12-12",
      "ukraine personnel losses 400000 at_least period@2025-01-01 ru_mod 2025-12-12"}),
])
def test_a_speaker_label_is_the_source_of_the_paragraph(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a region's administration ('областная администрация') is the officials of the state of the place named
    ("По данным Брянской областной администрации, с начала года в области погибли 19 мирных жителей.",
     {"russia civilians killed 19 exact period@2025-01-01 ru_officials 2025-12-12"}),
    ("В Курской областной администрации сообщили, что за сутки ранены четыре мирных жителя.",
     {"russia civilians wounded 4 exact period/1 ru_officials 2025-12-12"}),
    ("В администрации Белгородской области сообщили, что с начала года погибли 37 мирных жителей.",
     {"russia civilians killed 37 exact period@2025-01-01 ru_officials 2025-12-12"}),
])
def test_a_regions_administration_is_its_officials(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the wounded told with the noun fronted before its verb, a bare figure closing the clause ('ранения получили
    # 11', 'ранения получили еще девять')
    ("Всего за сутки в Белгородской области погибли два человека, ранения получили 11, сообщил губернатор.",
     {"russia civilians killed 2 exact period/1 ru_officials 2025-12-12",
      "russia civilians wounded 11 exact period/1 ru_officials 2025-12-12"}),
    ("При обстреле Валуек погиб один человек, ранения получили еще девять жителей, сообщил губернатор.",
     {"russia civilians killed 1 exact period ru_officials 2025-12-12",
      "russia civilians wounded 9 exact period ru_officials 2025-12-12"}),
])
def test_the_wounded_noun_fronted_before_a_bare_figure(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a source named past a figure with a figure of its own after it ('..., а на направлении, по словам
    # губернатора, — около 900') says that one; the figure before keeps the source named before it
    ("По данным Генштаба ВСУ, с 1 по 7 декабря российская армия потеряла на всем фронте 7 460 военных, а на "
     "запорожском направлении, по словам представителя Сил обороны юга, — около 1 300.",
     {"russia personnel losses 1300 approx period/7@2025-12-01 ua_officials 2025-12-07",
      "russia personnel losses 7460 exact period/7@2025-12-01 ua_general_staff 2025-12-07"}),
    ("По данным Минобороны России, с 1 по 7 декабря ВСУ потеряли на всем фронте 9 800 военнослужащих, а на купянском "
     "направлении, по словам губернатора, — около 900.",
     {"ukraine personnel losses 900 approx period/7@2025-12-01 ru_officials 2025-12-07",
      "ukraine personnel losses 9800 exact period/7@2025-12-01 ru_mod 2025-12-07"}),
])
def test_a_second_source_with_its_own_figure_keeps_the_first(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 'цифра в 40 тысяч', 'цифра 1 350': a figure the text told, named as a figure again, is that claim (not one
    # of the source the sentence names)
    ("В телеграм-каналах утверждают, что за неделю под Купянском ВСУ потеряли убитыми 40 тысяч человек. Вывод: цифра "
     "в 40 тысяч убитых не подтверждается даже российскими официальными данными.",
     {"ukraine personnel killed 40000 exact period/7 None 2025-12-12"}),
    ("Минобороны России сообщило, что за сутки ВСУ потеряли 1 350 военнослужащих. Цифра 1 350 — максимальная за "
     "месяц по данным ведомства.",
     {"ukraine personnel losses 1350 exact period/1 ru_mod 2025-12-12"}),
])
def test_a_figure_named_as_a_figure_again_is_the_same_claim(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a toll opening the sentence after one that tells a strike on a named day, of no figure, is of that day
    ("Вечером 11 декабря беспилотники атаковали Шебекино. Погибли два человека, еще семеро ранены.",
     {"russia civilians killed 2 exact period None 2025-12-11",
      "russia civilians wounded 7 exact period None 2025-12-11"}),
    ("Утром 8 декабря ВСУ обстреляли Белгород. Ранены трое мирных жителей, сообщил губернатор.",
     {"russia civilians wounded 3 exact period ru_officials 2025-12-08"}),
])
def test_a_toll_after_a_dated_strike_is_of_its_day(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a chronicle's title naming a day ('Хроника 6 декабря', 'хронология 30 ноября'): its entries and total with no
    # date of their own are of that day
    ("Хроника 6 декабря в Белгородской области\n\n07:10 — удар по Шебекино, ранены 2 человека.\n14:00 — обстрел "
     "Грайворона, ранены еще 3 жителя.\n\nВсего за сутки ранены 5 человек.",
     {"russia civilians wounded 2 exact period None 2025-12-06",
      "russia civilians wounded 3 exact period None 2025-12-06",
      "russia civilians wounded 5 exact period/1 None 2025-12-06"}),
    ("Курская область: хронология 30 ноября\n\nУтром ВСУ атаковали Рыльск: ранены 6 человек. Вечером под ударом был "
     "Глушково, погибли 2 человека.",
     {"russia civilians killed 2 exact period None 2025-11-30",
      "russia civilians wounded 6 exact period None 2025-11-30"}),
])
def test_a_chronicles_title_names_the_day_of_its_entries(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 'Источником называют эксперта X', 'Авторы ссылаются на эксперта X': who the text says the figure before
    # came from (an expert: other)
    ("В телеграм-каналах распространяется утверждение, что с начала осени под Купянском ВСУ потеряли убитыми 40 "
     "тысяч человек. Источником называют «военного эксперта» Игоря Селезнева.",
     {"ukraine personnel killed 40000 exact period@2025-09-01 other 2025-12-12"}),
    ("В пабликах пишут, что за сутки под Покровском уничтожены 30 российских танков. Авторы ссылаются на военного "
     "эксперта Андрея Гнатюка.",
     {"russia tanks destroyed 30 exact period/1 other 2025-12-12"}),
])
def test_the_source_a_post_is_said_to_cite(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a fact-check's source that does not confirm or refutes the figure before ('не подтверждается данными
    # Минобороны', 'Минобороны опровергает') is not its source
    ("В телеграм-каналах утверждают, что за неделю ВСУ потеряли 40 тысяч военных. Эта цифра не подтверждается "
     "данными Минобороны России.",
     {"ukraine personnel losses 40000 exact period/7 None 2025-12-12"}),
    ("В пабликах пишут, что за сутки под Курском погибли 2 тысячи военных ВСУ. Минобороны России опровергает эти "
     "данные.",
     {"ukraine personnel killed 2000 exact period/1 None 2025-12-12"}),
])
def test_a_source_refuting_the_figure_is_not_its_source(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-12") == expected


@pytest.mark.xfail(strict=True, reason=(
    "not read: a foreign government's administration by its leader's name ('В администрации Трампа'): "
    "'администрация' is read as a local body of the state of a place named, and a person's name is no place; a "
    "table of leaders' names would be memorising, so left for a reader of 'администрация' + a person's name"))
def test_a_foreign_administration_by_its_leaders_name() -> None:
    text = "В администрации Трампа заявили, что за неделю погибли 7 тысяч российских военных."
    assert described(text, "2025-12-12") == {
        "russia personnel killed 7000 exact period/7 us_officials 2025-12-12"}
