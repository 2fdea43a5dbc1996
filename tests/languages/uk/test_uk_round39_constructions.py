"""Ukrainian constructions of round 39 (written for these tests), each read in wordings of its own, in Russian too in
tests/languages/ru/test_ru_round39_constructions.py: a number after its sign "№" counts nothing; "за його словами"
names the one the sentence before names; "— ..., — відповів ..." is said; the data of a body about a figure ("дані
Генштабу про 1 300 загиблих") are that body's word, not the word of the one who speaks of them; those who signed a
letter are a source of no office; the enemy attacking in the sentence before is the side whose people are not hurt; a
day opening the clause of its losses ("3 листопада окупанти втратили ..., а 4 листопада — ...") is a one-day period;
"середня добова втрата" is a daily rate; a whole named by its loss after a part ("7 із 9 загиблих", "9 із 11 людей,
які загинули") is a claim, the part identified among it none; a whole a part is later taken out of, named by no loss
("з 300 мобілізованих, які прибули ..., загинули 38"), is none; a strike's day told sentences before dates its toll
"внаслідок удару"; the writer's own sum ("Разом за два дні це 2 300 осіб") is no source's; a toll risen "з 20 до 25"
keeps the earlier toll, "до" the rise's; a span between a participle and its noun ("400 збитих за ніч дронів") is
the figure's; "за неповну добу" is a span of no whole days; a bare answer with "— відповів комбат" after it counts what
the question asks. Each line a text, published
2026-11-30, with every claim the spec asks of it.
"""

from __future__ import annotations

import pytest
from claim_lines import described

