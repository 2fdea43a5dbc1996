"""What happened to what a number counts (destroyed, killed, captured): the outcome of a count.

Split from ``loss_frame`` (which reads what a number counts, whose it is and how exact) because the outcome is a
stage of its own: asked once a count's category and noun are known, read from the words after the noun, the
number's clause, the sentence, and the sentence before.
"""

from __future__ import annotations

import re

from .body import Sentence
from .document import Reader
from .loss_frame import sentence_before
from .loss_frame_rules import LossFrameRules

__all__ = ["count_grown", "outcome_of", "outcome_said_before"]


# the bracketed aside outcome_gap allows after a counted noun (an expansion or a note), which it may hold
_BRACKETED_ASIDE = re.compile(r"\s*\([^()]{0,60}\)")


def outcome_of(reader: Reader, sent: Sentence, category: str, num_start: int,
               np_end: int) -> tuple[str | None, bool]:
    """The outcome of a count, and whether it came from words right after the noun."""
    r = reader.grammar.rules(LossFrameRules)
    people = reader.profile.is_people(category)
    vocabulary = "outcome_people" if people else "outcome_equipment"
    lo, hi = reader.clause_bounds(sent, num_start)
    # The counted noun may itself say what happened: "1,140 casualties", "100,000 fatalities".
    for m in reader.scan.finditer(vocabulary, num_start, np_end):  # (or a phrase it opens: "315,000 dead and wounded")
        said = reader.profile.key_of(next(reader.scan.finditer(vocabulary, m.start(), sent.end), m))
        if said == "captured" and people:  # "executed 147 prisoners of war", "109 captives were shot dead": killed
            tail = r.captives_tail.match(reader.norm, np_end)  # "... prisoners | of war"
            after = tail.end() if tail is not None else np_end
            verbs = [v for v in reader.scan.finditer(vocabulary, after, min(sent.end, after + 45))
                     if r.outcome_gap.fullmatch(reader.norm[after:v.start()])][:1]
            if not verbs and r.captives_shot.match(reader.norm, after):
                return "killed", True  # "109 captured soldiers were shot"
            verbs = verbs or list(reader.scan.finditer(vocabulary, lo, num_start))[-1:]  # the verb after, else before
            if verbs and reader.profile.key_of(verbs[0]) == "killed":
                return "killed", True
        if said == "wounded" and people:  # "captured two wounded soldiers": the number's own verb says what befell them
            verb = reader.search_in(sent, r.loss_verb_before, max(lo, num_start - 40), num_start)
            own = next(reader.scan.finditer(vocabulary, verb.start(), verb.end()), None) if verb else None
            if own is not None and reader.profile.key_of(own) in ("captured", "killed"):
                return reader.profile.key_of(own), True
        return said, True
    # Right after the noun: "498 troops have been killed", "2,765 tanks destroyed"; an aside in brackets
    # ("4 MLRS (multiple launch rocket systems) had been destroyed") does not count against the reach.
    aside = _BRACKETED_ASIDE.match(reader.norm, np_end)
    reach = np_end + 45 + (aside.end() - np_end if aside is not None else 0)
    for m in reader.scan.finditer(vocabulary, np_end, sent.end):  # (a phrase that starts in reach may end past it)
        if m.start() >= reach:
            break
        gap = reader.norm[np_end : m.start()]  # (but "kills 3, injures 12": the 3's own verb stands before it)
        if r.relative_past_perfect.match(gap) and reader.scan.search(vocabulary, lo, num_start):
            break  # "the executions of 79 soldiers who had surrendered": what befell them before; the word before
        if r.outcome_gap.fullmatch(gap) and not (
                "," in gap and reader.search_in(sent, r.harm_verb_before, lo, num_start)):
            return reader.profile.key_of(m), True
        break
    # In the number's clause: nearest on the left (lists share their verb), then on the right;
    # then the rest of the sentence on the left, the list heading, and the sentence on the right.
    member = r.member_of_group.match(reader.norm, num_start)
    if member is not None and r.one_in_a_list.search(reader.norm, max(lo, num_start - 40), num_start):
        member = None  # "shot down 30 of the missiles and 47 of the drones": an item of a list shares its verb
    elif member is not None and r.counted_victims.match(reader.norm, member.end()):
        member = None  # "the largest group of the dead: 38,400 of those identified": a part of the victims counted
    if member is not None:  # "shot down two helicopters, ... video showed one of the aircraft falling": a member of
        # the group counted before shares none of that count's verbs
        lo = max([lo, *(n.end() for n in r.next_number.finditer(reader.norm, lo, num_start))])
    left = None
    for m in reader.scan.finditer(vocabulary, lo, num_start):
        if not _picture_taken(reader, m):
            left = m
    includes = None
    if left is not None:
        includes = reader.search_in(sent, r.includes, sent.start, left.start())
        if includes is not None and (reader.search_number(r.next_number, includes.end(), left.start())
                                     or r.includes_closed.search(reader.norm, includes.end(), left.start())):
            includes = None  # "45 people, including six children, and injuring 79": the list has moved on
    if left is not None and includes is None and r.included_after.match(reader.norm, left.end()):
        # "put its casualties, wounded included, at 1.05 million": the part said included; the head noun decides
        head = reader.scan.search(vocabulary, sent.start, left.start())
        return reader.profile.key_of(head or left), False
    if left is not None and includes is None:
        return reader.profile.key_of(left), False
    if left is not None:
        # "losses, which include wounded, killed or missing, may amount to 203,000": the head noun decides
        assert includes is not None
        head = reader.scan.search(vocabulary, sent.start, includes.start())
        return reader.profile.key_of(head or left), False
    for m in reader.scan.finditer(vocabulary, np_end, hi):
        if _part_said_before(reader, sent, np_end, m.start()):
            break
        return reader.profile.key_of(m), False
    if member is not None:
        return None, False
    for m in reader.scan.finditer(vocabulary, sent.start, lo):
        if not _picture_taken(reader, m):
            left = m
    if left is not None:
        return reader.profile.key_of(left), False
    if sent.kind == "list_item" and reader.list_context.get("outcome"):
        return str(reader.list_context["outcome"]), False
    if r.reason_clause.match(reader.norm, hi):
        return None, False  # "nearer 24,000, because the staff counts some wounded twice": the reason's words
    for m in reader.scan.finditer(vocabulary, hi, sent.end):
        if _part_said_before(reader, sent, np_end, m.start()):
            break
        return reader.profile.key_of(m), False
    return None, False


