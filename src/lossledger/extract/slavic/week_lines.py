"""A week told a line a day: a line labelled by a weekday's abbreviation ("Пн — загинули двоє ...", "Вт: ранены
трое ...") names that day, as "у понеділок" does; and under a heading that dates the week ("Підсумки тижня, 1–7
грудня", "Итоги недели: 24–30 ноября") each weekday of the text is the one within that week, not the latest up to
the publication date (a summary of last week is often published on the next week's Monday)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from .dates import DateMention, resolve_date
from .language import Language
from .mentions import DocText
from .sentences import Sentence

#: what follows a weekday's label at the head of a line: a dash or a colon
_LABEL_MARK = re.compile(r"\s*[—–:-]")
#: what stands between the first and the last day of a range of days ("1–7 грудня", "24 - 30 ноября")
_RANGE_MARK = re.compile(r"\s*[—–-]\s*")
#: the longest range a heading dates that is one week
_WEEK_DAYS = 7
#: the weekday labels by language code: the abbreviation as written (its capital, not all capitals: "ВС" is an army)
_LABELS: dict[str, dict[str, int]] = {}


def _labels(lang: Language) -> dict[str, int]:
    found = _LABELS.get(lang.code)
    if found is None:
        table = lang.raw["grammar"]["dates"].get("weekday_labels", {})
        found = _LABELS[lang.code] = {str(k): int(v) for k, v in table.items()}
    return found


def label_of_the_line(doc: DocText, sent: Sentence, dates: list[DateMention]) -> list[DateMention]:
    """``dates`` with the weekday a line opens on as its label ("Пн — ...", "Вт: ..."): a mention of that day."""
    toks = sent.tokens
    if not toks or toks[0].start != sent.start or (sent.start > 0 and doc.text[sent.start - 1] != "\n"):
        return dates  # (a label heads a line)
    day = _labels(doc.lang).get(toks[0].text)
    if day is None or not _LABEL_MARK.match(doc.text, toks[0].end) or any(d.first_token == 0 for d in dates):
        return dates
    return [DateMention(toks[0].start, toks[0].end, None, None, day, "plain", "weekday", 0, 0), *dates]


def _week_of_the_heading(doc: DocText) -> dt.date | None:
    """The last day of the week the text's heading (its first sentence) dates by a range of days of at most a
    week ("1–7 грудня", "з 1 по 7 грудня"), read once; None when it dates none."""
    if "week_end" in doc.cache:
        return doc.cache["week_end"]  # type: ignore[no-any-return]
    found = None
    if doc.sentences and doc.published is not None:
        head = doc.sentences[0]
        toks = head.tokens
        days = [d for d in doc.dates.get(id(head), []) if d.kind == "day" and d.day is not None]
        last = days[-1] if days else None
        end = resolve_date(last, doc.published) if last is not None else None
        first_day = None
        if last is not None and end is not None:
            since = next((d for d in days if d is not last and d.role == "since"), None)
            if since is not None:
                first_day = resolve_date(dataclasses.replace(since, year=since.year or end.year), doc.published)
            elif last.first_token > 0 and toks[last.first_token - 1].low.isdigit() \
                    and _RANGE_MARK.fullmatch(doc.text, toks[last.first_token - 1].end, toks[last.first_token].start):
                n = int(toks[last.first_token - 1].low)
                if 1 <= n < end.day:
                    first_day = end.replace(day=n)
        if first_day is not None and end is not None and 0 < (end - first_day).days < _WEEK_DAYS:
            found = end
    doc.cache["week_end"] = found
    return found


def in_the_week_named(doc: DocText, sent: Sentence, dates: list[DateMention]) -> list[DateMention]:
    """``dates`` with each weekday ("у вівторок", "Пн") placed within the week the heading dates, if it dates one
    (read in the sentences after the heading, whose dates are then known)."""
    if sent is doc.sentences[0] or not any(d.kind == "weekday" and d.day is not None and d.day >= 0 for d in dates):
        return dates
    end = _week_of_the_heading(doc)
    if end is None:
        return dates
    return [dataclasses.replace(d, week_end=end) if d.kind == "weekday" and d.day is not None and d.day >= 0 else d
            for d in dates]
