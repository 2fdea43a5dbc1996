"""What one number says about a loss: what was lost, the outcome, whose loss, how exact, how hedged.

A number counts a category when the noun after it names one ("2,765 Russian tanks"), when a
bulletin label stands before it ("tanks - 2,819"), or when the sentence (or the one before) is
about one; the frame around it says what happened (destroyed, killed), to whom, and how surely. What happened (the
outcome) is read in ``outcome``.
"""

from __future__ import annotations

import bisect
import re

from ..languages.reverse import end_test
from ..profiles import Profile
from .attribution import is_force, trailing_line_source
from .body import Sentence
from .document import Mention, Reader
from .loss_frame_rules import LossFrameRules
from .numbers import Number
from .part_subject import part_named_before
from .reported_bare import opens_on_its_report, victims_of_reported_count

__all__ = ["LossFrameRules", "contrast_opened", "counts_of_one", "is_breakdown", "people_or_personnel",
           "restated_figure", "sentence_before", "side_from_claimant", "what_was_lost", "without_sources"]


_LOSS_NOUN_CATEGORIES = frozenset({"people"})
_ONLY_SPACE = re.compile(r"\s*")
_CLOSE_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}")  # at most two words between: "two of them German-made tanks"


def what_was_lost(reader: Reader, sent: Sentence, num: Number, abs_start: int, abs_end: int,
                  found: list[Mention]) -> tuple[str, tuple[int, int] | None, int, str, str] | None:
    """(category, noun span, end of the noun phrase, rule, noun) for a number, or None if it counts
    nothing we know."""
    if found or reader.mentions:
        return _what_was_lost(reader, sent, num, abs_start, abs_end, found)
    # with no mention read the answer depends on the text alone: the gate asks it (gate.count_may_be_read), then the
    # reading of the same sentence asks it again
    key = (sent.start, abs_start, num)
    if key in reader.lost_alone:
        return reader.lost_alone[key]
    answer = reader.lost_alone[key] = _what_was_lost(reader, sent, num, abs_start, abs_end, found)
    return answer


def _noun_read(found: tuple[str, int, int], rule: str, text: str) -> tuple[str, tuple[int, int], int, str, str]:
    """What a figure counts, read by ``rule`` from the noun ``find_category_after`` found: (category, the noun's span,
    where the reading ends, the rule, the noun)."""
    category, start, end = found
    return category, (start, end), end, rule, text[start:end]


def _counts_other_kind_than_label(reader: Reader, sent: Sentence, num: Number, abs_end: int, label: str) -> bool:
    """Whether the number's own noun, right after it, counts people where the label before names equipment or the
    other way round ("Drone strike: Two people were injured", "Tank battle: 14 soldiers killed"): no bulletin line."""
    noun = reader.find_category_after(sent, num, abs_end)
    if noun is None or reader.norm[abs_end:noun[1]].strip():
        return False
    return reader.profile.is_people(noun[0]) != reader.profile.is_people(label)


