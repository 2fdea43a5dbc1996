"""'Ukrainian forces suffered heavy losses near Avdiivka. Nine soldiers were killed and 26 more are listed as missing':
a sentence that tells one side's forces suffering losses (or ambushed, routed) with no figure of its own is the topic
the next sentence's figures count: a figure there that names no side of its own is that side's loss, whoever reports
it (not the enemy of its source, as a belligerent's count of the killed would otherwise be). Read by ``extract`` where
nothing else in the sentence says whose the loss is; the words are the grammar's (``patterns.losses_suffered``)."""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Reader
from .loss_frame import sentence_before

__all__ = ["LossesSufferedRules", "side_of_losses_suffered_before"]

_SIDE_REACH = 60  # how far before the verb of suffering its side's word may stand ("Ukrainian forces defending X")


class LossesSufferedRules:
    def __init__(self, g: PatternGrammar) -> None:
        self.losses_suffered: re.Pattern[str] = g.pattern("losses_suffered", guard=False)


def side_of_losses_suffered_before(reader: Reader, sent: Sentence, abs_start: int) -> str | None:
    """The side whose forces the sentence before ``sent`` (this paragraph or the one before, with no figure) tells as
    suffering losses, for a figure in the first clause of ``sent`` at ``abs_start``; None when it tells none, or two."""
    before = sentence_before(reader, sent)
    if (before is None or before.paragraph < sent.paragraph - 1 or reader.clause_bounds(sent, abs_start)[0] > sent.start
            or any(m.sentence is before for m in reader.mentions[-3:])):
        return None
    suffered = reader.grammar.rules(LossesSufferedRules).losses_suffered.search(reader.norm, before.start, before.end)
    if suffered is None:
        return None
    prof = reader.profile
    named = {key for vocabulary in ("side_adjective", "side_name")
             for m in reader.scan.finditer(vocabulary, max(before.start, suffered.start() - _SIDE_REACH),
                                           suffered.start())
             if (key := prof.key_of(m)) in prof.sides}
    return next(iter(named)) if len(named) == 1 else None
