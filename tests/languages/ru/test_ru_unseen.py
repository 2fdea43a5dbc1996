"""Russian text in styles the shared sets hold few of (written for these tests): the MoD's daily "ВСУ потеряли
до ..." and "всего с начала СВО уничтожены: ...", TASS/RIA retellings of Ukrainian figures, governors' tolls,
Telegram posts with emoji and bullets, numbers in words in every case, "полторы тысячи", ranges,
"более / свыше / не менее".

Each case lists every claim the spec asks of the text, written as
"side category outcome value[-high] qualifier measure[/period_days] claimant".
"""

from __future__ import annotations

from functools import partial

import pytest
from claim_lines import described_undated

from lossledger.extract import extract_claims

described = partial(described_undated, published="2024-03-12")


SENTENCES = [
    # the MoD's day: "до" is at most, a bare "танк" is one
    ("За сутки потери ВСУ составили до 1 300 военнослужащих, танк, три боевые бронированные машины, 12 автомобилей "
     "и девять орудий полевой артиллерии.",
     {"ukraine personnel losses 1300 at_most period/1 None", "ukraine tanks losses 1 exact period/1 None",
      "ukraine armoured_vehicles losses 3 exact period/1 None", "ukraine vehicles losses 12 exact period/1 None",
      "ukraine artillery losses 9 exact period/1 None"}),
    ("Минобороны России: ВСУ за сутки потеряли свыше двух тысяч военнослужащих, шесть танков и семь бронемашин.",
     {"ukraine personnel losses 2000 at_least period/1 ru_mod", "ukraine tanks losses 6 exact period/1 ru_mod",
      "ukraine armoured_vehicles losses 7 exact period/1 ru_mod"}),
    ("Потери ВСУ на всех направлениях за сутки составили более 1 500 военнослужащих и 17 единиц техники, сообщили "
     "в российском военном ведомстве.",
     {"ukraine personnel losses 1500 at_least period/1 ru_mod", "ukraine equipment losses 17 exact period/1 ru_mod"}),
    ("Группировка войск «Центр» за сутки уничтожила более трехсот военнослужащих противника, две боевые машины "
     "пехоты и 5 пикапов.",
     {"ukraine personnel killed 300 at_least period/1 None",
      "ukraine armoured_vehicles destroyed 2 exact period/1 None",
      "ukraine vehicles destroyed 5 exact period/1 None"}),
    ("По данным Минобороны России, за неделю ВСУ потеряли полторы тысячи военнослужащих.",
     {"ukraine personnel losses 1500 exact period/7 ru_mod"}),
    ("В течение недели потери ВСУ превысили 10 тысяч военнослужащих, а также 30 танков, сообщил Конашенков.",
     {"ukraine personnel losses 10000 at_least period/7 ru_mod", "ukraine tanks losses 30 exact period/7 ru_mod"}),
    # air defence: shot down with no span word is one attack; HIMARS rockets are missiles
    ("Средствами ПВО сбиты три реактивных снаряда HIMARS и 45 беспилотных летательных аппаратов самолетного типа.",
     {"ukraine missiles destroyed 3 exact period None", "ukraine drones destroyed 45 exact period None"}),
    ("Силы ПВО сбили полторы сотни беспилотников, сообщили в Минобороны России.",
     {"ukraine drones destroyed 150 exact period ru_mod"}),
    # the running totals
    ("Всего с начала проведения специальной военной операции уничтожены: 642 самолета, 283 вертолета, 38 548 "
     "беспилотных летательных аппаратов, 581 зенитный ракетный комплекс, 18 904 танка и других боевых "
     "бронированных машин.",
     {"ukraine aircraft destroyed 642 exact cumulative None", "ukraine helicopters destroyed 283 exact cumulative None",
      "ukraine drones destroyed 38548 exact cumulative None", "ukraine air_defence destroyed 581 exact cumulative None",
      "ukraine armoured_vehicles destroyed 18904 exact cumulative None"}),
    # Ukrainian figures retold by Russian outlets
    ("Российская армия за сутки потеряла около полутора тысяч военных, утверждают в Генштабе ВСУ.",
     {"russia personnel losses 1500 approx period/1 ua_general_staff"}),
    ("ТАСС со ссылкой на Генштаб ВСУ сообщил, что потери российских войск с начала вторжения составили 430 тысяч "
     "человек.",
     {"russia personnel losses 430000 exact cumulative ua_general_staff"}),
    ("Генштаб ВСУ утверждает, что с начала вторжения российская армия потеряла около 430 тысяч военных. "
     "В Минобороны России эти данные не комментируют.",
     {"russia personnel losses 430000 approx cumulative ua_general_staff"}),
    ("Как заявил Владимир Зеленский, с начала войны погибли 31 тысяча украинских военных.",
     {"ukraine personnel killed 31000 exact cumulative ua_president"}),
    ("Зеленский заявил, что ежедневно Россия теряет 800–900 человек убитыми и ранеными.",
     {"russia personnel losses 800-900 range rate/1 ua_president"}),
    # (no span and no event named: a side that lost its soldiers "убитыми" counts its losses, a running total, not an
    # account of destroying; round 29, tests/languages/ru/test_ru_round29_constructions.py)
    ("Российская армия потеряла от 600 до 800 военных убитыми, заявили в украинской разведке.",
     {"russia personnel killed 600-800 range cumulative ua_mod"}),
    ("По словам Сырского, за время операции в Курской области потери российских войск составили 38 тысяч человек, "
     "из них почти 17 тысяч — безвозвратные.",
     {"russia personnel losses 38000 exact period ua_officials",
      "russia personnel killed 17000 approx period ua_officials"}),
    # governors' tolls
    ("Губернатор Белгородской области Вячеслав Гладков сообщил, что в результате обстрела ВСУ погибли два человека, "
     "еще семеро получили ранения.",
     {"russia civilians killed 2 exact period ru_officials", "russia civilians wounded 7 exact period ru_officials"}),
    ("В результате удара по Донецку погибли не менее 15 мирных жителей, свыше 30 ранены, сообщил глава ДНР Денис "
     "Пушилин.",
     {"russia civilians killed 15 at_least period ru_officials",
      "russia civilians wounded 30 at_least period ru_officials"}),
    ("Число погибших в результате удара по Белгороду возросло до 25 человек, в том числе пяти детей.",
     {"russia civilians killed 25 exact period None", "russia civilians killed 5 exact period None"}),
    ("Сбито двадцать пять беспилотников, еще пятеро мирных жителей получили ранения, сообщил губернатор Курской "
     "области.",
     {"ukraine drones destroyed 25 exact period ru_officials", "russia civilians wounded 5 exact period ru_officials"}),
    # numbers in words: thousands before hundreds
    ("ВСУ потеряли более тысячи двухсот военнослужащих и двадцать одну единицу техники.",
     {"ukraine personnel losses 1200 at_least cumulative None", "ukraine equipment losses 21 exact cumulative None"}),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[f"s{i:02d}" for i in range(len(SENTENCES))])
