"""'Children were 12 of the month's dead', 'Women made up 30 of the 140 killed': a noun of people that is the subject
of a copula (or of "made up", "accounted for") right before a number counted out of a whole ("N of the ...") names
what that part counts, as "12 of the dead were children" does with its noun after. Read by
``loss_frame._what_was_lost`` before the noun after the number (the whole's, "of the 140 people"); grammar
``part_subject_before`` (matched right before the number) and ``part_of_whole_after`` (right after it)."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Reader

__all__ = ["PartSubjectRules", "part_named_before"]

_REACH = 60  # characters before the number the subject and its verb may take


class PartSubjectRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.part_subject_before = g.pattern("part_subject_before")
        self.part_of_whole_after = g.pattern("part_of_whole_after", guard=False)


def part_named_before(reader: Reader, sent: Sentence, abs_start: int,
                      abs_end: int) -> tuple[str, tuple[int, int], int, str, str] | None:
    """What the number at ``abs_start``..``abs_end`` counts when a people noun before its copula names the part
    (category, the noun's span, where the reading ends, the rule, the noun): a part of the victims, which shares the
    span of the victims counted just before (``revised_figure``); else None."""
    r = reader.grammar.rules(PartSubjectRules)
    whole = r.part_of_whole_after.match(reader.norm, abs_end)
    if whole is None:
        return None
    subject = reader.search_in(sent, r.part_subject_before, max(sent.start, abs_start - _REACH), abs_start)
    if subject is None:
        return None
    noun = reader.profile.category_re.fullmatch(reader.norm, subject.start("noun"), subject.end("noun"))
    if noun is None or not reader.profile.is_people(reader.profile.key_of(noun)):
        return None
    return reader.profile.key_of(noun), noun.span(), whole.end(), "part_of_victims", noun.group(0)
