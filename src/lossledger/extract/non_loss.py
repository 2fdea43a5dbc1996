"""Numbers that count no loss of this war, whatever loss words stand near: what the words around a number name
instead ("applications", "refugees", "launched"), prisoners returned in an exchange, ages, what a side has, and the
victims of another event (an earthquake). Split from ``loss_frame``, which reads what a number does count."""

from __future__ import annotations

from ..languages.reverse import end_test
from .body import Sentence
from .document import Reader
from .loss_frame import sentence_before
from .loss_frame_rules import LossFrameRules

__all__ = ["names_non_loss", "not_this_wars_loss"]

# How far after a noun phrase its own verb of loss may stand ("were killed", "have been wounded").
_OWN_VERB_REACH = 24
# How far before a number its own verb of loss may start ("and air defences shot down more than 1,320").
_VERB_REACH = 40
# How far before a part told by "N of them" the verb of loss of its whole may start.
_PART_REACH = 120


def names_non_loss(reader: Reader, lo: int, hi: int, *, number: tuple[int, int], opening: int | None = None) -> bool:
    """Whether ``norm[lo:hi]``, war-start phrases blanked, names a non-loss ("applications", "refugees")
    of the number that starts at ``number[0]`` and whose noun phrase ends at ``number[1]`` (in a sentence that opens
    at ``opening``).

    A word after the number that stands nearer a later number is that number's ("97 wounded as Russia
    fired 84 cruise missiles": the missiles were fired); a word before it is undone by a loss word
    between them ("mobilized 300,000 reservists and lost 100,000 troops"); a word after it, by the
    number's own verb of loss right after its noun phrase."""
    r = reader.grammar.rules(LossFrameRules)
    num_start, np_end = number
    prof = reader.profile
    if reader.scan.search("war_start", lo, hi, sliced=True) is None:
        # nothing to blank: the prefiltered scan answers for the window itself
        spans = [m.span() for m in reader.scan.finditer("non_loss", lo, hi, sliced=True)]
    else:
        masked = prof.war_start_re.sub(" ", reader.norm[lo:hi])
        spans = [(lo + m.start(), lo + m.end()) for m in prof.non_loss_re.finditer(masked)]
    for start, end in spans:
        if start >= np_end:
            later = reader.search_number(r.next_number, end, hi)
            if later is not None and later.start() - end < start - np_end:
                continue
            between = reader.search_number(r.next_number, np_end, start)
            if between is not None and r.of_them_after.search(reader.norm, between.start(),
                                                              min(start, between.start() + 16)):
                continue  # "lost 112 tanks, 64 of them supplied by Western countries": the word of the part between
            if r.of_them_after.match(reader.norm, np_end) and _loss_word_between(
                    reader, max(opening if opening is not None else lo, num_start - _PART_REACH), num_start):
                continue  # "lost 112 tanks, 64 of them supplied by Western countries": a part of a loss, described
            if _item_of_listed_parts(reader, opening, np_end, start):
                continue  # "Among those 1,985 items were 36 howitzers from France and 44 guns supplied by Italy"
            if r.conjunct_opened_before.search(reader.norm, np_end, start):
                continue  # "700 children, the UN says, and displaced millions": another conjunct's verb and object
            if r.subordinate_clause_before.search(reader.norm, max(np_end, start - 40), start):
                continue  # "rose to 16 as rescuers pulled more bodies from the rubble": the clause's own deed
            if r.loss_verb_before.search(reader.norm, max(lo, num_start - 40), num_start) or (
                    start - np_end <= 1 and r.breakdown_before.search(reader.norm, max(0, num_start - 40), num_start)):
                continue  # "shot down all 18 drones launched by Russia": the number's own verb of loss; "50 tanks,
                # including 10 tanks delivered by Germany": a part of the loss before, described by a participle
                # (but "17 people (including three children) have been rescued" were all rescued)
            if _loss_word_between(reader, np_end, min(start, np_end + _OWN_VERB_REACH)):
                continue  # "12 soldiers were killed in a strike on a training ground": the number's own verb
            described = r.described_then_own_verb.match(reader.norm, np_end)
            if described is not None and start < described.end():
                continue  # "17,000 convicts recruited by the army have been killed": the word describes the noun
            copula = r.copula_before_noun.match(reader.norm, np_end)
            if copula is not None and prof.outcome_people_re.search(reader.norm, num_start, np_end):
                continue  # "19,870 of the dead were prisoners recruited from colonies": who the dead were
            copula = copula or r.copula_before_noun.search(reader.norm, num_start, np_end)  # ("26,700 were convicts")
            if copula is not None and start > copula.end() and _part_of_people_before(reader, opening):
                continue  # "Of those identified, 26,700 were convicts recruited from prisons" after a count of the
                # dead: who the part was (but "Of them, 3,000 were sent to the front": the word is the part's own verb)
        elif end <= np_end and num_start < start and (r.own_passive_after.match(reader.norm, np_end)
                                                      or r.described_then_own_verb.match(reader.norm, np_end)):
            continue  # "12 mobilized men from the region had been killed": the word describes the noun, which has its
            # own verb of loss
        elif end <= num_start and (_loss_word_between(reader, end, num_start)
                                   or r.participle_agent_closed.fullmatch(reader.norm, end, num_start)
                                   or (r.breakdown_before.search(reader.norm, max(end, num_start - 40), num_start)
                                       and _loss_word_between(reader, num_start, min(hi, np_end + _OWN_VERB_REACH)))
                                   or r.own_passive_after.match(reader.norm, np_end) or (
                r.of_them_after.match(reader.norm, np_end)
                and _loss_word_between(reader, np_end, _before_next_numbers_verb(reader, np_end,
                                                                          min(hi, np_end + 2 * _OWN_VERB_REACH))))):
            continue  # "launched 64 drones, 51 of which were shot down": the part has its own verb of loss; "sent
            # 11,000 troops, of whom 4,000 were killed": the word was the whole's; "of the 1,000 men sent to the front,
            # 200 were killed": the number's own passive verb of loss; "rockets fired by a launcher and 211 drones": the
            # participle and its agent describe the item before (but "pulled 21 people, among them four children, from
            # the debris": a part with no loss word of its own is the whole's, saved, not lost)
        return True
    return False


