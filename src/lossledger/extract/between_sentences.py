"""The bookkeeping around the reading of one sentence: what follows it (its sources credited, a report it opens, its
mentions kept, the context of the list a heading opens), what a sentence with no mention adds (the sources it
names), and the last sentence worth reading.

Split from ``extract`` (which reads each sentence's mentions and assembles the claims) because none of it reads a
mention: it keeps the state the next sentences are read with (``Reader.list_context``, the sources remembered).
"""

from __future__ import annotations

from .attribution import claimant_in, remember_sources
from .body import Sentence
from .crediting import (
    credit_quote,
    credit_report_opened_on,
    credit_reported_by,
    credit_told_of_them,
    may_credit_before,
    open_report_of_counts,
)
from .document import Mention, Reader
from .loss_frame import counts_of_one
from .measure import (
    date_role,
    dates_in,
    heading_day,
    heading_span,
    heading_start,
    span_told_before_heading,
    span_told_before_list,
)
from .measure_rules import MeasureRules
from .whose_loss import office_of_region_in_view

__all__ = ["after_sentence", "last_sentence_to_read", "remember_sources_only", "update_list_context"]


def update_list_context(reader: Reader, sent: Sentence, found: list[Mention]) -> None:
    """A sentence ending in ':' (or a bulletin header) sets the context of the list that follows."""
    # asked of every sentence twice: its last character tells at once unless it is a space (body's are stripped)
    last = reader.norm[sent.end - 1 : sent.end]
    if last != ":" and (not last.isspace() or not reader.norm[sent.start : sent.end].rstrip().endswith(":")):
        return
    ctx: dict[str, object] = {}
    source = claimant_in(reader, sent) or reader.last_source
    if source:
        ctx["source"] = source
    om = (reader.scan.search("outcome_equipment", sent.start, sent.end, sliced=True)
          or reader.scan.search("outcome_people", sent.start, sent.end, sliced=True))
    ctx["outcome"] = reader.profile.key_of(om) if om else "losses"
    # "Here's what we know:" heads summary bullets, each with its own measure; "the enemy's losses were:"
    # heads a table of running totals
    ctx["loss_heading"] = om is not None
    span = heading_span(reader, sent) or (None if found else (span_told_before_list(reader, sent)
                                                          or span_told_before_heading(reader, sent)))
    if span is not None:
        ctx["span"] = span
        ctx["span_of_list"] = not found  # a heading with no figure of its own gives the span to its list
    war_began = reader.grammar.rules(MeasureRules).war_start_clause_before
    # (but "the estimates of losses in the war, which began in February 2022:" tells the war's start, not the list's
    # day)
    ds = [d for d in dates_in(reader, sent.start, sent.end)
          if d.date and date_role(reader, d, sent) == "as_of"
          and not war_began.search(reader.norm, max(sent.start, d.start - 90), d.start)]
    if ds:
        ctx["as_of"] = ds[-1].date
    elif reader.published:
        ctx["as_of"] = reader.published
    if reader.dates:
        ctx["day"], ctx["start"] = heading_day(reader, sent), heading_start(reader, sent)
    reader.list_context = ctx


def after_sentence(reader: Reader, sent: Sentence, found: list[Mention]) -> None:
    """What follows the reading of a sentence: its sources credited, a report it opens, its mentions kept, its
    list context."""
    credit_reported_by(reader, sent)
    credit_report_opened_on(reader, sent, found)
    credit_told_of_them(reader, sent, found)
    reader.mentions.extend(found)
    credit_quote(reader, sent)
    update_list_context(reader, sent, found)


def remember_sources_only(reader: Reader, sent: Sentence) -> list[Mention]:
    """What ``extract._read_sentence`` remembers of a sentence that holds no mention: the sources it names, and whether
    it announces a report (only a sentence with no figure does). No mention."""
    numbers = reader.numbers_in(sent)
    has_figures = bool(numbers or counts_of_one(reader, sent, numbers))
    source = claimant_in(reader, sent)
    if not has_figures:
        source = office_of_region_in_view(reader, sent, source)  # (as ``extract._read_sentence`` remembers it)
    remember_sources(reader, sent, source, figures=has_figures)
    if has_figures and source is not None:
        open_report_of_counts(reader, sent, source)  # (as ``_read_sentence`` does, which would read no mention here)
    return []


def last_sentence_to_read(reader: Reader) -> int:
    """The index of the last sentence that may hold a figure (a number or an article that counts one) or credit one
    told before it (``may_credit_before``). The sentences after it would add only the sources they name, which no
    figure after them reads (a figure waiting for its report's source, ``credit_report_opened_on``, is read on)."""
    sentences = reader.sentences
    for i in range(len(sentences) - 1, -1, -1):
        numbers = reader.numbers_in(sentences[i])
        if numbers or counts_of_one(reader, sentences[i], numbers) or may_credit_before(reader, sentences[i]):
            return i
    return -1
