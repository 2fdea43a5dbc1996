"""A post under a title summing up a named month: "📊 Підсумки листопада", "Итоги ноября"."""

from __future__ import annotations

import calendar

from .dates import DateMention, resolve_date
from .mentions import DocText, Mention, first_hit
from .sentences import Sentence


def month_of_the_title(doc: DocText) -> DateMention | None:
    """The month the text's title line sums up: a paragraph of its own, with no figure, a word of summing up and
    one month named (no day, no other date). Read once a document asks."""
    if "title_month" not in doc.cache:
        doc.cache["title_month"] = _read_title_month(doc)
    found = doc.cache["title_month"]
    return found if isinstance(found, DateMention) else None


def title_of_its_own(doc: DocText) -> Sentence | None:
    """The text's first sentence where it is a title line: a paragraph of its own, counting no loss."""
    if len(doc.sentences) < 2:
        return None
    title = doc.sentences[0]
    if doc.sentences[1].paragraph == title.paragraph or any(x.sentence is title for x in doc.mentions):
        return None
    return title


def _read_title_month(doc: DocText) -> DateMention | None:
    if (title := title_of_its_own(doc)) is None:
        return None
    toks = title.tokens
    hit = first_hit(doc.lang.grammar["spans"], "summing_up", toks, 0, len(toks))
    if hit is None or hit[2] >= len(toks) or any(t.low.isdigit() and len(t.low) != 4 for t in toks):
        return None  # (no day: "Підсумки 5 листопада" is a day's)
    at = hit[2]  # the month right after the word ("Підсумки листопада 2025 року")
    month = next((doc.lang.months[f] for f in toks[at].lemmas if f in doc.lang.months), None)
    if month is None:
        return None
    year = int(toks[at + 1].low) if at + 1 < len(toks) and toks[at + 1].low.isdigit() else None
    last = at + 1 if year is not None else at
    return DateMention(toks[at].start, toks[last].end, year, month, None, "span", "month", at, last)


def takes_the_title_month(doc: DocText, m: Mention) -> bool:
    """A figure of the post below such a title with no span of its own ("Ліквідовано 367 окупантів": one event's
    period of no length) or a bare month ("за місяць") takes the title's month: its length, first day and end.
    Not a running total, a day's count, or a figure dated in its own sentence."""
    if m.measure != "period" or m.period_start_date is not None or m.as_of_date is not None \
            or m.period_days not in (None, 30.0) or m.number.delta or doc.dates.get(id(m.sentence)):
        return False
    month = month_of_the_title(doc)
    if month is None or m.sentence is doc.sentences[0]:
        return False
    end = resolve_date(month, doc.published)  # ("Підсумки грудня" read in January: last December)
    if end is None:
        return False
    m.period_days = float(calendar.monthrange(end.year, end.month)[1])
    m.period_start_date = m.as_of_date = month
    return True
