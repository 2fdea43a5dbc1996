"""Speed round 26 (issue 17): tests asked first of a sentence's record, in place of a loop over its tokens or its
figures, answer what the loop answers (sentences written for these tests)."""

from __future__ import annotations

import re
from itertools import chain
from types import SimpleNamespace

import pytest

from lossledger.extract.slavic.language import language_data
from lossledger.extract.slavic.mentions import DocText, text_between
from lossledger.extract.slavic.numbers import Number, find_numbers
from lossledger.extract.slavic.restated_figure import a_figure_told_before
from lossledger.extract.slavic.sentences import Sentence
from lossledger.extract.slavic.split_title import _LEMMAS, _titles, titles_split_by_a_place
from lossledger.extract.slavic.transcript import _DASH_AFTER_LABEL, a_vote_tally
from lossledger.profiles import load_profile

_TEXTS = [
    ("uk", "Голова Кам'янської сільської громади повідомив, що загинули 3 людини. «За» — 268, «проти» — 0, "
           "«утрималися» — 12. Цифру у 3 людини завищено, сказав голова громади. Ще 40 — поранені."),
    ("uk", "Як повідомив голова Вишневої громади, 12 будинків зруйновано. Голосували: за — 230; проти — 5. Але "
           "цифру в 12 будинків ніхто не підтвердив."),
    ("ru", "Глава Каменского района сообщил о 5 погибших. «За» — 301, «против» — 2. Цифра в 5 погибших не "
           "подтверждается, заявил глава района. Еще 7 — ранены."),
    ("ru", "По словам главы Озерного округа, 14 домов разрушены; итог голосования: за — 98, против — 1. Цифра в 14 "
           "домов названа ведомством."),
]


def _doc(lang: str, text: str) -> DocText:
    return DocText(text, language_data(lang), load_profile(None), None)


def _figures(doc: DocText, sent: Sentence) -> list[Number]:
    return find_numbers(doc.text, sent, doc.lang, [])


def _vote_tally_by_the_dash(doc: DocText, sent: Sentence, num: Number) -> bool:
    """``a_vote_tally`` as it was: the dash before the figure looked at first, the sentence's keys not asked."""
    toks = sent.tokens
    k = num.first_token
    if k == 0 or not _DASH_AFTER_LABEL.match(text_between(doc.text, toks[k - 1].end, toks[k].start)):
        return False
    hit = next((h for h in doc.lang.grammar["context"].find_all(toks, max(0, k - 3), k, "vote_labels") if h[2] == k),
               None)
    return hit is not None and (hit[1] == 0 or re.search(
        r"[«\"“,;:]", text_between(doc.text, toks[hit[1] - 1].end, toks[hit[1]].start)) is not None)


def _told_before_by_the_values(doc: DocText, sent: Sentence, num: Number) -> bool:
    """``a_figure_told_before`` as it was: the figures told before looked through first."""
    k = num.first_token
    if k == 0 or not any(m.value == num.value for m in doc.mentions):
        return False
    hits = doc.lang.grammar["context"].find_all(sent.tokens, max(0, k - 3), k, "figure_word")
    return any(b == k for _key, _a, b in hits)


@pytest.mark.parametrize(("lang", "text"), _TEXTS)
def test_the_title_gate_of_chained_lemmas_is_the_token_loop(lang: str, text: str) -> None:
    doc = _doc(lang, text)
    table = _titles(doc)
    assert table  # (the profile's titles of two nouns: "голова громади", "глава района")
    found = 0
    for sent in doc.sentences:
        starts = [i for i, t in enumerate(sent.tokens) if not table.keys().isdisjoint(t.lemmas)]
        assert table.keys().isdisjoint(chain.from_iterable(map(_LEMMAS, sent.tokens))) == (not starts)
        found += bool(starts)
        hits = doc.lang.claimants.find_all(sent.tokens)
        assert titles_split_by_a_place(doc, sent.tokens, hits) == titles_split_by_a_place(doc, list(sent.tokens), hits)
    assert found >= 1


@pytest.mark.parametrize(("lang", "text"), _TEXTS)
def test_vote_tally_and_restated_figure_gated_on_keys_answer_as_before(lang: str, text: str) -> None:
    doc = _doc(lang, text)
    told = [SimpleNamespace(value=num.value) for sent in doc.sentences for num in _figures(doc, sent)]
    tallies = restated = 0
    for mentions in ([], told):
        doc.mentions = mentions  # type: ignore[assignment]
        for sent in doc.sentences:
            for num in _figures(doc, sent):
                assert a_vote_tally(doc, sent, num) == _vote_tally_by_the_dash(doc, sent, num)
                assert a_figure_told_before(doc, sent, num) == _told_before_by_the_values(doc, sent, num)
                tallies += a_vote_tally(doc, sent, num)
                restated += a_figure_told_before(doc, sent, num)
    assert tallies >= 2
    assert restated >= 1