def _part_of_people_before(reader: Reader, opening: int | None) -> bool:
    """Does the sentence open on a part of a whole ("Of those identified, ...", "Of them, ...") right after a count of
    people?"""
    r = reader.grammar.rules(LossFrameRules)
    last = reader.mentions[-1] if reader.mentions else None
    return (opening is not None and last is not None and reader.profile.is_people(last.category)
            and r.among_them_lead.match(reader.norm, opening) is not None)


def not_this_wars_loss(reader: Reader, sent: Sentence, abs_start: int, np_span: tuple[int, int] | None,
                       topic_noun: str = "") -> bool:
    """Whether a number counts something that is no loss of this war, whatever loss words stand near: prisoners
    returned in an exchange ("90 prisoners of war who risked death are being returned"), ages ("aged 45 and 60"),
    what a side has ("the fleet
    had about 80 ships"), or the victims of a
    disaster in a sentence that says nothing of the war ("50,000 died in the earthquake"), and in the sentence that
    goes on with it ("6,500 more were killed in Syria")."""
    r = reader.grammar.rules(LossFrameRules)
    text = reader.norm
    if reader.search_in(sent, r.age_before, max(sent.start, abs_start - 30), abs_start):
        return True  # "two people aged 45 and 60": ages
    if r.age_set_off.match(text, abs_start) and r.name_before_age.search(text, max(sent.start, abs_start - 60),
                                                                         abs_start):
        return True  # "Taras Bondar, 34, of Winnipeg, killed near ...": a named person's age
    if reader.search_in(sent, r.accused_before, max(sent.start, abs_start - 20), abs_start):
        return True  # "accused two Ukrainian marines of the killing of five": the accused
    if np_span is not None and (accused := r.accused_after.match(text, np_span[1])) is not None and not (
            (accused.group("comma") and _loss_after_clause(reader, sent, accused.end()))
            or (accused.group("bare") is not None
                and reader.search_in(sent, r.accused_own_loss_after, accused.end(), sent.end))):
        return True  # "Two Russian officers are charged over a missile strike": the accused, as the charge's subject
    lo, hi = reader.clause_bounds(sent, abs_start)
    if (np_span is not None and reader.search_in(sent, r.team_before, max(sent.start, abs_start - 30), abs_start)
            and not _loss_word_between(reader, np_span[1], min(hi, np_span[1] + _OWN_VERB_REACH))):
        return True  # "a team of 35 wounded veterans won 16 medals": the team's members, not a toll
    if (np_span is None and end_test(r.money_just_before).found(text, max(sent.start, abs_start - 60), abs_start)
            and not _loss_word_between(reader, abs_start, hi)):
        return True  # "a payment of $360,000: 3 million at once": a bare number goes on counting the money
    # (the noun after the number in its clause, or the topic a label before it names, with the label's words: "Prisoners
    # of war returned in exchanges: 5,870")
    counted = text[np_span[0]:np_span[1]] if np_span is not None else topic_noun
    if counted and r.prisoners_noun.match(counted) and reader.search_in(
            sent, r.prisoners_return, lo if np_span is not None else sent.start, hi):
        return True
    if (np_span is not None and (reader.search_in(sent, r.possession_before, max(sent.start, abs_start - 40), abs_start)
                                 or end_test(r.strength_at_war_start_before).found(
                                     text, max(sent.start, abs_start - 60), abs_start))
            and text[np_span[0]:np_span[1]].lower() not in r.loss_nouns
            and not _loss_word_between(reader, abs_start, min(np_span[1] + _OWN_VERB_REACH,
                                                              _before_part_of_it(reader, np_span[1], hi)))):
        # "the fleet had about 80 ships": what a side has, not what it lost ("and has lost 21 of them": the part's)
        return True
    return _about_another_event(reader, sent)