def _what_was_lost(reader: Reader, sent: Sentence, num: Number, abs_start: int, abs_end: int,
                   found: list[Mention]) -> tuple[str, tuple[int, int] | None, int, str, str] | None:
    r = reader.grammar.rules(LossFrameRules)
    text = reader.norm
    if num.delta:
        if not found:
            return None
        return found[-1].category, None, abs_end, "bulletin_delta", ""
    lo = reader.clause_bounds(sent, abs_start)[0]
    both_before = (reader.search_in(sent, r.both_sides, lo, abs_start)
                   and not r.both_sides_closed_before.search(text, lo, abs_start))
    if (both_before or r.both_sides.match(text, abs_end + 1, abs_end + 60)
            or r.both_sides_after.match(text, abs_end, abs_end + 60)):
        return None  # "combined Russian and Ukrainian casualties may reach 1.8 million": no one side's loss
    label = reader.find_label_before(sent, abs_start)
    if label is not None and _counts_other_kind_than_label(reader, sent, num, abs_end, label[0]):
        label = None  # "Drone strike: Two people were injured": a story's topic before a count of its own noun
    if label is not None:
        # the General Staff's layout: "personnel - about 80,860 (+650) persons were liquidated"
        return label[0], None, abs_end, "bulletin_item", text[label[1]:label[2]]
    losses_of = r.losses_of.match(text, abs_end)
    if losses_of is not None:
        # "23 verified losses of Russian helicopters": what the losses are of
        lost = reader.find_category_after(sent, num, losses_of.end())
        if lost is not None and lost[0] not in _LOSS_NOUN_CATEGORIES:
            return _noun_read(lost, "losses_of", text)
    colon = r.figure_first_colon.match(text, abs_end)
    if colon is not None and r.figure_first_line_opening.fullmatch(text, sent.start, abs_start):
        # "- 12,654: civilians killed since February 2022": what the figure that opens the line counts
        lost = reader.find_category_after(sent, num, colon.end())
        if lost is not None:
            return _noun_read(lost, "figure_first", text)
    number_of = r.number_of_after.match(text, abs_end)
    if number_of is not None:
        # "bringing to 29 the number of Russian vessels destroyed": what the level counts
        lost = reader.find_category_after(sent, num, number_of.end())
        if lost is not None:
            return _noun_read(lost, "number_of", text)
    if (named_part := part_named_before(reader, sent, abs_start, abs_end)) is not None:
        return named_part  # "Children were 12 of the month's dead": the subject names the part
    np = reader.find_category_after(sent, num, abs_end)
    if np is not None:
        category, start, end = np
        noun = text[start:end]
        if noun.lower() in r.kindless_loss_nouns:
            named = _category_in_context(reader, sent, abs_start)
            said_before = next((m for m in reader.recent_mentions(sent, paragraphs=2) if m.value == num.value),
                               None)
            if named is not None and not reader.profile.is_victims(named[0]):
                # "... tank crews by October 2023, which saw 521 losses"; "passed the 250,000 troop-loss mark
                # when it hit 250,240 losses"
                category = named[0]
            elif said_before is not None:
                category = said_before.category  # "The said 2,227 losses": the figure named before
        if noun.lower() in r.loss_nouns and r.of_the_before_noun.fullmatch(text, abs_end, start):
            # "Nearly 8,000 of the deaths": the deaths counted just before, and their victims
            victims = next((m for m in reader.recent_mentions(sent, paragraphs=1)
                            if reader.profile.is_people(m.category)), None)
            if victims is not None:
                category = victims.category
            part = r.copula_before_noun.match(text, end)
            part_noun = reader.find_category_after(sent, num, part.end()) if part is not None else None
            if part_noun is not None and reader.profile.is_people(part_noun[0]) and not (
                    victims is not None and r.soldiers_or_victims.fullmatch(text[part_noun[1]:part_noun[2]])):
                # "three of the dead were children": the part the copula names (but "men" of a civilian toll are
                # part of that toll: "Eleven of the dead were men over 70")
                category = part_noun[0]
        if r.generic_noun.match(noun):
            # "1,517 systems", "854 units": the kind comes from the sentence
            earlier = found[-1].category if found else _category_in_context(reader, sent, abs_start)
            if isinstance(earlier, tuple):
                earlier = earlier[0]
            if earlier in (None, "equipment"):
                # "15 units remain damaged" after a sentence that listed ships: the kind named before
                kind_before = _category_of_sentence_before(reader, sent, specific=True)
                earlier = kind_before[0] if kind_before is not None else earlier
            if earlier and not reader.profile.is_people(earlier):
                category = earlier
        if not reader.profile.is_people(category) and r.attacker_acts_after.match(text, end):
            return None  # "two Russian missiles hit a school": the attacker, not a loss
        if category == "personnel" and r.soldiers_or_victims.fullmatch(noun):
            category = "people"  # "killed three men": soldiers, or the victims of a strike (people_or_personnel)
        if reader.profile.is_victims(category) and r.joined_the_forces_after.match(text, end, sent.end):
            category = "personnel"  # "390 employees have been killed after joining the armed forces": as soldiers
        return category, (start, end), end, "noun_phrase", noun
    # "Among them, 57 were children", "nine were German-made Leopards": the copula names what a part counts
    copula = r.copula_before_noun.match(text, abs_end)
    # ("Nine of the victims were men": the victims a toll before counted, as "of them" points at them)
    of_them = (r.of_them_after.match(text, abs_end) or r.of_the_victims_after.match(text, abs_end)
               ) if copula is None else None
    if of_them is not None:
        copula = r.copula_before_noun.match(text, of_them.end())  # "Four of them were camera operators"
        part_noun = reader.find_category_after(sent, num, of_them.end()) if copula is None else None
        if (part_noun is not None and reader.profile.is_people(part_noun[0])
                and text[part_noun[1]:part_noun[2]].lower() not in r.loss_nouns):
            # "87 were injured, 11 of them children" (but "41 of those deaths" names the whole's kind again)
            return _noun_read(part_noun, "copula_noun", text)
        if (part_noun is not None and found and not reader.profile.is_people(part_noun[0])
                and not reader.profile.is_people(found[-1].category) and part_noun[0] != found[-1].category
                and _CLOSE_AFTER.fullmatch(text, of_them.end(), part_noun[1])):
            # "lost 19 armoured vehicles, two of them tanks": a part of the equipment before, of the kind it names
            return _noun_read(part_noun, "copula_noun", text)
    if copula is not None:
        counted = reader.find_category_after(sent, num, copula.end())
        if counted is not None:
            read = _noun_read(counted, "copula_noun", text)
            if read[0] == "personnel" and r.soldiers_or_victims.fullmatch(read[4]):
                # "Of those killed, 19 were men": soldiers, or the victims of a strike, as "killed three men" is
                return ("people", *read[1:])
            return read
        part = r.part_noun_after.match(text, copula.end()) if of_them is not None else None
        whole = reader.mentions[-1] if part is not None and reader.mentions else None
        if (part is not None and whole is not None and whole.sentence is not sent
                and reader.profile.is_people(whole.category)):
            # "Four of them were camera operators": a part of the people counted before, a noun the vocabulary lacks
            return whole.category, (part.start(), part.end()), part.end(), "copula_noun", part.group(0)
    ones = r.ones_after.match(text, abs_end)
    before = found[-1] if found else (reader.mentions[-1] if reader.mentions else None)
    if (ones is not None and before is not None and before.sentence.paragraph == sent.paragraph
            and not reader.profile.is_people(before.category)):
        # "46 Russian armoured vehicles ..., and 12 Ukrainian ones": the noun of the count before, whose its words say
        return before.category, ones.span("words"), ones.end(), "shared_noun", ones.group("words")
    # "25 destroyed and 15 damaged ships": two counts share one noun
    shared_noun = r.shared_noun.match(text, abs_end)
    shared = shared_noun or r.part_of.match(text, abs_end)
    if shared:
        np2 = reader.profile.category_re.match(text, shared.end())
        # (not after two counts' outcomes: "604 captured by Ukrainian troops" names who took them)
        side_word = (reader.profile.side_adjective_re.match(text, shared.end())
                     if np2 is None and shared_noun is None else None)
        if side_word is not None and text[side_word.end():side_word.end() + 1] == " ":
            # "shot down 46 of 59 Russian drones": a side's adjective before the noun the counts share
            np2 = reader.profile.category_re.match(text, side_word.end() + 1)
            if np2:  # (the adjective says whose they are: the noun phrase is read from it)
                words = (side_word.start(), np2.end())
                return reader.profile.key_of(np2), words, np2.end(), "shared_noun", np2.group(0)
        if np2:
            return reader.profile.key_of(np2), None, np2.end(), "shared_noun", np2.group(0)
    group = r.of_the_group.match(text, abs_end)  # ("14 of those killed and 87 of those injured": each its own part)
    victims = found[-1] if found else (reader.mentions[-1] if reader.mentions else None)
    if (group is not None and victims is not None and reader.profile.is_people(victims.category)
            and victims.sentence.paragraph >= sent.paragraph - 1):
        said = reader.profile.outcome_people_re.match(text, group.end())
        if said is not None:  # "three of the wounded were in a serious condition": a part of the victims told before
            copula = r.copula_before_noun.match(text, said.end())  # ("eight of the injured are children")
            counted = reader.find_category_after(sent, num, copula.end()) if copula is not None else None
            category = counted[0] if counted is not None and reader.profile.is_people(counted[0]) else victims.category
            return category, None, said.end(), "part_of_victims", said.group(0)
    among = reader.search_in(sent, r.among_whole_were_before, max(sent.start, abs_start - 120), abs_start)
    if among is not None and found and among.start() <= sent.start + found[-1].number.start:
        # "Among the 31 tanks destroyed that day were nine British-made Challengers": a part of the whole named there
        return found[-1].category, None, abs_end, "list_topic", ""
    if not r.follower_ok.match(text, abs_end, sent.end):
        return None  # "five directions", "two apartment buildings": counts of something else (a number that ends
        # a headline's line, with no full stop, is followed by nothing)
    nearest = [n for n in reader.numbers_in(sent) if n.end <= num.start]
    own = (max(sent.start, abs_start - 25), min(sent.end, abs_end + 40))  # the part's own words: before and after
    if nearest and r.of_them_after.match(text, abs_end) and (nearest[-1].start != found[-1].number.start if found else (
            reader.profile.outcome_people_re.search(text, *own) is None
            and reader.profile.outcome_equipment_re.search(text, *own) is None)):
        return None  # "35 wounded soldiers won 16 medals, four of them gold": a part of the count nearer, no loss (but
        # "fired 116 drones, 86 of which were intercepted", "received 31 tanks and lost 20 of them": its own loss)
    if found and (put := _people_put_at(reader, sent, found[-1], abs_start)) is not None:
        return put[0], None, abs_end, "put_at", put[1]  # "..., putting Russian casualties at about 990,000"
    if found:
        # "killing 45 people, including six children, and injuring 79": the list goes on from its head
        head = next((m for m in reversed(found) if not m.extra.get("breakdown")), found[-1])
        level_of = _kind_reaching(reader, sent, found[-1], abs_start)
        if level_of is not None:
            return level_of[0], None, abs_end, "sentence_topic", level_of[1]
        return head.category, None, abs_end, "list_topic", ""
    last = reader.mentions[-1] if reader.mentions else None
    if (last is not None and last.sentence is not sent and last.sentence.paragraph >= sent.paragraph - 1
            and reader.profile.is_people(last.category)
            and reader.search_in(sent, r.number_of_dead_put_at, max(sent.start, abs_start - 90), abs_start)):
        # "Initially, officials had put the number of dead at eight": the dead of the figure before, not soldiers
        return restated_figure(reader).category, None, abs_end, "previous_figure", ""
    inherited = _category_in_context(reader, sent, abs_start)
    if inherited is not None and not reader.profile.is_people(inherited[0]):
        harmed = (reader.profile.outcome_people_re.match(text, abs_end + 1)
                  if text[abs_end:abs_end + 1] == " " else None)
        if harmed is not None and reader.profile.key_of(harmed) in ("killed", "wounded"):
            # "Ukrainian drones hit a refinery; three killed": people, whatever the sentence named before
            return _victims(reader, sent), None, harmed.end(), "outcome_noun", harmed.group(0)
        if reader.search_in(sent, r.harm_verb_before, max(sent.start, abs_start - 40), abs_start):
            # "Russian drones hit Odesa port, killing 2": a bare count after a verb of harm counts the victims
            return _victims(reader, sent), None, abs_end, "harm_verb", ""
    if inherited is not None:
        category, noun = inherited
        return category, None, abs_end, "sentence_topic", noun
    if _counted_of_them_before(reader, sent, abs_start) and (named := _category_of_sentence_before(reader, sent)):
        return named[0], None, abs_end, "previous_topic", named[1]  # "launched 1,500 of them, and ... shot down 1,320"
    # the previous sentence's topic: "It says Ukraine has lost nine."
    prev = reader.mentions[-1] if reader.mentions else None
    lead = r.among_them_lead.match(text, sent.start)  # (not the number of a line "3) Among them, ..." itself)
    if prev is not None and prev.sentence.paragraph >= sent.paragraph - 1 and lead and lead.end() <= abs_start:
        if reader.profile.is_victims(prev.category) and r.military_context.search(
                r.attacking_force.sub(" ", reader.norm[sent.start:sent.end])):
            # "812 employees had been killed. Of them, 301 died at the front": the part that fell as soldiers
            return "personnel", None, abs_end, "previous_topic", ""
        return prev.category, None, abs_end, "previous_topic", ""  # "Of these, 1,414 had been destroyed"
    if (prev is not None and prev.sentence is not sent and prev.sentence is not sentence_before(reader, sent)
            and (r.sentence_opens_with_number.fullmatch(text, sent.start, abs_start)
                 or opens_on_its_report(reader, sent, abs_start)) and r.passive_loss_after.match(text, abs_end)
            and (named := _category_of_sentence_before(reader, sent, specific=True)) is not None
            and named[0] in reader.profile.launched_categories and _harm_fits(reader, named[0], abs_end)):
        # "... lost 1,020 soldiers. | Ukraine launched 70 drones overnight. The ministry said 52 were destroyed": what
        # the sentence right before launched, not the figure told before it
        return named[0], None, abs_end, "previous_topic", named[1]
    if prev is not None and prev.sentence.paragraph >= sent.paragraph - 1 and (
            reader.search_in(sent, r.loss_verb_before, max(sent.start, abs_start - 30), abs_start)
            or ((r.sentence_opens_with_number.fullmatch(text, sent.start, abs_start)
                 or opens_on_its_report(reader, sent, abs_start))  # ("The UN said 120 were wounded")
                and r.passive_loss_after.match(text, abs_end) and _harm_fits(reader, prev.category, abs_end))):
        return prev.category, None, abs_end, "previous_topic", ""
    if ((prev is None or prev.sentence.paragraph < sent.paragraph - 1)
            and (r.sentence_opens_with_number.fullmatch(text, sent.start, abs_start)
                 or opens_on_its_report(reader, sent, abs_start))
            and r.passive_loss_after.match(text, abs_end)
            and (named := _category_of_sentence_before(reader, sent, specific=True)) is not None
            and _harm_fits(reader, named[0], abs_end)):
        # "Russia launched 80 drones overnight. The air force said 60 were shot down": what the sentence before named,
        # no loss of it told yet
        return named[0], None, abs_end, "previous_topic", named[1]
    if ((prev is None or prev.sentence.paragraph < sent.paragraph - 1)
            and (r.sentence_opens_with_number.fullmatch(text, sent.start, abs_start)
                 or opens_on_its_report(reader, sent, abs_start))
            and not _harm_fits(reader, "", abs_end) and (attack := sentence_before(reader, sent)) is not None
            and attack.paragraph >= sent.paragraph - 1
            and reader.scan.search("event", attack.start, attack.end, sliced=True)):
        # "A Russian missile hit a school on Monday. 12 more were wounded": the victims of the attack told before
        return _victims(reader, attack), None, abs_end, "harm_verb", ""
    # "Kyiv puts that number at 36,000", "the real total is more than 30,000": the figure of a sentence before
    if ((r.figure_pointer.search(text, sent.start, abs_start) or r.record_pointer.search(text, sent.start, abs_start)
         or r.figure_changed_before.search(text, sent.start, abs_start)  # ("he has since raised it to 11")
         or (r.it_was_opening.fullmatch(text, sent.start, abs_start) and prev is not None
             and prev.sentence is sentence_before(reader, sent)))  # ("said 20 were captured. It was 12.")
            and prev is not None and prev.sentence.paragraph >= sent.paragraph - 3):
        return restated_figure(reader).category, None, abs_end, "previous_figure", ""
    if r.of_them_after.match(text, abs_end):
        # "Russia launched 45 drones overnight. Air defences shot down 32 of them."
        named = _category_of_sentence_before(reader, sent)
        if (prev is not None and reader.profile.is_people(prev.category) and prev.sentence.end <= sent.start and (
                (named is not None and reader.profile.is_people(named[0]) and prev.sentence.paragraph == sent.paragraph)
                or (named is None and prev.sentence is sentence_before(reader, sent)))):
            # "131 aid workers and volunteers have been killed. Eighteen of them ...": "them" are the people counted
            # before, whatever noun the list of them ends on (in the line right before, too: as read there)
            return prev.category, None, abs_end, "previous_topic", named[1] if named else ""
        if named is not None:
            return named[0], None, abs_end, "previous_topic", named[1]
    outcome_word = (reader.profile.outcome_people_re.match(text, abs_end + 1)
                    if text[abs_end:abs_end + 1] == " " else None)
    if outcome_word is None and (reported := victims_of_reported_count(reader, sent, abs_start, abs_end)):
        return reported, None, abs_end, "sentence_topic", ""  # "Kyiv said 46,000 had been killed in combat"
    if outcome_word is not None:
        return _victims(reader, sent, abs_start), None, outcome_word.end(), "outcome_noun", outcome_word.group(0)
    harm = reader.search_in(sent, r.harm_verb_before, max(sent.start, abs_start - 40), abs_start)
    if harm is not None and reader.scan.search("event", sent.start, sent.end, sliced=True):
        # "A bomb hit a village, killing two and wounding 14": the victims of one attack
        return _victims(reader, sent), None, abs_end, "harm_verb", ""
    reach = 2 if r.of_them_after.match(text, abs_end) else 1  # ("Two of them died", a paragraph on: "them" points back)
    if (prev is not None and prev.sentence.paragraph >= sent.paragraph - reach
            and r.sentence_opens_with_number.fullmatch(text, sent.start, abs_start)
            and _outcome_after(reader, prev.category, abs_end, sent.end)):
        # "Four, for example, are being repaired after sustaining damage": the topic before, its own outcome
        return prev.category, None, abs_end, "previous_topic", ""
    if r.of_them_after.match(text, abs_end) and (named_group := _people_named_before(reader, sent)) is not None:
        # "... it had 112 men. Its commander kept a notebook. | By Christmas, 31 of them had been killed": the people
        # the paragraph before named, no loss of them told yet
        return named_group[0], None, abs_end, "previous_topic", named_group[1]
    return None


