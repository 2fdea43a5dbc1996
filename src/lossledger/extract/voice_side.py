"""'In the 72 hours to dawn we lost three men killed' in a diary that tells of '61 Russians killed in our sector';
'two of our volunteer drivers have been killed' in a report whose pickups were 'destroyed by Russian drones': the
first person of a text that names no source speaks for the side opposed to the one it names as the enemy (a side's
adjective or name before an attack noun, "captivity", "invaders", "occupiers", or "killed in our ..."). Read by
``whose_loss`` for a people's loss told in the first person ("we lost", "of our defenders", "our town has lost") with
no claimant and no source named before, where nothing else says whose it is; a text that names both sides as the enemy
gives none. Grammar: ``first_person_loss``, ``enemy_after_side``, ``attack_noun``."""

from __future__ import annotations

from ..languages.grammar import PatternGrammar
from .body import Sentence
from .document import Reader
from .loss_frame_rules import LossFrameRules

__all__ = ["VoiceSideRules", "side_of_first_person"]

_ENEMY_WORDS_REACH = 40  # how far after a side's word its attack noun or enemy word may end


class VoiceSideRules:
    """The patterns this stage reads, compiled from one language's grammar (``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.first_person_loss = g.pattern("first_person_loss")
        self.enemy_after_side = g.pattern("enemy_after_side", guard=False)


def side_of_first_person(reader: Reader, sent: Sentence, abs_start: int) -> str | None:
    """The side the first person of ``sent`` speaks for when it tells its own loss before or around the figure at
    ``abs_start`` (see the module docstring), else None."""
    r = reader.grammar.rules(VoiceSideRules)
    if reader.sentence_search(sent, r.first_person_loss) is None:
        return None
    return _voice_side(reader)


def _voice_side(reader: Reader) -> str | None:
    """The opponent of the one side the document names as the enemy (None when it names none, or both)."""
    known = reader.__dict__.get("_voice_side", False)
    if known is not False:
        return known  # type: ignore[no-any-return]
    r = reader.grammar.rules(VoiceSideRules)
    attack_noun = reader.grammar.rules(LossFrameRules).attack_noun
    prof = reader.profile
    enemies: set[str] = set()
    for vocabulary in ("side_adjective", "side_name"):
        for m in reader.scan.finditer(vocabulary, 0, len(reader.norm)):
            after = reader.norm[m.end():m.end() + _ENEMY_WORDS_REACH]
            key = prof.key_of(m)
            if key in prof.sides and prof.sides[key].opponent and (
                    r.enemy_after_side.match(after) or (vocabulary == "side_adjective" and attack_noun.match(after))):
                enemies.add(key)
    side = prof.sides[next(iter(enemies))].opponent if len(enemies) == 1 else None
    reader.__dict__["_voice_side"] = side
    return side
