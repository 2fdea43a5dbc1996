"""Whose loss a figure is: the side named in its noun phrase or clause ("2,765 Russian tanks", "Ukraine lost"),
a place of one side ("in Belgorod"), the armed side of supplied equipment ("Bradleys sent by Washington"), the side
an attack is named against, or the enemy of the source that reports it."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re

from ..languages.reverse import end_test
from ..profiles import Profile
from .attacked_side import attacked_side_before, attacked_side_named_before
from .attribution import source_spans
from .attribution_rules import AttributionRules
from .blamed_side import victims_of_side_blamed
from .body import Sentence
from .bracket_sources import in_source_bracket
from .compared_estimate import side_of_estimate_compared
from .document import Mention, Reader, Source
from .formation_in_view import formation_loser, formation_tells_own
from .list_heading_side import side_of_list_heading
from .loser_relative import side_of_relative_loser
from .loss_frame import sentence_before, side_from_claimant
from .loss_frame_rules import LossFrameRules
from .office_place import side_of_place_near
from .sources import Phrase, source_tables, supplier_side
from .victims_claimant import local_office_of_victims
from .voice_side import side_of_first_person

__all__ = ["fell_fighting", "side_of", "side_of_region_in_view", "side_supplied_in_whole"]


def side_of(reader: Reader, sent: Sentence, abs_start: int, np_span: tuple[int, int] | None,
            category: str, claimant: str | None, prev: Mention | None) -> tuple[str | None, str]:
    """Whose loss: (side, how it was decided)."""
    r = reader.grammar.rules(LossFrameRules)
    prof = reader.profile
    people = prof.is_people(category)

    def applies(key: str, vocabulary: str) -> bool:
        """A side of this war, or a past war's side for its people: named ("the Soviets lost 15,000"), or as an
        adjective in a sentence that names that war ("4,431 US troops killed in Iraq"); "US-made" tanks and "American
        volunteers" are a belligerent's."""
        if key not in prof.sides or prof.sides[key].opponent:
            return True
        return people and (vocabulary == "side_name"
                           or reader.sentence_search(sent, r.other_war) is not None)

    # 1. An adjective or name inside the counted noun phrase: "498 Russian troops", "70,000 Russians".
    if np_span is not None:
        for vocabulary in ("side_adjective", "side_name"):
            for m in reader.scan.finditer(vocabulary, abs_start, np_span[1]):
                if applies(prof.key_of(m), vocabulary):
                    return prof.key_of(m), "noun_phrase"
        if (loser := side_of_relative_loser(reader, np_span[1], sent.end, applies)) is not None:
            return loser, "noun_phrase"  # "the 15,000 men the Soviet Union lost in Afghanistan"
        origin = r.origin_after.match(reader.norm, np_span[1], sent.end) if people else None
        if origin is not None:  # "712 servicemen from the Russian region of Buryatia"
            for vocabulary in ("side_adjective", "side_name"):
                named = reader.scan.search(vocabulary, origin.end(), min(sent.end, origin.end() + 24))
                if named is not None and named.start() == origin.end() and applies(prof.key_of(named), vocabulary):
                    return prof.key_of(named), "noun_phrase"
            places = _places_of(prof)  # "480 fighters from Chechnya": a place of one side names it too
            if places is not None and (home := places.match(reader.norm, origin.end())) and home.lastgroup:
                return home.lastgroup, "noun_phrase"
            region = _side_of_region_named_before(reader, sent, origin.end())
            if region is not None:
                return region, "noun_phrase"  # "3,100 men from the region" after "Russia's Bashkortostan region"
    if (own_formation := prof.own_side(claimant)) is not None and formation_tells_own(
            reader, sent, abs_start, np_span[1] if np_span is not None else abs_start):
        return own_formation, "own_losses"  # "The 47th Brigade lost 3 soldiers, the brigade said": the speaker's
    if (formation := formation_loser(reader, sent, abs_start)) is not None:
        return formation, "noun_phrase"  # "Russian forces pressed on. The 58th Army lost 1,200 soldiers there"
    if (np_span is not None and (own_part := prof.own_side(claimant)) is not None
            and r.own_part_of.search(reader.norm, abs_start, np_span[1]) and _its_is_the_sources(
                reader, sent, abs_start)):
        return own_part, "own_losses"  # "Russia's defence ministry ... acknowledged that one of its ships was hit"
    supplied = None if people else _supplied_side(reader, sent, abs_start, np_span[1] if np_span else None)
    if supplied is not None:
        return supplied, "noun_phrase"  # "47 of the Bradleys sent by Washington": the side armed with them
    # 2. Lists share their side: "498 Russian troops ..., with 1,597 wounded"; but the victims of what
    # one side launched are the other side's ("two missiles struck a hospital, killing 41").
    launched_then_hurt = prev is not None and prev.category in prof.launched_categories and prof.is_people(category)
    # (and the drones downed after the victims of an attack are the attacker's: "11 people were wounded, and air
    # defences shot down 19 drones")
    hurt_then_launched = prev is not None and prof.is_victims(prev.category) and category in prof.launched_categories
    if prev is not None and prev.sentence is sent and prev.side and not (launched_then_hurt or hurt_then_launched):
        prev_np_end = prev.extra.get("np_end")
        after_prev = prev_np_end if isinstance(prev_np_end, int) else sent.start + prev.number.end
        own_hit = (reader.search_in(sent, r.own_losses, after_prev, abs_start)
                   or _said_own_loss(reader, sent, after_prev, abs_start)) if prof.own_side(claimant) else None
        if own_hit is not None and r.brings_total_before.search(reader.norm, max(after_prev, own_hit.start() - 12),
                                                               own_hit.start()):
            own_hit = None  # "lost 1,650 troops, bringing its losses to 741,000": the same side's running total
        if (origin := r.origin_after.match(reader.norm, after_prev, sent.end)) is not None:
            # "Twelve nationals recruited into the Russian army ... and 16 others": the army they serve is theirs
            for vocabulary in ("side_adjective", "side_name"):
                named = reader.scan.search(vocabulary, origin.end(), min(sent.end, origin.end() + 24))
                after_prev = named.end() if named is not None and named.start() == origin.end() else after_prev
        # a side named between ends the list, unless it is a place ("killed in Ukraine and 16 others are missing")
        between = [n for vocabulary in ("side_name", "side_adjective")
                   for n in reader.scan.finditer(vocabulary, after_prev, abs_start, sliced=True)
                   if not _in_source_between(reader, sent, n, vocabulary)]
        if (all(r.place_name_before.search(reader.norm, max(after_prev, n.start() - 12), n.start())
                for n in between) and own_hit is None):
            return prev.side, "list"  # (", while its own losses were 50": the speaker's side, below)
    claimant_spans = source_spans(reader, sent)
    # 3. Cues before the number in the sentence, nearest first; "in Ukraine" is a place, not a side.
    cues: list[tuple[int, int, str, str]] = []
    for vocabulary, vocabulary_kind in (("side_name", "name"), ("side_adjective", "adjective"),
                                        ("side_forces", "forces")):
        for m in reader.scan.finditer(vocabulary, sent.start, abs_start):
            in_source, kind = _side_cue(reader, sent, m, vocabulary, vocabulary_kind, claimant_spans)
            if in_source and (vocabulary_kind != "forces"
                              or not r.agent_verb_after.match(reader.norm, m.end(), abs_start)):
                continue  # the source: "Ukraine's air force said 40 drones were destroyed" (but "the Defence
                # Forces destroyed 12 tanks, the General Staff said" acts)
            if kind is None or not applies(prof.key_of(m), vocabulary):
                continue
            if r.opponent_before.search(reader.norm, max(sent.start, m.start() - 30), m.start()):
                continue  # "Ukrainian units facing Russia's Vostok group lost 2,460": the side they fight, not theirs
            cues.append((m.start(), m.end(), prof.key_of(m), kind))
    # ("11 enemy tanks": the word may stand in the counted noun phrase itself)
    for m in reader.scan.finditer("enemy", sent.start, np_span[1] if np_span is not None else abs_start):
        enemy_of = _enemy_side(reader, claimant, m.group(0)) or _enemy_of_named_source(reader, sent, claimant)
        if enemy_of:
            cues.append((m.start(), m.end(), enemy_of, "enemy"))
    cues.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    # drop cues nested in a longer cue
    pruned: list[tuple[int, int, str, str]] = []
    for c in cues:
        if pruned and c[0] < pruned[-1][1]:
            continue
        pruned.append(c)
    own = prof.own_side(claimant)
    for start, end, side, kind in reversed(pruned):
        if own and (reader.search_in(sent, r.own_losses, end, abs_start)
                    or _said_own_loss(reader, sent, end, abs_start)):
            return own, "own_losses"  # "Ukrainian forces lost 500, while its own losses were 50"; "..., saying it lost"
        if category in prof.launched_categories and r.attacked_side_before.search(reader.norm, max(sent.start,
                                                                                               start - 16), start):
            continue  # "Russia attacked Ukraine with 315 drones, ... 277 were downed": the side attacked has no drones
        if prof.is_people(category) and r.attack_target_before.search(reader.norm, max(sent.start, start - 30), start):
            return side, "attacked"  # "Russian attacks on Ukraine's railways killed nine workers": the side attacked
        if category not in prof.launched_categories and r.attacked_side_before.search(
                reader.norm, max(sent.start, start - 16), start):
            return side, "attacked"  # "Ukrainian drones struck Russian airfields and destroyed 12 jets": side struck
        if kind == "place":
            if people and (killers := _killing_gerund_before(reader, sent, sent.start, abs_start)) and (
                    killers.start() < start):
                continue  # "a Russian army group in the Donetsk region ... accused of ordering a strike that killed"
            if prof.is_people(category):
                return side, kind  # the victims were in that side's place
            continue  # equipment near a town is nobody's by the town's name
        after_cue = reader.norm[end : min(sent.end, end + 40)]
        opponent = prof.sides[side].opponent if side in prof.sides else None
        # (few sentences hold a word every attack noun needs: the sentence's words say so before the pattern runs)
        attack_noun = reader.sentence_may_hold(sent, r.attack_noun) and r.attack_noun.match(after_cue)
        if attack_noun and opponent and category not in prof.launched_categories:
            return opponent, "attacker"
        if reader.profile.is_victims(category) and opponent and r.incursion_by_force.match(after_cue):
            return opponent, "attacker"  # "since Ukrainian troops crossed the border, 12 civilians have been killed"
        # (most cues are followed by none of the verbs a match needs: the window's words say so before the pattern runs)
        agent = (r.agent_verb_after.match(reader.norm, end, abs_start)
                 if reader.folded.may_match(r.agent_verb_after, end, abs_start) else None)
        if agent and agent.group("aux") is None and r.participle_after.match(reader.norm, agent.end()):
            agent = None  # "the number of Ukrainian troops killed in the war is ...": their loss (not "... tanks
            # Ukrainian troops have destroyed rose to": a finite verb's agent)
        if (agent and opponent and not r.passive_before.search(agent.group(0))
                and not reader.search_in(sent, r.agent_by, max(sent.start, start - 30), start)):
            return opponent, "agent"
        if reader.search_in(sent, r.agent_by, max(sent.start, start - 30), start) and opponent:
            return opponent, "agent"
        # (searched from the cue's start: the cue may end on the soldiers' word, "the Russian army ... accused of")
        if opponent and people and (killers := reader.search_in(sent, r.soldier_killing_of, start, abs_start)
                                    or _killing_gerund_before(reader, sent, start, abs_start)) and len(
                reader.norm[end:killers.start()].split()) <= 1:
            # "jailed a Russian soldier for the killing of two men" ("for killing four civilians"): the killer's enemy
            return opponent, "agent"
        return side, kind
    # "This figure includes 85,000 casualties": a part of the figure before is the same side's loss.
    last = reader.mentions[-1] if reader.mentions else None
    if (last is not None and last.side and last.sentence.paragraph >= sent.paragraph - 1
            and (prev is None or prev.sentence is not sent) and r.part_of_figure_before.match(reader.norm, sent.start)):
        return last.side, "part_of_figure"
    # 4. "Russia says 89 troops were killed in a Ukrainian strike": the attacker named after the number.
    attacker = r.attacker_after.match(reader.norm, abs_start, reader.clause_bounds(sent, abs_start)[1])
    if attacker is not None and category not in prof.launched_categories:
        named = reader.scan.search("side_adjective", attacker.start("side"), attacker.end("side"))
        opponent = prof.sides[prof.key_of(named)].opponent if named is not None else None
        if opponent:
            return opponent, "attacker_after"
    # 5. "64 men from the town have been killed in the special military operation": the side whose name of the war it is
    if people and np_span is not None and (named_war := _side_of_war_named(reader, sent, np_span[1], abs_start)):
        return named_war, "war_name"
    # "The company, part of a Ukrainian brigade, had 112 men. ... 31 of them had been killed": the side of the group
    # "them" points back at
    if people and (pointed := _side_of_group_pointed_back(reader, sent, abs_start)) is not None:
        return pointed, "noun_phrase"
    if (heading_side := side_of_list_heading(reader, sent)) is not None:
        return heading_side, "list"  # "Ukrainian losses over the week: / Personnel: 300": the heading's side
    # "Russia has lost 300,000 soldiers, Kyiv said. It has also lost 9,000 tanks": the side that lost just before
    if (loser := _loser_of_sentence_before(reader, sent, abs_start)) is not None:
        return loser, "noun_phrase"
    if people and (compared := side_of_estimate_compared(reader, sent, abs_start, prev)) is not None:
        return compared, "compared_estimate"  # "Another adviser painted a grimmer picture, suggesting 180 deaths a day"
    # 6. "Moscow announced its death toll": a side speaking of its own losses (a quote with no source of its own
    # goes on in the voice of the last source: "'We lost two of our own tanks.'").
    own = prof.own_side(claimant)
    if own is None and claimant is None and reader.last_source is not None:
        own = prof.own_side(reader.last_source.key)
    if own is None and claimant is None and reader.last_source is None and people and (
            voice := side_of_first_person(reader, sent, abs_start)) is not None:
        return voice, "own_losses"  # "we lost three men" where the text calls the Russians its enemy: Ukraine's
    if own and not reader.sentence_search(sent, r.we_and_their) and (
            reader.sentence_search(sent, r.own_losses)
                or reader.sentence_search(sent, r.own_deaths)
                or reader.sentence_search(sent, r.speaker_lost)
                or (category not in prof.launched_categories
                    and reader.sentence_search(sent, r.own_passive_loss))
                or _own_losses_told_before(reader, sent, own, people and claimant not in reader.profile.raw.get(
                    "dating_claimants", ()))
                or (people and _topic_of_paragraph(reader, sent) == own)):
        return own, "own_losses"  # "it had lost", "troops have been lost", "the loss of a million personnel"
    # 7. What the claimant usually reports: Ukrainian sources count Russian losses and vice versa.
    # Victims with no side are the speaker's own people ("Belgorod's governor said two civilians were
    # killed"), else the victims of the attack the sentence before told ("a Ukrainian drone strike hit a
    # building. 11 people were wounded"), else the war's usual victims.
    if reader.profile.is_victims(category):
        if (blamed := victims_of_side_blamed(reader, sent, abs_start)) is not None:
            return blamed, "blamed"  # "..., the regional governor said, blaming Ukrainian forces": Russia's
        place = _side_of_place(reader, sent, abs_start)
        if place is not None:
            return place, "place"  # "three people were killed in the Kursk region"
        return (prof.own_side(claimant) or attacked_side_before(reader, sent)
                or prof.default_victim_side), "default_victims"
    if people and reader.sentence_search(sent, r.harmed_in_that_attack) and (
            hit := attacked_side_before(reader, sent)) is not None:
        return hit, "attacked_before"  # "A Russian missile hit the bridge. Three guards were killed in that strike"
    if people and np_span is None and r.sentence_opens_with_number.fullmatch(reader.norm, sent.start, abs_start) and (
            hit := attacked_side_named_before(reader, sent)) is not None:
        return hit, "attacked_before"  # "Russian shelling hit the Ukrainian positions. 9 were wounded": the attacked's
    usual = side_from_claimant(prof, category, claimant)
    if usual is None and not people and category not in prof.launched_categories and (
            hit := attacked_side_before(reader, sent)) is not None:
        return hit, "attacked_before"  # "Russian drone attacks on Ukraine's ports ... 64 vessels had been damaged"
    if usual is None and category in prof.launched_categories:
        overflown = _side_overflown(reader, sent)
        if overflown is not None:
            return overflown, "overflown"  # "23 drones were shot down over the Zhytomyr region": Russia's
        attacked = attacked_side_before(reader, sent)
        attacking_side = prof.sides[attacked].opponent if attacked in prof.sides else None
        if attacking_side is not None:
            # "Ukrainian drones attacked the Bryansk region overnight. The ministry said 45 drones were intercepted":
            # the weapons of the attack the sentence before told, when no source says whose they are
            return attacking_side, "attacker_before"
    return usual, ("claimant" if usual else "unknown")


def _its_is_the_sources(reader: Reader, sent: Sentence, abs_start: int) -> bool:
    """Whether "its" in a figure at ``abs_start`` points back at the sentence's source: named before the figure ("The
    ministry admitted that one of its ships", not "31 of its men were killed, its commander said"), with no side's name
    (a noun "its" may point at; an adjective cannot) outside it between: "Ukraine said Russia lost 400 of its
    troops"."""
    spans = source_spans(reader, sent)
    if not any(b <= abs_start for _a, b in spans):
        return False
    gaps = reader.grammar.rules(LossFrameRules).name_to_source_gaps  # ("Ukraine's air force": the source's nation)
    return not any(not any(a <= m.start() < b or (m.end() <= a and reader.norm[m.end():a].strip() in gaps)
                           for a, b in spans)
                   for m in reader.scan.finditer("side_name", sent.start, abs_start))


def _killing_gerund_before(reader: Reader, sent: Sentence, lo: int, hi: int) -> re.Match[str] | None:
    """'sentenced a Russian sergeant for killing four civilians': the gerund right before the number, searched only
    in a sentence that holds one of the verbs every match needs (``required_words``, read from the pattern; asked
    once per sentence): most windows before a number are short, and a short one is searched without that test."""
    pattern = reader.grammar.rules(LossFrameRules).soldier_killing_gerund
    return reader.search_in(sent, pattern, lo, hi) if reader.sentence_may_hold(sent, pattern) else None


def _side_overflown(reader: Reader, sent: Sentence) -> str | None:
    """The side that launched what was shot down over a place of the other side the sentence names ("over the
    Zhytomyr region", "above Belgorod"): the opponent of that place's side; None when no place is named so."""
    pattern = _places_of(reader.profile)
    if pattern is None:
        return None
    r = reader.grammar.rules(LossFrameRules)
    for m in pattern.finditer(reader.norm, sent.start, sent.end):
        if m.lastgroup and r.overflown_place_before.search(reader.norm, max(sent.start, m.start() - 12), m.start()):
            side = reader.profile.sides.get(m.lastgroup)
            return side.opponent if side is not None else None
    return None


def _in_source_between(reader: Reader, sent: Sentence, m: re.Match[str], vocabulary: str) -> bool:
    """A side's word between two counts of a list that only qualifies the source ("lost 1,020 troops, Ukraine's General
    Staff said, bringing its losses to 1,190,300"): it does not end the list."""
    kind = "name" if vocabulary == "side_name" else "adjective"
    return (_side_cue(reader, sent, m, vocabulary, kind, source_spans(reader, sent))[0]
            or in_source_bracket(reader, m.start(), m.end()))  # "300,000 (Kyiv, March 2024) and 450,000"


def _side_cue(reader: Reader, sent: Sentence, m: re.Match[str], vocabulary: str, kind: str,
              claimant_spans: list[tuple[int, int]]) -> tuple[bool, str | None]:
    """Whether a side's word before a number is in a source, and the kind of cue it is (``kind``, its vocabulary's,
    or "place"; None: no cue). The same for every number after it: read once per document and word."""
    key = (vocabulary, m.start(), m.end())
    known = reader.side_cues.get(key)
    if known is not None:
        return known
    r = reader.grammar.rules(LossFrameRules)
    # in a source, or the nation that qualifies one ("Ukraine's air force said")
    in_source = any((a <= m.start() and m.end() <= b)
                    or (m.end() <= a and reader.norm[m.end():a].strip() in r.name_to_source_gaps)
                    for a, b in claimant_spans)
    if in_source and r.belligerent_loses.match(reader.norm, m.end()):
        in_source = False  # "Moscow has lost 600,000 troops": a name that loses is no source
    as_place = kind == "name" and end_test(r.name_as_place_before).found(reader.norm, max(sent.start, m.start() - 25),
                                                                         m.start())
    in_source = in_source and not as_place  # "an explosion in a Moscow apartment block": a place
    cue: str | None = kind
    if as_place:
        cue = "place"  # "a strike on a Kyiv apartment block killed 23": the victims' place
    elif kind == "name" and r.place_before.search(reader.norm, max(sent.start, m.start() - 25), m.start()):
        cue = None
    if cue == "name" and r.time_zone_after.match(reader.norm, m.end()):
        cue = None  # "between 9 p.m. Kyiv time and 6 a.m.": a clock, not a side
    if cue == "name" and _paired_with_another_side(reader, m):
        cue = None  # "Russia-Ukraine war live: toll rises to 14": the war's name, no side
    if cue == "adjective" and r.place_after.match(reader.norm, m.end()):
        cue = "place"  # "Russian strikes on the Ukrainian city of Kharkiv killed three"
    known = reader.side_cues[key] = (in_source, cue)
    return known