def test_sentence(text: str, expected: set[str]) -> None:
    assert described(text) == expected


TEXTS = [
    # a TASS report of the MoD's day and its running totals
    ("Российские военные за сутки уничтожили до 1 200 украинских военных — Минобороны РФ\n\n"
     "МОСКВА, 12 марта. /ТАСС/. Вооруженные силы РФ за сутки уничтожили до 1 200 военнослужащих ВСУ. Об этом "
     "сообщили в Минобороны России.\n\n"
     "Кроме того, потери противника составили четыре танка, 15 боевых бронированных машин и 22 автомобиля. "
     "Средствами противовоздушной обороны сбиты 87 беспилотных летательных аппаратов самолетного типа.\n\n"
     "Всего с начала проведения специальной военной операции уничтожены 642 самолета, 283 вертолета.",
     {"ukraine personnel killed 1200 at_most period/1 ru_mod", "ukraine tanks losses 4 exact period/1 ru_mod",
      "ukraine armoured_vehicles losses 15 exact period/1 ru_mod", "ukraine vehicles losses 22 exact period/1 ru_mod",
      "ukraine drones destroyed 87 exact period/1 ru_mod", "ukraine aircraft destroyed 642 exact cumulative ru_mod",
      "ukraine helicopters destroyed 283 exact cumulative ru_mod"}),
    # Ukrainian figures retold: the side after "по данным" is who says, and the ministry that does not comment
    # is not the source
    ("Киев назвал потери российских войск\n\n"
     "Генштаб ВСУ оценил потери российской армии с начала конфликта в 425 620 человек. По данным украинского "
     "военного ведомства, за последние сутки российские войска потеряли 990 военнослужащих и восемь танков.\n\n"
     "В Минобороны России эти данные не комментируют.",
     {"russia personnel losses 425620 exact cumulative ua_general_staff",
      "russia personnel losses 990 exact period/1 ua_mod", "russia tanks losses 8 exact period/1 ua_mod"}),
    ("Генштаб ВСУ опубликовал данные о потерях российской армии по состоянию на 12 марта. По данным украинской "
     "стороны, Россия потеряла:\n"
     "— личного состава — около 425 620 (+990) человек;\n"
     "— танков — 6725 (+8);\n"
     "— артиллерийских систем — 10 274 (+25).",
     {"russia personnel losses 425620 approx cumulative ua_general_staff",
      "russia personnel losses 990 exact period/1 ua_general_staff",
      "russia tanks losses 6725 exact cumulative ua_general_staff",
      "russia tanks losses 8 exact period/1 ua_general_staff",
      "russia artillery losses 10274 exact cumulative ua_general_staff",
      "russia artillery losses 25 exact period/1 ua_general_staff"}),
    # a Telegram post: a lead line with no colon, its regions in emoji bullets
    ("⚡️Минобороны: за ночь сбиты 47 украинских беспилотников\n"
     "▪️ над Белгородской областью — 20\n"
     "▪️ над Курской областью — 15\n"
     "▪️ над Брянской областью — 12",
     {"ukraine drones destroyed 47 exact period/1 ru_mod", "ukraine drones destroyed 20 exact period/1 ru_mod",
      "ukraine drones destroyed 15 exact period/1 ru_mod", "ukraine drones destroyed 12 exact period/1 ru_mod"}),
    ("Сбиты 47 украинских беспилотников.\n\n"
     "▪️ над Белгородской областью — 20\n"
     "▪️ над Курской областью — 15",
     {"ukraine drones destroyed 47 exact period None", "ukraine drones destroyed 20 exact period None",
      "ukraine drones destroyed 15 exact period None"}),
    # a governor's day: the homes' cars are not an army's
    ("Белгородская область: за сутки погибли три мирных жителя\n\n"
     "Губернатор Белгородской области Вячеслав Гладков сообщил, что в результате атак ВСУ за сутки погибли три "
     "человека. Еще восемь человек получили ранения.\n\n"
     "По его словам, повреждены 34 частных дома, многоэтажка и 17 автомобилей.",
     {"russia civilians killed 3 exact period/1 ru_officials",
      "russia civilians wounded 8 exact period/1 ru_officials"}),
    # the MoD's week, with a subset of the tanks
    ("Минобороны РФ заявило, что за неделю ВСУ потеряли свыше 14 тысяч военных\n\n"
     "Как говорится в сводке ведомства, за неделю с 2 по 8 марта потери ВСУ составили свыше 14 тысяч "
     "военнослужащих, 43 танка, в том числе восемь танков Leopard, и 118 полевых артиллерийских орудий.",
     {"ukraine personnel losses 14000 at_least period/7 ru_mod", "ukraine tanks losses 43 exact period/7 ru_mod",
      "ukraine tanks losses 8 exact period/7 ru_mod", "ukraine artillery losses 118 exact period/7 ru_mod"}),
]


