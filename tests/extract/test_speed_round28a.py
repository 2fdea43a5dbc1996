"""Speed round 28a (issue 17): ``find_dates`` calls each of its readers only where the sentence holds that reader's
kind of word (a month, a season, a weekday, a year, a digit) or its grammar's key ("з початку", "доби", "річницю",
"позавчора"), read once per sentence; it answers what calling every reader answers. ``credit_back`` reads no further
where the sentence holds no word reporting back and does not follow the last figure (sentences and fragments written
for these tests)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger import extract_claims
from lossledger.extract.slavic import assembly, context
from lossledger.extract.slavic import dates as slavic_dates
from lossledger.extract.slavic.birth_dates import is_birth_date
from lossledger.extract.slavic.dates import DateMention, find_dates
from lossledger.extract.slavic.holidays import holidays_named, on_the_day
from lossledger.extract.slavic.language import Language, language_data
from lossledger.extract.slavic.mentions import DocText
from lossledger.extract.slavic.sentences import Sentence
from lossledger.extract.slavic.transcript import a_speaker_label
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


# -- credit_back: a sentence with no word reporting back, not right after the last figure, credits nothing ----------

def _credit_back_reading_all(doc: Any, sent: Any, found: list[Any]) -> None:
    """``credit_back`` as it was before the round: every test read in every sentence."""
    ctx = doc.lang.grammar["context"]
    toks = sent.tokens
    if (sent is doc.sentences[-1] and context._signature(doc, sent, found)) or a_speaker_label(doc, sent):
        return
    opening = ctx.find_all(toks, 0, min(len(toks), 6), "reported_back")
    opens = bool(opening) and (bool(found) or any(b - a > 1 for _k, a, b in opening)
                               or not context._says_its_own(doc, toks))
    follows = not found and bool(doc.mentions) and doc.sentence_number[id(doc.mentions[-1].sentence)] == \
        doc.sentence_number[id(sent)] - 1 and not context._marks_own_figure(doc, toks) \
        and not context._says_its_own(doc, toks)
    if not (opens or follows) or ctx.find_all(toks, key="withheld"):
        return
    src = context.claimant_in(doc, sent)
    if src is None:
        return
    for m in reversed(doc.mentions):
        if m.explicit or (not opens and m.sentence.paragraph < sent.paragraph - 2):
            break
        m.claimant, m.claimant_text, m.explicit = src.key, src.text, True


def _claims(lang: str, text: str) -> list[tuple[Any, ...]]:
    return [(c.side, c.category, c.outcome, c.value, c.claimant, c.claimant_text, c.start)
            for c in extract_claims(text, published=dt.date(2024, 5, 20), language=lang)]


@pytest.mark.parametrize(("lang", "text", "credited"), [
    ("uk", "Окупанти втратили 12 танків і 30 гармат. Про це повідомили у Генштабі ЗСУ.", True),
    ("uk", "За добу загинули 4 цивільних. Як повідомив очільник ОВА, ще 9 людей поранені.", True),
    ("uk", "За добу загинули 4 цивільних.\n\nСергій Коваленко, начальник Сумської ОВА", True),
    ("uk", "Ворог втратив 900 військових. Погода була ясною. Генштаб уточнює дані.", False),
    ("ru", "Уничтожены 14 беспилотников. Об этом сообщили в Минобороны России.", True),
    ("ru", "Погибли 3 человека. Губернатор сообщил, что ранены еще 5. Как сообщает источник, данные уточнят.", False),
    ("ru", "Ранены 7 военных. Шел дождь. В Минобороны заявили о новых ударах.", False),
])
def test_credit_back_gated_credits_what_the_full_reading_credits(lang: str, text: str, credited: bool) -> None:
    mine = _claims(lang, text)
    with patch.object(assembly, "credit_back", _credit_back_reading_all):
        full = _claims(lang, text)
    assert mine == full
    # (the cases reach the crediting the gate may skip: where a source is credited, the gate must not have stopped it)
    assert any(c[4] is not None for c in mine) is credited


_CREDIT_PIECES = {
    "uk": ["Загинули 4 цивільних.", "Ворог втратив 12 танків.", "Про це повідомили у Генштабі.", "Погода ясна.",
           "Як повідомив голова ОВА, поранені 3.", "Джерело в СБУ підтвердило.", "Сили оборони знищили 5 дронів.",
           "У Міноборони не коментують ці дані.", "\n\n", "Олег Синєгубов, начальник Харківської ОВА"],
    "ru": ["Погибли 4 мирных жителя.", "Противник потерял 12 танков.", "Об этом сообщили в Минобороны.", "Шел дождь.",
           "Как сообщил губернатор, ранены 3.", "Источник в ФСБ подтвердил.", "ПВО сбила 5 беспилотников.",
           "В Минобороны эти данные не комментируют.", "\n\n", "Вячеслав Гладков, губернатор Белгородской области"],
}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["uk", "ru"]).flatmap(
    lambda lang: st.tuples(st.just(lang), st.lists(st.sampled_from(_CREDIT_PIECES[lang]), min_size=1,
                                                   max_size=7).map(" ".join))))
def test_credit_back_gated_in_generated_posts(case: tuple[str, str]) -> None:
    lang, text = case
    mine = _claims(lang, text)
    with patch.object(assembly, "credit_back", _credit_back_reading_all):
        assert mine == _claims(lang, text)
