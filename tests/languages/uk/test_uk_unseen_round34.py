"""Ukrainian whole texts, round 34 (written for these tests) in styles the first thirty-three rounds lack: a village
council's obituary notice of a fallen soldier ("з глибоким сумом повідомляє", the farewell's day and hour, his age and
children; the soldier named one by one is no count) closing with the community's dead, missing and captive since the
full-scale invasion, a regional prosecutor's press release on a missile strike's victims ("розпочато досудове
розслідування", "За версією слідства"; the girl among the wounded named by her age, the Criminal Code's part and
article, the hour, the ages of the dead, the cars beside a building damaged, the commanders under suspicion and the
sentence's years are no count), a TV channel's news ticker of short lines without verbs ("Херсон: ранковий обстріл — 2
загиблих", each line its own source in brackets or before a colon; the drones launched, the exchange rate, the football
score and the weather are no count), a Telegram channel's repost chain ("Пересилаємо:", "Переслано з каналу ...", a post
quoted in a post, each with its own source and span; the shellings counted are no count). Each case lists every claim
the spec asks of the text, written as "side category outcome value[-high] qualifier measure[/period_days][@period_start]
claimant as_of [hedged]", before the extractor was run. Then the fixes of this round, read in wordings of their own (in
Russian in tests/languages/ru/test_ru_unseen_round34.py).
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a village council's obituary notice: the fallen soldier named one by one (no count), his age, his children, the
    # farewell's day and hour; the community's dead, missing and captive since the full-scale invasion (the council:
    # Ukraine's officials)
    pytest.param(
     "Зеленоярська сільська рада з глибоким сумом повідомляє про загибель нашого земляка — старшого солдата Олега "
     "Петровича Гайового. Він загинув 3 грудня 2025 року під час виконання бойового завдання поблизу Костянтинівки. "
     "Олегу було 34 роки, у нього залишилися дружина та двоє синів.\n\nПрощання відбудеться у четвер, 11 грудня, о "
     "10:00 біля будинку культури села Зелений Яр.\n\nВід початку повномасштабного вторгнення наша громада втратила "
     "27 своїх захисників. Ще 9 воїнів громади вважаються зниклими безвісти, четверо перебувають у полоні.\n\nВічна "
     "пам'ять і слава Герою!",
     "2025-12-09",
     {"ukraine personnel losses 27 exact cumulative ua_officials 2025-12-09",
      "ukraine personnel missing 9 exact cumulative ua_officials 2025-12-09",
      "ukraine personnel captured 4 exact cumulative ua_officials 2025-12-09"},
     id="t0"),
    # a regional prosecutor's press release: one strike on a stated day, its dead and wounded "за версією слідства"
    # (the prosecutors: Ukraine's officials); the girl among the wounded named by her age is one person identified,
    # no count (as round 3 read "серед них 9-річна дівчинка"; first written as one of the wounded, corrected after
    # the first run); the part and article, the hour, the ages of the dead, the cars beside a building damaged, the
    # two commanders under suspicion and the sentence's years are no count
    pytest.param(
     "Ракетний удар по Куп'янську: розпочато досудове розслідування\n\nПід процесуальним керівництвом Куп'янської "
     "окружної прокуратури розпочато досудове розслідування за ч. 1 ст. 438 КК України (порушення законів та звичаїв "
     "війни), повідомляє Харківська обласна прокуратура.\n\nЗа версією слідства, 8 грудня 2025 року близько 14:20 "
     "збройні сили рф завдали удару ракетою по центру Куп'янська. Внаслідок удару загинули троє цивільних — чоловіки "
     "52, 61 та 70 років. Ще семеро людей зазнали поранень, серед них 12-річна дівчинка. Пошкоджено адміністративну "
     "будівлю та 6 автомобілів.\n\nРаніше у цьому провадженні повідомлено про підозру двом командирам ракетної "
     "бригади рф. Санкція статті передбачає позбавлення волі на строк від 8 до 12 років.",
     "2025-12-09",
     {"ukraine civilians killed 3 exact period ua_officials 2025-12-08",
      "ukraine civilians wounded 7 exact period ua_officials 2025-12-08"},
     id="t1"),
    # a TV channel's news ticker of verbless lines: each line its own source (in brackets after it, or before its
    # colon) and its own day; the General Staff's day, the Air Force's night; the drones launched, the exchange rate,
    # the football score and the weather are no count
    pytest.param(
     "БІЖУЧИЙ РЯДОК | «Південь 24» | 9 грудня\n\n• Херсон: ранковий обстріл Корабельного району — 2 загиблих, 5 "
     "поранених (ОВА)\n• Запоріжжя: нічна атака дронів — 11 поранених, серед них 3 дітей (міська рада)\n• Генштаб: "
     "втрати ворога за добу — 1 140 осіб, 4 танки, 19 артсистем\n• Повітряні сили: за ніч 87 збитих шахедів зі 112\n• "
     "Курс долара — 42,15 грн\n• Футбол: «Дніпро-1» — «Полісся» 2:1\n• Погода: до -5, ожеледиця",
     "2025-12-09",
     {"ukraine civilians killed 2 exact period ua_officials 2025-12-09",
      "ukraine civilians wounded 5 exact period ua_officials 2025-12-09",
      "ukraine civilians wounded 11 exact period ua_officials 2025-12-09",
      "ukraine civilians wounded 3 exact period ua_officials 2025-12-09",
      "russia personnel losses 1140 exact period/1 ua_general_staff 2025-12-09",
      "russia tanks losses 4 exact period/1 ua_general_staff 2025-12-09",
      "russia artillery losses 19 exact period/1 ua_general_staff 2025-12-09",
      "russia drones destroyed 87 exact period/1 ua_officials 2025-12-09"},
     id="t2"),
    # a Telegram channel's repost chain: the regional head's post forwarded inside the channel's repost (his day), the
    # city council's yesterday evening added by the channel, a border guards' week quoted from another channel; the
    # shellings counted are no count
    pytest.param(
     "Пересилаємо: «Сумщина онлайн»\n\nПереслано з каналу начальника Сумської ОВА Олега Григорова:\n«Протягом доби "
     "росіяни 94 рази обстріляли прикордоння. Внаслідок удару КАБ по Ворожбі загинули двоє цивільних, ще четверо "
     "поранені.»\n\nВід себе додамо: за даними Сумської міської ради, вчора ввечері під час атаки дронів на місто "
     "поранено ще 6 людей.\n\nРепост з каналу прикордонників: «За тиждень на Сумському напрямку ліквідовано 38 "
     "окупантів, знищено 2 бронемашини».",
     "2025-12-09",
     {"ukraine civilians killed 2 exact period/1 ua_officials 2025-12-09",
      "ukraine civilians wounded 4 exact period/1 ua_officials 2025-12-09",
      "ukraine civilians wounded 6 exact period ua_officials 2025-12-08",
      "russia personnel killed 38 exact period/7 ua_officials 2025-12-09",
      "russia armoured_vehicles destroyed 2 exact period/7 ua_officials 2025-12-09"},
     id="t3"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a ticker's line closing on its source in brackets: the name alone, after a place's word, or after a word of
    # sourcing
    ("Одеса: нічна атака дронів — 3 поранених (ОВА)",
     {"ukraine civilians wounded 3 exact period ua_officials 2025-12-09"}),
    ("Суми: удар КАБ — загинули 4 людини (за даними Сумської ОВА)",
     {"ukraine civilians killed 4 exact period ua_officials 2025-12-09"}),
    ("Херсон: обстріл району — 2 загиблих, 5 поранених (Херсонська ОВА).",
     {"ukraine civilians killed 2 exact period ua_officials 2025-12-09",
      "ukraine civilians wounded 5 exact period ua_officials 2025-12-09"}),
])
def test_a_line_closing_on_its_source_in_brackets(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "атака дронів — 11 поранених": the machines a line's event names before its dash are no label of the people it
    # hurt
    ("Запоріжжя: атака дронів — 11 поранених",
     {"ukraine civilians wounded 11 exact period None 2025-12-09"}),
    ("Обстріл із РСЗВ — 3 загиблих",
     {"ukraine civilians killed 3 exact period None 2025-12-09"}),
])
def test_a_machine_before_the_dash_of_the_people_hurt(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a village's or settlement's council (Ukraine's officials), a sports federation and a surgeon (named sources of
    # no state body's: other)
    ("Як повідомила Зеленоярська сільська рада, від початку вторгнення громада втратила 27 захисників.",
     {"ukraine personnel losses 27 exact cumulative ua_officials 2025-12-09"}),
    ("Як повідомили у Лісновській сільській раді, від початку вторгнення громада втратила 19 захисників.",
     {"ukraine personnel losses 19 exact cumulative ua_officials 2025-12-09"}),
    ("Від початку вторгнення загинули 52 борці та тренери, повідомили у федерації.",
     {"ukraine people killed 52 exact cumulative other 2025-12-09"}),
    ("Українська федерація плавання повідомила, що на фронті загинули 9 спортсменів.",
     {"ukraine personnel killed 9 exact cumulative other 2025-12-09"}),
    ("За словами хірурга, за листопад до лікарні надійшли 300 поранених військових.",
     {"ukraine personnel wounded 300 exact period/30@2025-11-01 other 2025-11-30"}),
])
def test_a_council_a_federation_and_a_surgeon(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a post forwarded ("Переслано з каналу ...:", "Репост з каналу ...:") speaks in its author's words; the border
    # guards unnamed are the state's of the side's adjective before them, else the text's own
    ("Переслано з каналу начальника Сумської ОВА Олега Григорова:\n«Протягом доби внаслідок удару КАБ по Ворожбі "
     "загинули двоє цивільних, ще четверо поранені.»",
     {"ukraine civilians killed 2 exact period/1 ua_officials 2025-12-09",
      "ukraine civilians wounded 4 exact period/1 ua_officials 2025-12-09"}),
    ("Репост із каналу Повітряних сил: «Цієї ночі над областю знищено 21 ударний БпЛА».",
     {"russia drones destroyed 21 exact period/1 ua_officials 2025-12-09"}),
    ("Репост з каналу прикордонників: «За тиждень на Сумському напрямку ліквідовано 38 окупантів».",
     {"russia personnel killed 38 exact period/7 ua_officials 2025-12-09"}),
    ("Російські прикордонники заявили, що за тиждень знищили 12 українських військових.",
     {"ukraine personnel killed 12 exact period/7 ru_officials 2025-12-09"}),
])
def test_a_post_forwarded_speaks_in_its_authors_words(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the cars damaged beside a building of one strike are people's property, no loss of a side
    ("Внаслідок удару загинули троє цивільних. Пошкоджено адміністративну будівлю та 6 автомобілів.",
     {"ukraine civilians killed 3 exact period None 2025-12-09"}),
    ("Пошкоджено будівлю ліцею та 4 автомобілі.", set()),
])
def test_cars_beside_a_building_damaged_are_no_loss(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Семеро людей зазнали поранень, серед них дитина": the whole's clause closes on its outcome's words before the
    # comma; the child among them is one of them
    ("Семеро людей зазнали поранень, серед них дитина.",
     {"ukraine civilians wounded 7 exact period None 2025-12-09",
      "ukraine civilians wounded 1 exact period None 2025-12-09"}),
    ("Четверо мешканців дістали поранення, серед них дитина.",
     {"ukraine civilians wounded 4 exact period None 2025-12-09",
      "ukraine civilians wounded 1 exact period None 2025-12-09"}),
])
def test_one_among_a_whole_told_with_its_verb(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-09") == expected


# (pinned then as strict xfail: a post introduced by its author's name was not read as his words; read since round
# 35b: a post's noun opening a heading line that names its author and closes on a colon, slavic/authors_post.py)
def test_a_post_introduced_by_its_authors_name() -> None:
    assert described("Допис начальника Сумської ОВА Олега Григорова:\n«Протягом доби внаслідок удару КАБ по Ворожбі "
                     "загинули двоє цивільних.»", "2025-12-09") == {
        "ukraine civilians killed 2 exact period/1 ua_officials 2025-12-09"}


def test_a_checkpoint_is_no_post() -> None:
    assert described("Росіяни атакували пост поліції, загинули двоє правоохоронців.", "2025-12-09") == {
        "ukraine civilians killed 2 exact period None 2025-12-09"}