def _harm_fits(reader: Reader, category: str, abs_end: int) -> bool:
    """Whether the passive verb of loss after the number ending at ``abs_end`` (``passive_loss_after``) may tell of
    the ``category`` named before: a harm only people suffer ("12 more were wounded") fits no equipment ("A Russian
    missile hit a school.")."""
    passive = reader.grammar.rules(LossFrameRules).passive_loss_after.match(reader.norm, abs_end)
    return passive is None or passive["harmed"] is None or reader.profile.is_people(category)


def _counted_of_them_before(reader: Reader, sent: Sentence, abs_start: int) -> bool:
    """Whether a verb of loss right before the number follows a count "of them" earlier in its sentence ("It launched
    1,500 of them, and our air defence shot down 1,320"): the number counts what "them" pointed back at too."""
    r = reader.grammar.rules(LossFrameRules)
    return (reader.search_in(sent, r.loss_verb_before, max(sent.start, abs_start - 30), abs_start) is not None
            and r.of_them_after.search(reader.norm, sent.start, abs_start) is not None)


def _outcome_after(reader: Reader, category: str, lo: int, hi: int) -> bool:
    """Whether a word of what happened to ``category`` stands in ``norm[lo:hi]`` before any other number."""
    r = reader.grammar.rules(LossFrameRules)
    later = reader.search_number(r.next_number, lo, hi)
    if later is not None:
        hi = later.start()
    vocabulary = "outcome_people" if reader.profile.is_people(category) else "outcome_equipment"
    return next(reader.scan.finditer(vocabulary, lo, hi), None) is not None


