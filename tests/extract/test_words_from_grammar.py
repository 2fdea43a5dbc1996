"""The English stages read their words from the grammar (and the war's from the profile), not from code: a
grammar that writes a construction with other words is read with those (issue 11). Sentences of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from grammar_fixtures import english_with
from lossledger.extract.numbers import find_numbers
from lossledger.extract.sources import Phrase, looks_named, source_tables, staff_key
from lossledger.languages.grammar import PatternGrammar, load_patterns
from lossledger.profiles import load_profile

EN = load_patterns("en")
PROFILE = load_profile()



def _values(text: str, grammar: PatternGrammar) -> list[tuple[float, float | None]]:
    return [(n.value, n.value_high) for n in find_numbers(text, grammar=grammar) if not n.delta]


RANGE_WORDS = english_with(numbers__range_opening=["zwischen"], numbers__range_from=["von"],
                            numbers__range_to=["bis"], numbers__pair_and=["und"], numbers__pair_or=["oder"])


@pytest.mark.parametrize(("text", "english", "other"), [
    ("zwischen 20 und 30 Soldaten", [(20, None), (30, None)], [(20, 30)]),
    ("von 7,000 bis 15,000 Soldaten", [(7_000, None), (15_000, None)], [(7_000, 15_000)]),
    ("etwa 70 oder 80,000 Soldaten", [(70, None), (80_000, None)], [(70_000, 80_000)]),
    ("1,520 und 1,517 Systeme", [(1_520, None), (1_517, None)], [(1_520, None), (1_517, None)]),
])
def test_range_and_pair_words_are_the_grammars(text: str, english: list[tuple[float, float | None]],
                                               other: list[tuple[float, float | None]]) -> None:
    assert _values(text, EN) == english
    assert _values(text, RANGE_WORDS) == other


def test_english_range_words_are_no_longer_read_by_a_grammar_without_them() -> None:
    assert _values("between 2,000 and 4,000 troops", EN) == [(2_000, 4_000)]
    assert _values("from 189,000 to 273,000 dead", RANGE_WORDS) == [(189_000, None), (273_000, None)]


def test_a_word_glued_by_a_hyphen_keeps_a_count_only_if_the_grammar_says_so() -> None:
    mehr = english_with(numbers__counted_suffixes=["mehr"])
    assert _values("1,000-plus tanks", EN) == [(1_000, None)]
    assert _values("1,000-plus tanks", mehr) == []
    assert _values("1,000-mehr Panzer", mehr) == [(1_000, None)]
    assert _values("1,000-mehr Panzer", EN) == []


def test_the_head_of_states_role_word_is_the_grammars() -> None:
    # "Zelensky's office": the staff of the role the grammar's head-of-state word names speak as the officials
    assert staff_key(PROFILE, "ua_president", grammar=EN) == "ua_officials"
    assert staff_key(PROFILE, "ua_mod", grammar=EN) == "ua_mod"
    no_such_word = english_with(sources__head_of_state=["präsident"])
    assert staff_key(PROFILE, "ua_president", grammar=no_such_word) == "ua_president"


def test_a_lone_plural_opening_a_sentence_is_read_by_the_grammars_endings() -> None:
    # "Rescuers said ...": a common noun in English; with other plural endings, a name
    assert not looks_named(PROFILE, "Rescuers", grammar=EN, sentence_start=True)
    assert not looks_named(PROFILE, "Volunteers", grammar=EN, sentence_start=True)
    other = english_with(sources__plural_endings=["en"])
    assert looks_named(PROFILE, "Rescuers", grammar=other, sentence_start=True)
    assert not looks_named(PROFILE, "Soldaten", grammar=other, sentence_start=True)


def test_aliases_named_in_passing_are_the_profiles(tmp_path: Path) -> None:
    assert {"moscow", "kremlin", "putin"} <= source_tables(PROFILE).passing_aliases
    shipped = Path(__file__).resolve().parents[2] / "src" / "lossledger" / "profiles" / "russia-ukraine.toml"
    text = shipped.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith("passing_aliases"))
    other = tmp_path / "other.toml"
    other.write_text(text.replace(line, 'passing_aliases = ["washington"]'), encoding="utf-8")
    assert source_tables(load_profile(str(other))).passing_aliases == {"washington"}
    # a profile that names none: every claimant alias may be the body a later "it" points back at
    bare = tmp_path / "bare.toml"
    bare.write_text(text.replace(line, ""), encoding="utf-8")
    assert source_tables(load_profile(str(bare))).passing_aliases == frozenset()


def test_the_capital_letters_that_open_a_sentence_are_the_grammars() -> None:
    from lossledger.extract.body import sentences

    text = "Die Armee verlor 5 Panzer. Über 30 Soldaten fielen. Ärzte halfen."
    english = EN.pattern("sentence_end", guard=False).pattern
    wider = english_with(patterns__sentence_end__regex=english.replace("A-Z", "A-ZÄÖÜ"))
    assert len(sentences(text, grammar=EN)) == 1  # English's capitals: no sentence opens with "Ü"
    assert [text[s.start:s.end] for s in sentences(text, grammar=wider)] == [
        "Die Armee verlor 5 Panzer.", "Über 30 Soldaten fielen.", "Ärzte halfen."]
    capitalised = english_with(patterns__capitalised__regex=EN.pattern("capitalised", guard=False).pattern.replace(
        "A-Z", "A-ZÄÖÜ"))
    assert capitalised.rules(Phrase).CAPITALISED.findall("laut Übersetzer Meier") == ["Übersetzer", "Meier"]
    assert EN.rules(Phrase).CAPITALISED.findall("laut Übersetzer Meier") == ["Meier"]
