"""Ukrainian whole texts, round 7 (written for these tests) in styles the first six rounds lack: an agency's retelling
of the General Staff's post with a date line and the headings a sixth round lacks, a public broadcaster on a strike
whose toll rises during the day, the emergency service ending a rescue, a hromada head on its dead since the
full-scale invasion, an operational command's day on its sector, the prisoners of war headquarters on
captives and the missing, the health ministry on medical workers killed, a regional administration's day on the
border, a thousand days of war, an energy company on a strike at its plant.
Each case lists every claim the spec asks of the text, written as "side category outcome value[-high] qualifier
measure[/period_days][@period_start] claimant as_of [hedged]". A text the extractor does not yet read whole is
marked xfail (strict) with what it misses.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # the General Staff's post retold by an agency: a date line, dash bullets, the headings a sixth round lacks,
    # "(+0)" no loss
    ("Втрати росії у війні сягнули 755 тисяч осіб – Генштаб\n\n"
     "Загальні бойові втрати ворога з 24.02.22 по 06.12.24 орієнтовно склали:\n"
     "– особового складу – близько 755 080 (+1 510) осіб;\n"
     "– літаків – 369 (+0);\n"
     "– гелікоптерів – 331 (+1);\n"
     "– засобів ППО – 1 024 (+1);\n"
     "– БпЛА оперативно-тактичного рівня – 20 010 (+58);\n"
     "– крилатих ракет – 2 915;\n"
     "– кораблів / катерів – 28;\n"
     "– підводних човнів – 1;\n"
     "– автомобільної техніки та автоцистерн – 30 810 (+64);\n"
     "– спеціальної техніки – 3 690 (+3).\n\n"
     "Про це повідомляє Укрінформ із посиланням на Генеральний штаб ЗСУ. Дані уточнюються.\n\n"
     "За минулу добу на фронті відбулося 195 бойових зіткнень. Найактивніше противник діяв на Покровському "
     "напрямку, де наші захисники зупинили 52 атаки. Ворог продовжує застосовувати керовані авіабомби по "
     "позиціях українських військ і населених пунктах, а також дедалі частіше атакує логістику дронами. "
     "Сили оборони завдають ударів по скупченнях живої сили та техніки противника, складах і пунктах "
     "управління, наголошують у Генштабі.",
     "2024-12-06",
     {"russia air_defence losses 1 exact period/1 ua_general_staff 2024-12-06",
      "russia air_defence losses 1024 exact cumulative@2022-02-24 ua_general_staff 2024-12-06",
      "russia aircraft losses 369 exact cumulative@2022-02-24 ua_general_staff 2024-12-06",
      "russia drones losses 20010 exact cumulative@2022-02-24 ua_general_staff 2024-12-06",
      "russia drones losses 58 exact period/1 ua_general_staff 2024-12-06",
      "russia helicopters losses 1 exact period/1 ua_general_staff 2024-12-06",
      "russia helicopters losses 331 exact cumulative@2022-02-24 ua_general_staff 2024-12-06",
      "russia missiles losses 2915 exact cumulative@2022-02-24 ua_general_staff 2024-12-06",
      "russia personnel losses 1510 exact period/1 ua_general_staff 2024-12-06",
      "russia personnel losses 755000 exact cumulative@2022-02-24 ua_general_staff 2024-12-06",
      "russia personnel losses 755080 approx cumulative@2022-02-24 ua_general_staff 2024-12-06",
      "russia ships losses 28 exact cumulative@2022-02-24 ua_general_staff 2024-12-06",
      "russia special_equipment losses 3 exact period/1 ua_general_staff 2024-12-06",
      "russia special_equipment losses 3690 exact cumulative@2022-02-24 ua_general_staff 2024-12-06",
      "russia submarines losses 1 exact cumulative@2022-02-24 ua_general_staff 2024-12-06",
      "russia vehicles losses 30810 exact cumulative@2022-02-24 ua_general_staff 2024-12-06",
      "russia vehicles losses 64 exact period/1 ua_general_staff 2024-12-06"}),
    # a public broadcaster on a strike: a toll that rises during the day, the morning's toll, bodies found later,
    # the hospitalised
    ("Удар по Запоріжжю: кількість загиблих зросла до десяти\n\n"
     "Кількість загиблих унаслідок ранкового ракетного удару по Запоріжжю зросла до десяти, повідомив "
     "начальник обласної військової адміністрації. Ще 28 людей поранені, серед них троє дітей.\n\n"
     "Росіяни атакували місто близько 07:30. Ракети влучили в територію промислового підприємства та в "
     "приватний сектор, зруйновано кілька будинків.\n\n"
     "Зранку очільник ОВА повідомляв про чотирьох загиблих і 15 поранених. Згодом рятувальники знайшли під "
     "завалами тіла ще шести людей.\n\n"
     "У лікарнях міста залишаються 19 постраждалих. Медики кажуть, що кров для поранених є, але закликають "
     "запорожців стати донорами. У місті оголошено день жалоби: приспущено державні прапори, скасовано "
     "розважальні заходи. Міська влада обіцяє допомогти родинам загиблих і власникам пошкодженого житла, "
     "на місці удару працює штаб, де приймають заяви на компенсацію. Суспільне стежить за розвитком подій.",
     "2024-12-06",
     {"ukraine civilians killed 10 exact period ua_officials 2024-12-06",
      "ukraine civilians killed 4 exact period ua_officials 2024-12-06",
      "ukraine civilians killed 6 exact period ua_officials 2024-12-06",
      "ukraine civilians wounded 15 exact period ua_officials 2024-12-06",
      "ukraine civilians wounded 19 exact period ua_officials 2024-12-06",
      "ukraine civilians wounded 28 exact period ua_officials 2024-12-06",
      "ukraine civilians wounded 3 exact period ua_officials 2024-12-06"}),
    # the emergency service ends a rescue: the final counts; the rescued, the evacuated, rescuers and their machines
    # are no loss, nor the people helped among the victims' families
    ("У Кривому Розі завершили пошуково-рятувальну операцію\n\n"
     "Рятувальники завершили пошуково-рятувальну операцію на місці влучання ракети в п'ятиповерховий "
     "будинок у Кривому Розі, повідомили в ДСНС України. Роботи тривали понад 50 годин.\n\n"
     "Остаточно відомо про 14 загиблих, серед них четверо дітей. Поранено 46 людей. З-під завалів "
     "рятувальники врятували 11 осіб, ще 62 мешканців евакуювали.\n\n"
     "До робіт залучали 180 рятувальників і 40 одиниць техніки, а також кінологів із собаками. Демонтовано "
     "та вивезено 520 кубометрів зруйнованих конструкцій. Психологи ДСНС надали допомогу понад 100 людям, "
     "серед яких рідні загиблих. Мешканцям зруйнованого під'їзду запропонували тимчасове житло в "
     "гуртожитках міста, а волонтери привозять їм одяг, воду та їжу. Місцева влада обіцяє відбудувати "
     "будинок за кошти державної програми. Прокуратура розпочала досудове розслідування за фактом "
     "порушення законів і звичаїв війни.",
     "2024-12-06",
     {"ukraine civilians killed 14 exact period ua_officials 2024-12-06",
      "ukraine civilians killed 4 exact period ua_officials 2024-12-06",
      "ukraine civilians wounded 46 exact period ua_officials 2024-12-06"}),
    # a hromada head on its residents killed since the full-scale invasion, its soldiers in that time, last month's
    # toll
    ("Голова громади: від початку великої війни загинули 58 мешканців\n\n"
     "Від початку повномасштабного вторгнення внаслідок російських обстрілів у громаді загинули 58 "
     "цивільних, ще понад 300 людей дістали поранень, розповів голова громади в ефірі телемарафону. Серед "
     "загиблих — шестеро дітей. За цей час на фронті загинули 96 захисників з громади.\n\n"
     "За його словами, лише за листопад окупанти випустили по місту понад 1 500 снарядів і дронів. "
     "Минулого місяця загинули п'ятеро мешканців, 27 поранені.\n\n"
     "Голова громади розповів, що місто живе під постійними обстрілами з протилежного берега: люди звикли "
     "до вибухів, але щодня хтось виїжджає. Зараз у громаді залишається близько половини довоєнного "
     "населення. Комунальники відновлюють світло й воду після кожного удару, а школи працюють дистанційно. "
     "Громада отримує допомогу від партнерів: генератори, вікна для пошкоджених будинків і ліки для "
     "лікарні, а підприємці допомагають ремонтувати дахи.",
     "2024-12-06",
     {"ukraine civilians killed 5 exact period/30@2024-11-01 ua_officials 2024-11-30",
      "ukraine civilians killed 58 exact cumulative ua_officials 2024-12-06",
      "ukraine civilians killed 6 exact cumulative ua_officials 2024-12-06",
      "ukraine civilians wounded 27 exact period/30@2024-11-01 ua_officials 2024-11-30",
      "ukraine civilians wounded 300 at_least cumulative ua_officials 2024-12-06",
      "ukraine personnel killed 96 exact cumulative ua_officials 2024-12-06"}),
    # an operational command's day on its sector: personnel and equipment destroyed, a bare "дрон" is one; troops
    # massed are no loss
    ("Сили оборони півдня за добу знищили 61 окупанта\n\n"
     "За минулу добу на південному напрямку Сили оборони знищили 61 окупанта, 15 одиниць артилерії, 2 "
     "танки, 23 бронемашини та 11 автомобілів, повідомили в Силах оборони півдня України.\n\n"
     "Протиповітряна оборона на півдні збила 17 ударних безпілотників типу «Шахед» і розвідувальний дрон "
     "«Орлан».\n\n"
     "Речниця Сил оборони півдня зазначила, що противник зосередив на Херсонському напрямку понад 20 тисяч "
     "військових, однак наступальних дій не веде. Натомість ворог 12 разів намагався висадитися на острови "
     "в дельті Дніпра, але щоразу відступав. За її словами, окупанти щодня обстрілюють правобережжя з "
     "артилерії та дронів, полюючи на цивільних. Сили оборони відповідають ударами по складах і логістиці "
     "ворога на лівому березі. Мешканців прибережних сіл закликають без потреби не виходити на вулицю, а в "
     "разі тривоги одразу спускатися в укриття.",
     "2024-12-06",
     {"russia armoured_vehicles destroyed 23 exact period/1 ua_officials 2024-12-06",
      "russia artillery destroyed 15 exact period/1 ua_officials 2024-12-06",
      "russia drones destroyed 1 exact period/1 ua_officials 2024-12-06",
      "russia drones destroyed 17 exact period/1 ua_officials 2024-12-06",
      "russia personnel killed 61 exact period/1 ua_officials 2024-12-06",
      "russia tanks destroyed 2 exact period/1 ua_officials 2024-12-06",
      "russia vehicles destroyed 11 exact period/1 ua_officials 2024-12-06"}),
    # the prisoners of war headquarters: soldiers and civilians in captivity together are people, the missing; the
    # people brought home and the prisoners handed over are no loss
    ("Координаційний штаб: у російському полоні перебувають понад 8 тисяч українців\n\n"
     "Наразі в російському полоні перебувають понад 8 тисяч українських військових і цивільних, повідомили "
     "в Координаційному штабі з питань поводження з військовополоненими. Ще близько 35 тисяч захисників "
     "вважаються зниклими безвісти.\n\n"
     "Від початку повномасштабного вторгнення з полону вдалося повернути 3 956 українців, з них 189 — під "
     "час останнього обміну наприкінці листопада. Звільнені проходять реабілітацію в лікарнях, з ними "
     "працюють психологи.\n\n"
     "У штабі наголошують, що росія порушує Женевські конвенції: полонених катують, не допускають до них "
     "представників Міжнародного комітету Червоного Хреста, а родинам роками не повідомляють, де "
     "перебувають їхні рідні. Україна передала на обмін 1 200 російських військовополонених і готова "
     "продовжувати обміни у форматі «всіх на всіх». Родини зниклих безвісти можуть звернутися до штабу по "
     "допомогу, а також здати зразки ДНК для ідентифікації.",
     "2024-12-06",
     {"ukraine people captured 8000 at_least cumulative ua_officials 2024-12-06",
      "ukraine personnel missing 35000 approx cumulative ua_officials 2024-12-06"}),
    # the health ministry on medical workers killed and wounded since the invasion, doctors and nurses among them, a
    # month's dead; damaged hospitals are no loss
    ("МОЗ: від початку великої війни загинули 212 медиків\n\n"
     "Від початку повномасштабного вторгнення росії в Україні загинули 212 медичних працівників, ще 680 "
     "дістали поранень, повідомили в Міністерстві охорони здоров'я. Серед загиблих — 58 лікарів і 71 "
     "медсестра.\n\n"
     "Окупанти пошкодили понад 1 900 закладів охорони здоров'я, з них 220 зруйновано повністю. Лише за "
     "листопад російські удари пошкодили 41 лікарню та амбулаторію, загинули четверо медиків.\n\n"
     "Найбільше постраждала медична інфраструктура Харківщини, Донеччини та Херсонщини. Попри обстріли, "
     "лікарні прифронтових громад продовжують працювати, а частину відділень перенесли в укриття. "
     "Міністерство разом із партнерами відбудовує зруйновані амбулаторії та закуповує модульні лікарні. У "
     "МОЗ нагадують, що напади на медичні заклади є воєнним злочином, і передають зібрані докази до "
     "Міжнародного кримінального суду. Медики, які пережили обстріли, отримують психологічну підтримку.",
     "2024-12-06",
     {"ukraine civilians killed 212 exact cumulative ua_officials 2024-12-06",
      "ukraine civilians killed 4 exact period/30@2024-11-01 ua_officials 2024-11-30",
      "ukraine civilians killed 58 exact cumulative ua_officials 2024-12-06",
      "ukraine civilians killed 71 exact cumulative ua_officials 2024-12-06",
      "ukraine civilians wounded 680 exact cumulative ua_officials 2024-12-06"}),
    # a regional administration's day on the border: shelling and blasts counted are no loss, the toll, the border
    # guards' day; people who left are no loss
    ("Прикордоння Сумщини за добу обстріляли 74 рази\n\n"
     "Упродовж минулої доби російські війська 74 рази обстріляли прикордонні громади Сумщини, зафіксовано "
     "212 вибухів, повідомила обласна військова адміністрація. Унаслідок обстрілів поранено двох цивільних "
     "у Білопільській громаді.\n\n"
     "Окупанти били з мінометів, артилерії, скидали вибухівку з дронів і запускали керовані авіабомби. "
     "Пошкоджено приватні будинки, лінію електропередачі та автомобіль.\n\n"
     "Прикордонники, своєю чергою, повідомили, що за добу на Сумському напрямку знищили п'ятьох окупантів "
     "і два ворожі автомобілі, які намагалися наблизитися до кордону.\n\n"
     "Мешканців прикордонних сіл закликають евакуюватися: з початку осені область залишили понад 9 тисяч "
     "людей. Для переселенців працюють транзитні центри, де можна отримати гуманітарну допомогу, оформити "
     "виплати та знайти тимчасове житло. Обласна влада також організовує безкоштовні евакуаційні рейси для "
     "маломобільних людей і родин з дітьми, а волонтери допомагають вивезти домашніх тварин.",
     "2024-12-06",
     {"russia personnel killed 5 exact period/1 ua_officials 2024-12-06",
      "russia vehicles destroyed 2 exact period/1 ua_officials 2024-12-06",
      "ukraine civilians wounded 2 exact period/1 ua_officials 2024-12-06"}),
    # a thousand days of war: the totals since the invasion, a year's months from one to another, a record day; days
    # of war and money are no loss
    ("Тисяча днів війни: скільки втратила росія\n\n"
     "За тисячу днів повномасштабної війни росія втратила понад 720 тисяч військових убитими та "
     "пораненими, свідчать дані Генерального штабу ЗСУ. За цей час Сили оборони знищили 9 480 танків, 19 "
     "400 бойових броньованих машин і 369 літаків.\n\n"
     "Найбільших втрат окупанти зазнали у 2024 році: лише з січня по листопад ворог втратив понад 380 "
     "тисяч військових. Рекорд припав на 28 листопада, коли за одну добу Генштаб нарахував 2 030 уражених "
     "окупантів.\n\n"
     "Економісти підрахували, що втрачена техніка коштувала росії понад 90 мільярдів доларів. Попри це, "
     "Кремль продовжує вербувати нових контрактників, пропонуючи їм рекордні виплати, а військові заводи "
     "працюють у три зміни. Аналітики вважають, що такий темп втрат росія зможе витримувати ще щонайменше "
     "рік, хоча економіка країни вже відчуває брак робочих рук.",
     "2024-12-06",
     {"russia aircraft destroyed 369 exact cumulative ua_general_staff 2024-12-06",
      "russia armoured_vehicles destroyed 19400 exact cumulative ua_general_staff 2024-12-06",
      "russia personnel losses 2030 exact period/1 ua_general_staff 2024-11-28",
      "russia personnel losses 380000 at_least period@2024-01-01 ua_general_staff 2024-11-30",
      "russia personnel losses 720000 at_least cumulative ua_general_staff 2024-12-06",
      "russia tanks destroyed 9480 exact cumulative ua_general_staff 2024-12-06"}),
    # an energy company on a strike at its plant: workers of a trade the profile does not name, killed and hurt, and
    # its workers killed since the invasion "зокрема на фронті"; damaged plants are no loss
    pytest.param("ДТЕК: унаслідок атаки на ТЕС загинули двоє енергетиків\n\n"
     "Унаслідок нічної атаки на теплову електростанцію загинули двоє енергетиків, ще трьох працівників "
     "травмовано, повідомили в ДТЕК. Обладнання станції серйозно пошкоджене.\n\n"
     "Це вже дев'ята атака на ТЕС компанії з початку року. Від початку повномасштабного вторгнення "
     "загинули 120 енергетиків ДТЕК, ще 310 дістали поранень, зокрема на фронті.\n\n"
     "Генеральний директор компанії висловив співчуття родинам загиблих і подякував ремонтникам, які вже "
     "розпочали відновлення. За його словами, за рік росіяни пошкодили 190 енергетичних об'єктів компанії, "
     "а на відновлення потрібні сотні мільйонів доларів. Енергетики просять споживачів ощадливо "
     "використовувати електроенергію у вечірні години, коли навантаження на мережу найбільше, і стежити за "
     "графіками відключень у своїх громадах. Рятувальники ДСНС до ранку ліквідовували пожежу на станції, "
     "яка виникла після влучання, і запобігли її поширенню.",
     "2024-12-06",
     {"ukraine civilians killed 2 exact period other 2024-12-06",
      "ukraine civilians wounded 3 exact period other 2024-12-06",
      "ukraine people killed 120 exact cumulative other 2024-12-06",
      "ukraine people wounded 310 exact cumulative other 2024-12-06"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected


# the fixes this round, each read in wordings of its own

@pytest.mark.parametrize(("text", "expected"), [
    ("За добу на північному напрямку знищено 14 окупантів, повідомили в Силах оборони півночі.",
     {"russia personnel killed 14 exact period/1 ua_officials 2024-12-04"}),
    ("Оперативне командування «Схід» повідомило, що за тиждень ворог втратив 9 танків.",
     {"russia tanks losses 9 exact period/7 ua_officials 2024-12-04"}),
])
def test_an_operational_command_is_an_official_source(text: str, expected: set[str]) -> None:
    assert described(text, "2024-12-04") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Уночі ППО збила 23 безпілотники типу «Шахед» і розвідувальний дрон, повідомили в Повітряних силах.",
     {"russia drones destroyed 23 exact period/1 ua_officials 2024-12-04",
      "russia drones destroyed 1 exact period/1 ua_officials 2024-12-04"}),
    ("Уражено 3 танки і російський гелікоптер.",
     {"russia tanks destroyed 3 exact period None 2024-12-04",
      "russia helicopters destroyed 1 exact period None 2024-12-04"}),
])
def test_a_bare_item_after_a_counted_one_with_its_adjectives_or_model_is_one(text: str, expected: set[str]) -> None:
    assert described(text, "2024-12-04") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Зранку повідомляли про трьох загиблих і 12 поранених. Згодом з-під завалів дістали тіла ще двох людей.",
     {"ukraine civilians killed 3 exact period None 2024-12-04",
      "ukraine civilians wounded 12 exact period None 2024-12-04",
      "ukraine civilians killed 2 exact period None 2024-12-04"}),
    ("Під завалами знайшли тіла чотирьох людей.", {"ukraine civilians killed 4 exact period None 2024-12-04"}),
])
def test_bodies_of_people_are_the_dead(text: str, expected: set[str]) -> None:
    assert described(text, "2024-12-04") == expected


@pytest.mark.parametrize("text", [
    "Психологи надали допомогу понад 100 людям, серед яких рідні загиблих.",
    "Психологи працювали з 60 людьми, зокрема з рідними загиблих.",
])
def test_the_dead_of_someones_kin_are_not_the_people_counted(text: str) -> None:
    assert described(text, "2024-12-04") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Минулого місяця на Сумщині загинули 14 цивільних.",
     {"ukraine civilians killed 14 exact period/30@2024-11-01 None 2024-11-30"}),
    ("За попередній місяць ворог втратив 41 тисячу військових.",
     {"russia personnel losses 41000 exact period/30@2024-11-01 None 2024-11-30"}),
    # the last month counted back from the day is no calendar month, and no running total either
    ("За останній місяць ворог втратив 41 тисячу військових.",
     {"russia personnel losses 41000 exact period/30 None 2024-12-04"}),
])
def test_last_month_is_the_calendar_month_before(text: str, expected: set[str]) -> None:
    assert described(text, "2024-12-04") == expected


def test_a_city_head_is_an_official_of_the_state_the_city_is_in() -> None:
    text = "Унаслідок атаки загинули двоє мешканців Бєлгорода, повідомив голова міста."
    assert described(text, "2024-12-04") == {"russia civilians killed 2 exact period ru_officials 2024-12-04"}


def test_a_paragraph_naming_its_source_anew_does_not_take_the_span_before() -> None:
    text = ("Лише у 2023 році, за підрахунками аналітиків, загинули 40 тисяч російських військових.\n\n"
            "За оцінкою аналітиків, поранені щонайменше 90 тисяч російських військових.")
    assert described(text, "2024-12-04") == {
        "russia personnel killed 40000 exact period@2023-01-01 other 2023-12-31",
        "russia personnel wounded 90000 at_least cumulative other 2024-12-04"}


def test_a_paragraph_going_on_with_the_same_speaker_takes_the_span_before() -> None:
    text = ("У 2023 році загинули 300 мирних жителів області, повідомив голова ОВА.\n\n"
            "За його словами, поранень зазнали 1 200 людей.")
    assert described(text, "2024-12-04") == {
        "ukraine civilians killed 300 exact period@2023-01-01 ua_officials 2023-12-31",
        "ukraine civilians wounded 1200 exact period@2023-01-01 ua_officials 2023-12-31"}


def test_the_end_of_a_month_is_the_day_a_figure_stands_at() -> None:
    text = "Станом на кінець жовтня ООН зафіксувала загибель 12 162 цивільних."
    assert described(text, "2024-12-04") == {"ukraine civilians killed 12162 exact cumulative un 2024-10-31"}


def test_the_outcome_of_a_condition_after_the_figure_is_not_its_own() -> None:
    text = "У Міноборони пояснюють, що один військовий може отримати виплату двічі, якщо був поранений повторно."
    assert described(text, "2024-12-04") == set()
    assert described("Один боєць може отримати дві виплати, якщо його поранено двічі.", "2024-12-04") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("У полоні залишаються 1 200 військових і цивільних, повідомили в Координаційному штабі.",
     {"ukraine people captured 1200 exact cumulative ua_officials 2024-12-04"}),
    ("Від початку вторгнення загинули 95 медиків, зокрема 30 лікарів, повідомили в МОЗ.",
     {"ukraine civilians killed 95 exact cumulative ua_officials 2024-12-04",
      "ukraine civilians killed 30 exact cumulative ua_officials 2024-12-04"}),
])
def test_medics_are_civilians_and_soldiers_with_civilians_are_people(text: str, expected: set[str]) -> None:
    assert described(text, "2024-12-04") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Внаслідок нічної атаки російських дронів на аеродром знищено два літаки і гелікоптер.",
     {"ukraine aircraft destroyed 2 exact period None 2024-12-04",
      "ukraine helicopters destroyed 1 exact period None 2024-12-04"}),
    ("Внаслідок удару російської ракети по полігону загинули 12 військовослужбовців.",
     {"ukraine personnel killed 12 exact period None 2024-12-04"}),
])
def test_the_losses_of_an_attack_are_its_targets(text: str, expected: set[str]) -> None:
    assert described(text, "2024-12-04") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Росія втратила майже мільйон військових, заявив головнокомандувач.",
     {"russia personnel losses 1e+06 approx cumulative ua_officials 2024-12-04"}),
    ("За одну добу Генштаб нарахував 1 950 уражених окупантів.",
     {"russia personnel losses 1950 exact period/1 ua_general_staff 2024-12-04"}),
    ("Поранено п'ятьох пасажирів маршрутки, повідомили в ОВА.",
     {"ukraine civilians wounded 5 exact period ua_officials 2024-12-04"}),
    ("Поранено 12 людей. Усіх постраждалих доправили до лікарні, п'ятеро з них госпіталізовані.",
     {"ukraine civilians wounded 12 exact period None 2024-12-04",
      "ukraine civilians wounded 5 exact period None 2024-12-04"}),
    ("З січня по листопад ворог втратив понад 380 тисяч військових.",
     {"russia personnel losses 380000 at_least period@2024-01-01 None 2024-11-30"}),
])
def test_round7_third_batch_wordings(text: str, expected: set[str]) -> None:
    # a million in words; people hit; one day; passengers; a part of those of the sentence before ("усіх" is no
    # running total); months from one to another
    assert described(text, "2024-12-04") == expected


def test_the_day_of_the_strikes_before_is_the_tolls() -> None:
    text = "Протягом доби окупанти 40 разів обстріляли Нікопольщину. Унаслідок обстрілів поранено трьох людей."
    assert described(text, "2024-12-04") == {"ukraine civilians wounded 3 exact period/1 None 2024-12-04"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Уночі уражено два російські літаки, повідомив телеграм-канал «Кримський вітер».",
     {"russia aircraft destroyed 2 exact period/1 other 2024-12-04"}),
    # (the speaker's own channel is no source of its own)
    ("Начальник ОВА повідомив у своєму телеграм-каналі, що загинули двоє людей.",
     {"ukraine civilians killed 2 exact period ua_officials 2024-12-04"}),
])
def test_a_channel_named_after_the_verb_is_a_source(text: str, expected: set[str]) -> None:
    assert described(text, "2024-12-04") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Унаслідок обвалу шахти загинули 5 шахтарів.", {"ukraine people killed 5 exact period None 2024-12-04"}),
    ("Унаслідок удару по підприємству загинули двоє енергетиків.",
     {"ukraine civilians killed 2 exact period None 2024-12-04"}),
    ("Загинули щонайменше 900 мешканців області — один з найвищих показників у країні.",
     {"ukraine civilians killed 900 at_least period None 2024-12-04"}),
    ("Цього тижня на фронті загинули 14 військових.", {"russia personnel killed 14 exact period/7 None 2024-12-04"}),
])
def test_round7_fourth_batch_wordings(text: str, expected: set[str]) -> None:
    # people of a trade the profile does not name; "один з ..." of other things is no figure; this week
    assert described(text, "2024-12-04") == expected


def test_a_past_wars_dead_stand_at_its_end() -> None:
    text = "Під час афганської війни загинули 3 280 солдатів з України, підрахували дослідники."
    assert described(text, "2024-12-04") == {"soviet_union personnel killed 3280 exact cumulative other 1989-02-15"}
