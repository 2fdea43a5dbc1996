"""A toll of no span of its own under a line that names one ("За неделю ВСУ 287 раз обстреляли районы области.
Погибли 3 мирных жителя", "За тиждень ворог обстріляв громади. Загинули троє мирних жителів"): the paragraph's span,
though the toll alone reads as a period of no length (people killed are a period's by default), unless its own
sentence names an attack it died in ("внаслідок удару", "в результате атаки": that one event)."""

from __future__ import annotations

import re

from .mentions import DocText, Mention
from .sentences import Sentence
from .spans import is_event

_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


def open_toll(doc: DocText, m: Mention) -> bool:
    """Whether ``m`` has no span or only the period of no length, date or start a toll reads as by default."""
    if m.measure is None:
        return True
    return m.measure == "period" and m.period_days is None and m.period_start_date is None \
        and m.as_of_date is None and not m.measure_cued and not m.number.delta \
        and not is_event(doc, m.sentence.tokens, 0, len(m.sentence.tokens))


def takes_a_bounded_cue(m: Mention, days: float | None, since: object) -> bool:
    """A figure with a span already (a toll's period of no length) takes only a cue that bounds it (a length or a
    start); one with none takes any."""
    return m.measure is None or days is not None or since is not None


def in_the_cue_block(doc: DocText, cue_paragraph: int, at: Sentence) -> bool:
    """A line that names a span and counts nothing ("За неделю ВСУ 287 раз обстреляли районы области.") leads the
    lines right under it, up to a blank line (a post's block), as a paragraph's first sentence leads the rest."""
    if cue_paragraph == at.paragraph:
        return True
    if cue_paragraph > at.paragraph:
        return False
    lead = [s for s in doc.sentences if s.paragraph == cue_paragraph]
    if not lead or any(m.sentence.paragraph == cue_paragraph for m in doc.mentions):
        return False  # (a line with a figure of its own: its span is its figure's)
    return _BLANK_LINE.search(doc.text, lead[-1].end, at.start) is None
