"""Ukrainian whole texts, round 37 (written for these tests) in styles the first thirty-six rounds lack: a regional
outlet's longread on one town's year of shelling with a timeline ("Хронологія") of dated entries (a strike's day, a span
"з 1 по 15 травня", "за минулий місяць"; the population, the homes destroyed and the lyceum's number are no count), a
police department's answer to a public information request ("Відповідь на запит на публічну інформацію": the letter's
number, the law's article, the days of the term and the buildings destroyed are no count; the count "станом на" a date,
the children among it, the span "з 1 січня по 30 листопада"), a book review of a battalion commander's memoir (the
publisher's pages, print run and price, the days in the title and the author's age are no count; the enemy's and the
battalion's own losses over the hundred days of a defence), a regional military administration's Telegram post with
emoji bullets and a "Станом на 08:00" line, signed at its foot (the districts' tolls, the day's total, the drones
downed; a man named by his age and the houses are no count). Each case lists every claim the spec asks of the text,
written as "side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of
[hedged]", before the extractor was run. Then the fixes of this round, read in wordings of their own (in Russian in
tests/languages/ru/test_ru_unseen_round37.py).
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a longread's timeline of one town: each dated entry its own strike and toll with its source, a span between two
    # dates, the month before publication, the count since the full-scale invasion; the population, the homes and the
    # lyceum's number are no count
    pytest.param(
     "Степногірськ: рік під обстрілами\n\nЛонгрід «Південного кур'єра», 5 грудня 2026 року\n\n"
     "До війни у Степногірську жили понад 9 тисяч людей, нині лишилося близько 1 200. Ми відновили, як місто "
     "переживало цей рік.\n\n"
     "Хронологія\n\n"
     "4 березня. Перший масований удар по центру міста: загинули семеро мешканців, 23 поранені, повідомили в "
     "Запорізькій ОВА.\n"
     "З 1 по 15 травня. Місто обстрілювали щодня. За даними поліції, за цей час загинули 11 цивільних.\n"
     "18 серпня. Керована авіабомба влучила в ліцей № 2. За даними ОВА, загинули троє людей, серед них двоє дітей.\n"
     "Листопад. За минулий місяць у громаді загинули 9 цивільних, ще 31 дістав поранення, розповів начальник "
     "міської військової адміністрації.\n\n"
     "Від початку повномасштабного вторгнення у Степногірську загинули 146 мирних жителів, за даними ОВА. "
     "Зруйновано або пошкоджено 640 будинків.",
     "2026-12-05",
     {"ukraine civilians killed 7 exact period ua_officials 2026-03-04",
      "ukraine civilians wounded 23 exact period ua_officials 2026-03-04",
      "ukraine civilians killed 11 exact period/15@2026-05-01 ua_officials 2026-05-15",
      "ukraine civilians killed 3 exact period ua_officials 2026-08-18",
      "ukraine civilians killed 2 exact period ua_officials 2026-08-18",
      "ukraine civilians killed 9 exact period/30@2026-11-01 ua_officials 2026-11-30",
      "ukraine civilians wounded 31 exact period/30@2026-11-01 ua_officials 2026-11-30",
      "ukraine civilians killed 146 exact cumulative ua_officials 2026-12-05"},
     id="t0"),
    # an answer to a public information request: the count "станом на" a date since the aggression, the children among
    # it, the wounded, the span between two dates; the letter's number, the dates of the request, the law's article,
    # the days of the term and the buildings are no count
    pytest.param(
     "Відповідь на запит на публічну інформацію\n\nВих. № 14/2-881 від 02.12.2026\n\nШановний пане Олеже!\n\n"
     "У відповідь на Ваш запит від 25.11.2026 Головне управління Національної поліції в Херсонській області в межах "
     "компетенції повідомляє таке. Станом на 01.12.2026 внаслідок збройної агресії рф в області загинули 1 214 "
     "цивільних осіб, з них 38 дітей; поранено 3 960 цивільних. За період з 1 січня по 30 листопада 2026 року "
     "загинули 187 цивільних.\n\nІнформацією щодо втрат серед військовослужбовців Головне управління не володіє. "
     "Відомості про понад 4 тисячі зруйнованих об'єктів розміщено на сайті обласної військової адміністрації.\n\n"
     "Відповідь надано у строк, визначений статтею 20 Закону України «Про доступ до публічної інформації» (5 "
     "робочих днів).",
     "2026-12-02",
     {"ukraine civilians killed 1214 exact cumulative ua_officials 2026-12-01",
      "ukraine civilians killed 38 exact cumulative ua_officials 2026-12-01",
      "ukraine civilians wounded 3960 exact cumulative ua_officials 2026-12-01",
      "ukraine civilians killed 187 exact period/334@2026-01-01 ua_officials 2026-11-30"},
     id="t1"),
    # a book review of a battalion commander's memoir (ua_officials): the enemy's dead and tanks over the hundred days
    # of a defence, the battalion's own dead and wounded over the same days; the pages, the print run, the price, the
    # days in the title, the chapters and the author's age are no count
    pytest.param(
     "Рецензія. «Сто днів на висоті 214»: мемуари комбата\n\nВидавництво «Лелека», 2026. 312 сторінок, наклад 3 000 "
     "примірників, ціна — 420 гривень.\n\nАвтор книжки, 34-річний командир батальйону Остап Гнатишин, у 12 розділах "
     "розповідає про оборону висоти на Запорізькому напрямку. Цифр він не ховає. За сто днів оборони, пише "
     "Гнатишин, батальйон знищив 1 100 окупантів і 26 танків. Власні втрати він називає так само прямо: за ті ж сто "
     "днів батальйон втратив 63 бійців загиблими, ще 140 були поранені.\n\nКнижку варто читати не заради цифр, а "
     "заради людей, про яких пише автор.",
     "2026-12-04",
     {"russia personnel killed 1100 exact period/100 ua_officials 2026-12-04",
      "russia tanks destroyed 26 exact period/100 ua_officials 2026-12-04",
      "ukraine personnel killed 63 exact period/100 ua_officials 2026-12-04",
      "ukraine personnel wounded 140 exact period/100 ua_officials 2026-12-04"},
     id="t2"),
    # a regional military administration's Telegram post with emoji bullets and a "Станом на 08:00" line, signed at its
    # foot: each district's toll, the day's total, the drones downed; a man named by his age, the women's ages, the
    # houses and cars are no count
    pytest.param(
     "🔴 Наслідки ворожих атак на Дніпропетровщині за минулу добу\n\nСтаном на 08:00 відомо:\n\n"
     "📍 Нікопольщина. Ворог атакував Марганецьку громаду FPV-дронами. Загинув 57-річний чоловік, ще троє людей "
     "поранені.\n"
     "📍 Синельниківщина. Поранені дві жінки — 41 і 68 років.\n"
     "📍 Павлоград. Пошкоджено 4 приватні будинки і 2 автівки.\n\n"
     "🛡 Над областю сили ППО знищили 17 ворожих БпЛА.\n\n"
     "Загалом за добу в області загинула одна людина, поранені п'ятеро.\n\n"
     "👤 Сергій Лисенко, начальник Дніпропетровської ОВА",
     "2026-12-04",
     {"ukraine civilians killed 1 exact period/1 ua_officials 2026-12-04",
      "ukraine civilians wounded 3 exact period/1 ua_officials 2026-12-04",
      "ukraine civilians wounded 2 exact period/1 ua_officials 2026-12-04",
      "ukraine civilians wounded 5 exact period/1 ua_officials 2026-12-04",
      "russia drones destroyed 17 exact period/1 ua_officials 2026-12-04"},
     id="t3"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


# the fixes of this round, read in wordings of their own (in Russian in tests/languages/ru/test_ru_unseen_round37.py);
# each line a text, published 2026-11-30
CONSTRUCTIONS = [
    # words between a span's lead and its count that point back or to its first days; days counted up to a year
    pytest.param("За перші три доби наступу бригада знищила 240 окупантів, повідомили в бригаді.",
                 {"russia personnel killed 240 exact period/3 ua_officials 2026-11-30"}, id="first_days"),
    pytest.param("За першу добу штурму рота втратила шістьох бійців загиблими, розповів комбат.",
                 {"ukraine personnel killed 6 exact period/1 ua_officials 2026-11-30"}, id="first_day"),
    pytest.param("За ті ж 120 днів полк втратив 90 військових загиблими, за словами командира полку.",
                 {"russia personnel killed 90 exact period/120 ua_officials 2026-11-30"}, id="same_days"),
    pytest.param("За сто днів оборони батальйон знищив 800 окупантів, повідомили в бригаді.",
                 {"russia personnel killed 800 exact period/100 ua_officials 2026-11-30"}, id="hundred_days"),
    # a letter's or a request's own date ("від" after its noun or its number) starts no span
    pytest.param("На ваш запит від 20.11.2026 повідомляємо: станом на 1 листопада в місті загинули 212 цивільних.",
                 {"ukraine civilians killed 212 exact cumulative None 2026-11-01"}, id="request_date"),
    pytest.param("Відповідно до листа № 14/2 від 25.11.2026 повідомляємо, що станом на 1 листопада в області загинули "
                 "1 300 цивільних.",
                 {"ukraine civilians killed 1300 exact cumulative None 2026-11-01"}, id="letter_number_date"),
    # a timeline's entry opened by a bare date (a day, or a span between two days) dates its line
    pytest.param("Хронологія обстрілів\n\n12 квітня. Ракета влучила в лікарню. Загинули четверо людей, повідомили в "
                 "ОВА.\n\n30 червня. Удар по ринку: за даними ОВА, поранено 17 людей.",
                 {"ukraine civilians killed 4 exact period ua_officials 2026-04-12",
                  "ukraine civilians wounded 17 exact period ua_officials 2026-06-30"}, id="entry_day"),
    # (and "за цей час" past a sentence of how often a thing of no figure befell)
    pytest.param("З 3 по 9 березня. Село обстрілювали щодня. За цей час, за даними ОВА, загинули шестеро цивільних.",
                 {"ukraine civilians killed 6 exact period/7@2026-03-03 ua_officials 2026-03-09"}, id="entry_span"),
    # a post's first line opened by a pictograph over a blank line is its title, not a list's item
    pytest.param("⚠️ Наслідки обстрілів за минулу добу\n\n📍 Херсон. Поранені четверо людей.",
                 {"ukraine civilians wounded 4 exact period/1 None 2026-11-30"}, id="emoji_title"),
    pytest.param("❗ Наслідки атак за минулу добу\n\n📍 Харків. Загинули двоє людей, повідомили в ОВА.",
                 {"ukraine civilians killed 2 exact period/1 ua_officials 2026-11-30"}, id="emoji_title_b"),
    # a list goes on past its items that count no loss (the houses damaged): the day of its first figures
    pytest.param("Наслідки обстрілів за минулу добу\n\n📍 Херсон. Поранені двоє людей.\n📍 Берислав. Пошкоджено 3 "
                 "будинки та газогін.\n📍 Над областю сили ППО збили 9 ворожих дронів.",
                 {"ukraine civilians wounded 2 exact period/1 None 2026-11-30",
                  "russia drones destroyed 9 exact period/1 None 2026-11-30"}, id="past_no_loss_item"),
    # a figure joined by "і" to a figure of years is an age too
    pytest.param("За даними ОВА, поранені двоє чоловіків — 34 і 52 років.",
                 {"ukraine civilians wounded 2 exact period ua_officials 2026-11-30"}, id="ages_joined"),
    pytest.param("Загинули троє людей — 19, 44 і 70 років, повідомили в ОВА.",
                 {"ukraine civilians killed 3 exact period ua_officials 2026-11-30"}, id="ages_joined_b"),
    # a full name after a source marker: the office it was named with before, else a person of no office
    pytest.param("За словами Ірини Савчук, за тиждень батальйон втратив 12 бійців загиблими.",
                 {"russia personnel killed 12 exact period/7 other 2026-11-30"}, id="full_name"),
    pytest.param("Начальник ОВА Іван Федоренко провів брифінг.\nЗа словами Івана Федоренка, за добу в області "
                 "загинули троє цивільних.",
                 {"ukraine civilians killed 3 exact period/1 ua_officials 2026-11-30"}, id="full_name_office"),
    # "того ж дня": an event of the day of the one told before; the second side's bodies, verb and noun left out
    pytest.param("Того ж дня сторони передали тіла загиблих військових: Україна отримала 800 тіл, Росія — 35, "
                 "повідомив Координаційний штаб.",
                 {"ukraine personnel killed 800 exact period ua_officials 2026-11-30",
                  "russia personnel killed 35 exact period ua_officials 2026-11-30"}, id="bodies_elided"),
    pytest.param("Того ж дня бригада втратила 12 бійців загиблими, повідомив речник бригади.",
                 {"ukraine personnel killed 12 exact period ua_officials 2026-11-30"}, id="same_day"),
    # a side as the subject past a source set off by commas; a model and a weekly as sources
    pytest.param("У жовтні українські війська втратили близько 9 тисяч військових, пише видання. Росія, за даними "
                 "видання, втратила за той самий місяць 41 тисячу військових.",
                 {"ukraine personnel losses 9000 approx period/31@2026-10-01 other 2026-10-31",
                  "russia personnel losses 41000 exact period/31@2026-10-01 other 2026-10-31"}, id="aside_subject"),
    pytest.param("За моделлю тижневика, у жовтні російські війська втратили близько 40 тисяч військових.",
                 {"russia personnel losses 40000 approx period/31@2026-10-01 other 2026-10-31"}, id="model_source"),
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS)
def test_construction(text: str, expected: set[str]) -> None:
    assert described(text, "2026-11-30") == expected
