"""Work the extractor does only as far as a document is read, and cheap tests before patterns (issue 17): the same
answers as doing all the work.

The cues of reported speech ("according to", ", the ministry said", "Kyiv's tally") are read in text order up
to the sentence asked about; every sentence must get the phrases, in the order, that one reading of the whole
document gives it, whatever order the sentences are asked in.
"""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract import date_mention_rules, date_mentions, speech_cues
from lossledger.extract.document import DocumentRules, Reader
from lossledger.extract.gate import FirstMention
from lossledger.languages.grammar import load_patterns
from lossledger.languages.scan import required_chars
from lossledger.profiles import load_profile

EN = load_patterns("en")
PROFILE = load_profile(None)
WAR_START = PROFILE.war_start

# sentences of our own, holding each kind of cue; written for these tests
SENTENCES = [
    "Five soldiers were killed, the governor said.",
    "According to the regional administration, 12 people were wounded.",
    "The ministry's latest update put the toll at 40.",
    "Jane Doe, who heads the mission, said 7 civilians died.",
    "The figures were released by the general staff on Monday.",
    "Shelling by the army hit a school, killing three.",
    '"We lost two tanks," a commander told reporters.',
    "Ukraine says it shot down 30 drones overnight.",
    "Sources: regional police",
    "The weather was mild.",
]
documents = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=9).map(
    lambda picked: "\n\n".join(" ".join(picked[i:i + 2]) for i in range(0, len(picked), 2)))


def _reader(text: str) -> Reader:
    return Reader(text, None, PROFILE, grammar=EN)


@settings(max_examples=150, deadline=None)
@given(documents, st.randoms(use_true_random=False))
def test_phrases_read_sentence_by_sentence_are_those_of_the_whole_text(text: str, order: random.Random) -> None:
    whole = _reader(text)
    everything = dict(speech_cues.document_phrases(whole, len(whole.norm)))
    piecemeal = _reader(text)
    sentences = list(piecemeal.sentences)
    order.shuffle(sentences)
    for sent in sentences:
        asked = speech_cues.document_phrases(piecemeal, sent.end).get(sent.start, [])
        assert asked == everything.get(sent.start, [])
    assert speech_cues.document_phrases(piecemeal, len(piecemeal.norm)) == everything


def test_phrases_of_later_sentences_are_not_read_before_they_are_asked() -> None:
    text = "Five soldiers were killed, the governor said. The weather was mild. Ukraine says 30 drones fell."
    reader = _reader(text)
    first, _second, last = reader.sentences
    assert speech_cues.document_phrases(reader, first.end).keys() == {first.start}
    assert speech_cues.document_phrases(reader, last.end).keys() == {first.start, last.start}


def test_the_gate_reads_each_sentence_for_outcome_words_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # each sentence is asked whether it holds an outcome word for itself, and again for the sentence after it
    text = ("The dam was destroyed in the storm. Repairs begin soon. The bridge was damaged too. "
            "Engineers lost a day. Roads reopen in June.")
    reader = _reader(text)
    asked: list[int] = []
    holds = FirstMention._holds

    def counting(self: FirstMention, pattern: re.Pattern[str], i: int, end: int | None = None) -> bool:
        if pattern is self._outcome:
            asked.append(i)
        return holds(self, pattern, i, end)

    monkeypatch.setattr(FirstMention, "_holds", counting)
    gate = FirstMention(PROFILE, reader.norm, reader.sentences, grammar=EN)
    for i in range(len(reader.sentences)):
        gate.possible(i)
    assert sorted(asked) == sorted(set(asked)) and len(asked) == len(reader.sentences)


# --- cheap tests before patterns: what a text must hold for a pattern to match in it ---

def test_required_chars_names_a_class_the_pattern_cannot_skip() -> None:
    assert required_chars(re.compile(r"^\w+\s*[-:=]+\s*$")) == frozenset("-:=")
    assert required_chars(re.compile(r"ab?c")) == frozenset("a")  # "a" and "c" both needed: one of them
    assert required_chars(re.compile(r"x|y")) == frozenset("xy")  # one of two characters
    assert required_chars(re.compile(r"xa|yb")) is None  # either of two words: no one character
    assert required_chars(re.compile(r"\w+\s+\d")) is None  # classes too wide to name
    assert required_chars(re.compile(r"said", re.IGNORECASE)) is None  # "SAID" holds none of s, a, i, d
    assert required_chars(re.compile(r"(?:, )?[;:]?tanks?")) == frozenset("t")