def _paired_with_another_side(reader: Reader, m: re.Match[str]) -> bool:
    """Whether a side's name is joined by a hyphen or a slash to another side's name, before or after it."""
    joiner = reader.grammar.rules(LossFrameRules).side_pair_joiner
    after = joiner.match(reader.norm, m.end())
    # (read from a slice: a name right after a hyphen is no name of its own in the scan, "Russia-backed" being no side)
    if after is not None and after.end() > m.end() and reader.profile.side_name_re.match(
            reader.norm[after.end():after.end() + 40]):
        return True
    for other in reader.scan.finditer("side_name", max(0, m.start() - 40), m.start()):
        if other.end() < m.start() and joiner.fullmatch(reader.norm, other.end(), m.start()):
            return True
    return False


def _said_own_loss(reader: Reader, sent: Sentence, lo: int, hi: int) -> re.Match[str] | None:
    """", saying it had lost" between ``lo`` and ``hi``: asked only where the document's words of saying lie (found
    once per document by attribution, which reads the same clause)."""
    cues = reader.reported_phrases
    if cues is not None and not cues.disputing_clauses.may_match(lo, hi):
        return None
    return reader.search_in(sent, reader.grammar.rules(LossFrameRules).saying_speaker_lost, lo, hi)


def _own_losses_told_before(reader: Reader, sent: Sentence, own: str, people: bool) -> bool:
    """"Moscow does not publish its losses. The last official figure ... was 5,937 killed": the latest figure of a
    count goes on about the speaker's side's own losses, told in the sentence before; so does a count of people
    (``people``: and given by no publisher of the enemy's running count, the profile's ``dating_claimants``) that side's
    source gives after a sentence telling that it withholds them ("Ukraine rarely discloses its own losses. Kyiv said in
    February that 46,000 soldiers had been killed"; not "The latest figure from Kyiv's General Staff was 700,000")."""
    r = reader.grammar.rules(LossFrameRules)
    lead = r.latest_figure_lead.match(reader.norm, sent.start) is not None
    before = sentence_before(reader, sent) if lead or people else None
    if before is None or before.paragraph < sent.paragraph - 1:
        return False
    if not (reader.sentence_search(before, r.own_losses) if lead else reader.sentence_search(
            before, r.own_losses_withheld)):
        return False
    return any(reader.profile.key_of(m) == own for vocabulary in ("side_name", "side_adjective")
               for m in reader.scan.finditer(vocabulary, before.start, before.end))


