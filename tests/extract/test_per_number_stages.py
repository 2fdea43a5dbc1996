"""The per-number stages' shortcuts of issue 17 (helper h114) answer what the plain code they replace answers."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger import extract_claims
from lossledger.extract import loss_frame, measure
from lossledger.extract.document import Reader
from lossledger.extract.loss_frame_rules import TWO_CASE_LETTERS, letter_led
from lossledger.extract.required_words import Folded, required_words
from lossledger.languages.grammar import load_patterns
from lossledger.profiles import load_profile

EN = load_patterns("en")
FRAME = EN.rules(loss_frame.LossFrameRules)


def _reader(text: str) -> Reader:
    return Reader(text, None, load_profile(None), grammar=EN)


def _plain_about_civilians(reader: Reader) -> bool:
    return len(FRAME.civilian_context.findall(reader.norm)) > len(FRAME.military_context.findall(reader.norm))


@pytest.mark.parametrize("text", [
    "Troops and soldiers of the army held the front. 12 were killed.",
    "Rescuers pulled residents from the rubble of an apartment block; the governor said 12 civilians died.",
    "The governor said troops shelled the village. 3 civilians and 2 soldiers were killed.",
    "Residents said soldiers came. 4 died.",  # one word of each: not more civilian than military
    "Nothing here names anyone. 5 died.",
])
def test_about_civilians_answers_as_the_two_counts_do(text: str) -> None:
    reader = _reader(text)
    assert loss_frame._about_civilians(reader) == _plain_about_civilians(reader)


def test_about_civilians_does_not_search_military_words_where_no_civilian_is_named() -> None:
    reader = _reader("Troops and soldiers of the army held the front. 12 were killed.")
    assert loss_frame._about_civilians(reader) is False
    assert (id(FRAME.military_context), 0, len(reader.norm)) not in reader.slice_matches


class _Spy:
    """A pattern that counts the calls of one of its methods."""

    def __init__(self, pattern: re.Pattern[str], method: str) -> None:
        self.pattern, self.method, self.calls = pattern, method, 0

    def __getattr__(self, name: str) -> object:
        if name == self.method:
            self.calls += 1
        return getattr(self.pattern, name)


def test_a_pair_s_pattern_is_tried_only_where_a_rate_follows_the_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    # (the grammar extract_claims reads now: a test elsewhere may have cleared the cache EN was loaded from; these
    # texts read alike in ASCII, and are read with its twin, languages.ascii_twins)
    rules = load_patterns("en").in_ascii().rules(measure.MeasureRules)
    spy = _Spy(rules.coordinated_tail, "fullmatch")
    monkeypatch.setattr(rules, "coordinated_tail", spy)
    # a rate word after the pair ("in a day" is no rate): the pair's pattern cannot matter
    claims = extract_claims("Russia lost 150 tanks and 800 trucks in a day, the ministry said.", language="en")
    assert [c.value for c in claims] == [150, 800]
    assert spy.calls == 0
    # "every day" after the pair: the pair shares it
    claims = extract_claims("Russia loses 150 tanks and 800 trucks every day, the ministry said.", language="en")
    assert [(c.value, c.measure) for c in claims] == [(150, "rate"), (800, "rate")]
    assert spy.calls == 1


def test_military_words_are_not_searched_in_a_sentence_with_civilian_words(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = _Spy(FRAME.military_context, "search")
    monkeypatch.setattr(FRAME, "military_context", spy)
    reader = _reader("Shelling hit the village, killing 12 people and wounding soldiers.")
    sent = reader.sentences[0]
    assert loss_frame.people_or_personnel(reader, reader.norm, "people", sent=sent) == "people"
    assert spy.calls == 0
    reader = _reader("Shelling hit the front, killing 12 people and wounding soldiers.")
    assert loss_frame.people_or_personnel(reader, reader.norm, "people", sent=reader.sentences[0]) == "personnel"
    assert spy.calls == 1


def test_a_long_pattern_s_window_needs_a_word_of_each_group_of_one_alternative() -> None:
    bounded_event = EN.rules(measure.MeasureRules).bounded_event
    needs = required_words(bounded_event)
    assert needs is not None and needs.parts is not None
    for text, may_hold in [
        ("They killed 12 people in the morning.", False),  # "killed" alone: no alternative has all it needs
        ("The strike killed 12 people in the morning.", True),
        ("They killed 12 people in a failed attack.", True),
    ]:
        assert Folded(text).may_match(bounded_event, 0, len(text)) is may_hold, text
        assert (bounded_event.search(text) is not None) <= may_hold, text
    # a short pattern keeps the one test of its words: its search costs less than the test of each group
    assert required_words(EN.rules(measure.MeasureRules).rate_words).parts is None  # type: ignore[union-attr]


def test_two_case_letters_are_every_ascii_letter_re_folds_only_to_its_two_cases() -> None:
    any_letter = re.compile("[a-z]", re.IGNORECASE)
    folded_to: dict[str, set[str]] = {}
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if not 0xD800 <= code <= 0xDFFF and any_letter.fullmatch(char):
            for letter in "abcdefghijklmnopqrstuvwxyz":
                if re.fullmatch(letter, char, re.IGNORECASE):
                    folded_to.setdefault(letter, set()).add(char)
    assert {letter for letter, chars in folded_to.items() if chars == {letter, letter.upper()}} == TWO_CASE_LETTERS


ARTICLE_PIECES = ["a", "A", "an", "An", "AN", "aN", "ban", "ana", "a1", "_a", "é", "ſ", "\u212a", " ", "  ", "\t",
                  "\n", ",", ".", "-", "tank", "the", "i", "İ"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(ARTICLE_PIECES), max_size=14).map("".join), st.integers(0, 40), st.integers(0, 40))
def test_a_letter_led_pattern_finds_what_the_pattern_finds(text: str, lo: int, hi: int) -> None:
    for source in (r"\ban?\s+", r"\bthe\s+(?:tank|the)\b", r"\bwe\b|x", r"\ba?n\s"):
        pattern = re.compile(source, re.IGNORECASE)
        led = letter_led(pattern)
        assert ([m.span() for m in led.finditer(text, lo, hi)] == [m.span() for m in pattern.finditer(text, lo, hi)]
                ), (source, text, lo, hi)


def test_the_article_is_searched_letter_led() -> None:
    assert FRAME.article.pattern.startswith("(?-i:[aA])")
    assert letter_led(re.compile(r"\bwe\b|x", re.IGNORECASE)).pattern == r"\bwe\b|x"  # an alternation: as written
