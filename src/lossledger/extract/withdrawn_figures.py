"""A corrections column's withdrawn figures (``extract._extract``, once every sentence is read).

"A report on 11 June said 17 people had been killed. The regional administration's figure was 14." and "The same
report gave the number of injured as 60; it was 46.": in a text that corrects itself, a figure its own earlier report
gave, set right in the clause that follows ("the figure was 14", "it was 46"), is the paper's error, not anyone's
claim; it is dropped, once the corrected figure after it has taken what it counted. A figure its source has since
changed ("That was his figure when we published; he has since raised it to 11") is no error: it stays (the spec's
superseded toll).
"""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .document import Mention, Reader

__all__ = ["WithdrawnRules", "drop_withdrawn_figures"]


class WithdrawnRules:
    """The patterns these readers use, compiled from one language's grammar (once per language:
    ``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.correction_marker = g.pattern("correction_marker", guard=False)
        self.earlier_item_said = g.pattern("earlier_item_said", guard=False)
        self.corrected_clause = g.pattern("corrected_clause", guard=False)


def drop_withdrawn_figures(reader: Reader) -> None:
    """Drop from ``reader.mentions`` each figure an earlier report of the text's own gave and the clause right after
    it corrects, in a text that names itself a correction."""
    r = reader.grammar.rules(WithdrawnRules)
    if (not reader.mentions or not reader.folded.may_match(r.correction_marker, 0, len(reader.norm))
            or r.correction_marker.search(reader.norm) is None):
        return  # (most texts hold none of the marker's words: ``in`` says so before the whole text is searched)
    withdrawn: set[int] = set()
    by_sentence: dict[int, list[Mention]] = {}
    for m in reader.mentions:
        by_sentence.setdefault(id(m.sentence), []).append(m)
    for i, sent in enumerate(reader.sentences):
        found = by_sentence.get(id(sent))
        if not found:
            continue
        said = r.earlier_item_said.search(reader.norm, sent.start, sent.start + found[0].number.start)
        if said is None:
            continue
        cut = reader.norm.find(";", sent.start + found[0].number.end, sent.end)
        if cut >= 0 and _corrects(reader, r, cut + 1, sent.end):
            # "gave the number of injured as 60; it was 46": the last figure before the clause that sets it right
            wrong = [m for m in found if sent.start + m.number.end <= cut][-1]
            withdrawn.add(id(wrong))
            _keep_what_it_counted(wrong, next((m for m in found if sent.start + m.number.start > cut), None))
            continue
        after = reader.sentences[i + 1] if i + 1 < len(reader.sentences) else None
        if after is not None and _corrects(reader, r, after.start, after.end):
            withdrawn.add(id(found[-1]))  # "said 17 people had been killed. The X's figure was 14."
            _keep_what_it_counted(found[-1], next(iter(by_sentence.get(id(after), [])), None))
    if withdrawn:
        reader.mentions = [m for m in reader.mentions if id(m) not in withdrawn]


def _keep_what_it_counted(wrong: Mention, right: Mention | None) -> None:
    """The corrected figure ``right`` counts what the withdrawn ``wrong`` counted: "said 20 Ukrainian soldiers were
    captured. In fact 12 were captured, the brigade said" stays Ukraine's loss, whoever now gives it (a belligerent's
    source would otherwise count the enemy's)."""
    if right is not None and (right.category, right.outcome) == (wrong.category, wrong.outcome):
        right.side = wrong.side


def _corrects(reader: Reader, r: WithdrawnRules, lo: int, hi: int) -> bool:
    """Whether ``norm[lo:hi]`` opens on a clause that sets a figure right ("The air force's figure was 427", "it was
    46", "The correct number is 12")."""
    return r.corrected_clause.match(reader.norm, lo, hi) is not None
