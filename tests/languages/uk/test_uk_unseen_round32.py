"""Ukrainian whole texts, round 32 (written for these tests) in styles the first thirty-one rounds lack: the railway
company's post on its staff killed and wounded since the full-scale invasion (at work and at the front, "Із них", the
month's; locomotives, carriages and stations damaged and those mobilised are no count), the education ministry's count
of teachers and pupils killed "станом на" a date with the pupils by region in brackets (schools destroyed, the share in
class and the money are no count), a frontline city council's monthly post (killed and wounded residents of the month
by district, children among them, the count since the full-scale invasion; rubble, shelters and the shells fired are no
count), a radio interview in dashes with a battalion commander introduced as the broadcast's guest ("Гостем ранкового
ефіру став ...") giving the month's losses of the enemy and his own in soldiers' slang ("двохсоті", "трьохсоті"; the
assaults repelled and his years at war are no count). Each case lists every claim the spec asks of the text, written as
"side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]". Then the
fixes of this round, read in wordings of their own (in Russian in tests/languages/ru/test_ru_unseen_round32.py).
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # the railway company (a company counting its own staff, "повідомили в компанії": a named source, other, as the
    # grid operator of round 18) since the full-scale invasion: the whole (people; the headline's "понад" its own
    # claim), those killed at work by shelling (civilians) and "ще N — на фронті" (soldiers: the bare figure's own
    # clause), the wounded (people); November's dead and wounded by drone attacks (civilians); locomotives,
    # carriages, stations and those mobilised are no count
    pytest.param(
     "Укрзалізниця: від початку повномасштабного вторгнення загинули понад 780 залізничників\n\nВід початку "
     "повномасштабного вторгнення росії загинули 786 працівників Укрзалізниці, повідомили в компанії. Із них 143 "
     "загинули на роботі — під час обстрілів станцій, депо та поїздів, ще 643 — на фронті, захищаючи Україну. "
     "Поранення дістали 1 058 залізничників.\n\nЛише за листопад через атаки ворожих дронів на залізницю загинули 4 "
     "працівники компанії, ще 17 дістали поранення.\n\nЗа час війни пошкоджено понад 300 локомотивів і 4 тисячі "
     "вагонів, зруйновано 46 вокзалів і станцій. До лав Сил оборони мобілізовано понад 10 тисяч залізничників.",
     "2025-12-05",
     {"ukraine people killed 780 at_least cumulative other 2025-12-05",
      "ukraine people killed 786 exact cumulative other 2025-12-05",
      "ukraine civilians killed 143 exact cumulative other 2025-12-05",
      "ukraine personnel killed 643 exact cumulative other 2025-12-05",
      "ukraine people wounded 1058 exact cumulative other 2025-12-05",
      "ukraine civilians killed 4 exact period/30@2025-11-01 other 2025-11-30",
      "ukraine civilians wounded 17 exact period/30@2025-11-01 other 2025-11-30"},
     id="t0"),
    # the education ministry (another ministry: Ukraine's officials) "станом на 1 грудня" (as of, a running count):
    # teachers (people of a trade: no status), pupils (children: civilians) killed and wounded, the pupils killed by
    # region in brackets; the headline the same claims; schools, the share and the money are no count
    pytest.param(
     "МОН: станом на 1 грудня через війну загинули 86 педагогів і 627 учнів\n\nСтаном на 1 грудня 2025 року "
     "внаслідок збройної агресії рф загинули 86 педагогічних працівників і 627 учнів закладів загальної середньої "
     "освіти, повідомляє Міністерство освіти і науки. Ще 1 236 учнів дістали поранення.\n\nНайбільше загиблих учнів — "
     "у Донецькій області (152), Харківській (119) та Херсонській (61).\n\nВід початку повномасштабного вторгнення "
     "зруйновано 412 закладів освіти, ще 3 610 — пошкоджено. Очно нині навчаються лише 48% школярів, а на відновлення "
     "шкіл цього року спрямовано 2,4 млрд гривень.",
     "2025-12-03",
     {"ukraine people killed 86 exact cumulative ua_officials 2025-12-01",
      "ukraine civilians killed 627 exact cumulative ua_officials 2025-12-01",
      "ukraine civilians wounded 1236 exact cumulative ua_officials 2025-12-01",
      "ukraine civilians killed 152 exact cumulative ua_officials 2025-12-01",
      "ukraine civilians killed 119 exact cumulative ua_officials 2025-12-01",
      "ukraine civilians killed 61 exact cumulative ua_officials 2025-12-01"},
     id="t1"),
    # a frontline city council's monthly post (Ukraine's officials): November's residents killed and wounded by
    # shelling, the children among the wounded, the same by district, the count since the full-scale invasion;
    # rubble, shelters and the shells and drones fired are no count
    pytest.param(
     "Підсумки листопада в громаді\n\nУпродовж листопада внаслідок російських обстрілів у місті загинули 11 "
     "мешканців, ще 53 дістали поранення, серед них 6 дітей, повідомляє міська рада.\n\nУ Центральному районі "
     "загинули 5 людей, поранено 24; у Заводському — 4 загиблих і 18 поранених; у Корабельному — 2 загиблих і 11 "
     "поранених.\n\nЗагалом від початку повномасштабного вторгнення в місті загинули 437 мирних жителів, 1 682 "
     "дістали поранення.\n\nЗа місяць комунальники вивезли понад 1 800 тонн будівельного сміття та облаштували 12 "
     "нових укриттів. Ворог випустив по громаді 640 снарядів і 215 дронів.",
     "2025-12-02",
     {"ukraine civilians killed 11 exact period/30@2025-11-01 ua_officials 2025-11-30",
      "ukraine civilians wounded 53 exact period/30@2025-11-01 ua_officials 2025-11-30",
      "ukraine civilians wounded 6 exact period/30@2025-11-01 ua_officials 2025-11-30",
      "ukraine civilians killed 5 exact period/30@2025-11-01 ua_officials 2025-11-30",
      "ukraine civilians wounded 24 exact period/30@2025-11-01 ua_officials 2025-11-30",
      "ukraine civilians killed 4 exact period/30@2025-11-01 ua_officials 2025-11-30",
      "ukraine civilians wounded 18 exact period/30@2025-11-01 ua_officials 2025-11-30",
      "ukraine civilians killed 2 exact period/30@2025-11-01 ua_officials 2025-11-30",
      "ukraine civilians wounded 11 exact period/30@2025-11-01 ua_officials 2025-11-30",
      "ukraine civilians killed 437 exact cumulative ua_officials 2025-12-02",
      "ukraine civilians wounded 1682 exact cumulative ua_officials 2025-12-02"},
     id="t2"),
    # a radio interview: the guest (a battalion commander: Ukraine's officials) is the source of every answer; the
    # enemy's dead and wounded ("трьохсоті") over the last month, his own in slang ("двохсотих", "трьохсотих") "за цей
    # час"; the assaults repelled, their rate and his years at war are no count
    pytest.param(
     "Командир батальйону в ефірі радіо: «Двохсотих у них у рази більше»\n\nГостем ранкового ефіру став командир "
     "батальйону однієї з бригад, що тримає оборону на Куп'янському напрямку.\n\n— Які втрати противника на вашій "
     "ділянці?\n\n— За останній місяць ми знищили 214 окупантів, ще близько 300 — «трьохсоті». Рахуємо тільки тих, "
     "кого бачимо з дронів.\n\n— А ваші втрати?\n\n— У нас за цей час 6 «двохсотих» і 23 «трьохсотих». Кожного з них "
     "я знаю на ім'я.\n\n— Скільки штурмів ви відбили?\n\n— Понад 90. Бувало по п'ять-шість за день.\n\n— Як довго "
     "ви воюєте?\n\n— Одинадцятий рік, з 2015-го.",
     "2025-12-04",
     {"russia personnel killed 214 exact period/30 ua_officials 2025-12-04",
      "russia personnel wounded 300 approx period/30 ua_officials 2025-12-04",
      "ukraine personnel killed 6 exact period/30 ua_officials 2025-12-04",
      "ukraine personnel wounded 23 exact period/30 ua_officials 2025-12-04"},
     id="t3"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # pupils counted are children: civilians
    ("Від початку повномасштабного вторгнення загинули 38 школярів області.",
     {"ukraine civilians killed 38 exact cumulative None 2025-12-06"}),
    ("Внаслідок удару по місту поранено 9 учнів місцевого ліцею.",
     {"ukraine civilians wounded 9 exact period None 2025-12-06"}),
])
def test_pupils_are_civilians(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # soldiers' slang: "двохсоті" the killed, "трьохсоті" the wounded, after a figure or told of a part after a dash
    ("За словами командира роти, за добу ворог мав на його ділянці 40 «двохсотих» і 65 «трьохсотих».",
     {"russia personnel killed 40 exact period/1 ua_officials 2025-12-06",
      "russia personnel wounded 65 exact period/1 ua_officials 2025-12-06"}),
    ("Окупанти за тиждень втратили понад 120 військових, з них близько 50 — двохсоті.",
     {"russia personnel losses 120 at_least period/7 None 2025-12-06",
      "russia personnel killed 50 approx period/7 None 2025-12-06"}),
])
def test_soldiers_slang_for_the_killed_and_wounded(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the guest a broadcast had ("Гостем / Гостею ефіру став / була X") is the source of the answers after
    ("Гостем студії став речник угруповання військ.\n\n— Які втрати противника?\n\n— За тиждень ворог втратив на "
     "напрямку 2 400 військових.",
     {"russia personnel losses 2400 exact period/7 ua_officials 2025-12-06"}),
    ("Гостею ефіру була речниця Сил оборони півдня.\n\n— Які втрати ворога за добу?\n\n— За добу ворог втратив 180 "
     "військових і 4 танки.",
     {"russia personnel losses 180 exact period/1 ua_officials 2025-12-06",
      "russia tanks losses 4 exact period/1 ua_officials 2025-12-06"}),
    # (the outlet of a broadcast is still none: "розповів в ефірі телемарафону")
    ("Про це речник ВМС розповів в ефірі телемарафону. За добу знищено 3 катери.",
     {"russia ships destroyed 3 exact period/1 ua_officials 2025-12-06"}),
])
def test_the_guest_of_a_broadcast_is_its_source(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company counting its own staff ("повідомили в компанії") is a named source
    ("Від початку року під час обстрілів загинули 14 працівників компанії, повідомили в самій компанії.",
     {"ukraine civilians killed 14 exact period@2025-01-01 other 2025-12-06"}),
    # (not a company its staff are of where another source says so, nor one asked for a comment)
    ("Загинули 3 працівники компанії, повідомили в ОВА.",
     {"ukraine civilians killed 3 exact period ua_officials 2025-12-06"}),
    ("Журналісти надіслали запит до компанії. Від початку року загинули 3 працівники.",
     {"ukraine people killed 3 exact period@2025-01-01 None 2025-12-06"}),
])
def test_a_company_counting_its_staff_is_a_source(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare figure whose own clause says it fell at the front ("ще 210 — на фронті") is soldiers of the whole's side;
    # the part told before it keeps its kind
    ("Від початку вторгнення з 300 загиблих медиків 90 загинули на роботі, ще 210 — на фронті.",
     {"ukraine civilians killed 300 exact cumulative None 2025-12-06",
      "ukraine civilians killed 90 exact cumulative None 2025-12-06",
      "ukraine personnel killed 210 exact cumulative None 2025-12-06"}),
    ("Від початку вторгнення загинули 260 шахтарів. Із них 70 людей загинули під час обстрілів шахт, ще 190 — на "
     "фронті.",
     {"ukraine people killed 260 exact cumulative None 2025-12-06",
      "ukraine civilians killed 70 exact cumulative None 2025-12-06",
      "ukraine personnel killed 190 exact cumulative None 2025-12-06"}),
])
def test_a_bare_part_at_the_front_is_soldiers(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


def test_the_part_before_the_front_keeps_its_kind() -> None:
    text = ("Від початку вторгнення загинули 786 працівників компанії. Із них 143 людини загинули на роботі, ще 643 — "
            "на фронті, захищаючи Україну.")
    assert described(text, "2025-12-06") == {
        "ukraine people killed 786 exact cumulative None 2025-12-06",
        "ukraine civilians killed 143 exact cumulative None 2025-12-06",
        "ukraine personnel killed 643 exact cumulative None 2025-12-06"}


@pytest.mark.parametrize(("text", "expected"), [
    # the slang tells what befell them, not whose doing: an officer's figures of it with no side named are his own
    # side's, as those he says died; a side named or a verb of destroying still makes them the enemy's
    ("За тиждень у батальйоні двоє двохсотих і п'ятеро трьохсотих, розповів комбат.",
     {"ukraine personnel killed 2 exact period/7 ua_officials 2025-12-06",
      "ukraine personnel wounded 5 exact period/7 ua_officials 2025-12-06"}),
    ("Командир роти розповів, що за добу його бійці знищили 40 окупантів, ще 65 — «трьохсоті».",
     {"russia personnel killed 40 exact period/1 ua_officials 2025-12-06",
      "russia personnel wounded 65 exact period/1 ua_officials 2025-12-06"}),
])
def test_the_slang_of_no_side_in_an_officers_words_is_his_own(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


def test_the_slang_in_digits() -> None:
    assert described("За добу на нашій ділянці у ворога 40 «200-х» і 65 «300-х», повідомив командир роти.",
                     "2025-12-06") == {
        "russia personnel killed 40 exact period/1 ua_officials 2025-12-06",
        "russia personnel wounded 65 exact period/1 ua_officials 2025-12-06"}
