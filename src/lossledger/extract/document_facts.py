"""The document's facts, out of the mentions its sentences were read into (``extract._extract``).

What the reading of one sentence at a time leaves open is settled here, from the whole document: the date of a
text that came with none (``date_undated_text``: the day the series of running totals reached its figures), the
source and side of a figure that names neither (``fill_document_context``), and which of a fact's several mentions
speaks for it (``one_mention_per_fact``). The Cyrillic-script stages have their own, ``slavic.assembly``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator

from ..profiles import Profile
from . import dates as datelib
from .bulletin_lines import bulletin_line_claimant
from .crediting import cites_unnamed_reports, continues_report, told_after_the_tally, voice_break_between
from .date_rules import DateRules
from .document import Mention, Reader
from .embargo_line import EMBARGO_REACH, on_embargo_line
from .event_told_later import event_told_later
from .loss_frame import side_from_claimant
from .numbered_paragraphs import numbered_paragraph_between
from .recurring_after import may_name_recurring, recurring_after
from .span_context import date_role
from .span_end_day import SPAN_END_REACH, span_end_day
from .span_on_weekday import span_on_weekday
from .war_events import LEAD_PARAGRAPHS, Word, date_by_event, text_words, weekdays_named, yearless_after_event

__all__ = ["date_undated_text", "event_lead", "event_rest", "event_ties", "fill_document_context",
           "one_mention_per_fact"]


def date_undated_text(reader: Reader, url_bounds: datelib.UrlDate | None = None) -> None:
    """Date a text that came with no date (``reader.published`` None) from the figures read in it: the day the
    running totals of the profile's series (``Profile.running_totals``) reached them, bounded by a month-only
    URL's ``url_bounds``; its basis is ``inferred``."""
    prof = reader.profile
    # only the General Staff's running totals date a text (Oryx or Mediazona counts would match
    # other days)
    # (a running total mislabelled as a day's figure still dates the text)
    dating_side = _dating_side(prof)
    counted_since, spans = _counted_since(reader, dating_side)
    # the series' own publishers, and (with figures of no source) the officials who relay it (the profile's)
    publishers, relayers = prof.raw.get("dating_claimants", ()), prof.raw.get("dating_relayers", ())
    figures = [(m.category, m.value) for m in reader.mentions
               if (m.measure == "cumulative" or (m.measure == "period" and m.qualifier == "exact"
                                                 and m.period_days == 1))
               and id(m) not in counted_since
               and m.value_high is None and m.side in (None, dating_side)
               and (m.claimant in publishers or (
                   (m.claimant is None or m.claimant in relayers)
                   and (m.category == "personnel" or m.value >= 500)))]
    inferred, evidence = datelib.infer_publication_date(reader.norm, war_start=prof.war_start,
                                                        grammar=reader.grammar,
                                                        figures=figures, series=prof.running_totals(),
                                                        spans=spans)
    if inferred is not None and evidence.startswith("series_since:"):
        # "since the beginning of the year" takes its year from the first estimate: a later day may follow
        _excluded, dated_spans = _counted_since(reader, _dating_side(prof), inferred)
        series = prof.running_totals()
        later = datelib.span_total_reached(dated_spans, series) if series is not None else None
        if later is not None and inferred < later[0] <= inferred + datelib.PLACED_REACH:
            inferred, evidence = later
    if inferred is not None and (end := span_end_day(reader, inferred)) is not None \
            and end - inferred <= dt.timedelta(days=SPAN_END_REACH):
        inferred, evidence = end, f"{evidence}+span_end:{end.isoformat()}"  # "in a five-day span since 6 June"
    if inferred is not None and not evidence.startswith("series:") and may_name_recurring(reader.norm, "en", prof):
        # "Today at the expanded board ..." after the text's other dates: that year's board (recurring_after.py)
        lead_spans, weekdays_between = event_ties(reader)
        later = recurring_after(event_lead(reader)[0], reader.norm, "en", prof, weekdays_between, lead_spans,
                                inferred)
        if later is not None:
            inferred, evidence = later
    if inferred is None and (spanned := span_on_weekday(reader.norm, reader.grammar, prof.war_start)) is not None:
        inferred, evidence = spanned  # "since May 12 ... over a four-day span ... on Thursday" (span_on_weekday.py)
    if inferred is None:
        # a text that reports one of the war's named events, and nothing else dates: the event's day
        lead_spans, weekdays_between = event_ties(reader)
        lead, lead_end = event_lead(reader)
        by_event = date_by_event(lead, lead_end, reader.norm, "en", prof, weekdays_between, lead_spans) or \
            event_told_later(lead, lead_end, reader.norm, "en", prof, weekdays_between, lead_spans,
                             lambda: event_rest(reader)) or \
            yearless_after_event(lead, reader.norm, "en", prof, lead_spans, lambda: _yearless(reader))
        if by_event is not None:
            inferred, evidence = by_event
    estimate = inferred
    inferred, _evidence = datelib.bounded_estimate(inferred, evidence, url_bounds)
    reader.published = inferred
    reader.published_basis = "inferred"
    reader.dated_by_dateline = inferred is not None and inferred == estimate and (
        _dateline_decides(reader, evidence) or _names_its_own_day(evidence))


