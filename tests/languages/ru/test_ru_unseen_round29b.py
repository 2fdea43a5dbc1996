"""Russian whole texts, round 29b (written for these tests) in styles the first twenty-eight rounds lack: a news agency
on the defence minister's year-end report to the ministry's board ("на расширенном заседании коллегии", "за год
противник потерял", the totals "с начала СВО"; contracts signed and the money paid are no loss), an exile outlet's
estimate of the dead as a range "от ... до ..." by a statistical method beside the named count "по меньшей мере" (a
share and the wounded per one dead are no count), a regional leader's Telegram post on his units' day ("бойцы ...
уничтожили", those who surrendered, "наши потери"; emoji; settlements and ages are no count), a district paper on a
soldier's funeral ("простились с земляком", "погиб в ходе СВО", "стал N-м жителем района, погибшим": the ordinal is the
district's running count of its dead; his age, his children and the mourners are no count), a news agency on a transport
plane downed with prisoners aboard ("на борту находились ... Все они погибли"), the defence ministry on one missile
strike on a training ground with foreign instructors among the dead, an independent outlet on court cases of soldiers
who left their units (sentences and terms no loss) and its estimate of those who left "с начала мобилизации", a regional
paper on its book of memory (the names added, the book's total; the year it was opened and its pages are no count), an
exile outlet on the prisoners each side holds told by the rights commissioner (exchanges and those returned are no
loss), a border governor on a sabotage group destroyed "из N человек" beside "потерь нет". Each case lists every claim
the spec asks of the text, written as "side category outcome value[-high] qualifier measure[/period_days][@period_start]
claimant as_of [hedged]". Then this round's fixes (the terms of a ratio "на одного ... приходится"; "наши потери" in a
text of no source are the side fighting the one its figures name; the ordinal of a running count of the dead; "танков и
других бронированных машин"; "Все они погибли" after those counted present; "X был сбит"; instructors are soldiers;
"самовольно оставили часть" is deserting; an outlet named after a verb of counting is the outlet "издание" stands for)
read in wordings of their own; their Ukrainian wordings are in tests/languages/uk/test_uk_unseen_round29b.py.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a news agency on the minister's report to the ministry's board: the year's losses of the enemy (its headline
    # and lead say the same number: one claim), the totals since the operation began; contracts and money are no loss
    (
     "Министр обороны: ВСУ за год потеряли более 500 тысяч военнослужащих\n\nМОСКВА, 16 декабря. /ТАСС/. Потери "
     "Вооруженных сил Украины за год превысили 500 тысяч военнослужащих. Об этом заявил министр обороны России на "
     "расширенном заседании коллегии военного ведомства.\n\n«За год противник потерял свыше 500 тысяч человек, "
     "более 3 тысяч танков и других бронированных машин, около 14 тысяч орудий полевой артиллерии и минометов», – "
     "сказал министр.\n\nПо его словам, всего с начала СВО потери ВСУ составили почти 1,5 млн военнослужащих. "
     "Министр также сообщил, что с начала года контракты о прохождении военной службы подписали более 400 тысяч "
     "человек, а на единовременные выплаты им направлено свыше 300 млрд рублей.",
     "2025-12-16",
     {"ukraine personnel losses 500000 at_least period/365 ru_mod 2025-12-16",
      "ukraine armoured_vehicles losses 3000 at_least period/365 ru_mod 2025-12-16",
      "ukraine artillery losses 14000 approx period/365 ru_mod 2025-12-16",
      "ukraine personnel losses 1.5e+06 approx cumulative ru_mod 2025-12-16"}),
    # an exile outlet's estimate with Mediazona: the dead as a range since the invasion by a method, the named count
    # "по меньшей мере"; the share of names known and the wounded per one dead are no count
    (
     "Сколько российских военных погибло на войне: новая оценка «Медузы» и «Медиазоны»\n\nЖурналисты «Медузы» и "
     "«Медиазоны» оценили потери российской армии с помощью статистического метода: они сопоставили два "
     "независимых списка погибших — некрологи в соцсетях и решения судов о признании военнослужащих умершими. По "
     "этой оценке, с начала полномасштабного вторжения в Украину погибли от 200 до 250 тысяч российских "
     "военных.\n\nПоименно удалось установить гибель по меньшей мере 140 тысяч человек: таким образом, известны имена "
     "лишь около 60% погибших. По словам авторов исследования, на одного погибшего приходится примерно трое "
     "раненых, однако точно подсчитать число раненых невозможно.",
     "2025-12-12",
     {"russia personnel killed 200000-250000 range cumulative mediazona 2025-12-12",
      "russia personnel killed 140000 at_least cumulative mediazona 2025-12-12"}),
    # a regional leader's own Telegram post (its own voice: no source named) on his units' day: the enemy's machines
    # and men destroyed, those who surrendered, "наши потери" the side's own wounded; settlements and ages no count
    (
     "❗️За минувшие сутки бойцы спецназа «Ахмат» в ходе наступательных действий на Запорожском направлении "
     "уничтожили 2 танка, 4 ББМ и более 60 боевиков ВСУ 💪\n\nЕщё 7 военнослужащих противника сдались в плен нашим "
     "подразделениям. Освобождены 2 населённых пункта.\n\nНаши потери — двое раненых, их жизни ничего не угрожает. "
     "Горжусь нашими парнями, самому младшему из них всего 19 лет! 🇷🇺\n\nАХМАТ - СИЛА! АЛЛАХУ АКБАР!",
     "2025-12-10",
     {"ukraine tanks destroyed 2 exact period/1 None 2025-12-10",
      "ukraine armoured_vehicles destroyed 4 exact period/1 None 2025-12-10",
      "ukraine personnel killed 60 at_least period/1 None 2025-12-10",
      "ukraine personnel captured 7 exact period/1 None 2025-12-10",
      "russia personnel wounded 2 exact period/1 None 2025-12-10"}),
    # a district paper on a soldier's funeral: the one man named is no count; the ordinal "стал N-м жителем района,
    # погибшим" is the district's running count of its dead since the operation began, told by its administration;
    # his age, the month he signed, his children and the mourners are no count
    (
     "В Ишимском районе простились с земляком, погибшим в ходе СВО\n\nВ субботу, 6 декабря, в Ишимском районе "
     "простились с рядовым Алексеем Н., погибшим в ходе специальной военной операции. Ему было 34 года. "
     "Военнослужащий заключил контракт с Минобороны в марте 2024 года и служил стрелком штурмового "
     "подразделения.\n\nКак сообщили в администрации района, Алексей стал 58-м жителем района, погибшим в зоне СВО. "
     "У него остались жена и двое детей.\n\nПроститься с бойцом пришли более 200 человек.",
     "2025-12-08",
     {"russia personnel killed 58 exact cumulative ru_officials 2025-12-08"}),
    # a news agency on a transport plane downed with prisoners aboard, told by the defence ministry: those aboard,
    # counted in one sentence, "все они погибли" in the next (the prisoners the enemy's own, the crew and escorts
    # the ministry's side's); the plane downed; the missiles fired and the exchange's people are no loss
    pytest.param(
     "Ил-76 с украинскими военнопленными разбился в Белгородской области\n\nМОСКВА, 24 января. /РИА Новости/. "
     "Военно-транспортный самолет Ил-76 разбился в Белгородской области во время планового перелета. Об этом "
     "сообщили в Минобороны России.\n\nНа борту находились 65 пленных военнослужащих ВСУ, которых везли на "
     "аэродром для обмена, шесть членов экипажа и трое сопровождающих. Все они погибли.\n\nПо данным министерства, "
     "самолет был сбит двумя зенитными ракетами, выпущенными ВСУ из района села Липцы Харьковской области. Обмен "
     "пленными, в ходе которого стороны должны были передать друг другу по 192 человека, сорван.",
     "2025-01-24",
     {"ukraine personnel killed 65 exact period ru_mod 2025-01-24",
      "russia personnel killed 6 exact period ru_mod 2025-01-24",
      "russia personnel killed 3 exact period ru_mod 2025-01-24",
      "russia aircraft destroyed 1 exact period ru_mod 2025-01-24"},
     marks=pytest.mark.xfail(strict=True, reason=(
         "read: the prisoners aboard, dead by 'Все они погибли' in the next sentence, and the plane 'был сбит'; not "
         "read: the crew and escorts (nouns of no category, 'членов экипажа', 'сопровождающих', with no outcome of "
         "their own) and whose the plane is: downed by missiles 'выпущенными ВСУ' it is the shooter's enemy's, "
         "the extractor gives it to the side the ministry usually reports"))),
    # the defence ministry on one missile strike on a training ground: the men "до", the foreign instructors among
    # them (those fighting for the enemy: its side), the machines; the headline says the same; the men present and
    # the brigade's number are no count
    (
     "Минобороны: ударом «Искандера» по полигону ВСУ уничтожены до 70 военнослужащих\n\nВысокоточным ударом "
     "оперативно-тактического ракетного комплекса «Искандер-М» по учебному полигону 1-й отдельной механизированной "
     "бригады ВСУ в Днепропетровской области уничтожены до 70 военнослужащих, в том числе до 20 иностранных "
     "инструкторов, сообщили в Минобороны России.\n\nКроме того, в результате удара уничтожены 3 танка и 5 "
     "автомобилей. Всего в этот день на полигоне находились около 150 военнослужащих.",
     "2025-12-15",
     {"ukraine personnel killed 70 at_most period ru_mod 2025-12-15",
      "ukraine personnel killed 20 at_most period ru_mod 2025-12-15",
      "ukraine tanks destroyed 3 exact period ru_mod 2025-12-15",
      "ukraine vehicles destroyed 5 exact period ru_mod 2025-12-15"}),
    # an independent outlet on court cases of soldiers who left their units: the sentences passed and the terms are
    # no loss (court cases), a ratio no count; the outlet's estimate of those who left since the mobilisation began
    # (no date given) is its own count
    pytest.param(
     "Военные суды за год рассмотрели рекордное число дел о самовольном оставлении части\n\nЗа 2025 год "
     "гарнизонные военные суды вынесли более 9,5 тысячи приговоров по статье о самовольном оставлении части (СОЧ), "
     "подсчитала «Медиазона». Это почти вдвое больше, чем годом ранее. Большинство осужденных получили условные "
     "сроки от 5 до 7 лет.\n\nПо оценке издания, всего с начала мобилизации самовольно оставили часть не менее 50 "
     "тысяч военнослужащих.",
     "2025-12-20",
     {"russia personnel deserted 50000 at_least period mediazona 2025-12-20"},
     marks=pytest.mark.xfail(strict=True, reason=(
         "read: deserting in the offence's words and the outlet named after its count; not read: 'с начала "
         "мобилизации' with no date is a span (period) by the spec's 'since the start of X', read as cumulative: "
         "taking mobilisation as an event undated cost the headline of round 20's t1 the start its body dates"))),
    # a regional paper on its book of memory: the names added (the dead, added since the last update: a period) and
    # the book's total (the region's dead, a running count), told by the regional government; the book's pages and
    # the year the book was opened are no count
    (
     "В Книгу памяти Курганской области внесены имена еще 45 земляков\n\nВ Книгу памяти Курганской области, "
     "посвященную участникам СВО, внесены имена еще 45 земляков, погибших при выполнении боевых задач, сообщили в "
     "правительстве региона. Всего в книге, которую открыли в 2023 году, теперь 1 870 имен.\n\nЭлектронная версия "
     "книги насчитывает более 2 000 страниц.",
     "2025-12-11",
     {"russia personnel killed 45 exact period ru_officials 2025-12-11",
      "russia personnel killed 1870 exact cumulative ru_officials 2025-12-11"}),
    # an exile outlet on prisoners held by each side told by Russia's rights commissioner (the captor named before
    # the noun of captivity: the prisoners are the other side's); exchanges and those returned are no loss
    (
     "По данным уполномоченного по правам человека в России, в украинском плену находятся более 6 тысяч российских "
     "военнослужащих, а в российском — около 8 тысяч украинцев. С начала года состоялось 12 обменов, в ходе "
     "которых на родину вернулись 1 850 человек.",
     "2025-12-12",
     {"russia personnel captured 6000 at_least cumulative ru_officials 2025-12-12",
      "ukraine personnel captured 8000 approx cumulative ru_officials 2025-12-12"}),
    # a border governor on a sabotage group destroyed ("группа из 6 человек": its men killed), no losses of the
    # border guards ("потерь нет"), two civilians hurt
    (
     "В Брянской области уничтожена диверсионно-разведывательная группа ВСУ из 6 человек, сообщил губернатор. Со "
     "стороны российских пограничников потерь нет. Двое мирных жителей получили ранения.",
     "2025-12-13",
     {"ukraine personnel killed 6 exact period ru_officials 2025-12-13",
      "russia civilians wounded 2 exact period ru_officials 2025-12-13"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


# this round's fixes, read in wordings of their own


@pytest.mark.parametrize(("text", "expected"), [
    # the terms of a ratio "на одного ... приходится N": no count, before the verb or after it
    ("На каждого убитого, по оценкам аналитиков, приходится до четырех раненых.", set()),
    ("На одного погибшего мирного жителя в среднем приходится трое раненых.", set()),
    # (a count in the same sentence is still read)
    ("С начала войны ВСУ потеряли 200 тысяч военных убитыми, а на каждого убитого приходится трое раненых.",
     {"ukraine personnel killed 200000 exact cumulative None 2025-12-10"}),
])
def test_the_terms_of_a_ratio_per_one_are_no_count(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "наши потери" in a post of no source: the side fighting the one whose losses its figures name
    ("За сутки наши подразделения уничтожили 3 танка и 40 военнослужащих ВСУ. Наши потери — трое раненых.",
     {"ukraine tanks destroyed 3 exact period/1 None 2025-12-10",
      "ukraine personnel killed 40 exact period/1 None 2025-12-10",
      "russia personnel wounded 3 exact period/1 None 2025-12-10"}),
    ("За неделю бойцы батальона уничтожили более 100 солдат ВСУ. Потери с нашей стороны — двое погибших и пятеро "
     "раненых.",
     {"ukraine personnel killed 100 at_least period/7 None 2025-12-10",
      "russia personnel killed 2 exact period/7 None 2025-12-10",
      "russia personnel wounded 5 exact period/7 None 2025-12-10"}),
])
def test_our_losses_in_a_text_of_no_source_are_the_other_side_s(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the ordinal after a verb of becoming: the Nth of the place's dead, a standing count
    ("Сержант стал 112-м уроженцем Бурятии, погибшим в ходе спецоперации.",
     {"russia personnel killed 112 exact cumulative None 2025-12-10"}),
    ("По данным районной администрации, он стал 31-м бойцом из района, который погиб с начала СВО.",
     {"russia personnel killed 31 exact cumulative ru_officials 2025-12-10"}),
    # (an ordinal of no death, or of a thing, is no count)
    ("Он стал 5-м участником СВО из района, получившим звание Героя России.", set()),
    ("Город стал 12-м, куда прилетели беспилотники.", set()),
])
def test_the_ordinal_of_a_running_count_of_the_dead(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


def test_tanks_and_other_armoured_machines_are_armoured_vehicles() -> None:
    assert described("За сутки уничтожены 15 танков и других бронированных машин ВСУ, сообщили в Минобороны России.",
                     "2025-12-10") == {"ukraine armoured_vehicles destroyed 15 exact period/1 ru_mod 2025-12-10"}


@pytest.mark.parametrize(("text", "expected"), [
    # "все они" + a word of what befell people, after a sentence counting people present
    ("В машине находились четверо российских военных. Все они получили ранения.",
     {"russia personnel wounded 4 exact period None 2025-12-10"}),
    ("На борту вертолета были 5 военнослужащих ВСУ. Все они погибли.",
     {"ukraine personnel killed 5 exact period None 2025-12-10"}),
    # (nothing befell them)
    ("На борту находились 20 российских военных. Все они не пострадали.", set()),
])
def test_all_of_them_told_after_those_counted(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a thing named bare, an auxiliary, its participle
    ("Российский вертолет Ка-52 был сбит над Запорожской областью.",
     {"russia helicopters destroyed 1 exact period None 2025-12-10"}),
    ("Украинский самолет Су-25 был уничтожен на аэродроме.",
     {"ukraine aircraft destroyed 1 exact period None 2025-12-10"}),
])
def test_a_thing_that_was_downed(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ударом по базе уничтожены до 30 иностранных инструкторов ВСУ.",
     {"ukraine personnel killed 30 at_most period None 2025-12-10"}),
    # deserting in the offence's own words
    ("С начала года самовольно покинули часть 2 тысячи российских военнослужащих.",
     {"russia personnel deserted 2000 exact period@2025-01-01 None 2025-12-10"}),
    # the outlet named after a verb of counting, though what it counted there was no loss
    ("Суды вынесли 500 приговоров, подсчитала «Медиазона».\n\nПо данным издания, с начала года погибли 3 тысячи "
     "мобилизованных.",
     {"russia personnel killed 3000 exact period@2025-01-01 mediazona 2025-12-10"}),
])
def test_soldiers_words_and_spans(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a date in a clause describing a thing is no span of a figure outside it; one telling of losses dates them
    ("В мемориальном списке, который начали вести в 2022 году, сейчас 640 фамилий погибших российских военных.",
     {"russia personnel killed 640 exact cumulative None 2025-12-11"}),
    ("В книге 45 имен российских военных, которые погибли в 2024 году.",
     {"russia personnel killed 45 exact period@2024-01-01 None 2024-12-31"}),
    # more names added to a list: since its last count
    ("В мемориальный список добавили еще 30 фамилий погибших российских военных.",
     {"russia personnel killed 30 exact period None 2025-12-11"}),
    ("В список внесено 640 фамилий погибших российских военных.",
     {"russia personnel killed 640 exact cumulative None 2025-12-11"}),
])
def test_a_list_s_names_and_dates(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-11") == expected
