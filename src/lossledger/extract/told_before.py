"""What a figure takes from the figures told before it (``extract._read_sentence``): the toll of one attack a total has
risen from, and the side of a figure that points back at a group, a whole, a topic or the same figure told before.

"The toll has risen to nine" restates the period of the attack counted before; "Another 42 were executed", "Three of
the dead", "U.S. officials put them at 400,000" and "12 servicemen were killed" told again are the side of what they
point back at.
"""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Mention, Reader
from .loss_frame import LossFrameRules, restated_figure, sentence_before
from .measure_rules import MeasureRules
from .numbers import Number

__all__ = ["ToldBeforeRules", "bare_toll_of_losses", "grown_again", "restates_toll", "side_of_figure_told_again",
           "side_of_more_told_before", "side_of_whole_told_before", "side_pointed_back", "toll_risen"]


class ToldBeforeRules:
    """The patterns these readers use, compiled from one language's grammar (once per language:
    ``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.toll_noun = g.rules(MeasureRules).toll_noun
        self.war_noun = re.compile(g.source("war_noun"), re.IGNORECASE)  # (a toll "of the war" is the war's)
        self.level_verb_before = g.rules(MeasureRules).level_verb_before
        self.attack_toll_subject = g.pattern("attack_toll_subject", guard=False)
        self.figure_pointer = g.rules(LossFrameRules).figure_pointer
        self.figure_changed_before = g.rules(LossFrameRules).figure_changed_before
        self.bare_toll = g.pattern("bare_toll")
        self.part_of_whole = g.rules(MeasureRules).part_of_whole
        self.losses_pronoun = g.pattern("losses_pronoun")
        self.loss_noun_after = g.pattern("loss_noun_after", guard=False)


def toll_risen(reader: Reader, sent: Sentence, num: Number, abs_start: int, side: str | None, outcome: str
                ) -> tuple[str, float | None, str] | None:
    """The measure of a toll that has risen to ``num`` from one attack's count told just before (a level verb right
    before it, no war named in its sentence): that count's period, restated."""
    r = reader.grammar.rules(ToldBeforeRules)
    text = reader.norm
    if (r.level_verb_before.search(text, max(sent.start, abs_start - 60), abs_start) is None
            or r.war_noun.search(text, sent.start, sent.end) is not None):
        return None
    toll = _toll_told_before(reader, sent, num.value, side, outcome)
    if toll is None and r.attack_toll_subject.search(text, max(sent.start, abs_start - 80), abs_start):
        # "The toll has risen to nine", "the number of injured had climbed to 41" in a live blog told newest first: the
        # count it grew from comes later, but the attack whose victims the entries before counted is the same
        toll = _attack_told_before(reader, sent, side)
    return None if toll is None else ("period", toll.period_days, "restated")


def _attack_told_before(reader: Reader, sent: Sentence, side: str | None) -> Mention | None:
    """The last count of the same side's victims in this paragraph or the two before, when it counts one attack's
    (a period of a day or of no length told), whatever befell them."""
    for m in reader.recent_mentions(sent, paragraphs=2):
        if m.sentence is sent or m.side != side or not reader.profile.is_victims(m.category):
            continue
        return m if m.measure == "period" and m.period_days in (None, 1) and m.period_start is None else None
    return None


def _toll_told_before(reader: Reader, sent: Sentence, value: float, side: str | None, outcome: str
                      ) -> Mention | None:
    """The last count of the same victims (side and outcome) told in this paragraph or the one before, when it counts
    one attack's (a period of a day or of no length told) and fewer than ``value``: the toll a total told next has
    grown from (a month's toll is no attack's: "recorded 138 killed in February ... has already killed 464")."""
    for m in reader.recent_mentions(sent, paragraphs=1):
        if m.sentence is sent or m.side != side or m.outcome != outcome or not reader.profile.is_victims(m.category):
            continue
        return m if m.measure == "period" and m.period_days in (None, 1) and m.value < value else None
    return None


def restates_toll(reader: Reader, sent: Sentence, abs_start: int, category: str) -> bool:
    """'Authorities had put the death toll at 14' after 'the toll from the strike rose to 18': that toll again, an
    earlier count of the same victims."""
    last = reader.mentions[-1] if reader.mentions else None
    if (last is None or not reader.profile.is_people(category) or not reader.profile.is_people(last.category)
            or last.sentence.paragraph < sent.paragraph - 3):
        return False
    return _pointer_names(reader, sent, abs_start, reader.grammar.rules(ToldBeforeRules).toll_noun)


