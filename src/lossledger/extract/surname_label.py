"""A parliamentary record's speaker label by title and surname ("Mr Pryce: We assess that ..."): the speaker the record
named at an earlier turn by role and full name ("The Minister for the Armed Forces (Mr Owen Pryce): ... our Defence
Intelligence assess ..."). He speaks for the body he called his own there ("our ..."), or for what his role names.
Read by ``line_sources.speaker_label_source`` where a line opens on no label in capitals."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .document import Reader, Source
from .sources import classify_source

__all__ = ["SurnameLabelRules", "surname_label_source"]

_SENTENCES_BACK = 300  # how far back the turn that named the speaker in full is looked for


class SurnameLabelRules:
    def __init__(self, g: PatternGrammar) -> None:
        self.surname_label = g.pattern("surname_label", guard=False)
        self.named_role_label = g.pattern("named_role_label", guard=False)
        self.own_body_before = g.pattern("own_body_before", guard=False)


def surname_label_source(reader: Reader, index: int) -> Source | None:
    """The source of the line opening at ``reader.sentences[index]`` on a label by title and surname: the one of the
    earlier turn the same speaker opened under his role and full name; None where the line opens on no such label or
    no earlier turn names him so."""
    r = reader.grammar.rules(SurnameLabelRules)
    label = r.surname_label.match(reader.text, reader.sentences[index].start)
    if label is None:
        return None
    surname = label.group("surname")
    for j in range(index - 1, max(-1, index - _SENTENCES_BACK), -1):
        turn = reader.sentences[j]
        if j > 0 and reader.sentences[j - 1].paragraph == turn.paragraph:
            continue  # (a turn opens a paragraph)
        named = r.named_role_label.match(reader.text, turn.start)
        if named is None or named.group("name").split()[-1] != surname:
            continue
        own = _own_body_of_turn(reader, turn.paragraph)
        if own is not None:
            return Source(own, label.group("label"), label.start("label"))
        kind = classify_source(reader.profile, named.group("role"), grammar=reader.grammar)
        return Source(kind[0], label.group("label"), label.start("label")) if kind and kind[0] != "other" else None
    return None


def _own_body_of_turn(reader: Reader, paragraph: int) -> str | None:
    """The key of a figure's source the turn in ``paragraph`` named as the speaker's own ("our Defence
    Intelligence")."""
    r = reader.grammar.rules(SurnameLabelRules)
    for m in reader.mentions:
        if m.sentence.paragraph != paragraph or m.claimant is None or not m.claimant_text:
            continue
        at = reader.norm.find(m.claimant_text, m.sentence.start, m.sentence.end)
        if at >= 0 and r.own_body_before.search(reader.norm, max(m.sentence.start, at - 8), at):
            return m.claimant
    return None
