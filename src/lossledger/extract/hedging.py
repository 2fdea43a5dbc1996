"""How exact and how sure a figure is: its qualifier ("at least", "about", a range) and whether it is hedged
("reportedly", "likely", a figure under a condition or one the text says it could not verify)."""

from __future__ import annotations

import re

from .body import Sentence
from .document import Reader
from .loss_frame import is_breakdown
from .loss_frame_rules import LossFrameRules
from .numbers import Number
from .time_clause_modal import in_time_clause_after

__all__ = ["is_hedged", "qualifier_of"]


def qualifier_of(reader: Reader, abs_start: int, abs_end: int, num: Number) -> str:
    r = reader.grammar.rules(LossFrameRules)
    if num.value_high is not None:
        return "range"
    m = None
    for q in reader.scan.finditer("qualifier", max(0, abs_start - 30), abs_start, sliced=True):
        tail = reader.norm[q.end():abs_start]
        if r.qualifier_tail.fullmatch(tail) and not (r.definite_tail.search(tail)
                                                     and not r.mark_after.match(reader.norm, abs_end)):
            m = q  # (but "far above the 134,900 deaths X confirmed": a comparison with a figure, no qualifier of it)
    if m is not None and r.toll_rises_up_to.search(reader.norm, max(0, m.start() - 30), m.end()):
        return "exact"  # "Kharkiv strike toll up to 9": a headline's toll risen to the figure, no bound of it
    if m is not None:
        return reader.profile.key_of(m)
    if r.or_more.match(reader.norm[abs_end : abs_end + 12]):
        return "at_least"
    return "exact"


def is_hedged(reader: Reader, sent: Sentence, abs_start: int) -> bool:
    r = reader.grammar.rules(LossFrameRules)
    lo, hi = reader.clause_bounds(sent, abs_start)
    hedge = reader.scan.search("hedge", lo, hi, sliced=True)
    if hedge is not None and in_time_clause_after(reader, hedge.start(), abs_start):
        # "died before they could be evacuated": what could not happen in time, no doubt of the figure
        hedge = next((h for h in reader.scan.finditer("hedge", hedge.end(), hi, sliced=True)
                      if not in_time_clause_after(reader, h.start(), abs_start)), None)
    if hedge is not None and r.hedge_of_date_after.match(reader.norm, hedge.end()):
        # "lost 18,640 troops in the past month, presumably February, ...": a guess at when, no doubt of the figure
        hedge = next((h for h in reader.scan.finditer("hedge", hedge.end(), hi, sliced=True)
                      if not r.hedge_of_date_after.match(reader.norm, h.end())), None)
    if (hedge is not None and not _hedge_before_fact_clause(reader, hedge, abs_start, hi)
            and not _hedge_of_later_figure(reader, hedge, abs_start, hi)
            and not (hedge.start() > abs_start and r.hedge_in_apposition_after.match(reader.norm, abs_start,
                                                                                     hedge.start()))):
        return True  # (not "add up to 61,870, the likely origin of the number": the apposition's)
    clause = reader.norm[lo:hi]
    if lo > sent.start and is_breakdown(reader, sent, lo + len(clause) - len(clause.lstrip())):
        # a part told after "including" shares the hedge of the whole before it ("reportedly destroyed 16
        # vehicles, including 10 tanks"): the clause around the break holds both
        whole_lo, whole_hi = reader.clause_bounds(sent, lo - 1)
        if reader.scan.search("hedge", whole_lo, whole_hi, sliced=True):
            return True
    if (reader.search_in(sent, r.conditional_modal, lo, abs_start)
            and r.condition.search(reader.norm, sent.start, sent.end)):
        return True  # "losses would climb past 700,000 if the offensive goes on": a figure under a condition
    if hi < sent.end and reader.search_in(sent, r.unverified_hedge, hi, sent.end):
        return True  # "18 were killed; we have not been able to verify these figures": said of the sentence's figures
    # A hedge in the sentence's lead ("If these figures hold up, ...") covers the whole sentence.
    return bool(r.hedged_lead.search(reader.norm[sent.start:sent.end]))


def _hedge_before_fact_clause(reader: Reader, hedge: re.Match[str], abs_start: int, hi: int) -> bool:
    """'is likely to surpass the worst toll this year after 32 people died in Kyiv': the hedge comes before a clause of
    what happened that opens right before the figure (and none follows the figure in its clause)."""
    return (hedge.end() <= abs_start
            and reader.grammar.rules(LossFrameRules).fact_clause_before.search(reader.norm, hedge.end(), abs_start)
            is not None and reader.scan.search("hedge", abs_start, hi, sliced=True) is None)


def _hedge_of_later_figure(reader: Reader, hedge: re.Match[str], abs_start: int, hi: int) -> bool:
    """'documented 11 executions, and was still checking reports of 16 more': the hedge of a predicate joined after the
    figure, with a figure of its own after the hedge."""
    r = reader.grammar.rules(LossFrameRules)
    return (hedge.start() > abs_start and r.hedge_of_later_figure.search(reader.norm, abs_start, hedge.start())
            is not None and r.next_number.search(reader.norm, hedge.end(), hi) is not None)