def _loser_of_sentence_before(reader: Reader, sent: Sentence, abs_start: int) -> str | None:
    """'Russia has lost 300,000 soldiers, Ukraine's General Staff said. It has also lost 9,000 tanks': a sentence that
    opens on "It" or "They" as the one that lost (and says nothing of its own losses) goes on with the side the
    sentence just before named as the subject that lost, not the source's own side."""
    r = reader.grammar.rules(LossFrameRules)
    if not r.pronoun_loser_opening.match(reader.norm, sent.start, abs_start):
        return None  # (most sentences open otherwise)
    before = sentence_before(reader, sent)
    if (before is None or before.paragraph < sent.paragraph - 1 or reader.sentence_search(sent, r.own_losses)
            or reader.sentence_search(sent, r.own_deaths)):
        return None
    found = None
    for vocabulary in ("side_name", "side_adjective"):
        for m in reader.scan.finditer(vocabulary, before.start, before.end):
            if r.side_subject_lost_after.match(reader.norm, m.end(), before.end):
                found = m if found is None or m.start() > found.start() else found
    return reader.profile.key_of(found) if found is not None else None


def _side_of_group_pointed_back(reader: Reader, sent: Sentence, abs_start: int) -> str | None:
    """The side of the last group of people named with a side's adjective ("a Ukrainian brigade", "Russian troops") or
    name ("Ukraine's 47th brigade") in this paragraph or the two before (or in the headline), when the number points
    back at a group ("31 of them", "31 of its men") or the group is the subject that lost it ("The brigade has lost
    80 soldiers")."""
    r = reader.grammar.rules(LossFrameRules)
    number_end = next((sent.start + n.end for n in reader.numbers_in(sent) if sent.start + n.start == abs_start), None)
    if number_end is None or (r.group_pointer_after.match(reader.norm, number_end) is None and not reader.search_in(
            sent, r.group_subject_lost_before, max(sent.start, abs_start - 60), abs_start)) or any(
            reader.scan.search(vocabulary, sent.start, abs_start) for vocabulary in ("side_name", "side_adjective")):
        return None  # ("Kyiv said that 31,000 of its soldiers had died": the side the sentence names)
    i = bisect.bisect_right(reader.sentences, sent.start, key=_start_of) - 1
    lo = i
    while lo > 0 and reader.sentences[lo - 1].paragraph >= sent.paragraph - 2:
        lo -= 1
    found = None
    headline = reader.sentences[:1] if reader.sentences[0].kind == "heading" and lo > 0 else []
    possessive = reader.grammar.rules(Phrase).POSSESSIVE_ENDINGS  # ("'s", "’s": the grammar's)
    for s in headline + reader.sentences[lo:i + 1]:
        hi = min(s.end, abs_start)
        named = [(m.start(), m.end(), m) for m in reader.scan.finditer("side_adjective", s.start, hi)]
        named += [(m.start(), m.end() + 2, m) for m in reader.scan.finditer("side_name", s.start, hi)
                  if reader.norm.startswith(possessive, m.end())]  # "Ukraine's 47th brigade"
        for _start, end, m in sorted(named, key=lambda n: n[0]):
            if r.side_group_after.match(reader.norm, end):
                found = reader.profile.key_of(m)
    return found


