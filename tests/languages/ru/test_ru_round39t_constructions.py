"""Russian constructions of round 39t, read in sentences of their own (written for these tests; in Ukrainian in
tests/languages/uk/test_uk_round39t_constructions.py): the fixes the structure twins of
tests/languages/ru/test_ru_unseen_round39t.py asked for. Each line a text and every claim the spec asks of it, written
as "side category outcome value[-high] qualifier measure[/period_days][@period_start] claimant as_of [hedged]"."""

from __future__ import annotations

import pytest
from claim_lines import described

CASES = [
    # the perfective "проинформировать" is a verb of saying, before or after the figures
    pytest.param("Генштаб ВСУ проинформировал, что за сутки россияне потеряли 1 120 военных.", "2025-05-05",
                 {"russia personnel losses 1120 exact period/1 ua_general_staff 2025-05-05"}, id="informed"),
    pytest.param("За неделю ВСУ потеряли свыше 9 тысяч военных, проинформировало Минобороны России.", "2025-05-05",
                 {"ukraine personnel losses 9000 at_least period/7 ru_mod 2025-05-05"}, id="informed_b"),
    # "не меньше (чем)", "не менее чем" are at least (not "меньше чем", fewer than); "не более чем" is at most
    pytest.param("Россия потеряла не меньше чем 4115 танков, подсчитали в Oryx.", "2025-05-05",
                 {"russia tanks losses 4115 at_least cumulative oryx 2025-05-05"}, id="no_fewer_than"),
    pytest.param("ВСУ потеряли не меньше 300 военных за сутки, сообщили в Минобороны России.", "2025-05-05",
                 {"ukraine personnel losses 300 at_least period/1 ru_mod 2025-05-05"}, id="no_fewer_than_b"),
    pytest.param("ВСУ потеряли не более чем 300 военных за сутки, сообщили в Минобороны России.", "2025-05-05",
                 {"ukraine personnel losses 300 at_most period/1 ru_mod 2025-05-05"}, id="no_more_than"),
    # an attack repelled: the losses told in its sentence or the next are one event's (a period, no length)
    pytest.param("Российские подразделения отбили атаку у села Ивановка; противник потерял свыше 40 военнослужащих и "
                 "танк, сообщили в Минобороны России.", "2025-10-14",
                 {"ukraine personnel losses 40 at_least period ru_mod 2025-10-14",
                  "ukraine tanks losses 1 exact period ru_mod 2025-10-14"}, id="repelled"),
    pytest.param("Контратаку ВСУ удалось отразить. Украинская сторона потеряла до 70 военных и три БМП, заявил "
                 "представитель группировки.", "2025-10-14",
                 {"ukraine personnel losses 70 at_most period ru_mod 2025-10-14",
                  "ukraine armoured_vehicles losses 3 exact period ru_mod 2025-10-14"}, id="repelled_b"),
    # a count, a dash, then its parts each by its own noun: the noun before the dash is counted, no heading of a list
    pytest.param("За сутки средства ПВО сбили семь воздушных целей противника — три самолета, вертолет и три "
                 "беспилотника, сообщили в Генштабе ВСУ.", "2025-10-14",
                 {"russia equipment destroyed 7 exact period/1 ua_general_staff 2025-10-14",
                  "russia aircraft destroyed 3 exact period/1 ua_general_staff 2025-10-14",
                  "russia helicopters destroyed 1 exact period/1 ua_general_staff 2025-10-14",
                  "russia drones destroyed 3 exact period/1 ua_general_staff 2025-10-14"}, id="count_dash_parts"),
    pytest.param("За неделю подразделения уничтожили 12 единиц техники ВСУ — пять танков, четыре БМП и три гаубицы, "
                 "сообщили в Минобороны России.", "2025-10-14",
                 {"ukraine equipment destroyed 12 exact period/7 ru_mod 2025-10-14",
                  "ukraine tanks destroyed 5 exact period/7 ru_mod 2025-10-14",
                  "ukraine armoured_vehicles destroyed 4 exact period/7 ru_mod 2025-10-14",
                  "ukraine artillery destroyed 3 exact period/7 ru_mod 2025-10-14"}, id="count_dash_parts_b"),
    # a source marker opening the next sentence before a clause of its own is no source of the figures before
    pytest.param("Минобороны России опубликовало очередную сводку.\n«За сутки противник потерял до 1 300 "
                 "военнослужащих», — говорится в сводке.\nПо словам украинских депутатов, Зеленский готовит новую "
                 "волну мобилизации.", "2025-10-14",
                 {"ukraine personnel losses 1300 at_most period/1 ru_mod 2025-10-14"}, id="marker_own_clause"),
    # a generic "машина" after a figure counts again the kind the figure before counted; "Такие подсчеты" points back
    pytest.param("Россия потеряла не менее 3 900 танков.\nТакие подсчеты приводит проект Oryx.\nПо его данным, "
                 "2 610 машин уничтожено, 290 – захвачено.", "2025-05-05",
                 {"russia tanks losses 3900 at_least cumulative oryx 2025-05-05",
                  "russia tanks destroyed 2610 exact cumulative oryx 2025-05-05",
                  "russia tanks captured 290 exact cumulative oryx 2025-05-05"}, id="same_kind"),
    pytest.param("За месяц бригада уничтожила 48 боевых бронированных машин ВСУ, сообщили в Минобороны России. Еще "
                 "9 машин повреждены.", "2025-05-05",
                 {"ukraine armoured_vehicles destroyed 48 exact period/30 ru_mod 2025-05-05",
                  "ukraine armoured_vehicles damaged 9 exact period/30 ru_mod 2025-05-05"}, id="same_kind_b"),
    # "его/их потери": the losses of the side the figure before counted (not the side of the war's name after); a
    # war's name holding "военная" counts no soldiers
    pytest.param("«Противник за сутки потерял до 1 200 военнослужащих. В общей сложности его потери за время "
                 "специальной военной операции превысили 1,3 миллиона», — заявил представитель Минобороны России.",
                 "2026-01-15",
                 {"ukraine personnel losses 1200 at_most period/1 ru_mod 2026-01-15",
                  "ukraine personnel losses 1.3e+06 at_least cumulative ru_mod 2026-01-15"}, id="owner_pronoun"),
    pytest.param("«Противник за сутки потерял до 1 200 военнослужащих. Их потери за время СВО превысили 1,3 "
                 "миллиона», — сказал представитель Минобороны России.", "2026-01-15",
                 {"ukraine personnel losses 1200 at_most period/1 ru_mod 2026-01-15",
                  "ukraine personnel losses 1.3e+06 at_least cumulative ru_mod 2026-01-15"}, id="owner_pronoun_b"),
    # "за прошлый/минувший год": the calendar year before publication, as "в прошлом году"
    pytest.param("«За прошлый год противник потерял свыше 480 тысяч человек», — рассказал представитель Минобороны "
                 "России.", "2026-01-15",
                 {"ukraine personnel losses 480000 at_least period@2025-01-01 ru_mod 2025-12-31"}, id="last_year"),
    pytest.param("За минувший год ВСУ лишились 500 танков, сообщили в Минобороны России.", "2026-01-15",
                 {"ukraine tanks losses 500 exact period@2025-01-01 ru_mod 2025-12-31"}, id="last_year_b"),
    # "потери оккупантов превысили ...": losses of people named after the word for losses, no noun after the figure
    pytest.param("Потери оккупантов превысили 1,1 миллиона, сообщил Генштаб ВСУ.", "2026-01-15",
                 {"russia personnel losses 1.1e+06 at_least cumulative ua_general_staff 2026-01-15"},
                 id="losses_of_people"),
    pytest.param("Потери украинских военных превысили 1,1 миллиона, заявили в Минобороны России.", "2026-01-15",
                 {"ukraine personnel losses 1.1e+06 at_least cumulative ru_mod 2026-01-15"}, id="losses_of_people_b"),
    # a participle with what it governs between a count's noun and the noun counted ("число установленных по именам
    # погибших"); a source in quotes closing a headline after a dash
    pytest.param("Число установленных по именам погибших российских военных превысило 130 тысяч, сообщила «Медиазона».",
                 "2026-04-10", {"russia personnel killed 130000 at_least cumulative mediazona 2026-04-10"},
                 id="count_participle"),
    pytest.param("Число погибших российских военных превысило 130 тысяч — «Медиазона»\nТекст без цифр.", "2026-04-10",
                 {"russia personnel killed 130000 at_least cumulative mediazona 2026-04-10"},
                 id="quoted_source_after_dash"),
    # an attack's noun before a comma owns no source after it ("к годовщине вторжения, «Медиазона» оценила")
    pytest.param("Ранее, к годовщине вторжения, «Медиазона» вместе с «Медузой» оценила число погибших российских "
                 "военных в 200 тысяч человек.", "2026-04-10",
                 {"russia personnel killed 200000 exact cumulative mediazona 2026-04-10"}, id="attack_before_comma"),
    # "в период оккупации": an occupation's span, as "во время оккупации" (from the day its start is told, where it is)
    pytest.param("Власти выяснили судьбу почти тысячи жителей области, пропавших без вести в период оккупации, сообщил "
                 "губернатор.", "2025-11-20",
                 {"russia civilians missing 1000 approx period ru_officials 2025-11-20"}, id="occupation_span"),
    pytest.param("Почти тысяча жителей области пропали без вести в период оккупации, сообщил губернатор.\nВторжение "
                 "ВСУ в область началось 12 марта 2025 года.", "2025-11-20",
                 {"russia civilians missing 1000 approx period@2025-03-12 ru_officials 2025-11-20"},
                 id="occupation_span_b"),
    # troops entering a place on a dated day begin the incursion whose occupation a figure names ("вошли в ... 3 апреля
    # 2025 года"); the figure right after, its span carried on, starts then too
    pytest.param("Почти тысяча жителей области пропали без вести во время оккупации, сообщил губернатор. Еще 140 "
                 "человек, по его словам, по-прежнему числятся пропавшими без вести.\nУкраинские подразделения вошли в "
                 "приграничные районы области 3 апреля 2025 года.", "2025-11-20",
                 {"russia civilians missing 1000 approx period@2025-04-03 ru_officials 2025-11-20",
                  "russia civilians missing 140 exact period@2025-04-03 ru_officials 2025-11-20"}, id="entered"),
    # the state after a body's noun that names the source ("в военном ведомстве России") is whose word it is, not
    # whose losses
    pytest.param("Всего с начала СВО сбиты 654 самолета и 283 вертолета, уточнили в оборонном ведомстве России.",
                 "2025-06-10",
                 {"ukraine aircraft destroyed 654 exact cumulative ru_mod 2025-06-10",
                  "ukraine helicopters destroyed 283 exact cumulative ru_mod 2025-06-10"}, id="state_of_the_source"),
    pytest.param("За сутки уничтожены 14 танков, сообщили в военном ведомстве России.", "2025-06-10",
                 {"ukraine tanks destroyed 14 exact period/1 ru_mod 2025-06-10"}, id="state_of_the_source_b"),
    # the imperfective of dying ("гибнут", "погибают"): killed, the speaker's own where no side is named; a range with
    # an end in words ("от шестидесяти до ста")
    pytest.param("Ежедневно погибают 60 военных, признал президент Украины.", "2025-06-10",
                 {"ukraine personnel killed 60 exact rate/1 ua_president 2025-06-10"}, id="imperfective_dying"),
    pytest.param("Каждый день гибнут от шестидесяти до ста военных, признал президент Украины.", "2025-06-10",
                 {"ukraine personnel killed 60-100 range rate/1 ua_president 2025-06-10"}, id="word_range"),
    pytest.param("Ежедневно погибают от пяти до семи тысяч оккупантов, сообщил Генштаб ВСУ.", "2025-06-10",
                 {"russia personnel killed 5000-7000 range rate/1 ua_general_staff 2025-06-10"}, id="word_range_b"),
    # the thousands after a figure's millions are one figure ("1 миллион 450 тысяч"), not after a comma
    pytest.param("Потери ВСУ превысили 1 миллион 450 тысяч военнослужащих, заявил министр обороны России.",
                 "2025-12-30", {"ukraine personnel losses 1.45e+06 at_least cumulative ru_mod 2025-12-30"},
                 id="millions_thousands"),
    pytest.param("С начала СВО ВСУ потеряли около 2 млн 100 тыс. человек, сообщили в Минобороны России.", "2025-12-30",
                 {"ukraine personnel losses 2.1e+06 approx cumulative ru_mod 2025-12-30"}, id="millions_thousands_b"),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_construction(text: str, published: str, expected: set[str]) -> None:
    assert described(text, published) == expected
