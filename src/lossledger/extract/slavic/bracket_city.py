"""A city's head in a bracket by the city a line opens on: "Шебекино (глава города Иван Петров): погибли двое",
"Кременчук (міський голова Іван Петренко): ...", and the ticker's "Шебекіно: обстріл — 2 поранених (міський голова)".
The bracket right after the city's name holds the title (and the head's name) and a colon or dash follows it: the head
speaks for the line's figures, as a bracket closing the line does (bracket_source.py). Either way the head is the
official of the state of the city the line opens on, a title one state's own words give ("міський голова") as much
as one of no state ("глава города")."""

from __future__ import annotations

from .language import CITY_HEAD
from .mentions import DocText, text_between
from .sentences import Sentence

__all__ = ["city_of_the_line", "opening_bracket"]

_Hit = tuple[str, int, int]
#: How many words the city's name before the bracket may have ("Нова Каховка").
_CITY_WORDS = 2
#: How many capitalised words (the head's name) may stand in the bracket after the title.
_NAME_WORDS = 3
#: What may follow the bracket's close: the line's text after a colon or dash.
_AFTER_CLOSE = (":", "—", "–", "-")


def _opens_on_a_name(doc: DocText, sent: Sentence, end: int) -> bool:
    """Whether the line's tokens before ``end`` are one name, capitalised, with nothing but spaces between."""
    toks = sent.tokens
    return 0 < end <= _CITY_WORDS and all(toks[k].text[:1].isupper() for k in range(end)) and not any(
        text_between(doc.text, toks[k - 1].end, toks[k].start).strip() for k in range(1, end))


def opening_bracket(doc: DocText, sent: Sentence, hits: list[_Hit]) -> _Hit | None:
    """The source of ``hits`` named in a bracket right after the name the line opens on, a colon or a dash after
    the bracket ("Шебекино (глава города Иван Петров): ...")."""
    toks = sent.tokens
    for hit in hits:
        _key, a, b = hit
        if not _opens_on_a_name(doc, sent, a) or text_between(doc.text, toks[a - 1].end, toks[a].start).strip() != "(":
            continue
        end = b
        while end < len(toks) and end < b + _NAME_WORDS and toks[end].text[:1].isupper() \
                and not text_between(doc.text, toks[end - 1].end, toks[end].start).strip():
            end += 1  # (the head's name after the title)
        if end >= len(toks):
            continue
        close = text_between(doc.text, toks[end - 1].end, toks[end].start).replace(" ", "")
        if close.startswith(")") and close[1:2] in _AFTER_CLOSE:
            return hit
    return None


def city_of_the_line(doc: DocText, sent: Sentence, hit: _Hit) -> _Hit:
    """``hit`` (a bracket's source) as the official of the state of the city the line opens on ("Шебекіно: ..."
    or "Шебекіно (...)"), where it is a city's head (a title holding a city head's word) of a state and the city is
    one the war's words know; else ``hit`` as it is."""
    key, a, b = hit
    toks = sent.tokens
    if key not in doc.lang.state_claimants.values() or not any(
            kind & CITY_HEAD for kind in doc.lang.token_kinds(toks)[0][a:b]):
        return hit
    place = doc.lang.places.match(toks, 0) if toks and a > 0 else None
    if place is None or not _opens_on_a_name(doc, sent, place[1]) or place[1] > a \
            or text_between(doc.text, toks[place[1] - 1].end, toks[place[1]].start).strip()[:1] not in (":", "("):
        return hit
    state = doc.lang.state_claimants.get(place[0])
    return (state, a, b) if state is not None else hit
