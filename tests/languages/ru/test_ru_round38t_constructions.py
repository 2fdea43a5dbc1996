"""Russian constructions of round 38t, read in sentences of their own (written for these tests; in Ukrainian in
tests/languages/uk/test_uk_round38t_constructions.py): the fixes the structure twins of
tests/languages/ru/test_ru_unseen_round38t.py asked for. Each line a text and every claim the spec asks of it, written
as "side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]"."""

from __future__ import annotations

import pytest
from claim_lines import described

CASES = [
    # other verbs of losing: "недосчитаться", "лишаться"
    pytest.param("За минувшие сутки противник недосчитался 870 военнослужащих и пяти танков, сообщило Минобороны "
                 "России.", "2025-11-30",
                 {"ukraine personnel losses 870 exact period/1 ru_mod 2025-11-30",
                  "ukraine tanks losses 5 exact period/1 ru_mod 2025-11-30"}, id="missed_count"),
    pytest.param("Каждую неделю ВСУ лишаются около 2 000 человек, заявил Белоусов.", "2025-11-30",
                 {"ukraine personnel losses 2000 approx rate/7 ru_mod 2025-11-30"}, id="lose_imperfective"),
    # the last day with another preposition of a span
    pytest.param("В течение последних суток ВСУ потеряли до 1 300 военнослужащих, сообщило Минобороны России.",
                 "2025-11-30", {"ukraine personnel losses 1300 at_most period/1 ru_mod 2025-11-30"}, id="last_day"),
    pytest.param("В течение последних суток, 27 ноября, оккупанты потеряли еще 950 военных, сообщил Генштаб ВСУ.",
                 "2025-11-29", {"russia personnel losses 950 exact period/1 ua_general_staff 2025-11-27"},
                 id="last_day_b"),
    # the span named before, with another preposition or pointed at, over a list after a colon
    pytest.param("С 1 сентября противник потерял 8 200 военных, сообщили в Минобороны России.\n\nТам добавили, что "
                 "войска удерживают позиции.\n\nВ течение этого периода на направлении уничтожено:\n • 44 танка;\n "
                 "• 90 боевых бронированных машин.", "2025-11-30",
                 {"ukraine personnel losses 8200 exact period@2025-09-01 ru_mod 2025-11-30",
                  "ukraine tanks destroyed 44 exact period@2025-09-01 ru_mod 2025-11-30",
                  "ukraine armoured_vehicles destroyed 90 exact period@2025-09-01 ru_mod 2025-11-30"},
                 id="this_time"),
    pytest.param("С 5 октября ВСУ потеряли 2 600 военных, сказал представитель Минобороны России.\n\nЗа указанный "
                 "период, по его словам, уничтожено:\n • 19 орудий;\n • 7 танков.", "2025-11-30",
                 {"ukraine personnel losses 2600 exact period@2025-10-05 ru_mod 2025-11-30",
                  "ukraine artillery destroyed 19 exact period@2025-10-05 ru_mod 2025-11-30",
                  "ukraine tanks destroyed 7 exact period@2025-10-05 ru_mod 2025-11-30"}, id="this_time_b"),
    # "после начала вторжения": since the war began, a running count
    pytest.param("Более 11 тысяч мирных жителей погибли после начала полномасштабного вторжения, говорится в докладе "
                 "ООН.", "2025-11-30", {"ukraine civilians killed 11000 at_least cumulative un 2025-11-30"},
                 id="after_start"),
    pytest.param("После начала российского вторжения погибли 630 детей, сообщил омбудсмен Украины.", "2025-11-30",
                 {"ukraine civilians killed 630 exact cumulative ua_officials 2025-11-30"}, id="after_start_b"),
    # ... but not where it dates a participle before it ("завербованных после начала войны"): the span before holds
    pytest.param("За две недели «Медиазона» установила имена еще 300 погибших. Больше всего погибших за это время — "
                 "среди заключенных, завербованных после начала войны, — около 120 человек.", "2025-07-04",
                 {"russia personnel killed 300 exact period/14 mediazona 2025-07-04",
                  "russia personnel killed 120 approx period/14 mediazona 2025-07-04"}, id="after_start_participle"),
    # a word that starts with the year's abbreviation is no year
    pytest.param("С начала горячей фазы войны в регионе погибли 310 мирных жителей, сообщил губернатор Курской "
                 "области.", "2025-11-30",
                 {"russia civilians killed 310 exact cumulative ru_officials 2025-11-30"}, id="not_a_year"),
    pytest.param("С начала 2025 г. в регионе погибли 40 мирных жителей, сообщил губернатор Белгородской области.",
                 "2025-11-30", {"russia civilians killed 40 exact period@2025-01-01 ru_officials 2025-11-30"},
                 id="not_a_year_b"),
    # parts after "включая"; a vehicle as "автомашина"
    pytest.param("Уничтожены 27 боевых бронированных машин, включая две Bradley, сообщило Минобороны России.",
                 "2025-11-30",
                 {"ukraine armoured_vehicles destroyed 27 exact period ru_mod 2025-11-30",
                  "ukraine armoured_vehicles destroyed 2 exact period ru_mod 2025-11-30"}, id="including"),
    pytest.param("Также уничтожены 40 единиц техники, включая три БТР, и 15 автомашин, сообщило Минобороны России.",
                 "2025-11-30",
                 {"ukraine equipment destroyed 40 exact period ru_mod 2025-11-30",
                  "ukraine armoured_vehicles destroyed 3 exact period ru_mod 2025-11-30",
                  "ukraine vehicles destroyed 15 exact period ru_mod 2025-11-30"}, id="including_b"),
    # materiel as a mass, and an abbreviation closing a heading in the genitive plural, are no count of one
    pytest.param("ВСУ за неделю потеряли 1 900 военных, а также большое количество вооружения, в том числе "
                 "бронетехники, сообщило Минобороны России.", "2025-11-30",
                 {"ukraine personnel losses 1900 exact period/7 ru_mod 2025-11-30"}, id="mass"),
    pytest.param("С начала СВО уничтожено 16 тысяч танков, БМП и БТР, а также 9 тысяч орудий полевой артиллерии и "
                 "РСЗО, заявил министр обороны.", "2025-11-30",
                 {"ukraine tanks destroyed 16000 exact cumulative ru_mod 2025-11-30",
                  "ukraine artillery destroyed 9000 exact cumulative ru_mod 2025-11-30"}, id="heading_abbreviations"),
    # a report to a superior, and the figures before pointed at by "Эти цифры", are sourced
    pytest.param("Министр обороны доложил президенту, что с начала года ВСУ лишились более 400 тысяч "
                 "военнослужащих.", "2025-11-30",
                 {"ukraine personnel losses 400000 at_least period@2025-01-01 ru_mod 2025-11-30"}, id="reported_up"),
    pytest.param("За август ВСУ потеряли 48 тысяч человек.\n\nЭти цифры привело Минобороны России в своем "
                 "Telegram-канале в субботу, 2 сентября.", "2025-09-02",
                 {"ukraine personnel losses 48000 exact period/31@2025-08-01 ru_mod 2025-08-31"}, id="these_data"),
    # the figures before pointed at by a body that did not confirm them are not its own
    pytest.param("За сутки противник потерял 4 танка.\n\nВ Минобороны России эти данные не подтвердили.",
                 "2025-11-30", {"ukraine tanks losses 4 exact period/1 None 2025-11-30"}, id="not_confirmed"),
    # the war by its other name: "специальная операция"
    pytest.param("С начала специальной операции ВСУ потеряли более 600 тысяч военнослужащих, сообщило Минобороны "
                 "России.", "2025-11-30", {"ukraine personnel losses 600000 at_least cumulative ru_mod 2025-11-30"},
                 id="special_operation"),
    # the day's increases, and a headline's day, are the day the lead names
    pytest.param("Российские войска за сутки лишились почти 1 100 военных — Генштаб ВСУ\nЗа минувшие сутки, 28 "
                 "ноября, российские войска потеряли 1 090 военных, сообщил Генштаб ВСУ.\nПотери техники:\n- танки — "
                 "11 300 (+12);\n- артиллерийские системы — 34 100 (+40).", "2025-11-29",
                 {"russia personnel losses 1100 approx period/1 ua_general_staff 2025-11-28",
                  "russia personnel losses 1090 exact period/1 ua_general_staff 2025-11-28",
                  "russia tanks losses 11300 exact cumulative ua_general_staff 2025-11-29",
                  "russia tanks losses 12 exact period/1 ua_general_staff 2025-11-28",
                  "russia artillery losses 34100 exact cumulative ua_general_staff 2025-11-29",
                  "russia artillery losses 40 exact period/1 ua_general_staff 2025-11-28"}, id="lead_day"),
    pytest.param("За прошедшие сутки, 27 ноября, оккупанты потеряли еще 950 военных, сообщил Генштаб ВСУ. Всего с "
                 "начала вторжения:\n- танков — 11 288 (+7);\n- ББМ — 23 400 (+15).", "2025-11-29",
                 {"russia personnel losses 950 exact period/1 ua_general_staff 2025-11-27",
                  "russia tanks losses 11288 exact cumulative ua_general_staff 2025-11-29",
                  "russia tanks losses 7 exact period/1 ua_general_staff 2025-11-27",
                  "russia armoured_vehicles losses 23400 exact cumulative ua_general_staff 2025-11-29",
                  "russia armoured_vehicles losses 15 exact period/1 ua_general_staff 2025-11-27"}, id="lead_day_b"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_construction(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


# constructions earlier rounds left, read in sentences of their own: the hurt of a strike ("пострадавшие": wounded,
# none where no number is given), those brought out alive from the rubble (no loss unless said hurt), Russia's
# ministers with another portfolio and its foreign ministry by its short name (its officials, not its defence
# ministry), shelling "со стороны ВСУ" of an occupied city (its people Russia's civilians)
LEFT = [
    pytest.param("Количество пострадавших при атаке на Курск выросло до 7, сообщил губернатор Курской области.",
                 {"russia civilians wounded 7 exact period ru_officials 2025-11-30"}, id="hurt_rose"),
    pytest.param("В результате удара беспилотника по Белгороду есть пострадавшие, сообщил губернатор.", set(),
                 id="hurt_no_number"),
    pytest.param("Пострадавшими от атаки дронов на Брянск стали 6 человек, сообщил губернатор Брянской области.",
                 {"russia civilians wounded 6 exact period ru_officials 2025-11-30"}, id="hurt_became"),
    pytest.param("Из-под завалов достали живыми троих жителей, еще двое погибли, сообщил губернатор Курской области.",
                 {"russia civilians killed 2 exact period ru_officials 2025-11-30"}, id="alive_before"),
    pytest.param("Спасатели извлекли из-под завалов живыми 5 человек, 2 человека погибли, сообщили в МЧС России.",
                 {"russia civilians killed 2 exact period ru_officials 2025-11-30"}, id="alive_before_b"),
    pytest.param("Живыми из-под завалов извлекли четверых, погибли трое, сообщил губернатор Белгородской области.",
                 {"russia civilians killed 3 exact period ru_officials 2025-11-30"}, id="alive_fronted"),
    pytest.param("Российский министр здравоохранения заявил, что в результате ударов ВСУ пострадали 45 мирных "
                 "жителей.", {"russia civilians wounded 45 exact period ru_officials 2025-11-30"},
                 id="health_minister"),
    pytest.param("Глава российского МИД заявил, что с начала года погибли 120 мирных жителей.",
                 {"russia civilians killed 120 exact period@2025-01-01 ru_officials 2025-11-30"},
                 id="foreign_ministry"),
    pytest.param("Российский министр обороны заявил, что ВСУ потеряли 400 тысяч военных.",
                 {"ukraine personnel losses 400000 exact cumulative ru_mod 2025-11-30"}, id="defence_minister"),
    pytest.param("В оккупированном Донецке в результате обстрела со стороны ВСУ погибли четверо мирных жителей, заявил "
                 "назначенный Россией мэр города.",
                 {"russia civilians killed 4 exact period ru_officials 2025-11-30"}, id="occupied_city"),
    pytest.param("В оккупированном Мелитополе в результате удара со стороны ВСУ погибли двое мирных жителей, сообщила "
                 "мэрия.", {"russia civilians killed 2 exact period ru_officials 2025-11-30"}, id="occupied_city_b"),
]


@pytest.mark.parametrize(("text", "expected"), LEFT)
def test_left_construction(text: str, expected: set[str]) -> None:
    assert described(text, "2025-11-30") == expected