def restated_figure(reader: Reader) -> Mention:
    """The figure a later "that number" or "the real total" restates: the first of the last sentence with
    figures ("24,500 deaths, not including the 15,000 missing": the 24,500). Call only with mentions read."""
    last = reader.mentions[-1]
    return next(m for m in reader.mentions if m.sentence is last.sentence)


def _victims(reader: Reader, sent: Sentence, at: int | None = None) -> str:
    """Whom a count with no noun of its own counts: soldiers in a military sentence, civilians where the
    sentence names them, else people (read from a clause of contrast the count at ``at`` opens: "Most died at the
    front, while 44 were killed in strikes on cities")."""
    r = reader.grammar.rules(LossFrameRules)
    lo = sent.start if at is None else contrast_opened(reader, sent, at)
    s_text = _without_line_source(reader, sent, reader.norm[lo:sent.end], lo)
    military = r.military_context.search(s_text)
    category = "civilians" if r.civilian_context.search(s_text) and not military else "personnel"
    if category == "personnel" and not military and (_about_civilians_before(reader, sent) or _about_civilians(reader)):
        return "civilians"  # "October: 156 killed, 521 injured" under a line about civilians, or in a civilian count
    if category == "personnel" and not military and (reader.scan.search("event", sent.start, sent.end, sliced=True)
                                                      or r.attack_words.search(s_text)
                                                      or _line_of_list_on_attack(reader, sent)):
        # "At least five killed in Kharkiv strike", "Russia strikes Kharkiv: 2 killed": the victims of an attack
        category = "people"
    return category