CONSTRUCTIONS = [
    # a number after its sign "№" names, it counts nothing
    pytest.param("Депутати проголосували за постанову № 2417 після звіту: від початку тижня в області загинули 6 "
                 "цивільних, повідомила ОВА.",
                 {"ukraine civilians killed 6 exact period@2026-11-30 ua_officials 2026-11-30"}, id="sign"),
    pytest.param("За даними ОВА, поранено 14 людей. Наказ №385 підписано ввечері.",
                 {"ukraine civilians wounded 14 exact period ua_officials 2026-11-30"}, id="sign_b"),
    # "за його словами": the one named in the sentence before, whatever he did there
    pytest.param("Начальник ОВА виступив на сесії обласної ради. За його словами, від початку року в області "
                 "загинули 112 цивільних.",
                 {"ukraine civilians killed 112 exact period@2026-01-01 ua_officials 2026-11-30"}, id="his_words"),
    pytest.param("Журналісти поспілкувалися з речницею Повітряних сил. За її словами, за ніч збито 46 дронів.",
                 {"russia drones destroyed 46 exact period/1 ua_officials 2026-11-30"}, id="his_words_b"),
    # an answer to a question is said
    pytest.param("— Скільки людей постраждало? — Поранено дев'ятеро, серед них двоє дітей, — відповів начальник "
                 "ОВА.",
                 {"ukraine civilians wounded 2 exact period ua_officials 2026-11-30",
                  "ukraine civilians wounded 9 exact period ua_officials 2026-11-30"}, id="answered"),
    pytest.param("«За тиждень ворог втратив на нашому напрямку 640 військових», — відповів речник угруповання.",
                 {"russia personnel losses 640 exact period/7 ua_officials 2026-11-30"}, id="answered_b"),
    # the data of a body about a figure are that body's word, not the word of the one who speaks of them
    pytest.param("Речник Повітряних сил назвав вигадкою дані Міноборони РФ про 400 збитих українських дронів за "
                 "ніч.",
                 {"ukraine drones destroyed 400 exact period/1 ru_mod 2026-11-30"}, id="data_about"),
    pytest.param("Кремль прокоментував дані Генштабу ЗСУ про 1 300 загиблих російських військових за добу.",
                 {"russia personnel killed 1300 exact period/1 ua_general_staff 2026-11-30"}, id="data_about_b"),
    pytest.param("Речник Повітряних сил навів дані про 400 збитих російських дронів за ніч.",
                 {"russia drones destroyed 400 exact period/1 ua_officials 2026-11-30"}, id="data_about_not"),
    # those who signed a letter or an appeal are a source of no office
    pytest.param("За словами авторів листа, за листопад у батальйоні загинули 23 військових.",
                 {"russia personnel killed 23 exact period/30@2026-11-01 other 2026-11-30"}, id="letter"),
    pytest.param("Автори звернення стверджують, що за місяць зникли безвісти 40 бійців.",
                 {"russia personnel missing 40 exact period/30 other 2026-11-30"}, id="letter_b"),
    # the enemy attacking in the sentence before: its enemy's people
    pytest.param("Ворог атакував місто. Загинули двоє людей.",
                 {"ukraine people killed 2 exact period None 2026-11-30"}, id="enemy_attacked"),
    pytest.param("Уночі ворог обстріляв село. Поранено трьох людей.",
                 {"ukraine people wounded 3 exact period/1 None 2026-11-30"}, id="enemy_attacked_b"),
    # a day opening the clause of its losses: that day's
    pytest.param("За даними Генштабу ЗСУ, 3 листопада окупанти втратили 1 420 військових, а 4 листопада — 1 380.",
                 {"russia personnel losses 1380 exact period/1 ua_general_staff 2026-11-04",
                  "russia personnel losses 1420 exact period/1 ua_general_staff 2026-11-03"}, id="day_of_loss"),
    pytest.param("Генштаб ЗСУ повідомив, що лише 10 листопада ворог втратив 35 артилерійських систем.",
                 {"russia artillery losses 35 exact period/1 ua_general_staff 2026-11-10"}, id="day_of_loss_b"),
    pytest.param("Повітряні сили повідомили, що 20 листопада збито 60 дронів, а 21 листопада — 75.",
                 {"russia drones destroyed 60 exact period/1 ua_officials 2026-11-20",
                  "russia drones destroyed 75 exact period/1 ua_officials 2026-11-21"}, id="day_of_loss_c"),
    pytest.param("5 листопада Генштаб повідомив, що з початку вторгнення ворог втратив 700 тисяч військових.",
                 {"russia personnel losses 700000 exact cumulative ua_general_staff 2026-11-05"}, id="day_of_loss_not"),
    # the average of a day in two words
    pytest.param("Середня добова втрата ворога в листопаді, за даними Генштабу, — близько 1 300 військових.",
                 {"russia personnel losses 1300 approx rate/1 ua_general_staff 2026-11-30"}, id="daily_average"),
    pytest.param("За підрахунками аналітиків, середні добові втрати окупантів за тиждень становили 1 150 осіб.",
                 {"russia personnel losses 1150 exact rate/1 other 2026-11-30"}, id="daily_average_b"),
    # a whole named by its loss after a part is a loss of its own; the part identified among it none
    pytest.param("Слідчі встановили особи 7 із 9 загиблих, повідомила поліція.",
                 {"ukraine people killed 9 exact period ua_officials 2026-11-30"}, id="whole_after_part"),
    pytest.param("У лікарнях залишаються 4 із 15 поранених, повідомила ОВА.",
                 {"ukraine civilians wounded 15 exact period ua_officials 2026-11-30",
                  "ukraine civilians wounded 4 exact period ua_officials 2026-11-30"}, id="whole_after_part_b"),
    pytest.param("Поліція встановила особи 9 із 11 людей, які загинули внаслідок удару.",
                 {"ukraine civilians killed 11 exact period ua_officials 2026-11-30"}, id="whole_after_part_c"),
    pytest.param("ППО збила 11 з 13 ракет, повідомили Повітряні сили.",
                 {"russia missiles destroyed 11 exact period ua_officials 2026-11-30"}, id="whole_after_part_not"),
    # a whole a part is later taken out of, named by no loss, is no loss; its noun the part's
    pytest.param("За даними бригади, з 300 мобілізованих, які прибули з ротацією, загинули 38.",
                 {"ukraine personnel killed 38 exact cumulative ua_officials 2026-11-30"}, id="whole_taken_from"),
    pytest.param("Із 120 окупантів, що пішли на штурм, за добу знищено 45, повідомили в бригаді.",
                 {"russia personnel killed 45 exact period/1 ua_officials 2026-11-30"}, id="whole_taken_from_b"),
    # a strike's day told sentences before dates its toll "внаслідок удару"
    pytest.param("Внаслідок ракетного удару 12 листопада загинули 8 людей, повідомила ОВА. Рятувальники завершили "
                 "роботи. Загалом унаслідок удару постраждала 31 людина.",
                 {"ukraine civilians killed 8 exact period ua_officials 2026-11-12",
                  "ukraine civilians wounded 31 exact period ua_officials 2026-11-12"}, id="strike_before"),
    pytest.param("Унаслідок атаки дронів 14 листопада загинули двоє людей, повідомив голова ОВА. На місці "
                 "працювали рятувальники. Внаслідок атаки поранено ще 6 людей.",
                 {"ukraine civilians killed 2 exact period ua_officials 2026-11-14",
                  "ukraine civilians wounded 6 exact period ua_officials 2026-11-14"}, id="strike_before_b"),
    # the writer's own sum of the figures before: no source's
    pytest.param("Генштаб повідомив, що 1 листопада ворог втратив 1 100 військових, а 2 листопада — 1 200. Разом "
                 "за два дні це 2 300 осіб.",
                 {"russia personnel losses 1100 exact period/1 ua_general_staff 2026-11-01",
                  "russia personnel losses 1200 exact period/1 ua_general_staff 2026-11-02",
                  "russia personnel losses 2300 exact period/2 None 2026-11-30"}, id="writers_sum"),
    pytest.param("Повітряні сили повідомили, що 20 листопада збито 60 дронів, а 21 листопада — 75. Усього за дві "
                 "доби це 135 дронів.",
                 {"russia drones destroyed 135 exact period/2 None 2026-11-30",
                  "russia drones destroyed 60 exact period/1 ua_officials 2026-11-20",
                  "russia drones destroyed 75 exact period/1 ua_officials 2026-11-21"}, id="writers_sum_b"),
    # a span standing between a participle and its noun
    pytest.param("Міноборони Росії заявило про 400 збитих за ніч українських дронів.",
                 {"ukraine drones destroyed 400 exact period/1 ru_mod 2026-11-30"}, id="participle_span"),
    pytest.param("Генштаб повідомив про 1 200 ліквідованих за минулу добу окупантів.",
                 {"russia personnel killed 1200 exact period/1 ua_general_staff 2026-11-30"}, id="participle_span_b"),
    # a day not yet whole: a span of no whole days
    pytest.param("За неповну добу окупанти втратили 500 військових, повідомив Генштаб.",
                 {"russia personnel losses 500 exact period ua_general_staff 2026-11-30"}, id="incomplete_day"),
    pytest.param("Сили ППО за неповну добу збили 37 дронів, повідомили Повітряні сили.",
                 {"russia drones destroyed 37 exact period ua_officials 2026-11-30"}, id="incomplete_day_b"),
    # a bare answer with its speaker after a dash counts what the question asks
    pytest.param("— Скільки окупантів ліквідували ваші бійці за місяць?\n\n— Понад 400, — відповів комбат.",
                 {"russia personnel killed 400 at_least period/30 ua_officials 2026-11-30"}, id="closing_answer"),
    pytest.param("— Скільки дронів збили за ніч?\n\n— 52, — каже речник Повітряних сил.",
                 {"russia drones destroyed 52 exact period/1 ua_officials 2026-11-30"}, id="closing_answer_b"),

    # a toll risen "з N до M": the earlier toll a claim of its own, "до" the rise's, not "up to"
    pytest.param("Кількість поранених зросла з 20 до 25, повідомила ОВА.",
                 {"ukraine civilians wounded 20 exact period ua_officials 2026-11-30",
                  "ukraine civilians wounded 25 exact period ua_officials 2026-11-30"}, id="toll_rose_from"),
    pytest.param("Кількість загиблих збільшилася з 5 до 7, повідомив голова ОВА.",
                 {"ukraine civilians killed 5 exact period ua_officials 2026-11-30",
                  "ukraine civilians killed 7 exact period ua_officials 2026-11-30"}, id="toll_rose_from_b"),
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS)
def test_construction(text: str, expected: set[str]) -> None:
    assert described(text, "2026-11-30") == expected