def event_lead(reader: Reader) -> tuple[list[list[Word]], int]:
    """The words of each sentence of the text's first paragraphs, as the reader cut its body, and where they end:
    what the war's named events are looked for in (``war_events``)."""
    lead = [s for s in reader.sentences if s.paragraph <= LEAD_PARAGRAPHS]
    return [text_words(reader.norm[s.start:s.end]) for s in lead], max((s.end for s in lead), default=0)


def event_rest(reader: Reader) -> tuple[list[list[Word]], list[tuple[int, int]]]:
    """The words of each sentence after the text's first paragraphs, and where each is: where an event the lead
    names in part may be told in full (``event_told_later``)."""
    rest = [s for s in reader.sentences if s.paragraph > LEAD_PARAGRAPHS]
    return [text_words(reader.norm[s.start:s.end]) for s in rest], [(s.start, s.end) for s in rest]


def _yearless(reader: Reader) -> list[tuple[int, int]]:
    """(month, day) of each date the text writes without its year ("On 12 March"), but the war's first day."""
    war_start = reader.profile.war_start
    return [(d.month, d.day) for d in datelib.find_dates(reader.norm, published=None, war_start=war_start,
                                                         grammar=reader.grammar)
            if d.kind in ("day_month", "numeric") and d.date is None and d.month and d.day
            and (d.month, d.day) != (war_start.month, war_start.day)]


def event_ties(reader: Reader) -> tuple[list[tuple[int, int]], Callable[[int, int], list[int]]]:
    """Where each sentence of the text's first paragraphs is (as ``event_lead`` gives their words), and the weekdays
    the text names between two offsets: what ties a sentence naming an event to the text's own time."""
    weekday_names = reader.grammar.table("dates.weekdays")
    return ([(s.start, s.end) for s in reader.sentences if s.paragraph <= LEAD_PARAGRAPHS],
            lambda start, end: weekdays_named(reader.norm, start, end, weekday_names))


def _dateline_decides(reader: Reader, evidence: str) -> bool:
    """Whether the date that dated the text ("day_month:March 3+weekday:Monday") is its dateline's ("KYIV, March 3
    (Wire) -"): the day the article was filed, where another date is that of its latest news."""
    kind, _, said = evidence.partition("+")[0].partition(":")
    at = reader.norm.find(said, 0, datelib.DATELINE_CHARS + len(said)) if said else -1
    if said and (on := reader.norm.find(said, 0, EMBARGO_REACH + datelib.DATELINE_CHARS)) >= 0 and on_embargo_line(
            reader.norm, on, reader.grammar.rules(DateRules).embargo_line):
        return True  # "EMBARGOED UNTIL 00:01 GMT, WEDNESDAY 14 MAY": the release's own day, whatever its kind
    return kind in ("day_month", "explicit", "numeric") and 0 <= at < datelib.DATELINE_CHARS


