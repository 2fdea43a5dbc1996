"""Ukrainian whole texts, round 39u: structure twins (written for these tests). Each keeps the constructions of a kind
of passage the extractor was tuned on (how the source is named, how the span and the date are said, the lists, the
hedges and the decoys) in wording, names, numbers, places and dates of its own: an Air Force spokeswoman on a night's
missiles launched (counts launched, "in the air", an earlier strike's count, a refusal to say how many were shot down:
no claim); an OSINT project's month of the front (territory, a share, a span of years, assaults and formations moved:
no claim); the UN refugee agency's count of people who fled, by country of refuge, under a dated headline with a page
counter and a link (no claim); an outlet's list of soldiers named after one strike, a second outlet's list in brackets,
ages and dates as decoys. Each case lists every claim the spec asks of the text, written as "side category outcome
value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]", before the extractor was run.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # missiles launched, still in the air, an earlier strike's count; the number shot down withheld: no claim
    pytest.param(
     "Уночі проти 23 березня окупанти атакували Україну майже півсотнею крилатих ракет, і цей удар виявився більшим "
     "за обстріл 9 лютого, коли росіяни застосували 41 ракету.\n"
     "Такі дані навела речниця Командування Повітряних сил Ольга Гнатюк у коментарі «Суспільному».\n"
     "«Протиповітряна оборона відпрацьовує. Збиття є. Уже зафіксовано пуски 38 ракет, ще близько десятка перебувають "
     "у повітрі. Отже, маємо майже п'ятдесят. Це більше, ніж 9 лютого, коли їх було 41».\n"
     "Скільки саме ракет знешкодили сили ППО, речниця не уточнила, пояснивши, що дані ще перевіряють.\n"
     "Вона також додала, що ворог запускав Х-22 та «Кинджали» з бомбардувальників Ту-22М3 і винищувачів МіГ-31К, "
     "переважно з акваторії Азовського моря та з Брянщини.\n"
     "Решту ракет, за словами Гнатюк, було випущено з кораблів у Чорному морі.\n"
     "Тривогу на сході країни досі не скасовано.",
     "2023-03-23",
     set(),
     id="t0"),
    # territory taken in a month, a share of the country, a span of years, assaults, formations moved: no claim
    pytest.param(
     "Темпи просування російських військ у жовтні сповільнилися на чверть.\n\n"
     "Джерело: OSINT-спільнота «Лінія фронту» в Telegram\n\n"
     "Подробиці: За місяць противник окупував 312 квадратних кілометрів, тож загалом під його контролем зараз 18,6% "
     "площі України. Аналітики нагадують, що таку саму частку ворог утримував і 11 листопада 2022 року, коли Сили "
     "оборони звільнили Херсон.\n\n"
     "Цитата: «По суті, за 2 роки й 9 місяців лінія фронту зрушила на мізерні відсотки».\n\n"
     "Що ще відомо: Як зазначає «Лінія фронту», штурмів у жовтні теж поменшало порівняно з вереснем і серпнем: "
     "загарбники здійснили трохи більше ніж 4 300 атак.\n\n"
     "На думку аналітиків, причина — перегрупування: ворог перекинув на Покровський напрямок три мотострілецькі "
     "бригади та 2 полки, а на Куп'янському замінює частини, які зазнали втрат.\n\n"
     "У спільноті прогнозують, що в листопаді натиск знову посилиться.",
     "2024-11-02",
     set(),
     id="t1"),
    # refugees by country under a dated headline with a page counter and a link; a projection of the displaced
    pytest.param(
     "УВКБ ООН: від початку війни Україну залишили понад мільйон людей\n\n"
     "04.03.2022\n"
     "2381\n\n"
     "https://www.bbc.com/ukrainian/news-60610418\n\n"
     "Кількість українців, що виїхали за кордон від початку російського вторгнення, продовжує зростати. За "
     "оновленими в п'ятницю даними Агентства ООН у справах біженців, наразі йдеться вже про 1 045 000 людей. Добою "
     "раніше агентство називало 874 тисячі.\n"
     "Найбільше біженців — близько 560 тисяч осіб — прийняла Польща. Далі йдуть Угорщина (133 000), Молдова "
     "(приблизно 98 тисяч), Словаччина (79 000) та Румунія (57 000). Ще 71 тисяча людей дісталися інших країн "
     "Європи. Майже 4 відсотки переселенців (близько 41 тисячі) опинилися в Росії, а 420 осіб — у Білорусі.\n"
     "За прогнозом ООН, загалом країну можуть залишити до 4 мільйонів людей.",
     "2022-03-04",
     set(),
     id="t2"),
    # an outlet's list of soldiers named after one strike; the list "імовірно" incomplete (no hedge on the figure);
    # a second outlet's list in brackets; ages, a unit and dates are no count
    pytest.param(
     "Видання «Вёрстка» оприлюднило поіменний перелік російських військових, які загинули в ніч на 19 серпня під час "
     "удару ЗСУ по казармі в окупованому Токмаку Запорізької області.\n"
     "Спираючись на некрологи й дописи родичів у соцмережах, журналісти встановили імена 64 загиблих. Редакція "
     "застерігає, що перелік, імовірно, не остаточний. Значною мірою він збігається з підрахунком, який веде "
     "телеграм-канал «Сибирь.Реалии» (там наведено 57 прізвищ).\n"
     "Більшість загиблих — мобілізовані з Новосибірської області. Наймолодшому з них був 21 рік, найстаршому — 52, "
     "уточнює «Вёрстка».\n"
     "За словами рідних, частину чоловіків призвали восени 2022 року, після оголошення мобілізації. Близько трьох "
     "місяців вони навчалися на полігоні, а 9 серпня прибули в Токмак.",
     "2023-09-04",
     {"russia personnel killed 64 exact period other 2023-09-04",
      "russia personnel killed 57 exact period other 2023-09-04"},
     id="t3"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected
