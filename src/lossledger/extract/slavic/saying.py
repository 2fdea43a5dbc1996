"""Whether a sentence may name who says its figures, read before its names are (most sentences cannot)."""

from __future__ import annotations

from .mentions import DocText
from .sentences import Sentence

#: The context grammar's words of saying ("повідомив", "за даними", "як повідомлялося"): a sentence that is no
#: heading names a source only by one of them, or by a colon or a dash around the name (``sides``).
SAYING_KEYS = ("report_verbs", "source_markers", "reported_back")


def may_say(doc: DocText, sent: Sentence) -> bool:
    """Whether ``sent`` holds a word of saying, a colon or a dash (between its words: a source opening it, "ISW:
    ...", or closing it, "... 1 300 військових — Генштаб."). With none, a sentence that is no heading names no
    source, whatever names it holds: the names it holds are not read on."""
    ctx = doc.lang.grammar["context"]
    toks = sent.tokens
    if ctx.find_all(toks, key=SAYING_KEYS[0]) or ctx.find_all(toks, key=SAYING_KEYS[1]) \
            or ctx.find_all(toks, key=SAYING_KEYS[2]):
        return True
    text, start, end = doc.text, sent.start, sent.end
    return text.find(":", start, end) >= 0 or text.find("—", start, end) >= 0 or text.find("–", start, end) >= 0
