"""A nation's own dead told by the nation named bare or by its figures: "Kyiv said in February that 46,000 of its
soldiers had been killed" after figures of Ukraine's General Staff, "Kyiv's own count of 46,000 Ukrainian soldiers
killed". The body whose running figures count only the enemy's losses (the profile's ``enemy_count_bodies``) does not
tell its own side's dead; the nation's officials do (the nation's default source). A source that names that body
("the General Staff", "the army") keeps it."""

from __future__ import annotations

import re

from ..languages.grammar import PatternGrammar
from .document import Reader, Source
from .sources import source_tables

__all__ = ["OwnDeadRules", "own_dead_teller"]


class OwnDeadRules:
    def __init__(self, g: PatternGrammar) -> None:
        self.figure_noun: re.Pattern[str] = g.pattern("figure_noun", guard=False)


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
