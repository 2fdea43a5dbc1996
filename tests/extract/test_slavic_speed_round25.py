"""The keys of a sentence's phrases read once (issue 17): ``PhraseTable.keys_in`` holds a key exactly when
``find_all`` of that key finds a phrase in the whole sentence, so a reader asking of several keys (the sources a
sentence names, the days counted back, a verb of saying before a clause, another story's headline) tests each by a
look-up in place of a call (sentences and fragments written for these tests)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract.slavic.language import language_data
from lossledger.extract.slavic.mentions import DocText
from lossledger.profiles import load_profile

_PIECES = st.lists(st.sampled_from(
    ["сказав", "заявив", "повідомив", "повідомляє", "сообщил", "заявили", "за даними", "по данным", "за словами",
     "по словам", "как сообщает", "він же", "там же", "на основі", "на основе", "проаналізували", "у інтерв'ю",
     "в интервью", "контракт з", "контракт с", "зустрівся з", "удару", "атаки", "Генштаб", "Минобороны", "ЗСУ",
     "«Верстка»", ":", "—", ",", ".", " ", "12", "танків", "осіб", "журналісти", "аналитики", "видання", "издание",
     "позавчора", "позавчера", "позаминулої ночі", "читайте також", "читайте также", "наголосив", "что", "що",
     "на запит не відповіли", "на запрос не ответили"]),
    max_size=16).map(" ".join)


def _check(lang: str, text: str) -> None:
    data = language_data(lang)
    doc = DocText(text, data, load_profile(None), None)
    for sent in doc.sentences:
        for section in ("context", "dates"):
            grammar = data.grammar[section]
            keys = set(data.raw["grammar"].get(section, {}))
            found = {k for k in keys if grammar.find_all(sent.tokens, key=k)}
            assert set(grammar.keys_in(sent.tokens)) == found
            plain = list(sent.tokens)  # (a plain list of tokens: no sentence's record)
            assert set(grammar.keys_in(plain)) == {k for k in keys if grammar.find_all(plain, key=k)} == found
        for table, section in ((data.claimants, "claimants"), (data.sides, "sides")):
            table_keys = set(data.raw["profile"].get(section, {}))
            assert set(table.keys_in(sent.tokens)) == {k for k in table_keys if table.find_all(sent.tokens, key=k)}


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Як повідомив Генштаб ЗСУ, за добу знищено 12 танків. За даними видання «Верстка», він же сказав це."),
    ("ru", "По словам аналитиков, на основе данных издания, в интервью он заявил: контракт с Минобороны подписан."),
    ("uk", "Удару зазнало місто. Журналісти проаналізували некрологи — так повідомляє видання."),
    ("ru", "Ничего такого."),
    ("uk", "Читайте також: позавчора він наголосив, що втрат немає. На запит видання не відповіли."),
    ("ru", "Читайте также: позавчера губернатор подчеркнул, что погибших нет. На запрос не ответили."),
])
def test_keys_of_a_sentence_are_those_find_all_finds(lang: str, text: str) -> None:
    _check(lang, text)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["uk", "ru"]), _PIECES)
def test_keys_of_generated_sentences_are_those_find_all_finds(lang: str, text: str) -> None:
    _check(lang, text)
