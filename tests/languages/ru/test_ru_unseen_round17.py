"""Russian whole texts, round 17 (written for these tests) in styles the first sixteen rounds lack: Interfax on a
governor's figures for a week of shelling of a border district, 7x7 on a region's memorial list of the dead for a
month and since the invasion. Each case lists every claim the spec asks of the text, written as "side category
outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]". Then the fixes of this
round, each read in wordings of its own.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # Interfax on a governor's week: children among the wounded, drones downed over the district; shells and houses
    # are no loss; the year's dead recalled
    (
     "Гладков: за неделю при обстрелах Шебекинского округа погибли четыре человека\n\nЗа прошедшую неделю в "
     "результате обстрелов ВСУ в Шебекинском городском округе погибли четыре мирных жителя, еще 23 получили "
     "ранения. Об этом сообщил губернатор Белгородской области Вячеслав Гладков, передает «Интерфакс».\n\nПо "
     "его словам, среди раненых трое детей. Всего за неделю по округу было выпущено более 400 боеприпасов "
     "и 150 беспилотников, повреждены 96 частных домов и 40 автомобилей.\n\nГлава региона отметил, что системы "
     "ПВО за это время сбили над округом 87 украинских беспилотников. Жителей приграничных сел вновь призвали "
     "воспользоваться пунктами временного размещения. В округе продолжают действовать ограничения: закрыты "
     "школы, а въезд в приграничные села возможен только по согласованию с администрацией.\n\nРанее губернатор "
     "сообщал, что с начала года в области погибли 90 мирных жителей.",
     "2025-06-02",
     {"russia civilians killed 4 exact period/7 ru_officials 2025-06-02",
      "russia civilians killed 90 exact period@2025-01-01 ru_officials 2025-06-02",
      "russia civilians wounded 23 exact period/7 ru_officials 2025-06-02",
      "russia civilians wounded 3 exact period/7 ru_officials 2025-06-02",
      "ukraine drones destroyed 87 exact period/7 ru_officials 2025-06-02"}),
    # 7x7's memorial count for April (residents who fought in the operation are its soldiers), parts of the month's
    # dead, the count since the invasion
    (
     "«Вечная память»: в Коми за месяц похоронили 38 участников СВО\n\nЗа апрель в Республике Коми стало известно "
     "о гибели 38 жителей региона, участвовавших в «специальной военной операции». Такие данные «7x7» получил, "
     "изучив сообщения районных администраций и пабликов во «ВКонтакте».\n\nСреди погибших — 14 добровольцев, "
     "подписавших контракт после 2023 года, и шестеро мобилизованных. Самому молодому из них было 20 лет, "
     "самому старшему — 61 год.\n\nВсего, по подсчетам редакции, с начала вторжения в Коми погибли не менее "
     "1 150 человек. Власти республики официальной статистики не публикуют, а в некоторых районах прощания "
     "проходят почти каждую неделю.\n\nСемьи погибших получают единовременные выплаты от федерального и регионального "
     "бюджетов. Редакция ведет собственный список погибших с начала 2022 года и обновляет его каждую неделю. "
     "Среди погибших в апреле есть выпускники местных школ и бывшие заключенные, указывает издание.",
     "2025-05-05",
     {"russia personnel killed 1150 at_least cumulative other 2025-05-05",
      "russia personnel killed 14 exact period/30@2025-04-01 other 2025-04-30",
      "russia personnel killed 38 exact period/30@2025-04-01 other 2025-04-30",
      "russia personnel killed 6 exact period/30@2025-04-01 other 2025-04-30"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected

# the fixes this round, each read in wordings of its own


def test_a_span_of_occasions_recalled_is_not_the_next_figures() -> None:
    text = ("С начала лета Россия уже трижды передавала Украине тела погибших. Украина, в свою очередь, передала "
            "России тела 50 погибших российских военных.")
    assert described(text, "2025-06-01") == {"russia personnel killed 50 exact cumulative None 2025-06-01"}


@pytest.mark.parametrize("text", [
    "В апреле стало известно о гибели 38 жителей области, воевавших в СВО.",
    "За месяц погибли 12 жителей района, участвовавших в специальной военной операции.",
    # (those who took part named as such: "участники СВО")
    "В районе похоронили 38 участников СВО.",
    "За неделю погибли еще трое участников спецоперации из Бурятии.",
])
def test_residents_who_fought_in_the_operation_are_its_soldiers(text: str) -> None:
    assert {line.split(" ")[0] + " " + line.split(" ")[1] for line in described(text, "2025-06-01")} == {
        "russia personnel"}


def test_more_of_the_bodies_after_a_dash_are_more_of_the_dead() -> None:
    text = ("Россия передала Украине тела 300 погибших военных. Большинство тел доставили с Донецкого направления, "
            "еще 20 — из моргов в Ростове.")
    assert described(text, "2025-06-01") == {"ukraine personnel killed 300 exact cumulative None 2025-06-01",
                                             "ukraine personnel killed 20 exact cumulative None 2025-06-01"}
