"""Speed round 26d (issue 17): the corrections column's marker, looked for only in a text that holds one of its words,
finds what the search it replaces finds (sentences written for these tests)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract.required_words import Folded
from lossledger.extract.withdrawn_figures import WithdrawnRules
from lossledger.languages.grammar import load_patterns

_GRAMMAR = load_patterns("en")
_PIECES = st.lists(st.sampled_from(
    ["We ", "we", "I ", "i", " collect", " compiled", "Count", " together", " jointly", " in partnership", " with",
     "WITH ", " the ", "police", ", ", ". ", "\n", "Correction", "s", " clarification", "Editor", "'s", "’s",
     " note", " has been", " have been", " corrected", " amended", "ı", "ſ", "İ", "x", "9", "-", "wi", "th"]),
    max_size=16).map("".join)

_TEXTS = [
    "Correction: A report on 11 June said 17 people had been killed. The regional figure was 14.",
    "Editor's note: this article has been amended. We count 12 dead, according to data we collect with the police.",
    "According to the casualty data we compiled together with regional authorities, 40 civilians died.",
    "The figures I track jointly with the UN monitors show 9 killed; a clarification followed.",
    "Nothing here is corrected, withdrawn or counted with anyone: 5 tanks were lost.",
]


def _check(text: str) -> None:
    withdrawn = _GRAMMAR.rules(WithdrawnRules).correction_marker
    searched = withdrawn.search(text)
    folded = Folded(text)
    gated = withdrawn.search(text) if folded.may_match(withdrawn, 0, len(text)) else None
    assert (gated is None) == (searched is None)


def test_the_texts_written_for_these_searches() -> None:
    for text in _TEXTS:
        _check(text)
    assert _GRAMMAR.rules(WithdrawnRules).correction_marker.search(_TEXTS[1]) is not None


@settings(max_examples=300, deadline=None)
@given(_PIECES)
def test_generated_text(text: str) -> None:
    _check(text)
