"""Ukrainian constructions of round 38t, read in sentences of their own (written for these tests; in Russian in
tests/languages/ru/test_ru_round38t_constructions.py): the fixes the structure twins of
tests/languages/uk/test_uk_unseen_round38t.py asked for. Each line a text and every claim the spec asks of it, written
as "side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]"."""

from __future__ import annotations

import pytest
from claim_lines import described

CASES = [
    # other verbs of losing: "позбутися", "недорахуватися" (and their numbers in the genitive)
    pytest.param("За минулу добу ворог позбувся ще 940 військових і шести танків, повідомив Генштаб ЗСУ.",
                 "2025-11-30",
                 {"russia personnel losses 940 exact period/1 ua_general_staff 2025-11-30",
                  "russia tanks losses 6 exact period/1 ua_general_staff 2025-11-30"}, id="rid_of"),
    pytest.param("За тиждень окупанти недорахувалися 7 210 солдатів, підрахували в Генштабі.", "2025-11-30",
                 {"russia personnel losses 7210 exact period/7 ua_general_staff 2025-11-30"}, id="missed_count"),
    # the last day with another preposition of a span
    pytest.param("Протягом останньої доби росіяни втратили 1 130 військових, повідомив Генштаб.", "2025-11-30",
                 {"russia personnel losses 1130 exact period/1 ua_general_staff 2025-11-30"}, id="last_day"),
    pytest.param("Упродовж останньої доби загарбники втратили 870 осіб, повідомив Генштаб ЗСУ.", "2025-11-30",
                 {"russia personnel losses 870 exact period/1 ua_general_staff 2025-11-30"}, id="last_day_b"),
    # the span named before, with another preposition or pointed at, over a list after a colon
    pytest.param("З 1 вересня ворог втратив 9 400 військових, сказав командувач.\n\nВін додав, що бійці тримають "
                 "позиції.\n\nУпродовж цього часу на напрямку знищено:\n • 38 танків;\n • 70 бойових броньованих "
                 "машин.", "2025-11-30",
                 {"russia personnel losses 9400 exact period@2025-09-01 ua_officials 2025-11-30",
                  "russia tanks destroyed 38 exact period@2025-09-01 ua_officials 2025-11-30",
                  "russia armoured_vehicles destroyed 70 exact period@2025-09-01 ua_officials 2025-11-30"},
                 id="this_time"),
    pytest.param("Від 10 жовтня росіяни втратили 3 100 бійців, сказав речник бригади.\n\nЗа вказаний період, за його "
                 "словами, знищено:\n • 12 гармат;\n • 5 танків.", "2025-11-30",
                 {"russia personnel losses 3100 exact period@2025-10-10 ua_officials 2025-11-30",
                  "russia artillery destroyed 12 exact period@2025-10-10 ua_officials 2025-11-30",
                  "russia tanks destroyed 5 exact period@2025-10-10 ua_officials 2025-11-30"}, id="this_time_b"),
    # "після початку вторгнення": since the war began, a running count
    pytest.param("Понад 12 тисяч цивільних загинули після початку повномасштабного вторгнення, повідомили в ООН.",
                 "2025-11-30", {"ukraine civilians killed 12000 at_least cumulative un 2025-11-30"}, id="after_start"),
    pytest.param("Після початку російського вторгнення загинули 640 дітей, повідомив омбудсман.", "2025-11-30",
                 {"ukraine civilians killed 640 exact cumulative ua_officials 2025-11-30"}, id="after_start_b"),
    # ... but not where it dates a participle before it ("завербованих після початку війни"): the span before holds
    pytest.param("За два тижні «Медіазона» встановила імена ще 300 загиблих. Найбільше загиблих за цей час — серед "
                 "ув'язнених, завербованих після початку війни, — близько 120 осіб.", "2025-07-04",
                 {"russia personnel killed 300 exact period/14 mediazona 2025-07-04",
                  "russia personnel killed 120 approx period/14 mediazona 2025-07-04"}, id="after_start_participle"),
    # a word that starts with the year's abbreviation is no year: "з початку російської агресії" is the war's start
    pytest.param("З початку російської агресії загинули 620 дітей, повідомив омбудсман.", "2025-11-30",
                 {"ukraine civilians killed 620 exact cumulative ua_officials 2025-11-30"}, id="not_a_year"),
    pytest.param("З початку 2025 р. загинули 40 мирних жителів, повідомила ОВА.", "2025-11-30",
                 {"ukraine civilians killed 40 exact period@2025-01-01 ua_officials 2025-11-30"}, id="not_a_year_b"),
    # parts after "включно з", "включаючи"; a vehicle as "автомашина"
    pytest.param("На напрямку знищено 31 бойову броньовану машину, включно з двома Bradley, повідомили в бригаді.",
                 "2025-11-30",
                 {"russia armoured_vehicles destroyed 31 exact period ua_officials 2025-11-30",
                  "russia armoured_vehicles destroyed 2 exact period ua_officials 2025-11-30"}, id="including"),
    pytest.param("Знищено 17 ББМ, включаючи чотири БТР, та 22 автомашини, повідомив Генштаб.", "2025-11-30",
                 {"russia armoured_vehicles destroyed 17 exact period ua_general_staff 2025-11-30",
                  "russia armoured_vehicles destroyed 4 exact period ua_general_staff 2025-11-30",
                  "russia vehicles destroyed 22 exact period ua_general_staff 2025-11-30"}, id="including_b"),
    # materiel as a mass, and an abbreviation closing a heading in the genitive plural, are no count of one
    pytest.param("Ворог за тиждень втратив 2 400 військових, а також велику кількість озброєння, зокрема бронетехніки, "
                 "повідомив Генштаб.", "2025-11-30",
                 {"russia personnel losses 2400 exact period/7 ua_general_staff 2025-11-30"}, id="mass"),
    pytest.param("Від початку війни знищено 12 тисяч танків, БМП і БТР, повідомив міністр оборони.", "2025-11-30",
                 {"russia tanks destroyed 12000 exact cumulative ua_mod 2025-11-30"}, id="heading_abbreviations"),
    # a report to a superior, and the figures before pointed at by "Ці дані", are sourced
    pytest.param("Міністр оборони доповів президентові, що від початку війни ворог втратив понад 700 тисяч "
                 "військових.", "2025-11-30",
                 {"russia personnel losses 700000 at_least cumulative ua_mod 2025-11-30"}, id="reported_up"),
    pytest.param("За липень сили оборони знищили 390 російських гармат.\n\nЦі дані оприлюднило Міністерство оборони "
                 "України у своєму телеграм-каналі в суботу, 2 серпня.", "2025-08-02",
                 {"russia artillery destroyed 390 exact period/31@2025-07-01 ua_mod 2025-07-31"}, id="these_data"),
    # the figures before pointed at by a body that did not confirm them are not its own
    pytest.param("За добу ворог втратив 4 танки.\n\nУ Генштабі ЗСУ ці дані не підтвердили.", "2025-11-30",
                 {"russia tanks losses 4 exact period/1 None 2025-11-30"}, id="not_confirmed"),
    # the war by its other name: "спеціальна операція"
    pytest.param("Від початку спеціальної операції ворог втратив понад 500 тисяч військових, повідомив Генштаб.",
                 "2025-11-30", {"russia personnel losses 500000 at_least cumulative ua_general_staff 2025-11-30"},
                 id="special_operation"),
    # the day's increases, and a headline's day, are the day the lead names
    pytest.param("Росіяни за добу втратили майже 1 200 окупантів — Генштаб\nЗа минулу добу, 28 листопада, ворог "
                 "втратив ще 1 180 військових. Про це повідомив Генштаб ЗСУ.\nЗагальні втрати техніки:\n- танки — "
                 "11 300 (+12);\n- артилерійські системи — 34 100 (+40).", "2025-11-29",
                 {"russia personnel losses 1200 approx period/1 ua_general_staff 2025-11-28",
                  "russia personnel losses 1180 exact period/1 ua_general_staff 2025-11-28",
                  "russia tanks losses 11300 exact cumulative ua_general_staff 2025-11-29",
                  "russia tanks losses 12 exact period/1 ua_general_staff 2025-11-28",
                  "russia artillery losses 34100 exact cumulative ua_general_staff 2025-11-29",
                  "russia artillery losses 40 exact period/1 ua_general_staff 2025-11-28"}, id="lead_day"),
    pytest.param("Упродовж минулої доби, 27 листопада, загарбники позбулися 980 солдатів, повідомили в Генштабі. Від "
                 "початку вторгнення загалом ворог втратив:\n- танків — 11 288 (+7);\n- ББМ — 23 400 (+15).",
                 "2025-11-29",
                 {"russia personnel losses 980 exact period/1 ua_general_staff 2025-11-27",
                  "russia tanks losses 11288 exact cumulative ua_general_staff 2025-11-29",
                  "russia tanks losses 7 exact period/1 ua_general_staff 2025-11-27",
                  "russia armoured_vehicles losses 23400 exact cumulative ua_general_staff 2025-11-29",
                  "russia armoured_vehicles losses 15 exact period/1 ua_general_staff 2025-11-27"}, id="lead_day_b"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_construction(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


# constructions earlier rounds left, read in sentences of their own: the hurt of a strike ("постраждалі": wounded, none
# where no number is given), those brought out alive from the rubble (no loss unless said hurt), Russia's ministers
# with another portfolio and its foreign ministry by its short name (its officials, not its defence ministry; its
# defence minister by title is), shelling "з боку ЗСУ" of an occupied city (its people Russia's civilians)
LEFT = [
    pytest.param("Кількість постраждалих унаслідок удару по Харкову зросла до 9, повідомила ОВА.",
                 {"ukraine civilians wounded 9 exact period ua_officials 2025-11-30"}, id="hurt_rose"),
    pytest.param("Внаслідок атаки дронів на Суми є постраждалі, повідомила ОВА.", set(), id="hurt_no_number"),
    pytest.param("Серед постраждалих унаслідок удару по Одесі — 4 дітей, повідомила ОВА.",
                 {"ukraine civilians wounded 4 exact period ua_officials 2025-11-30"}, id="hurt_children"),
    pytest.param("З-під завалів живими дістали трьох мешканців, ще двоє загинули, повідомила ОВА.",
                 {"ukraine civilians killed 2 exact period ua_officials 2025-11-30"}, id="alive_before"),
    pytest.param("Рятувальники врятували з-під завалів шістьох людей, ще четверо загинули, повідомили в ДСНС.",
                 {"ukraine civilians killed 4 exact period ua_officials 2025-11-30"}, id="rescued"),
    pytest.param("Рятувальники живими дістали з-під завалів п'ятьох людей, двоє з них поранені, повідомили в ДСНС.",
                 {"ukraine civilians wounded 2 exact period ua_officials 2025-11-30"}, id="alive_but_hurt"),
    pytest.param("Російський міністр охорони здоров'я заявив, що від ударів ЗСУ загинули 12 цивільних.",
                 {"russia civilians killed 12 exact period ru_officials 2025-11-30"}, id="health_minister"),
    pytest.param("Глава російського МЗС заявив, що з початку року загинули 120 мирних жителів.",
                 {"russia civilians killed 120 exact period@2025-01-01 ru_officials 2025-11-30"},
                 id="foreign_ministry"),
    pytest.param("Російський міністр оборони заявив, що ЗСУ втратили 400 тисяч військових.",
                 {"ukraine personnel losses 400000 exact cumulative ru_mod 2025-11-30"}, id="russian_defence_minister"),
    pytest.param("В окупованому Донецьку внаслідок обстрілу з боку ЗСУ загинули четверо мирних жителів, заявив "
                 "призначений Росією мер міста.",
                 {"russia civilians killed 4 exact period ru_officials 2025-11-30"}, id="occupied_city"),
    pytest.param("Унаслідок обстрілу з боку ЗСУ окупованої Горлівки загинули двоє цивільних, повідомив окупаційний "
                 "мер.", {"russia civilians killed 2 exact period ru_officials 2025-11-30"}, id="occupied_city_b"),
    # (pinned then as read wrongly, Ukraine's officials and civilians; read since round 39b: a city's head by the bare
    # title "мер міста" running past the claimants' "мер", of the side the attack "з боку ЗСУ" struck)
    pytest.param("В окупованому Донецьку внаслідок обстрілу з боку ЗСУ загинули четверо мирних жителів, заявив мер "
                 "міста.", {"russia civilians killed 4 exact period ru_officials 2025-11-30"},
                 id="occupied_city_pinned"),
]


@pytest.mark.parametrize(("text", "expected"), LEFT)
def test_left_construction(text: str, expected: set[str]) -> None:
    assert described(text, "2025-11-30") == expected
