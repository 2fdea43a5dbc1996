"""Numbers as news writes them, and the numbers that are never loss figures (our own sentences)."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from lossledger.extract.numbers import NumberRules, _number_matches, case_free, find_numbers
from lossledger.languages.ascii_twins import reads_alike
from lossledger.languages.grammar import load_patterns

EN = load_patterns("en")


def values(text: str) -> list[tuple[float, float | None]]:
    return [(n.value, n.value_high) for n in find_numbers(text, grammar=EN) if not n.delta]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia lost 1,417,770 soldiers", [(1_417_770, None)]),
        ("the count stood at 1 417 770 on Monday", [(1_417_770, None)]),
        ("a total of 122 883 servicemen", [(122_883, None)]),
        ("registered 17.700.000 voters", [(17_700_000, None)]),
        ("two tanks and eleven howitzers", [(2, None), (11, None)]),
        ("Thirty-four people were hurt", [(34, None)]),
        ("almost 85 thousand troops", [(85_000, None)]),
        ("crossed 1.22 million personnel", [(1_220_000, None)]),
        ("over a million soldiers", [(1_000_000, None)]),
        ("between 2,000 and 4,000 troops", [(2_000, 4_000)]),
        ("from 189 000 to 273 000 dead.", [(189_000, 273_000)]),
        ("600-800 people a day", [(600, 800)]),
        ("7,000 to 15,000 Russian troops", [(7_000, 15_000)]),
        ("probably 70 or 80,000 casualties", [(70_000, 80_000)]),
        ("1,520 and 1,517 systems destroyed", [(1_520, None), (1_517, None)]),
        ("tanks - 1921 (+3)", [(1_921, None)]),
        ("APV - 2002 units", [(2_002, None)]),
    ],
)
def test_counts(text: str, expected: list[tuple[float, float | None]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2023 the front barely moved.",                 # a year
        "Russia invaded on February 24, 2022, at dawn.",   # a date
        "Posted at 12:38 01.04.2022",                      # a time and a dotted date
        "a $2 billion aid package",                        # money
        "prices rose 50 per cent and 14%",                 # percentages
        "3,000 square kilometres and 600 miles of front",  # areas and distances
        "the 155th brigade fired 155mm shells",            # unit designations
        "T-72 tanks, Su-25 jets and M777 guns",            # model names
        "for 1,000 days, a 34-month-old war",              # durations
        "losses 10 times higher and a 19-fold rise",       # ratios
        "Friday is day 765 of the war",                    # a day number
        "the boy was 5 years old",                         # an age
    ],
)
def test_not_counts(text: str) -> None:
    assert values(text) == []


def test_bulletin_delta() -> None:
    found = find_numbers("personnel - about 80860 (+650) persons were liquidated", grammar=EN)
    assert [(n.value, n.delta) for n in found] == [(80_860, False), (650, True)]


@given(st.text(max_size=300))
def test_never_raises_and_spans_point_into_text(text: str) -> None:
    for number in find_numbers(text, grammar=EN):
        assert 0 <= number.start < number.end <= len(text)
        assert number.value >= 0


@given(after=st.text(alphabet=st.sampled_from(list(" \u00a0\tkm%-°ahmperstuyoldiwgbcnfv")), max_size=14))
def test_unit_after_lookahead_keeps_the_matches(after: str) -> None:
    """The unit test after a number looks at the units' first characters first: the same matches as without."""
    rules = EN.rules(NumberRules)
    plain = re.compile(rf"\s*(?:{rules.not_count_units})(?![a-z])", re.IGNORECASE)
    for text in (after, " km" + after, "% " + after, " percent" + after, " -year-old" + after):
        got, expected = rules.unit_after_re.match(text), plain.match(text)
        assert (got and got.span()) == (expected and expected.span())


_NUMBER_PIECES = ["12", "1,417", " ", ", ", "-", ".", "/", "(", ")", "+", "two", "thirty-four", " thousand", "k",
                  "between ", " and ", " to ", "x", "\n", ":", "one", "a million", "5.5", "t-72", "—"]


