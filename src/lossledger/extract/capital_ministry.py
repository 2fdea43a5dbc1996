"""'The Russian defence ministry gave no details of its own losses. The ministry in Moscow claimed 75 drones were shot
down': a ministry named by its nation's capital (or name: "the ministry in Moscow", read as that nation's officials) is
the nation's own ministry that a sentence just before in its paragraph names, whether or not that one spoke (its
defence ministry); with no such ministry named (an armed force named is none), the text does not say which ministry it
is (the nation's officials).
The words are the grammar's (``patterns.ministry_at_place_before``)."""

from __future__ import annotations

import bisect
import dataclasses
import re

from ..languages.grammar import PatternGrammar
from .attribution_rules import AttributionRules
from .body import Sentence
from .document import Reader, Source
from .sources import roles_of_nation_speaking_as

__all__ = ["CapitalMinistryRules", "force_before_capital", "ministry_named_by_capital"]

_SENTENCES_BACK = 2  # sentences before, in the paragraph, where the ministry it names again may stand


class CapitalMinistryRules:
    def __init__(self, g: PatternGrammar) -> None:
        self.ministry_at_place_before: re.Pattern[str] = g.pattern("ministry_at_place_before", guard=False)


def ministry_named_by_capital(reader: Reader, sent: Sentence, src: Source) -> Source | None:
    """The ministry a sentence before names, where ``src`` is a nation's name right after "the ministry in"."""
    prof = reader.profile
    nation = prof.claimant_sides.get(src.key)
    if src.key in prof.ministry_claimants or src.key not in prof.official_claimants or nation is None:
        return None
    r = reader.grammar.rules(CapitalMinistryRules)
    if r.ministry_at_place_before.search(reader.norm, max(sent.start, src.start - 40), src.start) is None:
        return None
    a = reader.grammar.rules(AttributionRules)
    words = a.ministry_words
    at = bisect.bisect_right(reader.sentences, sent.start, key=_end_of)  # (the sentences are in text order)
    for here in reversed(reader.sentences[max(0, at - _SENTENCES_BACK):at]):
        if here.paragraph != sent.paragraph:
            return None
        # (an armed force the profile files with the ministry is no ministry: "Russia's army posted a video")
        named = [m for m in reader.scan.finditer("claimant", here.start, here.end)
                 if prof.key_of(m) in prof.ministry_claimants and not _force(a, m.group(0))]
        if named:
            key = prof.key_of(named[-1])
            return dataclasses.replace(src, key=key) if prof.claimant_sides.get(key) == nation else None
        told = reader.norm[here.start:here.end].lower()
        if (nouns := [n for n in sorted(a.defence_ministry_nouns) if re.search(rf"\b{re.escape(n)}\b", told)]) and (
                roles := roles_of_nation_speaking_as(prof, src.key)) is not None and (
                hit := next((m for n in nouns if (m := roles.pattern.search(n)) is not None), None)) is not None:
            return dataclasses.replace(src, key=roles.key(hit))  # ("The defence ministry posted a video. The
            # ministry in Moscow said": a defence ministry of no nation named, the capital's nation's)
        if any(w in told for w in words):
            return None  # ("Russia's foreign ministry summoned the envoy. The ministry in Moscow said": another one)
    return None


def force_before_capital(reader: Reader, sent: Sentence, src: Source) -> bool:
    """Whether ``src`` is a capital right after "the ministry in" and the source that spoke last is an armed force
    ("Russia's army posted a video. The ministry in Moscow said ..."): the ministry is no body of the force, and the
    capital does not name the force again (``role_nation.nation_named_again``)."""
    earlier = reader.last_source
    if earlier is None or src.start <= 0:
        return False
    r = reader.grammar.rules(CapitalMinistryRules)
    return (r.ministry_at_place_before.search(reader.norm, max(sent.start, src.start - 40), src.start) is not None
            and _force(reader.grammar.rules(AttributionRules), earlier.text))


def _force(a: AttributionRules, name: str) -> bool:
    """Whether ``name`` names an armed force ("Russia's army", "the Russian military"), not a ministry."""
    lowered = name.lower()
    article = next((w for w in a.force_articles if lowered.startswith(w)), "")
    return a.force_name.search(lowered[len(article):]) is not None


def _end_of(s: Sentence) -> int:
    return s.end
