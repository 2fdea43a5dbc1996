"""A date in a clause describing a thing ("Всего в книге, которую открыли в 2023 году, теперь 1 870 имен"): when the
thing described came to be, no span of a figure outside the clause. The clause opens on a relative word (grammar
``relative``) and runs to the next mark; one that tells of losses ("жителей, которые погибли в 2024 году") dates
them."""

from __future__ import annotations

import re

from ...languages.morphology import Token
from .dates import DateMention
from .mentions import DocText, text_between
from .numbers import Number

#: a mark that ends a clause
_CLAUSE_MARK = re.compile(r"[,.;:!?—–()]")


def dates_outside_described(doc: DocText, toks: list[Token], dates: list[DateMention],
                            number: Number) -> list[DateMention]:
    """``dates`` without those in a describing clause of no loss that ``number`` is not in."""
    ctx = doc.lang.grammar["context"]
    relatives = ctx.find_all(toks, key="relative") if dates else []
    if not relatives:
        return dates  # (no relative word: most sentences)
    out = []
    for d in dates:
        opens = next((a for _k, a, _b in reversed(relatives) if a < d.first_token and not any(
            _CLAUSE_MARK.search(text_between(doc.text, toks[k - 1].end, toks[k].start))
            for k in range(a + 1, d.first_token + 1))), None)
        if opens is None:
            out.append(d)
            continue
        end = next((k for k in range(d.last_token + 1, len(toks))
                    if _CLAUSE_MARK.search(text_between(doc.text, toks[k - 1].end, toks[k].start))), len(toks))
        lossy = doc.lang.outcomes_people.find_all(toks, opens, end) or doc.lang.outcomes_equipment.find_all(
            toks, opens, end)
        if lossy or opens <= number.first_token < end:
            out.append(d)  # ("жителей, которые погибли в 2024 году": the clause dates the losses)
    return out
