"""'... well above the 152,000 Russian dead that Mediazona had confirmed by name as of 14 November': a relative clause
right after a figure's noun phrase whose subject is a source and whose verb is one of counting ("that X has confirmed",
"the UN has verified") names that figure's own source, not the source of the sentence's other figures. Grammar:
``figure_counted_by``."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .document import Reader, Source
from .sources import classify_source

__all__ = ["RelativeSourceRules", "date_of_later_figures_source", "source_in_relative_after"]


class RelativeSourceRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.figure_counted_by = g.pattern("figure_counted_by", guard=False)


def source_in_relative_after(reader: Reader, abs_end: int, np_end: int) -> Source | None:
    """The source that a relative clause of counting right after the figure ending at ``abs_end`` (or its noun phrase,
    ending at ``np_end``) names as its subject, when the profile classifies it; else None."""
    r = reader.grammar.rules(RelativeSourceRules)
    clause = r.figure_counted_by.match(reader.norm, max(abs_end, np_end))
    if clause is None:
        return None  # (most figures have no such clause after them)
    start, end = clause.span("name")
    kind = classify_source(reader.profile, reader.norm[start:end], grammar=reader.grammar)
    return Source(kind[0], reader.text[start:end], start, score=1, scope="before") if kind is not None else None


def date_of_later_figures_source(reader: Reader, numbers: list[int], at: int, date_start: int) -> bool:
    """Whether the date at ``date_start``, after the figure at ``at``, stands in the relative clause of counting of a
    later figure (at one of the ``numbers``, sentence offsets made absolute): "... killed, well above the 152,000 dead
    that Mediazona had confirmed as of 14 November" dates Mediazona's count, not the figure before it."""
    r = reader.grammar.rules(RelativeSourceRules)
    # (a later figure set off by a comma: not the high end of the figure's own range, whose clause is its own too)
    return any(at < n < date_start and "," in reader.norm[at:n]
               and r.figure_counted_by.search(reader.norm, n, date_start) for n in numbers)
