"""What the per-number chain asks once per sentence or per document (issue 17) answers what asking it per number
answers: the sentence's required words (``Reader.sentence_may_hold``), a clause with no measure cue
(``Reader.silent_clauses``), a side's word before a number (``whose_loss._side_cue``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger import extract_claims
from lossledger.extract import loss_frame, measure, whose_loss
from lossledger.extract.document import Reader
from lossledger.extract.required_words import required_words
from lossledger.languages.grammar import load_patterns
from lossledger.profiles import load_profile

EN = load_patterns("en")
PROFILE = load_profile(None)
RULES = [EN.rules(rules) for rules in (loss_frame.LossFrameRules, measure.MeasureRules)]
# the patterns a sentence's words may rule out (those with words every match needs)
WORDED = [pattern for rules in RULES for pattern in vars(rules).values()
          if isinstance(pattern, re.Pattern) and required_words(pattern) is not None]

PIECES = ["sent", "supplied", "Western-supplied", "by", "to", "the", "tanks", "Russian", "Ukraine", "per", "day",
          "daily", "a week", "accused", "team", "had", "among", "including", "killed", "lost", "since", "first",
          "this year", "so far", "\u212a", "ſ", "İ", "ı", "12", "300", ",", ".", "(", ")", "-", " "]
texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=24).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(texts, st.data())
def test_a_sentence_without_a_pattern_s_words_holds_no_match_in_any_window(text: str, data: st.DataObject) -> None:
    reader = Reader(text, None, PROFILE, grammar=EN)
    for sent in reader.sentences:
        lo = data.draw(st.integers(sent.start, sent.end))
        hi = data.draw(st.integers(lo, sent.end))
        for pattern in WORDED:
            if not reader.sentence_may_hold(sent, pattern):
                assert pattern.search(reader.norm, lo, hi) is None
                assert pattern.search(reader.norm[lo:hi]) is None
            assert _span(reader.search_in(sent, pattern, lo, hi)) == _span(pattern.search(reader.norm, lo, hi))


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found is not None else None


def _claims(text: str) -> list[tuple[float, str, str | None, str, str | None]]:
    return [(c.value, c.category, c.side, c.measure, c.outcome) for c in extract_claims(text, published="2024-05-01")]


def test_a_clause_without_cues_is_read_once_for_all_its_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Russian forces lost 120 tanks, 80 aircraft and 40 ships."
    reader = Reader(text, None, PROFILE, grammar=EN)
    sent = reader.sentences[0]
    at = text.index("120")
    assert measure._measure_cues(reader, sent, sent.start, sent.end, at, at + 3, None, "tanks") is None
    assert (sent.start, sent.end) in reader.silent_clauses
    # a cue whose reading depends on the number (an increment word, the figure before) leaves the clause unmarked
    told = Reader("Russia lost another 40 tanks and 12 ships.", None, PROFILE, grammar=EN)
    first = told.sentences[0]
    at = told.norm.index("40")
    measure._measure_cues(told, first, first.start, first.end, at, at + 2, None, "tanks")
    assert (first.start, first.end) not in told.silent_clauses
    # the answers are those of reading every number afresh
    plain = _claims(text)
    monkeypatch.setattr(Reader, "__init__", _without_memos(Reader.__init__))
    assert _claims(text) == plain


def _without_memos(init: Callable[..., None]) -> Callable[..., None]:
    """Reader.__init__ with the memos of this file replaced by ones that never remember anything."""
    def plain_init(self: Reader, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        self.silent_clauses = _Forgetful()  # type: ignore[assignment]
        self.side_cues = _Forgetful()
        self.lost_alone = _Forgetful()
        self.ones_in = _Forgetful()
    return plain_init


class _Forgetful(dict):  # type: ignore[type-arg]
    """A set or dict that forgets what it is given."""

    def add(self, _item: object) -> None:
        return None

    def __setitem__(self, _key: object, _value: object) -> None:
        return None


def test_a_side_s_word_is_read_once_for_every_number_after_it(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["Ukrainian troops destroyed 12 Russian tanks and 30 armoured vehicles near Bakhmut, while 5 soldiers "
             "were killed.",
             "Ukraine's air force said 40 drones were destroyed and 3 missiles were shot down overnight.",
             "A Russian strike on the Ukrainian city of Kharkiv killed 3 people and wounded 14."]
    remembered = [_claims(text) for text in texts]
    monkeypatch.setattr(Reader, "__init__", _without_memos(Reader.__init__))
    assert [_claims(text) for text in texts] == remembered
    monkeypatch.undo()
    # the words before both numbers are read for the first; the second finds them remembered, not read again
    text = texts[2]
    reader = Reader(text, None, PROFILE, grammar=EN)
    sent = reader.sentences[0]
    whose_loss.side_of(reader, sent, text.index("3 people"), None, "people", None, None)
    first = dict(reader.side_cues)
    assert {start for _vocabulary, start, _end in first} == {text.index("Russian"), text.index("Ukrainian")}
    whose_loss.side_of(reader, sent, text.index("14"), None, "people", None, None)
    assert all(reader.side_cues[key] is read for key, read in first.items())
    assert first[("side_adjective", text.index("Ukrainian"), text.index("Ukrainian") + 9)] == (False, "place")


def test_a_window_is_tested_for_the_words_a_match_needs_unless_it_is_short(monkeypatch: pytest.MonkeyPatch) -> None:
    from lossledger.extract.document import SHORT_WINDOW
    from lossledger.extract.required_words import Folded

    tested: list[tuple[int, int]] = []
    may_match = Folded.may_match

    def recorded(self: Folded, pattern: re.Pattern[str], lo: int, hi: int) -> bool:
        tested.append((lo, hi))
        return may_match(self, pattern, lo, hi)

    monkeypatch.setattr(Folded, "may_match", recorded)
    text = "Officials said on Monday that 12 people aged 45 and 60 had been killed in the strike on the city."
    reader = Reader(text, None, PROFILE, grammar=EN)
    sent = reader.sentences[0]
    age_before = EN.rules(loss_frame.LossFrameRules).age_before
    at = text.index("45")
    found = reader.search_in(sent, age_before, at - 10, at)
    assert found is not None and found.group(0).strip().lower().startswith("aged")
    assert tested == []  # (a short window is searched at once)
    far = text.index("killed")
    assert far - sent.start > SHORT_WINDOW
    assert _span(reader.search_in(sent, age_before, sent.start, far)) == _span(
        age_before.search(reader.norm, sent.start, far))
    assert tested == [(sent.start, far)]  # a longer one is tested itself (not its sentence)
    assert reader.search_in(sent, EN.rules(loss_frame.LossFrameRules).other_event, sent.start, far) is None
    # a window asked how it ends is tested for the words too, not its sentence
    from lossledger.extract import ExtractRules

    superseded = EN.rules(ExtractRules).superseded_version_before
    tested.clear()
    corrected = Reader("An earlier version of this story said 12 tanks were lost.", None, PROFILE, grammar=EN)
    first = corrected.sentences[0]
    at = corrected.norm.index("12")
    assert corrected.ends_in(first, superseded, first.start, at)
    assert not reader.ends_in(sent, superseded, sent.start, at)
    assert superseded.search(reader.norm, sent.start, at) is None
    assert tested == [(first.start, at), (sent.start, at)]


def test_what_the_gate_asks_before_any_mention_is_answered_once(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["The city was quiet on Sunday. Russian forces lost 120 tanks and a submarine, the ministry said.",
             "On 24 February 2022 the invasion began. By May, 3 strikes had killed 45 civilians and a child."]
    remembered = [_claims(text) for text in texts]
    assert all(remembered)
    calls: list[int] = []
    original = loss_frame._what_was_lost

    def counted(reader: Reader, sent: Any, num: Any, *args: Any) -> Any:
        calls.append(num.start)
        return original(reader, sent, num, *args)

    monkeypatch.setattr(loss_frame, "_what_was_lost", counted)
    reader = Reader(texts[0], None, PROFILE, grammar=EN)
    sent = reader.sentences[1]
    num = reader.numbers_in(sent)[0]
    first = loss_frame.what_was_lost(reader, sent, num, sent.start + num.start, sent.start + num.end, [])
    assert first is not None and first[0] == "tanks"
    assert loss_frame.what_was_lost(reader, sent, num, sent.start + num.start, sent.start + num.end, []) == first
    assert len(calls) == 1  # the second asking (the reading's, after the gate's) is answered from the first
    ones = loss_frame.counts_of_one(reader, sent, reader.numbers_in(sent))
    assert [one.text for one in ones] == ["a"]
    assert loss_frame.counts_of_one(reader, sent, reader.numbers_in(sent)) == ones
    assert reader.ones_in[sent.start] == ones
    monkeypatch.undo()
    # the claims are those read with nothing remembered
    monkeypatch.setattr(Reader, "__init__", _without_memos(Reader.__init__))
    assert [_claims(text) for text in texts] == remembered
