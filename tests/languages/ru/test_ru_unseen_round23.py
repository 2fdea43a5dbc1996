"""Russian whole texts, round 23 (written for these tests) in styles the first twenty-two rounds lack: a Ukrainian
outlet in Russian retelling the General Staff's day in prose ("ориентировочно составили", the day's part "из них ... за
минувшие сутки"), a paper on the Russian MoD's day in prose with a jet downed by its make, the fleet's boats and those
who surrendered, a governor's first-person post reposted under a header ("Наши силы ПВО"), an investigative piece on a
Russian region's battalion of the mobilised with its kin's hedged figures, a Belarusian exile outlet on Belarusian
volunteers killed fighting for Ukraine, an outlet's week at the front with both sides' figures and Oryx's. Each case
lists every claim the spec asks of the text, written as "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]". Then the fixes of this round, each read in wordings of
its own; what it found and did not fix is pinned on its text as strict xfail.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # a Ukrainian outlet in Russian retelling the General Staff's day in prose: the running total since a date to a
    # date 'ориентировочно' (approx), the day's part of it, the day's equipment ('Также за сутки'), the totals since
    # the invasion; combat clashes, assaults, air strikes, guided bombs dropped and prisoners come home are no count
    (
     "Генштаб ВСУ обновил данные о потерях России на 8 декабря\n\nОбщие боевые потери российских войск с 24 февраля "
     "2022 года по 8 декабря 2025 года ориентировочно составили 1 178 560 человек, из них 1 130 — за минувшие "
     "сутки, сообщил Генеральный штаб ВСУ. Также за сутки украинские защитники уничтожили четыре танка, 11 "
     "артиллерийских систем и 312 беспилотников оперативно-тактического уровня.\n\nВсего с начала полномасштабного "
     "вторжения враг потерял 11 390 танков, 23 650 боевых бронированных машин и 34 980 артиллерийских "
     "систем.\n\nПо данным Генштаба, за прошедшие сутки произошло 186 боевых столкновений, на Покровском направлении "
     "оккупанты 57 раз пытались прорвать оборону. Россияне нанесли 64 авиаудара, сбросив 152 управляемые "
     "авиабомбы.\n\nНапомним, накануне в Координационном штабе по обращению с военнопленными сообщили, что в "
     "результате очередного обмена домой вернулись 84 украинских защитника.",
     "2025-12-08",
     {"russia armoured_vehicles losses 23650 exact cumulative ua_general_staff 2025-12-08",
      "russia artillery destroyed 11 exact period/1 ua_general_staff 2025-12-08",
      "russia artillery losses 34980 exact cumulative ua_general_staff 2025-12-08",
      "russia drones destroyed 312 exact period/1 ua_general_staff 2025-12-08",
      "russia personnel losses 1130 exact period/1 ua_general_staff 2025-12-08",
      "russia personnel losses 1.17856e+06 approx cumulative@2022-02-24 ua_general_staff 2025-12-08",  # (:g)
      "russia tanks destroyed 4 exact period/1 ua_general_staff 2025-12-08",
      "russia tanks losses 11390 exact cumulative ua_general_staff 2025-12-08"}),
    # a paper on the Russian MoD's day in prose: the day over the groups' paragraphs, 'до' before a list's first
    # item, the American howitzers among the guns (a part), a jet downed by its make (one), HIMARS rockets (missiles),
    # the fleet's unmanned boats, those who surrendered; areas struck, counterattacks and guided bombs are no count
    (
     "Минобороны: за сутки ВСУ потеряли свыше 1 300 военнослужащих\n\nРоссийские войска за прошедшие сутки поразили "
     "живую силу и технику ВСУ в 152 районах, сообщили в воскресенье в Минобороны России.\n\nПодразделения "
     "группировки войск «Север» отразили три контратаки штурмовых групп противника, его потери составили до 175 "
     "военнослужащих, танк и две боевые бронированные машины. Группировка «Запад» освободила населенный пункт в "
     "Харьковской области; там ВСУ потеряли более 230 военнослужащих и четыре орудия полевой артиллерии, из них две "
     "гаубицы M777 американского производства.\n\nИстребительная авиация сбила самолет МиГ-29 Воздушных сил "
     "Украины. Средствами ПВО сбиты пять управляемых авиабомб, шесть реактивных снарядов системы HIMARS и 241 "
     "беспилотный летательный аппарат самолетного типа. Силы Черноморского флота уничтожили три безэкипажных "
     "катера.\n\nВсего за сутки, по подсчетам ведомства, ВСУ потеряли свыше 1 300 военнослужащих. Еще 11 украинских "
     "военнослужащих сдались в плен.",
     "2025-12-07",
     {"ukraine aircraft destroyed 1 exact period/1 ru_mod 2025-12-07",
      "ukraine armoured_vehicles losses 2 exact period/1 ru_mod 2025-12-07",
      "ukraine artillery losses 2 exact period/1 ru_mod 2025-12-07",
      "ukraine artillery losses 4 exact period/1 ru_mod 2025-12-07",
      "ukraine drones destroyed 241 exact period/1 ru_mod 2025-12-07",
      "ukraine missiles destroyed 6 exact period/1 ru_mod 2025-12-07",
      "ukraine personnel captured 11 exact period/1 ru_mod 2025-12-07",
      "ukraine personnel losses 1300 at_least period/1 ru_mod 2025-12-07",
      "ukraine personnel losses 175 at_most period/1 ru_mod 2025-12-07",
      "ukraine personnel losses 230 at_least period/1 ru_mod 2025-12-07",
      "ukraine ships destroyed 3 exact period/1 ru_mod 2025-12-07",
      "ukraine tanks losses 1 exact period/1 ru_mod 2025-12-07"}),
    # a governor's post in the first person reposted under a header naming him: 'Наши силы ПВО' (his side's air
    # defence: the drones are the enemy's), a woman killed with no number (no count), the hurt of the night ('этой
    # ночью', one night as 'за ночь': written 'period' before the run, the extractor's one day taken), the
    # year's dead and hurt; a boy's age, flats, cars and payouts are no count
    (
     "Губернатор Курской области Александр Хинштейн — в своем Telegram-канале:\n\n«Друзья, этой ночью противник "
     "вновь атаковал Курскую область беспилотниками. Наши силы ПВО сбили над регионом 27 дронов. К сожалению, в "
     "Льгове в результате попадания дрона в многоквартирный дом погибла женщина 1961 года рождения. Еще четыре "
     "человека ранены, среди них 12-летний мальчик, его доставили в областную детскую больницу.\n\nПовреждены 14 "
     "квартир, два автомобиля и газопровод. Всем пострадавшим окажем помощь: семьи получат по 100 тысяч "
     "рублей.\n\nС начала года в результате атак ВСУ в области погибли 63 мирных жителя, еще 498 получили ранения. "
     "Прошу всех соблюдать меры безопасности».",
     "2025-12-09",
     {"russia civilians killed 63 exact period@2025-01-01 ru_officials 2025-12-09",
      "russia civilians wounded 4 exact period/1 ru_officials 2025-12-09",
      "russia civilians wounded 498 exact period@2025-01-01 ru_officials 2025-12-09",
      "ukraine drones destroyed 27 exact period/1 ru_officials 2025-12-09"}),
    # an investigative piece on a battalion of a Russian region's mobilised (no side word but the region): the kin's
    # list of the dead and the missing, those who 'могли попасть в плен' (hedged), a comrade's 'может быть до'
    # (hedged), the regional authorities' lower figure; those sent, those left in the ranks and payouts are no count
    (
     "«Их просто бросили»: как воюет батальон мобилизованных из Пермского края\n\nБатальон, сформированный из "
     "мобилизованных жителей Пермского края, с весны воюет под Покровском. По словам родственников, из примерно 400 "
     "человек, отправленных на фронт, в строю осталось не более 60.\n\nЖены и матери военных составили собственный "
     "список: в нем 212 фамилий погибших и не менее 90 пропавших без вести. Еще около 30 бойцов, по словам "
     "родственников, могли попасть в плен. Один из сослуживцев, вернувшийся после ранения, утверждает, что погибших "
     "может быть до 300.\n\nКраевые власти признают гибель лишь 47 военнослужащих батальона. Министерство обороны на "
     "запрос редакции не ответило. Семья погибшего получает единовременную выплату в размере около 12 млн рублей.",
     "2025-12-03",
     {"russia personnel captured 30 approx cumulative other 2025-12-03 hedged",
      "russia personnel killed 212 exact cumulative other 2025-12-03",
      "russia personnel killed 300 at_most cumulative other 2025-12-03 hedged",
      "russia personnel killed 47 exact cumulative ru_officials 2025-12-03",
      "russia personnel missing 90 at_least cumulative other 2025-12-03"}),
    # a Belarusian exile outlet on Belarusian volunteers killed fighting for Ukraine (the side they fight for): the
    # dead since the invasion, the missing and the captured ('трое'), one year's dead, the last month's; those who
    # fought and the criminal cases are no count
    (
     "Белорусские добровольцы в Украине: подсчет погибших\n\nС начала полномасштабной войны в Украине погибли не "
     "менее 147 белорусских добровольцев, воевавших на стороне ВСУ, подсчитало издание «Зеркало» по открытым "
     "данным. Еще 19 человек числятся пропавшими без вести, трое находятся в российском плену.\n\nБольше всего "
     "белорусов погибло в 2023 году — 52 человека. За последний месяц стало известно о гибели четырех "
     "добровольцев.\n\nПолк Калиновского, в котором воюет большинство белорусов, собственные данные о потерях не "
     "публикует. По оценкам исследователей, на стороне Украины с 2022 года воевали от 1 500 до 2 000 граждан "
     "Беларуси. На родине против нескольких сотен из них возбуждены уголовные дела.",
     "2025-12-02",
     {"ukraine personnel captured 3 exact cumulative other 2025-12-02",
      "ukraine personnel killed 147 at_least cumulative other 2025-12-02",
      "ukraine personnel killed 4 exact period/30 other 2025-12-02",
      "ukraine personnel killed 52 exact period@2023-01-01 other 2023-12-31",
      "ukraine personnel missing 19 exact cumulative other 2025-12-02"}),
    # an outlet's week at the front with both sides' figures: the General Staff's week dated by its days ('убитыми и
    # ранеными': losses), the Russian MoD's 'за ту же неделю' (that week), Oryx's tanks since the invasion and
    # Ukraine's by Oryx ('по их данным'); ground taken, villages and prisoners exchanged are no count
    (
     "Итоги недели на фронте: обе стороны заявляют о тысячах убитых\n\nПо данным Генштаба ВСУ, за неделю с 1 по 7 "
     "декабря российские войска потеряли 7 840 военнослужащих убитыми и ранеными, а также 31 танк и 212 "
     "артиллерийских систем. Минобороны России, в свою очередь, заявило, что за ту же неделю ВСУ потеряли более 9 000 "
     "военнослужащих и 14 танков.\n\nАналитики проекта Oryx, учитывающие только потери, подтвержденные фото и видео, "
     "насчитали с начала вторжения 4 180 уничтоженных, поврежденных или захваченных российских танков. Украинских "
     "танков, по их данным, потеряно не менее 1 250.\n\nЗа неделю российская армия заняла около 120 кв. км, в том "
     "числе два села в Донецкой области. В пятницу стороны провели обмен пленными — по 150 человек. Проверить "
     "заявления сторон о потерях противника независимо невозможно.",
     "2025-12-08",
     {"russia artillery losses 212 exact period/7@2025-12-01 ua_general_staff 2025-12-07",
      "russia personnel losses 7840 exact period/7@2025-12-01 ua_general_staff 2025-12-07",
      "russia tanks losses 31 exact period/7@2025-12-01 ua_general_staff 2025-12-07",
      "russia tanks losses 4180 exact cumulative oryx 2025-12-08",
      "ukraine personnel losses 9000 at_least period/7@2025-12-01 ru_mod 2025-12-07",
      "ukraine tanks losses 1250 at_least cumulative oryx 2025-12-08",
      "ukraine tanks losses 14 exact period/7@2025-12-01 ru_mod 2025-12-07"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str | None, expected: set[str]) -> None:
    assert described(text, published) == expected  # type: ignore[arg-type]  (None: a text with no date of its own)

# the fixes this round, each read in wordings of its own


@pytest.mark.parametrize(("text", "expected"), [
    ("Об этом сообщил Генштаб ВСУ. Всего с начала вторжения враг потерял 9 800 танков и 20 100 боевых бронированных "
     "машин.",
     {"russia armoured_vehicles losses 20100 exact cumulative ua_general_staff 2025-12-10",
      "russia tanks losses 9800 exact cumulative ua_general_staff 2025-12-10"}),
    ("Про це заявило Міноборони Росії. Загалом противник втратив 9 800 танків і 20 100 бойових броньованих машин.",
     {"ukraine armoured_vehicles losses 20100 exact cumulative ru_mod 2025-12-10",
      "ukraine tanks losses 9800 exact cumulative ru_mod 2025-12-10"}),
])
def test_the_enemy_read_before_its_source_is_settled_by_the_source_carried_on(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Минобороны России сообщило, что истребители сбили самолет Су-27 Воздушных сил Украины. По подсчетам ведомства, "
     "ВСУ за сутки потеряли 1 300 военнослужащих.",
     {"ukraine aircraft destroyed 1 exact period ru_mod 2025-12-10",
      "ukraine personnel losses 1300 exact period/1 ru_mod 2025-12-10"}),
    ("Міноборони Росії заявило, що винищувачі збили літак Су-27 Повітряних сил України. За даними відомства, ЗСУ за "
     "добу втратили 900 військових.",
     {"ukraine aircraft destroyed 1 exact period ru_mod 2025-12-10",
      "ukraine personnel losses 900 exact period/1 ru_mod 2025-12-10"}),
])
def test_a_body_named_as_the_owner_of_a_thing_downed_is_no_back_references_source(text: str,
                                                                                  expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Группировка «Восток» освободила село; там ВСУ потеряли шесть орудий, из них две гаубицы.",
     {"ukraine artillery losses 2 exact cumulative None 2025-12-10",
      "ukraine artillery losses 6 exact cumulative None 2025-12-10"}),
    ("Угруповання «Схід» звільнило село; там ЗСУ втратили шість гармат, з них дві гаубиці.",
     {"ukraine artillery losses 2 exact cumulative None 2025-12-10",
      "ukraine artillery losses 6 exact cumulative None 2025-12-10"}),
])
def test_words_of_no_loss_before_a_semicolon_are_not_about_a_part_after_it(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Батальон, сформированный из добровольцев из Челябинской области, воюет на Запорожском направлении. За год "
     "погибли не менее 150 бойцов батальона.",
     {"russia personnel killed 150 at_least period/365 None 2025-12-10"}),
    ("Батальйон, сформований з мобілізованих жителів Свердловської області, воює під Покровськом. За рік загинули "
     "щонайменше 150 бійців батальйону.",
     {"russia personnel killed 150 at_least period/365 None 2025-12-10"}),
    ("Батальон из Бурятии воюет на Запорожском направлении. По подсчетам издания, погибли 80 военнослужащих "
     "батальона.",
     {"russia personnel killed 80 exact cumulative other 2025-12-10"}),
    # (where soldiers are, not where they are from: the text's usual side)
    ("Штурмовики из Бурятии воюют под Курском. В Харьковской области уничтожены 40 военнослужащих.",
     {"ukraine personnel killed 40 exact period None 2025-12-10"}),
])
def test_soldiers_said_to_be_from_one_sides_region_are_that_sides(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Полк мобилизованных жителей Свердловской области воюет под Покровском. Областные власти признают гибель 52 "
     "военнослужащих полка.",
     {"russia personnel killed 52 exact cumulative ru_officials 2025-12-10"}),
    ("Полк мобілізованих жителів Пермського краю воює під Покровськом. Крайова влада визнає загибель 52 "
     "військовослужбовців полку.",
     {"russia personnel killed 52 exact cumulative ru_officials 2025-12-10"}),
    ("Взрыв произошел в Самарской области. Областные власти сообщили, что погибли трое рабочих.",
     {"russia people killed 3 exact period ru_officials 2025-12-10"}),
])
def test_a_regions_authorities_are_officials_of_the_state_it_is_in(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Полк мобилизованных из Пермского края воюет под Покровском. Родственники военных утверждают, что погибших в "
     "полку может быть до 200.",
     {"russia personnel killed 200 at_most cumulative other 2025-12-10 hedged"}),
    ("Полк мобілізованих з Пермського краю воює під Покровськом. Родичі військових стверджують, що загиблих у полку "
     "може бути до 200.",
     {"russia personnel killed 200 at_most cumulative other 2025-12-10 hedged"}),
])
def test_the_dead_by_their_own_noun_before_a_verb_of_being_are_counted(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Батальон из Бурятии воюет на Запорожском направлении. Еще 20 бойцов батальона, по словам родственников, "
     "попали в плен.",
     {"russia personnel captured 20 exact cumulative other 2025-12-10"}),
    ("Батальйон з Бурятії воює на Запорізькому напрямку. Ще 20 бійців батальйону, за словами родичів, потрапили в "
     "полон.",
     {"russia personnel captured 20 exact cumulative other 2025-12-10"}),
    # (those who served with them, as their kin)
    ("Батальон мобилизованных из Пермского края воюет под Покровском. По словам сослуживцев, в батальоне погибли 212 "
     "военных.",
     {"russia personnel killed 212 exact cumulative other 2025-12-10"}),
    ("Батальйон мобілізованих з Пермського краю воює під Покровськом. Побратими заявили, що в батальйоні загинули 212 "
     "військових.",
     {"russia personnel killed 212 exact cumulative other 2025-12-10"}),
    # (what a count was read from is no source: "по открытым источникам: некрологам, сообщениям родственников")
    ("Подсчет ведется по открытым источникам: некрологам и сообщениям родственников. Погибли 20 военных.",
     {"ukraine personnel killed 20 exact cumulative None 2025-12-10"}),
])
def test_the_kin_who_say_so_are_a_source(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("«Их просто бросили»: в батальоне мобилизованных из Пермского края погибли 212 военных\n\nБатальон воюет под "
     "Покровском с весны.",
     {"russia personnel killed 212 exact cumulative None 2025-12-10"}),
    ("«Нас просто кинули»: у батальйоні мобілізованих з Пермського краю загинули 212 військових\n\nБатальйон воює під "
     "Покровськом з весни.",
     {"russia personnel killed 212 exact cumulative None 2025-12-10"}),
    # (a name in quotes with no verb still counts: "«Верстка»: ...")
    ("«Верстка»: в батальоне мобилизованных из Пермского края погибли 212 военных\n\nБатальон воюет под "
     "Покровском с весны.",
     {"russia personnel killed 212 exact cumulative other 2025-12-10"}),
])
def test_words_quoted_with_a_verb_are_speech_not_an_outlets_name(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


# the pins of earlier rounds cured this round, each read in wordings of its own


@pytest.mark.parametrize(("text", "expected"), [
    ("По данным на 1 декабря, «Медиазона» установила имена 120 000 российских военных, погибших в Украине. "
     "Контрактников в списке 40 000.",
     {"russia personnel killed 120000 exact cumulative mediazona 2025-12-01",
      "russia personnel killed 40000 exact cumulative mediazona 2025-12-01"}),
    ("Станом на 1 грудня «Медіазона» встановила імена 120 000 російських військових, загиблих в Україні. "
     "Мобілізованих у списку 12 900.",
     {"russia personnel killed 120000 exact cumulative mediazona 2025-12-01",
      "russia personnel killed 12900 exact cumulative mediazona 2025-12-01"}),
    ("Издание ведет список пропавших без вести российских военных: в нем 8 000 имен. Офицеров в списке 300.",
     {"russia personnel missing 300 exact cumulative None 2025-12-10",
      "russia personnel missing 8000 exact cumulative None 2025-12-10"}),
    # (not soldiers: no count of the list's)
    ("Издание составило список погибших военных: в нем 8 000 имен. Офицеров в списке нет, а студентов в списке 30.",
     {"ukraine personnel killed 8000 exact cumulative None 2025-12-10"}),
])
def test_soldiers_fronted_before_the_list_they_are_on_are_its_count(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("За выходные, 6 и 7 декабря, в результате обстрелов в Белгородской области погибли 12 мирных жителей, сообщил "
     "губернатор региона Иван Петров.\n\nПо словам губернатора, больше всего пострадал Грайворонский округ: там "
     "погибли четыре человека.",
     {"russia civilians killed 12 exact period/2@2025-12-06 ru_officials 2025-12-07",
      "russia civilians killed 4 exact period/2@2025-12-06 ru_officials 2025-12-07"}),
    ("За вихідні, 6 і 7 грудня, внаслідок обстрілів у Харківській області загинули 12 цивільних, повідомив голова ОВА "
     "Іван Петров.\n\nЗа словами голови ОВА, найбільше постраждала Куп'янська громада: там загинули четверо людей.",
     {"ukraine civilians killed 12 exact period/2@2025-12-06 ua_officials 2025-12-07",
      "ukraine civilians killed 4 exact period/2@2025-12-06 ua_officials 2025-12-07"}),
    # (another source named anew starts an account of its own)
    ("За выходные, 6 и 7 декабря, в результате обстрелов в Белгородской области погибли 12 мирных жителей, сообщил "
     "губернатор региона Иван Петров.\n\nПо данным ООН, в области с начала года погибли 200 мирных жителей.",
     {"russia civilians killed 12 exact period/2@2025-12-06 ru_officials 2025-12-07",
      "russia civilians killed 200 exact period@2025-01-01 un 2025-12-10"}),
])
def test_the_same_source_named_again_at_a_paragraphs_start_goes_on_with_its_span(text: str,
                                                                                 expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Аналитики подсчитали потери сторон. Российских самолетов, по данным аналитиков, уничтожено 140.",
     {"russia aircraft destroyed 140 exact cumulative other 2025-12-10"}),
    ("Аналітики підрахували втрати сторін. Російських танків, за даними аналітиків, знищено 3 000.",
     {"russia tanks destroyed 3000 exact cumulative other 2025-12-10"}),
    ("Аналитики подсчитали потери сторон. Украинских танков потеряно 900.",
     {"ukraine tanks losses 900 exact cumulative other 2025-12-10"}),
    # (things fired are no loss, however fronted)
    ("Аналитики подсчитали расходы сторон. Снарядов, по данным аналитиков, выпущено 5 000.", set()),
])
def test_things_fronted_with_their_side_before_a_short_participle_are_counted(text: str, expected: set[str]) -> None:
    assert described(text, "2025-12-10") == expected
