"""Speed round 28e (issue 17): the Slavic readers of rounds 36, 36b and 58d skip cheaply what they cannot read.
``holidays_named`` asks the sentence's kinds (a ``HOLIDAY`` bit of ``Language.token_kinds``, read once per form)
whether a token holds a holiday name's first word, in place of testing the sentence's lemmas chained at each call:
the holiday readers now run in sentences of no year too ("на Великдень цього року"). ``war_winter`` loops over the
tokens of a sentence only where its kinds hold a season's word (``SEASON``), and the claimants' readers of a label's
colon and of a bracket after a line's first name are called only where the sentence holds a colon or a bracket. Each
shortcut answers what the test it replaces answers (sentences and fragments written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract.slavic import holidays
from lossledger.extract.slavic.bracket_city import opening_bracket
from lossledger.extract.slavic.holidays import holidays_named
from lossledger.extract.slavic.language import HOLIDAY, SEASON, language_data
from lossledger.extract.slavic.mentions import DocText
from lossledger.extract.slavic.time_stamp import label_colon, time_stamp_end
from lossledger.extract.slavic.war_winter import war_winter
from lossledger.extract.war_winter import WINTER_MONTH, winter_of_war
from lossledger.profiles import load_profile

_PUBLISHED = dt.date(2025, 6, 3)

_WRITTEN = [
    ("uk", "На Великдень цього року загинули троє військових. Торік на Різдво обстріл забрав життя двох людей."),
    ("ru", "В этом году на Пасху погибли пятеро мирных жителей. На Новый год ранены четверо."),
    ("uk", "За день до Нового року поранено сімох. У новому році ворог втратив 200 солдатів."),
    ("ru", "День начался с обстрела: погиб один человек. Накануне Рождества 2024 года ранены двое."),
    ("uk", "Загинули двоє людей, ще п'ятеро поранені. Без втрат минула ніч."),
    ("uk", "Третя зима війни почалася з обстрілів: загинули шестеро людей. Узимку ворог втратив 900 солдатів."),
    ("ru", "Белгород (глава города Иван Петров): погибли двое. Губернатор Курской области: ранены трое."),
    ("uk", "Кременчук (міський голова Іван Петренко) — поранено п'ятьох. Четверта зима війни, взимку холодно."),
]


def _doc(lang: str, text: str) -> DocText:
    return DocText(text, language_data(lang), load_profile(None), _PUBLISHED)


def _check(lang: str, text: str) -> None:
    doc = _doc(lang, text)
    for sent in doc.sentences:
        toks = sent.tokens
        chained = holidays._may_open_one(toks, doc.lang)
        assert bool(doc.lang.token_kinds(toks)[1] & HOLIDAY) == chained  # (the bit says what the chained test says)
        for year in (None, _PUBLISHED.year):
            found = holidays_named(toks, doc.lang, set(), year)
            assert chained or found == []
        if not doc.lang.token_kinds(toks)[1] & SEASON:  # (the season bit: no token of a winter's word)
            assert all(doc.lang.season_forms.isdisjoint(t.lemmas) for t in toks)
        hits = [(key, a, b) for key, a, b in doc.lang.claimants.find_all(toks)]
        if doc.text.find("(", sent.start, sent.end) < 0:  # (no bracket: no source in a bracket after a name)
            assert opening_bracket(doc, sent, hits) is None
        if doc.text.find(":", sent.start, sent.end) < 0:  # (no colon: no label closed by one)
            assert label_colon(doc, toks, time_stamp_end(doc, toks)) is None
    assert war_winter(doc) == _war_winter_every_token(doc)


def _war_winter_every_token(doc: DocText) -> dt.date | None:
    """``war_winter`` as it was before the round: every token of every sentence tried."""
    lang = doc.lang
    winters = {w for w, month in lang.raw["grammar"]["dates"].get("seasons", {}).items() if month == WINTER_MONTH}
    found: list[dt.date] = []
    for sent in doc.sentences:
        toks = sent.tokens
        for i in range(1, len(toks) - 1):
            if winters.isdisjoint(toks[i].lemmas):
                continue
            n = next((lang.ordinals[w] for w in toks[i - 1].lemmas if w in lang.ordinals), None)
            if n is not None and lang.grammar["spans"].match(toks, i + 1, key="war_nouns") is not None \
                    and (span := winter_of_war(doc.profile.war_start, n)) is not None:
                found.append(span[0])
    return max(found, default=None)


@pytest.mark.parametrize(("lang", "text"), _WRITTEN)
def test_the_holiday_bit_answers_as_the_chained_lemmas_in_written_texts(lang: str, text: str) -> None:
    _check(lang, text)


def test_a_holiday_of_this_year_is_still_found() -> None:
    doc = _doc("uk", "На Великдень цього року загинули троє військових.")
    found = holidays_named(doc.sentences[0].tokens, doc.lang, set(), _PUBLISHED.year)
    assert [(h.year, h.month) for h in found] == [(2025, 4)]


_PIECES = st.lists(st.sampled_from(
    ["Різдво", "Рождество", "Новий рік", "Новый год", "Великдень", "Пасху", "День", "день", "Дня Незалежності",
     "новий", "новых", "цього року", "в этом году", "торік", "2024", "року", "года", " ", ". ", ", ", "\n", "на",
     "загинули", "погибли", "двоє", "трое", "напередодні", "накануне", "Різдва", "Нового року", "зима", "взимку",
     "Третя", "третья", "війни", "войны", "(", ")", ":",
     "глава города", "міський голова", "Іван Петров", "Губернатор"]),
    max_size=14).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["uk", "ru"]), _PIECES)
def test_the_holiday_bit_answers_as_the_chained_lemmas_in_generated_text(lang: str, text: str) -> None:
    _check(lang, text)