def unit_speaker_claimant(reader: Reader, sent: Sentence, abs_start: int, source: Source | None) -> str | None:
    """The claimant of a unit's own speaker ("The brigade lost 64 soldiers in March, its commander said") counting the
    unit's own loss: the officials of the side the unit was named with, whose commander he is."""
    if source is None or not reader.grammar.rules(LossFrameRules).unit_own_speaker.search(source.text.strip()):
        return None
    pointed = _side_of_group_pointed_back(reader, sent, abs_start)
    return source_tables(reader.profile).defaults.get(pointed) if pointed is not None else None


def _topic_of_paragraph(reader: Reader, sent: Sentence) -> str | None:
    """The side the paragraph's first sentence names as its topic ("As for Ukraine, Kyiv guards its figures ...
    Zelensky ... said 46,000 soldiers had been killed": the speaker's own people, the paragraph being on that side)."""
    r = reader.grammar.rules(LossFrameRules)
    i = bisect.bisect_right(reader.sentences, sent.start, key=_start_of) - 1
    while i > 0 and reader.sentences[i - 1].paragraph == sent.paragraph:
        i -= 1
    first = reader.sentences[i] if i >= 0 else None
    lead = r.topic_lead.match(reader.norm, first.start) if first is not None else None
    if first is None or lead is None:
        return None
    for vocabulary in ("side_name", "side_adjective"):
        named = reader.scan.search(vocabulary, lead.end(), min(first.end, lead.end() + 40))
        if named is not None and named.start() == lead.end():
            return reader.profile.key_of(named)
    return None


def _supplied_side(reader: Reader, sent: Sentence, abs_start: int, np_end: int | None) -> str | None:
    """The side armed with equipment "sent to Ukraine", "sent by Washington" or "Western-supplied" (with no noun
    phrase of its own, "47 of the 300 Bradleys": the kind named after the number)."""
    r = reader.grammar.rules(LossFrameRules)
    sent_end = sent.end
    if np_end is None:
        # (the scan's candidates of the profile's category words: the matches of category_re, without its search)
        kind = reader.scan.search("category", abs_start, min(sent_end, abs_start + 40))
        if kind is None:
            return None
        np_end = kind.end()
    # asked of every equipment figure; few sentences hold a word of supplying (search_in says so once a sentence)
    prefix = reader.search_in(sent, r.supplied_prefix, abs_start, np_end)
    if prefix is not None:
        who = prefix.start()
        while who > abs_start and (reader.norm[who - 1].isalnum() or reader.norm[who - 1] == "."):
            who -= 1
        return supplier_side(reader.profile, reader.norm, who)
    supplied = reader.search_in(sent, r.supplied_after, np_end, min(sent_end, np_end + 60))
    if supplied is None or len(reader.norm[np_end:supplied.start()].replace(",", " ").split()) > 2:
        return None  # (up to two words of the kind's name between: "Bradley fighting vehicles sent by")
    if supplied.group("to") is None:
        return supplier_side(reader.profile, reader.norm, supplied.end())
    for vocabulary in ("side_name", "side_adjective"):
        named = reader.scan.search(vocabulary, supplied.end(), min(sent_end, supplied.end() + 24))
        if named is not None and named.start() == supplied.end() and reader.profile.key_of(named) in (
                reader.profile.sides):
            return reader.profile.key_of(named)
    return None


def side_supplied_in_whole(reader: Reader, sent: Sentence, whole_words: tuple[int, int], abs_start: int) -> str | None:
    """'Of the 40 howitzers delivered to Ukraine, 12 have been destroyed': a part of a whole that opens its clause is of
    the side the whole's equipment was sent to or by (no side named between the whole and the part)."""
    lo, hi = whole_words
    if hi > abs_start or any(reader.scan.search(vocabulary, hi, abs_start) is not None
                             for vocabulary in ("side_name", "side_adjective")):
        return None
    return _supplied_side(reader, sent, lo, None)


#: A profile's words of each side for one field (its places, its own names of the war), as one pattern with a group
#: per side, by field and profile (compiled once a profile).
_SIDE_WORDS: dict[tuple[str, int], tuple[Profile, re.Pattern[str] | None]] = {}


