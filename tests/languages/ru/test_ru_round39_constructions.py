"""Russian constructions of round 39 (written for these tests), each read in wordings of its own, in Ukrainian too in
tests/languages/uk/test_uk_round39_constructions.py: a number after its sign "№" counts nothing; "по его словам" names
the one the sentence before names; "— ..., — ответил ..." is said; the data of a body about a figure ("данные Генштаба
ВСУ о 1 300 погибших") are that body's word, not the word of the one who speaks of them; those who signed a letter are a
source of no office (the enemy attacking in the sentence before is read in Ukrainian only: "противник" is either side's
word for the other in Russian-language texts); a day opening the clause of its losses ("3 ноября ВСУ потеряли ..., а 4
ноября — ...") is a one-day period; "средние суточные потери" are a daily rate; a whole named by its loss after a part
("7 из 9 погибших", "9 из 11 человек, которые погибли") is a claim, the part identified among it none; a whole a part is
later taken out of, named by no loss ("из 300 мобилизованных ..., прибывших ..., погибли 38"), is none; a strike's day
told sentences before dates its toll "в результате удара"; the writer's own sum ("Итого за два дня это 2 300 человек")
is no source's; a toll risen "с 20 до 25" keeps the earlier toll, "до" the rise's; a span between a participle and its
noun ("400 сбитых за ночь беспилотниках") is the figure's; "за неполные сутки" is a span of no whole days; a bare answer
with "— ответил комбат" after it counts what the question asks.
Each line a text, published 2026-11-30, with every claim the spec asks of it.
"""

from __future__ import annotations

import pytest
from claim_lines import described

