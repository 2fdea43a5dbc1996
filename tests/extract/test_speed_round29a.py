"""Speed round 29a (issue 17): the Slavic ``_time_named_before`` ("Тоді ...", "Внаслідок удару ...": the day the
sentence before names) first looks up whether the sentence before names a day or a month at all, and reads no word of
the sentence where it names none. The shortcut answers what the reading it replaces answers (sentences and fragments
written for these tests)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger import extract_claims
from lossledger.extract.slavic import assembly
from lossledger.extract.slavic.dates import DateMention
from lossledger.extract.slavic.mentions import DocText
from lossledger.extract.slavic.sentences import Sentence
from lossledger.extract.slavic.then_word import opens_on_then

_WRITTEN = [
    ("uk", "Увечері 3 березня дрони атакували місто. Загинули 4 людини, ще 9 поранені."),
    ("uk", "14 квітня ворог обстріляв село. Тоді загинули двоє цивільних. Тоді ж поранено п'ятьох."),
    ("uk", "У квітні окупанти втратили 900 солдатів. Тоді ж ЗСУ знищили 12 танків."),
    ("uk", "Станом на 2 травня стелу оновили. На ній уже 318 імен загиблих."),
    ("uk", "Місто обстріляли вночі. Загинули 3 людини. Внаслідок удару поранено 6."),
    ("ru", "9 июня беспилотники атаковали поселок. В результате погибли 5 человек."),
    ("ru", "В марте армия потеряла 40 танков. Тогда же погибли 300 военных."),
    ("ru", "По словам губернатора, 2 июля обстрел не прекращался. По его данным, тогда погибли 7 человек."),
    ("ru", "Поселок обстреляли днем. Погибли двое, ранены четверо. Тогда же сбиты 3 дрона."),
    ("ru", "В субботу, 8 ноября, на стену добавили 51 имя. Теперь на ней 2 004 имени."),
]


def _time_named_before_read_whole(doc: DocText, sent: Sentence) -> list[DateMention]:
    """``_time_named_before`` as it was before the round: the sentence's opening words read before the dates of the
    sentence before are looked up."""
    toks = sent.tokens
    at = doc.sentence_number.get(id(sent), 0)
    if at == 0:
        return []
    spans = doc.lang.grammar["spans"]
    event = spans.match(toks, 0, key="event") is not None and spans.match(toks, 0, key="event_lead") is not None \
        and doc.sentences[at - 1].paragraph == sent.paragraph
    prev = doc.sentences[at - 1]
    event = event or (prev.paragraph == sent.paragraph and doc.lang.outcomes_people.match(toks, 0) is not None
                      and bool(doc.lang.civilian_context.find_all(prev.tokens))
                      and not any(m.sentence is prev for m in doc.mentions)
                      and not spans.find_all(prev.tokens))
    event = event or (prev.paragraph == sent.paragraph and doc.lang.grammar["context"].match(toks, 0, key="as_a_result")
                      is not None and bool(doc.lang.civilian_context.find_all(prev.tokens))
                      and not any(m.sentence is prev for m in doc.mentions[-3:]))
    event = event or (prev.paragraph == sent.paragraph and not any(m.sentence is prev and not m.list_growth
                                                                   for m in doc.mentions[-3:])
                      and bool(doc.lang.grammar["context"].find_all(toks, 0, min(len(toks), 4), "now_after")))
    if not event and not opens_on_then(doc, toks):
        return []
    kinds = ("day",) if event else ("day", "month")
    named = [d for d in doc.dates.get(id(doc.sentences[at - 1]), []) if d.kind in kinds and d.month]
    return [DateMention(toks[0].start, toks[0].end, d.year, d.month, d.day, "plain", d.kind, 0, 0)
            for d in named[-1:]]


def _checked_extract(lang: str, text: str) -> tuple[int, list[Any]]:
    """The claims of ``text``, every ``_time_named_before`` answer checked against the whole reading; how many
    answered with a date."""
    shortcut = assembly._time_named_before
    dated = 0

    def both(doc: DocText, sent: Sentence) -> list[DateMention]:
        nonlocal dated
        found = shortcut(doc, sent)
        assert found == _time_named_before_read_whole(doc, sent)
        dated += bool(found)
        return found

    with patch.object(assembly, "_time_named_before", both):
        claims = extract_claims(text, published=dt.date(2025, 11, 20), language=lang)
    return dated, claims


@pytest.mark.parametrize(("lang", "text"), _WRITTEN)
def test_the_time_named_before_answers_what_reading_the_sentence_first_answers(lang: str, text: str) -> None:
    _checked_extract(lang, text)


def test_the_time_named_before_still_carries_the_day_the_sentence_before_names() -> None:
    # (the shortcut passes over sentences after one of no date only: these still take the day before)
    assert _checked_extract("uk", "14 квітня ворог обстріляв село. Тоді загинули двоє цивільних.")[0] >= 1
    assert _checked_extract("ru", "9 июня беспилотники атаковали поселок. В результате погибли 5 человек.")[0] >= 1
    assert _checked_extract("uk", "Місто обстріляли вночі. Тоді загинули 3 людини.")[0] == 0


_SLAVIC_PIECES = st.lists(st.sampled_from(
    [" ", ". ", ", ", "\n\n", "Тоді", "тоді ж", "Тогда", "В результате", "Внаслідок удару", "загинули", "погибли",
     "поранено", "ранены", "3", "12", "двоє", "пятеро", "людей", "человек", "14 квітня", "2 июля", "у квітні",
     "в марте", "дрони атакували місто", "обстрел поселка", "Теперь на стене", "імен", "По словам губернатора",
     "За даними ОВА", "танків", "танков"]), min_size=1, max_size=16).map("".join)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["uk", "ru"]), _SLAVIC_PIECES)
def test_the_time_named_before_in_generated_text(lang: str, text: str) -> None:
    _checked_extract(lang, text)