def _side_words(prof: Profile, field: str, opening: str) -> re.Pattern[str] | None:
    """The profile's ``field`` words of each side (``sides.<key>.<field>``) as one pattern, a group named by each side's
    key; ``opening`` goes before the words (a word boundary, or nothing)."""
    known = _SIDE_WORDS.get((field, id(prof)))
    if known is not None and known[0] is prof:
        return known[1]
    groups = [f"(?P<{key}>{'|'.join(spec[field])})" for key, spec in prof.raw.get("sides", {}).items()
              if key in prof.sides and spec.get(field)]
    pattern = re.compile(opening + r"(?:" + "|".join(groups) + r")\b", re.IGNORECASE) if groups else None
    if len(_SIDE_WORDS) > 64:
        _SIDE_WORDS.clear()
    _SIDE_WORDS[(field, id(prof))] = (prof, pattern)
    return pattern


def _places_of(prof: Profile) -> re.Pattern[str] | None:
    """Each side's places (profile: ``places``), one group a side."""
    return _side_words(prof, "places", r"\b")


def _own_war_names_of(prof: Profile) -> re.Pattern[str] | None:
    """Each side's own names of the war (profile: ``own_war_names``), one group a side."""
    return _side_words(prof, "own_war_names", "")


def _side_of_war_named(reader: Reader, sent: Sentence, np_end: int, abs_start: int) -> str | None:
    """The side whose own name of the war the counted people died in, right after their noun in the clause ("64 men
    from the district have been killed in the special military operation": its own dead)."""
    names = _own_war_names_of(reader.profile)
    if names is None:
        return None
    hi = reader.clause_bounds(sent, abs_start)[1]
    fell = reader.grammar.rules(LossFrameRules).fell_in_war_after.match(reader.norm, np_end, hi)
    war = names.match(reader.norm, fell.end(), hi) if fell is not None else None
    return war.lastgroup if war is not None else None


_REGION_LOOKBACK = 600  # how far back the region "the region" points at may be named


def _side_of_region_named_before(reader: Reader, sent: Sentence, at: int) -> str | None:
    """The side of the region "the region" at ``at`` points back at: the last region named with a side's word before
    the sentence ("in Russia's Bashkortostan region ... 3,100 men from the region"), in a paragraph or the one before;
    None when ``at`` holds no such words or no region was named so."""
    r = reader.grammar.rules(LossFrameRules)
    if r.the_region_named_before.match(reader.norm, at) is None:
        return None
    before = sentence_before(reader, sent)
    if before is None or before.paragraph < sent.paragraph - 1:
        return None
    side = None
    for vocabulary in ("side_adjective", "side_name"):
        for m in reader.scan.finditer(vocabulary, max(0, sent.start - _REGION_LOOKBACK), sent.start):
            key = reader.profile.key_of(m)
            if key in reader.profile.sides and r.region_after_side.match(reader.norm, m.end()) is not None and (
                    side is None or m.start() > side[0]):
                side = (m.start(), key)
    return side[1] if side is not None else None


def side_of_region_in_view(reader: Reader, sent: Sentence, at: int, source_text: str) -> str | None:
    """The side of the place a governor, mayor, police or regional official named with no nation (``source_text``)
    runs: the place its sentence or the sentence before names (``office_place.side_of_place_near``), else the last
    region named with its side's word before ``at`` in its paragraph, or in a headline before it ("Russia's
    Bashkortostan region ...", "Russian region's war dead"). None when none is named so, or when the source names its
    own place ("the governor of Kharkiv")."""
    if not _names_local_office(reader.grammar.rules(AttributionRules).local_office, source_text):
        return None  # (asked of every count of people a source speaks for: the cheap test first)
    places = _places_of(reader.profile)
    if places is not None and places.search(source_text):
        return None
    near = side_of_place_near(reader, sent, places)  # "... in the Russian city of Belgorod, killing two, the regional
    if near is not None:  # police said": the place its sentence or the one before names comes first
        return near
    r = reader.grammar.rules(LossFrameRules)
    sentences = reader.sentences
    first = bisect.bisect_right(sentences, sent.start, key=_start_of) - 1
    while first > 0 and sentences[first - 1].paragraph == sent.paragraph:
        first -= 1
    spans = [(sent.start if first < 0 else sentences[first].start, at)]  # its paragraph up to the figure
    headline = sentences[0] if sentences else None
    if headline is not None and headline.kind == "heading" and headline.paragraph < sent.paragraph:
        spans.append((headline.start, headline.end))
    found: tuple[int, str] | None = None
    for lo, hi in spans:
        for vocabulary in ("side_adjective", "side_name"):
            for m in reader.scan.finditer(vocabulary, lo, hi):
                key = reader.profile.key_of(m)
                if key in reader.profile.sides and r.region_after_side.match(reader.norm, m.end()) is not None and (
                        found is None or m.start() > found[0]):
                    found = (m.start(), key)
    return found[1] if found is not None else None


def office_of_region_in_view(reader: Reader, sent: Sentence, source: Source | None) -> Source | None:
    """``source`` as the office of the region named with its side's word in its sentence or paragraph, when it is a
    local office named with no nation in a sentence with no figure ("A drone hit a bus in Russia's Belgorod region,
    the region's governor, Yuri Lapin, wrote"): remembered so, "Lapin said" later speaks for Russia's office, not
    for the bare office's default nation."""
    if source is None or source.key not in source_tables(reader.profile).defaults.values():
        return source
    home = side_of_region_in_view(reader, sent, sent.end, source.text)
    office = local_office_of_victims(reader.profile, source.text, home, grammar=reader.grammar)
    return dataclasses.replace(source, key=office) if office is not None and office != source.key else source


