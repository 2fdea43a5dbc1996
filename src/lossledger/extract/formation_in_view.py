"""'Russian forces pressed on near Kupiansk. The 58th Army said it had destroyed 14 tanks': a numbered formation named
with no nation ("the 58th Army", "its 20th Army") speaks for the one belligerent in view, as "Russia's 58th Army" does:
that nation's officials. The nation is the one the sentence before (this paragraph or the one before) and the
sentence's own words before the formation name, alone (``nation_in_view.sole_nation_before``); where both sides or
neither are named, nothing is read. Read by ``attribution._sources_named`` for a phrase nothing else classified
(grammar ``numbered_formation``); and
so is its loss ("The 58th Army lost 1,200 soldiers there": ``whose_loss.side_of``, grammar
``numbered_formation_lost``)."""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Reader, Source
from .formation_opposed import formation_defending, formation_opposed
from .nation_in_view import sole_nation_before
from .sources import source_tables

__all__ = ["FormationRules", "formation_in_view", "formation_loser", "formation_tells_own"]


class FormationRules:
    """The pattern this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.numbered_formation = g.pattern("numbered_formation", guard=False)
        self.numbered_formation_lost = g.pattern("numbered_formation_lost")
        self.tells_own_after = g.source("formation_tells_own_after")
        self.tells_own: dict[str, re.Pattern[str]] = {}  # (by the formation's kind: "brigade", "army")


def formation_in_view(reader: Reader, sent: Sentence, bare: str, place: tuple[int, int, int], scope: str,
                      found: tuple[list[tuple[int, int]], list[tuple[int, int, Source]]]) -> bool:
    """Whether the source phrase ``bare`` (at ``place``: its start, end and score) is a numbered formation of the one
    nation in view; if so, it joins ``found`` (the sentence's classified spans and named sources) as that nation's
    officials."""
    if reader.grammar.rules(FormationRules).numbered_formation.fullmatch(bare) is None:
        return False
    start, end, score = place
    nation = sole_nation_before(reader, sent, start)
    key = source_tables(reader.profile).defaults.get(nation) if nation is not None else None
    if key is None:
        return False
    classified, named = found
    classified.append((start, end))
    named.append((0, score, Source(key, reader.text[start:end], start, score, scope=scope)))
    return True


def formation_loser(reader: Reader, sent: Sentence, abs_start: int) -> str | None:
    """The side of a numbered formation with no nation that lost the number at ``abs_start`` ("The 58th Army lost
    1,200 soldiers"): the one nation in view; None when no such formation is the subject or no one nation is in view."""
    lost = reader.search_in(sent, reader.grammar.rules(FormationRules).numbered_formation_lost,
                            max(sent.start, abs_start - 90), abs_start)
    if lost is None:
        return None
    if lost.group("held") is not None:
        return formation_defending(reader, sent)  # "The 47th Brigade, which held the line, lost 3 soldiers"
    return formation_opposed(reader, sent, lost) or sole_nation_before(reader, sent, lost.start())


def formation_tells_own(reader: Reader, sent: Sentence, abs_start: int, abs_end: int) -> bool:
    """Whether a numbered formation with no nation that lost the number at ``abs_start`` (ending at ``abs_end``) is
    the one that tells it after the figure ("The 47th Brigade lost 3 soldiers, the brigade said", "..., its commander
    said"): then the loss is the source's own side."""
    r = reader.grammar.rules(FormationRules)
    lost = reader.search_in(sent, r.numbered_formation_lost, max(sent.start, abs_start - 90), abs_start)
    if lost is None or lost.group("held") is not None:
        return False
    kind = lost.group("kind").lower()
    tells = r.tells_own.get(kind)
    if tells is None:
        tells = r.tells_own[kind] = re.compile(r.tells_own_after.replace("{kind}", re.escape(kind)), re.IGNORECASE)
    return tells.match(reader.norm, abs_end, sent.end) is not None
