"""A figure its source has changed ("The governor said nine civilians were killed in May. He has since raised it to
11."; "It later revised that figure down to 40"): the new figure counts what the one before counted, over the same
span, and is dated as that one is (``mention_dates.resolve_dates``, for a figure whose own sentence names no date). So
is a part of the victims counted before ("Landmines killed 87 civilians in 2024. ... with 31 of the year's deaths")."""

from __future__ import annotations

import bisect

from ..languages.grammar import PatternGrammar
from .document import Mention, Reader
from .loss_frame_rules import LossFrameRules

__all__ = ["RevisedFigureRules", "span_of_figure_revised"]


class RevisedFigureRules:
    """The patterns these readers use, compiled from one language's grammar (once per language:
    ``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.figure_changed_before = g.rules(LossFrameRules).figure_changed_before


def _sentence_start(m: Mention) -> int:
    return m.sentence.start


def span_of_figure_revised(reader: Reader, m: Mention) -> bool:
    """Give ``m``, a figure its source changed ("raised it to 11") or a part of the victims counted before ("31 of the
    year's deaths"), the span and date of the dated figure right before it (in its paragraph or the one before), of the
    same victims; whether it did."""
    sent = m.sentence
    part = m.rule == "part_of_victims"  # ("with 31 of the year's deaths": a part of the victims told before)
    # (a figure named back by a noun, "the toll had risen to 31", may have its kind read from the sentence's noun)
    if not part and (m.rule not in ("previous_figure", "sentence_topic") or not reader.grammar.rules(
            RevisedFigureRules).figure_changed_before.search(reader.norm, sent.start, sent.start + m.number.start)):
        return False
    index = bisect.bisect_left(reader.mentions, sent.start, key=_sentence_start)
    told = reader.mentions[index - 1] if index else None
    if (told is None or told.sentence.paragraph < sent.paragraph - 1 or not told.dated or told.as_of is None
            or told.side != m.side or (not part and (told.category, told.outcome) != (m.category, m.outcome))
            or (part and (told.measure != "period" or not reader.profile.is_victims(told.category)))):
        return False
    m.measure, m.period_days, m.period_start = told.measure, told.period_days, told.period_start
    m.as_of, m.as_of_basis, m.dated = told.as_of, told.as_of_basis, True
    return True
