"""The date stages read their words from the grammar, not from code: a grammar with other words reads otherwise."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from grammar_fixtures import english_with
from lossledger.errors import LossledgerError
from lossledger.extract.date_mention_rules import DateMentionRules
from lossledger.extract.date_mentions import find_dates
from lossledger.extract.war_time import find_war_time
from lossledger.languages.grammar import PatternGrammar, load_patterns

WAR_START = dt.date(2022, 2, 24)
ENGLISH = load_patterns("en")



def _dates(text: str, grammar: PatternGrammar, published: dt.date | None = None
           ) -> list[tuple[str, str, dt.date | None]]:
    found = find_dates(text, published=published, war_start=WAR_START, grammar=grammar)
    return [(m.text, m.kind, m.date) for m in found]


def test_seasons_are_a_table_of_month_pairs() -> None:
    seasons = ENGLISH.pairs("dates.seasons")
    assert seasons["winter"] == (12, 2) and set(seasons) >= {"spring", "summer", "autumn", "fall"}


@pytest.mark.parametrize("value", [{"winter": [12]}, {"winter": "12-2"}, {"winter": [12, 2.5]}, ["winter"]])
def test_a_malformed_table_of_pairs_is_refused(value: Any) -> None:
    grammar = english_with(dates__seasons=value)
    with pytest.raises(LossledgerError, match=r"grammar: 'dates.seasons' is not a table of words to pairs"):
        grammar.pairs("dates.seasons")


def test_a_season_spans_the_months_its_grammar_gives() -> None:
    text = "Losses mounted during the summer of 2023 and again in the autumn of 2023."
    assert [d[2] for d in _dates(text, ENGLISH)] == [dt.date(2023, 8, 31), dt.date(2023, 11, 30)]
    seasons = {season: list(months) for season, months in ENGLISH.pairs("dates.seasons").items()}
    longer = english_with(dates__seasons={**seasons, "summer": [5, 9]})
    found = find_dates(text, published=None, war_start=WAR_START, grammar=longer)
    assert [(m.span_start, m.date) for m in found][0] == (dt.date(2023, 5, 1), dt.date(2023, 9, 30))


def test_a_month_that_is_a_verb_needs_a_preposition_only_where_the_grammar_says_so() -> None:
    published = dt.date(2024, 8, 10)
    text = "Officials said Kyiv May face more attacks; fighting grew in March."
    assert [d[0] for d in _dates(text, ENGLISH, published)] == ["March"]
    no_verbs = english_with(dates__verb_months=[])
    assert [d[0] for d in _dates(text, no_verbs, published)] == ["May", "March"]


def test_which_weekday_a_modifier_names_is_the_grammars() -> None:
    monday = dt.date(2024, 6, 3)
    text = "The strike came previous Monday, the governor wrote; another came last Monday."
    assert [d[2] for d in _dates(text, ENGLISH, monday)] == [monday, monday - dt.timedelta(days=7)]
    stricter = english_with(dates__weekday_steps={"last": -1, "past": -1, "previous": -1, "next": 1})
    assert [d[2] for d in _dates(text, stricter, monday)] == [monday - dt.timedelta(days=7)] * 2


def test_full_month_names_must_be_months_of_the_grammar() -> None:
    grammar = english_with(dates__full_months=["January", "Julember"])
    with pytest.raises(LossledgerError, match=r"grammar: dates\.full_months names no month.*Julember"):
        grammar.rules(DateMentionRules)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The sirens sounded at 10.12 and the strike followed.", []),
        ("The sirens sounded AT 10.12 and the strike followed.", []),
        ("On 10.12 the sirens sounded and the strike followed.", ["10.12"]),
        ("Losses rose by 12.04 percent and fell on 12.04 again.", ["12.04"]),
    ],
)
def test_a_clock_time_is_no_short_date(text: str, found: list[str]) -> None:
    assert [d[0] for d in _dates(text, ENGLISH, dt.date(2024, 12, 20))] == found


def test_the_war_time_words_are_the_grammars() -> None:
    text = "As the war enters its ninth week, officials counted the dead; the second week of talks began."
    weeks = find_war_time(text, war_start=WAR_START, grammar=ENGLISH)
    assert [w.text for w in weeks] == ["its ninth week"]
    both = english_with(dates__war_possessives=["its", "the"])
    assert [w.text for w in find_war_time(text, war_start=WAR_START, grammar=both)] == [
        "its ninth week", "the second week"]
