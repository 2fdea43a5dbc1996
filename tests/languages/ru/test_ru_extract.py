"""Russian text: every rule of the Cyrillic-script extractor on sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_dicts import by_value, claims, one


def test_ministry_daily_losses_up_to() -> None:
    found = by_value(claims("За сутки ВСУ потеряли до 1 350 военнослужащих, два танка и четыре боевые машины "
                            "пехоты, сообщили в Минобороны России."))
    assert found[1350]["qualifier"] == "at_most" and found[1350]["measure"] == "period"
    assert found[1350]["period_days"] == 1 and found[1350]["side"] == "ukraine"
    assert found[2]["category"] == "tanks" and found[4]["category"] == "armoured_vehicles"
    assert {c["claimant"] for c in found.values()} == {"ru_mod"}


def test_ministry_running_totals_after_a_colon() -> None:
    text = ("Всего с начала специальной военной операции уничтожены: 590 самолетов, 272 вертолета, "
            "9 450 танков и других боевых бронированных машин, сообщил Конашенков.")
    found = by_value(claims(text))
    assert found[590]["category"] == "aircraft" and found[272]["category"] == "helicopters"
    assert found[9450]["category"] == "armoured_vehicles"
    assert {c["measure"] for c in found.values()} == {"cumulative"}
    assert {c["outcome"] for c in found.values()} == {"destroyed"}
    assert {c["side"] for c in found.values()} == {"ukraine"}


def test_count_of_one_after_a_verb_of_downing() -> None:
    c = one("Средствами ПВО сбит украинский вертолет Ми-8, сообщило Минобороны РФ.")
    assert (c["category"], c["value"], c["outcome"], c["side"]) == ("helicopters", 1, "destroyed", "ukraine")


@pytest.mark.parametrize(("phrase", "value", "qualifier"), [
    ("более 1,2 тысячи", 1200, "at_least"),
    ("свыше 16,6 тыс.", 16600, "at_least"),
    ("около 300", 300, "approx"),
    ("почти 2 тысячи", 2000, "approx"),
    ("не более 50", 50, "at_most"),
    ("полторы тысячи", 1500, "exact"),
    ("восемь с половиной тысяч", 8500, "exact"),
    ("три сотни", 300, "exact"),
])
def test_numbers_and_qualifiers(phrase: str, value: int, qualifier: str) -> None:
    c = one(f"С начала СВО украинская армия потеряла {phrase} военнослужащих, заявил Белоусов.")
    assert c["value"] == value and c["qualifier"] == qualifier
    assert c["measure"] == "cumulative" and c["claimant"] == "ru_mod"


def test_governor_toll_in_a_russian_region() -> None:
    found = by_value(claims("Губернатор Курской области сообщил, что в результате обстрела погибли двое "
                            "мирных жителей, еще пятеро получили ранения."))
    assert found[2]["outcome"] == "killed" and found[5]["outcome"] == "wounded"
    assert {c["side"] for c in found.values()} == {"russia"}
    assert {c["claimant"] for c in found.values()} == {"ru_officials"}
    assert {c["category"] for c in found.values()} == {"civilians"}


def test_night_of_and_since_a_date() -> None:
    night = one("В ночь на 7 февраля над Брянской областью сбиты 12 украинских беспилотников, "
                "сообщили в Минобороны.")
    assert night["as_of"] == "2024-02-07" and night["category"] == "drones"
    since = one("Шойгу заявил, что с 4 июня ВСУ потеряли более 90 тысяч военнослужащих.", published="2023-09-01")
    assert since["measure"] == "period" and since["period_start"] == "2023-06-04"


def test_as_of_stated() -> None:
    c = one("По состоянию на 1 декабря 2023 года ВСУ потеряли 383 тысячи человек, сообщил Шойгу.",
            published="2023-12-19")
    assert c["as_of"] == "2023-12-01" and c["category"] == "personnel"


def test_weekly_summary_goes_on_in_the_next_sentences() -> None:
    text = ("За неделю ВСУ потеряли более 12 тысяч человек, сообщило Минобороны России.\n"
            "В зоне группировки «Центр» также уничтожены 9 танков.")
    found = by_value(claims(text))
    assert found[9]["measure"] == "period" and found[9]["period_days"] == 7


def test_own_losses_admitted() -> None:
    c = one("Минобороны России признало гибель 63 военнослужащих при ударе по Макеевке.")
    assert c["side"] == "russia" and c["outcome"] == "killed"


def test_places_and_ages_are_not_sides_or_losses() -> None:
    found = claims("По подсчетам издания, в Украине погибли 520 российских военных. Самому старшему — 61 год.")
    assert [(c["side"], c["value"]) for c in found] == [("russia", 520)]


def test_prisoner_exchange_is_not_a_loss() -> None:
    assert claims("В результате обмена на родину вернулись 95 военнослужащих.") == []


def test_rate_units_and_a_named_day() -> None:
    weekly = one("По оценке Минобороны, ВСУ еженедельно теряют около 9 тысяч военнослужащих.")
    assert weekly["measure"] == "rate" and weekly["period_days"] == 7
    named = one("В день объявления мобилизации Шойгу заявил, что Россия потеряла 5 937 военнослужащих.")
    assert named["measure"] != "rate"


def test_fought_against_names_the_enemy() -> None:
    c = one("Зеленский сообщил, что в боях с РФ погибли 43 тысячи военнослужащих.")
    assert c["side"] == "ukraine" and c["claimant"] == "ua_president"


def test_year_span() -> None:
    c = one("По подсчетам издания, только за один год погибли четыре сотни российских военных.")
    assert c["measure"] == "period" and c["period_days"] == 365 and c["value"] == 400


def test_collective_numeral_without_a_noun_counts_people() -> None:
    c = one("В Брянской области при обстреле ранены трое, сообщил губернатор.")
    assert (c["value"], c["category"], c["outcome"], c["side"]) == (3, "civilians", "wounded", "russia")


def test_a_side_in_the_sources_name_is_not_the_victim() -> None:
    c = one("В этой зоне уничтожены семь танков, сообщается в Telegram-канале Минобороны России.")
    assert c["side"] == "ukraine" and c["claimant"] == "ru_mod"


def test_the_enemy_is_the_speakers_enemy() -> None:
    mod = one("По данным Минобороны России, за сутки противник потерял до 600 военнослужащих.")
    assert mod["side"] == "ukraine"
    general_staff = one("По данным Генштаба ВСУ, за сутки противник потерял 1 250 военнослужащих.")
    assert general_staff["side"] == "russia" and general_staff["claimant"] == "ua_general_staff"


def test_general_staff_layout_in_russian_and_a_verb_before_the_number() -> None:
    text = ("Общие боевые потери противника с 24.02.22 по 10.06.24 ориентировочно составили: личного состава — "
            "около 515 490 (+1 200) человек, танков — 7 800 (+15) ед.")
    found = by_value(claims(text, published="2024-06-10"))
    assert {c["side"] for c in found.values()} == {"russia"}
    assert {c["claimant"] for c in found.values()} == {"ua_general_staff"}
    assert found[515490]["qualifier"] == "approx" and found[1200]["measure"] == "period"
    toll = by_value(claims("По словам губернатора, при обстреле погибли двое мирных жителей, ранены 14."))
    assert toll[14]["outcome"] == "wounded" and toll[14]["category"] == "civilians"


def test_a_closing_source_line_covers_the_whole_report() -> None:
    text = ("Потери ВСУ в зоне группировки «Север» составили до 230 военнослужащих.\n"
            "Сбиты 65 беспилотных летательных аппаратов.\n"
            "Всего с начала специальной военной операции уничтожены 658 самолетов.\n"
            "Об этом сообщили в Минобороны России.")
    found = claims(text)
    assert len(found) == 3 and {c["claimant"] for c in found} == {"ru_mod"}


def test_named_regional_heads_are_sources() -> None:
    found = by_value(claims("В Донецке в результате обстрела погибли 4 человека, еще 9 ранены, сообщил Денис Пушилин."))
    assert {c["claimant"] for c in found.values()} == {"ru_officials"}
    assert {c["side"] for c in found.values()} == {"russia"}


def test_side_word_before_a_passive_names_what_was_destroyed() -> None:
    # "украинских боевиков и уничтожены ...": the passive's subject, not the doer
    found = by_value(claims("РИА Новости со ссылкой на Минобороны сообщает, что в течение суток ликвидированы "
                            "около 150 украинских боевиков и уничтожены 6 бронемашин."))
    assert found[150]["side"] == "ukraine" and found[150]["outcome"] == "killed"
    assert found[6]["side"] == "ukraine" and found[6]["category"] == "armoured_vehicles"


def test_rocket_launchers_spelled_out() -> None:
    c = one("Всего с начала специальной военной операции уничтожены 1 490 боевых машин реактивных систем "
            "залпового огня.")
    assert (c["category"], c["value"], c["measure"]) == ("mlrs", 1490, "cumulative")


def test_the_means_of_air_defence_is_not_a_loss() -> None:
    c = one("В ночь на 12 мая средствами ПВО перехвачены и уничтожены 37 украинских беспилотников над "
            "территорией Белгородской области, сообщили в Минобороны РФ.", published="2024-05-14")
    assert (c["category"], c["value"], c["outcome"], c["side"]) == ("drones", 37, "destroyed", "ukraine")
    assert c["as_of"] == "2024-05-12"


def test_governor_strike_toll() -> None:
    found = claims("Губернатор Курской области в своем Telegram-канале сообщил, что при обстреле Рыльска "
                   "пострадали пять мирных жителей, один человек погиб.")
    got = {(c["outcome"], c["value"]) for c in found}
    assert got == {("wounded", 5), ("killed", 1)}
    assert {(c["side"], c["category"], c["claimant"]) for c in found} == {("russia", "civilians", "ru_officials")}


@pytest.mark.parametrize("text", [
    "С начала контрнаступления ВСУ потеряли более 90 тысяч военнослужащих, сообщил Шойгу.",
    "С начала наступления на Авдеевку противник потерял свыше 16 тысяч человек, заявил Шойгу.",
    "С начала вторжения в Курскую область ВСУ потеряли более 67 тысяч военнослужащих, сообщили в Минобороны РФ.",
])
def test_since_an_offensive_or_an_incursion_began_is_a_period(text: str) -> None:
    c = one(text)
    assert (c["measure"], c["side"], c["claimant"]) == ("period", "ukraine", "ru_mod")


@pytest.mark.parametrize("text", [
    "С начала специальной военной операции ВСУ потеряли более 500 тысяч военнослужащих, сообщил Шойгу.",
    "Зеленский сообщил, что с начала полномасштабного вторжения в боях с РФ погибло менее 80 тысяч человек.",
])
def test_since_the_war_began_is_cumulative(text: str) -> None:
    assert one(text)["measure"] == "cumulative"


def test_the_count_named_before_the_number() -> None:
    c = one("Число погибших в результате удара по Белгороду возросло до 25, сообщил губернатор.")
    assert (c["category"], c["outcome"], c["value"], c["qualifier"]) == ("civilians", "killed", 25, "exact")
    assert (c["side"], c["claimant"]) == ("russia", "ru_officials")


def test_one_night_in_other_words() -> None:
    c = one("В Минобороны заявили, что за минувшую ночь над территорией России перехвачены 42 беспилотника.")
    assert (c["measure"], c["period_days"], c["side"]) == ("period", 1, "ukraine")  # (over Russia: not its own)


def test_armoured_cars_and_a_regional_head_by_title() -> None:
    found = by_value(claims("Как сообщает ТАСС со ссылкой на Минобороны России, за прошедшие сутки подразделения "
                            "группировки «Восток» уничтожили до 140 военнослужащих ВСУ, два американских "
                            "бронеавтомобиля и 14 автомобилей."))
    assert found[2]["category"] == "armoured_vehicles" and found[14]["category"] == "vehicles"
    c = one("Глава Белгородской области сообщил, что в результате атаки беспилотника на Шебекино пострадали двое "
            "мирных жителей.")
    assert (c["side"], c["category"], c["outcome"], c["claimant"]) == ("russia", "civilians", "wounded", "ru_officials")


def test_the_doer_named_before_a_span_and_a_verb() -> None:
    found = by_value(claims("В Минобороны России сообщили, что российские средства ПВО за сутки сбили 2 снаряда "
                            "РСЗО HIMARS и 132 беспилотника."))
    assert found[132]["side"] == "ukraine" and found[132]["category"] == "drones"
    assert found[2]["side"] == "ukraine" and found[2]["category"] == "missiles"


def test_a_toll_with_no_source_is_the_side_where_it_happened() -> None:
    found = claims("❗️Вражеские обстрелы за сутки\nВ Белгородской области за прошедшие сутки погибли 2 мирных "
                   "жителя, ранения получили 9 человек.")
    assert {(c["side"], c["category"], c["outcome"], c["value"]) for c in found} == {
        ("russia", "civilians", "killed", 2), ("russia", "civilians", "wounded", 9)}


def test_the_doer_of_a_defeat_and_a_gerund() -> None:
    found = claims("Российские войска за неделю нанесли поражение формированиям ВСУ, уничтожив свыше 9,2 тысячи "
                   "военнослужащих, 12 танков и 208 полевых артиллерийских орудий.")
    assert {c["side"] for c in found} == {"ukraine"}
    assert {(c["category"], c["value"]) for c in found} == {("personnel", 9200), ("tanks", 12), ("artillery", 208)}
    assert {c["period_days"] for c in found} == {7}


def test_occupiers_are_soldiers() -> None:
    c = one("Оккупанты потеряли около двух тысяч человек убитыми за неделю, утверждает ISW.")
    assert (c["category"], c["outcome"], c["value"], c["claimant"]) == ("personnel", "killed", 2000, "isw")


def test_british_ministry_and_a_side_word_before_a_participle() -> None:
    c = one("Минобороны Британии оценивает потери российской армии в 750 тысяч человек убитыми и ранеными.")
    assert (c["side"], c["claimant"], c["measure"], c["value"]) == ("russia", "uk_mod", "cumulative", 750000)


def test_a_span_from_one_day_to_another() -> None:
    c = one("В сводке говорится, что за период с 1 по 7 марта противник потерял более 9 800 военнослужащих.")
    assert (c["measure"], c["period_start"], c["as_of"]) == ("period", "2024-03-01", "2024-03-07")


def test_lost_in_other_words() -> None:
    found = by_value(claims("ВСУ лишились более 300 военнослужащих и шести единиц техники на Купянском "
                            "направлении, сообщили в Минобороны."))
    assert (found[300]["outcome"], found[300]["side"], found[300]["qualifier"]) == ("losses", "ukraine", "at_least")
    assert found[6]["category"] == "equipment"


@pytest.mark.parametrize("text", [
    "Ко второй годовщине начала войны, по оценке правозащитников, погибли не менее 45 тысяч российских военных.",
    "В 2-ю годовщину вторжения независимые журналисты насчитали около 45 тысяч погибших российских солдат.",
])
def test_an_anniversary_of_the_war_dates_the_figure(text: str) -> None:
    found = one(text, published="2024-04-15")
    assert found["value"] == 45000 and found["as_of"] == "2024-02-24"


def test_an_anniversary_of_something_else_dates_nothing() -> None:
    found = one("Во вторую годовщину свадьбы он узнал, что погибли 45 тысяч российских военных.",
                published="2024-04-15")
    assert found["as_of"] == "2024-04-15"


def test_a_count_of_deaths_in_a_text_about_soldiers_is_the_wars_running_count() -> None:
    found = one("Волонтеры ведут подсчет погибших в Украине российских военных. По их данным, число смертей "
                "может достигать 31 200.", published="2023-05-15")
    assert (found["value"], found["category"], found["outcome"]) == (31200, "personnel", "killed")
    assert found["measure"] == "cumulative" and found["hedged"] is True


@pytest.mark.parametrize(("opening", "measure"), [
    ("Журналисты опубликовали список российских военных, погибших в ночь на 3 марта при ударе по казарме.", "period"),
    ("Журналисты ведут список российских военных, погибших на войне.", "cumulative"),
])
def test_a_text_opening_on_one_strike_counts_its_dead(opening: str, measure: str) -> None:
    found = one(opening + "\nИздание установило имена 57 погибших военных из Самарской области.",
                published="2023-05-15")
    assert (found["value"], found["category"], found["measure"]) == (57, "personnel", measure)


@pytest.mark.parametrize(("text", "side"), [
    ("За десять лет войны в Афганистане погибли 15 тысяч советских солдат.", "soviet_union"),
    ("В Афганской войне, по данным историков, погибли около 15 тысяч военнослужащих.", "soviet_union"),
    ("Две чеченские войны унесли жизни 15 тысяч военнослужащих.", "russia"),
])
def test_another_wars_dead_are_its_sides(text: str, side: str) -> None:
    found = one(text, published="2023-05-15")
    assert (found["value"], found["category"], found["side"]) == (15000, "personnel", side)


def test_a_soviet_made_weapon_is_not_a_soviet_loss() -> None:
    assert one("За сутки ВСУ потеряли 5 танков советского производства.")["side"] == "ukraine"


def test_an_undated_text_naming_one_yearless_day_twice_is_dated() -> None:
    # (the two mentions of "1 марта" tied as the latest day; comparing them raised TypeError)
    text = ("С 1 марта противник потерял 120 танков, сообщили в Генштабе.\nВ 2024 году темп потерь вырос вдвое.\n"
            "С 1 марта сбиты также 40 самолетов, добавили военные.")
    found = by_value(claims(text, published=None))
    assert found[120]["as_of"] == found[40]["as_of"] == "2024-03-01"
