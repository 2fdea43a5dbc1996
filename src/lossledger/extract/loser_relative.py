"""'Russia has lost more soldiers than the 15,000 men the Soviet Union lost in Afghanistan': a relative clause right
after the counted noun whose subject is a side and whose verb loses ("the N men <side> lost", "the N tanks that the
Soviets had lost") names whose loss the figure is, whatever side the sentence named before it (the other war's side
of a figure cited for comparison, read by ``whose_loss.side_of`` with the sides that apply there)."""

from __future__ import annotations

from collections.abc import Callable

from .document import Reader
from .loss_frame_rules import LossFrameRules

__all__ = ["side_of_relative_loser"]


def side_of_relative_loser(reader: Reader, np_end: int, sent_end: int, applies: Callable[[str, str], bool]
                           ) -> str | None:
    """The side that is the subject of a losing relative clause right after the counted noun ending at ``np_end``, when
    ``applies`` (key, vocabulary) lets it be this figure's; else None."""
    r = reader.grammar.rules(LossFrameRules)
    opening = r.relative_loser_opening.match(reader.norm, np_end, sent_end)
    if opening is None:
        return None
    for vocabulary in ("side_name", "side_adjective"):
        named = reader.scan.search(vocabulary, opening.end(), min(sent_end, opening.end() + 30))
        if (named is not None and named.start() == opening.end()
                and r.relative_loser_verb.match(reader.norm, named.end(), sent_end) is not None
                and applies(reader.profile.key_of(named), vocabulary)):
            return reader.profile.key_of(named)
    return None
