"""The data of a body about a figure: "Песков назвал абсурдными данные украинского Генштаба о 1 150 погибших",
"речник спростував дані Міноборони РФ про 400 збитих дронів". A noun of data (grammar ``data_about``) with a source
named after it (one word between or none: "украинского") and "о / про" (``about_figure``) right after that source, the
figure a few words on in the same clause: the source so named is the figure's, not the one who speaks of its data (a
verb of saying nearer or not)."""

from __future__ import annotations

from .mentions import DocText, text_between
from .sentences import Sentence

__all__ = ["source_of_data_about"]

#: How many words may stand between the noun of data and the source named after it ("данные украинского Генштаба").
_BETWEEN = 1
#: How many words the source's name may run on past the hit before "о" ("Генштаба ВСУ о").
_NAME_TAIL = 2
#: How many words may stand between "о" and the figure ("о более чем 1 150").
_TO_FIGURE = 4
_CLAUSE = ",;:.()—–"


def source_of_data_about(doc: DocText, sent: Sentence, named: list[tuple[str, int, int]],
                         near: int | None) -> tuple[str, int, int] | None:
    """The hit of ``named`` whose data the sentence names as about a figure (the one at ``near``, if given), else
    None."""
    toks = sent.tokens
    ctx = doc.lang.grammar["context"]
    present = ctx.keys_in(toks)
    if "data_about" not in present or "about_figure" not in present:
        return None  # (most sentences)
    for h in named:
        if not any(ctx.match(toks, k, h[1], "data_about") for k in range(max(0, h[1] - 1 - _BETWEEN), h[1])):
            continue
        if any(c in text_between(doc.text, toks[k].end, toks[k + 1].start)
               for k in range(max(0, h[1] - 1 - _BETWEEN), h[1]) for c in _CLAUSE):
            continue
        about = next((k for k in range(h[2], min(len(toks), h[2] + _NAME_TAIL + 1))
                      if ctx.match(toks, k, k + 1, "about_figure")), None)
        if about is None:
            continue
        figures = [k for k in range(about + 1, min(len(toks), about + 1 + _TO_FIGURE + 1))
                   if toks[k].low[:1].isdigit()]
        if not figures or any(c in text_between(doc.text, toks[k].end, toks[k + 1].start)
                              for k in range(about, figures[0]) for c in _CLAUSE):
            continue
        if near is None or near in figures:
            return h
    return None
