"""Ukrainian whole texts, round 33e (written for these tests) in styles the earlier rounds lack: a regional
administration's week in review ("Підсумки тижня") with a line a day ("Пн — ...", "У вівторок ...", a span of days) and
the week's total between two stated dates (the shelling count and the evacuated are no count), a court verdict in
absentia ("суд заочно засудив") with the toll of one strike inside the charges (the years of the sentence, the article
of the code, the regiment and the days to appeal are no count), a memorial wall's and a city register's update (the
names on the wall since the invasion as of the day they were added, the register's dead and missing; the new names
added, the wall's length and the year are no count), a mayor's post after a massive attack updated through the day
("Оновлена інформація: кількість загиблих зросла до ..."; each superseded toll its own claim, the first one
preliminary). Each case lists every claim the spec asks of the text, written as "side category outcome value[-high]
qualifier measure[/period_days][@period_start] claimant as_of [hedged]", before the extractor was run. Then the fixes
of this round, read in wordings of their own (in Russian in tests/languages/ru/test_ru_unseen_round33e.py).
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a week in review: each day's line its own one-day period dated that day (Monday 1 December 2025), the span of
    # three days from Friday to Sunday, the week's total between two stated dates; shelling count and evacuees no count
    pytest.param(
     "Підсумки тижня: Сумщина, 1–7 грудня\n\nСумська обласна військова адміністрація підбила підсумки тижня для "
     "прикордонних громад.\n\nПн — ворог обстріляв Шостку з артилерії: загинув мирний житель, ще троє цивільних "
     "поранені.\nУ вівторок росіяни скинули керовану авіабомбу на Білопілля, поранено п'ятьох мешканців.\nУ "
     "середу окупанти здійснили 46 обстрілів, обійшлося без жертв.\nУ четвер удар дрона по рейсовому автобусу в "
     "Краснопіллі забрав життя двох пасажирок, ще 11 цивільних поранено.\nЗ п'ятниці по неділю поранення дістали "
     "шестеро цивільних.\n\nЗагалом за тиждень з 1 по 7 грудня на Сумщині загинули троє мирних жителів, 25 "
     "поранені. З прикордоння за тиждень евакуювали 312 людей, серед них 48 дітей.",
     "2025-12-08",
     {"ukraine civilians killed 1 exact period/1 ua_officials 2025-12-01",
      "ukraine civilians wounded 3 exact period/1 ua_officials 2025-12-01",
      "ukraine civilians wounded 5 exact period/1 ua_officials 2025-12-02",
      "ukraine civilians killed 2 exact period/1 ua_officials 2025-12-04",
      "ukraine civilians wounded 11 exact period/1 ua_officials 2025-12-04",
      "ukraine civilians wounded 6 exact period/3@2025-12-05 ua_officials 2025-12-07",
      "ukraine civilians killed 3 exact period/7@2025-12-01 ua_officials 2025-12-07",
      "ukraine civilians wounded 25 exact period/7@2025-12-01 ua_officials 2025-12-07"},
     id="t0"),
    # a verdict in absentia: the toll of one strike on a dated day inside the charges (the prosecutors' investigation,
    # Ukraine's officials); the sentence's years, the article, the regiment, the buildings, the days to appeal and the
    # three others sentenced are no count
    pytest.param(
     "Суд заочно засудив російського командира, який наказав обстріляти Чернігів\n\nДеснянський районний суд "
     "Чернігова заочно засудив до 15 років позбавлення волі командира 226-го артилерійського полку рф Аркадія "
     "Вершиніна. Про це повідомили в Офісі Генерального прокурора.\n\nЗа даними слідства, 14 березня 2022 року за "
     "його наказом підрозділ обстріляв житловий квартал касетними боєприпасами. Внаслідок удару загинули 9 мирних "
     "жителів, ще 23 отримали поранення, пошкоджено 17 багатоповерхівок.\n\nЙого визнали винним за ч. 2 ст. 438 "
     "Кримінального кодексу України. Вирок може бути оскаржений протягом 30 днів. Раніше суд заочно засудив ще "
     "трьох військових цього полку до 12 років ув'язнення.",
     "2025-12-05",
     {"ukraine civilians killed 9 exact period ua_officials 2022-03-14",
      "ukraine civilians wounded 23 exact period ua_officials 2022-03-14"},
     id="t1"),
    # a memorial wall's update: the names on it (the fallen since the invasion) as of the stated Saturday, the city
    # register's dead and missing in the mayor's and council's words; the 64 names added (a list's update, not deaths
    # within a span), the wall's length and its year are no count
    pytest.param(
     "На Стіні пам'яті у Вінниці з'явилися 64 нові імена\n\nУ суботу, 6 грудня, на Стіну пам'яті полеглих "
     "захисників Вінницької громади додали 64 нові портрети. Відтепер на ній — 1 118 імен воїнів, загиблих від "
     "початку повномасштабного вторгнення, повідомив міський голова Сергій Бондар.\n\nРеєстр пам'яті, який веде "
     "міська рада, налічує 1 182 загиблих захисників громади. Ще 37 захисників громади вважаються зниклими "
     "безвісти. Стіну відкрили у 2023 році; її довжина — 48 метрів, наступне оновлення заплановане на лютий.",
     "2025-12-08",
     {"ukraine personnel killed 1118 exact cumulative ua_officials 2025-12-06",
      "ukraine personnel killed 1182 exact cumulative ua_officials 2025-12-08",
      "ukraine personnel missing 37 exact cumulative ua_officials 2025-12-08"},
     id="t2"),
    # a mayor's post updated through the day after a night's massive attack (one attack, a night read as one day):
    # the preliminary first toll (hedged), each superseded toll its own claim, the children among the dead, the
    # hospitalised and the outpatients as parts of the wounded, the final toll; the buildings are no count
    pytest.param(
     "Міський голова Дніпра: наслідки масованої атаки\n\n07:40. Вночі ворог атакував місто ракетами та дронами. "
     "Попередньо, загинули четверо мешканців міста, 19 поранені.\n\n11:15. Оновлена інформація: кількість "
     "загиблих зросла до 9, поранених — до 31. Рятувальники продовжують розбирати завали п'ятиповерхівки.\n\n"
     "16:30. Оновлена інформація: кількість загиблих зросла до 14, серед них двоє дітей. У лікарнях залишаються 22 "
     "людини, ще 12 отримали допомогу амбулаторно.\n\n21:00. Пошукову операцію завершено. Остаточно: 14 загиблих, "
     "34 поранені. Завтра в місті оголошено день жалоби. Пошкоджено 40 будинків.",
     "2025-12-05",
     {"ukraine civilians killed 4 exact period/1 ua_officials 2025-12-05 hedged",
      "ukraine civilians wounded 19 exact period/1 ua_officials 2025-12-05 hedged",
      "ukraine civilians killed 9 exact period/1 ua_officials 2025-12-05",
      "ukraine civilians wounded 31 exact period/1 ua_officials 2025-12-05",
      "ukraine civilians killed 14 exact period/1 ua_officials 2025-12-05",
      "ukraine civilians killed 2 exact period/1 ua_officials 2025-12-05",
      "ukraine civilians wounded 22 exact period/1 ua_officials 2025-12-05",
      "ukraine civilians wounded 12 exact period/1 ua_officials 2025-12-05",
      "ukraine civilians wounded 34 exact period/1 ua_officials 2025-12-05"},
     id="t3"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "підбила підсумки тижня / доби": a summing up is a report; the lines after it are its figures
    ("Очільник Херсонської ОВА підбив підсумки вихідних. У суботу окупанти обстріляли Берислав, поранено чотирьох "
     "мешканців.",
     {"ukraine civilians wounded 4 exact period/1 ua_officials 2025-11-29"}),
    ("Миколаївська ОВА підбила підсумок доби для громад області. Уночі дрон атакував Очаків, загинула одна людина.",
     {"ukraine civilians killed 1 exact period/1 ua_officials 2025-12-05"}),
])
def test_a_summing_up_is_a_report(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "кількість загиблих зросла до 6, серед них дитина": the figure closes the whole, its noun told before it; the
    # child among them is one of them
    ("Кількість загиблих унаслідок удару по Одесі зросла до 6, серед них дитина.",
     {"ukraine civilians killed 6 exact period None 2025-12-05",
      "ukraine civilians killed 1 exact period None 2025-12-05"}),
    ("Кількість поранених у Запоріжжі після атаки збільшилася до 17, серед них дитина.",
     {"ukraine civilians wounded 17 exact period None 2025-12-05",
      "ukraine civilians wounded 1 exact period None 2025-12-05"}),
])
def test_one_among_a_figure_with_its_noun_before(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "удар забрав життя двох", "обстріл обірвав життя трьох": an attack takes lives
    ("Ракетний удар по Одесі забрав життя п'ятьох людей.",
     {"ukraine civilians killed 5 exact period None 2025-12-05"}),
    ("Обстріл обірвав життя трьох мирних жителів.",
     {"ukraine civilians killed 3 exact period None 2025-12-05"}),
    # "Унаслідок удару", "У результаті удару" after a dated strike: the same strike, dated by the sentence before
    ("14 березня 2022 року підрозділ обстріляв житловий квартал. Унаслідок удару загинули 9 мирних жителів.",
     {"ukraine civilians killed 9 exact period None 2022-03-14"}),
    ("3 квітня 2023 року окупанти вдарили ракетою по Слов'янську. У результаті удару загинули 11 мирних жителів.",
     {"ukraine civilians killed 11 exact period None 2023-04-03"}),
])
def test_an_attack_takes_lives_and_dates_them(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-05") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the sentenced are no loss ("суд заочно засудив ще двох"); the dead of the charges stay
    ("Підрозділ причетний до загибелі щонайменше 40 мирних жителів. Пізніше суд заочно засудив ще двох військових рф "
     "до 14 років.",
     {"ukraine civilians killed 40 at_least period None 2025-12-05"}),
    ("Суд засудив до довічного ув'язнення командира, за наказом якого загинули 12 мирних жителів.",
     {"ukraine civilians killed 12 exact period None 2025-12-05"}),
    # "Генпрокуратура" in one word: a state's officials, the state named after it
    ("За даними Генпрокуратури рф, під час обстрілу Бєлгорода загинули 3 мирних жителі.",
     {"russia civilians killed 3 exact period ru_officials 2025-12-05"}),
    ("Генпрокуратура повідомила, що внаслідок удару по Сумах загинули 8 мирних жителів.",
     {"ukraine civilians killed 8 exact period ua_officials 2025-12-05"}),
])
def test_a_court_and_its_prosecutors(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-05") == expected
