"""The side the sentence before says was attacked, and the ministry that speaks for it.

"Russia launched 80 drones overnight", "a Ukrainian drone strike hit the refinery": the sentence before names one side
as the attacker, so the other was attacked (``attacked_side_before``; whose_loss reads the weapons shot down in the
sentence after as the attacker's). "Ukraine launched 70 drones overnight. The ministry said 52 were destroyed": a
ministry named with no nation and no ministry before it, after such a sentence, is the attacked side's defence ministry,
the one that counts what its air defences downed (a belligerent reports the enemy's weapons destroyed), not the
attacker's (``ministry_of_attacked``; read by ``attribution.claimant_in`` before the one nation named before is taken).
The words are the grammar's (``attack_noun``, ``launcher_verb_after``, ``attribution.ministry_nouns``)."""

from __future__ import annotations

import bisect

from .attribution_rules import AttributionRules
from .body import Sentence
from .document import Reader, Source
from .loss_frame_rules import LossFrameRules
from .sources import source_tables

__all__ = ["attacked_side_before", "attacked_side_named_before", "ministry_of_attacked"]

_ATTACK_NOUN_REACH = 40  # how far after a side's adjective its attack noun may end ("Ukrainian long-range drones")
_NOUN_REACH = 20  # how far into the generic phrase its noun may begin ("the country's ministry")


def attacked_side_before(reader: Reader, sent: Sentence) -> str | None:
    """The side a sentence just before (this paragraph or the one before) says was attacked: the opponent of the
    last side named before an attack noun there ("a Ukrainian drone strike" -> russia), else of a side named as
    launching a number of weapons ("Russia launched 80 drones overnight" -> ukraine)."""
    r = reader.grammar.rules(LossFrameRules)
    i = bisect.bisect_right(reader.sentences, sent.start, key=lambda s: s.end) - 1
    before = reader.sentences[i] if i >= 0 else None
    if before is None or before.paragraph < sent.paragraph - 1:
        return None
    prof = reader.profile
    attacked = None
    for m in reader.scan.finditer("side_adjective", before.start, before.end):
        key = prof.key_of(m)
        opponent = prof.sides[key].opponent if key in prof.sides else None
        if opponent and r.attack_noun.match(reader.norm[m.end():min(before.end, m.end() + _ATTACK_NOUN_REACH)]):
            attacked = opponent
    if attacked is None:
        for m in reader.scan.finditer("side_name", before.start, before.end):
            key = prof.key_of(m)
            opponent = prof.sides[key].opponent if key in prof.sides else None
            if opponent and r.launcher_verb_after.match(reader.norm, m.end(), before.end):
                attacked = opponent  # "Russia launched 80 drones overnight": Russia attacked
    return attacked


def attacked_side_named_before(reader: Reader, sent: Sentence) -> str | None:
    """The side the sentence before says was attacked, where that sentence also names it after its attacker ("Russian
    shelling hit the Ukrainian positions"): the count that opens the next sentence with no noun of its own ("9 were
    wounded") counts the attacked side's people; None where the attacked side is not named so."""
    attacked = attacked_side_before(reader, sent)
    if attacked is None:
        return None
    i = bisect.bisect_right(reader.sentences, sent.start, key=lambda s: s.end) - 1
    before = reader.sentences[i]
    prof = reader.profile
    named = [m for m in reader.scan.finditer("side_adjective", before.start, before.end)]
    attackers = [m for m in named if prof.key_of(m) != attacked]
    if not attackers:
        return None
    return attacked if any(prof.key_of(m) == attacked and m.start() > attackers[0].end() for m in named) else None


def ministry_of_attacked(reader: Reader, sent: Sentence, start: int, noun: str) -> Source | None:
    """The defence ministry of the side the sentence before says was attacked, for a ministry at ``start`` named with
    no nation ("the ministry", "the defence ministry") where no ministry spoke last, in a sentence that tells weapons
    destroyed and no people harmed; None otherwise."""
    r = reader.grammar.rules(AttributionRules)
    noun = noun.lower()
    if noun not in r.ministry_nouns and noun not in r.defence_ministry_nouns:
        return None
    if any(src is not None and (src.key in reader.profile.ministry_claimants
                                or any(word in src.text.lower() for word in r.ministry_words))
           for src in (reader.last_org, reader.last_source, reader.last_entity)):
        return None  # ("Russia's defence ministry said ... The ministry said": the ministry named before)
    prof = reader.profile
    if prof.outcome_equipment_re.search(reader.norm, sent.start, sent.end) is None or any(
            prof.outcome_equipment_re.match(reader.norm, m.start()) is None
            for m in prof.outcome_people_re.finditer(reader.norm, sent.start, sent.end)):
        return None  # (what its air defences downed; "30 soldiers were killed in the attack" may be either's count)
    attacked = attacked_side_before(reader, sent)
    roles = source_tables(prof).roles.get(attacked) if attacked is not None else None
    if roles is None:
        return None
    hit = next((m for role in sorted(r.defence_ministry_nouns) if (m := roles.pattern.search(role)) is not None), None)
    if hit is None:
        return None
    at = reader.norm.lower().find(noun, start, start + _NOUN_REACH + len(noun))
    return Source(roles.key(hit), reader.text[start:at + len(noun)] if at >= 0 else noun, start)
