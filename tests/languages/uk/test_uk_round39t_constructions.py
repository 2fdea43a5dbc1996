"""Ukrainian constructions of round 39t, read in sentences of their own (written for these tests; in Russian in
tests/languages/ru/test_ru_round39t_constructions.py): the fixes the structure twins of
tests/languages/uk/test_uk_unseen_round39t.py asked for. Each line a text and every claim the spec asks of it, written
as "side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]"."""

from __future__ import annotations

import pytest
from claim_lines import described

CASES = [
    # the perfective "поінформувати" / "проінформувати" is a verb of saying, before or after the figures
    pytest.param("Генштаб ЗСУ поінформував, що минулої доби росіяни втратили 1 120 військових.", "2025-05-05",
                 {"russia personnel losses 1120 exact period/1 ua_general_staff 2025-05-05"}, id="informed"),
    pytest.param("За тиждень окупанти втратили 7 300 солдатів, проінформувало Міністерство оборони України.",
                 "2025-05-05", {"russia personnel losses 7300 exact period/7 ua_mod 2025-05-05"}, id="informed_b"),
    # "не менше ніж" is at least (not "менше ніж", fewer than); "не більше ніж" is at most
    pytest.param("Росія втратила не менше ніж 4115 бойових броньованих машин, підрахували в Oryx.", "2025-05-05",
                 {"russia armoured_vehicles losses 4115 at_least cumulative oryx 2025-05-05"}, id="no_fewer_than"),
    pytest.param("Окупанти втратили не менш ніж 320 танків за місяць, повідомив Генштаб ЗСУ.", "2025-05-05",
                 {"russia tanks losses 320 at_least period/30 ua_general_staff 2025-05-05"}, id="no_fewer_than_b"),
    pytest.param("Ворог за добу втратив не більше ніж 40 військових, сказав речник бригади.", "2025-05-05",
                 {"russia personnel losses 40 at_most period/1 ua_officials 2025-05-05"}, id="no_more_than"),
    # an attack repelled: the losses told in its sentence or the next are one event's (a period, no length)
    pytest.param("Атаку ворога на Покровському напрямку відбито, при цьому окупанти втратили близько 50 військових і "
                 "два танки, повідомив речник бригади.", "2025-10-14",
                 {"russia personnel losses 50 approx period ua_officials 2025-10-14",
                  "russia tanks losses 2 exact period ua_officials 2025-10-14"}, id="repelled"),
    pytest.param("Наші бійці відбили штурм. Противник втратив 35 піхотинців і три бронемашини, повідомили в бригаді.",
                 "2025-10-14",
                 {"russia personnel losses 35 exact period ua_officials 2025-10-14",
                  "russia armoured_vehicles losses 3 exact period ua_officials 2025-10-14"}, id="repelled_b"),
    # a count, a dash, then its parts each by its own noun: the noun before the dash is counted, no heading of a list
    pytest.param("За минулу добу сили ППО знищили сім повітряних цілей ворога — три літаки, вертоліт і три "
                 "безпілотники, повідомив Генштаб ЗСУ.", "2025-10-14",
                 {"russia equipment destroyed 7 exact period/1 ua_general_staff 2025-10-14",
                  "russia aircraft destroyed 3 exact period/1 ua_general_staff 2025-10-14",
                  "russia helicopters destroyed 1 exact period/1 ua_general_staff 2025-10-14",
                  "russia drones destroyed 3 exact period/1 ua_general_staff 2025-10-14"}, id="count_dash_parts"),
    pytest.param("Бригада за тиждень знищила 12 одиниць ворожої техніки — 5 танків, 4 БМП і 3 гармати, повідомив "
                 "речник бригади.", "2025-10-14",
                 {"russia equipment destroyed 12 exact period/7 ua_officials 2025-10-14",
                  "russia tanks destroyed 5 exact period/7 ua_officials 2025-10-14",
                  "russia armoured_vehicles destroyed 4 exact period/7 ua_officials 2025-10-14",
                  "russia artillery destroyed 3 exact period/7 ua_officials 2025-10-14"}, id="count_dash_parts_b"),
    # a source marker opening the next sentence before a clause of its own is no source of the figures before
    pytest.param("Генштаб ЗСУ оприлюднив ранкове зведення.\n«Минулої доби ворог втратив 1 150 військових і 12 танків», "
                 "— йдеться у зведенні.\nВодночас, за інформацією журналістів, Кремль готує нову хвилю мобілізації.",
                 "2025-10-14",
                 {"russia personnel losses 1150 exact period/1 ua_general_staff 2025-10-14",
                  "russia tanks losses 12 exact period/1 ua_general_staff 2025-10-14"}, id="marker_own_clause"),
    pytest.param("Генштаб ЗСУ оприлюднив ранкове зведення.\n«Минулої доби ворог втратив 1 150 військових», — "
                 "наголошується у зведенні.\nЗа словами депутатів, президент підпише закон про демобілізацію.",
                 "2025-10-14", {"russia personnel losses 1150 exact period/1 ua_general_staff 2025-10-14"},
                 id="marker_own_clause_b"),
    # a generic "машина" after a figure counts again the kind the figure before counted; "Такі підрахунки" points back
    pytest.param("Росія втратила щонайменше 3 900 танків.\nТакі підрахунки наводить проєкт Oryx.\nЗгідно з його "
                 "даними, 2 610 машин знищено, 290 – захоплено.", "2025-05-05",
                 {"russia tanks losses 3900 at_least cumulative oryx 2025-05-05",
                  "russia tanks destroyed 2610 exact cumulative oryx 2025-05-05",
                  "russia tanks captured 290 exact cumulative oryx 2025-05-05"}, id="same_kind"),
    pytest.param("За місяць бригада знищила 48 ворожих бойових броньованих машин, повідомив її речник. Ще 9 машин "
                 "пошкоджено.", "2025-05-05",
                 {"russia armoured_vehicles destroyed 48 exact period/30 ua_officials 2025-05-05",
                  "russia armoured_vehicles damaged 9 exact period/30 ua_officials 2025-05-05"}, id="same_kind_b"),
    # "його/їхні втрати": the losses of the side the figure before counted (not the side of the war's name after)
    pytest.param("Міноборони Росії стверджує, що за добу ЗСУ втратили до 1 300 військових. Загалом їхні втрати за час "
                 "СВО, за даними відомства, перевищили 1,4 мільйона.", "2026-01-15",
                 {"ukraine personnel losses 1300 at_most period/1 ru_mod 2026-01-15",
                  "ukraine personnel losses 1.4e+06 at_least cumulative ru_mod 2026-01-15"}, id="owner_pronoun"),
    # a war's name holding "військова" counts no soldiers: the losses before the figure are people's
    pytest.param("Загальні втрати окупантів за час їхньої спеціальної військової операції перевищили 1,1 мільйона, "
                 "повідомив Генштаб ЗСУ.", "2026-01-15",
                 {"russia personnel losses 1.1e+06 at_least cumulative ua_general_staff 2026-01-15"},
                 id="war_name_no_soldiers"),
    # "за минулий рік": the calendar year before publication, as "минулого року"
    pytest.param("За минулий рік ворог втратив понад 430 тисяч військових, повідомив Генштаб ЗСУ.", "2026-01-15",
                 {"russia personnel losses 430000 at_least period@2025-01-01 ua_general_staff 2025-12-31"},
                 id="last_year"),
    pytest.param("Бригада за минулий рік знищила 240 танків окупантів, повідомив її командир.", "2026-02-03",
                 {"russia tanks destroyed 240 exact period@2025-01-01 ua_officials 2025-12-31"}, id="last_year_b"),
    # "втрати окупантів перевищили ...": losses of people named after the word for losses, no noun after the figure
    pytest.param("Загальні втрати окупантів перевищили 1,1 мільйона, повідомив Генштаб ЗСУ.", "2026-01-15",
                 {"russia personnel losses 1.1e+06 at_least cumulative ua_general_staff 2026-01-15"},
                 id="losses_of_people"),
    pytest.param("Втрати цивільних у регіоні перевищили 3 тисячі, повідомили в ОВА.", "2026-01-15",
                 {"ukraine civilians losses 3000 at_least cumulative ua_officials 2026-01-15"},
                 id="losses_of_people_b"),
    # a participle with its adverb between a count's noun and the noun counted ("кількість встановлених поіменно
    # загиблих"); a source in quotes closing a headline after a dash
    pytest.param("Кількість встановлених поіменно загиблих російських військових перевищила 130 тисяч, повідомила "
                 "«Медіазона».", "2026-04-10",
                 {"russia personnel killed 130000 at_least cumulative mediazona 2026-04-10"}, id="count_participle"),
    pytest.param("Кількість загиблих російських військових перевищила 130 тисяч — «Медіазона»\nТекст без цифр.",
                 "2026-04-10", {"russia personnel killed 130000 at_least cumulative mediazona 2026-04-10"},
                 id="quoted_source_after_dash"),
    # an attack's noun before a comma owns no source after it ("після вторгнення, «Медіазона» оцінила")
    pytest.param("Через рік після вторгнення, «Медіазона» разом із «Медузою» оцінила кількість загиблих російських "
                 "військових у 90 тисяч.", "2026-04-10",
                 {"russia personnel killed 90000 exact cumulative mediazona 2026-04-10"}, id="attack_before_comma"),
    # "в період окупації": an occupation's span, as "під час окупації" (from the day its start is told, where it is)
    pytest.param("Влада з'ясувала долю майже тисячі жителів громади, які зникли безвісти в період окупації, повідомив "
                 "голова ОВА.", "2025-11-20",
                 {"ukraine civilians missing 1000 approx period ua_officials 2025-11-20"}, id="occupation_span"),
    pytest.param("Майже тисяча жителів області зникли безвісти в період окупації, повідомив губернатор.\nВторгнення "
                 "ЗСУ в область почалося 12 березня 2025 року.", "2025-11-20",
                 {"russia civilians missing 1000 approx period@2025-03-12 ru_officials 2025-11-20"},
                 id="occupation_span_b"),
    # troops entering a place on a dated day begin the incursion whose occupation a figure names ("зайшли в ... 3
    # квітня 2025 року"); the figure right after, its span carried on, starts then too
    pytest.param("Майже тисяча жителів громади зникли безвісти в період окупації, повідомив голова ОВА. Ще 140 людей, "
                 "за його словами, і далі числяться зниклими безвісти.\nРосійські підрозділи зайшли в прикордонні села "
                 "громади 3 квітня 2025 року.", "2025-11-20",
                 {"ukraine civilians missing 1000 approx period@2025-04-03 ua_officials 2025-11-20",
                  "ukraine civilians missing 140 exact period@2025-04-03 ua_officials 2025-11-20"}, id="entered"),
    # the state after a body's noun that names the source ("в оборонному відомстві України") is whose word it is,
    # not whose losses
    pytest.param("Від початку вторгнення збито 370 літаків, повідомили в оборонному відомстві України.", "2025-06-10",
                 {"russia aircraft destroyed 370 exact cumulative ua_mod 2025-06-10"}, id="state_of_the_source"),
    pytest.param("За добу знищено 12 танків ворога, повідомили у військовому відомстві України.", "2025-06-10",
                 {"russia tanks destroyed 12 exact period/1 ua_mod 2025-06-10"}, id="state_of_the_source_b"),
    # the imperfective of dying ("гинуть", "гине"): killed, the speaker's own where no side is named; a range with an
    # end in words ("від шістдесяти до ста")
    pytest.param("Щодня гинуть 60 військових, визнав президент.", "2025-06-10",
                 {"ukraine personnel killed 60 exact rate/1 ua_president 2025-06-10"}, id="imperfective_dying"),
    pytest.param("Щоденно гине від шістдесяти до ста наших військових, визнав президент.", "2025-06-10",
                 {"ukraine personnel killed 60-100 range rate/1 ua_president 2025-06-10"}, id="word_range"),
    pytest.param("Щодня гинуть від двох до трьох тисяч окупантів, повідомив Генштаб ЗСУ.", "2025-06-10",
                 {"russia personnel killed 2000-3000 range rate/1 ua_general_staff 2025-06-10"}, id="word_range_b"),
    # the thousands after a figure's millions are one figure ("1 млн 190 тисяч"), not after a comma
    pytest.param("Від початку повномасштабного вторгнення армія РФ втратила приблизно 1 млн 190 тисяч військових, "
                 "повідомив Генштаб ЗСУ.", "2025-12-30",
                 {"russia personnel losses 1.19e+06 approx cumulative ua_general_staff 2025-12-30"},
                 id="millions_thousands"),
    pytest.param("Загальні втрати окупантів перевищили 1 мільйон 60 тисяч осіб, повідомив Генштаб ЗСУ.", "2025-12-30",
                 {"russia personnel losses 1.06e+06 at_least cumulative ua_general_staff 2025-12-30"},
                 id="millions_thousands_b"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_construction(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected
