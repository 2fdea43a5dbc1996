"""A chronicle under a title naming its day: "Один день Херсонщини: хроніка 9 грудня", "Курская область: хроника 10
декабря". The strikes its entries tell hour by hour and the day's total are of that day, not of the day it was
published (grammar ``chronicle``)."""

from __future__ import annotations

from .dates import DateMention
from .mentions import DocText, Mention, first_hit
from .month_title import title_of_its_own


def day_of_the_chronicle(doc: DocText) -> DateMention | None:
    """The day the text's title line names after a word of a chronicle: a paragraph of its own, counting no loss,
    with one day named. Read once a document asks."""
    if "chronicle_day" not in doc.cache:
        doc.cache["chronicle_day"] = _read(doc)
    found = doc.cache["chronicle_day"]
    return found if isinstance(found, DateMention) else None


def _read(doc: DocText) -> DateMention | None:
    if (title := title_of_its_own(doc)) is None:
        return None
    if first_hit(doc.lang.grammar["spans"], "chronicle", title.tokens, 0, len(title.tokens)) is None:
        return None  # (most titles: no chronicle)
    days = [d for d in doc.dates.get(id(title), []) if d.kind == "day" and d.day is not None]
    return days[0] if len(days) == 1 else None


def takes_the_chronicle_day(doc: DocText, m: Mention) -> None:
    """A figure of one event or of a day with no date of its own, under a chronicle's title, is of the title's day."""
    if m.measure != "period" or m.as_of_date is not None or m.period_start_date is not None \
            or m.period_days not in (None, 1.0) or doc.dates.get(id(m.sentence)) or m.sentence is doc.sentences[0]:
        return
    day = day_of_the_chronicle(doc)
    if day is not None:
        m.as_of_date = day
