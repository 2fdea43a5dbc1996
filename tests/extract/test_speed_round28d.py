"""Speed round 28d (issue 17): the whole-text readers of dating round 58d try their pattern only where the text holds
the word every match holds ("winter" for ``war_winter``, "weekend" for ``weekend_back``, read by
``required_words.Folded`` in the lower-cased text) and, for ``weekend_back``, a full date of a Saturday or a Sunday;
they answer what trying the pattern on every text answers (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract.date_mentions import DateMention
from lossledger.extract.one_phrase import in_one_phrase
from lossledger.extract.war_time import WarTimeMention
from lossledger.extract.war_winter import WinterRules, war_winter, winter_of_war
from lossledger.extract.weekend_back import WeekendRules, monday_after, weekend_back
from lossledger.languages.grammar import grammar_for

_WAR_START = dt.date(2022, 2, 24)

_TEXTS = [
    "As the third winter of the war sets in, the city counts its dead.",
    "The war's second winter brought fewer strikes on the grid, officials said.",
    "Ukraine's fourth wartime WINTER begins with 40 drones over Kyiv.",
    "In the second winter since the full-scale invasion, 12 soldiers froze.",
    "Winter is coming; the brigade lost 30 men last weekend.",
    "This past weekend, on Saturday 14 June 2025, drones killed nine people.",
    "Last weekend's strike, on 15 June 2025, killed four.",
    "OVER THE PAST WEEKEND, on Sunday 8 June 2025, 3 were wounded.",
    "Nothing of the season here: 17 killed on 12 June 2025 in Kharkiv.",
    "The ﬁrst winter of the war (a ligature before it), İstanbul talks, and the ſecond winter of the war.",
    "",
]


def _war_winter_every_text(text: str) -> WarTimeMention | None:
    """``war_winter`` as it was before the round: the pattern tried on every text."""
    r = grammar_for("en").rules(WinterRules)
    found: list[WarTimeMention] = []
    for m in r.winter.finditer(text):
        which = m.group("which") or m.group("which2") or m.group("which3")
        span = winter_of_war(_WAR_START, r.ordinals.get(which.lower(), 0))
        if span is not None:
            found.append(WarTimeMention(m.start(), m.end(), m.group(0), span[0], span[0], span[1]))
    return max(found, key=lambda w: w.date) if found else None


def _weekend_back_every_text(text: str, full: list[DateMention]) -> list[tuple[dt.date, str]]:
    """``weekend_back`` as it was before the round: the pattern tried on every text, with any dates."""
    r = grammar_for("en").rules(WeekendRules)
    found: list[tuple[dt.date, str]] = []
    for match in r.weekend.finditer(text):
        for m in full:
            if m.date is not None and (monday := monday_after(m.date)) is not None \
                    and in_one_phrase(text, match.span(), (m.start, m.end)):
                found.append((monday, f"{m.kind}:{m.text}+weekend:{match.group(0)}"))
    return found


def _full_dates(text: str) -> list[DateMention]:
    """A full date at each "<day> June 2025" of the text (enough for these texts)."""
    return [DateMention(m.start(), m.end(), m.group(0), "explicit", dt.date(2025, 6, int(m.group(1))), None, "day")
            for m in re.finditer(r"\b(\d{1,2}) June 2025\b", text)]


@pytest.mark.parametrize("text", _TEXTS)
def test_war_winter_as_every_text(text: str) -> None:
    assert war_winter(text, grammar_for("en"), _WAR_START) == _war_winter_every_text(text)


def test_war_winter_still_reads_its_words() -> None:
    found = war_winter(_TEXTS[0], grammar_for("en"), _WAR_START)
    assert found is not None and found.low == dt.date(2024, 12, 1)
    upper = war_winter(_TEXTS[2], grammar_for("en"), _WAR_START)
    assert upper is not None and upper.low == dt.date(2025, 12, 1)
    assert war_winter(_TEXTS[8], grammar_for("en"), _WAR_START) is None


@pytest.mark.parametrize("text", _TEXTS)
def test_weekend_back_as_every_text(text: str) -> None:
    full = _full_dates(text)
    assert weekend_back(text, full, grammar_for("en")) == _weekend_back_every_text(text, full)


def test_weekend_back_still_reads_its_words() -> None:
    text = _TEXTS[5]
    assert [day for day, _ in weekend_back(text, _full_dates(text), grammar_for("en"))] == [dt.date(2025, 6, 16)]
    weekday = "This past weekend, on Thursday 12 June 2025, drones killed nine people."
    assert weekend_back(weekday, _full_dates(weekday), grammar_for("en")) == []


_WORDS = st.sampled_from(["the", "third", "second", "winter", "WINTER", "Winter", "of", "war", "war's", "wartime",
                          "invasion", "since", "full-scale", "last", "this", "past", "weekend", "Weekend", "over",
                          "on", "Saturday", "14 June 2025", "15 June 2025", "12 June 2025", ",", ".", "İ", "ſ",
                          "ﬁrst", "winters"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=14))
def test_gates_as_every_text_on_word_runs(words: list[str]) -> None:
    text = " ".join(words)
    assert war_winter(text, grammar_for("en"), _WAR_START) == _war_winter_every_text(text)
    full = _full_dates(text)
    assert weekend_back(text, full, grammar_for("en")) == _weekend_back_every_text(text, full)
