"""Ukrainian whole texts, round 39t: structure twins (written for these tests). Each keeps the constructions of a kind
of passage the extractor was tuned on (how the source is named, how the span and the date are said, the lists, the
hedges and the decoys) in wording, names, numbers, places and dates of its own, with harder rewording: the General
Staff's running totals "станом на" a date with a decimal thousand and an approximate word, the source in the next
sentence with a weekday, a quote on the day with no number, a related-story line with a model name, then a dashed list
in the nominative; the General Staff on a numbered day of the invasion (the day and the units' numbers are no count)
with the air targets of the day and their parts in a dash list with a count of one; a commander-in-chief's year-to-date
toll in the headline, the lead and a quote, his total in millions, a related-story line, then a "Нагадаємо" paragraph
with the day's toll and machines and the General Staff named at its end; the President's daily rates in an interview
(a range "від ... до", "приблизно"; the vague tens and hundreds of the headline are no count); an OSINT project's
armoured vehicles "не менше ніж" with the split by outcome in passive forms, the context's years and the General
Staff's total "станом на" a date. Each case lists every claim the spec asks of the text, written as "side category
outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]", before the extractor was
run.
"""

from __future__ import annotations

import pytest
from claim_lines import described

TEXTS = [
    # the General Staff's running totals on a stated day, the source named in the next sentence with a weekday, a quote
    # on the day with no number, a related-story line with a model name, then a dashed list in the nominative
    pytest.param(
     "Станом на 2 червня сумарні втрати російських загарбників в Україні сягають орієнтовно 30,7 тис. осіб.\n"
     "Дані уточнюються, – йдеться в ранковому зведенні Генштабу ЗСУ, оприлюдненому в четвер.\n"
     "«Найвідчутніших втрат ворог зазнав минулої доби на Лиманському напрямку. Точний підрахунок ускладнюють "
     "запеклі бої», – зазначили у штабі.\n"
     "ЧИТАЙТЕ ТАКОЖ: Окупанти перекидають на фронт застарілі БМП-1 зі складів\n"
     "Крім того, від початку активної фази бойових дій противник позбувся такої техніки:\n"
     "- танки – 1358;\n"
     "- бойові броньовані машини – 3302;\n"
     "- артилерійські системи – 650;\n"
     "- РСЗВ – 207;\n"
     "- засоби ППО – 94;\n"
     "- літаки – 210;\n"
     "- гелікоптери – 175;\n"
     "- автомобільна техніка – 2297;\n"
     "- кораблі/катери – 14;\n"
     "- БПЛА оперативно-тактичного рівня – 532;\n"
     "- спеціальна техніка – 48.\n"
     "Аналітики вважають, що Москва дедалі частіше кидає в бій погано підготовлені резерви, а Київ чекає на нові "
     "поставки західної зброї.",
     "2022-06-02",
     {"russia personnel losses 30700 approx cumulative ua_general_staff 2022-06-02",
      "russia tanks losses 1358 exact cumulative ua_general_staff 2022-06-02",
      "russia armoured_vehicles losses 3302 exact cumulative ua_general_staff 2022-06-02",
      "russia artillery losses 650 exact cumulative ua_general_staff 2022-06-02",
      "russia mlrs losses 207 exact cumulative ua_general_staff 2022-06-02",
      "russia air_defence losses 94 exact cumulative ua_general_staff 2022-06-02",
      "russia aircraft losses 210 exact cumulative ua_general_staff 2022-06-02",
      "russia helicopters losses 175 exact cumulative ua_general_staff 2022-06-02",
      "russia vehicles losses 2297 exact cumulative ua_general_staff 2022-06-02",
      "russia ships losses 14 exact cumulative ua_general_staff 2022-06-02",
      "russia drones losses 532 exact cumulative ua_general_staff 2022-06-02",
      "russia special_equipment losses 48 exact cumulative ua_general_staff 2022-06-02"},
     id="t0"),
    # the General Staff on a numbered day of the invasion (the day and the units' numbers are no count), the air targets
    # of the day in a quote with their parts after a dash and a count of one; the reservists called up are no count
    pytest.param(
     "Уранці 31-го дня повномасштабної війни Генштаб ЗСУ поінформував, що Сили оборони й надалі стримують "
     "наступ ворожих угруповань на Київському та Чернігівському напрямках.\n"
     "«Минулої доби підрозділи 150-ї мотострілецької та 4-ї танкової дивізій противника зазнали відчутних втрат, "
     "їхні масштаби з'ясовуються. Протягом доби зенітні ракетні підрозділи та винищувальна авіація знищили дев'ять "
     "повітряних цілей загарбників — чотири літаки, гелікоптер, два безпілотники та дві крилаті ракети», — "
     "наголошується у зведенні.\n"
     "Водночас, за інформацією українських військових, Кремль готує приховану мобілізацію та залучає до війни "
     "резервістів і найманців з-за кордону.",
     "2022-03-26",
     {"russia equipment destroyed 9 exact period/1 ua_general_staff 2022-03-26",
      "russia aircraft destroyed 4 exact period/1 ua_general_staff 2022-03-26",
      "russia helicopters destroyed 1 exact period/1 ua_general_staff 2022-03-26",
      "russia drones destroyed 2 exact period/1 ua_general_staff 2022-03-26",
      "russia missiles destroyed 2 exact period/1 ua_general_staff 2022-03-26"},
     id="t1"),
    # a commander-in-chief's year-to-date toll in the headline, the lead and a quote (one claim), his total since the
    # invasion in millions with a decimal comma, a related-story line, then the day's toll and machines recalled with
    # the General Staff named at the paragraph's end
    pytest.param(
     "Із січня 2025 року російська армія втратила вбитими та пораненими понад 403 тисячі військових — головком\n"
     "Сумарні втрати окупантів, залучених до наступальних дій, з початку 2025 року перевищили 403 тисячі осіб. Про "
     "це у своєму Telegram-каналі написав головнокомандувач Збройних сил України Андрій Мельничук.\n"
     "«Ворог платить за кожен метр нашої землі. З 1 січня загарбники втратили вбитими і пораненими вже понад 403 "
     "тисячі», — наголосив генерал.\n"
     "Як зазначив головнокомандувач, від початку повномасштабного вторгнення армія РФ втратила приблизно 1,19 млн "
     "військових.\n"
     "Читайте також: Підсумки 2025 року: п'ять головних операцій Сил оборони\n"
     "Нагадаємо, лише за останню добу ворожа армія недорахувалася 1 240 військових. Українські захисники також "
     "знищили вісім танків, 23 бойові броньовані машини та 71 одиницю автомобільної техніки, повідомив сьогодні, "
     "30 грудня, Генштаб ЗСУ.",
     "2025-12-30",
     {"russia personnel losses 403000 at_least period@2025-01-01 ua_officials 2025-12-30",
      "russia personnel losses 1.19e+06 approx cumulative ua_officials 2025-12-30",
      # (a "Нагадаємо" recap whose source closes the next sentence: the gold takes no source or the General Staff)
      "russia personnel losses 1240 exact period/1 None 2025-12-30",
      "russia tanks destroyed 8 exact period/1 ua_general_staff 2025-12-30",
      "russia armoured_vehicles destroyed 23 exact period/1 ua_general_staff 2025-12-30",
      "russia vehicles destroyed 71 exact period/1 ua_general_staff 2025-12-30"},
     id="t2"),
    # the President's daily rates in an interview: a range "від ... до" and "приблизно", the source after the quote; the
    # headline's and the lead's tens and hundreds are vague, the total withheld has no number
    pytest.param(
     "Щодня на фронті гинуть десятки українських воїнів, ще кілька сотень дістають поранення — президент\n"
     "В інтерв'ю американському телеканалу CBS президент України визнав, що щодня на фронті гинуть десятки "
     "українських воїнів, а поранення дістають кілька сотень.\n"
     "За словами глави держави, найважче зараз на Луганщині та під Харковом.\n"
     "\"Щоденно ми втрачаємо загиблими від 50 до 80 наших солдатів, а ще приблизно 400 отримують поранення. Але ми "
     "тримаємо оборону\", — сказав президент.\n"
     "Точну загальну кількість загиблих захисників у Києві не оприлюднюють.\n"
     "Нагадаємо, Зведення Генштабу: ворог намагається прорватися до Слов'янська.",
     "2022-06-10",
     {"ukraine personnel killed 50-80 range rate/1 ua_president 2022-06-10",
      "ukraine personnel wounded 400 approx rate/1 ua_president 2022-06-10"},
     id="t3"),
    # an OSINT project's armoured vehicles "не менше ніж", the source in the next sentence, the split by outcome in
    # passive forms with dashes, a caveat that is no hedge, the context's years, and the General Staff's total
    pytest.param(
     "Росія втратила в Україні не менше ніж 4115 бойових броньованих машин.\n"
     "Такі підрахунки наводить аналітичний проєкт Oryx, який документує втрати сторін за фото- та відеодоказами.\n"
     "Згідно з його даними, 2870 ворожих машин знищено, 141 – пошкоджено, 205 – покинуто екіпажами, а ще 899 – "
     "захоплено українськими військовими.\n"
     "Аналітики наголошують, що враховують лише ту техніку, втрату якої підтверджено візуально.\n"
     "«Реальні втрати, найімовірніше, суттєво більші», – додають у проєкті.\n"
     "Довідка:\n"
     "Збройна агресія РФ проти України триває з 2014 року. Повномасштабне вторгнення Росія розпочала 24 лютого "
     "2022 року.\n"
     "Генштаб ЗСУ станом на 12 липня повідомляв про 7690 знищених ворожих ББМ.",
     "2023-07-12",
     {"russia armoured_vehicles losses 4115 at_least cumulative oryx 2023-07-12",
      "russia armoured_vehicles destroyed 2870 exact cumulative oryx 2023-07-12",
      "russia armoured_vehicles damaged 141 exact cumulative oryx 2023-07-12",
      "russia armoured_vehicles abandoned 205 exact cumulative oryx 2023-07-12",
      "russia armoured_vehicles captured 899 exact cumulative oryx 2023-07-12",
      "russia armoured_vehicles destroyed 7690 exact cumulative ua_general_staff 2023-07-12"},
     id="t4"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXTS)
def test_whole_text(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected
