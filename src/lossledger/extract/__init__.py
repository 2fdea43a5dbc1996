"""The extractor: loss claims out of one document's text.

``extract_claims(text, published=..., doc_id=..., profile=...)`` is a pure function of the text and
the conflict profile. It reads the article body sentence by sentence:

    numbers ─► mentions (number + what was lost, from the noun after it, the bulletin label before it,
               or the sentence's topic) ─► frames (outcome, side, qualifier, measure, period, hedge)
            ─► context (claimant within and across sentences, dates) ─► claims, one per fact

Each claim names the rule that read it (``rule``), and its quote's offsets in the text.

The stages live in their own modules, all working on one ``document.Reader``: ``loss_frame`` (what
was lost, outcome, side, qualifier, hedge), ``attribution`` (claimants), ``measure`` (measure,
period, dates). This module reads the sentences and assembles the claims (what each sentence leaves for the next
is kept by ``between_sentences``). What the stages match is
data: the grammar of the document's language (``languages/<code>/grammar.toml``, English's by default),
from which each stage builds its rules once per language (``STAGE_RULES``, ``stage_grammar``), and the
profile's words in that language.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re

from ..errors import LossledgerError
from ..languages.ascii_twins import reads_alike
from ..languages.grammar import PatternGrammar, grammar_for
from ..languages.reverse import end_test
from ..model import Claim
from ..profiles import Profile, load_profile
from . import dates as datelib
from . import slavic
from .answer_we import answerer_for_we
from .attribution import (
    claimant_in,
    enemy_of_victims,
    local_office_of_victims,
    remember_sources,
    source_referred_to,
    speaks_for,
    trailing_line_source,
)
from .between_sentences import after_sentence, last_sentence_to_read, remember_sources_only, update_list_context
from .body import Sentence, blank_terminal_controls
from .bracket_sources import source_in_own_bracket
from .captor_named import side_of_captor_named
from .closing_source_line import kind_of_figures_line, source_line_under
from .crediting import open_report_of_counts
from .day_headings import dates_of_day_headings
from .document import Mention, Reader, Source, normalise
from .document_facts import date_undated_text, fill_document_context, one_mention_per_fact
from .earlier_report import earlier_report_source, told_as_reported_earlier
from .existential_losses import deaths_counted_in_place
from .extract_rules import ExtractRules
from .figure_parts import (
    first_part_says_its_kind,
    is_sum_of_parts,
    kind_said_of_part,
    part_with_own_span,
    whole_before_its_part,
)
from .gate import FirstMention, GateNotes, count_may_be_read, may_hold_claims
from .group_named_after import group_among_after
from .hedging import is_hedged, qualifier_of
from .identified_one import identified_one_at
from .line_sources import frame_source, head_of_own_work, head_source, speaker_label_source
from .loser_pronoun import side_of_pronoun_before_its_source, side_of_pronoun_that_loses
from .loss_frame import (
    LossFrameRules,
    contrast_opened,
    counts_of_one,
    is_breakdown,
    people_or_personnel,
    restated_figure,
    what_was_lost,
    without_sources,
)
from .losses_suffered_before import side_of_losses_suffered_before
from .measure import increments_before_totals, measure_of
from .mention_dates import resolve_dates
from .non_loss import names_non_loss, not_this_wars_loss
from .outcome import count_grown, outcome_of, outcome_said_before
from .own_count_clause import own_count_clause_source, own_reckoning_source
from .own_dead_told import counts_its_own_figure_after, own_dead_teller
from .possessed_office import side_of_owner_that_lost
from .relative_sources import source_in_relative_after
from .restated_whole import whole_restated
from .returned_bodies import counts_bodies, side_bodies_returned_to
from .sources import source_tables
from .span_context import day_of_event_retold, running_totals_from_series
from .stage_rules import STAGE_RULES
from .table_rows import table_rows_as_lines
from .table_sources import table_row_source
from .told_before import (
    bare_toll_of_losses,
    grown_again,
    restates_toll,
    side_of_figure_told_again,
    side_of_more_told_before,
    side_of_whole_told_before,
    side_pointed_back,
    toll_risen,
)
from .trade_fell_fighting import (
    held_as_prisoners_of_war,
    serving_in_forces,
    side_fell_for,
    told_serving_before,
    trade_fell_fighting,
)
from .transcript_labels import transcript_speaker_source
from .treated_wounded import side_of_post_in_view, treated_as_own
from .victims_named_after import civilians_named_after
from .whose_loss import (
    fell_fighting,
    office_of_region_in_view,
    side_of,
    side_of_region_in_view,
    side_supplied_in_whole,
    unit_speaker_claimant,
)
from .withdrawn_figures import drop_withdrawn_figures

__all__ = ["extract_claims", "EXTRACTOR_VERSION", "STAGE_RULES", "ExtractRules", "stage_grammar"]

#: Bumped whenever a rule changes what it extracts; recorded in every claim's ``rule``.
EXTRACTOR_VERSION = "31"




@functools.lru_cache(maxsize=16)
def stage_grammar(language: str | None) -> PatternGrammar:
    """The grammar the stages read a text in ``language`` with (``grammar_for``), every stage's rules built."""
    grammar = grammar_for(language)
    for rules in STAGE_RULES:
        grammar.rules(rules)
    return grammar


_OPENS_PARTS = re.compile(r"[(:]")


def _rule(name: str, profile: Profile) -> str:
    return f"{name}/{EXTRACTOR_VERSION} {profile.rule_suffix}"


def _read_sentence(reader: Reader, sent: Sentence) -> list[Mention]:
    r = reader.grammar.rules(ExtractRules)
    text = reader.norm
    s_text = text[sent.start : sent.end]
    numbers = reader.numbers_in(sent)
    ones = counts_of_one(reader, sent, numbers)
    if ones:  # (numbers_in are in text order already)
        numbers = sorted(numbers + ones, key=lambda n: n.start)
    table_source = table_row_source(reader, sent)  # (a table's row names one source for its figures, in its cell)
    source = table_source or trailing_line_source(reader, sent) or answerer_for_we(
        reader, sent, claimant_in(reader, sent))
    explicit = source is not None
    if source is not None:
        source = head_of_own_work(reader, source)  # "According to the investigation" in an office's press release
    if not numbers:
        remember_sources(reader, sent, office_of_region_in_view(reader, sent, source), figures=False)
        return []
    if source is None:
        source = (speaker_label_source(reader, sent) or source_referred_to(reader, sent)
                  or transcript_speaker_source(reader, sent) or frame_source(reader, sent)
                  or source_line_under(reader, sent) or head_source(reader) or kind_of_figures_line(reader, sent))
    if source is None and sent.kind == "list_item" and reader.list_context.get("source"):
        source = reader.list_context["source"]  # type: ignore[assignment]
    year_line = r.year_line.match(s_text)
    out: list[Mention] = []
    office_key: str | None = None  # the key a local office named here speaks as, once its victims' side is read
    prev: Mention | None = None
    if reader.mentions and reader.mentions[-1].sentence.paragraph >= sent.paragraph - 1:
        prev = reader.mentions[-1]
    whole_words: tuple[int, int] | None = None  # the words of a whole its parts are counted out of
    one_at = identified_one_at(reader, sent)  # "he was one of 17 soldiers killed": where that one stands
    for num in numbers:
        abs_start, abs_end = sent.start + num.start, sent.start + num.end
        if r.vague_after.match(text[abs_end : abs_end + 20]) or (num.delta and num.value == 0):
            continue  # "tens of thousands"; "(+0)": no loss that day
        if abs_start > sent.start and r.reference_mark.match(text, abs_start - 1):
            continue  # "were killed.[7]": a reference's number
        if one_at is not None and one_at <= abs_start < one_at + 3:
            continue  # "he was one of 17 soldiers killed": a person named, no count
        if end_test(r.whole_after_part).found(text, max(sent.start, abs_start - 30), abs_start) and not (
                one_at is not None and one_at < abs_start <= one_at + 16):
            continue  # "shot down 18 of the 21 drones": 21 were launched, not lost (but "one of the 17 killed was")
        whole_end = whole_before_its_part(reader, sent, abs_start, abs_end)
        if whole_end is not None:
            whole_words = (abs_start, whole_end)  # (its dates, "on its rolls in January", are not the part's)
            continue  # "Of the 3,800 men on its rolls, 2,300 had been killed": the men on the rolls were not lost
        if end_test(r.ratio_before).found(text, max(sent.start, abs_start - 20), abs_start):
            continue  # "one in four soldiers has been killed or wounded": a ratio
        if r.per_population_after.match(text, abs_end):
            continue  # "8.9 births per 1,000 people": a rate of a population
        if num.value == 1 and r.ratio_after.match(text, abs_end):
            continue  # "One out of five tanks was lost": a ratio's one
        if reader.search_in(sent, r.rejected_before, max(sent.start, abs_start - 16), abs_start) and any(
                n.end <= num.start for n in numbers) and not told_as_reported_earlier(reader, sent, abs_end):
            continue  # "12 tanks were destroyed, not 21": the wrong figure a correction sets aside
        if reader.ends_in(sent, r.superseded_version_before, sent.start, abs_start):
            continue  # "An earlier version of this story said 12": the figure the correction withdrew
        what = what_was_lost(reader, sent, num, abs_start, abs_end, out)
        if what is None:
            continue
        category, np_span, np_end, rule, topic_noun = what
        if (rule == "sentence_topic" and restates_toll(reader, sent, abs_start, category)) or (
                rule == "list_topic" and grown_again(reader, sent, abs_start, out)):  # ("and by May it stood at 40")
            category, rule, topic_noun = restated_figure(reader).category, "previous_figure", ""
        if np_span is not None and not reader.profile.is_people(category):
            category = kind_said_of_part(reader, sent, num, abs_end, np_span, category)
        elif np_span is None and reader.search_in(sent, r.crew_of, max(sent.start, abs_start - 30), abs_start):
            category = "personnel"  # "sank a patrol boat, killing its crew of three": the crew, not the boat
        elif (category == "personnel" and np_span is not None and r.crew_noun.fullmatch(text, *np_span)
              and reader.sentence_search(sent, r.merchant_vessel)):
            category = "civilians"  # "a drone struck the bulk carrier, killing two crew members": a merchant crew
        if (category in ("people", "personnel") and np_span is not None
                and (group := group_among_after(reader, np_end, sent.end)) is not None):
            # "4,000 deaths among Russian soldiers": the group counted, read as the noun phrase's own words
            category, np_end = group
            np_span = (np_span[0], np_end)
        if category == "people":
            s_text = without_sources(reader, sent)  # (a count with no noun: from the clause of contrast it opens)
            category = people_or_personnel(reader, s_text[contrast_opened(reader, sent, abs_start) - sent.start:]
                                           if np_span is None else s_text,
                                           text[np_span[0]:np_span[1]] if np_span else topic_noun,
                                           sent=sent, claimant=source.key if source else None)
            if category == "personnel" and deaths_counted_in_place(reader, sent, abs_start, np_end):
                category = "people"  # "There were 61,000 excess deaths in Ukraine in 2023": that place's dead
            if category == "people" and civilians_named_after(reader.grammar, text, np_end):
                category = "civilians"  # "61,000 excess deaths (...) among civilians"
            whole = next((x for x in reversed(out) if x.category == "civilians"), None)
            if (category == "people" and whole is not None
                    and _OPENS_PARTS.search(text, sent.start + whole.number.end, abs_start)):
                category = "civilians"  # "610 civilian casualties (95 dead and 515 wounded)"
        # "143 students ... killed defending Ukraine", "8 residents serving in the army were killed": soldiers
        fell_trade = np_span is not None and ((category == "civilians" and trade_fell_fighting(reader, np_end)) or (
            category in ("civilians", "people") and serving_in_forces(reader, np_end))) or (
            category in ("civilians", "people") and held_as_prisoners_of_war(reader, np_end))  # "four are held as POWs"
        if fell_trade:
            category = "personnel"  # "143 students, graduates and staff killed defending Ukraine": fell as soldiers
        # Not a loss at all: applications, deliveries, refugees, exchanges; "12 missile strikes".
        lo, hi = reader.clause_bounds(sent, abs_start)
        bodies = counts_bodies(reader.grammar, text, abs_start, np_span)  # handed back or not, the dead (not captives)
        if rule not in ("bulletin_item", "shared_noun") and not bodies and (names_non_loss(
                reader, max(lo, abs_start - 45), min(hi, np_end + 45), number=(abs_start, np_end), opening=sent.start)
                or r.counted_non_loss.match(text, abs_end)
                or (not reader.profile.is_people(category) and r.attack_made_with_before.search(text, lo, abs_start))):
            continue
        if not_this_wars_loss(reader, sent, abs_start, np_span, topic_noun):
            continue  # prisoners returned in an exchange; the dead of an earthquake
        outcome, right = outcome_of(reader, sent, category, abs_start, np_end)
        if bodies:
            outcome = "killed"  # "swap prisoners; Kyiv gets back 757 bodies": bodies count the dead, not captives
        breakdown = bool(out) and is_breakdown(reader, sent, abs_start)
        if breakdown and not right:
            # "killing 45 people, including six children": the part shares the outcome of its whole; but "killed 118
            # and wounded 472, including nine children among the dead": the whole its own words name
            head = next((x for x in reversed(out) if not x.extra.get("breakdown")), out[-1])
            among = r.among_them_after.match(text, np_end) if reader.profile.is_people(category) else None
            named = reader.profile.outcome_people_re.search(text, *among.span()) if among is not None else None
            outcome = reader.profile.key_of(named) if named is not None else head.outcome
        if rule == "previous_figure" and reader.mentions and (outcome is None or bare_toll_of_losses(reader, sent,
                                                                                                   abs_start)
                                                              or _outcome_of_clause_after(reader, sent, abs_start)):
            outcome = restated_figure(reader).outcome  # "Kyiv puts that number at 36,000": the figure it restates
        if outcome is None and out and out[-1].category == category and reader.grammar.rules(
                LossFrameRules).figure_pointer.search(text, out[-1].sentence.start + out[-1].number.end, abs_start):
            outcome = out[-1].outcome  # "The total went past 1,115,000 on May 3, when the tally reached 1,115,310"
        if outcome is None and (among := r.among_them.match(s_text)) and among.end() < num.start and reader.mentions:
            outcome = None if s_text[among.end()].isdigit() and not out else reader.mentions[-1].outcome  # "Among them"
            if outcome is None and (told := whole_restated(reader, sent, among)) is not None:
                outcome = told.outcome  # "... 27 journalists have been killed. Of the 27, nine were foreign reporters"
        if (outcome is None and r.among_them_after.match(text, np_end) and reader.mentions
                and reader.profile.is_people(reader.mentions[-1].category) == reader.profile.is_people(category)):
            outcome = reader.mentions[-1].outcome  # "We counted 12 tanks among them": a part of the figure before
        if (outcome is None and ((rule in ("copula_noun", "part_of_victims") and r.of_them_after.match(text, abs_end))
                                 or r.of_the_victims_after.match(text, abs_end)) and reader.mentions
                and reader.profile.is_people(reader.mentions[-1].category) == reader.profile.is_people(category)):
            outcome = reader.mentions[-1].outcome  # "Four of them were camera operators": a part of the figure before
        if outcome is None:  # "... confirmed 100,001 dead. The list grew by 2,315 names", "2,315 names were added"
            outcome = count_grown(reader, sent, category, abs_start, np_end)
        if (outcome is None and reader.mentions and reader.mentions[-1].category == category
                and r.average_restated.match(s_text)):
            outcome = reader.mentions[-1].outcome  # "... lost 48,670 troops. That is an average of 1,570 a day."
        if outcome is None:
            outcome = outcome_said_before(reader, sent, category)  # "... destroyed several. Two boats and a submarine."
        if outcome is None:
            if rule in ("bulletin_item", "bulletin_delta") or (
                    sent.kind == "list_item" and reader.list_context):
                outcome = str(reader.list_context.get("outcome") or "losses")
            elif num.delta:
                outcome = "losses"
            else:
                continue
        if (outcome is not None and not right and reader.profile.is_people(category)
                and is_sum_of_parts(num, numbers) and first_part_says_its_kind(reader, sent, num, numbers)):
            # "1,019 in May (183 killed, 836 injured)": the casualties of both kinds (but "11 people were wounded,
            # nine of whom were hospitalised, including two children" says its own outcome)
            outcome = "losses"
        if outcome == "killed" and not reader.profile.is_people(category):
            outcome = "destroyed"
        served = (told_serving_before(reader, sent.start, np_span)
                  if category in ("civilians", "people") and outcome in ("missing", "captured") and np_span else None)
        num_source = source
        if explicit and len(numbers) > 1 and table_source is None:
            nearest = claimant_in(reader, sent, near=abs_start)
            if nearest is not None and nearest.key != source.key:  # type: ignore[union-attr]
                source = nearest
            num_source = source if speaks_for(reader, sent, abs_start) else None
        elif (explicit and source.start > abs_start  # type: ignore[union-attr]
              and reader.search_in(sent, r.contrast_clause, abs_start, source.start) is not None  # type: ignore[union-attr]
              and not speaks_for(reader, sent, abs_start)):
            # "strikes killed two civilians, while Moscow reported damage": a subject that opens a clause of contrast
            # after the lone figure speaks for that clause, not for it
            num_source = None
        if counts_its_own_figure_after(reader, num_source, abs_start):
            num_source = None  # "... 58,220 in Vietnam, beside Kyiv's own count of 46,000": that count's figure only
        num_source = own_count_clause_source(reader, sent, abs_start, num_source)  # "X lists 2,100; my own count .."
        num_source = own_reckoning_source(reader, sent, abs_end, num_source)  # "..., a figure we calculated"
        num_source = earlier_report_source(reader, sent, abs_end, num_source)  # "not 40 as first reported"
        own_bracket = (source_in_own_bracket(reader, abs_end, np_end)
                       or source_in_relative_after(reader, abs_end, np_end))  # "the 152,000 that Mediazona confirmed"
        if own_bracket is not None:
            num_source = own_bracket  # "between 300,000 (Kyiv, March 2024) and ...": each end's own source
        claimant = num_source.key if num_source else None
        side, side_basis = side_of(reader, sent, abs_start, np_span, category, claimant, prev)
        if whole_words is not None and side_basis != "noun_phrase" and not reader.profile.is_people(category):
            # "Of the 40 howitzers delivered to Ukraine, 12 have been destroyed": the side the whole was sent to
            side = side_supplied_in_whole(reader, sent, whole_words, abs_start) or side
        if side_basis == "own_losses" and num_source is not None and (pronoun_side := side_of_pronoun_before_its_source(
                reader, sent, abs_start, num_source.start)) is not None:
            side = pronoun_side  # "Russia started a push in May. Since then, it has lost 4,000 men, Kyiv said"
        if bodies and side_basis != "noun_phrase":
            side = side_bodies_returned_to(reader, sent, abs_start, np_end) or side  # "returned to Ukraine": its dead
        if fell_trade and side_basis in ("claimant", "unknown") and (fought_for := side_fell_for(reader, np_end)):
            side, side_basis = fought_for, "noun_phrase"  # "lost 87 graduates in the defence of Ukraine": its soldiers
        if fell_trade and side_basis in ("claimant", "unknown") and num_source is not None:
            # "17 teachers from the region have been killed fighting at the front, Kharkiv officials said": people a
            # source counts by their trade at home, fallen as soldiers, are its own side's
            side, side_basis = reader.profile.own_side(claimant) or side, "own_losses"
        if (side_basis == "claimant" and outcome == "wounded" and num_source is not None
                and treated_as_own(reader, sent, abs_start)):
            side = reader.profile.own_side(claimant) or side  # "the hospital took in 143 wounded soldiers": its own
        elif side is None and outcome == "wounded":
            side = side_of_post_in_view(reader, sent, abs_start)  # "at a Ukrainian stabilisation point ... the point"
        if side_basis in ("claimant", "unknown", "default_victims") and (
                captor := side_of_captor_named(reader, sent, np_end, outcome)) is not None:
            side, side_basis = captor, "captor"  # "16 sailors are held in Russian captivity": the captor's enemy's
        if side_basis in ("claimant", "unknown"):
            side = (_own_unit_losses(reader, sent, abs_start, num_source)
                    or side_of_owner_that_lost(reader, sent, abs_start, num_source)  # "The brigade lost 30, its .."
                    or side_pointed_back(reader, sent, abs_start)
                    or side_of_losses_suffered_before(reader, sent, abs_start)  # "X suffered heavy losses. Nine ..."
                    or side_of_pronoun_that_loses(reader, sent, abs_start)
                    or side_of_figure_told_again(reader, sent, num.value, category, outcome)
                    or side_of_more_told_before(reader, sent, abs_start, abs_end, rule)
                    or side_of_whole_told_before(reader, sent, abs_end) or side)
        if rule == "previous_figure" and reader.mentions and restated_figure(reader).side:
            side = restated_figure(reader).side  # the figure it restates says whose loss
        if (breakdown and side_basis != "noun_phrase" and out[-1].side
                and out[-1].category not in reader.profile.launched_categories):
            side = out[-1].side  # "8,000 held in Russian captivity, including 1,300 civilians": the whole's side
        elif side in reader.profile.sides and side_basis == "agent" and r.of_own_after.match(text, abs_start):
            side = reader.profile.sides[side].opponent or side  # "shot down two of their own drones": the subject's
        if num_source is not None and num_source.military and not reader.profile.is_victims(category):
            claimant = enemy_of_victims(reader.profile, side, text[abs_start:np_end]) or claimant
        if num_source is not None and (own_unit := unit_speaker_claimant(reader, sent, abs_start, num_source)):
            claimant = own_unit  # "The brigade lost 64 soldiers, its commander said": the unit's own side speaks
        if (num_source is not None and reader.profile.is_people(category)  # whose office a governor's count is
                and num_source.key in source_tables(reader.profile).defaults.values()  # a nation's officials
                and (home := side_of_region_in_view(reader, sent, abs_start, num_source.text))
                and (office := local_office_of_victims(reader.profile, num_source.text, home, grammar=reader.grammar))):
            # "In Russia's Bashkortostan region ... the regional governor said": a bare office runs the region named
            claimant = office
            if category == "civilians" and fell_fighting(reader, abs_start, np_end):
                category, side = "personnel", home  # "1,240 residents had died in the special military operation"
            elif side_basis not in ("noun_phrase", "place", "list", "attacker"):
                side = home
        elif (num_source is not None and side_basis == "war_name"
              and (office := local_office_of_victims(reader.profile, num_source.text, side, grammar=reader.grammar))):
            claimant = office  # "killed in the special military operation, according to the district head": his side's
            if explicit and num_source is source and claimant != source.key:
                office_key = claimant  # "Mr Gromov told the Courier": the same office's
        if num_source is not None and reader.profile.is_victims(category):
            claimant = (local_office_of_victims(reader.profile, num_source.text, side, grammar=reader.grammar)
                        or claimant)
            if explicit and num_source is source and claimant != source.key:
                office_key = claimant  # "the region's governor" of a Russian region: "he said" is Russia's too
        claimant = own_dead_teller(reader, num_source, side, category) or claimant  # "Kyiv said 46,000 of its soldiers"
        qualifier = "exact" if num.delta else qualifier_of(reader, abs_start, abs_end, num)
        joined_after = out[-1].extra.get("np_end") if out and out[-1].qualifier == "approx" else None
        if qualifier == "exact" and isinstance(joined_after, int) and not num.delta and (
                r.counts_joined.match(text, joined_after, abs_start)):
            qualifier = "approx"  # "about 70,000 dead and 120,000 wounded": "about" speaks of both
        if rule == "bulletin_delta":
            qualifier = "exact"
        if served is not None:  # "1,450 alumni are serving ... Another 12 alumni are missing" (their source and side
            # read as the people they are at home; their span as soldiers')
            category, side = "personnel", (served[0] if side_basis in ("claimant", "unknown", "default_victims")
                                           and served[0] else side)
        measure, period_days, measure_cue = measure_of(reader, sent, num, abs_start, abs_end, category, prev,
                                                       claimant)
        if (rule == "previous_figure" and reader.mentions and restated_figure(reader).measure == "period"
                and ((measure_cue in ("total", "default")
                      and (r.toll_noun.search(text, sent.start, abs_start)
                           or r.figure_for_span.search(text, sent.start, abs_start)))
                     or r.record_pointer.search(text, sent.start, abs_start))):
            # "authorities had put the death toll at 14": an earlier count of the same strike's toll; "the previous
            # record of 2,030": a figure of the same span (a month named with it is when it was set, not a span)
            measure, period_days, measure_cue = "period", restated_figure(reader).period_days, "restated"
        if measure_cue in ("total", "default") and measure == "cumulative" and reader.profile.is_victims(category):
            # "UPDATE 03:15 - The number of injured has risen to 6", after "3 people were injured" in the update
            # before: the same attack's toll grown, not the war's running total
            measure, period_days, measure_cue = toll_risen(reader, sent, num, abs_start, side, outcome) or (
                measure, period_days, measure_cue)
        if rule == "bulletin_item" and measure not in ("projection",) and not (
                measure_cue == "list_heading_span" and reader.list_context.get("span_of_list")):
            # (a table under "Russian losses over the week:" holds that span's figures; under "destroyed 1,080
            # soldiers during the day, and the equipment:" the span was the heading's own figure's)
            measure, period_days = "cumulative", None
        hedged = is_hedged(reader, sent, abs_start) or _hedged_after_clause(reader, sent, abs_start)
        m = Mention(
            sentence=sent, number=num, category=category, outcome=outcome, side=side, qualifier=qualifier,
            measure=measure, period_days=period_days, period_start=None, as_of=None, as_of_basis="none",
            hedged=hedged, claimant=claimant, claimant_text=num_source.text if num_source else None,
            claimant_explicit=(explicit or own_bracket is not None) and num_source is not None,
            rule=rule, value=num.value,
            value_high=num.value_high, measure_cue=measure_cue,
        )
        if rule == "bulletin_delta":
            last = out[-1]
            m.side, m.claimant, m.claimant_text = last.side, last.claimant, last.claimant_text
            m.outcome = last.outcome
        m.extra["np_end"] = np_end
        if whole_words is not None:
            m.extra["whole_words"] = whole_words
        if explicit and num_source is None:
            m.extra["own_voice"] = True  # its sentence's sources speak for other figures: the article's own
        if breakdown:
            m.extra["breakdown"] = True
        if num_source is not None and reader.norm[max(0, num_source.start - 2):num_source.start].strip() == "(":
            m.extra["bracket_source"] = True  # "(General Staff, 20 April)": a nation in view for a bare ministry after
        if year_line:
            m.extra["year_line"] = year_line
        out.append(m)
        part = part_with_own_span(reader, m)  # "9,310 tanks, 20 of them in the past day, and 261 warplanes"
        if rule != "bulletin_delta" and not part:
            prev = m  # "4,253 tanks (+9), 8,279 armored vehicles": the list goes on from the total, not its "+9"
        if m.measure == "period" and m.period_days == 1 and rule != "bulletin_delta" and not part:
            reader.last_daily = m
    increments_before_totals(reader, sent, out)
    if explicit and source is not None and office_key is not None:
        source = dataclasses.replace(source, key=office_key)
    remember_sources(reader, sent, source if explicit else None)
    if explicit and not out and source is not None:
        open_report_of_counts(reader, sent, source)  # "repelled 23 assaults, the ministry reports": figures follow
    return out