@pytest.mark.parametrize(("text", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, expected: set[str]) -> None:
    assert described(text) == expected


def test_a_daily_average_is_a_rate() -> None:
    text = "Среднесуточные потери российской армии в феврале составили 983 человека, сообщила британская разведка."
    assert described(text) == {"russia personnel losses 983 exact rate/1 uk_mod"}


def test_a_day_named_by_an_event_is_not_per_day() -> None:
    c = extract_claims("В день объявления мобилизации министр обороны Шойгу оценил потери в 5 937 человек.",
                       published="2022-09-22")[0]
    assert c.measure != "rate"


@pytest.mark.parametrize("text", [
    "В результате атаки беспилотника ВСУ на автомобиль погибла женщина, еще один человек ранен.",
    "При ударе дрона ВСУ по остановке ранены три человека.",
])
def test_people_hurt_by_an_attack_are_the_attackers_opponents(text: str) -> None:
    found = extract_claims(text, published="2024-03-12")
    assert found and {(c.side, c.category) for c in found} == {("russia", "people")}


NOT_LOSSES = [
    "Россия и Украина провели обмен пленными: домой вернулись 95 украинских военных. Всего с начала войны из плена "
    "освобождены 3 135 человек.",
    "За данными ООН, из Украины выехали более 6,5 млн беженцев, еще 3,7 млн стали внутренне перемещенными лицами.",
    "На Запорожском направлении подразделения отразили 12 атак штурмовых групп ВСУ.",
    "Армия России получила 1 500 новых танков в прошлом году, сообщил Шойгу.",
    "Заявки на участие в проекте «Хочу жить» подали 21 тысяча российских военных.",
    "Сотни российских военных погибли в боях за Бахмут, заявили в ВСУ.",
]


@pytest.mark.parametrize("text", NOT_LOSSES, ids=[f"n{i}" for i in range(len(NOT_LOSSES))])
def test_not_losses(text: str) -> None:
    assert described(text) == set()


def test_the_subject_after_invasion_is_who_lost() -> None:
    found = extract_claims("С начала вторжения Россия потеряла около 598 тысяч военных, утверждают в Генштабе ВСУ.",
                           published="2024-03-12")
    assert [(c.side, c.claimant) for c in found] == [("russia", "ua_general_staff")]


def test_a_source_after_a_closing_dash() -> None:
    found = extract_claims("ВСУ за сутки потеряли до 1 300 военных — Минобороны РФ.", published="2024-03-12")
    assert [(c.side, c.claimant, c.qualifier) for c in found] == [("ukraine", "ru_mod", "at_most")]


def test_a_governors_week_named_after_its_figures() -> None:
    text = ("Гладков: в Белгородской области за неделю погибли 12 мирных жителей\n\n"
            "За минувшую неделю в результате обстрелов ВСУ в Белгородской области погибли 12 мирных жителей, еще 47 "
            "получили ранения, среди них девять детей. Об этом сообщил губернатор региона Вячеслав Гладков.")
    assert described(text) == {"russia civilians killed 12 exact period/7 ru_officials",
                               "russia civilians wounded 47 exact period/7 ru_officials",
                               "russia civilians wounded 9 exact period/7 ru_officials"}


@pytest.mark.parametrize(("text", "claimant"), [
    ("По подсчетам журналистов, в Украине погибли не менее 60 тысяч российских военных.", "other"),
    ("Число погибших при обрушении дома в Белгороде выросло до 9, сообщили в МЧС.", "ru_officials"),
])
def test_other_sources(text: str, claimant: str) -> None:
    assert [c.claimant for c in extract_claims(text, published="2024-03-12")] == [claimant]


def test_losses_with_no_noun_are_people() -> None:
    text = ("По словам Сырского, с начала года потери противника превысили 150 тысяч, из них около 60 тысяч — "
            "безвозвратные.")
    assert described(text) == {"russia personnel losses 150000 at_least period ua_officials",
                               "russia personnel killed 60000 approx period ua_officials"}


def test_a_count_of_names_with_its_subsets() -> None:
    text = ("«Медиазона» установила имена 50 471 российского военного, погибшего в Украине. Из них 8 тысяч — "
            "мобилизованные, еще около 15 тысяч — заключенные.")
    assert described(text) == {"russia personnel killed 50471 exact cumulative mediazona",
                               "russia personnel killed 8000 exact cumulative mediazona",
                               "russia personnel killed 15000 approx cumulative mediazona"}


@pytest.mark.parametrize(("words", "value"), [
    ("двух", 2), ("пяти", 5), ("девяноста", 90), ("двухсот", 200), ("шестисот", 600), ("тысячи", 1000),
    ("трех тысяч пятисот", 3500), ("ста двадцати", 120), ("двадцати пяти тысяч", 25000), ("полутора сотен", 150),
])
def test_number_words_in_the_genitive(words: str, value: int) -> None:
    found = extract_claims(f"За сутки ВСУ потеряли около {words} военнослужащих.", published="2024-03-12")
    assert [(c.value, c.qualifier) for c in found] == [(value, "approx")]


def test_the_wounded_who_died_are_killed_and_killed_or_wounded_are_losses() -> None:
    assert [c.outcome for c in extract_claims("Двое раненых скончались в больнице.", published="2024-03-12")] \
        == ["killed"]
    assert [c.outcome for c in extract_claims("ВСУ потеряли 300 военнослужащих убитыми или ранеными.",
                                              published="2024-03-12")] == ["losses"]


def test_a_foreseen_figure_is_a_projection_with_no_date() -> None:
    text = "К концу года потери ВСУ могут достичь 500 тысяч человек, считают в Минобороны России."
    found = extract_claims(text, published="2024-03-12")
    assert [(c.side, c.measure, c.as_of, c.claimant) for c in found] == [("ukraine", "projection", None, "ru_mod")]


def test_the_army_that_lost_is_not_the_source() -> None:
    text = "Якобы ВСУ потеряли 2 тысячи военных, утверждают российские СМИ."
    assert described(text) == {"ukraine personnel losses 2000 exact cumulative other"}


def test_a_figure_of_something_else_does_not_join_the_list() -> None:
    text = "ВСУ потеряли до 40 военнослужащих, два пикапа, а также уничтожены 7 складов боеприпасов."
    assert described(text) == {"ukraine personnel losses 40 at_most period None",
                               "ukraine vehicles destroyed 2 exact period None"}


def test_telegram_headline_minus() -> None:
    assert described("🔻 Минус 47 дронов ВСУ за ночь — Минобороны РФ") == {
        "ukraine drones losses 47 exact period/1 ru_mod"}


@pytest.mark.parametrize(("text", "measure", "days"), [
    ("За две недели ВСУ потеряли свыше 9 тысяч военнослужащих.", "period", 14),
    ("За последние три дня российская армия потеряла 3 200 военных.", "period", 3),
    ("За два года войны Россия потеряла более 400 тысяч военных.", "cumulative", None),
])
def test_spans_counted_in_days_weeks_and_years(text: str, measure: str, days: int | None) -> None:
    assert [(c.measure, c.period_days) for c in extract_claims(text, published="2024-03-12")] == [(measure, days)]


def test_a_span_from_one_day_to_another_has_its_length() -> None:
    found = extract_claims("С 1 по 7 марта ВСУ потеряли 9 тысяч военнослужащих.", published="2024-03-12")
    assert [(c.measure, c.period_days, str(c.period_start), str(c.as_of)) for c in found] == [
        ("period", 7, "2024-03-01", "2024-03-07")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Уничтожены до 70 националистов и иностранных наемников.", {"ukraine personnel killed 70 at_most period None"}),
    ("Киевский режим потерял свыше 500 человек за сутки.", {"ukraine personnel losses 500 at_least period/1 None"}),
])
def test_the_ministrys_words_for_ukraines_soldiers(text: str, expected: set[str]) -> None:
    assert described(text) == expected


@pytest.mark.parametrize("text", [
    "В результате обстрела Харькова погибли 2 человека, сообщили в Нацполиции.",
    "По данным Офиса генпрокурора, с начала войны погибли 570 детей.",
])
def test_ukrainian_bodies_named_in_russian(text: str) -> None:
    found = extract_claims(text, published="2024-03-12")
    assert found and {(c.side, c.claimant) for c in found} == {("ukraine", "ua_officials")}
