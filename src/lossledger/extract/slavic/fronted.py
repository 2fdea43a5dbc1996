"""The thing a figure counts named before it, and where the words before a figure's clause stop: past an adjective
or two ("Кадровых офицеров"), back over a source's aside ("Украинских танков, по их данным, потеряно 1 250"), the
list soldiers are on ("в списке 6 100"), a semicolon's clause of its own."""

from __future__ import annotations

import re

from ...languages.morphology import Token, tags
from .mentions import DocText, text_between
from .sentences import Sentence

#: punctuation that ends a clause
_CLAUSE_PUNCT = re.compile(r"[,.;:!?—–]")


def past_a_semicolon(doc: DocText, toks: list[Token], first: int) -> int:
    """"освободила населенный пункт; там ВСУ потеряли ..., из них две гаубицы": a clause after a semicolon is a
    statement of its own; the words of no loss before it are not about its figures."""
    if first < 1 or doc.text.find(";", toks[0].end, toks[first].start) < 0:
        return 0  # (no semicolon before the figure, most sentences: found by ``str.find``, no gap read one by one)
    return next((k for k in range(first, 0, -1) if ";" in text_between(doc.text, toks[k - 1].end, toks[k].start)), 0)


def past_adjectives(doc: DocText, toks: list[Token], lo: int, first: int) -> int:
    """Past an adjective or two opening a clause before a thing counted ("Кадровых офицеров", "Украинских танков")."""
    k = lo
    while k < min(first, lo + 2) and "ADJF" in tags(toks[k].low, doc.lang.code) \
            and doc.lang.categories.match(toks, k) is None:
        k += 1
    return k if doc.lang.categories.match(toks, k, first) is not None else lo


def before_an_aside(doc: DocText, toks: list[Token], lo: int) -> int:
    """The start of the words before a source's aside that opens ``toks[lo:]``'s clause ("Украинских танков, по их
    данным, потеряно ..."), else ``lo``."""
    if lo == 0 or "," not in text_between(doc.text, toks[lo - 1].end, toks[lo].start):
        return lo
    j = next((k for k in range(lo - 1, max(0, lo - 6), -1)
              if "," in text_between(doc.text, toks[k - 1].end, toks[k].start)), None)
    if j is None or not doc.lang.grammar["context"].find_all(toks, j, lo, "source_markers"):
        return lo  # ("по их данным": the marker's words may part)
    start = next((k for k in range(j - 1, 0, -1) if _CLAUSE_PUNCT.search(text_between(doc.text, toks[k - 1].end,
                                                                                       toks[k].start))), 0)
    return start


def counted_on_a_list(doc: DocText, toks: list[Token], lo: int, first: int) -> tuple[str, tuple[int, int]] | None:
    """"Кадровых офицеров в списке 6 100": soldiers opening the clause in the genitive (``lo`` past the adjectives
    before them), then only the list they are on, the figure closing it: how many of them the list counts."""
    ctx = doc.lang.grammar["context"]
    hit = doc.lang.categories.match(toks, lo, first)
    if hit is None or hit[0] != "personnel" or "gent" not in tags(toks[lo].low, doc.lang.code):
        return None
    at = ctx.match(toks, hit[1], first, key="at_body")
    on = ctx.match(toks, at[1], first, key="list_of") if at is not None else None
    return (hit[0], (lo, hit[1])) if on is not None and on[1] == first else None


def past_a_leading_date(doc: DocText, sent: Sentence, lo: int, first: int) -> int:
    """"Лише у вересні 2025 року надлишкових смертей виявилося 6 400", "В сентябре смертей оказалось 6 100": past a
    date opening the clause (a word or two before it, no verb among them) to the noun counted fronted after it; else
    ``lo``."""
    toks = sent.tokens
    for d in doc.dates.get(id(sent), []):
        if lo <= d.first_token <= lo + 2 and d.last_token + 1 < first and not any(
                tags(t.low, doc.lang.code) & {"VERB", "PRTS"} for t in toks[lo:d.first_token]):
            return d.last_token + 1
    return lo