_LIST_LINES_MAX = 12  # lines a list may run above a line before its lead is given up


def _line_of_list_on_attack(reader: Reader, sent: Sentence) -> bool:
    """Whether ``sent`` is a labelled line ("Bilozerka: 2 killed, 3 wounded;") of a list whose lead tells of an attack
    and names no soldier ("Russian forces shelled 31 villages overnight ... By settlement:"): its bare counts are the
    attack's victims, place by place."""
    r = reader.grammar.rules(LossFrameRules)
    if ":" not in reader.norm[sent.start:sent.end]:
        return False
    line = sent
    for _ in range(_LIST_LINES_MAX):
        before = sentence_before(reader, line)
        if before is None or before.paragraph < line.paragraph - 1:
            return False
        if reader.norm[before.start:before.end].rstrip().endswith(":"):
            lead = sentence_before(reader, before)
            leads = [before] + ([lead] if lead is not None and lead.paragraph >= before.paragraph - 1 else [])
            texts = [r.attacking_force.sub(" ", reader.norm[s.start:s.end]) for s in leads]
            told = [reader.norm[s.start:s.end] for s in leads]
            return (any(r.attacking_force.search(t) or r.attack_words.search(t) for t in told)
                    and not any(r.military_context.search(t) for t in texts))
        line = before
    return False