CONSTRUCTIONS = [
    # a number after its sign "№" names, it counts nothing
    pytest.param("Депутаты приняли постановление № 2417 после доклада: с начала недели в области погибли 6 мирных "
                 "жителей, сообщил губернатор.",
                 {"russia civilians killed 6 exact period@2026-11-30 ru_officials 2026-11-30"}, id="sign"),
    pytest.param("По данным губернатора, ранены 14 человек. Приказ №385 подписан вечером.",
                 {"russia civilians wounded 14 exact period ru_officials 2026-11-30"}, id="sign_b"),
    # "по его словам": the one named in the sentence before, whatever he did there
    pytest.param("Губернатор Белгородской области выступил на заседании думы. По его словам, с начала года в "
                 "регионе погибли 112 мирных жителей.",
                 {"russia civilians killed 112 exact period@2026-01-01 ru_officials 2026-11-30"}, id="his_words"),
    pytest.param("Журналисты поговорили с официальным представителем Минобороны. По ее словам, за ночь сбиты 46 "
                 "украинских беспилотников.",
                 {"ukraine drones destroyed 46 exact period/1 ru_mod 2026-11-30"}, id="his_words_b"),
    # an answer to a question is said
    pytest.param("— Сколько людей пострадало? — Ранены девять человек, среди них двое детей, — ответил "
                 "губернатор.",
                 {"russia civilians wounded 2 exact period ru_officials 2026-11-30",
                  "russia civilians wounded 9 exact period ru_officials 2026-11-30"}, id="answered"),
    pytest.param("«За неделю противник потерял на нашем направлении 640 военнослужащих», — ответил представитель "
                 "Минобороны.",
                 {"ukraine personnel losses 640 exact period/7 ru_mod 2026-11-30"}, id="answered_b"),
    # the data of a body about a figure are that body's word
    pytest.param("Песков назвал недостоверными данные Генштаба ВСУ о 1 300 погибших российских военных за сутки.",
                 {"russia personnel killed 1300 exact period/1 ua_general_staff 2026-11-30"}, id="data_about"),
    pytest.param("В Кремле прокомментировали сообщение украинского Генштаба о 400 сбитых российских "
                 "беспилотниках.",
                 {"russia drones destroyed 400 exact period ua_general_staff 2026-11-30"}, id="data_about_b"),
    pytest.param("Губернатор привел данные о 12 погибших мирных жителях за неделю.",
                 {"russia civilians killed 12 exact period/7 ru_officials 2026-11-30"}, id="data_about_not"),
    # those who signed a letter or an appeal are a source of no office
    pytest.param("По словам авторов письма, за ноябрь в батальоне погибли 23 военных.",
                 {"ukraine personnel killed 23 exact period/30@2026-11-01 other 2026-11-30"}, id="letter"),
    pytest.param("Авторы обращения утверждают, что за месяц пропали без вести 40 бойцов.",
                 {"ukraine personnel missing 40 exact period/30 other 2026-11-30"}, id="letter_b"),
    # a day opening the clause of its losses: that day's
    pytest.param("По данным Минобороны, 3 ноября ВСУ потеряли 1 420 военнослужащих, а 4 ноября — 1 380.",
                 {"ukraine personnel losses 1380 exact period/1 ru_mod 2026-11-04",
                  "ukraine personnel losses 1420 exact period/1 ru_mod 2026-11-03"}, id="day_of_loss"),
    pytest.param("Минобороны сообщило, что только 10 ноября ВСУ потеряли 35 орудий полевой артиллерии.",
                 {"ukraine artillery losses 35 exact period/1 ru_mod 2026-11-10"}, id="day_of_loss_b"),
    pytest.param("Минобороны сообщило, что 20 ноября сбиты 60 беспилотников, а 21 ноября — 75.",
                 {"ukraine drones destroyed 60 exact period/1 ru_mod 2026-11-20",
                  "ukraine drones destroyed 75 exact period/1 ru_mod 2026-11-21"}, id="day_of_loss_c"),
    pytest.param("5 ноября Минобороны сообщило, что с начала СВО ВСУ потеряли 700 тысяч военнослужащих.",
                 {"ukraine personnel losses 700000 exact cumulative ru_mod 2026-11-05"}, id="day_of_loss_not"),
    # the average of a day in two words
    pytest.param("Средние суточные потери ВСУ в ноябре, по данным Минобороны, — около 1 300 военнослужащих.",
                 {"ukraine personnel losses 1300 approx rate/1 ru_mod 2026-11-30"}, id="daily_average"),
    pytest.param("По подсчетам аналитиков, средняя дневная потеря противника за неделю составила 1 150 человек.",
                 {"ukraine personnel losses 1150 exact rate/1 other 2026-11-30"}, id="daily_average_b"),
    # a whole named by its loss after a part is a loss of its own; the part identified among it none
    pytest.param("Следователи установили личности 7 из 9 погибших, сообщил губернатор.",
                 {"russia civilians killed 9 exact period ru_officials 2026-11-30"}, id="whole_after_part"),
    pytest.param("В больницах остаются 4 из 15 раненых, сообщил губернатор.",
                 {"russia civilians wounded 15 exact period ru_officials 2026-11-30",
                  "russia civilians wounded 4 exact period ru_officials 2026-11-30"}, id="whole_after_part_b"),
    pytest.param("Следователи установили личности 9 из 11 человек, которые погибли при ударе, сообщил губернатор.",
                 {"russia civilians killed 11 exact period ru_officials 2026-11-30"}, id="whole_after_part_c"),
    pytest.param("ПВО сбила 11 из 13 ракет, сообщило Минобороны.",
                 {"ukraine missiles destroyed 11 exact period ru_mod 2026-11-30"}, id="whole_after_part_not"),
    # a whole a part is later taken out of, named by no loss, is no loss; its noun the part's
    pytest.param("По данным родственников, из 300 мобилизованных из Курской области, прибывших с ротацией, "
                 "погибли 38.",
                 {"russia personnel killed 38 exact cumulative other 2026-11-30"}, id="whole_taken_from"),
    pytest.param("Из 120 военнослужащих ВСУ, вышедших на позиции, за неделю ранены 45, сообщило Минобороны.",
                 {"ukraine personnel wounded 45 exact period/7 ru_mod 2026-11-30"}, id="whole_taken_from_b"),
    # a strike's day told sentences before dates its toll "в результате удара"
    pytest.param("В результате ракетного удара 12 ноября погибли 8 человек, сообщил губернатор. Спасатели "
                 "завершили работы. Всего в результате удара пострадал 31 человек.",
                 {"russia civilians killed 8 exact period ru_officials 2026-11-12",
                  "russia civilians wounded 31 exact period ru_officials 2026-11-12"}, id="strike_before"),
    pytest.param("В результате атаки дронов 14 ноября погибли два человека, сообщил губернатор. На месте работали "
                 "спасатели. В результате атаки ранены еще 6 человек.",
                 {"russia civilians killed 2 exact period ru_officials 2026-11-14",
                  "russia civilians wounded 6 exact period ru_officials 2026-11-14"}, id="strike_before_b"),
    # the writer's own sum of the figures before: no source's
    pytest.param("Минобороны сообщило, что 1 ноября ВСУ потеряли 1 100 военнослужащих, а 2 ноября — 1 200. Итого "
                 "за два дня это 2 300 человек.",
                 {"ukraine personnel losses 1100 exact period/1 ru_mod 2026-11-01",
                  "ukraine personnel losses 1200 exact period/1 ru_mod 2026-11-02",
                  "ukraine personnel losses 2300 exact period/2 None 2026-11-30"}, id="writers_sum"),
    pytest.param("Минобороны сообщило, что 20 ноября сбиты 60 беспилотников, а 21 ноября — 75. Всего за двое "
                 "суток это 135 беспилотников.",
                 {"ukraine drones destroyed 135 exact period/2 None 2026-11-30",
                  "ukraine drones destroyed 60 exact period/1 ru_mod 2026-11-20",
                  "ukraine drones destroyed 75 exact period/1 ru_mod 2026-11-21"}, id="writers_sum_b"),
    # a span standing between a participle and its noun
    pytest.param("Минобороны России заявило о 400 сбитых за ночь украинских беспилотниках.",
                 {"ukraine drones destroyed 400 exact period/1 ru_mod 2026-11-30"}, id="participle_span"),
    pytest.param("Минобороны сообщило о 300 уничтоженных за неделю танках ВСУ.",
                 {"ukraine tanks destroyed 300 exact period/7 ru_mod 2026-11-30"}, id="participle_span_b"),
    # a day not yet whole: a span of no whole days
    pytest.param("За неполные сутки ВСУ потеряли до 500 военнослужащих, сообщило Минобороны.",
                 {"ukraine personnel losses 500 at_most period ru_mod 2026-11-30"}, id="incomplete_day"),
    pytest.param("Средства ПВО за неполные сутки сбили 37 беспилотников, сообщил губернатор.",
                 {"ukraine drones destroyed 37 exact period ru_officials 2026-11-30"}, id="incomplete_day_b"),
    # a bare answer with its speaker after a dash counts what the question asks
    pytest.param("— Сколько военных ВСУ уничтожили ваши бойцы за месяц?\n\n— Более 400, — ответил комбат.",
                 {"ukraine personnel killed 400 at_least period/30 ru_officials 2026-11-30"}, id="closing_answer"),
    pytest.param("— Сколько беспилотников сбили за ночь?\n\n— 52, — говорит представитель Минобороны.",
                 {"ukraine drones destroyed 52 exact period/1 ru_mod 2026-11-30"}, id="closing_answer_b"),

    # a toll risen "с N до M": the earlier toll a claim of its own, "до" the rise's, not "up to"
    pytest.param("Число раненых выросло с 20 до 25, сообщил губернатор.",
                 {"russia civilians wounded 20 exact period ru_officials 2026-11-30",
                  "russia civilians wounded 25 exact period ru_officials 2026-11-30"}, id="toll_rose_from"),
    pytest.param("Число погибших возросло с 5 до 7, сообщил губернатор.",
                 {"russia civilians killed 5 exact period ru_officials 2026-11-30",
                  "russia civilians killed 7 exact period ru_officials 2026-11-30"}, id="toll_rose_from_b"),
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS)
def test_construction(text: str, expected: set[str]) -> None:
    assert described(text, "2026-11-30") == expected
