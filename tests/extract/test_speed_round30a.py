"""Speed round 30a (issue 17): the Slavic subject past a source set off by commas (``aside_subject``, round 37) first
looks up, from the sentence's scan, whether the sentence holds a source marker and a side at all, and looks for no
comma before the clause where it lacks either. The shortcut answers what the reading it replaces answers (sentences
written for these tests)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from unittest.mock import patch

import pytest

from lossledger import extract_claims
from lossledger.extract.slavic import aside_subject, sides
from lossledger.extract.slavic.language import language_data
from lossledger.extract.slavic.mentions import DocText, text_between
from lossledger.languages.morphology import Token, tokenize

_WRITTEN = [
    ("ru", "Россия, по данным британской разведки, потеряла за месяц 40 танков."),
    ("ru", "Армия РФ, по оценке аналитиков, могла лишиться до 300 бронемашин."),
    ("ru", "По словам губернатора, погибли 3 человека, еще 5 ранены."),
    ("ru", "ВСУ, как сообщает издание, потеряли 12 танков, а противник, по данным штаба, 70 бойцов."),
    ("ru", "В ночь на среду, когда начался обстрел, погибли двое мирных жителей."),
    ("uk", "Росія, за даними розвідки, втратила за тиждень 60 танків."),
    ("uk", "Окупанти, за словами речника, втратили 200 військових, ще 14 гармат знищено."),
    ("uk", "За даними ОВА, загинули 4 людини, ще 9 поранені."),
    ("uk", "Ворог, як повідомляє видання, міг втратити до 500 солдатів."),
    ("uk", "Увечері, коли дрони атакували місто, поранено 6 цивільних."),
]

_COMMA = re.compile(r"\s*,\s*")


def _subject_past_aside_read_whole(doc: DocText, toks: list[Token], lo: int) -> int:
    """``subject_past_aside`` as it was before the round: the commas before the clause looked for first."""
    if lo < 3 or not _COMMA.fullmatch(text_between(doc.text, toks[lo - 1].end, toks[lo].start)):
        return lo
    ctx = doc.lang.grammar["context"]
    opening = next((k for k in range(lo - 1, max(0, lo - 1 - 8), -1)
                    if _COMMA.fullmatch(text_between(doc.text, toks[k - 1].end, toks[k].start))), None)
    if opening is None or ctx.match(toks, opening, key="source_markers") is None:
        return lo
    named = [(a, b) for _key, a, b in doc.lang.sides.find_all(toks, max(0, opening - 3), opening) if b == opening]
    if not named:
        return lo
    a = named[-1][0]
    if a > 0 and not re.search(r"[,;:.—–]", text_between(doc.text, toks[a - 1].end, toks[a].start)):
        return lo
    return a


def _checked_extract(lang: str, text: str) -> tuple[int, int, list[Any]]:
    """The claims of ``text``, every ``subject_past_aside`` answer checked against the whole reading; how many
    times it was asked, and how many answers moved the clause's start."""
    shortcut = aside_subject.subject_past_aside
    asked = moved = 0

    def both(doc: DocText, toks: list[Token], lo: int) -> int:
        nonlocal asked, moved
        found = shortcut(doc, toks, lo)
        assert found == _subject_past_aside_read_whole(doc, toks, lo)
        asked += 1
        moved += found != lo
        return found

    with patch.object(sides, "subject_past_aside", both):
        claims = extract_claims(text, published=dt.date(2025, 11, 20), language=lang)
    return asked, moved, claims


@pytest.mark.parametrize(("lang", "text"), _WRITTEN)
def test_the_shortcut_answers_as_the_whole_reading(lang: str, text: str) -> None:
    _checked_extract(lang, text)


def test_the_written_sentences_reach_the_reader_and_move_the_clause() -> None:
    """The sentences are no empty check: the reader is asked, and some answers take the clause back to the side."""
    results = [_checked_extract(lang, text) for lang, text in _WRITTEN]
    assert sum(asked for asked, _moved, _claims in results) >= 5
    assert sum(moved for _asked, moved, _claims in results) >= 2


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_the_shortcut_answers_as_the_whole_reading_on_the_sentences_together(lang: str) -> None:
    text = " ".join(t for code, t in _WRITTEN if code == lang)
    _checked_extract(lang, text)


# -- one key's phrases at a token of a plain list of tokens (``PhraseTable._match_at`` via ``_key_at``) ---------

_PLAIN = [
    ("ru", "По данным штаба, атаки дронов ВСУ не прекращались, погибли трое мирных жителей и 40 военных."),
    ("ru", "Удар беспилотника по поселку: за сутки ранены пять человек, сообщил губернатор области."),
    ("uk", "За даними Генштабу, за минулу добу ворог втратив 1200 окупантів і 14 танків."),
    ("uk", "Атаки російських дронів на Харків: загинули двоє цивільних, ще семеро поранені, повідомив голова ОВА."),
]


def _keys_of(table: Any) -> set[str]:
    return {key for entries in (*table._by_first.values(), *table._prefixed.values()) for _words, key in entries}


@pytest.mark.parametrize(("lang", "text"), _PLAIN)
def test_one_keys_phrase_at_a_token_is_what_every_keys_reading_gives_it(lang: str, text: str) -> None:
    """``match`` of one key on a plain list (a document's tokens, no sentence's scan) tries that key's phrases only:
    its answer is the one the reading of every key's phrases at the token gives that key, at every token, for every
    key of every table, with the phrase's room ending at the list's end or before."""
    language = language_data(lang)
    toks = tokenize(text, lang)  # (a plain list: no memo)
    tables = [*language.grammar.values(), language.sides, language.places, language.claimants, language.categories,
              language.military_context, language.civilian_context, language.outcomes_people]
    found = 0
    for table in tables:
        keys = _keys_of(table)
        for i in range(len(toks)):
            for stop in (len(toks), min(len(toks), i + 2)):
                _best, per_key = table._phrases_at(toks, i, stop)
                for key in keys:
                    end = per_key.get(key)
                    want = (key, end) if end is not None else None
                    if want is not None and key == "none" and isinstance(table, type(language.places)):
                        want = None  # (``_Places``: a phrase naming no place is never answered)
                    assert table.match(toks, i, stop, key) == want
                    found += want is not None
    assert found >= 20  # (no empty check: the sentences hold phrases of many keys)
