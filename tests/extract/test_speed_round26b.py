"""The titles of a nation's tables (round 34c) read from the language's one pass over a sentence (issue 17) find what
tables of their own, read token by token, find: the same titles and nations' names, and the same sources (sentences
and fragments written for these tests)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract.slavic.language import language_data
from lossledger.extract.slavic.mentions import DocText
from lossledger.extract.slavic.title_tables import title_tables
from lossledger.profiles import load_profile

_WORDS = {
    "uk": ["міністр", "міністра", "оборони", "Міноборони", "Генштабу", "начальник", "посол", "посла", "США",
           "Росії", "України", "Франції", "Великої", "Британії", "НАТО", "Генсек", "речник", "президента", "Офіс",
           "закордонних", "справ", "охорони", "здоров'я", "за", "словами", "заявив", ",", ".", "—", "у", "Києві"],
    "ru": ["министр", "министра", "обороны", "Минобороны", "Генштаба", "начальник", "посол", "посла", "США",
           "России", "Украины", "Франции", "Великобритании", "НАТО", "генсек", "пресс-секретарь", "президента",
           "Офис", "иностранных", "дел", "здравоохранения", "Германии", "по", "словам", "заявил", ",", ".", "—"],
}

_SENTENCES = {
    "uk": ["За словами міністра оборони Франції, удар знищив два склади.",
           "Речник Міноборони Великої Британії повідомив про втрати.",
           "Посол США заявив, що міністр оборони не коментував."],
    "ru": ["Как сообщил министр здравоохранения Германии, пострадали трое.",
           "Начальник Генштаба России заявил о потерях, а генсек НАТО их отверг.",
           "Офис президента Украины сообщил об ударе; министр обороны промолчал."],
}


def _check(lang: str, text: str) -> None:
    doc = DocText(text, language_data(lang), load_profile(None), None)
    grouped = doc.lang.title_tables
    assert grouped is not None
    alone = title_tables(doc.lang.raw, lang)  # (tables of no group: read token by token)
    assert alone is not None
    for sent in doc.sentences:
        plain = list(sent.tokens)  # (no memo: ``find_all`` reads it token by token)
        for ours, theirs in zip(grouped[:2], alone[:2], strict=True):
            assert ours.find_all(sent.tokens) == theirs.find_all(plain)
            assert set(ours.keys_in(sent.tokens)) == set(theirs.keys_in(plain))
    assert grouped[2] == alone[2]


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_the_sentences_written_for_the_tables(lang: str) -> None:
    for text in _SENTENCES[lang]:
        _check(lang, text)


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_the_tables_are_in_the_languages_group(lang: str) -> None:
    tables = language_data(lang).title_tables
    assert tables is not None
    assert all(t in language_data(lang).group.tables for t in tables[:2])


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["uk", "ru"]), st.data())
def test_any_run_of_words(lang: str, data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(_WORDS[lang]), max_size=14))
    _check(lang, " ".join(words))
