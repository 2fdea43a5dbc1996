"""Ukrainian text in styles the shared sets hold few of (written for these tests): governors' and ОВА strike
tolls, the Air Force's "збито / локаційно втрачено", Telegram posts with emoji and bullets, Russian claims
retold by Ukrainian outlets, numbers in words in every case, "півтори тисячі", ranges, "понад / щонайменше".

Each case lists every claim the spec asks of the text, written as
"side category outcome value[-high] qualifier measure[/period_days] claimant".
"""

from __future__ import annotations

from functools import partial

import pytest
from claim_lines import described_undated

from lossledger.extract import extract_claims

described = partial(described_undated, published="2024-03-12")


SENTENCES = [
    # an ОВА strike toll: collective numerals, a breakdown of the wounded
    ("Голова Харківської ОВА Олег Синєгубов повідомив, що внаслідок ракетного удару по Харкову загинули четверо "
     "людей, ще 27 отримали поранення, серед них п'ятеро дітей.",
     {"ukraine civilians killed 4 exact period ua_officials", "ukraine civilians wounded 27 exact period ua_officials",
      "ukraine civilians wounded 5 exact period ua_officials"}),
    ("Унаслідок обстрілу Херсона щонайменше п'ятеро людей загинули, ще понад сто дістали поранень, повідомила "
     "Херсонська ОВА.",
     {"ukraine civilians killed 5 at_least period ua_officials",
      "ukraine civilians wounded 100 at_least period ua_officials"}),
    ("Внаслідок атаки на Дніпро загинули дві людини, ще одинадцятеро поранені, серед них троє дітей.",
     {"ukraine civilians killed 2 exact period None", "ukraine civilians wounded 11 exact period None",
      "ukraine civilians wounded 3 exact period None"}),
    ("Кількість загиблих унаслідок удару по Києву зросла до 24, серед них четверо дітей.",
     {"ukraine civilians killed 24 exact period None", "ukraine civilians killed 4 exact period None"}),
    ("У Бєлгородській області через атаку ЗСУ загинули троє мирних жителів, заявив губернатор Вячеслав Гладков.",
     {"russia civilians killed 3 exact period ru_officials"}),
    # the Air Force: launched is not lost; shot down, lost from radar
    ("У ніч на 12 березня ворог атакував Україну 94 ударними БпЛА та трьома балістичними ракетами. Станом на 09:00 "
     "збито 71 ворожий дрон, ще 18 — локаційно втрачено, повідомили Повітряні сили.",
     {"russia drones destroyed 71 exact period ua_officials", "russia drones losses 18 exact period ua_officials"}),
    ("Сили ППО знищили 12 крилатих ракет Х-101 та 20 «шахедів», повідомив командувач Повітряних сил Микола Олещук.",
     {"russia missiles destroyed 12 exact period ua_officials",
      "russia drones destroyed 20 exact period ua_officials"}),
    ("Протягом доби сили ППО знешкодили 62 із 70 ворожих дронів.",
     {"russia drones destroyed 62 exact period/1 None"}),
    # the General Staff in prose; "півтори тисячі" in several cases
    ("За минулу добу російська армія втратила півтори тисячі військових, повідомив Генштаб ЗСУ.",
     {"russia personnel losses 1500 exact period/1 ua_general_staff"}),
    ("Генштаб ЗСУ повідомив про знищення півтори тисячі окупантів за добу.",
     {"russia personnel killed 1500 exact period/1 ua_general_staff"}),
    ("За добу росіяни втратили понад півтори тисячі військових, повідомили в Генштабі.",
     {"russia personnel losses 1500 at_least period/1 ua_general_staff"}),
    # numbers in words: compounds, feminine and accusative forms, thousands before hundreds
    ("За словами речника Сил оборони півдня, за добу окупанти втратили двісті сорок сім військових і чотирнадцять "
     "одиниць техніки.",
     {"russia personnel losses 247 exact period/1 ua_officials",
      "russia equipment losses 14 exact period/1 ua_officials"}),
    ("Ворог втратив сорок два танки та сто двадцять одну бойову броньовану машину.",
     {"russia tanks losses 42 exact cumulative None", "russia armoured_vehicles losses 121 exact cumulative None"}),
    ("Окупанти втратили тисячу двісті військових убитими.",
     {"russia personnel killed 1200 exact cumulative None"}),
    ("Російські війська втратили за день 1,2 тис. солдатів та 30 одиниць техніки.",
     {"russia personnel losses 1200 exact period/1 None", "russia equipment losses 30 exact period/1 None"}),
    # ranges: a dash, "від ... до ..."
    ("Зеленський заявив, що щодня росія втрачає 800–900 осіб убитими та пораненими.",
     {"russia personnel losses 800-900 range rate/1 ua_president"}),
    ("За тиждень ворог втратив від 8 до 9 тисяч військових, повідомив речник.",
     {"russia personnel losses 8000-9000 range period/7 ua_officials"}),
    # Russian claims retold: the other side's losses, its ministry the source
    ("Міноборони рф заявило, що за тиждень ЗСУ нібито втратили понад 2 тисячі військових.",
     {"ukraine personnel losses 2000 at_least period/7 ru_mod"}),
    ("За даними росЗМІ, Міноборони рф заявило про знищення 12 українських танків Leopard за тиждень.",
     {"ukraine tanks destroyed 12 exact period/7 ru_mod"}),
    ("У Міноборони рф стверджують, що з початку року українська армія втратила понад 35 тисяч військовослужбовців.",
     {"ukraine personnel losses 35000 at_least period ru_mod"}),
    # spans: since a date, an assault, since the invasion
    ("За даними ГУР, у Курській області з 6 серпня ліквідовано понад 15 тисяч російських військових.",
     {"russia personnel killed 15000 at_least period ua_mod"}),
    ("Під час штурму окупанти втратили близько трьохсот військових убитими та пораненими, а також шість танків, "
     "розповів командир бригади.",
     {"russia personnel losses 300 approx period ua_officials", "russia tanks losses 6 exact period ua_officials"}),
    ("Від початку повномасштабного вторгнення загинули щонайменше 10 582 цивільних, з них 587 дітей, повідомили в ООН.",
     {"ukraine civilians killed 10582 at_least cumulative un", "ukraine civilians killed 587 exact cumulative un"}),
    ("Станом на 1 березня 2024 року Україна втратила 31 тисячу військових, заявив Зеленський.",
     {"ukraine personnel losses 31000 exact cumulative ua_president"}),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[f"s{i:02d}" for i in range(len(SENTENCES))])
def test_sentence(text: str, expected: set[str]) -> None:
    assert described(text) == expected


TEXTS = [
    # an ОВА post: the city's cars beside its homes are not an army's
    ("Вночі росіяни атакували Запоріжжя: загинули двоє людей\n\n"
     "У ніч на 5 березня російські війська завдали ракетного удару по Запоріжжю. Про це повідомив начальник "
     "Запорізької ОВА Іван Федоров.\n\n"
     "За його словами, загинули двоє людей, ще дев'ятеро дістали поранень.\n\n"
     "Пошкоджено 12 багатоповерхівок та 20 автомобілів.",
     {"ukraine civilians killed 2 exact period/1 ua_officials",
      "ukraine civilians wounded 9 exact period/1 ua_officials"}),
    # the Air Force's night: the attack named in the paragraph before the downs
    ("Повітряні сили: у ніч на 12 березня ППО знешкодила 38 із 45 «шахедів»\n\n"
     "У ніч на 12 березня (з 19:00 11 березня) противник атакував 45 ударними БпЛА типу Shahed та двома ракетами "
     "Х-59.\n\n"
     "Внаслідок протиповітряного бою збито 38 ударних БпЛА. Ще сім ворожих дронів локаційно втрачені, ймовірно, "
     "внаслідок активної протидії РЕБ.",
     {"russia drones destroyed 38 exact period ua_officials", "russia drones losses 7 exact period ua_officials"}),
    # a Telegram post of the General Staff's figures: emoji bullets, a headline that restates the day's increase
    ("⚡️ Генштаб: втрати ворога за добу — 1 140 осіб\n\n"
     "▪️ особового складу — близько 425 620 (+1 140) осіб\n"
     "▪️ танків — 6 725 (+12) од.\n"
     "▪️ літаків — 347 од.\n"
     "▪️ крилатих ракет — 1 980 (+3) од.\n\n"
     "Дані уточнюються.",
     {"russia personnel losses 1140 exact period/1 ua_general_staff",
      "russia personnel losses 425620 approx cumulative ua_general_staff",
      "russia tanks losses 6725 exact cumulative ua_general_staff",
      "russia tanks losses 12 exact period/1 ua_general_staff",
      "russia aircraft losses 347 exact cumulative ua_general_staff",
      "russia missiles losses 1980 exact cumulative ua_general_staff",
      "russia missiles losses 3 exact period/1 ua_general_staff"}),
    ("🔥 Втрати ворога станом на 12.03.2024:\n"
     "👉 особовий склад — 425 620 (+990)\n"
     "👉 танки — 6 725 (+8)",
     {"russia personnel losses 425620 exact cumulative ua_general_staff",
      "russia personnel losses 990 exact period/1 ua_general_staff",
      "russia tanks losses 6725 exact cumulative ua_general_staff",
      "russia tanks losses 8 exact period/1 ua_general_staff"}),
    # an ОВА Telegram post signed at its end
    ("‼️ Обстріл Нікополя\n"
     "Росіяни вдарили по місту з артилерії та дронів. Загинули 2 людини, 6 — поранені.\n"
     "Інформацію уточнюємо.\n"
     "Сергій Лисак, начальник Дніпропетровської ОВА",
     {"ukraine civilians killed 2 exact period ua_officials", "ukraine civilians wounded 6 exact period ua_officials"}),
    # a bulleted breakdown under a line with no colon
    ("Сили ППО збили 57 дронів\n"
     "• на Харківщині — 20\n"
     "• на Сумщині — 25\n"
     "• на Київщині — 12",
     {"russia drones destroyed 57 exact period None", "russia drones destroyed 20 exact period None",
      "russia drones destroyed 25 exact period None", "russia drones destroyed 12 exact period None"}),
    # a Russian claim retold, with the span and the date of the night carried to "Крім того"
    ("Повітряні сили: у ніч на 7 лютого збито 46 «шахедів», ще 20 — локаційно втрачено. Крім того, знищено три "
     "ракети Х-59.",
     {"russia drones destroyed 46 exact period ua_officials", "russia drones losses 20 exact period ua_officials",
      "russia missiles destroyed 3 exact period ua_officials"}),
]


@pytest.mark.parametrize(("text", "expected"), TEXTS, ids=[f"t{i}" for i in range(len(TEXTS))])
def test_whole_text(text: str, expected: set[str]) -> None:
    assert described(text) == expected


def test_the_night_dates_the_figures_of_its_paragraph() -> None:
    found = extract_claims("Повітряні сили: у ніч на 7 лютого збито 46 «шахедів». Крім того, знищено три ракети Х-59.",
                           published="2024-03-12")
    assert {str(c.as_of) for c in found} == {"2024-02-07"}


def test_a_source_that_withholds_comment_takes_no_figures() -> None:
    text = ("За даними української розвідки, за добу росіяни втратили 990 військових.\n"
            "У Міноборони рф ці дані не коментують.")
    assert described(text) == {"russia personnel losses 990 exact period/1 ua_mod"}


def test_running_totals_in_prose_keep_their_date_and_their_increase() -> None:
    text = ("Загальні бойові втрати противника з 24.02.22 по 15.03.24 орієнтовно склали близько 430 000 (+1 020) "
            "осіб. Крім того, ЗСУ знищили 6 791 (+11) танк та 10 391 (+14) артилерійську систему.")
    found = {(c.category, c.value): c for c in extract_claims(text, published="2024-03-16")}
    assert {str(c.as_of) for c in found.values()} == {"2024-03-15"}
    assert found[("tanks", 6791)].measure == "cumulative" and found[("artillery", 10391)].measure == "cumulative"
    assert found[("tanks", 11)].measure == "period" and found[("tanks", 11)].period_days == 1


@pytest.mark.parametrize("text", [
    "Середньодобові втрати російських військ у лютому становили 983 особи, повідомила британська розвідка.",
    "Щоденні втрати рф у лютому становили в середньому 983 особи, повідомила британська розвідка.",
])
def test_a_daily_average_is_a_rate(text: str) -> None:
    assert described(text) == {"russia personnel losses 983 exact rate/1 uk_mod"}


NOT_LOSSES = [
    "Україна повернула додому 207 військових. Загалом із російського полону вдалося звільнити 3 210 українців.",
    "Уряд виділив 1,5 млрд гривень на відновлення 300 зруйнованих будинків.",
    "Росія випустила по Україні понад 3 тисячі ракет і 4 тисячі «шахедів» з початку року.",
    "За минулий тиждень російські війська скинули на Україну понад 800 керованих авіабомб.",
    "Українські військові відбили 45 атак ворога на Покровському напрямку.",
    "Внаслідок обстрілу загинули 54-річний чоловік і 47-річна жінка.",
]