@functools.lru_cache(maxsize=512)
def _names_local_office(local_office: re.Pattern[str], source_text: str) -> bool:
    """Whether a source's words name a local office ("the regional governor"); the same few sources speak for most
    figures, so the answer is kept."""
    return local_office.search(source_text) is not None


def _start_of(s: Sentence) -> int:
    return s.start


def fell_fighting(reader: Reader, np_start: int, np_end: int) -> bool:
    """Whether the people counted at ``np_start``..``np_end`` are a place's own who died fighting ("1,240 residents had
    died in the special military operation", "local men killed at the front"): that side's soldiers."""
    r = reader.grammar.rules(LossFrameRules)
    return (r.home_people.search(reader.norm, np_start, np_end) is not None
            and r.died_fighting_after.match(reader.norm, np_end) is not None)


def _side_of_place(reader: Reader, sent: Sentence, abs_start: int) -> str | None:
    """The side whose place the victims of a number were in: the first place named after it in its clause, else
    the last one before it in the sentence (outside its sources: "Kharkiv's governor said" names who speaks)."""
    pattern = _places_of(reader.profile)
    if pattern is None:
        return None
    text = reader.norm
    spans = source_spans(reader, sent)
    found = [m for m in pattern.finditer(text, sent.start, sent.end)
             if not any(a <= m.start() < b for a, b in spans)]
    hi = reader.clause_bounds(sent, abs_start)[1]
    after = next((m for m in found if abs_start < m.start() < hi), None)
    if after is None and (country := _country_named_as_place_after(reader, abs_start, hi)) is not None:
        return country  # "300 people were killed in Russia": the victims were in that side's country
    before = [m for m in found if m.end() <= abs_start]
    country_before = _country_named_as_place_before(reader, sent, abs_start, spans) if after is None else None
    if country_before is not None and (not before or before[-1].start() < country_before[0]):
        return country_before[1]  # "A drone hit a bus in Russia, killing five": the last place before is a country
    chosen = after or (before[-1] if before else None)
    return chosen.lastgroup if chosen is not None else None


def _country_named_as_place_after(reader: Reader, abs_start: int, hi: int) -> str | None:
    """The side whose name stands after "in" / "inside" / "across" after a number, before ``hi`` (its clause's end):
    where the victims were ("killed in Russia"); not a possessive ("in Russia's attack" names the attacker)."""
    r = reader.grammar.rules(LossFrameRules)
    for m in reader.scan.finditer("side_name", abs_start, hi):
        longer = reader.scan.search("side_adjective", m.start(), min(hi, m.end() + 3))
        if longer is not None and longer.start() == m.start() and longer.end() > m.end():
            continue  # "in Russia's attack"
        if r.place_name_before.search(reader.norm, max(abs_start, m.start() - 12), m.start()):
            key = reader.profile.key_of(m)
            return key if key in reader.profile.sides else None
    return None


def _country_named_as_place_before(reader: Reader, sent: Sentence, abs_start: int,
                                   spans: list[tuple[int, int]]) -> tuple[int, str] | None:
    """Where and which side's country the sentence last names after "in" / "inside" / "across" before a number, outside
    its sources and not as a possessive: where the victims were ("struck a bus in Russia, killing five")."""
    r = reader.grammar.rules(LossFrameRules)
    found = None
    for m in reader.scan.finditer("side_name", sent.start, abs_start):
        if any(a <= m.start() < b for a, b in spans):
            continue  # ("officials in Kyiv said": who speaks)
        longer = reader.scan.search("side_adjective", m.start(), min(abs_start, m.end() + 3))
        if longer is not None and longer.start() == m.start() and longer.end() > m.end():
            continue  # "in Russia's attack"
        if r.place_name_before.search(reader.norm, max(sent.start, m.start() - 12), m.start()):
            key = reader.profile.key_of(m)
            if key in reader.profile.sides:
                found = (m.start(), key)
    return found


def _enemy_side(reader: Reader, claimant: str | None, word: str) -> str | None:
    """'The occupiers' name one side outright; 'the enemy' is the other side of whoever speaks."""
    named = [key for key, side in reader.profile.sides.items()
             if any(re.fullmatch(w, word, re.IGNORECASE) for w in side.enemy_words)]
    if len(named) == 1:
        return named[0]
    own = reader.profile.own_side(claimant)
    if own is None and claimant is None and reader.last_source is not None:
        # a figure whose source is not yet known ("inflicted losses on the enemy: up to 480 servicemen" in a
        # ministry's report): the enemy of the last source named
        own = reader.profile.own_side(reader.last_source.key)
    return reader.profile.sides[own].opponent if own in reader.profile.sides else None


def _enemy_of_named_source(reader: Reader, sent: Sentence, claimant: str | None) -> str | None:
    """'The enemy' of a source that is no office of either state but whose name says which side it speaks for ("A
    Russian military blogger", "a pro-Kremlin war correspondent"): that side's opponent. The sentence's own source,
    else the last one named (a post quoted after "The post reads:")."""
    if claimant != "other":
        return None
    spans = source_spans(reader, sent)
    if not spans and reader.last_source is not None and reader.last_source.key == "other":
        spans = [(reader.last_source.start, reader.last_source.start + len(reader.last_source.text))]
    sides = {reader.profile.key_of(m) for lo, hi in spans for m in reader.scan.finditer("side_adjective", lo, hi)}
    own = sides.pop() if len(sides) == 1 else None
    return reader.profile.sides[own].opponent or None if own in reader.profile.sides else None
