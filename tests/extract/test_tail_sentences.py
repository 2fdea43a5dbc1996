"""The sentences after a document's last figure are not read for their sources (issue 17): none of them holds a
figure, and only one that credits figures told before it (a quote's speaker, "This was reported by X", the source a
report that opened the text waits for) changes a claim. Reading the document whole gives the same claims."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger import extract
from lossledger.extract import between_sentences, crediting
from lossledger.extract.document import Reader
from lossledger.languages.grammar import load_patterns
from lossledger.profiles import load_profile

EN = load_patterns("en")
PROFILE = load_profile(None)

# sentences of our own: figures, sources with no figure, and the ways a later sentence credits earlier figures
FIGURES = [
    "Twelve soldiers were killed in the shelling.",
    "The army lost 40 tanks over the past week, the defence ministry said.",
    "The latest toll includes 310 civilians killed since January.",
    '"We destroyed nine drones overnight.',
    "A patrol boat was sunk near the coast.",
    "Another 15 people were wounded.",
]
NO_FIGURE = [
    "The governor spoke to reporters on Monday.",
    "It was a hard week for everyone," + '" the commander said.',
    "This was reported by the regional police.",
    "The figures were released by the general staff.",
    "According to the mayor, the shelling went on all night.",
    "She said more details would follow.",
    "The weather was mild.",
    "The UN monitoring mission said it could not verify the account.",
    "Sources: regional administration",
]
documents = st.lists(st.sampled_from(FIGURES + NO_FIGURE), min_size=1, max_size=10).map(
    lambda picked: "\n\n".join(" ".join(picked[i:i + 3]) for i in range(0, len(picked), 3)))


def _claims(text: str) -> list[dict[str, object]]:
    return [c.to_dict() for c in extract.extract_claims(text, published="2024-05-02")]


@settings(max_examples=200, deadline=None)
@given(documents)
def test_claims_are_those_of_reading_every_sentence(text: str) -> None:
    cut = _claims(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extract, "last_sentence_to_read", lambda reader: len(reader.sentences))
        whole = _claims(text)
    assert cut == whole


def test_the_sentences_after_the_last_figure_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Twelve soldiers were killed in the shelling, the governor said. The governor spoke to reporters. "
            "The UN monitoring mission said it could not verify the account.")
    read: list[int] = []
    real = extract._read_sentence

    def reading(reader: Reader, sent: object) -> list[object]:
        read.append(reader.sentences.index(sent))  # type: ignore[arg-type]
        return real(reader, sent)  # type: ignore[arg-type]

    monkeypatch.setattr(extract, "_read_sentence", reading)
    assert len(_claims(text)) == 1
    assert read == [0]


@pytest.mark.parametrize("tail", [
    'It was a hard week," the commander said.',  # a quote's speaker named after the figures it quotes
    "This was reported by the regional police.",
    "The figures were released by the general staff.",
])
def test_a_sentence_that_credits_earlier_figures_is_read(tail: str) -> None:
    text = '"We destroyed nine drones overnight. ' + tail + " The weather was mild."
    reader = Reader(text, None, PROFILE, grammar=EN)
    assert crediting.may_credit_before(reader, reader.sentences[1])
    assert between_sentences.last_sentence_to_read(reader) == 1
    assert not crediting.may_credit_before(reader, reader.sentences[2])


def test_a_report_waiting_for_its_source_is_read_on() -> None:
    # the figures of a report that opened the text take the source named after them, past the last figure
    text = ("The latest toll includes 310 civilians killed since January. The weather was mild. "
            "The UN monitoring mission said it could not verify the account.")
    assert [c["claimant"] for c in _claims(text)] == [c["claimant"] for c in _whole(text)] == ["un"]


def _whole(text: str) -> list[dict[str, object]]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extract, "last_sentence_to_read", lambda reader: len(reader.sentences))
        return _claims(text)
