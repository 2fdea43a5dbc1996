"""'Kyiv said in February that 46,000 had been killed in combat': a count with no noun of its own that opens the clause
a verb of saying reports, its own verb of loss after it ("had been killed", "died"), counts whom its sentence's words
say outside the source: soldiers where they tell of the army or the front, civilians where they tell of them, the
victims of an attack where they tell one. Where they tell none ("Kyiv said 46,000 had been killed") nothing settles
what was counted, and the count is no claim (the spec's `people` is for victims whose status the text does not give,
not for a count that may be of anything). Its side is chosen as for any figure whose noun names none. Read by
``loss_frame._what_was_lost`` where the number has no noun after it."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .attribution import source_spans
from .body import Sentence
from .document import Reader
from .loss_frame_rules import LossFrameRules

__all__ = ["ReportedBareRules", "opens_on_its_report", "victims_of_reported_count"]

_SAYING_REACH = 80  # how far before the count its verb of saying may stand ("said in February this year that about")


class ReportedBareRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.saying_before_count = g.pattern("saying_before_count", guard=False)
        self.report_opening_count = g.pattern("report_opening_count", guard=False)


def victims_of_reported_count(reader: Reader, sent: Sentence, abs_start: int, abs_end: int) -> str | None:
    """The category of the bare count at ``abs_start``..``abs_end`` that a verb of saying reports, as its sentence's
    words outside its sources settle it; None when it is no such count or nothing settles it."""
    lf = reader.grammar.rules(LossFrameRules)
    norm = reader.norm
    verb = lf.own_passive_after.match(norm, abs_end)
    if verb is None or reader.profile.outcome_equipment_re.search(verb.group(0)) is not None:
        return None  # (a fate of people alone: "35 had been destroyed" counts what the sentence before launched)
    if reader.grammar.rules(ReportedBareRules).saying_before_count.search(
            norm, max(sent.start, abs_start - _SAYING_REACH), abs_start) is None:
        return None
    words = list(norm[sent.start:sent.end])
    for lo, hi in source_spans(reader, sent):  # ("the defence ministry said": who says it, not whom it counts)
        words[lo - sent.start:hi - sent.start] = " " * (hi - lo)
    told = "".join(words)
    if lf.military_context.search(lf.attacking_force.sub(" ", told)):
        return "personnel"  # "... had been killed on the battlefield"
    if lf.civilian_context.search(told):
        return "civilians"  # "... had been killed in the village"
    if lf.attack_words.search(told) or reader.scan.search("event", sent.start, sent.end, sliced=True):
        return "people"  # "... had been killed in the strike"
    return None


def opens_on_its_report(reader: Reader, sent: Sentence, abs_start: int) -> bool:
    """Whether no more than a source and its verb of saying stand before the count at ``abs_start`` ("The UN said 120
    were wounded", "According to the same source, 120 ...", "It added that 120 ..."): the count opens the report, as a
    number that opens its sentence does."""
    if abs_start - sent.start > _SAYING_REACH:
        return False
    words = list(reader.norm[sent.start:abs_start])
    for lo, hi in source_spans(reader, sent):
        lo, hi = max(lo, sent.start), min(hi, abs_start)
        if lo < hi:
            words[lo - sent.start:hi - sent.start] = " " * (hi - lo)
    return reader.grammar.rules(ReportedBareRules).report_opening_count.fullmatch("".join(words)) is not None
