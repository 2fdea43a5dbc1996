"""'In the months since the dam burst on June 6, the toll has kept climbing. At least 58 civilians drowned ...': the
sentence before says a toll kept rising over a span that starts on a day; the first figure of people of the sentence
after, with no time of its own and no figure between, is that toll over that span (period, from that start), not a
running total of the war. Read only where the sentence before holds that rising toll, one date, that date a span's start
("since", "from"), and no figure of its own (a running total's sentence after a dated figure keeps its own reading).
Read by ``mention_dates``. Grammar: ``toll_kept_rising``."""

from __future__ import annotations

import datetime as dt

from ..languages.grammar import PatternGrammar
from .document import Mention, Reader
from .span_context import date_role, dates_in, sentence_index

__all__ = ["TollKeptRisingRules", "start_of_toll_kept_rising"]

# the readings of a figure with no time of its own: a running total for want of a cue, "have been killed", or one
# attack's toll ("were killed in the town")
_OPEN_READINGS = frozenset({("cumulative", "default"), ("cumulative", "present_perfect"), ("period", "event")})


class TollKeptRisingRules:
    """The pattern this reader uses, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.kept_rising = g.pattern("toll_kept_rising", guard=False)


def start_of_toll_kept_rising(reader: Reader, m: Mention) -> dt.date | None:
    """The day the span of the toll the sentence before says kept rising starts, for ``m`` the first figure of its
    sentence, of people, read as a running total for want of any cue (else None)."""
    if (m.measure, m.measure_cue) not in _OPEN_READINGS or m.period_start is not None or m.period_days \
            or not reader.profile.is_people(m.category):
        return None
    sent = m.sentence
    if any(x.sentence is sent and x.number.start < m.number.start for x in reader.mentions):
        return None  # (the first figure only)
    if any(date_role(reader, d, sent) == "start" for d in dates_in(reader, sent.start, sent.end)):
        return None  # a span of its own
    index = sentence_index(reader, sent.start)
    if index == 0:
        return None
    before = reader.sentences[index - 1]
    if before.paragraph != sent.paragraph or any(x.sentence is before for x in reader.mentions):
        return None
    if reader.grammar.rules(TollKeptRisingRules).kept_rising.search(reader.norm, before.start, before.end) is None:
        return None
    found = [d for d in dates_in(reader, before.start, before.end) if d.date is not None]
    if len(found) != 1 or date_role(reader, found[0], before) != "start":
        return None
    return found[0].span_start or found[0].date