@pytest.mark.parametrize("text", NOT_LOSSES, ids=[f"n{i}" for i in range(len(NOT_LOSSES))])
def test_not_losses(text: str) -> None:
    assert described(text) == set()


def test_a_days_round_up_of_strikes_goes_on_across_regions() -> None:
    text = ("Протягом минулої доби на Херсонщині внаслідок обстрілів загинули троє людей.\n\n"
            "На Харківщині, за даними ОВА, через російські удари постраждали п'ятеро людей.")
    found = {c.value: c for c in extract_claims(text, published="2024-03-12")}
    assert found[3].period_days == 1 and found[5].measure == "period" and found[5].period_days == 1


@pytest.mark.parametrize(("text", "side"), [
    ("Загалом з початку повномасштабного вторгнення росія втратила близько 598 тисяч осіб.", "russia"),
    ("Від початку вторгнення Україна втратила 31 тисячу військових, заявив Зеленський.", "ukraine"),
])
def test_the_subject_after_invasion_is_who_lost(text: str, side: str) -> None:
    assert {c.side for c in extract_claims(text, published="2024-03-12")} == {side}


@pytest.mark.parametrize(("text", "side"), [
    ("Загинули 3 військовослужбовці ЗСУ, ще 7 отримали поранення внаслідок удару по полігону, повідомили в "
     "Сухопутних військах.", "ukraine"),
    ("Минулої доби 300 окупантів ЗСУ знищили на Покровському напрямку.", "russia"),
])
def test_the_army_named_after_the_noun_owns_the_loss_unless_it_does_it(text: str, side: str) -> None:
    assert {c.side for c in extract_claims(text, published="2024-03-12")} == {side}


@pytest.mark.parametrize("text", [
    "Сили оборони знищили ще 1 300 окупантів — Генштаб",
    "Росія втратила ще 1 300 військових — Генштаб ЗСУ.",
])
def test_a_source_after_a_closing_dash(text: str) -> None:
    assert [c.claimant for c in extract_claims(text, published="2024-03-12")] == ["ua_general_staff"]


@pytest.mark.parametrize(("text", "side"), [
    ("На Донеччині загинули 5 наших захисників, ще 12 отримали поранення.", "ukraine"),
    ("Захисники знищили 300 окупантів і два гелікоптери.", "russia"),
])
def test_defenders_are_ukraines_unless_they_do_it(text: str, side: str) -> None:
    assert {c.side for c in extract_claims(text, published="2024-03-12")} == {side}


def test_losses_with_no_noun_are_people_and_their_breakdown_follows() -> None:
    text = "Сирський: з початку року втрати ворога склали понад 150 тисяч, з них близько 60 тисяч — безповоротні."
    assert described(text) == {"russia personnel losses 150000 at_least period ua_officials",
                               "russia personnel killed 60000 approx period ua_officials"}


def test_a_count_of_names_with_its_subsets() -> None:
    text = ("«Медіазона» та Російська служба Бі-бі-сі встановили імена 75 329 російських військових, загиблих в "
            "Україні. Серед них — понад 12 тисяч мобілізованих і близько 14 тисяч колишніх в'язнів.")
    assert described(text) == {"russia personnel killed 75329 exact cumulative mediazona",
                               "russia personnel killed 12000 at_least cumulative mediazona",
                               "russia personnel killed 14000 approx cumulative mediazona"}


def test_a_commanders_account() -> None:
    text = "Командир батальйону розповів, що лише за одну ніч його підрозділ знищив 40 російських штурмовиків."
    assert described(text) == {"russia personnel killed 40 exact period ua_officials"}


def test_a_total_count_is_cumulative() -> None:
    found = extract_claims("За оцінкою Медіазони, загальна кількість загиблих може сягати 120 тисяч.",
                           published="2024-03-12")
    assert [(c.measure, c.claimant, c.hedged) for c in found] == [("cumulative", "mediazona", True)]