def _people_put_at(reader: Reader, sent: Sentence, before: Mention, pos: int) -> tuple[str, str] | None:
    """"destroyed 9,500 tanks ..., putting Russian casualties at about 990,000": the people a verb of putting a level
    names between the figure ``before`` and ``pos`` (right before it), and their noun; not the list's kind."""
    r = reader.grammar.rules(LossFrameRules)
    lo = sent.start + before.number.end
    put = reader.search_in(sent, r.put_level_at, max(lo, pos - 90), pos)
    if put is None:
        return None
    named = list(reader.scan.finditer("category", put.start(), pos))
    if not named or not reader.profile.is_people(cat := reader.profile.key_of(named[-1])):
        return None
    return cat, named[-1].group(0)


def is_breakdown(reader: Reader, sent: Sentence, abs_start: int) -> bool:
    """'..., including six children': the number is a part of the figure before it."""
    r = reader.grammar.rules(LossFrameRules)
    return bool(reader.search_in(sent, r.breakdown_before, max(sent.start, abs_start - 40), abs_start))


def _category_in_context(reader: Reader, sent: Sentence, pos: int) -> tuple[str, str] | None:
    """The nearest category named earlier in the sentence, and the noun that named it.

    A bare loss noun defers to the thing that was lost ("artillery losses" -> artillery), and
    "the losses" with nothing before it points back at the previous sentence's topic."""
    r = reader.grammar.rules(LossFrameRules)
    matches = [m for m in reader.scan.finditer("category", sent.start, pos)
               if not r.modifier_use.match(reader.norm, m.end())  # "a missile strike" names no missile lost
               and not r.shooter_subject.match(reader.norm, m.start())]  # "air defence shot down 31": who shot
    if not matches:
        return None
    last = matches[-1]
    noun = last.group(0)
    if noun.lower() in r.loss_nouns:
        if len(matches) > 1 and _ONLY_SPACE.fullmatch(reader.norm[matches[-2].end():last.start()]):
            return reader.profile.key_of(matches[-2]), matches[-2].group(0)
        just_before = reader.norm[max(sent.start, last.start() - 8):last.start()]
        if r.pointing_back.search(just_before):
            prev = reader.mentions[-1] if reader.mentions else None
            # (a noun of people's deaths points back at people only: "shot down 63 drones. ... the death toll had risen
            # to five" counts the dead, not drones)
            if prev is not None and prev.sentence.paragraph >= sent.paragraph - 1 and (
                    reader.profile.is_people(prev.category) or noun.lower() in r.kindless_loss_nouns):
                return prev.category, noun
    return reader.profile.key_of(last), noun


def _kind_reaching(reader: Reader, sent: Sentence, before: Mention, pos: int) -> tuple[str, str] | None:
    """"11,172 tanks, while the number of artillery systems reached 32,590": the kind of equipment named between the
    figure ``before`` and a verb of reaching a level right before ``pos``, and its noun; else None."""
    r = reader.grammar.rules(LossFrameRules)
    lo = sent.start + before.number.end
    if not end_test(r.level_verb_before).found(reader.norm, max(lo, pos - 100), pos):  # (asked backwards: X$)
        return None
    if next(reader.scan.finditer("category", lo, pos), None) is None:
        return None
    named = _category_in_context(reader, sent, pos)  # ("its artillery losses reached": the kind the losses are of)
    return named if named is not None and not reader.profile.is_people(named[0]) else None


