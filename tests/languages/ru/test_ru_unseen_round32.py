"""Russian whole texts, round 32 (written for these tests) in the styles the Ukrainian round 32 found, in a
Russian-language Ukrainian outlet's wording: the railway company's post on its staff killed and wounded since the
full-scale invasion (at work and "еще N — на фронте"; locomotives, carriages and stations are no count), a radio
interview in dashes with a battalion commander of the Ukrainian army introduced as the broadcast's guest ("Гостем
утреннего эфира стал ...") giving the month's losses in soldiers' slang ("двухсотые", "трехсотые"; the assaults
repelled are no count), and the education ministry's count of teachers and pupils killed "по состоянию на" a date
(schools destroyed are no count). Each case lists every claim the spec asks of the text, written as "side category
outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]". Then round 32's fixes
(tests/languages/uk/test_uk_unseen_round32.py) read in Russian wordings of their own.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # the railway company (a company counting its own staff: other) since the full-scale invasion: the whole
    # (people; the headline's "более" its own claim), those killed at work by shelling (civilians), "еще N — на
    # фронте" (soldiers), the wounded (people); November's by shelling (civilians); rolling stock is no count
    pytest.param(
     "Укрзализныця: с начала полномасштабного вторжения погибли более 780 железнодорожников\n\nС начала "
     "полномасштабного вторжения России погибли 786 работников Укрзализныци, сообщили в компании. Из них 143 "
     "погибли на работе — во время обстрелов станций, депо и поездов, еще 643 — на фронте, защищая Украину. "
     "Ранения получили 1 058 железнодорожников.\n\nТолько за ноябрь из-за обстрелов железной дороги погибли 4 "
     "работника компании, еще 17 получили ранения.\n\nЗа время войны повреждено более 300 локомотивов и 4 тысяч "
     "вагонов, разрушено 46 вокзалов и станций.",
     "2025-12-05",
     {"ukraine people killed 780 at_least cumulative other 2025-12-05",
      "ukraine people killed 786 exact cumulative other 2025-12-05",
      "ukraine civilians killed 143 exact cumulative other 2025-12-05",
      "ukraine personnel killed 643 exact cumulative other 2025-12-05",
      "ukraine people wounded 1058 exact cumulative other 2025-12-05",
      "ukraine civilians killed 4 exact period/30@2025-11-01 other 2025-11-30",
      "ukraine civilians wounded 17 exact period/30@2025-11-01 other 2025-11-30"},
     id="t0"),
    # a radio interview: the guest (a battalion commander of the Ukrainian army: Ukraine's officials) is the source of
    # every answer; the enemy's dead and wounded ("трехсотые") over the last month, his own in slang "за это время";
    # the assaults repelled and their rate are no count
    pytest.param(
     "Командир батальона в эфире радио: «Двухсотых у них в разы больше»\n\nГостем утреннего эфира стал командир "
     "одного из батальонов ВСУ, которые держат оборону на Купянском направлении.\n\n— Каковы потери противника на "
     "вашем участке?\n\n— За последний месяц мы уничтожили 214 оккупантов, еще около 300 — «трехсотые». Считаем "
     "только тех, кого видим с дронов.\n\n— А ваши потери?\n\n— У нас за это время 6 «двухсотых» и 23 «трехсотых». "
     "Каждого из них я знаю по имени.\n\n— Сколько штурмов вы отбили?\n\n— Более 90. Бывало по пять-шесть за день.",
     "2025-12-04",
     {"russia personnel killed 214 exact period/30 ua_officials 2025-12-04",
      "russia personnel wounded 300 approx period/30 ua_officials 2025-12-04",
      "ukraine personnel killed 6 exact period/30 ua_officials 2025-12-04",
      "ukraine personnel wounded 23 exact period/30 ua_officials 2025-12-04"},
     id="t1"),
    # the education ministry (Ukraine's officials) "по состоянию на 1 декабря": teachers (people), pupils (children:
    # civilians) killed and wounded; schools are no count
    pytest.param(
     "Минобразования: по состоянию на 1 декабря погибли 627 учеников\n\nПо состоянию на 1 декабря 2025 года "
     "вследствие вооруженной агрессии РФ погибли 86 педагогических работников и 627 учеников, сообщает Министерство "
     "образования и науки Украины. Еще 1 236 школьников получили ранения.\n\nС начала полномасштабного вторжения "
     "разрушено 412 учебных заведений.",
     "2025-12-03",
     {"ukraine people killed 86 exact cumulative ua_officials 2025-12-01",
      "ukraine civilians killed 627 exact cumulative ua_officials 2025-12-01",
      "ukraine civilians wounded 1236 exact cumulative ua_officials 2025-12-01"},
     id="t2"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # pupils counted are children: civilians
    ("С начала полномасштабного вторжения погибли 38 школьников области.",
     {"ukraine civilians killed 38 exact cumulative None 2025-12-06"}),
    ("В результате удара по городу ранены 9 учеников местного лицея.",
     {"ukraine civilians wounded 9 exact period None 2025-12-06"}),
])
def test_pupils_are_civilians(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # soldiers' slang: "двухсотые" the killed, "трехсотые" the wounded
    ("По словам командира роты ВСУ, за сутки противник потерял на его участке 40 «двухсотых» и 65 «трехсотых».",
     {"russia personnel killed 40 exact period/1 ua_officials 2025-12-06",
      "russia personnel wounded 65 exact period/1 ua_officials 2025-12-06"}),
    ("Оккупанты за неделю потеряли более 120 военных, из них около 50 — двухсотые.",
     {"russia personnel losses 120 at_least period/7 None 2025-12-06",
      "russia personnel killed 50 approx period/7 None 2025-12-06"}),
])
def test_soldiers_slang_for_the_killed_and_wounded(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the guest a broadcast had ("Гостем студии стал / был X") is the source of the answers after
    ("Гостем студии стал командир батальона ВСУ.\n\n— Каковы потери противника?\n\n— За неделю враг потерял на "
     "направлении 2 400 военных.",
     {"russia personnel losses 2400 exact period/7 ua_officials 2025-12-06"}),
    ("Гостем студии был командир батальона ВСУ.\n\n— Каковы потери противника за сутки?\n\n— За сутки противник "
     "потерял 180 военных и 4 танка.",
     {"russia personnel losses 180 exact period/1 ua_officials 2025-12-06",
      "russia tanks losses 4 exact period/1 ua_officials 2025-12-06"}),
])
def test_the_guest_of_a_broadcast_is_its_source(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company counting its own staff ("сообщили в компании") is a named source; one asked for a comment is none
    ("С начала года при обстрелах погибли 14 сотрудников компании, сообщили в самой компании.",
     {"ukraine civilians killed 14 exact period@2025-01-01 other 2025-12-06"}),
    ("Погибли 3 сотрудника компании, сообщили в военной администрации.",
     {"ukraine civilians killed 3 exact period ua_officials 2025-12-06"}),
    ("Журналисты направили запрос в компанию. С начала года погибли 3 сотрудника.",
     {"ukraine people killed 3 exact period@2025-01-01 None 2025-12-06"}),
])
def test_a_company_counting_its_staff_is_a_source(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare figure whose own clause says it fell at the front ("еще 210 — на фронте") is soldiers of the whole's side;
    # the part told before it keeps its kind
    ("С начала вторжения из 300 погибших медиков 90 погибли во время обстрелов, еще 210 — на фронте.",
     {"ukraine civilians killed 300 exact cumulative None 2025-12-06",
      "ukraine civilians killed 90 exact cumulative None 2025-12-06",
      "ukraine personnel killed 210 exact cumulative None 2025-12-06"}),
    ("С начала вторжения погибли 260 шахтеров. Из них 70 человек погибли во время обстрелов шахт, еще 190 — на "
     "фронте.",
     {"ukraine people killed 260 exact cumulative None 2025-12-06",
      "ukraine civilians killed 70 exact cumulative None 2025-12-06",
      "ukraine personnel killed 190 exact cumulative None 2025-12-06"}),
])
def test_a_bare_part_at_the_front_is_soldiers(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


def test_the_part_before_the_front_keeps_its_kind() -> None:
    text = ("С начала вторжения погибли 786 работников компании. Из них 143 человека погибли на работе, еще 643 — на "
            "фронте, защищая Украину.")
    assert described(text, "2025-12-06") == {
        "ukraine people killed 786 exact cumulative None 2025-12-06",
        "ukraine civilians killed 143 exact cumulative None 2025-12-06",
        "ukraine personnel killed 643 exact cumulative None 2025-12-06"}


@pytest.mark.parametrize(("text", "expected"), [
    # the slang tells what befell them, not whose doing: an officer's figures of it with no side named are his own
    # side's; a verb of destroying still makes them the enemy's
    ("За неделю в батальоне двое двухсотых и пятеро трехсотых, рассказал комбат ВСУ.",
     {"ukraine personnel killed 2 exact period/7 ua_officials 2025-12-06",
      "ukraine personnel wounded 5 exact period/7 ua_officials 2025-12-06"}),
    ("Командир роты ВСУ рассказал, что за сутки его бойцы уничтожили 40 оккупантов, еще 65 — «трехсотые».",
     {"russia personnel killed 40 exact period/1 ua_officials 2025-12-06",
      "russia personnel wounded 65 exact period/1 ua_officials 2025-12-06"}),
])
def test_the_slang_of_no_side_in_an_officers_words_is_his_own(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
