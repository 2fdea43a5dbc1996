"""Speed round 28a (issue 17): ``find_dates`` calls each of its readers only where the sentence holds that reader's
kind of word (a month, a season, a weekday, a year, a digit) or its grammar's key ("з початку", "доби", "річницю",
"позавчора"), read once per sentence; it answers what calling every reader answers (sentences and fragments written
for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract.slavic import dates as slavic_dates
from lossledger.extract.slavic.birth_dates import is_birth_date
from lossledger.extract.slavic.dates import DateMention, find_dates
from lossledger.extract.slavic.holidays import holidays_named, on_the_day
from lossledger.extract.slavic.language import Language, language_data
from lossledger.extract.slavic.mentions import DocText
from lossledger.extract.slavic.sentences import Sentence
from lossledger.profiles import load_profile

_WAR_START = dt.date(2022, 2, 24)


def _every_reader(text: str, sent: Sentence, lang: Language, war_start: dt.date | None) -> list[DateMention]:
    """``find_dates`` as it was before the round: every reader called in every sentence."""
    d = slavic_dates
    tokens = sent.tokens
    used: set[int] = set()
    out = d._numeric_dates(text, sent, lang, used)
    if war_start is not None:
        out += d._anniversaries(text, tokens, lang, used, war_start)
    out += d._month_dates(text, tokens, lang, used)
    out += d._season_dates(tokens, lang, used)
    for h in holidays_named(tokens, lang, used):
        out.append(DateMention(tokens[h.first].start, tokens[h.last].end, h.year, h.month, h.day,
                               on_the_day(tokens, h, d._role_before(tokens, h.first, lang), lang), "day", h.first,
                               h.last))
        used.update(range(h.first, h.last + 1))
    out += d._year_dates(tokens, lang, used)
    out += d._weekday_dates(tokens, lang, used)
    if d._names_yesterday(text, lang) and any(text.find(w, sent.start, sent.end) >= 0
                                              for w in d._YESTERDAY[lang.code]):
        out += d._yesterday_dates(tokens, lang, used)
    out += d._days_back(tokens, lang, used)
    out += d._war_days(text, tokens, lang)
    out.sort(key=lambda m: m.start)
    return [m for m in out if not is_birth_date(tokens, m, lang)]


def _check(lang: str, text: str) -> int:
    """How many dates the text holds, after checking both readings agree in each of its sentences."""
    found = 0
    for war_start in (_WAR_START, None):
        # (each reading on a document of its own: a sentence's record of its phrases is made afresh for each)
        gated = DocText(text, language_data(lang), load_profile(None), None)
        every = DocText(text, language_data(lang), load_profile(None), None)
        for a, b in zip(gated.sentences, every.sentences, strict=True):
            mine = find_dates(text, a, gated.lang, war_start=war_start)
            assert mine == _every_reader(text, b, every.lang, war_start), a.text if hasattr(a, "text") else text
            found += len(mine)
    return found


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Станом на 3.04.2024 окупанти втратили 410 танків. З початку 2023 року загинули 17 людей, а влітку ще 4."),
    ("uk", "Позавчора ворог обстріляв село, у позаминулу ніч збито 9 дронів. На 412-й доби війни знищено 3 гармати."),
    ("uk", "У другу річницю повномасштабного вторгнення, у вівторок, втрати сягнули 8 тисяч. На Різдво 2023 року — 2."),
    ("uk", "З 5 по 11 серпня поранено 14 цивільних; з жовтня по грудень 2022 року — ще 30. Учора загинули двоє."),
    ("ru", "По состоянию на 9 июня 2023 года уничтожено 12 самолетов. С начала этого года погибли 41 человек."),
    ("ru", "Позавчера сбиты 6 беспилотников, в позапрошлую ночь еще 2. На 300-е сутки войны потери выросли до 90."),
    ("ru", "В третью годовщину вторжения, в пятницу, ранены 7 человек; зимой 2024 года — 15, на Пасху 2024 года — 3."),
    ("ru", "Родившийся 4 мая 1990 года боец погиб. Вчера ранены трое, сегодня еще один. К концу 2024 года — 70."),
    ("uk", "Загинули 12 військових і 3 цивільних, поранено ще 40 осіб."),
    ("ru", "Уничтожены 5 танков и 11 бронемашин противника."),
])
def test_the_gated_readers_find_what_every_reader_finds(lang: str, text: str) -> None:
    _check(lang, text)


def test_the_written_sentences_hold_dates_of_every_reader() -> None:
    # (the cases above reach the readers the gates may skip: a gate that skipped one of them wrongly would drop its
    # dates; each of these sentences holds at least one date of the reader it is written for)
    assert _check("uk", "На 412-й доби війни знищено 3 гармати.") > 0
    assert _check("uk", "Позавчора ворог обстріляв село.") > 0
    assert _check("ru", "В третью годовщину вторжения ранены 7 человек.") > 0
    assert _check("ru", "С начала года погибли 41 человек.") > 0
    assert _check("uk", "У вівторок поранено 5 людей.") > 0
    assert _check("uk", "Узимку 2023 року загинули 4.") > 0
    assert _check("ru", "На Пасху 2024 года ранены 3.") > 0
    assert _check("uk", "Станом на 3.04.2024 втрачено 410 танків.") > 0
    assert _check("uk", "Загинули 12 військових і 3 цивільних.") == 0


_PIECES = {
    "uk": ["12", "3", "2023", "1.05.2024", " року", " р.", "березня", "листопада", "вересні", "влітку", "зими",
           "у вівторок", "в неділю", "з початку", "до кінця", "середини", "доби", "день", "війни", "вторгнення",
           "річницю", "другу", "позавчора", "у позаминулу ніч", "вчора", "сьогодні", "напередодні", "Різдво",
           "Великдень", "на", "з", "по", "станом на", "народжений", "народження", "загинули", "танків", "–", "-",
           ", ", " ", " ", " ", ". "],
    "ru": ["12", "3", "2023", "1.05.2024", " года", " г.", "марта", "ноября", "сентябре", "летом", "зимы",
           "во вторник", "в воскресенье", "с начала", "к концу", "середины", "сутки", "день", "войны", "вторжения",
           "годовщину", "вторую", "позавчера", "в позапрошлую ночь", "вчера", "сегодня", "накануне", "Рождество",
           "Пасху", "на", "с", "по", "по состоянию на", "родившийся", "рождения", "погибли", "танков", "–", "-",
           ", ", " ", " ", " ", ". "],
}


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["uk", "ru"]).flatmap(
    lambda lang: st.tuples(st.just(lang), st.lists(st.sampled_from(_PIECES[lang]), max_size=16).map(" ".join))))
def test_the_gated_readers_in_generated_sentences(case: tuple[str, str]) -> None:
    _check(*case)
