"""Speed round 27g (issue 17): ``in_cyrillic`` counts the Latin letters only where the Cyrillic letters do not
outnumber the bytes their own two bytes each leave; it answers as the count of both does (texts written for these
tests, and generated ones)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossledger.extract.slavic.language import _FEWEST_CYRILLIC, _NOT_CYRILLIC_LEAD, _NOT_LATIN, in_cyrillic


def _counted(text: str, sample: int = 4000) -> bool:
    """What ``in_cyrillic`` answered before the shortcut: both kinds of letters counted in the whole sample."""
    head = text[:sample]
    if head.isascii() or not any("\u0400" <= c <= "\u04ff" for c in head):
        return False
    encoded = head.encode("utf-8", "surrogatepass")
    cyr = len(encoded.translate(None, _NOT_CYRILLIC_LEAD))
    lat = len(encoded.translate(None, _NOT_LATIN))
    return not (cyr <= lat or cyr < _FEWEST_CYRILLIC)


@pytest.mark.parametrize("text", [
    "Вночі ППО збила 3 ракети.",
    "Сили оборони знищили 12 танків, повідомив Генштаб ЗСУ.",
    "Tanks / танків ‒ 3900 (+10) од, artillery / артсистем ‒ 7000 (+25) од",
    "The General Staff reported 1,200 losses (осіб) and 14 tanks (од) over the day.",
    "Ukraine's DeepState: ВСУ отошли от села, Reuters reported, citing Генштаб.",
    "Їжак",
    "ПВО сбила 8 дронов",
    "abc " * 30 + "сбиты восемь беспилотников",
    "«Шахеди» — 24 шт. ☀ 𝔘 ї ґ є ё",
])
def test_the_shortcut_answers_as_both_counts(text: str) -> None:
    assert in_cyrillic(text) == _counted(text)
    assert in_cyrillic(text, 10) == _counted(text, 10)


_PIECES = st.lists(st.sampled_from(
    ["а", "ї", "ґ", "Ё", "ѣ", "Ӂ", "x", "Tank", " ", ".", "—", "«", "»", "’", "12", "€", "𝔘", "\ud800", "ΩΔ",
     "знищено", "tanks / танків", "од", "the", "\n"]), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_PIECES, st.sampled_from([4000, 7, 30]))
def test_the_shortcut_answers_as_both_counts_in_generated_text(text: str, sample: int) -> None:
    assert in_cyrillic(text, sample) == _counted(text, sample)
