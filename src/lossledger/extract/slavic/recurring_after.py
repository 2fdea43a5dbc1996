"""An undated Ukrainian or Russian text that ties a recurring event of the war to its own time with no weekday or
year ("Сегодня на расширенном заседании коллегии Минобороны ..."): the first of those events on or after the day its
other dates give (``..recurring_after``)."""

from __future__ import annotations

import datetime as dt

from ..dates import series_evidence
from ..recurring_after import may_name_recurring, recurring_after
from .context import series_totals
from .event_dates import event_lead, event_ties
from .mentions import DocText

__all__ = ["recurring_event_after"]


def recurring_event_after(doc: DocText, day: dt.date) -> dt.date:
    """``day`` (what the text's other dates give), or the day of the recurring event the text ties to its own time
    with no weekday or year, the first on or after it ("Сегодня на расширенном заседании коллегии Минобороны ...":
    ``recurring_after``)."""
    if not may_name_recurring(doc.text, doc.lang.code, doc.profile):
        return day
    series = doc.profile.running_totals()
    if series is not None and (totals := series_totals(doc)) and (hit := series_evidence(totals, series, day)) \
            is not None and not hit.approximate:
        return day  # (a total the series held that day dates the text to the day: the board is not after it)
    spans, weekdays_between = event_ties(doc)
    later = recurring_after(event_lead(doc)[0], doc.text, doc.lang.code, doc.profile, weekdays_between, spans, day)
    return later[0] if later is not None else day