def _outcome_of_clause_after(reader: Reader, sent: Sentence, abs_start: int) -> bool:
    """'Kyiv puts the figure above 14,000, whereas Moscow has acknowledged 620 dead': the only outcome word is the
    clause of contrast's, after the figure's own clause."""
    contrast = reader.search_in(sent, reader.grammar.rules(ExtractRules).contrast_clause, abs_start, sent.end)
    return contrast is not None and reader.profile.outcome_people_re.search(reader.norm, abs_start,
                                                                            contrast.start()) is None


def _own_unit_losses(reader: Reader, sent: Sentence, abs_start: int, source: Source | None) -> str | None:
    """'"In November, the brigade's losses were 17 killed," the post said' of a brigade's post: a unit's losses told
    in the report of the unit itself (its noun is in the source's words) are its own side's; so are its members counted
    ("17 soldiers of the 72nd brigade were killed ..., the brigade said")."""
    if source is None or (own := reader.profile.own_side(source.key)) is None:
        return None
    found = (reader.search_in(sent, reader.grammar.rules(ExtractRules).unit_own_losses, sent.start, abs_start)
             or reader.grammar.rules(ExtractRules).unit_own_members.match(reader.norm, abs_start, sent.end))
    return own if found is not None and found.group("unit").lower() in source.text.lower() else None


