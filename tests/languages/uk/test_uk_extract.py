"""Ukrainian text: every rule of the Cyrillic-script extractor on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_dicts import by_value, claims, one

from lossledger.extract import extract_claims


def test_general_staff_list_gives_a_total_and_the_days_increase() -> None:
    text = ("Загальні бойові втрати противника з 24.02.22 по 10.03.24 орієнтовно склали:\n"
            "- особового складу — близько 421 880 (+1 010) осіб;\n"
            "- танки — 6 701 (+12) од;\n"
            "- гелікоптери — 326;\n")
    found = by_value(claims(text))
    assert found[421880]["qualifier"] == "approx" and found[421880]["measure"] == "cumulative"
    assert found[421880]["category"] == "personnel" and found[421880]["side"] == "russia"
    assert found[1010]["measure"] == "period" and found[1010]["period_days"] == 1
    assert found[6701]["category"] == "tanks" and found[12]["category"] == "tanks"
    assert found[326]["category"] == "helicopters"
    assert all(c["claimant"] == "ua_general_staff" for c in found.values())
    assert str(found[6701]["rule"]).startswith("uk_list_label/")


def test_inflected_nouns_and_number_words_in_any_case() -> None:
    text = ("Генштаб ЗСУ повідомив, що за добу окупанти втратили двох генералів, одну реактивну систему "
            "залпового вогню, сім танків і півтори тисячі військових.")
    found = by_value(claims(text))
    assert found[2]["category"] == "personnel"
    assert found[1]["category"] == "mlrs"
    assert found[7]["category"] == "tanks"
    assert found[1500]["category"] == "personnel"
    assert {c["measure"] for c in found.values()} == {"period"}
    assert {c["claimant"] for c in found.values()} == {"ua_general_staff"}


@pytest.mark.parametrize(("phrase", "value", "qualifier"), [
    ("понад 12 тисяч", 12000, "at_least"),
    ("щонайменше 40", 40, "at_least"),
    ("близько 2,5 тис.", 2500, "approx"),
    ("майже 3 тисячі", 3000, "approx"),
    ("до 90", 90, "at_most"),
    ("5 тис. 310", 5310, "exact"),
    ("1 045 210", 1045210, "exact"),
])
def test_numbers_and_qualifiers(phrase: str, value: int, qualifier: str) -> None:
    c = one(f"За даними Генштабу, від початку повномасштабного вторгнення ворог втратив {phrase} військових.")
    assert c["value"] == value and c["qualifier"] == qualifier and c["measure"] == "cumulative"


def test_dash_range_with_thousands_after_both_ends() -> None:
    c = one("Президент Зеленський заявив, що росія втратила 80—90 тисяч військових убитими.")
    assert (c["value"], c["value_high"], c["qualifier"]) == (80000, 90000, "range")
    assert c["outcome"] == "killed" and c["claimant"] == "ua_president"


def test_collective_numeral_and_a_breakdown_share_the_outcome() -> None:
    found = by_value(claims("Голова Сумської ОВА повідомив, що внаслідок обстрілу загинули шестеро людей, "
                            "серед них двоє дітей."))
    assert found[6]["outcome"] == "killed" and found[2]["outcome"] == "killed"
    assert found[6]["side"] == "ukraine" and found[6]["claimant"] == "ua_officials"
    assert found[6]["category"] == "civilians"


def test_killed_and_wounded_together_are_losses_and_apart_are_each() -> None:
    together = one("Міністр оборони заявив, що втрати ворога перевищили 15 000 убитими та пораненими.")
    assert together["outcome"] == "losses" and together["qualifier"] == "at_least"
    apart = by_value(claims("За словами президента, ми втрачаємо 30 військових на день убитими "
                            "та близько 200 пораненими."))
    assert apart[30]["outcome"] == "killed" and apart[30]["side"] == "ukraine"
    assert apart[200]["outcome"] == "wounded" and apart[200]["measure"] == "rate"


def test_air_force_shot_down_and_lost_from_radar() -> None:
    found = by_value(claims("Повітряні сили повідомили, що в ніч на 9 березня збито 55 ударних БпЛА, "
                            "ще 20 дронів-імітаторів локаційно втрачено."))
    assert found[55]["outcome"] == "destroyed" and found[55]["category"] == "drones"
    assert found[20]["outcome"] == "losses"
    assert found[55]["claimant"] == "ua_officials" and found[55]["side"] == "russia"
    assert found[55]["as_of"] == "2024-03-09"


def test_source_named_after_the_figures() -> None:
    text = "За минулу добу ЗСУ знищили 640 окупантів.\nПро це повідомили в Генеральному штабі."
    c = one(text)
    assert c["claimant"] == "ua_general_staff" and c["measure"] == "period" and c["period_days"] == 1
    assert c["quote"] == "За минулу добу ЗСУ знищили 640 окупантів."
    assert text[c["start"]:c["end"]] == c["quote"]  # type: ignore[misc]


def test_since_a_date_is_a_period_and_since_the_invasion_cumulative() -> None:
    since = one("З 6 серпня на Курському напрямку ворог втратив 9 200 військових, заявив Сирський.",
                published="2024-09-20")
    assert since["measure"] == "period" and since["period_start"] == "2024-08-06"
    year = one("У 2023 році окупанти втратили 253 тисячі військових, повідомили в Міноборони.",
               published="2024-01-02")
    assert year["measure"] == "period" and year["as_of"] == "2023-12-31"


def test_stated_date_in_every_case() -> None:
    c = one("Станом на 13 листопада 2023 року росія втратила 310 тисяч військових, повідомив Генштаб.",
            published="2023-11-20")
    assert c["as_of"] == "2023-11-13"
    numeric = one("Станом на 05.06.2023 втрати ворога становлять 212 000 військових, повідомив Генштаб.",
                  published=None)
    assert numeric["as_of"] == "2023-06-05"


def test_not_losses() -> None:
    assert claims("Окупанти випустили по Україні 45 ракет і 60 дронів.") == []
    assert claims("До Польщі прибуло 120 тисяч біженців з України.") == []
    assert claims("Бригада воює вже 18 місяців, а 3 батальйони відведено на відпочинок.") == []


def test_hedged_number() -> None:
    c = one("Ймовірно, у Бахмуті загинули 200 російських військових, повідомило видання.")
    assert c["hedged"] is True and c["side"] == "russia"


def test_english_bulletin_with_ukrainian_unit_words_stays_english() -> None:
    text = ("The total combat losses of the enemy from 24.02.22 to 10.03.24 were approximately:\n"
            "personnel ‒ about 421880 (+1010) осіб\ntanks ‒ 6701 (+12) од\n")
    assert claims(text, language="uk") == claims(text, language="en")
    assert all(not str(c["rule"]).startswith("uk_") for c in claims(text, language="uk"))


def test_language_picked_from_the_letters() -> None:
    from lossledger.extract.slavic import guess_cyrillic_language

    assert guess_cyrillic_language("Ворог втратив 640 військових і 12 танків за минулу добу.") == "uk"
    assert guess_cyrillic_language("Противник потерял 640 военнослужащих и 12 танков за сутки.") == "ru"
    assert guess_cyrillic_language("Russia lost 640 troops and 12 tanks.") is None


def test_date_type_and_offsets() -> None:
    found = extract_claims("Про це повідомив Генштаб. Ворог втратив 12 танків за добу.", published=dt.date(2024, 3, 1))
    assert found and found[0].as_of == dt.date(2024, 3, 1)


def test_war_against_and_invasion_name_the_other_side() -> None:
    c = one("Втрати окупантів у війні проти України перевищили 700 тисяч військових, заявив Генштаб.")
    assert c["side"] == "russia" and c["qualifier"] == "at_least"


def test_attack_frames_one_event() -> None:
    c = one("Внаслідок ракетного удару по Дніпру загинули 11 людей, повідомив голова ОВА.")
    assert c["measure"] == "period" and c["outcome"] == "killed" and c["side"] == "ukraine"


def test_part_of_a_whole_counts_the_part() -> None:
    c = one("Вночі сили ППО збили 26 з 30 ракет, повідомили Повітряні сили.")
    assert (c["value"], c["category"], c["outcome"]) == (26, "missiles", "destroyed")


def test_since_a_month_and_a_source_before_a_colon() -> None:
    c = one("Генштаб ЗСУ: з жовтня під Покровськом окупанти втратили понад 20 тисяч військових.",
            published="2024-12-20")
    assert c["claimant"] == "ua_general_staff"
    assert c["measure"] == "period" and c["period_start"] == "2024-10-01"


def test_a_lone_noun_after_an_active_verb_is_its_subject_not_a_loss() -> None:
    assert claims("Ігнат не сказав, скільки ракет збила ППО.") == []


def test_running_count_of_civilians_and_a_total_beside_a_days_figure() -> None:
    un = one("За даними ООН, станом на 30 квітня 2024 року загинули 11 080 мирних жителів.")
    assert un["measure"] == "cumulative" and un["as_of"] == "2024-04-30" and un["claimant"] == "un"
    found = by_value(claims("Генштаб: за добу ліквідовано 1 040 окупантів, загальні втрати ворога сягнули "
                            "470 990 осіб."))
    assert found[1040]["measure"] == "period" and found[470990]["measure"] == "cumulative"


def test_side_named_in_the_sentence_and_sides_inside_a_source_name() -> None:
    c = one("Втрати України у війні: Зеленський назвав 46 тисяч загиблих військових.")
    assert c["side"] == "ukraine"
    rescuers = one("Як повідомляє пресслужба ДСНС, з-під завалів деблоковано тіла 9 загиблих.")
    assert rescuers["side"] == "ukraine" and rescuers["category"] == "civilians"


def test_related_headlines_percentages_and_brigades() -> None:
    found = claims("Читайте також: Росія втратила 1300 військових за добу\n"
                   "За добу ворог втратив 1 150 військових, повідомив Генштаб.")
    assert [c["value"] for c in found] == [1150]
    assert claims("Окупанти втратили на 20% більше техніки, ніж торік.") == []
    brigade = one("На Покровському напрямку 47-ма бригада знищила 6 танків, повідомили в бригаді.")
    assert brigade["claimant"] == "ua_officials" and brigade["measure"] == "period"


def test_telegram_list_with_emoji_bullets() -> None:
    text = ("Загальні бойові втрати противника з 24.02.22 по 01.06.24 орієнтовно склали:\n"
            "▪️ особового складу ‒ близько 505 100 (+1 210) осіб\n▪️ танків ‒ 7 680 (+11) од.\n"
            "🔹 крилатих ракет ‒ 2 240 (+0)\n")
    found = by_value(claims(text, published="2024-06-01"))
    assert set(found) == {505100, 1210, 7680, 11, 2240}
    assert found[7680]["category"] == "tanks" and found[2240]["category"] == "missiles"
    assert {c["claimant"] for c in found.values()} == {"ua_general_staff"}


def test_a_named_day_and_the_noun_after_a_participle() -> None:
    day = one("У суботу, 8 червня, ворог втратив 1 120 військових, повідомив Генштаб.", published="2024-06-10")
    assert day["measure"] == "period" and day["period_days"] == 1 and day["as_of"] == "2024-06-08"
    named = one("За даними «Медіазони», встановлено імена 70 000 загиблих російських військових.")
    assert named["category"] == "personnel" and named["outcome"] == "killed" and named["claimant"] == "mediazona"


def test_freed_prisoners_and_peoples_cars_are_not_losses() -> None:
    assert claims("Загалом з початку війни з полону звільнено понад 3 тисячі українців.") == []
    assert claims("Внаслідок удару по місту зруйновано 15 будинків, пошкоджено 40 автомобілів.") == []


def test_general_staff_lines_without_marks_after_a_colon() -> None:
    text = ("Загальні бойові втрати противника з 24.02.22 по 14.05.24 орієнтовно склали:\n"
            "особового складу – близько 489 940 (+1 140) осіб\n"
            "танків – 7 446 (+14) од.\n"
            "бойових броньованих машин – 14 311 (+27) од.\n")
    found = claims(text, published="2024-05-14")
    got = {(c["category"], c["value"], c["measure"]) for c in found}
    assert got == {("personnel", 489940, "cumulative"), ("personnel", 1140, "period"),
                   ("tanks", 7446, "cumulative"), ("tanks", 14, "period"),
                   ("armoured_vehicles", 14311, "cumulative"), ("armoured_vehicles", 27, "period")}
    assert {c["side"] for c in found} == {"russia"}


def test_lines_after_a_colon_that_are_not_a_list_stay_sentences() -> None:
    text = ("Про це повідомили у Генштабі:\nВорог продовжує наступ. За добу знищено 5 танків.\n")
    c = one(text)
    assert (c["category"], c["value"]) == ("tanks", 5)


def test_air_defence_forces_doing_the_shooting_are_not_a_loss() -> None:
    c = one("У ніч на 14 травня ворог атакував Україну 21 ударним БпЛА типу Shahed. Силами ППО знищено 19 "
            "ударних дронів, повідомили у Повітряних силах ЗСУ.", published="2024-05-14")
    assert (c["category"], c["value"], c["outcome"], c["side"]) == ("drones", 19, "destroyed", "russia")


@pytest.mark.parametrize(("text", "measure"), [
    ("Від початку Курської операції росіяни втратили понад 38 тисяч військових, заявив Сирський.", "period"),
    ("Від початку вторгнення в Курську область ворог втратив понад 38 тисяч військових, заявив Сирський.",
     "period"),
    ("Від початку повномасштабного вторгнення в Україну ворог втратив понад 500 тисяч військових, повідомив "
     "Генштаб.", "cumulative"),
])
def test_since_an_operation_began_is_a_period_since_the_war_began_cumulative(text: str, measure: str) -> None:
    c = one(text)
    assert (c["measure"], c["side"]) == (measure, "russia")


def test_the_count_named_before_the_number() -> None:
    c = one("Кількість загиблих унаслідок удару по Одесі зросла до 12, повідомили в ОВА.")
    assert (c["category"], c["outcome"], c["value"], c["qualifier"]) == ("civilians", "killed", 12, "exact")


def test_a_week_in_other_words() -> None:
    found = by_value(claims("Упродовж тижня окупанти втратили понад 9 тисяч осіб та 81 танк, повідомив міністр "
                            "оборони Рустем Умєров."))
    assert (found[9000]["measure"], found[9000]["period_days"]) == ("period", 7)
    assert found[81]["period_days"] == 7 and found[9000]["claimant"] == "ua_mod"


def test_since_the_start_of_the_day_in_the_sentence_before() -> None:
    c = one("Від початку доби на фронті відбулося 142 бойові зіткнення. Ворог втратив убитими і пораненими 1 250 осіб.")
    assert (c["value"], c["measure"], c["period_days"], c["side"]) == (1250, "period", 1, "russia")


def test_border_guards_as_a_source() -> None:
    found = by_value(claims("Прикордонники знищили 5 окупантів та поранили ще 8, повідомили в ДПСУ."))
    assert found[5]["claimant"] == "ua_officials" and found[5]["outcome"] == "killed"
    assert found[8]["outcome"] == "wounded" and found[5]["measure"] == "period"


def test_a_guess_at_the_cause_does_not_hedge_the_number() -> None:
    found = by_value(claims("У Повітряних силах повідомили, що цієї ночі росіяни запустили по Україні 85 ударних "
                            "дронів. Сили ППО збили 62 безпілотники, ще 20 локаційно втрачені, ймовірно, внаслідок "
                            "активної протидії РЕБ."))
    assert found[62]["hedged"] is False and found[20]["hedged"] is False
    assert found[20]["outcome"] == "losses" and found[62]["outcome"] == "destroyed"
    assert one("Ймовірно, ворог втратив 20 танків, повідомили в Генштабі.")["hedged"] is True


def test_a_toll_with_no_source_is_the_side_where_it_happened() -> None:
    c = one("Протягом доби армія рф завдала 287 ударів по 12 населених пунктах Запорізької області. Поранено "
            "3 людей.")
    assert (c["side"], c["outcome"], c["value"]) == ("ukraine", "wounded", 3)


def test_downed_in_one_attack_is_a_period_without_a_source() -> None:
    found = by_value(claims("Ворог атакував Україну трьома ракетами та 94 ударними дронами. Сили ППО знешкодили "
                            "2 ракети та 76 дронів. Ще 12 дронів — локаційно втрачені."))
    assert set(found) == {2, 76, 12}
    assert {c["measure"] for c in found.values()} == {"period"}
    assert found[12]["outcome"] == "losses" and found[76]["side"] == "russia"


def test_a_month_inside_what_was_said_is_the_span() -> None:
    found = by_value(claims("Речник Повітряних сил Юрій Ігнат розповів, що у березні було збито понад 70 ракет і "
                            "близько 600 шахедів.", published="2024-05-15"))
    assert (found[70]["measure"], found[70]["period_days"], found[70]["as_of"]) == ("period", 31, "2024-03-31")
    assert found[600]["category"] == "drones" and found[600]["qualifier"] == "approx"


def test_half_a_thousand_and_losses_in_one_assault() -> None:
    c = one("Ворог втратив понад пів тисячі військових за добу на Покровському напрямку, повідомив речник "
            "угруповання.")
    assert (c["value"], c["qualifier"], c["period_days"]) == (500, "at_least", 1)
    c = one("Окупанти втратили близько сотні військових під час невдалого штурму, повідомили в 47-й бригаді.")
    assert (c["value"], c["qualifier"], c["measure"], c["side"]) == (100, "approx", "period", "russia")


def test_missiles_of_a_named_launch_downed_are_a_period() -> None:
    c = one("Сили ППО збили 11 з 12 ракет, випущених росіянами.")
    assert (c["value"], c["category"], c["side"], c["measure"]) == (11, "missiles", "russia", "period")


def test_injuries_are_wounds_and_the_kyiv_city_administration_a_source() -> None:
    found = claims("Під час ворожої атаки на Київ було пошкоджено кілька будинків. За інформацією КМВА, загинула "
                   "одна людина, ще четверо осіб отримали травми.")
    got = {(c["outcome"], c["value"], c["claimant"]) for c in found}
    assert got == {("killed", 1, "ua_officials"), ("wounded", 4, "ua_officials")}


@pytest.mark.parametrize("text", [
    "У третю річницю повномасштабного вторгнення Генштаб ЗСУ повідомив, що росія втратила близько 860 тисяч "
    "військових.",
    "На 3-тю річницю війни росія втратила близько 860 тисяч військових, заявили в Генштабі ЗСУ.",
])
def test_an_anniversary_of_the_invasion_dates_the_figure(text: str) -> None:
    found = one(text, published="2025-03-20")
    assert found["value"] == 860000 and found["as_of"] == "2025-02-24"


def test_a_count_of_deaths_in_a_text_about_soldiers_is_the_wars_running_count() -> None:
    found = one("Волонтери ведуть підрахунок загиблих в Україні російських військових. За їхніми даними, кількість "
                "смертей може сягати 31 200.", published="2023-05-15")
    assert (found["value"], found["category"], found["outcome"]) == (31200, "personnel", "killed")
    assert found["measure"] == "cumulative" and found["hedged"] is True


@pytest.mark.parametrize(("opening", "measure"), [
    ("Волонтери оприлюднили список російських військових, загиблих у ніч на 3 березня внаслідок удару по казармі.",
     "period"),
    ("Волонтери ведуть список російських військових, загиблих на війні.", "cumulative"),
])
def test_a_text_opening_on_one_strike_counts_its_dead(opening: str, measure: str) -> None:
    found = one(opening + "\nВони встановили імена 57 загиблих військових із Самарської області.",
                published="2023-05-15")
    assert (found["value"], found["category"], found["measure"]) == (57, "personnel", measure)


@pytest.mark.parametrize(("text", "side"), [
    ("За десять років війни в Афганістані загинули 15 тисяч радянських солдатів.", "soviet_union"),
    ("В афганській війні, за даними істориків, загинули близько 15 тисяч військовослужбовців.", "soviet_union"),
    ("У чеченських війнах загинули 15 тисяч військовослужбовців.", "russia"),
])
def test_another_wars_dead_are_its_sides(text: str, side: str) -> None:
    found = one(text, published="2023-05-15")
    assert (found["value"], found["category"], found["side"]) == (15000, "personnel", side)


def test_a_soviet_made_weapon_is_not_a_soviet_loss() -> None:
    assert one("За добу окупанти втратили 5 танків радянського виробництва.")["side"] == "russia"


def test_an_undated_text_naming_one_yearless_day_twice_is_dated() -> None:
    # (the two mentions of "1 березня" tied as the latest day; comparing them raised TypeError)
    text = ("З 1 березня ворог втратив 120 танків, повідомили в Генштабі.\nУ 2024 році темп втрат зріс удвічі.\n"
            "З 1 березня збито також 40 літаків, додали військові.")
    found = {c.value: c for c in extract_claims(text, language="uk")}
    assert found[120].as_of == found[40].as_of == dt.date(2024, 3, 1)
