"""Russian whole texts, round 35 (written for these tests) in styles the first thirty-four rounds lack: a TV talk show's
transcript with the host's and the guest's lines under labels ("Ведущий:", "Гость:"; a military commentator retelling
the defence ministry's week and a border governor's count "с начала осени"; the ratio he gives, the SMS number and
the channel are no count), a diocese's press notice of parishioners killed in the special military operation told by
its secretary (the count since its start, the missing, those of one month; the churches, the money, the lorries of
aid and the year the diocese was founded are no count), a governor's weekly Telegram post with emoji lines and
hashtags under a heading dating the week ("Итоги недели (23–29 ноября)": the dead, a child among them, the wounded,
children and those still in hospital among them, the drones destroyed; the shellings, the munitions and drones
launched, the houses and cars are no count), a municipal assembly's minutes ("СЛУШАЛИ:", "ВЫСТУПИЛИ:", "РЕШИЛИ:"; the
district's head on its residents killed and missing in the fighting since the operation began, a deputy citing the
hospital "с начала осени"; those present, the families given a status and the vote's tally are no count), a charity's
monthly report (the wounded civilians it brought to hospitals, its volunteers wounded in one shelling; its driver
killed is one person identified, no count; those evacuated, the children and the money are no count), a fact-check
weighing a post's figure told as alleged ("будто") and its source named after it against the Ukrainian General
Staff's month and Oryx's (the ratio and the views are no count). Each case lists every claim the spec asks of the
text, written as "side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of
[hedged]", the first four before the extractor was run (the last two after the fixes, as a check of them).
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a talk show's transcript: the guest (a commentator) retelling the defence ministry's week (its source) and a
    # border governor (a Russian region's: ru_officials) since autumn began; the ratio, the SMS number and the
    # channel are no count
    pytest.param(
     "Ток-шоу «Время решать» (телеканал «Звезда-Регион»), эфир 29 ноября. Стенограмма фрагмента.\n\nВедущий: "
     "Добрый вечер. В студии военный обозреватель Павел Рябинин. Павел Сергеевич, Минобороны подвело итоги недели. "
     "Что в них главное?\n\nГость: По данным Минобороны, за прошедшую неделю ВСУ потеряли свыше 8 900 "
     "военнослужащих, 12 танков и 31 орудие полевой артиллерии. За ту же неделю средствами ПВО сбиты 1 415 "
     "беспилотников.\n\nВедущий: А что с нашими потерями?\n\nГость: Министерство их не раскрывает. По моей оценке, "
     "соотношение примерно один к семи в нашу пользу.\n\nВедущий: Телезрители спрашивают про приграничье. Напомню "
     "номер для SMS-вопросов: 4 424.\n\nГость: Губернатор Курской области на этой неделе сообщил, что с начала осени "
     "в приграничных районах погибли 11 мирных жителей, еще 46 получили ранения.",
     "2026-11-29",
     {"ukraine personnel losses 8900 at_least period/7 ru_mod 2026-11-29",
      "ukraine tanks losses 12 exact period/7 ru_mod 2026-11-29",
      "ukraine artillery losses 31 exact period/7 ru_mod 2026-11-29",
      "ukraine drones destroyed 1415 exact period/7 ru_mod 2026-11-29",
      "russia civilians killed 11 exact period@2026-09-01 ru_officials 2026-11-29",
      "russia civilians wounded 46 exact period@2026-09-01 ru_officials 2026-11-29"},
     id="t0"),
    # a diocese's press notice: its secretary (a named source of no state body's: other) on parishioners killed in
    # the special military operation since its start, the missing, those of November; the day of the services, the
    # churches, the money, the lorries and the year are no count
    pytest.param(
     "Сосновская епархия Русской православной церкви. Сообщение пресс-службы\n\nВ субботу, 5 декабря, во всех 47 "
     "храмах епархии будут совершены панихиды по воинам, погибшим в ходе специальной военной операции. Как сообщил "
     "секретарь епархии протоиерей Андрей Лыков, с начала СВО погибли 93 прихожанина храмов епархии, еще 12 числятся "
     "пропавшими без вести. Только за ноябрь погибли пятеро прихожан, ушедших на фронт добровольцами.\n\nВ рамках "
     "епархиальной акции «Тепло для фронта» собрано 640 тысяч рублей и отправлены 2 грузовика помощи. Епархия "
     "основана в 1995 году.",
     "2026-12-03",
     {"russia personnel killed 93 exact cumulative other 2026-12-03",
      "russia personnel missing 12 exact cumulative other 2026-12-03",
      "russia personnel killed 5 exact period/30@2026-11-01 other 2026-11-30"},
     id="t1"),
    # a governor's weekly Telegram post signed at its head (a Russian region's governor: ru_officials) with emoji lines
    # and hashtags under a heading dating the week: the dead and the child among them, the wounded, the children and
    # those still in hospital among them, the drones destroyed; the shellings, the munitions and drones launched, the
    # houses and cars are no count
    pytest.param(
     "Андрей Ковригин | Губернатор Брянской области\n\n📊 Итоги недели (23–29 ноября)\n\nЗа неделю ВСУ 287 раз "
     "обстреляли приграничные районы области, выпустив свыше 1 100 боеприпасов и 640 дронов.\n🔴 Погибли 3 мирных "
     "жителя, в том числе один ребенок.\n🟠 Ранения получили 24 человека, из них 4 детей. 9 пострадавших остаются в "
     "больнице.\n🏚 Повреждены 96 частных домов и 31 автомобиль.\n🛡 Дежурными средствами ПВО над областью уничтожены "
     "512 беспилотников.\n\nВечная память погибшим. #Брянскаяобласть #итогинедели #безопасность",
     "2026-11-30",
     {"russia civilians killed 3 exact period/7@2026-11-23 ru_officials 2026-11-29",
      "russia civilians killed 1 exact period/7@2026-11-23 ru_officials 2026-11-29",
      "russia civilians wounded 24 exact period/7@2026-11-23 ru_officials 2026-11-29",
      "russia civilians wounded 4 exact period/7@2026-11-23 ru_officials 2026-11-29",
      "russia civilians wounded 9 exact period/7@2026-11-23 ru_officials 2026-11-29",
      "ukraine drones destroyed 512 exact period/7@2026-11-23 ru_officials 2026-11-29"},
     id="t2"),
    # a municipal assembly's minutes: the district's head (a Russian official: ru_officials) on its residents killed
    # and missing in the fighting since the operation began, a deputy citing the district hospital (other) since
    # autumn began; those present, the families given a status and the vote's tally are no count
    pytest.param(
     "ПРОТОКОЛ № 18\nзаседания Собрания депутатов Краснояружского муниципального округа\nот 1 декабря 2026 года\n\n"
     "Присутствовали: 14 депутатов из 15.\n\nСЛУШАЛИ: информацию главы округа Сергея Пантелеева о поддержке семей "
     "участников СВО.\nДокладчик сообщил, что с начала специальной военной операции погибли 37 жителей округа, "
     "принимавших участие в боевых действиях, еще 6 числятся пропавшими без вести. С начала года статус члена семьи "
     "погибшего получили 58 человек.\nВЫСТУПИЛИ: депутат Ольга Мартынова, которая сообщила, что, по данным окружной "
     "больницы, с начала осени после обстрелов в нее поступили 19 раненых мирных жителей.\nРЕШИЛИ: информацию "
     "принять к сведению.\nГолосовали: «за» — 14, «против» — 0, «воздержались» — 0.",
     "2026-12-01",
     {"russia personnel killed 37 exact cumulative ru_officials 2026-12-01",
      "russia personnel missing 6 exact cumulative ru_officials 2026-12-01",
      "russia civilians wounded 19 exact period@2026-09-01 other 2026-12-01"},
     id="t3"),
    # a charity's monthly report signed by its team (a named source of no state body's: other): the wounded civilians
    # it brought to hospitals in October, its volunteers wounded in one shelling on a stated day (its driver killed is
    # one person identified, no count); those evacuated, the children and the money are no count
    pytest.param(
     "Отчет благотворительного фонда «Надежный тыл» за октябрь 2026 года\n\nВ течение октября наши волонтеры вывезли "
     "из приграничных сел Белгородской области 214 человек, в том числе 38 детей. Еще 16 раненых мирных жителей "
     "экипажи фонда доставили в больницы Белгорода.\n\nК сожалению, 12 октября при обстреле Шебекино погиб наш "
     "водитель, еще двое волонтеров получили ранения.\n\nС начала работы в 2023 году фонд вывез более 3 тысяч "
     "человек. За месяц собрано 1,9 млн рублей. Спасибо всем, кто помогает!\n\nКоманда фонда «Надежный тыл»",
     "2026-11-02",
     {"russia civilians wounded 16 exact period/31@2026-10-01 other 2026-10-31",
      "russia civilians wounded 2 exact period other 2026-10-12"},
     id="t4"),
    # a fact-check weighing a post's figure ("будто": hedged; its source named after it, a military blogger: other)
    # against the Ukrainian General Staff's month and Oryx's for the other side; the ratio and the views are no count
    pytest.param(
     "Фактчек: сколько танков потеряли стороны под Покровском?\n\nВ сети распространяют пост, будто за октябрь ВСУ "
     "потеряли под Покровском 240 танков. Источником называют военного блогера. На самом деле, по данным Генштаба "
     "ВСУ, за октябрь российские войска потеряли на всем фронте 118 танков. Аналитики Oryx визуально подтвердили "
     "потерю 31 украинского танка за тот же месяц. Так что цифра в 240 танков завышена минимум в семь раз. Пост "
     "посмотрели 86 тысяч раз.",
     "2026-11-05",
     {"ukraine tanks losses 240 exact period/31@2026-10-01 other 2026-10-31 hedged",
      "russia tanks losses 118 exact period/31@2026-10-01 ua_general_staff 2026-10-31",
      "ukraine tanks losses 31 exact period/31@2026-10-01 oryx 2026-10-31"},
     id="t5"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


# the fixes of this round, read in wordings of their own (in Ukrainian in tests/languages/uk/test_uk_unseen_round35.py);
# each line a text, published 2026-11-30
CONSTRUCTIONS = [
    # groups of digits after a nought are a telephone number, no count (first read as 800 200 112 killed)
    pytest.param("С начала года в районе погибли 14 военнослужащих. Горячая линия для семей погибших — 0 800 200 112.",
                 {"ukraine personnel killed 14 exact period@2026-01-01 None 2026-11-30"}, id="telephone"),
    # a talk show's guest introduced in the studio speaks in the lines under "Гость:"
    pytest.param("Ведущий: В студии губернатор Белгородской области Иван Петров.\n\nГость: За неделю в области погибли "
                 "4 мирных жителя.",
                 {"russia civilians killed 4 exact period/7 ru_officials 2026-11-30"}, id="studio_guest"),
    pytest.param("Ведущая: Сегодня в студии глава администрации Шебекинского округа.\n\nГость: За сутки в округе "
                 "ранены 3 человека.",
                 {"russia people wounded 3 exact period/1 ru_officials 2026-11-30"}, id="studio_head"),
    # clergy and a hospital are named sources of no state body's (other); parishioners are people whose status the
    # sentence gives
    pytest.param("Как рассказал настоятель храма отец Николай, в зоне СВО погибли 12 прихожан.",
                 {"russia personnel killed 12 exact cumulative other 2026-11-30"}, id="rector"),
    pytest.param("По словам священника Сергия Орлова, в ходе спецоперации погибли 6 прихожан храма.",
                 {"russia personnel killed 6 exact cumulative other 2026-11-30"}, id="priest"),
    pytest.param("По данным Белгородской областной больницы, за неделю в нее поступили 25 раненых мирных жителей.",
                 {"russia civilians wounded 25 exact period/7 other 2026-11-30"}, id="hospital"),
    # a meeting's rapporteur is the one whose report the minutes named before
    pytest.param("СЛУШАЛИ: информацию главы администрации района.\nДокладчик сообщил, что за октябрь в районе "
                 "погибли 5 мирных жителей Курской области.",
                 {"russia civilians killed 5 exact period/31@2026-10-01 ru_officials 2026-10-31"}, id="rapporteur"),
    pytest.param("СЛУШАЛИ: информацию главы поселения.\nДокладчица отметила, что в зоне СВО погибли 11 жителей "
                 "поселения.",
                 {"russia personnel killed 11 exact cumulative ru_officials 2026-11-30"}, id="rapporteur_she"),
    # residents who took part in the fighting are soldiers
    pytest.param("Глава района сообщил, что погибли 9 жителей района, принимавших участие в боевых действиях.",
                 {"russia personnel killed 9 exact cumulative ru_officials 2026-11-30"}, id="in_combat"),
    pytest.param("Глава сельского поселения рассказал, что в ходе СВО погибли 7 земляков, которые участвовали в боевых "
                 "действиях.",
                 {"russia personnel killed 7 exact cumulative ru_officials 2026-11-30"}, id="in_combat_kin"),
    # the side whose own name for the war the text uses, where nothing else says whose people a figure counts
    pytest.param("С начала СВО погибли 40 жителей района.",
                 {"russia civilians killed 40 exact cumulative None 2026-11-30"}, id="war_name"),
    pytest.param("Панихиду отслужили по погибшим в ходе специальной военной операции.\nЗа год погибли 7 прихожан.",
                 {"russia personnel killed 7 exact period/365 None 2026-11-30"}, id="war_name_before"),
    # "X на прошлой неделе заявил, что с начала года ..., еще N ...": the week is when it was said
    pytest.param("Губернатор на прошлой неделе заявил, что с начала года погибли 8 мирных жителей, еще 20 ранены.",
                 {"russia civilians killed 8 exact period@2026-01-01 ru_officials 2026-11-30",
                  "russia civilians wounded 20 exact period@2026-01-01 ru_officials 2026-11-30"}, id="said_that_span"),
    # a line naming a span and counting nothing leads the open tolls of the lines right under it
    pytest.param("За сутки ВСУ обстреляли 12 сел.\nРанены 4 жителя Белгородской области.",
                 {"russia civilians wounded 4 exact period/1 None 2026-11-30"}, id="lead_line"),
    pytest.param("За минувшие сутки противник 35 раз обстрелял район.\nПогибли двое мирных жителей Курской области.",
                 {"russia civilians killed 2 exact period/1 None 2026-11-30"}, id="lead_line_shellings"),
    # a post signed at its head by its author's name and office, a heading between
    pytest.param("Олег Петров | Губернатор Курской области\n\nИтоги дня\n\nЗа сутки обстрелам подверглись 20 сел.\n"
                 "Погибли двое мирных жителей.",
                 {"russia civilians killed 2 exact period/1 ru_officials 2026-11-30"}, id="signature"),
    # days joined by a dash are a span from the first to the last
    pytest.param("В период 16–22 ноября погибли 5 мирных жителей Белгородской области.",
                 {"russia civilians killed 5 exact period/7@2026-11-16 None 2026-11-22"}, id="dashed_days"),
    pytest.param("За 9-15 ноября ранены 11 мирных жителей, сообщил губернатор.",
                 {"russia civilians wounded 11 exact period/7@2026-11-09 ru_officials 2026-11-15"}, id="dashed_days_b"),
    # "будто", "будто бы": a claim told as alleged, as "якобы"
    pytest.param("Пропагандисты пишут, будто бы за сутки уничтожены 15 украинских танков.",
                 {"ukraine tanks destroyed 15 exact period/1 None 2026-11-30 hedged"}, id="alleged"),
    pytest.param("В сети распространяют пост, будто за октябрь ВСУ потеряли 240 танков.",
                 {"ukraine tanks losses 240 exact period/31@2026-10-01 None 2026-10-31 hedged"}, id="alleged_b"),
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS)
def test_construction(text: str, expected: set[str]) -> None:
    assert described(text, "2026-11-30") == expected