def grown_again(reader: Reader, sent: Sentence, abs_start: int, found: list[Mention]) -> bool:
    """'A day later the figure had grown to 4,500, and by March 2 it stood at 5,300': a figure told as the level the
    figure before in its sentence (``found``) has reached in turn (no noun of its own) counts what that one counted."""
    last = found[-1] if found else None
    return (last is not None and last.rule == "previous_figure"
            and reader.search_in(sent, reader.grammar.rules(ToldBeforeRules).figure_changed_before,
                                 max(sent.start, abs_start - 40), abs_start) is not None)


def bare_toll_of_losses(reader: Reader, sent: Sentence, abs_start: int) -> bool:
    """'... about 395,000 casualties. The year's toll could pass 650,000': a toll with no word of death that points
    back at a figure of losses counts losses too (its "toll" is no outcome of its own)."""
    return (_pointer_names(reader, sent, abs_start, reader.grammar.rules(ToldBeforeRules).bare_toll)
            and restated_figure(reader).outcome == "losses")


def _pointer_names(reader: Reader, sent: Sentence, abs_start: int, noun: re.Pattern[str]) -> bool:
    """Whether the words before the number that point back at an earlier figure ("the death toll at") hold
    ``noun``."""
    pointer = reader.grammar.rules(ToldBeforeRules).figure_pointer.search(reader.norm, sent.start, abs_start)
    return pointer is not None and noun.search(pointer.group(0)) is not None


def side_pointed_back(reader: Reader, sent: Sentence, abs_start: int) -> str | None:
    """'Ukrainian losses are harder to gauge. U.S. officials put them at about 400,000': "them" are the losses the
    sentence before named (with no figure of its own), of the side named with them."""
    r = reader.grammar.rules(ToldBeforeRules)
    if r.losses_pronoun.search(reader.norm, sent.start, abs_start) is None:
        return None
    before = sentence_before(reader, sent)
    if before is None or before.paragraph < sent.paragraph - 1 or any(m.sentence is before for m in reader.mentions):
        return None
    named = [reader.profile.key_of(m) for m in reader.scan.finditer("side_adjective", before.start, before.end)
             if r.loss_noun_after.match(reader.norm, m.end())]
    return next((key for key in reversed(named) if key in reader.profile.sides), None)


def side_of_more_told_before(reader: Reader, sent: Sentence, abs_start: int, abs_end: int, rule: str) -> str | None:
    """'At least 206 Ukrainian prisoners had died in captivity. Another 42 were executed' ('Nine more are missing'):
    more of what the sentence before counted (its topic) are the same side's."""
    m = reader.grammar.rules(MeasureRules)
    if rule != "previous_topic" or abs_start - sent.start > 16 or not reader.mentions or not (
            m.increment_before.search(reader.norm, sent.start, abs_start)
            or m.increment_after.match(reader.norm, abs_end)):
        return None
    told = reader.mentions[-1]
    return told.side if told.side in reader.profile.sides and told.sentence.paragraph == sent.paragraph else None


def side_of_whole_told_before(reader: Reader, sent: Sentence, abs_end: int) -> str | None:
    """'64 men from the district have been killed ... Three of the dead were buried in the past month': a part of the
    whole the figure before counted (in its paragraph or the one before) is the same side's."""
    if not reader.mentions or not reader.grammar.rules(ToldBeforeRules).part_of_whole.match(reader.norm, abs_end):
        return None
    told = reader.mentions[-1]
    return told.side if told.side in reader.profile.sides and told.sentence.paragraph >= sent.paragraph - 1 else None


def side_of_figure_told_again(reader: Reader, sent: Sentence, value: float, category: str, outcome: str
                               ) -> str | None:
    """'A Russian missile strike ... killed 12 soldiers. The Ground Forces said 12 servicemen were killed': the same
    figure told again, a sentence or a paragraph later, is the same side's loss."""
    for m in reversed(reader.mentions[-12:]):
        if m.value == value and m.category == category and m.outcome == outcome and m.sentence is not sent:
            return m.side if m.side in reader.profile.sides and m.sentence.paragraph >= sent.paragraph - 1 else None
    return None
