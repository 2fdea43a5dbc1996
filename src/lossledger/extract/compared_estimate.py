"""'President Zelensky put the number of Ukrainian soldiers being killed at 60 to 120 ... Another adviser painted a
grimmer picture, suggesting that each day brought 180 deaths': an estimate told as higher, lower or grimmer than the
one before is of the same losses, so of the same side as the figure before it (not the enemy of its source, as a
belligerent's count with no side named would be). Read by ``whose_loss.side_of`` for people."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Mention, Reader

__all__ = ["ComparedEstimateRules", "side_of_estimate_compared"]

_SENTENCES_BACK = 4  # how far back the figure compared with may stand


class ComparedEstimateRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.compared = g.pattern("compared_estimate")


def side_of_estimate_compared(reader: Reader, sent: Sentence, abs_start: int, prev: Mention | None) -> str | None:
    """The side of the figure before, where this figure's sentence tells its estimate as compared with that one, before
    the figure ("gave a significantly higher estimate, suggesting ...", "painted a grimmer picture")."""
    r = reader.grammar.rules(ComparedEstimateRules)
    if reader.search_in(sent, r.compared, sent.start, abs_start) is None:
        return None
    if prev is None:  # (the figure before, in a sentence before: the document's last mention)
        prev = reader.mentions[-1] if reader.mentions else None
    if prev is None or prev.side is None:
        return None
    if prev.sentence is not sent and abs(reader.sentences.index(sent) - reader.sentences.index(prev.sentence)) > (
            _SENTENCES_BACK):
        return None
    return prev.side
