"""Speed round 26e (issue 17): the holidays of a Ukrainian or Russian sentence are looked for only where it holds a
year (one is read only with its year written after it), and find what the loop over every token found (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from lossledger.extract.slavic.holidays import HolidayNamed, holidays_named
from lossledger.extract.slavic.language import YEAR, language_data
from lossledger.extract.slavic.mentions import DocText
from lossledger.profiles import load_profile

_TEXTS = [
    # (read: the holiday with its year; not its eve, not one with no year, not the lower-case "new year")
    ("uk", "На Різдво 2024 року в місті загинули двоє людей. Напередодні Нового року 2025 обстріли не вщухали. "
           "На Новий рік загинув ще один мешканець. У новому 2025 році вже 14 загиблих. Різдво минуло тихо.", 1),
    ("ru", "На Новый год 2025 в селе погибли трое. На Рождество погиб ещё один человек. В новом 2025 году уже "
           "12 раненых. Рождество 2024 года прошло под обстрелами, сообщил глава района.", 2),
]


def _every_token(tokens: list, lang: object) -> list[HolidayNamed]:
    """``holidays_named`` as it was: every token looked at, the sentence's years not asked first."""
    kinds = lang.token_kinds(tokens)  # type: ignore[attr-defined]

    class _AllKinds:
        def token_kinds(self, toks: list) -> tuple[list[int], int]:
            return kinds[0], kinds[1] | YEAR  # (a year claimed present: the loop runs)

        def __getattr__(self, name: str) -> object:
            return getattr(lang, name)

    return holidays_named(tokens, _AllKinds(), set())  # type: ignore[arg-type]


@pytest.mark.parametrize(("language", "text", "read"), _TEXTS)
def test_holidays_are_looked_for_only_beside_a_year(language: str, text: str, read: int) -> None:
    doc = DocText(text, language_data(language), load_profile(None), None)
    found = []
    for sent in doc.sentences:
        gated = holidays_named(sent.tokens, doc.lang, set())
        assert gated == _every_token(sent.tokens, doc.lang)
        found += gated
    assert len(found) == read
