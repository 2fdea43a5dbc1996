"""The day's increases of a running list take the day its lead names: "За минулу добу, 22 листопада, ворог втратив ще
1420 ... - танки — 9419 (+20)", "Протягом минулої доби, 14 березня, ... - танків — 10 102 (+15)": each "(+N)" below is
that day's, not the publication's."""

from __future__ import annotations

from collections.abc import Sequence

from .default_measure import running_total
from .mentions import DocText, Mention


def lead_day(doc: DocText, before: Sequence[Mention], m: Mention) -> Mention | None:
    """The figure of one day with a date of its own that leads the running list holding the increase ``m``: the
    nearest one before it with ``m``'s claimant, with only the report's totals and the list's increases between
    them."""
    if not m.number.delta or m.as_of_date is not None or m.period_days != 1.0:
        return None
    for x in reversed(before):
        if x.number.delta or running_total(doc, x) or (x.measure == "cumulative" and x.claimant == m.claimant):
            continue  # (the list's own lines, and the report's totals: "Загалом ... досягли 729 720")
        if x.measure == "period" and x.period_days == 1.0 and x.as_of_date is not None \
                and x.as_of_date.kind == "day" and x.claimant == m.claimant and x.sentence is not m.sentence:
            return x
        return None
    return None


def headline_day(doc: DocText, m: Mention) -> Mention | None:
    """"Окупанти за добу позбулися 1200 вояків — Генштаб\\nПротягом минулої доби, 14 березня, ...": a headline's
    day with no date of its own is the day the lead below it dates (its first figure of one dated day, same source)."""
    if m.sentence.kind != "heading" or m.measure != "period" or m.period_days != 1.0 or m.as_of_date is not None:
        return None
    return next((x for x in doc.mentions if x.sentence.kind != "heading" and x.measure == "period"
                 and x.period_days == 1.0 and x.as_of_date is not None and x.as_of_date.kind == "day"
                 and not x.number.delta and x.claimant == m.claimant
                 and x.sentence.paragraph <= m.sentence.paragraph + 3), None)
