"""The claimant a source named with no nation speaks as, read from whose losses it counts: a commander counting a
side's dead is its enemy's, an office counting a side's civilians is that side's own (kept apart from attribution.py,
which finds the source; these say whom an unplaced one stands for)."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from ..profiles import Profile
from .attribution_rules import AttributionRules
from .sources import office_named, source_tables

__all__ = ["enemy_of_victims", "local_office_of_victims"]


def enemy_of_victims(profile: Profile, side: str | None, victims: str = "") -> str | None:
    """The claimant a side's enemy speaks as by default (the nation's own key): who a commander named with no
    nation is, when he reports ``side``'s losses ("Oleksandr Petrenko, commander of the southern group of
    forces, said 500 Russian soldiers were killed" is Ukraine's); but not of ``victims`` named as a third nation's
    ("three Belarusian volunteers fighting for Ukraine"), whose count is as likely their own unit's."""
    nations = source_tables(profile).nations
    if side not in profile.sides or (nations is not None and any(
            nations.key(m) == "other" for m in nations.pattern.finditer(victims))):
        return None
    return source_tables(profile).defaults.get(profile.sides[side].opponent or "")


def local_office_of_victims(profile: Profile, source_text: str, side: str | None, *, grammar: PatternGrammar
                            ) -> str | None:
    """The claimant of a local office named with no nation ("the region's acting governor", "the mayor") when
    it counts ``side``'s civilians: that side's own officials, since an office speaks for the place it runs
    ("Ukrainian drones hit a bus in a Russian border town, the region's governor said" is Russia's)."""
    r = grammar.rules(AttributionRules)
    tables = source_tables(profile)
    if side is None or office_named(profile, r.local_office, source_text) is None or (
            tables.nations is not None and tables.nations.pattern.search(source_text)):
        return None
    return tables.defaults.get(side)