def _names_its_own_day(evidence: str) -> bool:
    """Whether the text's date is the day it names as its own ("said on Wednesday" after its latest dated event,
    "yesterday, on 12 August": ``dates.infer_publication_date``; a war's event tied to the text's time, "Today at
    the board ...", "Yesterday's strike ...": ``war_events.event_day``), not that of its latest news (a day before
    it)."""
    return any(f"+{kind}:" in evidence for kind in ("weekday", "relative", "tie"))


def _dating_side(prof: Profile) -> str | None:
    series = prof.running_totals()
    return series.side if series is not None else None


def _counted_since(reader: Reader, side: str | None, published: dt.date | None = None
                   ) -> tuple[set[int], list[tuple[str, float, dt.date]]]:
    """Figures counted from a day after the war began ("since the beginning of the year", "since June 4"),
    read before the document has a date: the ids of their mentions (no running totals since the war, so
    they do not date the text as such), and (category, value, first day) of the dating side's personnel
    losses whose first day the text states with its year ("since the beginning of 2025, 177,000"), or
    ``published`` gives it one ("since the beginning of the year")."""
    war_start = reader.profile.war_start
    candidates = [m for m in reader.mentions if m.measure in ("cumulative", "period") and m.period_days != 1
                  and m.value_high is None]
    if not candidates:
        return set(), []
    found = [d for d in datelib.find_dates(reader.norm, published=published, war_start=war_start,
                                          grammar=reader.grammar)
             if d.kind not in ("weekday", "relative")]
    excluded: set[int] = set()
    spans: list[tuple[str, float, dt.date]] = []
    for m in candidates:
        sent = m.sentence
        number_at = sent.start + m.number.start
        for d in found:
            if not sent.start <= d.start < sent.end or date_role(reader, d, sent) != "start":
                continue
            first, last = d.span_start or d.date, d.date
            if first is not None and last is not None and first <= war_start + dt.timedelta(days=1) and (
                    last >= war_start - dt.timedelta(days=1)):
                break  # "since February 2022": since the war began
            if first is None and (d.month, d.day) == (war_start.month, war_start.day):
                break  # "since February 24"
            if first is not None and first < war_start:
                break  # "since 2014": another count
            excluded.add(id(m))
            if first is not None and m.side == side and m.category == "personnel" and d.start < number_at + 200:
                spans.append((m.category, m.value, first))
            break
    return excluded, spans


def one_mention_per_fact(reader: Reader) -> list[Mention]:
    """The mention that says most of each fact the document states (mentions with no side are none), in the
    order the facts were first met."""
    chosen: dict[tuple[object, ...], list[Mention]] = {}
    for m in reader.mentions:
        if m.side is None:
            continue
        # victims told as "civilians" in one sentence and "people" in another are one fact
        kind = "victims" if reader.profile.is_victims(m.category) else m.category
        key = (m.side, kind, m.value, m.value_high)
        chosen.setdefault(key, []).append(m)
    return [_choose(group) for group in _facts(chosen.values())]


def _choose(claims: list[Mention]) -> Mention:
    """Of several mentions of one fact, the one that says most about it."""
    if len(claims) == 1:
        return claims[0]  # (most facts are told once)

    def score(m: Mention) -> tuple[int, ...]:
        return (
            int(m.sentence.kind != "heading"),
            int(m.claimant is not None),
            int(m.claimant_explicit),
            int(m.dated),
            int(m.side is not None),
            -m.sentence.start,
        )
    return max(claims, key=score)


#: Outcomes that name one kind of fact: "3 killed and 3 wounded" are two facts; a general "losses" may
#: restate either.
_GENERAL_OUTCOMES = frozenset({"losses"})