LABEL_GAP = EN.rules(DocumentRules).label_gap


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\n-:=()/abcXYZ12_.,;", max_size=40))
def test_a_text_without_the_required_chars_holds_no_label_gap(text: str) -> None:
    chars = EN.rules(DocumentRules).label_gap_chars
    assert chars is not None
    if not any(c in text for c in chars):
        assert LABEL_GAP.match(text) is None and LABEL_GAP.search(text) is None


def test_a_label_is_found_with_its_separator_and_not_without() -> None:
    text = "Losses so far:\ntanks - 2,840 (+3)\nThe army lost 12 tanks in the battle."
    reader = _reader(text)
    labelled, prose = reader.sentences[1], reader.sentences[2]
    assert reader.find_label_before(labelled, reader.norm.index("2,840")) is not None
    assert reader.find_label_before(prose, reader.norm.index("12 tanks")) is None


def test_season_words_are_found_once_per_text_and_dated_by_each_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    # a document's dates are read twice (to infer its date, then with it): its season words are found once
    rules = EN.rules(date_mention_rules.DateMentionRules)
    scans: list[str] = []
    real = date_mention_rules.DateMentionRules

    class Counting:
        def __init__(self) -> None:
            self.__dict__.update(vars(rules))
            self.season_word = _Spy(rules.season_word, scans)

    monkeypatch.setattr(EN, "_rules", {**EN._rules, real: Counting()})
    date_mentions._season_words.cache_clear()
    text = "Losses were heavy last summer, officials said, and fell over the winter."
    first = date_mentions.find_dates(text, published=dt.date(2023, 3, 1), war_start=WAR_START, grammar=EN)
    second = date_mentions.find_dates(text, published=dt.date(2024, 9, 1), war_start=WAR_START, grammar=EN)
    assert len(scans) == 1
    seasons = [(m.text, m.date) for m in first if m.kind == "season"]
    later = [(m.text, m.date) for m in second if m.kind == "season"]
    assert seasons and later and seasons != later  # each reading dates them from its own day


class _Spy:
    """A pattern that records each scan of a whole text."""

    def __init__(self, pattern: re.Pattern[str], scans: list[str]) -> None:
        self.pattern, self.scans = pattern, scans

    def finditer(self, text: str) -> object:
        self.scans.append(text)
        return self.pattern.finditer(text)

    def search(self, text: str) -> object:
        self.scans.append(text)
        return self.pattern.search(text)


def test_a_text_read_twice_without_a_date_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[int] = []
    mention = date_mentions._mention

    def counting(*args: object, **kwargs: object) -> object:
        read.append(1)
        return mention(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(date_mentions, "_mention", counting)
    date_mentions._dates_read.cache_clear()
    text = "On June 2, officials said 40 soldiers had died since May 28; on Monday the toll rose."
    first = date_mentions.find_dates(text, published=None, war_start=WAR_START, grammar=EN)
    once = len(read)
    again = date_mentions.find_dates(text, published=None, war_start=WAR_START, grammar=EN)
    assert once and len(read) == once and again == first and again is not first
    dated = date_mentions.find_dates(text, published=dt.date(2024, 6, 5), war_start=WAR_START, grammar=EN)
    assert len(read) > once  # a reading with a date is another reading
    assert [m.date for m in dated if m.kind == "weekday"] != [m.date for m in first if m.kind == "weekday"]


_SEASON_RULES = EN.rules(date_mention_rules.DateMentionRules)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_SEASON_RULES.seasons, "Spring", "WINTER", "falls", "summery", " ", "-", "the",
                                 "x", ", ", "\n"]), max_size=12).map("".join))
def test_every_season_word_is_a_season_of_the_grammar(text: str) -> None:
    # what lets an ASCII text without any of the grammar's seasons go unscanned for season words
    for word in _SEASON_RULES.season_word.finditer(text):
        assert word.group(0).lower() in _SEASON_RULES.seasons
    if not any(season in text.lower() for season in _SEASON_RULES.seasons):
        assert _SEASON_RULES.season_word.search(text) is None