def _category_of_sentence_before(reader: Reader, sent: Sentence,
                                 specific: bool = False) -> tuple[str, str] | None:
    """The last category the sentence before (in the same paragraph) named, and its noun; ``specific``: the
    last kind of equipment ("ships", not "units")."""
    r = reader.grammar.rules(LossFrameRules)
    before = [s for s in reader.sentences if s.end <= sent.start and s.paragraph == sent.paragraph]
    if not before:
        return None
    matches = [m for m in reader.scan.finditer("category", before[-1].start, before[-1].end)
               if not r.modifier_use.match(reader.norm, m.end())]
    if specific:
        matches = [m for m in matches if reader.profile.key_of(m) != "equipment"
                   and not reader.profile.is_people(reader.profile.key_of(m))]
    return (reader.profile.key_of(matches[-1]), matches[-1].group(0)) if matches else None


def _people_named_before(reader: Reader, sent: Sentence) -> tuple[str, str] | None:
    """For the first sentence of a paragraph, the last people's category the paragraph before named, and its noun: what
    "them" points back at when no sentence of its own paragraph comes before."""
    i = bisect.bisect_right(reader.sentences, sent.start, key=_end_of) - 1  # the sentence before
    if i < 0 or reader.sentences[i].paragraph == sent.paragraph:
        return None
    while i >= 0 and reader.sentences[i].paragraph == sent.paragraph - 1:
        s = reader.sentences[i]
        people = [m for m in reader.scan.finditer("category", s.start, s.end)
                  if reader.profile.is_people(reader.profile.key_of(m))]
        if people:
            return reader.profile.key_of(people[-1]), people[-1].group(0)
        i -= 1
    return None


def sentence_before(reader: Reader, sent: Sentence) -> Sentence | None:
    """The body sentence that ends before ``sent`` starts (the sentences are in text order: a bisection)."""
    i = bisect.bisect_right(reader.sentences, sent.start, key=_end_of) - 1
    return reader.sentences[i] if i >= 0 else None


def _end_of(s: Sentence) -> int:
    return s.end


def contrast_opened(reader: Reader, sent: Sentence, at: int) -> int:
    """Where the clause of contrast that a count at ``at`` stands in opens ("Most died at the front, while 44 were
    killed in strikes on cities": what the clause before says of its people is not said of the count), else where
    its sentence starts."""
    start = sent.start
    for contrast in reader.grammar.rules(LossFrameRules).contrast_opening.finditer(reader.norm, sent.start, at):
        start = contrast.end()
    return start


def without_sources(reader: Reader, sent: Sentence) -> str:
    """The sentence with source names blanked: "Regional Military Administration" says nothing
    about victims, nor does a line's closing "- military"."""
    pieces, pos = [], sent.start
    for m in reader.scan.finditer("claimant", sent.start, sent.end, sliced=True):
        pieces += [reader.norm[pos:m.start()], m.group(0) if is_force(reader, m) else " " * len(m.group(0))]
        pos = m.end()
    pieces.append(reader.norm[pos:sent.end])
    return _without_line_source(reader, sent, "".join(pieces), sent.start)


def _without_line_source(reader: Reader, sent: Sentence, text: str, lo: int) -> str:
    """``text`` (``sent`` from ``lo`` on) with a line's closing source blanked: "Ukraine: 14 killed in strike on Odesa
    - military" says who told the toll, not whom it counts."""
    tail = trailing_line_source(reader, sent)
    if tail is None or tail.start < lo:
        return text
    at = tail.start - lo
    return text[:at] + " " * len(tail.text) + text[at + len(tail.text):]


def people_or_personnel(reader: Reader, s_text: str, noun: str, *, sent: Sentence | None = None,
                        claimant: str | None = None) -> str:
    """'People' and 'casualties' are soldiers in a sentence about the army, victims in one about a strike.

    With the sentence given: people a belligerent loses ("Russia loses 500 people a day") are its soldiers;
    casualties that a civilian counter reports (the profile's ``civilian_counters``), or that follow a sentence
    about civilians, are civilians."""
    r = reader.grammar.rules(LossFrameRules)
    civilian = bool(r.civilian_context.search(s_text))
    # "Russian forces struck the city, killing three people": the attacker is no word about the victims (asked only
    # of a sentence with no civilian word: the answer counts only there)
    if not civilian and r.military_context.search(r.attacking_force.sub(" ", s_text)):
        return "personnel"
    event = reader.profile.event_re.search(s_text)
    if sent is not None and not civilian:
        if not event and not r.attack_words.search(s_text) and any(r.belligerent_loses.match(reader.norm, m.end())
                             for m in reader.scan.finditer("side_name", sent.start, sent.end)):
            return "personnel"
        # "Russian casualties" are a side's, whatever the sentence before was about
        sided = noun and any(noun.lower() in reader.norm[m.end():m.end() + 25].lower()
                             for m in reader.scan.finditer("side_adjective", sent.start, sent.end))
        if sided and noun.lower() in r.kindless_loss_nouns:
            return "personnel"  # "Russian losses since the assault began were 26,000": a side's losses are its army's
        if noun.lower() in r.loss_nouns and not sided and claimant in reader.profile.raw.get("military_counters", ()):
            return "personnel"  # "the 134,900 deaths Mediazona has confirmed by name": the soldiers it counts
        if noun.lower() in r.loss_nouns and not sided and (
                claimant in reader.profile.raw.get("civilian_counters", ())
                or _about_civilians_before(reader, sent) or _about_civilians(reader)):
            return "civilians"
    if sent is not None and not civilian and not event and _line_of_list_on_attack(reader, sent):
        return "people"  # "Krasnopillia: 1 dead, 6 injured", under a lead that tells of strikes on villages
    if (noun.lower() in r.loss_nouns or r.soldiers_or_victims.fullmatch(noun)) and not civilian and (
            not event or (r.soldiers_or_victims.fullmatch(noun) and r.men_lost.search(s_text))):
        if (sent is not None and r.soldiers_or_victims.fullmatch(noun) and not r.men_lost.search(s_text)
                and _about_civilians_before(reader, sent)):
            return "people"  # "Drones killed 27 civilians. Of those killed, 19 were men": the victims told before
        return "personnel"
    return "people"