def _facts(groups: Iterable[list[Mention]]) -> Iterator[list[Mention]]:
    """Mentions of one fact, out of mentions grouped by (side, category, value, value_high).

    One number may state two facts ("3 killed and 3 injured"): mentions with different specific
    outcomes are different claims. A mention with a general outcome ("losses") restates the fact of
    its own sentence, else the first one."""
    for group in groups:
        by_outcome: dict[str, list[Mention]] = {}
        general = []
        for m in group:
            if m.outcome in _GENERAL_OUTCOMES:
                general.append(m)
            else:
                by_outcome.setdefault(str(m.outcome), []).append(m)
        if len(by_outcome) < 2:
            yield group
            continue
        facts = list(by_outcome.values())
        for m in general:
            home = next((f for f in facts if any(x.sentence is m.sentence for x in f)), facts[0])
            home.append(m)
        yield from facts


def _family(category: str) -> str:
    if category in ("personnel",):
        return category
    return "people" if category in ("civilians", "people") else "equipment"


def fill_document_context(reader: Reader) -> None:
    """What a sentence leaves open, the document fills in.

    A figure with no source of its own continues the last sourced figure about the same kind of
    loss (soldiers, civilians or equipment) within a few paragraphs; bulletin lists belong to the
    General Staff; a side still unknown follows the source, then the document's majority."""
    last_by_family: dict[str, Mention] = {}
    last_sourced: Mention | None = None  # of any kind: the whole a part ("Of them, ...") is of
    for m in reader.mentions:
        family = _family(m.category)
        if m.claimant is None and m.sentence.kind != "heading":
            prev = last_by_family.get(family)
            soldiers = last_by_family.get("personnel") if prev is None and family == "equipment" else None
            if (soldiers is not None and soldiers.side is not None and soldiers.side == m.side
                    and soldiers.sentence.paragraph >= m.sentence.paragraph - 1):
                prev = soldiers  # "Russia has lost 1,088,420 soldiers, the General Staff said. Its tanks ...": one
            if prev is None and m.rule == "previous_topic" and last_sourced is not None:
                prev = last_sourced  # "812 employees were killed, the company said. Of them, 301 died at the front"
            if (prev is not None and prev.sentence.paragraph >= m.sentence.paragraph - 3
                    and continues_report(reader.profile, prev, m) and not voice_break_between(reader, prev, m)
                    and not told_after_the_tally(reader, prev, m) and not cites_unnamed_reports(reader, m)
                    and not numbered_paragraph_between(reader, prev, m)):
                m.claimant, m.claimant_text = prev.claimant, prev.claimant_text
        if m.claimant is None and m.rule in ("bulletin_item", "bulletin_delta"):
            m.claimant = bulletin_line_claimant(reader, m)  # (not "Civilian casualties: 301" with no source in view)
        if m.claimant is not None:
            last_by_family[family] = last_sourced = m
    # KEY POINTS bullets and headlines sum up what the body attributes below them
    for i, m in enumerate(reader.mentions):
        if m.claimant is None and m.sentence.kind in ("list_item", "heading"):
            later = None
            for j in range(i + 1, len(reader.mentions)):
                x = reader.mentions[j]
                if x.sentence.paragraph > m.sentence.paragraph + 4:
                    break  # mentions are in text order: the rest are out of reach (a scan made it quadratic)
                if x.claimant and x.sentence.kind == "sentence" and _family(x.category) == _family(m.category):
                    later = x
                    break
            if later is not None:
                m.claimant, m.claimant_text = later.claimant, later.claimant_text
    # a headline restates a figure of the body, whose sentence says whose loss it is
    body_sides: dict[tuple[object, ...], str] = {}
    for m in reader.mentions:
        if m.side and m.sentence.kind != "heading":
            body_sides.setdefault((m.category, m.value, m.value_high), m.side)
    for m in reader.mentions:
        if m.sentence.kind == "heading":
            m.side = body_sides.get((m.category, m.value, m.value_high), m.side)
    side_votes = Counter(m.side for m in reader.mentions if m.side)
    majority = side_votes.most_common(1)[0][0] if side_votes else None
    for m in reader.mentions:
        if m.side is None:
            m.side = side_from_claimant(reader.profile, m.category, m.claimant) or majority or (
                reader.profile.default_victim_side if reader.profile.is_victims(m.category) else None)
