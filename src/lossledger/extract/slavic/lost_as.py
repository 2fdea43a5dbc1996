"""People a verb of losing counts by their outcome in the instrumental, before a figure of no noun: "Украина
потеряла убитыми 500 тысяч", "ворог втратив пораненими понад 400", "ВСУ потеряли убитыми и ранеными более 2 тысяч".
The outcome words name what was lost (people, as "500 тысяч убитыми" after the figure does) and how; the figure
needs no noun of its own."""

from __future__ import annotations

from ...languages.morphology import Token, tags
from .mentions import DocText


def outcome_named_before(doc: DocText, toks: list[Token], lo: int, first: int) -> tuple[int, int] | None:
    """The place (first, end) of the outcome words in the instrumental that stand between a verb of losing and the
    figure starting at ``first`` (its qualifier's first token), all in the clause opening at ``lo``; else None."""
    if first < 2 or "ablt" not in tags(toks[first - 1].low, doc.lang.code):
        return None  # (the word right before the figure is no instrumental: most figures; nothing more is read)
    for verb in range(first - 2, lo - 1, -1):
        found = doc.lang.outcomes_people.match(toks, verb)
        if found is None or found[0] != "losses" or "VERB" not in tags(toks[verb].low, doc.lang.code):
            continue
        k = found[1]
        named = False
        while k < first:
            hit = doc.lang.noun_outcomes.match(toks, k)
            if hit is not None and hit[0] != "losses" and "ablt" in tags(toks[k].low, doc.lang.code):
                k, named = hit[1], True
            elif named and toks[k].low in doc.lang.joining_words:
                k += 1  # "убитыми и ранеными"
            else:
                break
        return (found[1], k) if named and k == first else None
    return None
