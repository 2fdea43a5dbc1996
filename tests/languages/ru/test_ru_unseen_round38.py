"""Russian whole texts, round 38 (written for these tests) in styles the first thirty-seven rounds lack: a regional
news site on a drone attack on a refinery with the governor's Telegram quoted ("пострадавших нет" is no count; the
hours of the fire, the plant's staff and the attacks since the year began are no count) and the defence ministry's
drones downed "за последние 72 часа" with one region's part, an outlet's live page on a strike updated newest first
(each superseded toll its own claim, the earliest one preliminary; the children among the wounded), a short regional
news item whose only source is its closing line ("Источник: оперативный штаб ..."; the span "с начала декабря", the
day's wounded "за минувшие сутки"; a teenager named by his age, the munitions fired and the houses are no count), an
exile outlet's explainer "Что известно о потерях" under subheadings (the named count since the invasion and the last
two weeks' names added, British intelligence's estimate of a stated day, the defence minister's last own figure on its
day; the obituaries read are no count). Each case lists every claim the spec asks of the text, written as "side
category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]", before the
extractor was run. Then the fixes of this round, read in wordings of their own (in Ukrainian in
tests/languages/uk/test_uk_unseen_round38.py).
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a regional site on a refinery attack: the governor's quote with "пострадавших нет" (no count), the ministry's
    # drones of the last 72 hours and one region's part; the fire's hours, the staff and the attacks are no count
    pytest.param(
     "Беспилотники атаковали НПЗ в Новокуйбышевске: что известно\n\n"
     "В ночь на 5 декабря беспилотники атаковали нефтеперерабатывающий завод в Новокуйбышевске. Об этом в своем "
     "Telegram-канале сообщил губернатор Самарской области. «Атака отражена, пострадавших нет. На территории "
     "предприятия произошло возгорание, его потушили за два часа», — написал он.\n\n"
     "Минобороны России сообщило, что за последние 72 часа над регионами страны перехвачены и уничтожены 214 "
     "украинских беспилотников, из них 17 — над Самарской областью.\n\n"
     "На заводе работают около 2 500 человек. Это уже третья атака на предприятие с начала года.",
     "2026-12-05",
     {"ukraine drones destroyed 214 exact period/3 ru_mod 2026-12-05",
      "ukraine drones destroyed 17 exact period/3 ru_mod 2026-12-05"},
     id="t0"),
    # a live page updated newest first: each superseded toll its own claim, the earliest preliminary (hedged), the
    # children among the wounded; the ministry's drones of the night
    pytest.param(
     "Удар по Белгороду: хроника (обновляется)\n\n"
     "Обновлено в 18:30. Число погибших выросло до четырех, сообщил губернатор Белгородской области. Раненых — 19, "
     "из них трое детей.\n\n"
     "15:10. Оперштаб региона уточнил: погибших — трое, раненых — 17.\n\n"
     "11:45. По предварительным данным, погибли два человека, ранены 12, сообщили в мэрии.\n\n"
     "08:20. Минобороны: над Белгородской областью ночью уничтожены 26 беспилотников.",
     "2026-12-06",
     {"russia civilians killed 4 exact period ru_officials 2026-12-06",
      "russia civilians wounded 19 exact period ru_officials 2026-12-06",
      "russia civilians wounded 3 exact period ru_officials 2026-12-06",
      "russia civilians killed 3 exact period ru_officials 2026-12-06",
      "russia civilians wounded 17 exact period ru_officials 2026-12-06",
      "russia civilians killed 2 exact period ru_officials 2026-12-06 hedged",
      "russia civilians wounded 12 exact period ru_officials 2026-12-06 hedged",
      "ukraine drones destroyed 26 exact period/1 ru_mod 2026-12-06"},
     id="t1"),
    # a short item whose only source is its closing line; "с начала декабря" and the day's wounded; a teenager named
    # by his age, the munitions and the houses are no count
    pytest.param(
     "С начала месяца в Курской области погибли шесть мирных жителей\n\n"
     "С начала декабря в результате ударов ВСУ по приграничным районам Курской области погибли шесть мирных "
     "жителей, еще 31 человек получил ранения. Только за минувшие сутки ранены трое, в том числе подросток 15 лет. "
     "Всего противник выпустил по области более 400 боеприпасов. Повреждены 20 частных домов и линия "
     "электропередачи.\n\n"
     "Источник: оперативный штаб Курской области",
     "2026-12-10",
     {"russia civilians killed 6 exact period@2026-12-01 ru_officials 2026-12-10",
      "russia civilians wounded 31 exact period@2026-12-01 ru_officials 2026-12-10",
      "russia civilians wounded 3 exact period/1 ru_officials 2026-12-10"},
     id="t2"),
    # an exile outlet's explainer under subheadings: the named count and the last two weeks' names, British
    # intelligence's estimate of a stated day, the minister's last figure on its day; the obituaries are no count
    pytest.param(
     "Что известно о потерях российской армии к декабрю\n\n"
     "Поименный список\n"
     "«Медиазона» вместе с Би-би-си установила имена 151 230 российских военных, погибших с начала вторжения. За "
     "последние две недели в список добавлено 2 840 имен.\n\n"
     "Оценки разведок\n"
     "Британская разведка в своей сводке от 3 декабря оценила общие потери России убитыми и ранеными примерно в "
     "1,1 млн человек.\n\n"
     "Что говорит Минобороны\n"
     "Российское ведомство свои потери не раскрывает с 21 сентября 2022 года, когда Шойгу назвал цифру в 5 937 "
     "погибших.\n\n"
     "Почему данные расходятся\n"
     "Журналисты учитывают только подтвержденные некрологи и сообщения родственников, а их прочитаны уже более 300 "
     "тысяч.",
     "2026-12-05",
     {"russia personnel killed 151230 exact cumulative mediazona 2026-12-05",
      "russia personnel killed 2840 exact period/14 mediazona 2026-12-05",
      "russia personnel losses 1.1e+06 approx cumulative uk_mod 2026-12-03",
      "russia personnel killed 5937 exact cumulative ru_mod 2022-09-21"},
     id="t3"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


# the fixes of this round, read in wordings of their own (in Ukrainian in tests/languages/uk/test_uk_unseen_round38.py);
# each line a text, published 2026-11-30
CONSTRUCTIONS = [
    # hours that make whole days are a span of days; hours that do not are no span of days
    pytest.param("За последние 48 часов ВСУ потеряли до 900 военнослужащих, сообщило Минобороны России.",
                 {"ukraine personnel losses 900 at_most period/2 ru_mod 2026-11-30"}, id="hours"),
    pytest.param("Минобороны сообщило, что за минувшие 24 часа над Брянской областью уничтожены 37 беспилотников.",
                 {"ukraine drones destroyed 37 exact period/1 ru_mod 2026-11-30"}, id="hours_b"),
    pytest.param("За шесть часов боя уничтожены 12 танков ВСУ, сообщило Минобороны.",
                 {"ukraine tanks destroyed 12 exact period ru_mod 2026-11-30"}, id="hours_part"),
    # a report's date after "от" is the day its figures stand at, not a span's first day
    pytest.param("В докладе от 20 ноября британская разведка оценила потери России в 900 тысяч человек.",
                 {"russia personnel losses 900000 exact cumulative uk_mod 2026-11-20"}, id="report_date"),
    pytest.param("ISW в обзоре от 14 ноября оценил потери российской армии примерно в 700 тысяч человек.",
                 {"russia personnel losses 700000 approx cumulative isw 2026-11-14"}, id="report_date_b"),
    # the writer's own count ("по нашим подсчетам") is no source's before or after it
    pytest.param("Минобороны России сообщило, что ВСУ за неделю потеряли 2 100 военнослужащих. По нашим подсчетам, "
                 "на этом участке за неделю уничтожены 14 танков.",
                 {"ukraine personnel losses 2100 exact period/7 ru_mod 2026-11-30",
                  "ukraine tanks destroyed 14 exact period/7 None 2026-11-30"}, id="own_count"),
    pytest.param("По моим данным, за неделю под Часовым Яром уничтожены 9 танков. Минобороны России сообщило, что "
                 "за сутки ВСУ потеряли 2 100 военнослужащих.",
                 {"ukraine tanks destroyed 9 exact period/7 None 2026-11-30",
                  "ukraine personnel losses 2100 exact period/1 ru_mod 2026-11-30"}, id="own_count_b"),
    # a source naming a count of people with no word of loss in its clause names the loss of the figure before again
    pytest.param("Минобороны России заявило, что за неделю ВСУ потеряли 2 100 военнослужащих. Украинский Генштаб за "
                 "ту же неделю называет 600 человек.",
                 {"ukraine personnel losses 2100 exact period/7 ru_mod 2026-11-30",
                  "ukraine personnel losses 600 exact period/7 ua_general_staff 2026-11-30"}, id="names_figure"),
    pytest.param("При обстреле погибли 5 мирных жителей, сообщил губернатор. Мэр города называет 7 человек.",
                 {"russia civilians killed 5 exact period ru_officials 2026-11-30",
                  "russia civilians killed 7 exact period ru_officials 2026-11-30"}, id="names_figure_b"),
    pytest.param("Погибли 5 мирных жителей, сообщил губернатор. Эксперт называет три причины и 40 сел под угрозой.",
                 {"russia civilians killed 5 exact period ru_officials 2026-11-30"}, id="names_figure_not"),
    # some out of a whole counted as lost, nothing befalling them in their own clause, are no loss of their own
    pytest.param("Обломки одного из 15 сбитых беспилотников упали на территорию НПЗ, сообщило Минобороны.",
                 {"ukraine drones destroyed 15 exact period ru_mod 2026-11-30"}, id="one_of_the_lost"),
    pytest.param("Два из 27 уничтоженных беспилотников упали на склад, сообщил губернатор.",
                 {"ukraine drones destroyed 27 exact period ru_officials 2026-11-30"}, id="one_of_the_lost_b"),
    pytest.param("Командир бригады рассказал о боях. «По нашим данным, противник потерял 300 человек», — добавил он.",
                 {"ukraine personnel losses 300 exact cumulative ru_officials 2026-11-30"}, id="own_count_quoted"),
]


# found and not fixed: the whole a part is taken out of keeps its own word of loss ("из 12 раненых": wounded), not
# the part's ("скончался")
PINNED = [
    pytest.param("Один из 12 раненых скончался в больнице, сообщил губернатор.",
                 {"russia civilians killed 1 exact period ru_officials 2026-11-30",
                  "russia civilians wounded 12 exact period ru_officials 2026-11-30"}, id="whole_of_a_part"),
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS + PINNED)
def test_construction(text: str, expected: set[str]) -> None:
    assert described(text, "2026-11-30") == expected
