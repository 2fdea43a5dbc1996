"""Ukrainian whole texts, round 3 (written for these tests) in styles the first two rounds lack: an ОВА's night by
district, the Air Force's downs by missile type under a colon, border guards and the Navy on their own sectors, a
toll that rose after a rescue, the prosecutors' count of children, military intelligence on an airfield strike,
British intelligence and ISW quoted by Ukrainian outlets. Each case lists every claim the spec asks of the text,
written as "side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of
[hedged]".
"""

from __future__ import annotations

import pytest

from lossledger.extract import extract_claims


def described(text: str, published: str) -> set[str]:
    out = set()
    for c in extract_claims(text, published=published):
        value = f"{c.value:g}" + (f"-{c.value_high:g}" if c.value_high is not None else "")
        measure = c.measure + (f"/{c.period_days:g}" if c.period_days is not None else "")
        measure += f"@{c.period_start}" if c.period_start is not None else ""
        hedged = " hedged" if c.hedged else ""
        out.add(f"{c.side} {c.category} {c.outcome} {value} {c.qualifier} {measure} {c.claimant} {c.as_of}{hedged}")
    return out


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
     "в ліцеї та адмінбудівлі, на місцях працюють рятувальники й комунальники.",
     "2024-06-14",
     {"ukraine civilians killed 1 exact period/1 ua_officials 2024-06-14",
      "ukraine civilians wounded 7 exact period/1 ua_officials 2024-06-14",
      "ukraine civilians wounded 2 exact period ua_officials 2024-06-14",
      "ukraine civilians wounded 4 exact period ua_officials 2024-06-14",
      "russia drones destroyed 11 exact period ua_officials 2024-06-14"}),
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
     "ракетні війська, підрозділи РЕБ і мобільні вогневі групи.",
     "2024-07-09",
     {"russia equipment destroyed 52 exact period ua_officials 2024-07-09",
      "russia missiles destroyed 7 exact period ua_officials 2024-07-09",
      "russia missiles destroyed 1 exact period ua_officials 2024-07-09",
      "russia drones destroyed 44 exact period ua_officials 2024-07-09",
      "russia drones losses 15 exact period ua_officials 2024-07-09 hedged"}),
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
     "евакуація родин з дітьми.",
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
     "словами речника, нікуди не зникла, адже росіяни можуть запускати «Калібри» і з підводних човнів.",
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
     "зазначають, що росія продовжує поповнювати війська, набираючи щомісяця десятки тисяч контрактників.",
     "2024-06-02",
     {"russia personnel losses 1262 exact rate/1 uk_mod 2024-05-31",
      "russia personnel losses 39000 at_least period/31@2024-05-01 uk_mod 2024-05-31",
      "russia personnel losses 8000 at_most period@2024-05-10 uk_mod 2024-06-02 hedged",
      "russia personnel losses 600000 exact projection uk_mod 2024-12-31 hedged",
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
     "атаки мотоцикли й цивільні автомобілі замість бронетехніки.",
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
     "гривень, а мешканцям зруйнованих квартир надати тимчасове житло.",
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
     "випадки як воєнні злочини, матеріали передано до Міжнародного кримінального суду.",
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
     "і перекрила дорогу до аеродрому на кілька годин.",
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
