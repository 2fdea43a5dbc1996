"""The fixes of round 38c read in Russian wordings of their own (each line a text, published 2026-12-07): "за
истекшие сутки" is one day; a short passage of speech in guillemets is no name; a strike's weekday, named the sentence
before, dates the losses "в результате удара", and a night's or a day's span ("за ночь") with no date of its own after
it; a count of the dead by name ("поименно установила") is the counter's; the bodies whose reports the newsroom's own
count read are its basis, not its source; a part of the dead ("Среди погибших") larger than the figure before it is a
part of a larger whole."""

from __future__ import annotations

import pytest
from claim_lines import described

CASES = [
    # the day just ended
    pytest.param("За истекшие сутки ВСУ потеряли свыше полутора сотен военнослужащих, сообщили в Минобороны России.",
                 {"ukraine personnel losses 150 at_least period/1 ru_mod 2026-12-07"}, id="day"),
    pytest.param("В течение истекших суток средства ПВО сбили 40 беспилотников, — отметил Конашенков.",
                 {"ukraine drones destroyed 40 exact period/1 ru_mod 2026-12-07"}, id="day_b"),
    # a short passage of speech, opened by a colon or followed by ", —", is speech, not a name in guillemets
    pytest.param("«Погибли двое мирных жителей», — сообщил губернатор.",
                 {"russia civilians killed 2 exact period ru_officials 2026-12-07"}, id="speech"),
    pytest.param("Губернатор написал: «Ранены трое мирных жителей».",
                 {"russia civilians wounded 3 exact period ru_officials 2026-12-07"}, id="speech_b"),
    # the strike's weekday the sentence before names dates the losses of "в результате удара"
    pytest.param("Рано утром в воскресенье дроны атаковали Рыльск. В результате удара погибли двое мирных жителей, "
                 "сообщил губернатор.", {"russia civilians killed 2 exact period/1 ru_officials 2026-12-06"},
                 id="weekday"),
    pytest.param("В субботу вечером дроны атаковали Белгород. Вследствие атаки ранены 6 мирных жителей, сообщил "
                 "губернатор.", {"russia civilians wounded 6 exact period/1 ru_officials 2026-12-05"}, id="weekday_b"),
    # a night's or a day's span with no date of its own after the day of the attack the paragraph names: that night
    pytest.param("В воскресенье дроны атаковали Рыльск. За ночь над областью уничтожены 11 беспилотников, сообщил "
                 "губернатор.", {"ukraine drones destroyed 11 exact period/1 ru_officials 2026-12-06"}, id="night"),
    pytest.param("Поздно вечером в субботу ракеты ударили по Брянску. В результате удара ранены четверо мирных "
                 "жителей. За сутки над регионом сбиты 14 беспилотников, сообщил губернатор.",
                 {"russia civilians wounded 4 exact period/1 ru_officials 2026-12-05",
                  "ukraine drones destroyed 14 exact period/1 ru_officials 2026-12-05"}, id="night_b"),
    # a count of the dead by name is the counter's
    pytest.param("«Медиазона» поименно установила 162 340 погибших российских военных.",
                 {"russia personnel killed 162340 exact cumulative mediazona 2026-12-07"}, id="by_name"),
    pytest.param("Журналисты «Медиазоны» поименно подтвердили гибель 95 тысяч российских военных.",
                 {"russia personnel killed 95000 exact cumulative mediazona 2026-12-07"}, id="by_name_b"),
    # a part of the dead opening its sentence, larger than the span's figure before it, is a part of the whole before
    # that (and a smaller one still a part of the span's)
    pytest.param("«Медиазона» поименно установила 150 200 погибших российских военных. С начала месяца список "
                 "пополнился 2 100 погибшими. Среди погибших — свыше 6 тысяч офицеров.",
                 {"russia personnel killed 150200 exact cumulative mediazona 2026-12-07",
                  "russia personnel killed 2100 exact period@2026-12-01 mediazona 2026-12-07",
                  "russia personnel killed 6000 at_least cumulative mediazona 2026-12-07"}, id="among"),
    pytest.param("С начала недели в области погибли 40 мирных жителей, сообщил губернатор. Среди погибших — 7 детей.",
                 {"russia civilians killed 40 exact period@2026-12-07 ru_officials 2026-12-07",
                  "russia civilians killed 7 exact period@2026-12-07 ru_officials 2026-12-07"}, id="among_b"),
    # the newsroom's own count, the administrations' reports it read are its basis
    pytest.param("С начала осени погибли 17 российских военных из района — такой подсчет сделала наша редакция по "
                 "сообщениям районных администраций.",
                 {"russia personnel killed 17 exact period@2026-09-01 None 2026-12-07"}, id="own_count"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_construction(text: str, expected: set[str]) -> None:
    assert described(text, "2026-12-07") == expected
