"""Figures credited across sentences: to a source named after them (a quote's speaker, "This was reported by X", the
source a text that opened on a report names later), and whether a figure with no source goes on with the report
before it. Split from ``attribution``, which reads the sources a sentence names."""

from __future__ import annotations

from bisect import bisect_right

from ..profiles import Profile
from .attribution import claimant_in, generic_sources_at, says_something
from .attribution_rules import AttributionRules
from .body import Sentence
from .document import Mention, Reader, Source
from .loss_frame import sentence_before
from .sources import source_tables

__all__ = ["continues_report", "credit_quote", "credit_report_opened_on", "credit_reported_by", "credit_told_of_them",
           "cites_unnamed_reports", "may_credit_before", "open_report_of_counts", "told_after_the_tally",
           "voice_break_between"]

_FORWARD_REACH = 4  # paragraphs within which the source of a report the text opened on must be named


def voice_break_between(reader: Reader, before: Mention, after: Mention) -> bool:
    """Whether the article speaks in its own voice of a source's silence between two figures."""
    i = bisect_right(reader.voice_breaks, before.sentence.start)
    return i < len(reader.voice_breaks) and reader.voice_breaks[i] < after.sentence.start


def continues_report(profile: Profile, before: Mention, after: Mention) -> bool:
    """Whether the figure ``after``, which names no source, goes on with the report of ``before``: on the
    same side; or, from a source of neither side (the UN, US intelligence, a think tank), on the other
    side of the war in the next breath ("Ukraine, by contrast, has suffered ..."). A belligerent's report
    of its enemy's losses does not speak for its own, nor does anyone's for another war's dead."""
    if after.extra.get("own_voice"):
        return False
    if after.side is None or before.side is None or after.side == before.side:
        return True
    opposed = before.side in profile.sides and profile.sides[before.side].opponent == after.side
    return (opposed and profile.own_side(before.claimant) is None
            and after.sentence.paragraph <= before.sentence.paragraph + 1)


def open_report_of_counts(reader: Reader, sent: Sentence, source: Source) -> None:
    """'Over the past week, marines repelled 23 assaults, the ministry reports. During the week, they eliminated 212
    occupiers': a source that tells of the fighting in counts that are no loss goes on as the source of the figures
    after it (the report frame of ``line_sources.frame_source``), as one that announces its report does."""
    r = reader.grammar.rules(AttributionRules)
    if source.score >= 2 and reader.search_in(sent, r.report_withheld, sent.start, sent.end) is None:
        reader.report_frame = (source, sent.paragraph)


def credit_report_opened_on(reader: Reader, sent: Sentence, found: list[Mention]) -> None:
    """'The toll includes 1,389 casualties in April ... said the head of the UN's monitoring mission': a text that
    opens on a report before naming any source credits the report's figures to the first source named after
    them, within a few paragraphs."""
    r = reader.grammar.rules(AttributionRules)
    pending = reader.unsourced_report
    if (not pending and found and reader.last_source is None and all(m.claimant is None for m in found)
            and r.unsourced_report_opening.match(reader.norm, sent.start, sent.end)):
        pending.extend(found)
        return
    if not pending:
        return
    src = reader.last_source
    if src is not None and src.start >= sent.start:
        for m in pending:
            if m.claimant is None:
                m.claimant, m.claimant_text = src.key, src.text
        pending.clear()
    elif sent.paragraph > pending[0].sentence.paragraph + _FORWARD_REACH:
        pending.clear()


def may_credit_before(reader: Reader, sent: Sentence) -> bool:
    """Whether ``sent`` may credit figures told before it to a source it names: it holds a quote mark
    (``credit_quote``) or opens as a report's credit does (``credit_reported_by``); the tests they begin with."""
    if reader.norm.find('"', sent.start, sent.end) >= 0:
        return True
    r = reader.grammar.rules(AttributionRules)
    s_text = reader.norm[sent.start:sent.end]  # (their patterns open on "^": matched in the slice, as they are there)
    return bool(r.phrase.REPORT_ISSUER.match(s_text) or r.this_was_reported.match(s_text)
                or reader.search_in(sent, r.told_of_them, sent.start, sent.end))


