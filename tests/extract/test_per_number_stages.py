"""The per-number stages' shortcuts of issue 17 (helper h114) answer what the plain code they replace answers."""

from __future__ import annotations

import pytest

from lossledger.extract import loss_frame
from lossledger.extract.document import Reader
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