def _picture_taken(reader: Reader, word: re.Match[str]) -> bool:
    """'Satellite imagery captured on 29 August': the outcome word says a picture was taken."""
    return reader.grammar.rules(LossFrameRules).picture_taken_before.search(
        reader.norm, max(0, word.start() - 16), word.start()) is not None


def _part_said_before(reader: Reader, sent: Sentence, np_end: int, outcome_start: int) -> bool:
    """Does a counted part stand between a whole and the outcome after it ("put the figure at 300,000, including
    120,000 dead", "casualties: 301, of whom 88 were killed")? That outcome is the part's, not the whole's (but "13,134
    civilians, including 673 children, have been killed": the part's aside closes before the whole's verb)."""
    r = reader.grammar.rules(LossFrameRules)
    part = (reader.search_in(sent, r.includes, np_end, outcome_start)
            or reader.search_in(sent, r.among_them_within, np_end, outcome_start))  # ("301, of whom 88 were killed")
    counted = reader.search_number(r.next_number, part.end(), outcome_start) if part is not None else None
    return counted is not None and r.aside_closed.search(reader.norm, counted.end(), outcome_start) is None


def count_grown(reader: Reader, sent: Sentence, category: str, abs_start: int, np_end: int) -> str | None:
    """'... confirmed 100,001 dead. The list grew by 2,315 names', 'More than 3,200 names were added': a count's
    growth, with no outcome of its own, has the outcome of the count of the same kind just before it."""
    last = reader.mentions[-1] if reader.mentions else None
    if last is None or last.category != category:
        return None
    r = reader.grammar.rules(LossFrameRules)
    if (reader.search_in(sent, r.grew_by, max(sent.start, abs_start - 40), abs_start)
            or r.added_after.match(reader.norm, np_end)):
        return last.outcome
    return None


def outcome_said_before(reader: Reader, sent: Sentence, category: str) -> str | None:
    """The outcome of a count whose sentence has none, from the sentence before (same paragraph) when that one
    says what happened to the same kind of thing without a number of its own: "The defence forces destroyed
    several missile carriers. 'Two small missile boats and a submarine.'" """
    r = reader.grammar.rules(LossFrameRules)
    before = sentence_before(reader, sent)
    if before is None or before.paragraph != sent.paragraph or reader.search_number(r.next_number, before.start,
                                                                                        before.end):
        return None
    vocabulary = "outcome_people" if reader.profile.is_people(category) else "outcome_equipment"
    said = next(reader.scan.finditer(vocabulary, before.start, before.end), None)
    if said is None:
        return None
    lo = before.start
    if r.pointed_kind.search(reader.norm, before.start, before.end) and (
            earlier := sentence_before(reader, before)) is not None and earlier.paragraph >= before.paragraph - 1:
        lo = earlier.start  # "... the only ships still able to strike. Our forces have sunk several of them. 'Three
        # corvettes and a submarine'": the kind the pronoun points at, named the sentence before
    named = [m for m in reader.scan.finditer("category", lo, before.end)
             if reader.profile.is_people(reader.profile.key_of(m)) == reader.profile.is_people(category)]
    return reader.profile.key_of(said) if named else None
