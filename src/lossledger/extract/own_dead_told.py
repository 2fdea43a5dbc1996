"""Whose figure a figure's noun as a source tells.

A nation's own dead told by the nation named bare or by its figures: "Kyiv said in February that 46,000 of its
soldiers had been killed" after figures of Ukraine's General Staff, "Kyiv's own count of 46,000 Ukrainian soldiers
killed". The body whose running figures count only the enemy's losses (the profile's ``enemy_count_bodies``) does not
tell its own side's dead; the nation's officials do (the nation's default source). A source that names that body
("the General Staff", "the army") keeps it."""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .document import Reader, Source
from .sources import source_tables

__all__ = ["OwnDeadRules", "counts_its_own_figure_after", "own_dead_teller"]


class OwnDeadRules:
    def __init__(self, g: PatternGrammar) -> None:
        self.figure_noun: re.Pattern[str] = g.pattern("figure_noun", guard=False)
        self.figure_noun_at_end: re.Pattern[str] = re.compile(rf"\b{self.figure_noun.pattern}$", self.figure_noun.flags)
        self.own_figure_after: re.Pattern[str] = g.pattern("own_figure_after", guard=False)
        self.figure_owned_after: re.Pattern[str] = re.compile(
            rf"['’]s\s+(?:own\s+)?(?:\w+\s+)?{self.figure_noun.pattern}\b", self.figure_noun.flags)


def own_dead_teller(reader: Reader, source: Source | None, side: str | None, category: str) -> str | None:
    """The nation's default key when ``source`` is a body of ``enemy_count_bodies`` named by no word of its own (the
    nation bare, or its figures) and the figure is that nation's own people lost; else None."""
    profile = reader.profile
    if source is None or source.key not in profile.raw.get("context", {}).get("enemy_count_bodies", ()):
        return None  # (tested first: most figures have another source)
    nation = profile.claimant_sides.get(source.key)
    if nation is None or nation != side or not profile.is_people(category):
        return None
    tables = source_tables(profile)
    roles = tables.roles.get(nation)
    figure_noun = reader.grammar.rules(OwnDeadRules).figure_noun
    if roles is not None and any(roles.key(hit) == source.key and not figure_noun.fullmatch(hit.group(0))
                                 for hit in roles.pattern.finditer(source.text)):
        return None  # "Ukraine's General Staff said": the body named
    return tables.defaults.get(nation)


def counts_its_own_figure_after(reader: Reader, source: Source | None, abs_start: int) -> bool:
    """'... lost 58,220 in Vietnam, and he sets these beside Kyiv's own count, given in February, of 46,000 ...': a
    source named by its figure's noun after the figure at ``abs_start``, with its own figure after it ("count ... of
    N"), speaks for that figure only, not for those told before it."""
    if source is None or source.start < abs_start:
        return False  # (tested first: most sources stand before their figures)
    r = reader.grammar.rules(OwnDeadRules)
    end = source.start + len(source.text)
    if r.figure_noun_at_end.search(source.text) is None:
        owned = r.figure_owned_after.match(reader.norm, end)  # "Moscow" of "Moscow's tally of 6,000"
        if owned is None:
            return False
        end = owned.end()
    return r.own_figure_after.match(reader.norm, end) is not None