def _loss_after_clause(reader: Reader, sent: Sentence, at: int) -> bool:
    """Whether the predicate right after the comma that closes the clause running on at ``at`` is one of loss ("Two
    soldiers, both charged with looting, were killed in a strike": the accused were killed)."""
    close = reader.norm.find(",", at, sent.end)
    return close >= 0 and _loss_word_between(reader, close, min(sent.end, close + _OWN_VERB_REACH))


def _about_another_event(reader: Reader, sent: Sentence) -> bool:
    """Whether ``sent`` tells of a disaster and nothing of the war, or goes on from a sentence that does (decided
    once a sentence, in text order)."""
    r = reader.grammar.rules(LossFrameRules)
    known = reader.other_event.get(sent.start)
    if known is not None:
        return known
    before = sentence_before(reader, sent)
    goes_on = (before is not None and before.paragraph == sent.paragraph
               and reader.other_event.get(before.start, False))
    # the rare words of a disaster first: the words of the war are asked only of a sentence that tells of one
    answer = ((goes_on or reader.search_in(sent, r.other_event, sent.start, sent.end) is not None)
              and not _about_war(reader, sent))
    reader.other_event[sent.start] = answer
    return answer


def _about_war(reader: Reader, sent: Sentence) -> bool:
    """Whether ``sent`` says anything of the war: a word of war, or a side named."""
    r = reader.grammar.rules(LossFrameRules)
    return reader.search_in(sent, r.war_words, sent.start, sent.end) is not None or any(
        reader.scan.search(vocabulary, sent.start, sent.end, sliced=True)
        for vocabulary in ("side_name", "side_adjective", "side_forces", "enemy"))


def _before_part_of_it(reader: Reader, lo: int, hi: int) -> int:
    """Where the clause of a later count of part of the whole starts in ``norm[lo:hi]`` ("had 3,300 tanks and has since
    lost 2,900 of them": the loss words from its joint on are the part's), else ``hi``."""
    r = reader.grammar.rules(LossFrameRules)
    at = lo
    while (later := reader.search_number(r.next_number, at, hi)) is not None:
        end = later.end()
        while end < len(reader.norm) and (reader.norm[end].isdigit() or reader.norm[end] in ",."
                                          and end + 1 < len(reader.norm) and reader.norm[end + 1].isdigit()):
            end += 1
        if r.of_them_after.match(reader.norm, end):
            joints = list(r.part_clause_joint.finditer(reader.norm, lo, later.start()))
            return joints[-1].start() if joints else lo
        at = end
    return hi


def _before_next_numbers_verb(reader: Reader, lo: int, hi: int) -> int:
    """Where the verb of loss of the next number in ``norm[lo:hi]`` starts, else ``hi``: that verb is the later
    number's ("launched 1,500 of them, and air defence shot down 1,320": the launched part has no verb of its own)."""
    r = reader.grammar.rules(LossFrameRules)
    later = reader.search_number(r.next_number, lo, hi + _VERB_REACH)  # (the verb may stand in the window, its number
    # past it)
    own = r.loss_verb_before.search(reader.norm, max(lo, later.start() - _VERB_REACH), later.start()) if later else None
    return min(own.start(), hi) if own is not None else hi


def _loss_word_between(reader: Reader, lo: int, hi: int) -> bool:
    """A word of loss in ``norm[lo:hi]``; "captured" is not one here: prisoners are what exchanges trade."""
    prof = reader.profile
    return any(prof.key_of(m) != "captured" for vocabulary in ("outcome_people", "outcome_equipment")
               for m in reader.scan.finditer(vocabulary, lo, hi))


def _item_of_listed_parts(reader: Reader, opening: int | None, np_end: int, start: int) -> bool:
    """'Among those 1,985 items were 14 tanks, 36 howitzers from France and 44 guns supplied by Italy': in a sentence
    that opens on the parts of a loss counted just before, a word after an item (no verb of its own between: not "Of
    them, 3,000 were sent to the front") says where the item came from, not that it was not lost."""
    r = reader.grammar.rules(LossFrameRules)
    return (opening is not None and bool(reader.mentions) and r.among_them_lead.match(reader.norm, opening) is not None
            and r.aux_verb.search(reader.norm, np_end, start) is None)