@given(text=st.lists(st.sampled_from(_NUMBER_PIECES), max_size=16).map("".join))
def test_numbers_found_after_a_mark_are_those_of_the_lookbehind(text: str) -> None:
    """The number pattern is scanned from the character before each number (a class ``re`` skips to): the same
    matches as the pattern with its lookbehind."""
    rules = EN.rules(NumberRules)
    expected = [(m.span(), m.group("lo", "hi")) for m in rules.number_re.finditer(text)]
    assert [(m.span("number"), m.group("lo", "hi")) for m in _number_matches(rules, text)] == expected


_MIXED_CASE_PIECES = ["12", "1,417", " ", ", ", "-", "Two", "THIRTY-four", " Thousand", "K", "Between ", " AND ",
                      " To ", " or ", "One", "A Million", "Half a MILLION", "x", "\n", "\x1c", "(+", ")", "é", "\u212a",
                      "\t"]


@given(text=st.lists(st.sampled_from(_MIXED_CASE_PIECES), max_size=16).map("".join))
def test_case_free_number_patterns_find_the_same_spans(text: str) -> None:
    """An ASCII text is scanned lower-cased by the patterns without IGNORECASE: the same spans as the patterns with
    it, the same groups but for their case (a text with other characters is scanned as it is)."""
    rules = EN.rules(NumberRules)
    expected = [(m.span(), tuple(g and g.lower() for g in m.group("lo", "hi", "sep")))
                for m in rules.number_re.finditer(text)]
    found = [(m.span("number"), tuple(g and g.lower() for g in m.group("lo", "hi", "sep")))
             for m in _number_matches(rules, text)]
    assert found == expected


def test_case_free_patterns_only_where_case_cannot_matter() -> None:
    rules = EN.rules(NumberRules)
    assert rules.folded_number_re is not None and rules.folded_number_after_mark is not None
    assert not rules.folded_number_after_mark.flags & re.IGNORECASE and rules.folded_number_after_mark.flags & re.ASCII
    assert case_free(re.compile(r"\d+ (?:km|miles)", re.IGNORECASE)) is not None
    assert case_free(re.compile(r"[A-Z]\d", re.IGNORECASE)) is None  # a capital in a class
    assert case_free(re.compile(r"\d+ Km", re.IGNORECASE)) is None  # a capital literal
    assert case_free(re.compile("\\d+ \u017fx", re.IGNORECASE)) is None  # a letter that matches "s" and "S"
    assert case_free(re.compile(r"\d+ (?-i:km)", re.IGNORECASE)) is None  # a group with flags of its own
    assert case_free(re.compile(r"\d+ km")) is None  # not IGNORECASE: nothing to drop


_EXCLUSION_PIECES = ["12", "1,417", "2022", " ", ", ", ". ", "-", "/", ":", "(+", ")", "\t", "\x1c", "Two", " thousand",
                     " To ", " and ", "Between ", " km", "%", " percent", " years", "$", "€", " MARCH ", "March ",
                     " of May", "T-72", "mm", "since ", "by ", "rose by ", "-plus", "\u2019", "\u2014", "é", "\u212a"]


@given(text=st.lists(st.sampled_from(_EXCLUSION_PIECES), max_size=16).map("".join))
def test_the_ascii_grammars_numbers_are_those_of_the_grammar(text: str) -> None:
    """The grammar of a text that ``reads_alike`` reads its numbers with the ASCII twins of the patterns (the same
    matches, faster): the same numbers as the grammar itself."""
    assume(reads_alike(text))
    assert EN.in_ascii().rules(NumberRules).excluded_after_re.flags & re.ASCII
    assert find_numbers(text, grammar=EN.in_ascii()) == find_numbers(text, grammar=EN)


@pytest.mark.parametrize("text", ["Russia lost TWO tanks and Thirty-Four soldiers", "BETWEEN 2,000 AND 4,000 troops",
                                  "One Thousand killed, Half A Million wounded"])
def test_numbers_read_in_capitals_as_in_lower_case(text: str) -> None:
    def read(t: str) -> list[tuple[int, int, float, float | None, bool]]:
        return [(n.start, n.end, n.value, n.value_high, n.is_word) for n in find_numbers(t, grammar=EN)]

    assert read(text) == read(text.lower()) != []
    assert [n.text for n in find_numbers(text, grammar=EN)] == [
        text[n.start:n.end] for n in find_numbers(text, grammar=EN)]  # the text as written, not lower-cased
