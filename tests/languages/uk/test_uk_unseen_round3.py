"""Ukrainian whole texts, round 3 (written for these tests) in styles the first two rounds lack: an ОВА's night by
district, the Air Force's downs by missile type under a colon, border guards and the Navy on their own sectors, a
toll that rose after a rescue, the prosecutors' count of children, military intelligence on an airfield strike,
British intelligence and ISW quoted by Ukrainian outlets. Each case lists every claim the spec asks of the text,
written as "side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of
[hedged]".
"""

from __future__ import annotations

import pytest
from claim_lines import described

from lossledger.extract import extract_claims

TEXTS = [
    # an ОВА's night by district: a district's wounded, the region's day, a child named without a number
    ("Росіяни вночі атакували Дніпропетровщину: загинула людина, ще семеро поранені\n\n"
     "Упродовж ночі та ранку 14 червня окупанти атакували три райони області дронами та артилерією. Про це "
     "повідомив голова Дніпропетровської ОВА.\n\n"
     "У Нікопольському районі ворог 17 разів обстріляв Марганецьку та Покровську громади. Загинув 67-річний "
     "чоловік, поранені двоє жінок.\n\n"
     "На Синельниківщині внаслідок удару безпілотника постраждали четверо людей, серед них 9-річна дівчинка. Її "
     "госпіталізували у стані середньої тяжкості.\n\n"
     "У Криворізькому районі поранено 70-річну жінку. Пошкоджено п'ять приватних будинків, газогін і дві "
     "автівки.\n\n"
     "Загалом за добу в області загинула одна людина, семеро дістали поранень. Інформація щодо наслідків "
     "уточнюється.\n\n"
     "Сили ППО вночі збили над областю 11 ворожих БпЛА, додав очільник ОВА. Вибухові хвилі пошкодили вікна "
     "в ліцеї та адмінбудівлі, на місцях працюють рятувальники й комунальники.\n\n"
     "В ОВА нагадують, що Нікопольщина залишається найбільш обстрілюваною частиною області: лише за минулий "
     "тиждень ворог понад 150 разів атакував громади району. Мешканців прибережних сіл закликають не "
     "нехтувати сигналами повітряної тривоги. "
     "Рятувальники попереджають про небезпеку нерозірваних боєприпасів у полях і на узбіччях доріг.",
     "2024-06-14",
     {"ukraine civilians killed 1 exact period/1 ua_officials 2024-06-14",
      "ukraine civilians wounded 7 exact period/1 ua_officials 2024-06-14",
      "ukraine civilians wounded 2 exact period/1 ua_officials 2024-06-14",
      "ukraine civilians wounded 4 exact period/1 ua_officials 2024-06-14",
      "russia drones destroyed 11 exact period/1 ua_officials 2024-06-14"}),
    # the Air Force by type: a total of targets, then a dash list under a colon
    ("Вночі ворог випустив по Україні 13 ракет і 64 дрони: скільки вдалося збити\n\n"
     "У ніч на 9 липня (з 18:00 8 липня) противник атакував Україну 64 ударними БпЛА типу Shahed і "
     "дронами-імітаторами, а також 13 ракетами різних типів. Про це повідомили в Повітряних силах ЗСУ.\n\n"
     "Зокрема, ворог застосував чотири балістичні ракети Іскандер-М з Курської області, вісім крилатих ракет "
     "Х-101 з району Каспійського моря та одну керовану авіаційну ракету Х-59.\n\n"
     "Станом на 09:00 протиповітряною обороною знешкоджено 52 повітряні цілі:\n"
     "– 7 крилатих ракет Х-101;\n"
     "– 1 керовану авіаційну ракету Х-59;\n"
     "– 44 ударні БпЛА Shahed та дрони інших типів.\n\n"
     "Ще 15 ворожих дронів-імітаторів локаційно втрачені, ймовірно, через активну протидію РЕБ.\n\n"
     "Балістичні ракети збити не вдалося: зафіксовано влучання на Київщині та Черкащині. У Повітряних силах "
     "наголошують, що відбиття атаки тривало понад шість годин, до роботи залучалися авіація, зенітні "
     "ракетні війська, підрозділи РЕБ і мобільні вогневі групи. Моніторингові канали фіксували зліт "
     "стратегічних бомбардувальників ще з вечора, тож у більшості областей тривога тривала до ранку.",
     "2024-07-09",
     {"russia equipment destroyed 52 exact period ua_officials 2024-07-09",
      "russia missiles destroyed 7 exact period ua_officials 2024-07-09",
      "russia missiles destroyed 1 exact period ua_officials 2024-07-09",
      "russia drones destroyed 44 exact period ua_officials 2024-07-09",
      "russia drones losses 15 exact period ua_officials 2024-07-09"}),
    # border guards on their sector over a week, and their count since the invasion
    ("Прикордонники на Харківщині за тиждень знищили понад 40 окупантів\n\n"
     "Протягом минулого тижня підрозділи Державної прикордонної служби, які обороняють Харківщину, ліквідували "
     "43 російських загарбників і ще 58 поранили. Про це в ефірі телемарафону розповів речник ДПСУ.\n\n"
     "За його словами, прикордонники також знищили дві бойові машини піхоти, міномет і 17 ворожих дронів "
     "різних типів.\n\n"
     "«Противник намагається просочуватися малими групами через ліс. Більшість таких груп ми виявляємо ще на "
     "підході», — зазначив речник.\n\n"
     "Він додав, що за тиждень росіяни понад 300 разів обстріляли прикордонні громади Сумщини та Харківщини, "
     "застосувавши 25 керованих авіабомб.\n\n"
     "Від початку повномасштабного вторгнення прикордонники, за даними відомства, знищили понад 4 тисячі "
     "російських військових. У відомстві також нагадали, що з прикордонних сіл області триває примусова "
     "евакуація родин з дітьми.\n\n"
     "Речник наголосив, що біля кордону з Харківщиною росія досі тримає до 10 тисяч військових, однак ознак "
     "підготовки нового наступу наразі немає. Найбільша загроза для прикордонних громад — FPV-дрони та "
     "керовані авіабомби. Прикордонники також вчать місцевих жителів розпізнавати ворожі дрони і вчасно "
     "ховатися в укриття.",
     "2024-06-17",
     {"russia personnel killed 40 at_least period/7 ua_officials 2024-06-17",
      "russia personnel killed 43 exact period/7 ua_officials 2024-06-17",
      "russia personnel wounded 58 exact period/7 ua_officials 2024-06-17",
      "russia armoured_vehicles destroyed 2 exact period/7 ua_officials 2024-06-17",
      "russia artillery destroyed 1 exact period/7 ua_officials 2024-06-17",
      "russia drones destroyed 17 exact period/7 ua_officials 2024-06-17",
      "russia personnel killed 4000 at_least cumulative ua_officials 2024-06-17"}),
    # the Navy: boats of one night, the fleet's count since the invasion, a ship on duty is no loss
    ("ВМС: біля Криму знищено два човни з десантом і катер\n\n"
     "Українські військові моряки в ніч на 21 травня біля узбережжя окупованого Криму знищили два швидкісні "
     "човни з десантом і десантний катер проєкту БК-16. Про це повідомив речник Військово-морських сил ЗСУ.\n\n"
     "За його словами, на борту човнів перебувало до 20 російських військових, щонайменше дев'ятеро з них "
     "загинули.\n\n"
     "Речник нагадав, що від початку повномасштабного вторгнення Сили оборони знищили 28 кораблів і катерів "
     "Чорноморського флоту рф та один підводний човен.\n\n"
     "«Росіяни тримають у морі мінімум кораблів і ховають їх у Новоросійську», — зазначив речник ВМС.\n\n"
     "Зараз у Чорному морі немає жодного російського ракетоносія, додав він. В Азовському морі чергує один "
     "корабель, ще два ракетоносії перебувають у Каспійському морі. Загроза ракетних ударів з моря, за "
     "словами речника, нікуди не зникла, адже росіяни можуть запускати «Калібри» і з підводних човнів.\n\n"
     "Попри це, за минулий тиждень до портів Одещини зайшли 40 цивільних суден. Морський коридор продовжує "
     "працювати, хоча росіяни регулярно атакують портову інфраструктуру дронами.",
     "2024-05-21",
     {"russia ships destroyed 2 exact period ua_officials 2024-05-21",
      "russia ships destroyed 1 exact period ua_officials 2024-05-21",
      "russia personnel killed 9 at_least period ua_officials 2024-05-21",
      "russia ships destroyed 28 exact cumulative ua_officials 2024-05-21",
      "russia submarines destroyed 1 exact cumulative ua_officials 2024-05-21"}),
    # British intelligence quoted: a month's daily average, a month's total, since a date, a projection
    ("Британська розвідка: травень став найкривавішим місяцем для армії рф\n\n"
     "Середньодобові втрати російських військ у травні сягнули 1 262 осіб убитими та пораненими — це найвищий "
     "показник від початку повномасштабної війни. Про це йдеться в щоденному оновленні Міністерства оборони "
     "Великої Британії.\n\n"
     "За оцінкою британської розвідки, загальні втрати росії за травень перевищили 39 тисяч військових.\n\n"
     "У відомстві вважають, що високі втрати пов'язані з наступом на Харківщині, який рф розпочала 10 травня. "
     "З 10 травня російські війська, ймовірно, втратили там до 8 тисяч військових.\n\n"
     "Британська розвідка прогнозує, що до кінця року загальні втрати росії можуть сягнути 600 тисяч осіб.\n\n"
     "Генштаб ЗСУ станом на 1 червня оцінює втрати рф у 510 700 військових. Українські командири водночас "
     "зазначають, що росія продовжує поповнювати війська, набираючи щомісяця десятки тисяч контрактників.\n\n"
     "У британському Міноборони також вважають, що рф вербує до 30 тисяч контрактників щомісяця, щоб "
     "компенсувати втрати, однак якість підготовки нових військових залишається низькою. "
     "Аналітики британської розвідки прогнозують, що інтенсивність боїв улітку не зменшиться.",
     "2024-06-02",
     {"russia personnel losses 1262 exact rate/1 uk_mod 2024-05-31",
      "russia personnel losses 39000 at_least period/31@2024-05-01 uk_mod 2024-05-31",
      "russia personnel losses 8000 at_most period@2024-05-10 uk_mod 2024-06-02 hedged",
      "russia personnel losses 600000 exact projection uk_mod None hedged",  # (no date: as test_uk_unseen)
      "russia personnel losses 510700 exact cumulative ua_general_staff 2024-06-01"}),
    # ISW quoted: since a date, a hedged part, a month's daily average
    ("ISW: росіяни втрачають на Покровському напрямку найбільше техніки\n\n"
     "Аналітики Інституту вивчення війни (ISW) у новому звіті зазначають, що російські війська "
     "протягом останніх двох тижнів зазнали значних втрат у бронетехніці під час штурмів поблизу Покровська та "
     "Курахового.\n\n"
     "За підрахунками аналітиків на основі геолокованих кадрів, з 1 листопада окупанти втратили на цих "
     "напрямках щонайменше 48 танків і 127 бойових броньованих машин. Ще близько 30 одиниць техніки, "
     "ймовірно, пошкоджено.\n\n"
     "В ISW зауважують, що темпи російського просування зросли, однак ціна цього просування для армії рф "
     "залишається дуже високою. За оцінкою аналітиків, у жовтні росіяни щодня втрачали в середньому 1 270 "
     "військових убитими й пораненими.\n\n"
     "Водночас у звіті йдеться, що Кремль продовжує приховувати реальні втрати, а тіла загиблих часто не "
     "повертають родинам. Аналітики також звертають увагу, що російське командування дедалі частіше кидає в "
     "атаки мотоцикли й цивільні автомобілі замість бронетехніки. За оцінкою ISW, найближчими тижнями "
     "російське командування, ймовірно, продовжить атаки на цьому напрямку, "
     "попри виснаження своїх підрозділів.",
     "2024-11-19",
     {"russia tanks losses 48 at_least period@2024-11-01 isw 2024-11-19",
      "russia armoured_vehicles losses 127 exact period@2024-11-01 isw 2024-11-19",
      "russia equipment damaged 30 approx period@2024-11-01 isw 2024-11-19 hedged",
      "russia personnel losses 1270 exact rate/1 isw 2024-10-31"}),
    # the emergency service's toll after a rescue, the earlier toll of the region's head
    ("Удар по Одесі: кількість загиблих зросла до 12, серед них двоє дітей\n\n"
     "Пошуково-рятувальну операцію на місці ракетного удару по Одесі завершено. Кількість загиблих зросла до "
     "12 людей, серед них двоє дітей, повідомили в ДСНС.\n\n"
     "Ще 47 людей поранені, 36 з них перебувають у лікарнях. Рятувальники деблокували з-під завалів шістьох "
     "людей, а ще 38 евакуювали з пошкодженого будинку.\n\n"
     "Раніше голова Одеської ОВА повідомляв про вісім загиблих і 20 поранених.\n\n"
     "Ракета влучила в п'ятиповерховий житловий будинок у Приморському районі вранці 15 березня. Зруйновано "
     "два під'їзди, пошкоджено понад 30 автомобілів і будівлю школи.\n\n"
     "У місті оголошено дводенну жалобу. Міська рада пообіцяла виплатити родинам загиблих по 100 тисяч "
     "гривень, а мешканцям зруйнованих квартир надати тимчасове житло.\n\n"
     "Психологи ДСНС надали допомогу 340 мешканцям сусідніх будинків. Волонтери "
     "організували збір речей та продуктів для постраждалих родин, а комунальники почали закривати вікна "
     "плівкою й OSB-плитами. Обстеження конструкцій будинку триватиме кілька днів, після чого фахівці "
     "вирішать, чи можна його відновити.",
     "2024-03-16",
     {"ukraine civilians killed 12 exact period ua_officials 2024-03-16",
      "ukraine civilians killed 2 exact period ua_officials 2024-03-16",
      "ukraine civilians wounded 47 exact period ua_officials 2024-03-16",
      "ukraine civilians wounded 36 exact period ua_officials 2024-03-16",
      "ukraine civilians killed 8 exact period ua_officials 2024-03-16",
      "ukraine civilians wounded 20 exact period ua_officials 2024-03-16"}),
    # the prosecutors' count of children: as of a date, by region, deported children are no loss
    ("Ювенальні прокурори: кількість загиблих через війну дітей сягнула 589\n\n"
     "Станом на ранок 1 червня 2024 року внаслідок збройної агресії рф в Україні загинули 589 дітей, понад "
     "1 300 дістали поранень різного ступеня тяжкості. Про це повідомили в Офісі генерального прокурора.\n\n"
     "Ювенальні прокурори зазначають, що ці дані не є остаточними, оскільки триває встановлення кількості "
     "жертв у місцях активних бойових дій та на окупованих територіях.\n\n"
     "Найбільше дітей загинули в Донецькій області — 204, у Харківській — 97, у Херсонській — 39.\n\n"
     "Окрім того, від початку вторгнення росіяни депортували щонайменше 19 546 українських дітей, ще понад "
     "2 000 вважаються зниклими безвісти. Повернути додому вдалося лише 388 дітей. Прокурори розслідують ці "
     "випадки як воєнні злочини, матеріали передано до Міжнародного кримінального суду.\n\n"
     "У прокуратурі зазначають, що найбільше дітей постраждали від ракетних ударів по житлових кварталах і "
     "від вибухів мін. Дані щодня оновлюються на державному порталі «Діти війни». "
     "Родини можуть повідомити про зниклу дитину на гарячу лінію Нацполіції.",
     "2024-06-01",
     {"ukraine civilians killed 589 exact cumulative ua_officials 2024-06-01",
      "ukraine civilians wounded 1300 at_least cumulative ua_officials 2024-06-01",
      "ukraine civilians killed 204 exact cumulative ua_officials 2024-06-01",
      "ukraine civilians killed 97 exact cumulative ua_officials 2024-06-01",
      "ukraine civilians killed 39 exact cumulative ua_officials 2024-06-01",
      "ukraine civilians missing 2000 at_least cumulative ua_officials 2024-06-01"}),
    # military intelligence on an airfield strike: destroyed and damaged apart, since the year began
    ("ГУР: на аеродромі в Криму знищено винищувач і пошкоджено два МіГ-31\n\n"
     "Внаслідок удару по аеродрому Саки в окупованому Криму в ніч на 16 травня знищено один винищувач Су-27 "
     "і пошкоджено ще два літаки МіГ-31. Про це повідомили в Головному управлінні розвідки Міноборони "
     "України.\n\n"
     "За даними розвідки, також уражено радіолокаційну станцію та склад пального. Загинули щонайменше "
     "п'ятеро російських військових, ще 12 поранено.\n\n"
     "У ГУР зазначають, що з початку року на аеродромах у Криму знищено дев'ять російських літаків.\n\n"
     "Росія не коментує наслідки удару. Місцеві мешканці в соцмережах повідомляли про серію вибухів і "
     "пожежу, яку було видно з кількох кілометрів. Окупаційна влада Криму заявила лише про «відбиття атаки» "
     "і перекрила дорогу до аеродрому на кілька годин.\n\n"
     "Аеродром Саки росіяни використовують для базування морської авіації Чорноморського флоту. Раніше він "
     "уже неодноразово ставав ціллю українських ударів. "
     "Після попередніх атак росіяни перебазували частину літаків на аеродроми материкової частини рф, однак "
     "за супутниковими знімками на аеродромі й досі базуються винищувачі.",
     "2024-05-16",
     {"russia aircraft destroyed 1 exact period ua_mod 2024-05-16",
      "russia aircraft damaged 2 exact period ua_mod 2024-05-16",
      "russia personnel killed 5 at_least period ua_mod 2024-05-16",
      "russia personnel wounded 12 exact period ua_mod 2024-05-16",
      "russia aircraft destroyed 9 exact period@2024-01-01 ua_mod 2024-05-16"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


# the fixes this round, each read in wordings of its own

def claims(text: str, published: str = "2024-06-03") -> list[tuple[object, ...]]:
    return [(c.value, c.side, c.category, c.outcome, c.measure, c.period_days, str(c.period_start), str(c.as_of),
             c.claimant, c.hedged) for c in extract_claims(text, published=published)]


def test_thousands_in_full_before_hundreds() -> None:
    assert [c[0] for c in claims("Від початку вторгнення ворог втратив 12 тисяч 305 танків.")] == [12305]


@pytest.mark.parametrize("text", [
    "Ворог атакував Україну 45 дронами та ракетами.\n\nЗбито 30 цілей:\n– 10 крилатих ракет;\n– 20 ударних БпЛА.",
    "Противник атакував 60 дронами.\n\nСили ППО знешкодили 45 цілей:\n— 5 ракет Х-59;\n— 40 дронів типу Shahed.",
])
def test_the_items_under_a_lead_share_its_span(text: str) -> None:
    assert {c[4] for c in claims(text)} == {"period"}


@pytest.mark.parametrize("text", [
    "Поранено 25 людей, 11 з них госпіталізовані.",
    "Унаслідок удару постраждали 30 мешканців, 12 із них перебувають у лікарні.",
])
def test_a_part_of_those_before(text: str) -> None:
    found = claims(text)
    assert len(found) == 2 and {c[3] for c in found} == {"wounded"}


@pytest.mark.parametrize("text", [
    "У березні ворог щодня втрачав у середньому 1 100 військових.",
    "Середньодобові втрати росіян у березні становили 1 100 осіб.",
])
def test_a_months_daily_average_stands_at_its_end(text: str) -> None:
    assert [(c[4], c[5], c[7]) for c in claims(text, "2024-04-10")] == [("rate", 1.0, "2024-03-31")]


@pytest.mark.parametrize("text", [
    "За березень росія втратила 30 тисяч військових.",
    "Загалом за березень окупанти втратили понад 30 тисяч осіб.",
])
def test_for_a_month_is_that_month(text: str) -> None:
    assert [(c[4], c[5], c[6], c[7]) for c in claims(text, "2024-04-10")] == \
        [("period", 31.0, "2024-03-01", "2024-03-31")]


@pytest.mark.parametrize("text", ["Сили оборони знищили два літаки МіГ-29.",
                                  "ГУР: уражено два літаки МіГ-31 на аеродромі."])
def test_an_aircrafts_name_is_no_hedge(text: str) -> None:
    assert [c[9] for c in claims(text)] == [False]


@pytest.mark.parametrize("text", [
    "Станом на ранок 1 червня внаслідок збройної агресії рф загинули 589 дітей.",
    "На ранок 1 червня через російську агресію загинули 589 українських дітей.",
])
def test_a_count_as_of_a_morning_is_a_running_count(text: str) -> None:
    assert [(c[4], c[7]) for c in claims(text)] == [("cumulative", "2024-06-01")]


def test_a_count_as_of_a_date_goes_on_past_a_comment() -> None:
    text = ("Станом на 1 червня загинули 589 дітей, повідомили прокурори.\n\nПрокурори наголошують, що дані "
            "неповні.\n\nНайбільше дітей загинули в Донецькій області — 204.")
    assert {c[4] for c in claims(text)} == {"cumulative"}


@pytest.mark.parametrize("text", [
    "Український Генштаб оцінює втрати російської армії в 740 тисяч осіб.",
    "Український Генштаб повідомив, що російська армія втратила 740 тисяч осіб.",
])
def test_the_sources_adjective_names_neither_side_nor_source(text: str) -> None:
    assert [(c[1], c[8]) for c in claims(text)] == [("russia", "ua_general_staff")]


def test_what_became_of_some_of_them_later_does_not_undo_a_figure() -> None:
    text = "Поранення, за його словами, отримали близько 370 тисяч військових, половина з них повернулася на фронт."
    assert [c[0] for c in claims(text)] == [370000]


@pytest.mark.parametrize("text", [
    "Oryx нарахував 3 600 знищених, захоплених і покинутих російських танків.",
    "Аналітики задокументували 900 знищених і пошкоджених російських гармат.",
])
def test_several_fates_before_the_noun_are_losses(text: str) -> None:
    assert [c[3] for c in claims(text)] == ["losses"]


@pytest.mark.parametrize("text", [
    "У лютому Зеленський називав цифру в 31 тисячу загиблих військових.",
    "У лютому президент говорив про 31 тисячу загиблих військових.",
])
def test_the_month_a_figure_was_stated_in_dates_it(text: str) -> None:
    assert [(c[4], c[7]) for c in claims(text, "2024-12-09")] == [("cumulative", "2024-02-29")]


@pytest.mark.parametrize("text", [
    "Зеленський заявив, що загинули 43 тисячі українських військових. Поранення, за його словами, отримали "
    "370 тисяч військових.",
    "За словами президента, загинули 43 тисячі українських військових. Ще 370 тисяч військових, за його "
    "словами, дістали поранення.",
])
def test_the_same_report_goes_on_about_the_same_side(text: str) -> None:
    assert {c[1] for c in claims(text)} == {"ukraine"}


@pytest.mark.parametrize("text", [
    "Росіяни депортували 19 546 дітей, ще понад 2 000 вважаються зниклими безвісти.",
    "Окупанти депортували щонайменше 19 тисяч українських дітей, ще 2 000 зникли безвісти.",
])
def test_deported_is_no_loss_but_names_what_the_next_figure_counts(text: str) -> None:
    assert [(c[0], c[2], c[3]) for c in claims(text)] == [(2000, "civilians", "missing")]


@pytest.mark.parametrize("text", [
    "Міноборони рф ці дані не коментує. У відомстві лише заявили, що ЗСУ за тиждень втратили 2 400 військових.",
    "Міністерство оборони Росії оприлюднило нове зведення.\n\nУ відомстві стверджують, що за добу українська "
    "армія втратила 1 300 військових.",
])
def test_the_body_named_before_is_the_source(text: str) -> None:
    assert [(c[1], c[8]) for c in claims(text)] == [("ukraine", "ru_mod")]


@pytest.mark.parametrize("text", [
    "Аналітики ISW зазначають, що бої тривають.\n\nЗа підрахунками аналітиків, з 1 листопада окупанти втратили "
    "48 танків.",
    "Аналітики Інституту вивчення війни оприлюднили звіт.\n\nНа думку аналітиків, росіяни щодня втрачають "
    "1 200 військових.",
])
def test_a_generic_title_stands_for_the_source_it_titled(text: str) -> None:
    assert [c[8] for c in claims(text)] == ["isw"]


def test_one_of_the_items_before() -> None:
    assert {(c[2], c[0]) for c in claims("Ворог втратив 12 бронемашин, у тому числі танк.")} == \
        {("armoured_vehicles", 12), ("tanks", 1)}


@pytest.mark.parametrize("text", [
    "Українські десантники в ніч на 3 травня на лівому березі Дніпра біля окупованих Кринок знищили три човни.",
    "Українські оператори дронів уночі 5 червня на Запорізькому напрямку поблизу окупованого села знищили два "
    "танки.",
])
def test_a_doer_named_far_before_its_verb(text: str) -> None:
    assert {c[1] for c in claims(text)} == {"russia"}


@pytest.mark.parametrize(("text", "span"), [
    ("Минулого літа окупанти втратили 40 тисяч військових.", ("2023-06-01", "2023-08-31")),
    ("Взимку росія втратила 90 тисяч військових.", ("2023-12-01", "2024-02-29")),
])
def test_a_season_is_a_span(text: str, span: tuple[str, str]) -> None:
    assert [(c[4], c[6], c[7]) for c in claims(text, "2024-03-05")] == [("period", *span)]


def test_a_season_named_as_a_subject_is_no_span() -> None:
    assert [c[4] for c in claims("Зима була важкою: ворог втратив 400 тисяч військових.", "2024-03-05")] \
        == ["cumulative"]


@pytest.mark.parametrize("text", [
    "Серед загиблих понад 20 тисяч добровольців, які пішли на фронт за контрактом, і 14 тисяч мобілізованих. "
    "Офіцерів у переліку — понад 5 тисяч.",
    "Серед загиблих 9 тисяч мобілізованих, призваних восени 2022 року. Добровольців у списку — понад 12 тисяч.",
])
def test_a_label_with_no_outcome_goes_on_with_the_figures_before(text: str) -> None:
    found = {(c[0], c[3]) for c in claims(text)}
    assert {outcome for _value, outcome in found} == {"killed"} and found & {(5000, "killed"), (12000, "killed")}


@pytest.mark.parametrize("text", [
    "Міноборони рф востаннє повідомляло про свої втрати у вересні 2022 року: тоді відомство назвало 5 937 загиблих.",
    "Міноборони рф рідко говорить про власні втрати: у січні відомство визнало 89 загиблих.",
])
def test_its_own_losses_named_before_the_figure(text: str) -> None:
    assert [c[1] for c in claims(text)] == ["russia"]


@pytest.mark.parametrize(("text", "expected"), [
    ("За даними Офісу генерального прокурора, внаслідок обстрілу загинули троє людей.", ("civilians", "ua_officials")),
    ("Як повідомили американські посадовці, Україна втратила 70 тисяч військових.", ("personnel", "us_officials")),
    ("Воєнкор стверджує, що під Авдіївкою росіяни втратили 200 військових.", ("personnel", "other")),
    ("Сили оборони знищили два швидкісні човни.", ("ships", None)),
    ("Знищено два винищувачі Су-34.", ("aircraft", None)),
])
def test_words_of_sources_and_things(text: str, expected: tuple[str, str | None]) -> None:
    assert [(c[2], c[8]) for c in claims(text)] == [expected]


NOT_LOSSES = [
    "На борту перебувало 15 військових, щонайменше п'ятеро з них загинули.",
    "Росія щомісяця вербує до 30 тисяч контрактників, щоб компенсувати втрати.",
    "Внаслідок удару зруйновано під'їзд, пошкоджено 30 автомобілів і школу.",
]


@pytest.mark.parametrize("text", NOT_LOSSES)
def test_not_losses(text: str) -> None:
    assert [c[0] for c in claims(text)] in ([], [5])


@pytest.mark.parametrize("text", [
    "На боці росії воювали понад 13 тисяч найманців, з яких майже 6 тисяч були знищені.",
    "За даними розвідки, у полку служили 3 тисячі окупантів, з яких 800 загинули.",
])
def test_the_whole_before_of_which_a_part_was_lost(text: str) -> None:
    assert [(c[0], c[3]) for c in claims(text)] in ([(6000, "killed")], [(800, "killed")])


@pytest.mark.parametrize("text", [
    "Також знищено склад пального і станцію РЕБ окупантів.",
    "Крім того, уражено пункт управління та ворожий зенітний ракетний комплекс.",
])
def test_the_second_thing_a_verb_of_destroying_names(text: str) -> None:
    assert [(c[0], c[3]) for c in claims(text)] == [(1, "destroyed")]

