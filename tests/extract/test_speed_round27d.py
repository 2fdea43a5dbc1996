"""Speed round 27d (issue 17): a city head's title ("мэр", "голова": profiles' ``[city_heads]``) found as a kind of
token (``CITY_HEAD``, read once per form and per sentence) in place of a pass over the sentence's lemmas on every call
of ``heads_of_a_city``; the tokens so found are those whose lemmas meet the title words, and the sources read are
unchanged. A part of a year ("у першому півріччі 2024 року") looked for only before a run of digits, a span counted
from a date ("через два дні після ...") only in a sentence holding "після" or "тому": they find what the pass over
every token finds (sentences and fragments written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract.part_over import later, part_end
from lossledger.extract.slavic.city_head import heads_of_a_city
from lossledger.extract.slavic.claimants import claimant_in
from lossledger.extract.slavic.counted_after import counted_after
from lossledger.extract.slavic.dates import find_dates
from lossledger.extract.slavic.language import CITY_HEAD, language_data
from lossledger.extract.slavic.mentions import DocText
from lossledger.extract.slavic.part_over import _MONTHS, _count, part_over
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


_DATING = st.lists(st.sampled_from(
    ["у", "в", "першому", "первом", "другому", "третьем", "півріччі", "полугодии", "кварталі", "квартале", "2024",
     "2025", "1999", "20", "року", "года", "через", "два", "дні", "дня", "3", "тиждень", "неделю", "після", "после",
     "тому", "назад", "параду", "9 травня 2024 року", "9 мая 2024 года", "минулого", "прошлом", "місяці", "месяце",
     ",", ".", "\n", "—"]),
    max_size=16).map(" ".join)


def _part_over_every_token(doc: DocText, latest: dt.date | None) -> dt.date | None:
    """``part_over`` as it read before: every token of every sentence looked at (with round 58d's months counted from
    a written year's start, "за 11 місяців 2024 року")."""
    lang = doc.lang
    parts = {w: _MONTHS[part] for part, words in lang.raw["grammar"]["dates"].get("year_parts", {}).items()
             for w in words if part in _MONTHS}
    month_words = set(lang.raw["grammar"]["dates"].get("span_units", {}).get("month", ()))
    found: list[dt.date] = []
    for sent in doc.sentences:
        toks = sent.tokens
        for i in range(1, len(toks) - 1):
            months = next((parts[w] for w in toks[i].lemmas if w in parts), None)
            ordinal: int | None = None
            if months is None and month_words.intersection(toks[i].lemmas):
                months, ordinal = _count(doc, toks[i - 1]), 1
            elif months is not None:
                ordinal = next((lang.ordinals[w] for w in toks[i - 1].lemmas if w in lang.ordinals), None)
            if months is None:
                continue
            year = toks[i + 1].low
            if ordinal is None or not (len(year) == 4 and year.isdigit() and year.startswith("20")):
                continue
            if (end := part_end(int(year), ordinal, months)) is not None and later(end, months, latest):
                found.append(end)
    return max(found, default=None)


def _check_dating(lang: str, text: str) -> None:
    doc = _doc(lang, text)
    for latest in (None, dt.date(2024, 3, 1)):
        assert part_over(doc, latest) == _part_over_every_token(doc, latest)
    table = doc.lang.grammar["dates"]
    for sent in doc.sentences:
        present = table.keys_in(sent.tokens)
        for key in ("counted_after", "counted_ago"):
            if key not in present:  # (what the gate leaves out: no token opens such a phrase)
                assert all(table.match(sent.tokens, i, key=key) is None for i in range(len(sent.tokens)))


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("uk", "Звіт за перше півріччя. У першому півріччі 2024 року загинули 40 людей, у другому кварталі 2025 року — 9.",
     dt.date(2025, 6, 30)),
    ("ru", "В третьем квартале 2024 года погибли 12 человек. В первом полугодии 20 погибших.", dt.date(2024, 9, 30)),
])
def test_part_of_a_year_before_a_run_of_digits(lang: str, text: str, part: dt.date) -> None:
    _check_dating(lang, text)
    assert part_over(_doc(lang, text), None) == part


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["uk", "ru"]), _DATING)
def test_dating_gates_in_generated_text(lang: str, text: str) -> None:
    _check_dating(lang, text)


def test_span_counted_after_a_date_still_read() -> None:
    doc = _doc("uk", "Через два дні після параду 9 травня 2024 року загинули 3 людини.")
    dates = [d for s in doc.sentences for d in find_dates(doc.text, s, doc.lang, war_start=doc.profile.war_start)]
    assert [day for day, _d in counted_after(doc, dates)] == [dt.date(2024, 5, 11)]
