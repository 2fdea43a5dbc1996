"""A title split by the place it is of ("глава Каменского района сообщил", "голова Кам'янської громади повідомив"):
a source's title of two common nouns, the title and the body it heads ("глава района", "голова громади"), with the
place's adjective or name in the genitive between them, is that title, of the state of the place where the war's
words know it (a title with the place after it, "глава района Херсонской области", is read as the phrase itself)."""

from __future__ import annotations

from itertools import chain
from operator import attrgetter
from typing import Any

from ...languages.morphology import Token, tags, tokenize
from .mentions import DocText, text_between
from .named_body import state_of_the_place_named
from .saying import verb_follows

__all__ = ["titles_split_by_a_place"]

_Hit = tuple[str, int, int]
_LEMMAS = attrgetter("lemmas")
#: {lemma of a title: [(lemmas of the body it heads, the source's key)]}
_Table = dict[str, list[tuple[frozenset[str], str]]]
#: how many words after the title its verb of saying may stand ("глава Каменского района вечером сообщил")
_TO_VERB = 3
#: how many words may stand between the title and the body it heads ("голова Кам'янської сільської громади")
_BETWEEN = 3


def titles_split_by_a_place(doc: DocText, toks: list[Token], hits: list[_Hit]) -> list[_Hit]:
    """``hits`` with each title split by a place read as one source (the hits inside it given up)."""
    ctx = doc.lang.grammar["context"]
    # (the sentence's keys, read once, asked first: with no word of saying the title says nothing here, and the
    # tokens are not looked through for a title's first word)
    present = ctx.keys_in(toks)
    if "report_verbs" not in present and "source_markers" not in present:
        return hits
    table = _titles(doc)
    # (whether any token holds a title's first word asked first, in C: the lemmas of the sentence's tokens chained,
    # the look-ups stopping at the first; most sentences hold none, and the tokens are then not looped over)
    if table.keys().isdisjoint(chain.from_iterable(map(_LEMMAS, toks))):
        return hits  # (no title's first word: most sentences)
    starts = [i for i, t in enumerate(toks) if not table.keys().isdisjoint(t.lemmas)]
    verbs = {a for _k, a, _b in ctx.find_all(toks, key="report_verbs")}
    markers = {b for _k, _a, b in ctx.find_all(toks, key="source_markers")}
    for i in starts:
        found = _split_at(doc, toks, i, table)
        if found is None or any(a < found[1] and found[2] <= b for _k, a, b in hits):
            continue  # (none, or inside a source named already)
        if i not in markers and not verb_follows(doc, toks, found[2], verbs, _TO_VERB):
            continue  # (the title as the subject of a verb of saying, or after a source marker; not "Власти Курской
            # области выплатили", whose count another source made)
        hits = [h for h in hits if not (found[1] <= h[1] and h[2] <= found[2])] + [found]
    return hits


def _split_at(doc: DocText, toks: list[Token], i: int, table: _Table) -> _Hit | None:
    """The title opening at ``toks[i]`` with a place between it and the body it heads, if there is one."""
    heads = [entry for lemma in toks[i].lemmas for entry in table.get(lemma, ())]
    place: int | None = None
    for k in range(i + 1, min(len(toks), i + 2 + _BETWEEN)):
        if text_between(doc.text, toks[k - 1].end, toks[k].start).strip(" "):
            return None  # (a mark between: not one title)
        if k > i + 1:
            key = next((key for body, key in heads if not body.isdisjoint(toks[k].lemmas)), None)
            if key is not None:
                return (state_of_the_place_named(doc, toks, place) if place is not None else key), i, k + 1
        found = tags(toks[k].low, doc.lang.code)
        # (the first word between capitalised, a place's: "Каменского", "Кам'янської"; then its other adjectives)
        if (k == i + 1 and not toks[k].text[:1].isupper()) or "gent" not in found \
                or not (found & {"ADJF", "PRTF"} or toks[k].text[:1].isupper()):
            return None
        if place is None and doc.lang.places.match(toks, k) is not None:
            place = k
    return None


def _titles(doc: DocText) -> dict[str, list[tuple[frozenset[str], str]]]:
    """{lemma of a title: [(lemmas of the body it heads, the source's key)]}: the sources of two common nouns in the
    profile's words ("глава района", "голова громади"), read once a language."""
    known = _TITLES.get(id(doc.lang))
    if known is None or known[0] is not doc.lang:
        table: dict[str, list[tuple[frozenset[str], str]]] = {}
        for key, phrases in doc.lang.raw["profile"].get("claimants", {}).items():
            for phrase in phrases:
                words = tokenize(phrase, doc.lang.code)
                if len(words) != 2 or not phrase.islower() or not all(
                        "NOUN" in tags(w.low, doc.lang.code) for w in words):
                    continue
                if "gent" not in tags(words[1].low, doc.lang.code):
                    continue  # (the body it heads in the genitive: "района", "громади")
                for lemma in words[0].lemmas:
                    table.setdefault(lemma, []).append((frozenset(words[1].lemmas), key))
        known = _TITLES[id(doc.lang)] = (doc.lang, table)
    return known[1]


#: {id of a language: (the language, its titles of two common nouns)}
_TITLES: dict[int, tuple[Any, dict[str, list[tuple[frozenset[str], str]]]]] = {}