def _hedged_after_clause(reader: Reader, sent: Sentence, abs_start: int) -> bool:
    """'Russia has lost 270 aircraft, a figure that could not be verified': a clause said of the figure,
    right after the figure's own, hedges it."""
    r = reader.grammar.rules(ExtractRules)
    hi = reader.clause_bounds(sent, abs_start)[1]
    apposition = r.figure_apposition.match(reader.norm, hi, sent.end)
    return apposition is not None and reader.scan.search("hedge", apposition.start(), sent.end, sliced=True) is not None


def extract_claims(
    text: str,
    *,
    published: dt.date | str | None = None,
    doc_id: str | None = None,
    profile: Profile | str | None = None,
    language: str | None = None,
    url: str | None = None,
) -> list[Claim]:
    """Every loss claim in ``text``, one per fact, in text order.

    ``published`` is the document's publication date (a ``date`` or ISO string); without it the
    date is read from ``url`` (the document's address: "/2024/06/25/", a Unix time id; as_of_basis
    ``url``), else inferred from the text (a month-only URL, "/2024/09/", bounds that inference).
    ``profile`` is a loaded ``Profile``, a shipped profile name or a TOML path (default:
    ``russia-ukraine``). ``language`` (ISO 639-1) picks the grammar: a language with a grammar of
    phrases ("uk", "ru") is read by the Cyrillic-script stages (``slavic``), one with a grammar of named
    patterns by the stages here with its grammar and the profile's words in it (``Profile.in_language``),
    anything else as English; None decides from the text's letters. A text mostly in Latin letters is not
    read as Ukrainian or Russian whatever ``language`` says (the General Staff's English bulletins with
    "осіб", "од").
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    read = blank_terminal_controls(text)  # "ESC ] 0 ; title BEL" is no "0"; offsets stay the original's
    read = table_rows_as_lines(read)  # "| Танки | 12 |" as the list line "  Танки — 12  " (offsets kept)
    claims = _extract_read(read, published, profile, doc_id, language, url)
    # the quote is the source's own text (shown inert by sanitize.visible wherever it is printed)
    return claims if read is text else [_quoted_from(text, read, c) for c in claims]


def _quoted_from(text: str, read: str, claim: Claim) -> Claim:
    """``claim`` quoting ``text``, the original of the ``read`` text it was read from (same offsets)."""
    if read[claim.start:claim.end] != claim.quote:
        return claim
    return dataclasses.replace(claim, quote=text[claim.start:claim.end])


def _extract_read(
    text: str,
    published: dt.date | str | None,
    profile: Profile | str | None,
    doc_id: str | None,
    language: str | None,
    url: str | None,
) -> list[Claim]:
    """``extract_claims`` on ``text`` with its control sequences blanked."""
    if isinstance(published, str) and published.strip() and datelib.parse_iso_or_none(published) is None:
        from ..errors import ArgumentError

        raise ArgumentError(f"published={published!r} is not a date (expected YYYY-MM-DD)")
    prof = profile if isinstance(profile, Profile) else load_profile(profile)
    pub = datelib.parse_iso_or_none(published) if isinstance(published, str) else published
    basis, bounds = "published", None
    if pub is None and url:
        from_url = datelib.date_from_url(url, war_start=prof.war_start)
        if from_url is not None and from_url.exact:
            pub, basis = from_url.low, "url"
        else:
            bounds = from_url
    try:
        # (a language named: only whether the text is Cyrillic is asked, not which of the languages it is)
        cyrillic = (language if slavic.in_cyrillic(text) else None) if language in slavic.CYRILLIC_LANGUAGES \
            else slavic.guess_cyrillic_language(text) if language != "en" else None
        if cyrillic is not None and not _bilingual_list(text):
            lang = language if language in slavic.CYRILLIC_LANGUAGES else cyrillic
            # a profile without words in that language (another war's) reads the text as English
            if slavic.has_profile_words(prof.name, lang):
                return slavic.extract_cyrillic(text, lang=lang, published=pub, doc_id=doc_id, profile=prof,
                                               rule_name=lambda name: _rule(name, prof), published_basis=basis,
                                               url_bounds=bounds)
        grammar = stage_grammar(language)
        words = prof.in_language(grammar.code)
        if words is None:  # no words of the war in that language: the text is read as English
            grammar, words = stage_grammar(None), prof
        return _extract(text, pub, words, doc_id, grammar=grammar, basis=basis, url_bounds=bounds)
    except (OverflowError, ValueError) as exc:
        # date arithmetic past year 1 or 9999 ("published" 0001-01-01, "in 8000 years of war")
        when = f" (published {pub.isoformat()})" if pub is not None else ""
        raise LossledgerError(f"a date out of the calendar's range{when}: {exc}") from exc


def _bilingual_list(text: str) -> bool:
    """Is this the General Staff's bilingual bulletin, list lines labelled in both scripts ("танків / tanks ‒
    3900 (+10) од")? Its English labels are what the English grammar reads. Checked once a document, on its
    start, so the pattern is compiled here rather than kept with the scanning patterns."""
    # (each line matched holds its own "/": a text of fewer than three in the part read has no such list, and most
    # Cyrillic texts have none, where the pattern, anchored at line starts, is tried at every character)
    if text.count("/", 0, _BILINGUAL_READ) < _BILINGUAL_LINES:
        return False
    label = re.compile(r"^\W*[^\W\d_a-zA-Z][^/\n]{0,60}/\s*[A-Za-z][^\n]{0,60}[‒–—-]\s*\D{0,20}\d", re.MULTILINE)
    return len(label.findall(text, 0, _BILINGUAL_READ)) >= _BILINGUAL_LINES


_BILINGUAL_READ = 20_000  # (the characters of a text's start read for a bilingual list)
_BILINGUAL_LINES = 3  # (the lines labelled in both scripts that make one)


def _extract(text: str, pub: dt.date | None, prof: Profile, doc_id: str | None, *, grammar: PatternGrammar,
             basis: str = "published", url_bounds: datelib.UrlDate | None = None) -> list[Claim]:
    norm = normalise(text)
    if reads_alike(text):  # (and so does ``norm``: its characters in place of the text's are ASCII)
        grammar = grammar.in_ascii()  # (the same matches, read faster: ``languages.ascii_twins``)
    notes = GateNotes()  # what the gate reads of the sentences it cuts, taken by the reading (see gate.py)
    if not may_hold_claims(prof, norm, grammar=grammar, text=text, notes=notes):
        return []  # no outcome word, list heading or bulletin label: no claim (one scan; see gate.py)
    reader = Reader(text, pub, prof, grammar=grammar, norm=norm, numbers=notes.numbers, cut=notes.lines)
    first_mention = FirstMention(prof, reader.norm, reader.sentences, grammar=grammar, numbers=reader.numbers_in,
                                 notes=notes, counts=functools.partial(count_may_be_read, reader))
    if first_mention.first is None:
        return []  # the same test, sentence by sentence
    reader.published_basis = basis
    # Sentences where no first mention can be read add only the sources they name (what _read_sentence
    # would add; one that the gate lets through is read whole, and finds none); they are read so when a sentence
    # that may hold one comes, and not at all when none does.
    waiting: list[tuple[Sentence, bool]] = []  # (sentence, whether the gate let it through)
    last_read: int | None = None  # (found once a mention is read: ``last_sentence_to_read``)
    for i, sent in enumerate(reader.sentences):
        if not reader.mentions and not first_mention.possible(i):
            waiting.append((sent, first_mention.opens(i)))
            continue
        if reader.mentions:
            if last_read is None:
                last_read = last_sentence_to_read(reader)
            if i > last_read and not reader.unsourced_report:
                break  # what is left names sources for no figure (and credits none told before)
        for earlier, opens in waiting:
            after_sentence(reader, earlier, _read_sentence(reader, earlier) if opens else remember_sources_only(
                reader, earlier))
        waiting.clear()
        after_sentence(reader, sent, _read_sentence(reader, sent))
    drop_withdrawn_figures(reader)  # "A report on 11 June said 17 ... The figure was 14": the paper's own error
    if not reader.mentions:
        return []
    if reader.published is None:
        date_undated_text(reader, url_bounds)
    # an inferred date is the day of the latest event the text reports; the article may be a day later,
    # so "on Monday" is read from the day after
    reader.latest = reader.published
    if reader.latest is not None and reader.published_basis == "inferred" and not reader.dated_by_dateline:
        reader.latest += dt.timedelta(days=1)
    reader.dates = datelib.find_dates(reader.norm, published=reader.latest, war_start=prof.war_start,
                                      grammar=reader.grammar)
    # list contexts depend on dates: recompute them in a second, cheap pass
    reader.list_context = {}
    by_sentence: dict[int, list[Mention]] = {}
    for m in reader.mentions:
        by_sentence.setdefault(id(m.sentence), []).append(m)
    for sent in reader.sentences:
        found = by_sentence.get(id(sent), [])
        for m in found:
            resolve_dates(reader, m, prof.war_start)
        update_list_context(reader, sent, found)
    fill_document_context(reader)
    running_totals_from_series(reader)
    day_of_event_retold(reader)
    dates_of_day_headings(reader)  # "Tuesday 12 May 2026" on a line of its own: the day of the entries under it
    claims = []
    for m in one_mention_per_fact(reader):
        s = m.sentence
        claims.append(Claim(
            doc=doc_id, side=m.side or "", category=m.category, outcome=m.outcome, value=m.value,
            value_high=m.value_high, qualifier=m.qualifier, measure=m.measure, period_days=m.period_days,
            period_start=m.period_start, as_of=m.as_of, claimant=m.claimant, claimant_text=m.claimant_text,
            hedged=m.hedged, quote=text[s.start:s.end], start=s.start, end=s.end,
            rule=_rule(m.rule, prof), as_of_basis=m.as_of_basis,
        ))
    claims.sort(key=lambda c: (c.start, c.end))
    return claims
