""""Вчора, 12 серпня 2024 року, ...", "минулого тижня, 3 квітня 2025 року", "на прошлой неделе, 3 апреля": a day
counted back from the publication ("вчора", "позавчора", "минулого тижня") beside a full date names the same day, so
an undated text is from that day plus the days counted back, as in English (``..day_told_back``). The words are the
grammar's (``dates.yesterday``, ``dates.two_days_back``, ``dates.week_back``)."""

from __future__ import annotations

import datetime as dt

from ..one_phrase import in_one_phrase
from .counted_after import counted_after
from .dates import DateMention, resolve_date
from .mentions import DocText
from .weekday_back import after_weekday_back
from .weekend_back import weekend_back

__all__ = ["counted_back", "day_told_back", "told_back_from"]


def day_told_back(doc: DocText, dates: list[DateMention]) -> tuple[dt.date, DateMention] | None:
    """The latest full date of ``dates`` that a day counted back stands beside in one phrase, plus the days counted
    back ("Вчора, 12 серпня 2024 року" -> 13 August 2024), with the date's mention; None when no such pair stands."""
    full = [d for d in dates if d.kind == "day" and d.year is not None]
    if not full:
        return None
    found: list[tuple[dt.date, DateMention]] = []
    for start, end, days in counted_back(doc, dates):
        for d in full:
            if in_one_phrase(doc.text, (start, end), (d.start, d.end)) and (day := resolve_date(d, None)) is not None:
                found.append((day + dt.timedelta(days=days), d))
    found += counted_after(doc, dates)  # "через два дні після параду 9 травня 2024 року", "минулого травня, 12 травня"
    found += weekend_back(doc, full)  # "на минулих вихідних, у суботу 14 червня 2025 року" (weekend_back.py)
    found += after_weekday_back(doc, [(day, d) for d in full if (day := resolve_date(d, None)) is not None])
    return max(found, key=lambda pair: pair[0]) if found else None


def counted_back(doc: DocText, dates: list[DateMention]) -> list[tuple[int, int, int]]:
    """(start, end, days back) of each day counted back from the publication the text names."""
    # (a weekday mention of a negative day is a day counted back: "вчора" -1, "позавчора" -2)
    back = [(d.start, d.end, -d.day) for d in dates if d.kind == "weekday" and d.day is not None and d.day < 0]
    table = doc.lang.grammar["dates"]
    for sent in doc.sentences:
        if "week_back" in table.keys_in(sent.tokens):
            back += [(sent.tokens[a].start, sent.tokens[b - 1].end, 7)
                     for _key, a, b in table.find_all(sent.tokens, key="week_back")]
    return back


def told_back_from(doc: DocText, dates: list[DateMention], day: dt.date) -> dt.date:
    """``day`` (a yearless date whose weekday settled its year: "Позавчора, у вівторок, 10 червня") plus the days
    counted back beside it in one phrase (-> 12 June 2025); ``day`` itself when none stands beside it."""
    named = [d for d in dates if d.kind == "day" and d.year is None and (d.month, d.day) == (day.month, day.day)]
    later = [day + dt.timedelta(days=days) for start, end, days in counted_back(doc, dates) for d in named
             if days < 7 and in_one_phrase(doc.text, (start, end), (d.start, d.end))]
    # ("Минулої п'ятниці, 13 червня": the week after, 16 June 2025; weekday_back.py)
    later += [monday for monday, _d in after_weekday_back(doc, [(day, d) for d in named])]
    return max(later, default=day)
