"""The patterns the loss-frame stage reads (what a number counts, its outcome and its side), compiled from
one language's grammar.

In a module of its own, beside the stage's: with it the stage's module would pass the size every module
keeps under (750 lines)."""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]

from ..languages.grammar import PatternGrammar

__all__ = ["LossFrameRules", "letter_led"]


class LossFrameRules:
    """The patterns and word tables this stage reads, compiled from one language's grammar (once per
    language: ``PatternGrammar.rules``)."""

    def __init__(self, g: PatternGrammar) -> None:
        self.follower_ok = g.pattern("follower_ok")
        self.generic_noun = g.pattern("generic_noun")
        self.shared_noun = g.pattern("shared_noun")
        self.ones_after = g.pattern("ones_after")
        self.part_of = g.pattern("part_of")
        self.relative_past_perfect = g.pattern("relative_past_perfect")
        self.of_the_group = g.pattern("of_the_group")
        self.overflown_place_before = g.pattern("overflown_place_before", guard=False)
        self.loss_verb_before = g.pattern("loss_verb_before")
        self.harm_verb_before = g.pattern("harm_verb_before")
        self.sentence_opens_with_number = g.pattern("sentence_opens_with_number")
        self.passive_loss_after = g.pattern("passive_loss_after")
        self.own_passive_after = g.pattern("own_passive_after")
        self.described_then_own_verb = g.pattern("described_then_own_verb")
        self.participle_agent_closed = g.pattern("participle_agent_closed")
        self.modifier_use = g.pattern("modifier_use")
        self.shooter_subject = g.pattern("shooter_subject")
        self.pointing_back = g.pattern("pointing_back_before", guard=False)
        self.military_context = g.pattern("military_context")
        self.joined_the_forces_after = g.pattern("joined_the_forces_after", guard=False)
        self.attacking_force = g.pattern("attacking_force")
        self.time_zone_after = g.pattern("time_zone_after", guard=False)
        self.side_pair_joiner = g.pattern("side_pair_joiner", guard=False)
        self.topic_lead = g.pattern("topic_lead", guard=False)
        self.group_pointer_after = g.pattern("group_pointer_after", guard=False)
        self.side_group_after = g.pattern("side_group_after", guard=False)
        self.group_subject_lost_before = g.pattern("group_subject_lost_before")
        self.unit_own_speaker = g.pattern("unit_own_speaker", guard=False)
        self.participle_after = g.pattern("participle_after", guard=False)
        self.civilian_context = g.pattern("civilian_context")
        self.outcome_gap = g.pattern("outcome_gap", guard=False)
        self.includes = g.pattern("includes")
        self.included_after = g.pattern("included_after")
        self.reason_clause = g.pattern("reason_clause", guard=False)
        self.among_them_within = g.pattern("among_them_within")
        self.aside_closed = g.pattern("aside_closed", guard=False)
        self.includes_closed = g.pattern("includes_closed")
        self.breakdown_before = g.pattern("breakdown_before")
        self.next_number = g.pattern("next_number")
        self.of_them_after = g.pattern("of_them_after")
        self.pointed_kind = g.pattern("pointed_kind")
        self.of_the_victims_after = g.pattern("of_the_victims_after")
        self.part_noun_after = g.pattern("part_noun_after")
        self.among_them_lead = g.pattern("among_them")
        self.level_verb_before = g.pattern("level_verb_before")
        self.grew_by = g.pattern("grew_by")
        self.added_after = g.pattern("added_after")
        self.qualifier_tail = g.pattern("qualifier_tail", guard=False)
        self.definite_tail = g.pattern("definite_tail")
        self.mark_after = g.pattern("mark_after", guard=False)
        self.or_more = g.pattern("or_more")
        self.place_before = g.pattern("place_before")
        self.opponent_before = g.pattern("opponent_before", guard=False)
        self.name_as_place_before = g.pattern("name_as_place_before")
        self.attack_noun = g.pattern("attack_noun")
        self.launcher_verb_after = g.pattern("launcher_verb_after", guard=False)
        self.incursion_by_force = g.pattern("incursion_by_force", guard=False)
        self.agent_verb_after = g.pattern("agent_verb_after")
        self.passive_before = g.pattern("passive_before")
        self.agent_by = g.pattern("agent_by")
        self.attacker_after = g.pattern("attacker_after")
        self.own_losses = g.pattern("own_losses")
        self.brings_total_before = g.pattern("brings_total_before")
        self.own_deaths = g.pattern("own_deaths")
        self.hedged_lead = g.pattern("hedged_lead", guard=False)
        self.unverified_hedge = g.pattern("unverified_hedge")
        self.conditional_modal = g.pattern("conditional_modal")
        self.fact_clause_before = g.pattern("fact_clause_before", guard=False)
        self.hedge_of_later_figure = g.pattern("hedge_of_later_figure", guard=False)
        self.hedge_of_date_after = g.pattern("hedge_of_date_after")
        self.aux_verb = g.pattern("aux_verb")
        self.lost_kinds_lead = g.pattern("lost_kinds_lead")
        self.hedge_in_apposition_after = g.pattern("hedge_in_apposition_after", guard=False)
        self.next_number = g.pattern("next_number")
        self.condition = g.pattern("condition", guard=False)
        self.copula_before_noun = g.pattern("copula_before_noun")
        self.figure_pointer = g.pattern("figure_pointer")
        self.number_of_dead_put_at = g.pattern("number_of_dead_put_at")
        self.relative_loser_opening = g.pattern("relative_loser_opening", guard=False)
        self.relative_loser_verb = g.pattern("relative_loser_verb", guard=False)
        self.among_whole_were_before = g.pattern("among_whole_were_before")
        self.it_was_opening = g.pattern("it_was_opening", guard=False)
        self.figure_changed_before = g.pattern("figure_changed_before")
        self.toll_rises_up_to = g.pattern("toll_rises_up_to")
        self.losses_of = g.pattern("losses_of")
        self.number_of_after = g.pattern("number_of_after")
        self.figure_first_colon = g.pattern("figure_first_colon", guard=False)
        self.figure_first_line_opening = g.pattern("figure_first_line_opening", guard=False)
        self.belligerent_loses = g.pattern("belligerent_loses")
        self.attack_words = g.pattern("attack_words")
        self.both_sides = g.pattern("both_sides")
        self.conjunct_opened_before = g.pattern("conjunct_opened_before", guard=False)
        self.subordinate_clause_before = g.pattern("subordinate_clause_before")
        self.contrast_opening = g.pattern("contrast_opening", guard=False)
        self.both_sides_after = g.pattern("both_sides_after", guard=False)
        self.both_sides_closed_before = g.pattern("both_sides_closed_before", guard=False)
        self.soldiers_or_victims = g.pattern("soldiers_or_victims")
        self.men_lost = g.pattern("men_lost")
        self.own_passive_loss = g.pattern("own_passive_loss")
        self.speaker_lost = g.pattern("speaker_lost")
        self.saying_speaker_lost = g.pattern("saying_speaker_lost")
        self.we_and_their = g.pattern("we_and_their")
        self.part_of_figure_before = g.pattern("part_of_figure_before")
        self.latest_figure_lead = g.pattern("latest_figure_lead")
        self.own_losses_withheld = g.pattern("own_losses_withheld")
        self.member_of_group = g.pattern("member_of_group")
        self.other_war = g.pattern("other_war")
        self.other_event = g.pattern("other_event")
        self.war_words = g.pattern("war_words")
        self.prisoners_noun = g.pattern("prisoners_noun")
        self.captives_tail = g.pattern("captives_tail")
        self.captives_shot = g.pattern("captives_shot")
        self.record_pointer = g.pattern("record_pointer")
        self.prisoners_return = g.pattern("prisoners_return")
        self.possession_before = g.pattern("possession_before")
        self.age_before = g.pattern("age_before")
        self.name_before_age = g.pattern("name_before_age", guard=False)
        self.age_set_off = g.pattern("age_set_off", guard=False)
        self.accused_before = g.pattern("accused_before")
        self.accused_after = g.pattern("accused_after")
        self.accused_own_loss_after = g.pattern("accused_own_loss_after")
        self.team_before = g.pattern("team_before")
        self.counted_victims = g.pattern("counted_victims", guard=False)
        self.money_just_before = g.pattern("money_just_before")
        self.supplied_after = g.pattern("supplied_after")
        self.supplied_prefix = g.pattern("supplied_prefix")
        self.soldier_killing_of = g.pattern("soldier_killing_of")
        self.soldier_killing_gerund = g.pattern("soldier_killing_gerund")
        self.pronoun_loser_opening = g.pattern("pronoun_loser_opening", guard=False)
        self.side_subject_lost_after = g.pattern("side_subject_lost_after", guard=False)
        self.place_after = g.pattern("place_after")
        self.origin_after = g.pattern("origin_after", guard=False)
        self.attacked_side_before = g.pattern("attacked_side_before", guard=False)
        self.attack_target_before = g.pattern("attack_target_before", guard=False)
        self.the_region_named_before = g.pattern("the_region_named_before", guard=False)
        self.region_after_side = g.pattern("region_after_side", guard=False)
        self.home_people = g.pattern("home_people", guard=False)
        self.died_fighting_after = g.pattern("died_fighting_after", guard=False)
        self.fell_in_war_after = g.pattern("fell_in_war_after", guard=False)
        self.place_name_before = g.pattern("place_name_before", guard=False)
        self.of_the_before_noun = g.pattern("of_the_before_noun", guard=False)
        self.np_gap = g.pattern("np_gap")
        # (searched in every sentence read: re skips to its letter at once, where "\\b" is tried at every position)
        self.article = letter_led(g.pattern("indefinite_article", guard=False))
        self.one_in_a_list = g.pattern("one_in_a_list")
        self.one_after_a_verb = g.pattern("one_after_a_verb")
        self.one_reported_after = g.pattern("one_reported_after")
        self.not_one_after = g.pattern("not_one_after")
        self.attacker_acts_after = g.pattern("attacker_acts_after")
        self.pair_of_people_before = g.pattern("pair_of_people_before")
        self.number_near_before = g.pattern("number_near_before")
        self.harmed_in_that_attack = g.pattern("harmed_in_that_attack")
        self.loss_nouns = frozenset(g.words("loss_frame.loss_nouns"))
        self.kindless_loss_nouns = frozenset(g.words("loss_frame.kindless_loss_nouns"))
        # a side's name right before a source, or with only a possessive ending between them, qualifies it
        self.name_to_source_gaps = frozenset(("", *g.words("loss_frame.possessive_endings")))
        # "Satellite imagery captured on 29 August shows ...": a picture taken, no capture (read before "captured")
        self.picture_taken_before = g.pattern("picture_taken_before", guard=False)
        # "acknowledged that one of its ships was damaged": a part of the speaker's own (whose_loss, in the noun phrase)
        self.own_part_of = g.pattern("own_part_of", guard=False)
        # "had 3,300 tanks and has since lost 2,900 of them": where the part's clause starts (non_loss.py)
        self.part_clause_joint = g.pattern("part_clause_joint")
        # "the fleet began the war with about 80 warships": its strength then (non_loss.py)
        self.strength_at_war_start_before = g.pattern("strength_at_war_start_before", guard=False)