def credit_quote(reader: Reader, sent: Sentence) -> None:
    """'"... the Soviets lost 20,000 in 10 years. Now they lose 30,000," Rutte said': the speaker named
    after a closing quote is the source of every figure of the quoted passage that named none."""
    if reader.norm.find('"', sent.start, sent.end) < 0:
        return
    r = reader.grammar.rules(AttributionRules)
    closing = r.phrase.QUOTE_CREDIT.search(reader.norm, sent.start, sent.end)
    if closing is None:
        return
    src = claimant_in(reader, sent, near=closing.end())
    # a speaker named after the quote, or pointed at there ('," the minister said': the one named before)
    pointed = any(start >= closing.start() for start in generic_sources_at(reader, sent))
    if src is None or (src.start < closing.start() and not pointed):
        return
    opening = reader.norm.rfind('"', 0, closing.start())
    if opening < 0:
        return
    for m in reversed(reader.mentions):  # in text order: those of the quote are the last ones
        if m.sentence.start < opening:
            break
        if m.sentence.start < sent.start and not m.claimant_explicit:
            m.claimant, m.claimant_text, m.claimant_explicit = src.key, src.text, True


def credit_reported_by(reader: Reader, sent: Sentence) -> None:
    """'This was reported by X': X is the source of the figures just before that named none. 'The
    announcement came from X's briefing': X is also the source of figures a bare nation claimed ("Russia
    has claimed ..."), when X speaks for the same side."""
    r = reader.grammar.rules(AttributionRules)
    s_text = reader.norm[sent.start:sent.end]
    if r.phrase.REPORT_ISSUER.match(s_text):
        src = claimant_in(reader, sent)
        if src is None:
            return
        prof = reader.profile
        bare_nations = set(source_tables(prof).defaults.values())
        for m in reversed(reader.mentions):  # in text order: those of the paragraphs in reach are the last ones
            if m.sentence.paragraph < sent.paragraph - 1:
                break
            if not m.claimant_explicit or (
                    m.claimant in bare_nations and prof.own_side(m.claimant) is not None
                    and prof.own_side(m.claimant) == prof.own_side(src.key)):
                m.claimant, m.claimant_text, m.claimant_explicit = src.key, src.text, True
        reader.last_source = src
        return
    if r.this_was_reported.match(s_text):
        src = claimant_in(reader, sent)
        if src:
            for m in reversed(reader.mentions):  # in text order: those of the paragraphs in reach are the last ones
                if m.sentence.paragraph < sent.paragraph - 1:
                    break
                if not m.claimant_explicit:
                    m.claimant, m.claimant_text, m.claimant_explicit = src.key, src.text, True
            reader.last_source = src


def credit_told_of_them(reader: Reader, sent: Sentence, found: list[Mention]) -> None:
    """'The monitors saw the bodies of three civilians. Morgue staff told them that they had been killed': a sentence
    with no figure of its own whose source tells of the victims before it by a pronoun is the source of the figures of
    the sentence just before (in the same paragraph) that named none."""
    if found or not reader.mentions:
        return
    before = reader.mentions[-1].sentence
    if (before.paragraph != sent.paragraph or sentence_before(reader, sent) is not before
            or all(m.claimant_explicit for m in reader.mentions[-3:] if m.sentence is before)):
        return  # (tested first: most sentences after a figure name its source or tell of no one before)
    r = reader.grammar.rules(AttributionRules)
    told = reader.search_in(sent, r.told_of_them, sent.start, sent.end)
    if told is None:
        return
    src = claimant_in(reader, sent)
    if src is None or src.start >= told.start():
        return  # (the source is the subject of the verb of telling)
    for m in reversed(reader.mentions):
        if m.sentence is not before:
            break
        if not m.claimant_explicit:
            m.claimant, m.claimant_text, m.claimant_explicit = src.key, src.text, True


def told_after_the_tally(reader: Reader, before: Mention, after: Mention) -> bool:
    """'As of 31 May, OHCHR had verified 13,580 civilians killed ... On 17 June, a missile strike killed 28': a figure
    of the victims of a day after the day a tally of victims stands at (its "as of", its month's end) is no part of
    that tally's report, so its source does not go on to it (a day's report before a later day's may: "killed three
    on Monday, the governor said. On Tuesday, ..." goes on; and a sentence that names a speaker, "Danielle Bell, who
    heads the mission, said", is hers, whose key the report before may give)."""
    profile = reader.profile
    if not (before.dated and after.dated and before.as_of is not None and after.measure == "period"
            and profile.is_victims(before.category) and profile.is_victims(after.category)):
        return False
    if says_something(reader, after.sentence):
        return False
    tally = before.measure == "cumulative" or (before.measure == "period" and (before.period_days or 0) > 1)
    first_day = after.period_start or after.as_of
    return tally and first_day is not None and first_day > before.as_of


def cites_unnamed_reports(reader: Reader, m: Mention) -> bool:
    """'Meanwhile, according to reports, up to 40 soldiers were killed': a figure credited to reports the text does not
    name has a source of its own, though no key: the report before does not go on to it."""
    sent, pattern = m.sentence, reader.grammar.rules(AttributionRules).unnamed_reports
    return reader.sentence_may_hold(sent, pattern) and reader.sentence_search(sent, pattern) is not None
