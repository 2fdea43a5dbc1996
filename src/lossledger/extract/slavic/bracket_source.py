"""A line that closes on its source in brackets: a news ticker's "Херсон: ранковий обстріл — 2 загиблих, 5
поранених (ОВА)", "Горловка: обстрел — 2 раненых (глава города)". The bracket holds the source's name and nothing
else, and nothing but a stop follows it: the source speaks for the line's figures as a closing "— Генштаб" does."""

from __future__ import annotations

from .mentions import DocText, text_between
from .sentences import Sentence

__all__ = ["closing_bracket"]

#: What may stand after the bracket's close up to the sentence's end: a stop, spaces.
_AFTER_CLOSE = " .;\n"
#: How many words (a place's adjective, a body's kind) may stand in the bracket before the source's name.
_NAME_WORDS = 2
#: How many words before the name a word of sourcing may open on ("за даними Сумської ОВА").
_MARKER_WORDS = 4


def closing_bracket(doc: DocText, sent: Sentence,
                    hits: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """The source named alone in a bracket that closes the sentence, of ``hits`` (key, first token, end token)."""
    toks = sent.tokens
    ctx = doc.lang.grammar["context"]
    if not toks or doc.text.rfind(")", toks[-1].end, sent.end + 1) < 0:
        return None  # (most sentences close on no bracket)
    for hit in hits:
        _key, a, b = hit
        # (the name may close the bracket or stand before the region it serves: "(губернатор Курской области)")
        if a == 0 or not 0 <= len(toks) - b <= _NAME_WORDS or any(
                text_between(doc.text, toks[k - 1].end, toks[k].start).strip() for k in range(b, len(toks))):
            continue
        # (the bracket opens on the name, on the place's or body's words before it, "(Сумська ОВА)", or on a word
        # of sourcing, "(за даними Сумської ОВА)")
        marker = next((k for k in range(max(1, a - _MARKER_WORDS), a)
                       if (m := ctx.match(toks, k, key="source_markers")) and m[1] <= a), None)
        first = marker if marker is not None else max(1, a - _NAME_WORDS)
        opened = next((k for k in range(a, first - 1, -1)
                       if text_between(doc.text, toks[k - 1].end, toks[k].start).strip().endswith("(")), None)
        if opened is None or any(text_between(doc.text, toks[k - 1].end, toks[k].start).strip()
                                 for k in range(opened + 1, a + 1)):
            continue
        after = doc.text[toks[-1].end:sent.end].lstrip()
        if after.startswith(")") and not after[1:].strip(_AFTER_CLOSE):
            return hit
    return None
