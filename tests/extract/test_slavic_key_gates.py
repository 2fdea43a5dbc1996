"""The Ukrainian and Russian readers' gates on what a sentence holds (issue 17: a key of no phrase in the sentence, a
semicolon nowhere before the figure) answer what reading the sentence word by word answers (sentences written for
these tests)."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract.slavic.actor import is_actor
from lossledger.extract.slavic.context import sentence_cue
from lossledger.extract.slavic.dates import find_dates
from lossledger.extract.slavic.fronted import past_a_semicolon
from lossledger.extract.slavic.language import language_data
from lossledger.extract.slavic.mentions import DocText, text_between
from lossledger.extract.slavic.numbers import Number
from lossledger.extract.slavic.sides import _clause_verb, _most_voted, _side_votes, loses, opponent, side_words
from lossledger.extract.slavic.spans import find_measure
from lossledger.languages.morphology import PhraseTable, Token, Tokens
from lossledger.profiles import load_profile

SENTENCES = [
    ("uk", "Противник наступав біля села; там ЗСУ втратили 12 танків, з них два підбиті."),
    ("uk", "За тиждень ЗСУ втратили 300 бійців, повідомив Генштаб у суботу."),
    ("uk", "Міноборони мобілізувало 500 чоловіків; ще 40 загинули, заявили у штабі; решта — у шпиталі."),
    ("uk", "Генштаб повідомив про 120 знищених окупантів і 3 танки."),
    ("ru", "Бои шли весь день; там ВСУ потеряли 40 человек, а ещё 5 пропали без вести."),
    ("ru", "Минобороны завербовало 500 заключенных, сообщили правозащитники."),
    ("ru", "По данным ведомства, за сутки сбиты 86 беспилотников; ранее сообщалось о 12."),
    ("ru", "Губернатор сообщил о двух погибших."),
]


def _doc(lang: str, text: str) -> DocText:
    return DocText(text, language_data(lang), load_profile(None), None)


def _semicolon_by_gaps(doc: DocText, toks: list[Token], first: int) -> int:
    return next((k for k in range(first, 0, -1) if ";" in text_between(doc.text, toks[k - 1].end, toks[k].start)), 0)


def _loses_by_reading(doc: DocText, toks: list[Token], end: int) -> bool:
    end = _clause_verb(doc, toks, end)
    if end >= len(toks):
        return False
    hit = doc.lang.outcomes_people.match(toks, end)
    return (hit is not None and hit[0] == "losses") \
        or doc.lang.grammar["context"].match(toks, end, key="enrolled") is not None


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_the_clause_after_a_semicolon_is_found_as_gap_by_gap(lang: str, text: str) -> None:
    doc = _doc(lang, text)
    for sent in doc.sentences:
        toks = sent.tokens
        for first in range(len(toks)):
            assert past_a_semicolon(doc, toks, first) == _semicolon_by_gaps(doc, toks, first), (text, first)


def test_a_semicolon_before_the_figure_still_opens_its_clause() -> None:
    doc = _doc("uk", SENTENCES[0][1])
    toks = doc.sentences[0].tokens
    figure = next(k for k, t in enumerate(toks) if t.low == "12")
    assert toks[past_a_semicolon(doc, toks, figure)].low == "там"


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_a_name_loses_as_its_clause_read_word_by_word_says(lang: str, text: str) -> None:
    doc = _doc(lang, text)
    for sent in doc.sentences:
        for end in range(len(sent.tokens) + 1):
            assert loses(doc, sent.tokens, end) == _loses_by_reading(doc, sent.tokens, end), (text, end)


def test_the_verb_of_losing_or_recruiting_after_a_name_is_still_read() -> None:
    for lang, text in (SENTENCES[1], SENTENCES[5]):
        doc = _doc(lang, text)
        toks = doc.sentences[0].tokens
        name_end = doc.lang.claimants.find_all(toks)[0][2] if lang == "ru" else \
            next(k for k, t in enumerate(toks) if t.low == "зсу") + 1
        assert loses(doc, toks, name_end), text


def _keys(table: PhraseTable) -> list[str]:
    return sorted({key for entries in (*table._by_first.values(), *table._prefixed.values()) for _w, key in entries})


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_where_a_key_starts_is_what_reading_the_tokens_finds(lang: str) -> None:
    """Asked first, or after ``find_all`` gathered the sentence's keys: the same as a plain list of tokens."""
    language = language_data(lang)
    for _lang, text in [s for s in SENTENCES if s[0] == lang]:
        doc = _doc(lang, text)
        for first_find_all in (False, True):
            for table in language.group.tables:
                record = Tokens(doc.sentences[0].tokens)
                language.group.scan(record, fresh=True)
                if first_find_all:
                    table.find_all(record, key=_keys(table)[0])
                for key in [*_keys(table), None]:
                    assert table.starts(record, key) == table.starts(list(record), key), (table, key)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["russia", "ukraine", "enemy", "belarus"]), st.integers(1, 3)), max_size=6))
