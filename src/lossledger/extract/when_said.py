"""'Kyiv has not published a figure since February, when it said 46,000 had been killed': "it" opening a clause of
when, after a sentence that opens on a nation's name, is that nation speaking then, even where the name's own verb is
no verb of saying ("has not published", "stopped giving"): its role named right after it ("Russia's defence
ministry"), else its officials. The clause's date dates the figure as any date before it does. Read by
``attribution.claimant_in`` among the pronoun's readings."""

from __future__ import annotations

from .attribution_rules import AttributionRules
from .body import Sentence
from .document import Reader, Source
from .sources import source_tables

__all__ = ["nation_opening_when_clause"]


def nation_opening_when_clause(reader: Reader, sent: Sentence, start: int, noun: str) -> Source | None:
    """The nation (or its role) the sentence opens on, when the pronoun ``noun`` at ``start`` opens a clause of when
    ("..., when it said"); None otherwise."""
    r = reader.grammar.rules(AttributionRules)
    if noun.lower() not in r.sentence_source_pronouns:
        return None
    if not r.when_clause_before.search(reader.norm, max(sent.start, start - 24), start):
        return None
    tables = source_tables(reader.profile)
    if tables.nations is None:
        return None
    opening = sent.start + len(sent.text) - len(sent.text.lstrip(" \"'“‘"))
    name = tables.nations.pattern.match(reader.norm, opening)
    if name is None:
        return None
    nation = tables.nations.key(name)
    roles = tables.roles.get(nation)
    gap = r.nation_role_gap.match(reader.norm, name.end())  # ("Russia's | defence ministry")
    role = roles.pattern.match(reader.norm, gap.end()) if roles is not None and gap is not None else None
    if roles is not None and role is not None:
        return Source(roles.key(role), reader.text[opening:role.end()], opening)
    return Source(tables.defaults[nation], reader.text[opening:name.end()], opening)
