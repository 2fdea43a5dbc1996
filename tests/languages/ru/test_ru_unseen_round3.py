"""Russian whole texts, round 3 (written for these tests) in styles the first two rounds lack: the MoD's day by
direction with its running totals, a governor's night of drones beside the MoD's count by region, Mediazona's count
updated with "не менее", war bloggers' figures retold with hedges, the fleet against unmanned boats, a toll that
rose after a collapse, the President's figures retold, British intelligence and Oryx quoted, a strike on foreign
fighters. Each case lists every
claim the spec asks of the text, written as "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]".
"""

from __future__ import annotations

import pytest
from claim_lines import described

from lossledger.extract import extract_claims

TEXTS = [
    # the MoD's day by direction: the lead's day carried to each direction, running totals in a quote
    ("Минобороны РФ: ВСУ за сутки потеряли до 1 800 военных\n\n"
     "Москва. 3 октября. ИНТЕРФАКС - Потери украинских войск за минувшие сутки на всех направлениях составили "
     "до 1 815 военнослужащих, сообщило в четверг Министерство обороны России.\n\n"
     "На курском направлении, по данным ведомства, ВСУ потеряли более 300 военнослужащих, 12 бронемашин, в "
     "том числе танк, а также три орудия полевой артиллерии.\n\n"
     "На купянском направлении потери противника составили до 510 человек, на покровском — до 605 "
     "военнослужащих, два танка и шесть автомобилей.\n\n"
     "Кроме того, за сутки средствами ПВО сбиты три управляемые авиабомбы JDAM, четыре реактивных снаряда "
     "HIMARS и 118 беспилотников самолетного типа.\n\n"
     "«Всего с начала проведения специальной военной операции уничтожены 640 самолетов, 283 вертолета, 32 "
     "тысячи 400 беспилотных летательных аппаратов и 18 тысяч 740 танков и других боевых бронированных "
     "машин», — говорится в сообщении.\n\n"
     "В ведомстве также сообщили, что за сутки российские войска освободили два населенных пункта. "
     "Украинская сторона эти данные не подтверждает, независимо проверить их невозможно.",
     "2024-10-03",
     {"ukraine personnel losses 1800 at_most period/1 ru_mod 2024-10-03",
      "ukraine personnel losses 1815 at_most period/1 ru_mod 2024-10-03",
      "ukraine personnel losses 300 at_least period/1 ru_mod 2024-10-03",
      "ukraine armoured_vehicles losses 12 exact period/1 ru_mod 2024-10-03",
      "ukraine tanks losses 1 exact period/1 ru_mod 2024-10-03",
      "ukraine artillery losses 3 exact period/1 ru_mod 2024-10-03",
      "ukraine personnel losses 510 at_most period/1 ru_mod 2024-10-03",
      "ukraine personnel losses 605 at_most period/1 ru_mod 2024-10-03",
      "ukraine tanks losses 2 exact period/1 ru_mod 2024-10-03",
      "ukraine vehicles losses 6 exact period/1 ru_mod 2024-10-03",
      "ukraine missiles destroyed 4 exact period/1 ru_mod 2024-10-03",
      "ukraine drones destroyed 118 exact period/1 ru_mod 2024-10-03",
      "ukraine aircraft destroyed 640 exact cumulative ru_mod 2024-10-03",
      "ukraine helicopters destroyed 283 exact cumulative ru_mod 2024-10-03",
      "ukraine drones destroyed 32400 exact cumulative ru_mod 2024-10-03",
      "ukraine armoured_vehicles destroyed 18740 exact cumulative ru_mod 2024-10-03"}),
    # a governor's night of drones, the MoD's count by region; the homes' cars are no army's
    ("Губернатор: при атаке беспилотников на Воронеж пострадали пять человек\n\n"
     "В ночь на 24 августа дежурные средства ПВО уничтожили над Воронежем и Воронежской областью 14 "
     "беспилотных летательных аппаратов. Об этом сообщил губернатор региона в своем Telegram-канале.\n\n"
     "По его словам, в результате падения обломков в одном из районов города пострадали пять человек, среди "
     "них двое детей. Трое пострадавших госпитализированы, остальным помощь оказана на месте.\n\n"
     "Повреждены остекление многоквартирного дома, 11 легковых автомобилей и линия электропередачи. На месте "
     "работают оперативные службы.\n\n"
     "В Минобороны России позднее сообщили, что всего за ночь над регионами страны были перехвачены и "
     "уничтожены 45 украинских беспилотников, из них 19 — над Белгородской областью и 12 — над Курской.\n\n"
     "Как сообщил губернатор Белгородской области, в результате атаки дрона на Шебекино погиб мирный житель. "
     "Еще один человек получил ранения.\n\n"
     "В Воронежской области до конца недели действует режим повышенной готовности, временно закрыты 12 "
     "школ. Занятия в них переведены в дистанционный формат, жителей просят не подходить к обломкам.",
     "2024-08-24",
     {"ukraine drones destroyed 14 exact period ru_officials 2024-08-24",
      "russia civilians wounded 5 exact period ru_officials 2024-08-24",
      "russia civilians wounded 2 exact period ru_officials 2024-08-24",
      "russia civilians wounded 3 exact period ru_officials 2024-08-24",
      "ukraine drones destroyed 45 exact period/1 ru_mod 2024-08-24",
      "ukraine drones destroyed 19 exact period/1 ru_mod 2024-08-24",
      "ukraine drones destroyed 12 exact period/1 ru_mod 2024-08-24",
      "russia civilians wounded 1 exact period ru_officials 2024-08-24"}),
    # Mediazona's count with "не менее": the headline's rounded figure, parts of the whole, an estimate's range
    ("«Медиазона» и Би-би-си: подтверждена гибель не менее 120 тысяч российских военных\n\n"
     "Русская служба Би-би-си и издание «Медиазона» вместе с командой волонтеров установили имена 121 507 "
     "российских военных, погибших в ходе вторжения в Украину.\n\n"
     "Среди погибших не менее 20 300 добровольцев, ушедших на фронт по контракту, 14 700 мобилизованных и "
     "около 18 тысяч бывших заключенных. Офицеров в списке — более 5 тысяч.\n\n"
     "Журналисты подчеркивают, что реальные потери значительно выше. По их оценке, учитывающей данные реестра "
     "наследственных дел, общее число погибших может составлять от 164 до 237 тысяч человек.\n\n"
     "В подсчет не входят погибшие в самопровозглашенных «ДНР» и «ЛНР»: по данным «Медиазоны», там погибли "
     "не менее 21 тысячи военных.\n\n"
     "Подсчет ведется по открытым источникам: некрологам, публикациям родственников и сообщениям местных "
     "властей. Авторы напоминают, что Минобороны России в последний раз публиковало данные о потерях в "
     "сентябре 2022 года. С тех пор ведомство публикует только данные о потерях противника, а список "
     "продолжают пополнять волонтеры.",
     "2025-07-18",
     {"russia personnel killed 120000 at_least cumulative mediazona 2025-07-18",
      "russia personnel killed 121507 exact cumulative mediazona 2025-07-18",
      "russia personnel killed 20300 at_least cumulative mediazona 2025-07-18",
      "russia personnel killed 14700 exact cumulative mediazona 2025-07-18",
      "russia personnel killed 18000 approx cumulative mediazona 2025-07-18",
      "russia personnel killed 5000 at_least cumulative mediazona 2025-07-18",
      "russia personnel killed 164000-237000 range cumulative mediazona 2025-07-18 hedged",
      "russia personnel killed 21000 at_least cumulative mediazona 2025-07-18"}),
    # war bloggers retold with hedges; the MoD's week; the Ukrainian General Staff's day
    ("Военкоры сообщили о больших потерях при штурме у Работино\n\n"
     "Российские военные блогеры в выходные сообщили о тяжелых потерях подразделений ВС РФ при попытке "
     "наступления у села Работино Запорожской области. Об этом пишет «Верстка», изучившая публикации "
     "провоенных Telegram-каналов.\n\n"
     "По данным одного из каналов, за два дня штурмов российские части якобы потеряли до 40 единиц "
     "бронетехники, в том числе не менее 15 танков. Другой военкор утверждает, что погибли около 200 "
     "российских военнослужащих, еще около 500 предположительно получили ранения.\n\n"
     "Министерство обороны России эти сведения не комментирует. В ведомстве заявили лишь, что ВСУ за неделю "
     "на запорожском направлении потеряли до 2 400 военнослужащих.\n\n"
     "Независимо проверить данные блогеров невозможно. Ранее украинский Генштаб сообщал, что за сутки на "
     "этом участке фронта уничтожено 23 единицы российской бронетехники.\n\n"
     "Ранее в провоенных каналах уже появлялись сообщения о крупных потерях при штурмах, которые позднее не "
     "подтверждались. Сами блогеры объясняют свои публикации желанием привлечь внимание к ошибкам "
     "командования и нехватке техники на передовой.",
     "2024-06-10",
     {"russia armoured_vehicles losses 40 at_most period/2 other 2024-06-10 hedged",
      "russia tanks losses 15 at_least period/2 other 2024-06-10 hedged",
      "russia personnel killed 200 approx period other 2024-06-10 hedged",
      "russia personnel wounded 500 approx period other 2024-06-10 hedged",
      "ukraine personnel losses 2400 at_most period/7 ru_mod 2024-06-10",
      "russia armoured_vehicles destroyed 23 exact period/1 ua_general_staff 2024-06-10"}),
    # the fleet against unmanned boats, a night's downs, a governor's wounded
    ("Минобороны: Черноморский флот уничтожил пять безэкипажных катеров ВСУ\n\n"
     "В ночь на 5 марта силами Черноморского флота в северо-западной части Черного моря уничтожены пять "
     "безэкипажных катеров ВСУ, сообщили в Министерстве обороны России.\n\n"
     "Кроме того, морская авиация флота поразила два быстроходных десантных катера противника с личным "
     "составом. По данным ведомства, уничтожено до 15 украинских военнослужащих.\n\n"
     "Также в ночь на вторник над Крымом дежурные средства ПВО перехватили и уничтожили 22 беспилотника "
     "самолетного типа и две крылатые ракеты Storm Shadow.\n\n"
     "Губернатор Краснодарского края сообщил, что в результате падения обломков беспилотника в Новороссийске "
     "пострадали три человека. Их жизни ничего не угрожает.\n\n"
     "Украинская сторона заявления российского военного ведомства не комментирует. Ранее ВМС Украины "
     "сообщали, что за зиму противник лишился трех кораблей.\n\n"
     "Безэкипажные катера стали одним из главных инструментов Украины на Черном море: с их помощью были "
     "атакованы десятки кораблей и объектов в Крыму. Российский "
     "флот был вынужден перевести большую часть кораблей из Севастополя в Новороссийск, где они находятся "
     "под дополнительной защитой.",
     "2024-03-05",
     {"ukraine ships destroyed 5 exact period ru_mod 2024-03-05",
      "ukraine ships destroyed 2 exact period ru_mod 2024-03-05",
      "ukraine personnel killed 15 at_most period ru_mod 2024-03-05",
      "ukraine drones destroyed 22 exact period ru_mod 2024-03-05",
      "ukraine missiles destroyed 2 exact period ru_mod 2024-03-05",
      "russia civilians wounded 3 exact period ru_officials 2024-03-05",
      "russia ships losses 3 exact period/91@2023-12-01 ua_officials 2024-02-29"}),
    # a toll that rose after a collapse: the ministry's new figure, the governor's earlier one
    ("Число погибших при обрушении подъезда в Белгороде выросло до 15\n\n"
     "Спасатели завершили разбор завалов в многоэтажном доме в Белгороде, подъезд которого обрушился 12 "
     "мая. Число погибших выросло до 15, сообщили в МЧС России.\n\n"
     "Ранее губернатор Белгородской области сообщал о 13 погибших. Еще 20 человек пострадали, 17 из них "
     "госпитализированы.\n\n"
     "Власти связывают обрушение с ударом ВСУ. Минобороны России заявило, что дом был поврежден обломками "
     "ракеты «Точка-У», а всего над городом за сутки средствами ПВО были сбиты десять ракет.\n\n"
     "В Белгородской области объявлен трехдневный траур. Жителям разрушенного подъезда обещаны выплаты и "
     "новые квартиры, их временно разместили в пункте временного размещения и гостиницах города. Всего в "
     "доме было 120 квартир, жильцов остальных подъездов тоже отселили. "
     "Следственный комитет возбудил уголовное дело о теракте. Специалисты проверяют состояние несущих "
     "конструкций соседних домов, на время проверки в районе перекрыто движение транспорта. Волонтеры "
     "собирают для пострадавших одежду, лекарства и средства первой необходимости. Городские власти обещают "
     "восстановить дом до конца года.",
     "2024-05-14",
     {"russia civilians killed 15 exact period ru_officials 2024-05-14",
      "russia civilians killed 13 exact period ru_officials 2024-05-14",
      "russia civilians wounded 20 exact period ru_officials 2024-05-14",
      "russia civilians wounded 17 exact period ru_officials 2024-05-14",
      "ukraine missiles destroyed 10 exact period/1 ru_mod 2024-05-14"}),
    # the President's figures retold: his own side's and the enemy's, an earlier figure, US officials
    ("Зеленский впервые за десять месяцев назвал потери ВСУ\n\n"
     "Президент Украины Владимир Зеленский заявил, что с начала полномасштабного вторжения погибли 43 тысячи "
     "украинских военных. Ранения, по его словам, получили около 370 тысяч человек, причем примерно половина "
     "из них после лечения вернулась на фронт.\n\n"
     "Потери российской армии Зеленский оценил в 198 тысяч убитыми и 550 тысяч ранеными.\n\n"
     "В феврале Зеленский называл цифру в 31 тысячу погибших. Независимые оценки украинских потерь "
     "значительно выше: американские чиновники, на которых ссылалась The Wall Street Journal, в сентябре "
     "говорили о 80 тысячах погибших украинских военных.\n\n"
     "В Кремле заявление Зеленского комментировать не стали. Минобороны России регулярно сообщает о "
     "многократно больших потерях ВСУ. В Офисе президента Украины подчеркнули, что данные о потерях "
     "засекречены и публикуются выборочно, чтобы не помогать противнику. "
     "Эксперты отмечают, что обе стороны используют данные о потерях прежде всего в информационной "
     "войне, а независимая проверка этих цифр практически невозможна. Международные организации "
     "собственных оценок военных потерь не публикуют.",
     "2024-12-09",
     {"ukraine personnel killed 43000 exact cumulative ua_president 2024-12-09",
      "ukraine personnel wounded 370000 approx cumulative ua_president 2024-12-09",
      "russia personnel killed 198000 exact cumulative ua_president 2024-12-09",
      "russia personnel wounded 550000 exact cumulative ua_president 2024-12-09",
      "ukraine personnel killed 31000 exact cumulative ua_president 2024-02-29",
      "ukraine personnel killed 80000 exact cumulative us_officials 2024-09-30"}),
    # British intelligence and Oryx quoted; the MoD's own losses named by the text
    ("Британская разведка оценила потери России в войне\n\n"
     "Число убитых и раненых российских военных с начала полномасштабного вторжения в Украину превысило 700 "
     "тысяч, говорится в сводке Министерства обороны Великобритании, опубликованной 28 ноября. Только в "
     "ноябре, по оценке британской разведки, потери ВС РФ составляли в среднем 1 523 человека в день.\n\n"
     "Аналитики проекта Oryx, которые подсчитывают потери по фото- и видеоподтверждениям, насчитали 3 600 "
     "уничтоженных, захваченных и брошенных российских танков.\n\n"
     "Российские власти не раскрывают данных о потерях. Последний раз Минобороны РФ сообщало о своих потерях "
     "21 сентября 2022 года: тогда ведомство назвало цифру в 5 937 погибших военнослужащих.\n\n"
     "Украинский Генштаб оценивает потери российской армии в 740 тысяч человек.\n\n"
     "Российская сторона называет данные западных разведок пропагандой. Независимые издания оценивают "
     "реальное число погибших российских военных в 160–230 тысяч человек. Кремль "
     "эти оценки не комментирует, а в сводках Минобороны России говорится только о потерях ВСУ. "
     "Собственные данные о погибших в ведомстве давно называют военной тайной.",
     "2024-11-29",
     {"russia personnel losses 700000 at_least cumulative uk_mod 2024-11-28",
      "russia personnel losses 1523 exact rate/1 uk_mod 2024-11-29",
      "russia tanks losses 3600 exact cumulative oryx 2024-11-29",
      "russia personnel killed 5937 exact cumulative ru_mod 2022-09-21",
      "russia personnel losses 740000 exact cumulative ua_general_staff 2024-11-29",
      "russia personnel killed 160000-230000 range cumulative other 2024-11-29"}),
    # the MoD on a strike at foreign fighters and its group of forces' day; a whole of which a part was lost
    ("Минобороны заявило об уничтожении до 60 иностранных наемников под Харьковом\n\n"
     "Российские военные нанесли удар ракетным комплексом «Искандер» по пункту временной дислокации "
     "иностранных наемников в Харьковской области. В результате удара уничтожены до 60 боевиков, в том "
     "числе граждане Польши и Грузии, сообщили в Министерстве обороны России.\n\n"
     "Кроме того, по данным пресс-центра группировки войск «Север», за сутки на харьковском направлении "
     "ВСУ потеряли более 140 военнослужащих, два танка и четыре пикапа. Также уничтожены склад боеприпасов "
     "и станция радиоэлектронной борьбы.\n\n"
     "В Генштабе ВСУ заявления российского ведомства не комментируют. Польский МИД назвал данные о гибели "
     "граждан страны пропагандой и заявил, что не располагает информацией о погибших.\n\n"
     "Ранее в Минобороны России сообщали, что с начала специальной военной операции на стороне Украины "
     "воевали более 13 тысяч иностранных наемников, из которых почти 6 тысяч были уничтожены. Независимо "
     "проверить эти данные невозможно.\n\n"
     "Эксперты отмечают, что российское ведомство регулярно сообщает об ударах по наемникам, однако "
     "доказательств, как правило, не приводит. Украинская сторона признает, что в составе ее армии воюют "
     "иностранные добровольцы, но их число не раскрывает.",
     "2024-05-20",
     {"ukraine personnel killed 60 at_most period ru_mod 2024-05-20",
      "ukraine personnel losses 140 at_least period/1 ru_mod 2024-05-20",
      "ukraine tanks losses 2 exact period/1 ru_mod 2024-05-20",
      "ukraine vehicles losses 4 exact period/1 ru_mod 2024-05-20",
      "ukraine special_equipment destroyed 1 exact period/1 ru_mod 2024-05-20",
      "ukraine personnel killed 6000 approx cumulative ru_mod 2024-05-20"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


# the fixes this round, each read in wordings of its own

def claims(text: str, published: str = "2024-06-03") -> list[tuple[object, ...]]:
    return [(c.value, c.side, c.category, c.outcome, c.measure, c.period_days, str(c.period_start), str(c.as_of),
             c.claimant, c.hedged) for c in extract_claims(text, published=published)]


@pytest.mark.parametrize(("text", "values"), [
    ("Всего с начала операции уничтожены 32 тысячи 400 беспилотников и 18 тысяч 740 танков.", [32400, 18740]),
    ("ВСУ потеряли 2 тысячи 150 военнослужащих за неделю.", [2150]),
])
def test_thousands_in_full_before_hundreds(text: str, values: list[int]) -> None:
    assert [c[0] for c in claims(text)] == values


@pytest.mark.parametrize("text", [
    "Противник атаковал Крым беспилотниками и ракетами.\n\nСбиты 30 целей:\n— 10 крылатых ракет;\n— 20 беспилотников.",
    "ВСУ атаковали регион 60 дронами.\n\nСредства ПВО уничтожили 45 целей:\n– 5 ракет Нептун;\n– 40 беспилотников.",
])
def test_the_items_under_a_lead_share_its_span(text: str) -> None:
    assert {c[4] for c in claims(text)} == {"period"}


@pytest.mark.parametrize("text", [
    "Ранены 20 человек, 17 из них госпитализированы.",
    "Еще 30 жителей пострадали, 12 из них находятся в больнице.",
])
def test_a_part_of_those_before(text: str) -> None:
    found = claims(text)
    assert len(found) == 2 and {c[3] for c in found} == {"wounded"}


@pytest.mark.parametrize("text", [
    "В марте ВСУ ежедневно теряли в среднем 900 военных, сообщили в Минобороны России.",
    "Среднесуточные потери ВСУ в марте составили 900 человек, сообщили в Минобороны России.",
])
def test_a_months_daily_average_stands_at_its_end(text: str) -> None:
    assert [(c[4], c[5], c[7]) for c in claims(text, "2024-04-10")] == [("rate", 1.0, "2024-03-31")]


@pytest.mark.parametrize("text", [
    "За март ВСУ потеряли 25 тысяч военных, сообщили в Минобороны России.",
    "Всего за март потери ВСУ превысили 25 тысяч человек.",
])
def test_for_a_month_is_that_month(text: str) -> None:
    assert [(c[4], c[5], c[6], c[7]) for c in claims(text, "2024-04-10")] == \
        [("period", 31.0, "2024-03-01", "2024-03-31")]


@pytest.mark.parametrize("text", [
    "По состоянию на утро 1 июня в результате агрессии России погибли 589 украинских детей.",
    "На утро 1 июня погибли 589 детей, сообщили в Офисе генерального прокурора.",
])
def test_a_count_as_of_a_morning_is_a_running_count(text: str) -> None:
    assert [(c[4], c[7]) for c in claims(text)] == [("cumulative", "2024-06-01")]


@pytest.mark.parametrize("text", [
    "Украинский Генштаб оценивает потери российской армии в 740 тысяч человек.",
    "Украинский Генштаб сообщил, что российская армия потеряла 740 тысяч человек.",
])
def test_the_sources_adjective_names_neither_side_nor_source(text: str) -> None:
    assert [(c[1], c[8]) for c in claims(text)] == [("russia", "ua_general_staff")]


def test_what_became_of_some_of_them_later_does_not_undo_a_figure() -> None:
    text = "Ранения, по его словам, получили около 370 тысяч военных, причем половина из них вернулась на фронт."
    assert [c[0] for c in claims(text)] == [370000]


@pytest.mark.parametrize("text", [
    "Аналитики проекта Oryx насчитали 3 600 уничтоженных, захваченных и брошенных российских танков.",
    "Oryx подтвердил 900 уничтоженных и поврежденных российских орудий.",
])
def test_several_fates_before_the_noun_are_losses(text: str) -> None:
    assert [c[3] for c in claims(text)] == ["losses"]


@pytest.mark.parametrize("text", [
    "В феврале Зеленский называл цифру в 31 тысячу погибших военных.",
    "В сентябре американские чиновники говорили о 80 тысячах погибших украинских военных.",
])
def test_the_month_a_figure_was_stated_in_dates_it(text: str) -> None:
    found = claims(text, "2024-12-09")
    assert [c[4] for c in found] == ["cumulative"] and found[0][7] in ("2024-02-29", "2024-09-30")


@pytest.mark.parametrize("text", [
    "Зеленский заявил, что погибли 43 тысячи украинских военных. Ранения, по его словам, получили 370 тысяч "
    "военных.",
    "По словам президента, погибли 43 тысячи украинских военных. Еще 370 тысяч военных, по его словам, "
    "получили ранения.",
])
def test_the_same_report_goes_on_about_the_same_side(text: str) -> None:
    assert {c[1] for c in claims(text)} == {"ukraine"}


@pytest.mark.parametrize("text", [
    "Россия депортировала 19 546 детей, еще 2 000 считаются пропавшими без вести.",
    "Оккупанты депортировали не менее 19 тысяч украинских детей, еще 2 000 пропали без вести.",
])
def test_deported_is_no_loss_but_names_what_the_next_figure_counts(text: str) -> None:
    assert [(c[0], c[3]) for c in claims(text)] == [(2000, "missing")]


@pytest.mark.parametrize("text", [
    "Министерство обороны России эти сведения не комментирует. В ведомстве заявили лишь, что ВСУ за неделю "
    "потеряли до 2 400 военнослужащих.",
    "Минобороны России опубликовало новую сводку.\n\nВ ведомстве утверждают, что за сутки украинская армия "
    "потеряла 1 300 военных.",
])
def test_the_body_named_before_is_the_source(text: str) -> None:
    assert [(c[1], c[8]) for c in claims(text)] == [("ukraine", "ru_mod")]


@pytest.mark.parametrize("text", [
    "Аналитики ISW отмечают, что бои продолжаются.\n\nПо подсчетам аналитиков, с 1 ноября российские войска "
    "потеряли 48 танков.",
    "Аналитики Института изучения войны опубликовали доклад.\n\nПо оценке аналитиков, российская армия "
    "ежедневно теряет 1 200 военных.",
])
def test_a_generic_title_stands_for_the_source_it_titled(text: str) -> None:
    assert [c[8] for c in claims(text)] == ["isw"]


@pytest.mark.parametrize("text", [
    "ВСУ потеряли 12 бронемашин, в том числе танк.",
    "За сутки уничтожены 9 боевых машин, в частности танк Leopard.",
])
def test_one_of_the_items_before(text: str) -> None:
    assert ("tanks", 1) in {(c[2], c[0]) for c in claims(text)}


@pytest.mark.parametrize("text", [
    "Российские военные в ночь на 3 мая на левом берегу Днепра у оккупированных Крынок уничтожили три лодки.",
    "Российские операторы дронов ночью 5 июня на запорожском направлении у села Работино уничтожили два танка.",
])
def test_a_doer_named_far_before_its_verb(text: str) -> None:
    assert {c[1] for c in claims(text)} == {"ukraine"}


@pytest.mark.parametrize(("text", "span"), [
    ("Прошлой осенью ВСУ потеряли 40 тысяч военных.", ("2023-09-01", "2023-11-30")),
    ("За зиму противник лишился трех кораблей, сообщили ВМС Украины.", ("2023-12-01", "2024-02-29")),
])
def test_a_season_is_a_span(text: str, span: tuple[str, str]) -> None:
    assert [(c[4], c[6], c[7]) for c in claims(text, "2024-03-05")] == [("period", *span)]


@pytest.mark.parametrize("text", [
    "Среди погибших не менее 20 300 добровольцев, ушедших на фронт по контракту, и 14 700 мобилизованных. "
    "Офицеров в списке — более 5 тысяч.",
    "Среди погибших 9 тысяч мобилизованных, призванных осенью 2022 года. Добровольцев в списке — более 12 тысяч.",
])
def test_a_label_with_no_outcome_goes_on_with_the_figures_before(text: str) -> None:
    found = {(c[0], c[3]) for c in claims(text)}
    assert {outcome for _value, outcome in found} == {"killed"} and found & {(5000, "killed"), (12000, "killed")}


@pytest.mark.parametrize("text", [
    "Минобороны России в последний раз сообщало о своих потерях в январе: тогда ведомство назвало 89 погибших.",
    "Минобороны РФ редко говорит о собственных потерях: 21 сентября ведомство назвало 5 937 погибших.",
])
def test_its_own_losses_named_before_the_figure(text: str) -> None:
    assert [c[1] for c in claims(text)] == ["russia"]


@pytest.mark.parametrize(("text", "expected"), [
    ("По словам американских чиновников, Украина потеряла 70 тысяч военных.", ("personnel", "us_officials")),
    ("Военкор утверждает, что под Авдеевкой ВСУ потеряли 200 военных.", ("personnel", "other")),
    ("Российские военные уничтожили две лодки с десантом.", ("ships", None)),
    ("Сбиты два истребителя Су-27.", ("aircraft", None)),
])
def test_words_of_sources_and_things(text: str, expected: tuple[str, str | None]) -> None:
    assert [(c[2], c[8]) for c in claims(text)] == [expected]


@pytest.mark.parametrize("text", [
    "На борту находились 15 военных, не менее пяти из них погибли.",
    "Россия ежемесячно вербует до 30 тысяч контрактников, чтобы компенсировать потери.",
    "В результате удара разрушен подъезд, повреждены 30 автомобилей и школа.",
])
def test_not_losses(text: str) -> None:
    assert [c[0] for c in claims(text)] in ([], [5])


@pytest.mark.parametrize("text", [
    "Ранее сообщалось, что на стороне Украины воевали более 13 тысяч наемников, из которых почти 6 тысяч были "
    "уничтожены.",
    "По данным ведомства, в бригаде служили 3 тысячи военных, из которых 800 погибли.",
])
def test_the_whole_before_of_which_a_part_was_lost(text: str) -> None:
    assert [(c[0], c[3]) for c in claims(text)] in ([(6000, "killed")], [(800, "killed")])


@pytest.mark.parametrize("text", [
    "Также уничтожены склад боеприпасов и станция радиоэлектронной борьбы.",
    "Кроме того, поражены пункт управления и зенитный ракетный комплекс ВСУ.",
])
def test_the_second_thing_a_verb_of_destroying_names(text: str) -> None:
    assert [(c[0], c[3]) for c in claims(text)] == [(1, "destroyed")]