def test_the_side_most_voted_for_is_the_one_counter_picks(votes: list[tuple[str, int]]) -> None:
    """Ties too: the side voted for first, as ``Counter.most_common(1)`` answers."""
    tally: dict[str, int] = {}
    for side, weight in votes:
        tally[side] = tally.get(side, 0) + weight
    if tally:
        assert _most_voted(tally) == Counter(tally).most_common(1)[0][0]


def _votes_by_counter(doc: DocText, toks: list[Token], weight: int) -> Counter[str]:
    """The votes as ``_side_votes`` counted them in a ``Counter``."""
    votes: Counter[str] = Counter()
    sources = doc.lang.claimants.starts(toks)
    for key, a, b in side_words(doc, toks, 0, len(toks)):
        if b in sources and sources[b][0] != "other":
            continue
        if not is_actor(doc, toks, b, a):
            votes[key] += weight
        elif (opp := opponent(doc.profile, key)) is not None:
            votes[opp] += 2
    return votes


@pytest.mark.parametrize(("lang", "text"), [
    *SENTENCES,
    ("uk", "Сили оборони знищили 40 окупантів, росія втратила 3 танки."),
    ("ru", "ВСУ потеряли 30 человек, российские войска уничтожили 5 танков."),
])
def test_a_sentence_votes_for_the_sides_it_names_as_a_counter_did(lang: str, text: str) -> None:
    """The same votes, in the same order (a tie goes to the side voted for first)."""
    doc = _doc(lang, text)
    toks = doc.sentences[0].tokens
    votes = _side_votes(doc, toks, 0, len(toks), weight=3)
    counted = _votes_by_counter(doc, toks, 3)
    assert list(votes.items()) == list(counted.items())
    if votes:
        assert _most_voted(votes) == counted.most_common(1)[0][0]


CUE_TEXTS = [
    ("uk", "За минулу добу сили ППО збили 40 дронів. Ворог втратив 1 200 осіб. Це більше, ніж учора."),
    ("uk", "Росіяни атакували місто — загинули 5 людей. Рятувальники працювали всю ніч."),
    ("ru", "За неделю ВСУ потеряли 2 100 человек. Ранее ведомство сообщало о 1 800 погибших. Могут погибнуть ещё 300."),
    ("ru", "С 1 марта уничтожено 40 танков — это рекорд. Потери растут."),
]


@pytest.mark.parametrize(("lang", "text"), CUE_TEXTS)
def test_a_sentence_of_no_date_and_no_span_word_names_no_span_cue(lang: str, text: str) -> None:
    """What the gate of ``sentence_cue`` relies on: there, the span words read for a figure at the sentence's end
    (before a remark's dash too) give no period."""
    doc = _doc(lang, text)
    language = doc.lang
    for sent in doc.sentences:
        dates = find_dates(text, sent, language, war_start=doc.profile.war_start)
        toks = sent.tokens
        fake = Number(sent.end, sent.end, 0, None, False, len(toks), len(toks) - 1)
        ungated = find_measure(doc, sent, fake, 0, len(toks), dates)[0]
        if not dates and not language.grammar["spans"].find_all(toks):
            assert ungated != "period" and sentence_cue(doc, sent, dates) is None, sent
            for dash in range(1, len(toks)):
                assert find_measure(doc, sent, fake, 0, dash, dates)[0] != "period"


def test_a_span_of_a_day_is_still_the_cue_of_its_sentence() -> None:
    doc = _doc(*CUE_TEXTS[0])
    sent = doc.sentences[0]
    cue = sentence_cue(doc, sent, find_dates(doc.text, sent, doc.lang, war_start=doc.profile.war_start))
    assert cue is not None and cue[0] == "period" and cue[1] == 1.0