@pytest.mark.parametrize(("words", "value"), [
    ("двох", 2), ("п'яти", 5), ("дев'яноста", 90), ("двохсот", 200), ("шестисот", 600), ("тисячі", 1000),
    ("трьох тисяч п'ятисот", 3500), ("ста двадцяти", 120), ("двадцяти п'яти тисяч", 25000), ("півтори сотні", 150),
])
def test_number_words_in_the_genitive(words: str, value: int) -> None:
    found = extract_claims(f"За добу ворог втратив близько {words} військових.", published="2024-03-12")
    assert [(c.value, c.qualifier) for c in found] == [(value, "approx")]


def test_the_wounded_who_died_are_killed_and_killed_and_wounded_together_are_losses() -> None:
    assert [c.outcome for c in extract_claims("Ще двоє поранених померли в лікарні.", published="2024-03-12")] \
        == ["killed"]
    assert [c.outcome for c in extract_claims("Окупанти втратили 300 військових убитими та пораненими.",
                                              published="2024-03-12")] == ["losses"]


@pytest.mark.parametrize("text", ["Семеро людей ушпиталено.", "Травмовано 7 працівників підприємства."])
def test_hospitalised_and_injured_workers(text: str) -> None:
    assert [(c.value, c.outcome) for c in extract_claims(text, published="2024-03-12")] == [(7, "wounded")]


@pytest.mark.parametrize("text", [
    "До кінця року втрати росії можуть сягнути 500 тисяч військових, прогнозують у британській розвідці.",
    "Якщо темпи збережуться, росія втратить ще 500 тисяч військових до літа.",
])
def test_a_foreseen_figure_is_a_projection_with_no_date(text: str) -> None:
    found = extract_claims(text, published="2024-03-12")
    assert [(c.value, c.measure, c.as_of, c.hedged) for c in found] == [(500000, "projection", None, True)]


def test_the_army_that_lost_is_not_the_source() -> None:
    text = "Нібито ЗСУ втратили 2 тисячі військових, стверджує російська пропаганда."
    assert described(text) == {"ukraine personnel losses 2000 exact cumulative other"}


def test_rescuers_are_officials() -> None:
    text = "Ймовірно, загинули щонайменше 10 людей, повідомили рятувальники."
    assert [(c.claimant, c.hedged) for c in extract_claims(text, published="2024-03-12")] == [("ua_officials", True)]


def test_launchers_of_an_air_defence_system() -> None:
    text = "Знищено 2 пускові установки ЗРК С-300, ще 3 склади боєприпасів уражено."
    assert described(text) == {"russia air_defence destroyed 2 exact period None"}


@pytest.mark.parametrize("text", [
    "Втрати ворога за добу: +1 140 окупантів, +12 танків",
    "❗️Мінус 1 140 окупантів і 12 танків за добу — Генштаб",
])
def test_telegram_headlines_plus_and_minus(text: str) -> None:
    found = {(c.category, c.value, c.outcome, c.measure, c.period_days)
             for c in extract_claims(text, published="2024-03-12")}
    assert found == {("personnel", 1140, "losses", "period", 1), ("tanks", 12, "losses", "period", 1)}


def test_keycap_emoji_number_a_list_and_are_not_figures() -> None:
    text = "Втрати ворога:\n1️⃣ особовий склад — 425 620 (+990)\n2️⃣ танки — 6 725 (+8)"
    assert {c.value for c in extract_claims(text, published="2024-03-12")} == {425620, 990, 6725, 8}


@pytest.mark.parametrize(("text", "measure", "days"), [
    ("За два тижні ворог втратив понад 9 тисяч військових.", "period", 14),
    ("За останні три дні росіяни втратили 3 200 військових.", "period", 3),
    ("За 10 днів наступу окупанти втратили 4 тисячі військових.", "period", 10),
    ("За два роки повномасштабної війни загинула 31 тисяча українських військових.", "cumulative", None),
])
def test_spans_counted_in_days_weeks_and_years(text: str, measure: str, days: int | None) -> None:
    assert [(c.measure, c.period_days) for c in extract_claims(text, published="2024-03-12")] == [(measure, days)]


def test_people_a_side_lost_are_soldiers() -> None:
    assert described("За добу росія втратила понад 1 200 осіб.") == {
        "russia personnel losses 1200 at_least period/1 None"}


def test_the_attacker_is_not_the_source_and_occupation_authorities_are_russian_officials() -> None:
    text = "Внаслідок удару ЗСУ по Донецьку загинули 4 людини, заявили окупаційні «власті»."
    assert described(text) == {"russia civilians killed 4 exact period ru_officials"}
