"""Where "тоді" / "тогда" stands for the time the sentence before names."""

from __future__ import annotations

from ...languages.morphology import Token
from .mentions import DocText, first_hit


def opens_on_then(doc: DocText, toks: list[Token]) -> bool:
    """"Тоді" opening the sentence, or opening it right after the source its words are from ("За даними слідства,
    тоді внаслідок атаки загинули 11 цивільних", "По словам губернатора, тогда погибли 7 человек")."""
    context = doc.lang.grammar["context"]
    if context.match(toks, 0, key="then"):
        return True
    source = first_hit(context, "source_markers", toks, 0, 2)
    if source is None:
        return False
    # (the source's phrase closed by the first comma, within a few words: "за словами начальника ОВА,")
    comma = next((k for k in range(max(source[2], 1), min(len(toks), source[2] + 6))
                  if "," in doc.text[toks[k - 1].end:toks[k].start]), None)
    return comma is not None and bool(context.match(toks, comma, key="then"))
