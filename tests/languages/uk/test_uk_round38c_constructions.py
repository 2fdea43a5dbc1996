"""The fixes of round 38c read in Ukrainian wordings of their own (each line a text, published 2026-12-07): a short
passage of speech in guillemets is no name; a strike's weekday, named the sentence before, dates the losses
"внаслідок удару", and a night's or a day's span ("за ніч") with no date of its own after it; a count of the dead by
name ("поіменно встановила") is the counter's; the bodies whose reports the newsroom's own count read are its basis,
not its source; people "знешкоджено" are killed; a part of the dead ("Серед загиблих") larger than the figure before
it is a part of a larger whole."""

from __future__ import annotations

import pytest
from claim_lines import described

CASES = [
    # a short passage of speech, opened by a colon or followed by ", —", is speech, not a name in guillemets
    pytest.param("«Загинули двоє мирних жителів», — повідомив голова ОВА.",
                 {"ukraine civilians killed 2 exact period ua_officials 2026-12-07"}, id="speech"),
    pytest.param("Очільник громади заявив: «Загинули п'ятеро цивільних».",
                 {"ukraine civilians killed 5 exact period ua_officials 2026-12-07"}, id="speech_b"),
    # (a name in guillemets is still a name)
    pytest.param("Служив у бригаді «Три сотні». Загинули 5 цивільних, повідомила ОВА.",
                 {"ukraine civilians killed 5 exact period ua_officials 2026-12-07"}, id="speech_name"),
    # the strike's weekday the sentence before names dates the losses of "внаслідок удару"
    pytest.param("У неділю дрони атакували Суми. Внаслідок удару загинули двоє мирних жителів, повідомила ОВА.",
                 {"ukraine civilians killed 2 exact period/1 ua_officials 2026-12-06"}, id="weekday"),
    pytest.param("Пізно ввечері в суботу ракета влучила в Ізюм. Внаслідок атаки поранено 7 цивільних, повідомила ОВА.",
                 {"ukraine civilians wounded 7 exact period/1 ua_officials 2026-12-05"}, id="weekday_b"),
    # a night's or a day's span with no date of its own after the day of the attack the paragraph names: that night
    pytest.param("У неділю дрони атакували Суми. За ніч над областю збито 11 безпілотників, повідомила ОВА.",
                 {"russia drones destroyed 11 exact period/1 ua_officials 2026-12-06"}, id="night"),
    pytest.param("Рано вранці в суботу ракети влучили в Чернігів. Внаслідок удару поранено четверо цивільних. "
                 "Загалом за добу над областю збито 14 безпілотників, повідомила ОВА.",
                 {"ukraine civilians wounded 4 exact period/1 ua_officials 2026-12-05",
                  "russia drones destroyed 14 exact period/1 ua_officials 2026-12-05"}, id="night_b"),
    # people "знешкоджено" are killed, as "нейтралізовано" (drones still destroyed)
    pytest.param("Як повідомляє пресслужба Генштабу, протягом доби Сили оборони знешкодили 980 окупантів.",
                 {"russia personnel killed 980 exact period/1 ua_general_staff 2026-12-07"}, id="neutralised"),
    pytest.param("За тиждень на Куп'янському напрямку знешкоджено 640 російських військових, — зазначив речник "
                 "угруповання.", {"russia personnel killed 640 exact period/7 ua_officials 2026-12-07"},
                 id="neutralised_b"),
    # a count of the dead by name is the counter's
    pytest.param("Видання «Медіазона» поіменно встановило 162 340 загиблих російських військових.",
                 {"russia personnel killed 162340 exact cumulative mediazona 2026-12-07"}, id="by_name"),
    pytest.param("Журналісти «Медіазони» спільно з Бі-бі-сі поіменно підтвердили загибель 95 тисяч російських "
                 "військових.", {"russia personnel killed 95000 exact cumulative mediazona 2026-12-07"},
                 id="by_name_b"),
    # a part of the dead opening its sentence, larger than the span's figure before it, is a part of the whole before
    # that (and a smaller one still a part of the span's)
    pytest.param("«Медіазона» поіменно встановила 150 200 загиблих російських військових. Від початку місяця до "
                 "списку додали 2 100 загиблих. Серед загиблих — понад 6 тисяч офіцерів.",
                 {"russia personnel killed 150200 exact cumulative mediazona 2026-12-07",
                  "russia personnel killed 2100 exact period@2026-12-01 mediazona 2026-12-07",
                  "russia personnel killed 6000 at_least cumulative mediazona 2026-12-07"}, id="among"),
    pytest.param("Від початку тижня загинули 40 мирних жителів, повідомила ОВА. Серед загиблих — 7 дітей.",
                 {"ukraine civilians killed 40 exact period@2026-12-07 ua_officials 2026-12-07",
                  "ukraine civilians killed 7 exact period@2026-12-07 ua_officials 2026-12-07"}, id="among_b"),
    # the newsroom's own count, the council's reports it read are its basis
    pytest.param("Від початку осені загинули 9 захисників громади — такий підрахунок зробила наша редакція за "
                 "повідомленнями міської ради.",
                 {"ukraine personnel killed 9 exact period@2026-09-01 None 2026-12-07"}, id="own_count"),
    pytest.param("Наша редакція за даними сільських рад нарахувала 23 загиблих військових із району.",
                 {"ukraine personnel killed 23 exact cumulative None 2026-12-07"}, id="own_count_b"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_construction(text: str, expected: set[str]) -> None:
    assert described(text, "2026-12-07") == expected
