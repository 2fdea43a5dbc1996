"""Russian whole texts, round 31 (written for these tests) in the styles the Ukrainian round 31 found, in a
Russian-language Ukrainian outlet's wording: a weekly summary of an OSINT map (square kilometres and settlements taken,
no losses) with one line of the enemy's losses from the General Staff "за эту же неделю", and the sports ministry's
count of athletes and coaches killed since the full-scale invasion (at the front and by shelling; sports facilities are
no count). Each case lists every claim the spec asks of the text, written as "side category outcome value[-high]
qualifier measure[/period_days][@period_start] claimant as_of [hedged]". Then round 31's fixes
(tests/languages/uk/test_uk_unseen_round31.py) read in Russian wordings of their own.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a weekly OSINT map summary: the week 24-30 November; square kilometres and settlements are no count; the
    # General Staff's line "за эту же неделю" is that week
    pytest.param(
     "Карта боевых действий: за неделю оккупанты продвинулись на 87 км²\n\nС 24 по 30 ноября российские войска "
     "оккупировали 87 квадратных километров украинской территории и 4 населенных пункта, свидетельствуют данные "
     "аналитического проекта. Больше всего враг продвинулся на Покровском направлении — 35 км².\n\nЗа эту же неделю, "
     "по данным Генштаба ВСУ, потери врага составили 7 420 человек личного состава, 28 танков и 196 артиллерийских "
     "систем.",
     "2025-12-01",
     {"russia personnel losses 7420 exact period/7@2025-11-24 ua_general_staff 2025-11-30",
      "russia tanks losses 28 exact period/7@2025-11-24 ua_general_staff 2025-11-30",
      "russia artillery losses 196 exact period/7@2025-11-24 ua_general_staff 2025-11-30"},
     id="t0"),
    # the sports ministry (Ukraine's officials) since the full-scale invasion: the whole (people), those at the front
    # (personnel), those killed by shelling (civilians); sports facilities are no count
    pytest.param(
     "Минмолодежьспорта: с начала полномасштабного вторжения погибли 589 спортсменов и тренеров\n\nВследствие "
     "полномасштабной вооруженной агрессии России погибли 589 украинских спортсменов и тренеров. Об этом сообщили в "
     "Министерстве молодежи и спорта Украины.\n\nПо данным министерства, 512 из них погибли на фронте, защищая "
     "Украину. Еще 77 человек погибли в результате российских обстрелов.\n\nКроме того, разрушены или повреждены 518 "
     "спортивных объектов.",
     "2025-12-03",
     {"ukraine people killed 589 exact cumulative ua_officials 2025-12-03",
      "ukraine personnel killed 512 exact cumulative ua_officials 2025-12-03",
      "ukraine civilians killed 77 exact cumulative ua_officials 2025-12-03"},
     id="t1"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the full-scale war named as the cause: the war's running count (not "в результате российской агрессии" of a day)
    ("В результате полномасштабного вторжения России погибли 74 учителя.",
     {"ukraine people killed 74 exact cumulative None 2025-12-06"}),
    ("В результате российской агрессии погибли 2 человека, сообщили в ОВА.",
     {"ukraine people killed 2 exact period ua_officials 2025-12-06"}),
])
def test_the_full_scale_war_as_the_cause_is_a_running_count(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "за ту же / эту же неделю" with no figure before: the week an earlier sentence of no loss names
    ("С 8 по 14 сентября враг захватил 120 км².\n\nЗа ту же неделю, по данным Генштаба ВСУ, враг потерял 8 120 "
     "военных.",
     {"russia personnel losses 8120 exact period/7@2025-09-08 ua_general_staff 2025-09-14"}),
    ("За эту же неделю, по данным Генштаба ВСУ, враг потерял 35 танков.",
     {"russia tanks losses 35 exact period/7 ua_general_staff 2025-12-06"}),
])
def test_the_same_week_is_the_week_named_before(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the wounded evacuated are a count of the wounded (the people evacuated are none)
    ("По словам командира бригады ВСУ, за октябрь медики бригады эвакуировали с поля боя 410 раненых.",
     {"ukraine personnel wounded 410 exact period/31@2025-10-01 ua_officials 2025-10-31"}),
    ("Из города эвакуировали 640 человек.", set()),
])
def test_the_wounded_evacuated_are_wounded(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "потери батальона" with no side named, in a Ukrainian officer's words: his unit's own
    ("По словам командира батальона ВСУ, безвозвратные потери батальона с начала года составили 52 военных.",
     {"ukraine personnel killed 52 exact period@2025-01-01 ua_officials 2025-12-06"}),
])
def test_the_losses_of_a_unit_in_its_officers_words_are_his_sides(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Из них уничтожено 241" in the sentence after the count: parts of that equipment by outcome
    ("С начала года, по данным Генштаба ВСУ, оккупанты потеряли 318 танков. Из них уничтожено 241, повреждено 44.",
     {"russia tanks losses 318 exact period@2025-01-01 ua_general_staff 2025-12-06",
      "russia tanks destroyed 241 exact period@2025-01-01 ua_general_staff 2025-12-06",
      "russia tanks damaged 44 exact period@2025-01-01 ua_general_staff 2025-12-06"}),
])
def test_parts_of_equipment_by_outcome_in_the_next_sentence(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a side word in the instrumental after a passive verb of destroying is who did it
    ("Еще 33 танка захвачены украинскими подразделениями.",
     {"russia tanks captured 33 exact period None 2025-12-06"}),
    ("За сутки уничтожены 12 танков украинскими военными.",
     {"russia tanks destroyed 12 exact period/1 None 2025-12-06"}),
])
def test_the_side_in_the_instrumental_after_a_passive_is_the_doer(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # equipment counted right after "из" with a part after it is the whole the parts break down: lost
    ("С начала года враг потерял 318 танков.\n\nИз 318 танков 241 уничтожен, 44 повреждены.",
     {"ukraine tanks losses 318 exact period@2025-01-01 None 2025-12-06",
      "ukraine tanks destroyed 241 exact period@2025-01-01 None 2025-12-06",
      "ukraine tanks damaged 44 exact period@2025-01-01 None 2025-12-06"}),
    ("По данным Генштаба ВСУ, из 52 артиллерийских систем оккупантов 40 уничтожены дронами.",
     {"russia artillery losses 52 exact period ua_general_staff 2025-12-06",
      "russia artillery destroyed 40 exact period ua_general_staff 2025-12-06"}),
])
def test_the_whole_named_before_its_parts_is_lost(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "за тот же период" past a narrower span set aside ("Только за ...", "Лишь в ..."): the span before it
    ("С начала года, по данным Генштаба ВСУ, оккупанты потеряли 120 самолетов. Только за октябрь — 14. За тот же "
     "период, по оценке аналитиков, ВСУ потеряли 9 самолетов.",
     {"russia aircraft losses 120 exact period@2025-01-01 ua_general_staff 2025-12-06",
      "russia aircraft losses 14 exact period/31@2025-10-01 ua_general_staff 2025-10-31",
      "ukraine aircraft losses 9 exact period@2025-01-01 other 2025-12-06"}),
])
def test_the_same_period_passes_over_a_narrower_span_set_aside(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-06") == expected
