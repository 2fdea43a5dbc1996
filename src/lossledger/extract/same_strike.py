"""'A missile hit the village last Thursday. The governor said Monday that the strike killed 4. Two other residents
were wounded in the same strike': a figure that points back at one strike ("in the same strike", "in that attack")
with no date of its own, where the sentence before dates only its telling ("said Monday"), is dated by the strike as
the sentence before that told it (``span_context.dates_of_event_before``, two sentences back); where neither dates it,
by the day of the last dated toll told before it ("The governor said Monday that a strike killed 4. ... Six others
were wounded in the same strike": the 4's day). Read by ``mention_dates.resolve_dates``. Grammar:
``one_strike_anaphora``."""

from __future__ import annotations

import bisect

from .body import Sentence
from .date_mentions import DateMention
from .document import Mention, Reader
from .measure_rules import MeasureRules
from .span_context import SpanContextRules, dates_of_event_before

__all__ = ["date_of_strike_told", "strike_day_told_before"]

#: the outcomes of a strike's toll ("killed", "wounded"), whose day the later count of the same strike takes
_TOLL_OUTCOMES = frozenset({"killed", "wounded", "losses", "missing"})


def _sentence_start(m: Mention) -> int:
    return m.sentence.start


def date_of_strike_told(reader: Reader, m: Mention, sent: Sentence) -> bool:
    """Date ``m`` (a period figure with no date of its own, in ``sent``, after ``dates_of_event_before`` read nothing
    in the sentence before) by the one strike it points back at, told two sentences before or by the last dated toll
    before; whether it did."""
    if reader.grammar.rules(SpanContextRules).one_strike_anaphora.search(reader.norm, sent.start, sent.end) is None:
        return False
    if dates_of_event_before(reader, m, sent, back=2):
        return True
    index = bisect.bisect_left(reader.mentions, sent.start, key=_sentence_start)
    told = reader.mentions[index - 1] if index else None
    if (told is None or told.sentence.paragraph < sent.paragraph - 1 or told.measure != "period" or not told.dated
            or told.as_of is None or told.period_start is not None or told.outcome not in _TOLL_OUTCOMES
            or told.as_of_basis not in ("stated", "relative", "weekday_date")):
        return False
    m.as_of, m.as_of_basis, m.dated = told.as_of, told.as_of_basis, True
    m.period_days = m.period_days or told.period_days
    return True


def strike_day_told_before(reader: Reader, m: Mention, sent: Sentence, candidates: list[DateMention]) -> bool:
    """'A missile hit the village last Thursday. The governor said Monday that the strike killed 4': where the figure's
    only dates are days of telling ("said Monday") before one strike it points back at as the subject of the harm ("the
    strike killed"), the day the sentence before gave that strike dates it (``dates_of_event_before``); whether it
    did (then the days of telling are no dates of the figure)."""
    if m.measure != "period" or m.period_start is not None:
        return False
    r = reader.grammar.rules(MeasureRules)
    strike = reader.grammar.rules(SpanContextRules).one_strike_anaphora.search(reader.norm, sent.start, sent.end)
    if strike is None or strike.start() > sent.start + m.number.start or not all(
            d.precision == "day" and d.end <= strike.start()
            and r.reported_when.search(reader.norm, max(sent.start, d.start - 40), d.start) for d in candidates):
        return False
    return dates_of_event_before(reader, m, sent)
