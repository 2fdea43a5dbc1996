"""Speed round 27d (issue 17): a city head's title ("мэр", "голова": profiles' ``[city_heads]``) found as a kind of
token (``CITY_HEAD``, read once per form and per sentence) in place of a pass over the sentence's lemmas on every call
of ``heads_of_a_city``; the tokens so found are those whose lemmas meet the title words, and the sources read are
unchanged (sentences and fragments written for these tests)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract.slavic.city_head import heads_of_a_city
from lossledger.extract.slavic.claimants import claimant_in
from lossledger.extract.slavic.language import CITY_HEAD, language_data
from lossledger.extract.slavic.mentions import DocText
from lossledger.profiles import load_profile

_PIECES = st.lists(st.sampled_from(
    ["мэр", "Мэр", "мэра", "мэром", "мер", "мера", "Мер", "голова", "голови", "головою", "Голова", "глава", "главы",
     "главе", "Глава", "градоначальник", "градоначальника", "очільник", "очільниця", "очільниці", "Светлогорска",
     "Нижньобережного", "Белгородской области", "на Херсонщині", " ", ", ", ". ", "\n", "сообщил", "повідомив",
     "по словам", "за словами", "погибли 2", "загинули 3", "книги", "головний", "главный", "мэрия"]),
    max_size=14).map(" ".join)


def _doc(lang: str, text: str) -> DocText:
    return DocText(text, language_data(lang), load_profile(None), None)


def _check(lang: str, text: str) -> None:
    doc = _doc(lang, text)
    words = frozenset(doc.lang.raw["profile"].get("city_heads", {}).get("words", ()))
    for sent in doc.sentences:
        toks = sent.tokens
        kinds, every = doc.lang.token_kinds(toks)
        searched = [i for i, t in enumerate(toks) if not t.lemmas.isdisjoint(words)]
        assert [i for i in range(len(toks)) if kinds[i] & CITY_HEAD] == searched
        assert bool(every & CITY_HEAD) == bool(searched)
        claimant_in(doc, sent)  # (the whole reading of sources runs through)


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Глава Светлогорска Белгородской области сообщил, что погибли двое. Мэр Иванов сказал: ранены трое."),
    ("uk", "Мер Нижньобережного на Херсонщині повідомив, що загинули двоє. Голова громади: поранено п'ятьох."),
    ("ru", "По словам градоначальника Светлогорска Белгородской области, ранены 4 человека. Главы нет. Мэра"),
    ("uk", "Очільниця Нижньобережного на Херсонщині повідомила про 3 поранених. Книга голови. Головою"),
])
def test_city_head_kind_finds_the_titles_the_lemmas_meet(lang: str, text: str) -> None:
    _check(lang, text)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["uk", "ru"]), _PIECES)
def test_city_head_kind_in_generated_text(lang: str, text: str) -> None:
    _check(lang, text)


def test_city_head_read_as_before() -> None:
    doc = _doc("ru", "Глава Светлогорска Белгородской области сообщил, что погибли двое мирных жителей.")
    toks = doc.sentences[0].tokens
    hits = heads_of_a_city(doc, toks, doc.lang.claimants.find_all(toks))
    assert ("local", 0, 2) in hits
