"""A toll raised after one attack's toll was told ("Governor Halych said six people were killed. ... The emergency
service said the death toll had risen to 12"): the raised figure counts the same attack's victims, so it is a period
claim (the spec: one attack is a bounded event), not a running total of the war, though its sentence names no attack.

The word that raises it is the toll's own ("the death toll", "the toll", "rose to", "had risen to"); the figure before
is of victims and of one event (read so by its own sentence), in the paragraphs just above, and smaller than the new
figure by no more than a toll grows in a day or two of rescue work (``_GROWTH``): a war's total is far larger. So too a
toll its own clause raises from a smaller figure ("The death toll has risen from five to eight"): both figures are the
one attack's toll, with no earlier figure told (grammar ``toll_raised_from``, ``toll_raised_to``). A smaller figure told
after the attack's toll as an earlier reading of it ("Initial reports had put the toll at five") is that toll too
(grammar ``earlier_toll_cue``)."""

from __future__ import annotations

import re
from itertools import pairwise

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Mention, Reader
from .numbers import find_numbers

__all__ = ["TollRaisedRules", "earlier_toll_of_attack", "toll_of_attack_raised", "toll_raised_in_clause"]

_GROWTH = 10  # the most times the earlier toll the raised one may hold
_PARAGRAPHS = 6  # how many paragraphs back the attack's toll may stand (a live blog's entries are a paragraph each)
_EVENT_CUES = frozenset({"event", "period_open"})


class TollRaisedRules:
    """The patterns these readers use, compiled from one language's grammar (once per language:
    ``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.raised_toll_cue = g.pattern("raised_toll_cue", guard=False)
        self.toll_raised_from = g.pattern("toll_raised_from", guard=False)
        self.toll_raised_to = g.pattern("toll_raised_to", guard=False)
        self.earlier_toll_cue = g.pattern("earlier_toll_cue")
        self.war_noun = g.pattern("war_noun", guard=False)  # (lower-cased text)


def toll_of_attack_raised(reader: Reader, sent: Sentence, category: str, value: float,
                          totals: list[re.Match[str]]) -> Mention | None:
    """The toll of an attack told just before (of victims, smaller, read as one event's) that the figure raises, whose
    clause's only cues of a running total are the toll's own words; None where it raises none."""
    if not _toll_cues_only(reader, sent, category, totals):
        return None
    # (or an earlier, smaller reading of it told after: "Initial reports had put the toll at five")
    earlier = reader.grammar.rules(TollRaisedRules).earlier_toll_cue.search(reader.norm, sent.start, sent.end)
    return next((m for m in reader.recent_mentions(sent, paragraphs=_PARAGRAPHS)
                 if m.sentence is not sent and reader.profile.is_victims(m.category) and m.measure == "period"
                 and _one_event(reader, m) and (m.value < value <= m.value * _GROWTH
                                                or (earlier is not None and m.value / _GROWTH <= value < m.value))),
                None)


def earlier_toll_of_attack(reader: Reader, m: Mention) -> Mention | None:
    """'A drone attack on Kharkiv on Thursday killed 12 people. Early reports had put the toll at four dead': the dated
    toll of the attack (of victims, larger, one event's, in the paragraphs just above) that an undated, smaller figure
    its clause tells as an earlier reading of it restates; the earlier toll is of that attack's day, not of the day
    the article came out. None where there is none."""
    sent = m.sentence
    cue = reader.grammar.rules(TollRaisedRules).earlier_toll_cue
    if ((m.measure, m.measure_cue) != ("period", "event") or m.dated or m.value is None
            or not reader.profile.is_victims(m.category) or cue.search(reader.norm, sent.start, sent.end) is None):
        return None
    return next((b for b in reader.recent_mentions(sent, paragraphs=_PARAGRAPHS)
                 if b.sentence is not sent and reader.profile.is_victims(b.category) and b.measure == "period"
                 and b.dated and b.as_of is not None and _one_event(reader, b)
                 and b.value / _GROWTH <= m.value < b.value), None)


def _one_event(reader: Reader, m: Mention) -> bool:
    """Whether the earlier figure is read as one event's toll: by its cue, or as a night's or a day's toll whose own
    sentence tells an attack ("A missile struck a block of flats overnight, killing six people")."""
    return m.measure_cue in _EVENT_CUES or (
        m.measure_cue == "period_phrase" and m.period_days == 1
        and reader.scan.search("event", m.sentence.start, m.sentence.end) is not None)


def toll_raised_in_clause(reader: Reader, sent: Sentence, category: str, totals: list[re.Match[str]], at: int
                          ) -> bool:
    """Whether the figure at ``at``, whose clause's only cues of a running total are the toll's own words, is either
    figure of a toll its sentence raises "from" a smaller one "to" a larger one (no more than ``_GROWTH`` times it:
    "the death toll has risen from five to eight"), in a sentence that names no war."""
    if not _toll_cues_only(reader, sent, category, totals):
        return False
    r = reader.grammar.rules(TollRaisedRules)
    if r.toll_raised_from.search(reader.norm, sent.start, at) is None:
        return False  # (the cheap test first)
    if r.war_noun.search(reader.norm, sent.start, sent.end) is not None:
        return False  # "the civilian death toll of the war has risen from 9,000 to 12,000": the war's running total
    text = reader.text[sent.start:sent.end]
    for a, b in pairwise(find_numbers(text, grammar=reader.grammar)):
        if (sent.start + a.start == at or sent.start + b.start == at) and a.value < b.value <= a.value * _GROWTH and (
                (raised := r.toll_raised_from.search(text, max(0, a.start - 40), a.start)) is not None
                and raised.end() == a.start and r.toll_raised_to.fullmatch(text, a.end, b.start) is not None):
            return True
    return False


def _toll_cues_only(reader: Reader, sent: Sentence, category: str, totals: list[re.Match[str]]) -> bool:
    """Whether the figure is of victims, its clause's cues of a running total are all the toll's own words, and its
    sentence names no start of the war."""
    if not totals or not reader.profile.is_victims(category):
        return False
    r = reader.grammar.rules(TollRaisedRules)
    if not all(r.raised_toll_cue.fullmatch(t.group(0)) for t in totals):
        return False
    return reader.scan.search("war_start", sent.start, sent.end, sliced=True) is None
