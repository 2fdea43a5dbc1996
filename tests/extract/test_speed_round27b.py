"""Speed round 27b (issue 17). The prefix trees of word lists (``scan.trie_regex``) put the branch of the most words
first at each level, where they were in alphabetical order. The branches of a level begin with different characters,
so the new order finds what the alphabetical one found: same match starts, same spans, in the uses the extractor has
(a bare search, a lookahead behind a boundary character). A source is asked whether it is the writer's partner
("data we collect with X") only where its window holds "with", found once per document: the same answers as the
search of every window. Word lists and texts are generated or written for these tests."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract.document import Reader, Source
from lossledger.extract.partner_source import PartnerSourceRules, named_as_partner
from lossledger.languages.grammar import grammar_for
from lossledger.languages.scan import ASCII_LEAD, trie_regex
from lossledger.profiles import load_profile


def _alphabetical_trie(words: set[str]) -> str:
    """``trie_regex`` as it was before this round: each level's branches in alphabetical order."""
    kept: list[str] = []
    for word in sorted(words):
        if not kept or not word.startswith(kept[-1]):
            kept.append(word)

    def trie(group: list[str]) -> str:
        by_first: dict[str, list[str]] = {}
        for word in group:
            by_first.setdefault(word[0], []).append(word[1:])
        branches = []
        for first, rests in by_first.items():
            if "" in rests or not rests:
                branches.append(re.escape(first))
            elif len(rests) == 1:
                branches.append(re.escape(first + rests[0]))
            else:
                branches.append(re.escape(first) + trie(rests))
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return trie(kept)


def _same_matches(words: set[str], text: str) -> None:
    new, old = trie_regex(words), _alphabetical_trie(words)
    for wrap in ("{}", ASCII_LEAD + "(?={})", ASCII_LEAD + "{}", r"(?<![\w-])(?:{})"):
        now, before = re.compile(wrap.format(new), re.IGNORECASE), re.compile(wrap.format(old), re.IGNORECASE)
        assert [m.span() for m in now.finditer(text)] == [m.span() for m in before.finditer(text)], (wrap, text)
        for lo in range(0, len(text), 7):
            found, expected = now.search(text, lo), before.search(text, lo)
            assert (found and found.span()) == (expected and expected.span())


_WORDS = ["the ", "the kremlin", "that day", "tank", "tanks", "troops", "a dozen", "a hundred", "killed", "kia",
          "dead", "died", "drone", "drones", "'ll lose", "\"bradley", "0-year-old", "12-month", "of the", "of them",
          "one", "two", "twelve", "twenty", "thousand", "helicopter", "howitzer", "wounded", "soldiers", "sailors"]


def test_the_branch_of_the_most_words_comes_first() -> None:
    pattern = trie_regex({"dead", "tank", "tanks", "troops", "the ", "that day"})
    assert pattern.startswith("(?:t")  # four words begin with "t", one with "d"
    assert pattern.endswith("|dead)")
    assert trie_regex({"kill", "killed", "kia", "dead", "die"}) == "(?:d(?:ead|ie)|ki(?:a|ll))"  # (a tie: as before)


@pytest.mark.parametrize("text", [
    "The Kremlin said that day 12 tanks and 40 troops were lost; a dozen drones, a hundred dead.",
    "Officials said they'll lose \"Bradley\" vehicles: twenty-two helicopters, one howitzer, of them 0-year-old kit.",
    "thethe the  the-kremlin tank-tanks tanksx _troops 12-month-old 9-month-old, twelve/twenty killed (KIA) died.",
])
def test_written_sentences_find_the_same_word_starts(text: str) -> None:
    _same_matches(set(_WORDS), text)
    _same_matches({"a", "ab", "abc", "b", "ba", "c", "ca", "cab", "cb"}, text.lower().replace("t", "a"))


_LETTERS = "abcdt -'\"0"


@settings(max_examples=300, deadline=None)
@given(st.sets(st.text(_LETTERS, min_size=1, max_size=6), min_size=1, max_size=25),
       st.text(_LETTERS + "ABT\n,.", max_size=80))
def test_generated_word_lists_find_the_same_matches(words: set[str], text: str) -> None:
    _same_matches(words, text)


_GRAMMAR = grammar_for("en")
_PROFILE = load_profile(None)


def _check_partner(text: str) -> None:
    reader = Reader(text, None, _PROFILE, grammar=_GRAMMAR)
    partner = _GRAMMAR.rules(PartnerSourceRules).partner_before
    for start in range(0, len(text), 3):
        for length in (1, 6, 17):
            src = Source("other", text[start:start + length], start)
            searched = partner.search(reader.norm, max(0, start - 60), start + len(src.text)) is not None
            assert named_as_partner(reader, src) == searched, (text, start, length)


@pytest.mark.parametrize("text", [
    "According to the tallies we gather with local volunteers, 30 homes burned. Police said 4 died.",
    "Figures I KEEP together with Kharkiv officials put the toll at 11; WITH them, we counted 3 more.",
    "The army, with its allies, said 12 soldiers were killed; we recorded in partnership with the OSCE 8.",
    "We verified jointly with\nthe mission that 5 people died. Without help, I count with care.",
])
def test_a_partner_is_found_where_the_search_finds_it(text: str) -> None:
    _check_partner(text)


_PARTNER_PIECES = st.lists(st.sampled_from(
    ["We ", "we", "I ", "i", " collect", " compiled", "Count", " track", " together", " jointly", " in partnership",
     " with", "WITH ", " the ", "police", ", ", ". ", "\n", "x", "9", "wi", "th", "İ", "ſ", "ı", "with"]),
    max_size=16).map("".join)


@settings(max_examples=300, deadline=None)
@given(_PARTNER_PIECES)
def test_a_partner_in_generated_text(text: str) -> None:
    _check_partner(text)
