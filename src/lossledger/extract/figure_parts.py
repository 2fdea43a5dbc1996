"""A figure and its parts within one sentence: a whole that opens its clause before its part ("of the 3,800 men on its
rolls in January, 2,300 had been killed"), the kind a part is said to be ("20 of the lost vehicles were tanks"), a
part with a span of its own ("9,310 tanks, 20 of them in the past day"), a figure its next two add up to ("1,389
casualties (221 killed, 1,168 injured)").

Its own module: these tests answer the sentence loop of ``extract`` about one figure's parts, and read nothing but
the sentence and the loop's rules (``extract_rules``).
"""

from __future__ import annotations

from ..languages.reverse import end_test
from .body import Sentence
from .document import Mention, Reader
from .extract_rules import ExtractRules
from .numbers import Number

__all__ = ["first_part_says_its_kind", "is_sum_of_parts", "kind_said_of_part", "part_with_own_span",
           "whole_before_its_part"]


def whole_before_its_part(reader: Reader, sent: Sentence, abs_start: int, abs_end: int) -> int | None:
    """Where the words end of the number at ``abs_start`` when it is a whole that opens its clause with "of the" and
    whose part follows after a comma ("of the 3,800 men on its rolls in January, 2,300 had been killed"), with no loss
    word of its own; else None."""
    r = reader.grammar.rules(ExtractRules)
    if not end_test(r.whole_opening_before).found(reader.norm, max(sent.start, abs_start - 30), abs_start):
        return None
    part = r.part_after_whole.match(reader.norm, abs_end, sent.end)
    if part is None:
        return None
    prof = reader.profile
    lo, hi = part.span("clause")
    if prof.outcome_people_re.search(reader.norm, lo, hi) or prof.outcome_equipment_re.search(reader.norm, lo, hi):
        return None
    return hi


def kind_said_of_part(reader: Reader, sent: Sentence, num: Number, abs_end: int, np_span: tuple[int, int],
                       category: str) -> str:
    """'at least 20 of the lost vehicles were tanks': the part is of the kind it is said to be."""
    r = reader.grammar.rules(ExtractRules)
    part_was = (r.part_was.match(reader.norm, np_span[1])
                if r.part_of_the.match(reader.norm, abs_end, np_span[0]) else None)
    kind = reader.find_category_after(sent, num, part_was.end()) if part_was is not None else None
    return kind[0] if kind is not None and not reader.profile.is_people(kind[0]) else category


def part_with_own_span(reader: Reader, m: Mention) -> bool:
    """'9,310 tanks, 20 of them in the past day, and 261 warplanes': a part of the figure before it told with a
    span of its own, which the list after it does not share."""
    return m.measure_cue == "period_phrase" and reader.grammar.rules(ExtractRules).part_of_whole.match(
        reader.norm, m.sentence.start + m.number.end) is not None


def is_sum_of_parts(num: Number, numbers: list[Number]) -> bool:
    """'1,389 casualties (221 killed, 1,168 injured)': the next two numbers add up to this one."""
    after = [n for n in numbers if n.start > num.start][:2]
    return (len(after) == 2 and not num.delta and num.value_high is None
            and all(n.value_high is None and not n.delta for n in after)
            and after[0].value + after[1].value == num.value and after[0].value != after[1].value)


def first_part_says_its_kind(reader: Reader, sent: Sentence, num: Number, numbers: list[Number]) -> bool:
    """'(221 killed, 1,168 injured)': parts of two kinds, the first naming its own; not 'killed 61, the UN said: 34
    from 1 to 7 March and 27 from 8 to 14 March' (the same deaths split by span or place)."""
    first, second = [n for n in numbers if n.start > num.start][:2]
    return reader.scan.search("outcome_people", sent.start + first.end, sent.start + second.start,
                              sliced=True) is not None