#: ASCII letters that IGNORECASE matches to their two cases only (not "i", "k" and "s": it matches "\u0130" and
#: "\u0131", the Kelvin sign and the long s to them too).
TWO_CASE_LETTERS = frozenset("abcdefghjlmnopqrtuvwxyz")


def letter_led(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (IGNORECASE, opening on a word boundary and one ASCII letter: ``\\ban?\\s+``) written to open on a
    case-sensitive class of the letter's two cases, with the boundary asked behind it (``[aA](?<=\\b[aA])n?\\s+``):
    ``re`` skips to a pattern's opening class at once, where it tries a pattern that opens on a boundary at every
    position. The same matches (the boundary is tested at the same place); ``pattern`` itself when it opens
    otherwise."""
    source = pattern.pattern
    letter = source[2:3]
    if not (pattern.flags & re.IGNORECASE and source.startswith("\\b") and letter.lower() in TWO_CASE_LETTERS):
        return pattern
    items = list(sre_parser.parse(source, pattern.flags))
    if (len(items) < 2 or items[0] != (sre.AT, sre.AT_BOUNDARY) or items[1] != (sre.LITERAL, ord(letter))
            or repr(list(sre_parser.parse(source[3:], pattern.flags))) != repr(items[2:])):
        return pattern  # (an alternation, or a repeated letter: "\\ba|\\bb", "\\ba?")
    cases = f"(?-i:[{letter.lower()}{letter.upper()}])"
    return re.compile(f"{cases}(?<=\\b{cases}){source[3:]}", pattern.flags)
