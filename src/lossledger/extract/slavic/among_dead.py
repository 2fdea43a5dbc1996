"""A part of the dead opening its sentence ("Среди погибших — свыше 7 тысяч офицеров", "Серед загиблих — 7 тисяч
офіцерів"): a part of the whole the figure before counts, so it takes that figure's span only where it can be a part
of it; one larger than that figure ("С начала недели список пополнился 1,2 тыс. имен. Среди погибших — свыше 7 тысяч
офицеров") is a part of all the dead counted, not of those of the span the sentence before names."""

from __future__ import annotations

from .mentions import DocText, Mention


def larger_than_the_part_before(doc: DocText, m: Mention) -> bool:
    """Whether ``m`` is a figure of a sentence opening on "among" and the dead ("Среди погибших", "Серед загиблих")
    that is larger than the last figure of the sentence before it (the span's own)."""
    toks = m.sentence.tokens
    if len(toks) < 2 or doc.lang.grammar["context"].match(toks, 0, key="among") is None \
            or doc.lang.outcomes_people.match(toks, 1) is None:
        return False  # (most sentences)
    before = [x for x in doc.mentions if x.sentence.end <= m.sentence.start]
    return bool(before) and before[-1].sentence.paragraph == m.sentence.paragraph and m.value > before[-1].value
