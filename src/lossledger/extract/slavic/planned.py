""""Вибори, призначені на березень 2025 року", "переговоры, назначенные на июнь 2025 года": a month or year a plan is
set for, right after one of ``dates.plan_before``, is still to come when told; it gives no year to a yearless date the
text tells (as English's ``patterns.plan_before``), which then goes before it."""

from __future__ import annotations

from .dates import DateMention
from .mentions import DocText

__all__ = ["planned"]


def planned(doc: DocText) -> set[int]:
    """The ids of the date mentions of ``doc`` a plan is set for."""
    table = doc.lang.grammar["dates"]
    found: set[int] = set()
    for sent in doc.sentences:
        toks = sent.tokens
        for d in doc.dates.get(id(sent), []):
            i = d.first_token
            if any(i - k >= 0 and (hit := table.match(toks, i - k, i, "plan_before")) is not None and hit[1] == i
                   for k in (1, 2, 3)):
                found.add(id(d))
    return found


def before_plans(years: list[int], dates: list[DateMention], plans: set[int]) -> list[int]:
    """``years`` of ``dates``, a planned one's the year before it when the text's latest yearless date would fall on
    or after the plan's month in its year (it goes before the plan)."""
    latest = max(((d.month, d.day) for d in dates if d.kind == "day" and d.year is None and d.month and d.day),
                 default=None)
    after_plan = {d.year for d in dates if id(d) in plans and d.year is not None
                  and latest is not None and latest >= (d.month or 1, 1)}
    return [y - 1 if y in after_plan else y for y in years]