def _about_civilians_before(reader: Reader, sent: Sentence) -> bool:
    """Whether the sentence before (in the paragraph before at the most) speaks of civilians, not soldiers."""
    r = reader.grammar.rules(LossFrameRules)
    before = sentence_before(reader, sent)
    if before is None or before.paragraph < sent.paragraph - 1:
        return False
    text = reader.norm[before.start:before.end]
    return bool(r.civilian_context.search(text)) and not r.military_context.search(text)


def _about_civilians(reader: Reader) -> bool:
    """Does the document speak of civilians more than of the military (a monitoring report)?"""
    r = reader.grammar.rules(LossFrameRules)
    whole = len(reader.norm)
    civilian = len(reader.in_slice(r.civilian_context, 0, whole))
    # (most documents that ask name no civilian at all: then the whole text is not searched for military words)
    return civilian > 0 and civilian > len(reader.in_slice(r.military_context, 0, whole))


def side_from_claimant(profile: Profile, category: str, claimant: str | None) -> str | None:
    """Whose losses a source reports when the text does not say: each side counts the other's."""
    if profile.is_victims(category):
        return None
    return profile.usual_target(claimant)


def counts_of_one(reader: Reader, sent: Sentence, numbers: list[Number]) -> list[Number]:
    """Articles that count one lost item, as Numbers (value 1, the article as their text) for the loss frame to read:
    "... 28 ships and even a submarine" (an item of a list of losses), "lost a patrol boat", "killed two
    people and injured a woman" (after a verb of loss; a person only in a sentence that counts others),
    "a ten-year-old child was among those killed", "a Russian helicopter was shot down". People named
    without a count ("a woman and her son were killed") and items that act ("a missile hit") are not counts."""
    if numbers == reader.numbers_in(sent):  # (asked of the same sentence by the gate, the reading and the sources')
        known = reader.ones_in.get(sent.start)
        if known is None:
            known = reader.ones_in[sent.start] = _counts_of_one(reader, sent, numbers)
        return list(known)
    return _counts_of_one(reader, sent, numbers)


def _counts_of_one(reader: Reader, sent: Sentence, numbers: list[Number]) -> list[Number]:
    r = reader.grammar.rules(LossFrameRules)
    text = reader.norm
    out: list[Number] = []
    # article first, then the noun after it: the scan is bounded by the sentence's (few) articles
    for article in r.article.finditer(text, sent.start, sent.end):
        if any(n.start <= article.start() - sent.start < n.end for n in numbers):
            continue
        m = None
        for noun in reader.scan.finditer("category", article.end(), min(sent.end, article.end() + 90)):
            if not r.np_gap.match(text[article.end():noun.start()]):
                break
            m = noun  # the head is the last noun of the phrase: "a dead pilot", not "dead"
        if m is None or r.modifier_use.match(text, m.end()):
            continue  # "a missile strike" names no missile lost
        before = text[max(sent.start, article.start() - 60):article.start()]
        people = reader.profile.is_people(reader.profile.key_of(m))
        not_one = r.not_one_after.match(text, m.end())
        if (not_one is not None and (people or not not_one.group("pair"))) or (
                people and r.pair_of_people_before.search(before)):
            continue
        others = [n for n in numbers if n.end <= article.start() - sent.start or n.start >= m.end() - sent.start]
        # "Among the destroyed ones are landing ships, corvettes, a submarine and a minesweeper": a list of lost kinds
        # with no count, each item told by its plural or its article
        kinds_listed = not people and r.lost_kinds_lead.match(text, sent.start) is not None
        listed = r.one_in_a_list.search(before) is not None and (kinds_listed or any(
            n.end <= article.start() - sent.start for n in numbers))
        if listed and not kinds_listed and before.rstrip().endswith(","):
            # a bare comma continues a list only right after one of its counted items
            listed = bool(r.number_near_before.search(text, max(sent.start, article.start() - 45), article.start()))
        after_verb = r.one_after_a_verb.search(before) is not None and (not people or bool(others))
        reported = r.one_reported_after.match(text, m.end())
        among = reported is not None and reported.group("among") is not None
        # "a Russian Ka-52 helicopter was shot down"; a person only in a toll ("a civilian was killed and 5 hurt")
        lost = reported is not None and not among and (not people or bool(others))
        if listed or after_verb or among or lost:
            start = article.start() - sent.start
            written = article.group(0).rstrip()
            out.append(Number(start, start + len(written), 1.0, None, True, False, written))
    return out
