"""Attribution: who says a figure, within a sentence and across sentences.

A sentence names its sources ("X said", "according to X", "a statement from X") or points back
at one ("The ministry added", "according to their data"); the reader remembers the last source,
organisation, person and named entity so that later sentences can be attributed. Where a document reports speech
(its cues, found once per document) and which sentences are the writer's own is read in ``speech_cues``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from .attacked_side import ministry_of_attacked
from .attribution_rules import AttributionRules, ends_held, search_by_prefixes
from .body import Sentence
from .capital_ministry import force_before_capital, ministry_named_by_capital
from .document import Reader, SentenceSources, Source
from .formation_in_view import formation_in_view
from .kind_pointer import kind_source_before
from .nation_in_view import role_of_bracket_source_before, role_of_sole_nation_before
from .partner_source import named_as_partner
from .place_pointer import without_place_pointer
from .possessed_office import office_of_owner
from .rated_claim import opens_on_rated_claim
from .role_nation import (
    cited_in_citers_nation,
    ministry_named_again,
    name_told_with_nation_before,
    nation_named_again,
    role_of_nation_named,
    role_of_place_framed,
    source_before_pronoun,
    surname_of_name,
    surnames_of_source,
)
from .sources import (
    CLASSIFIED_KEPT,
    classify_source,
    looks_named,
    office_named,
    roles_of_nation_speaking_as,
    source_tables,
    staff_key,
)
from .speech_cues import document_cues, document_phrases, writer_judges
from .speech_phrases import subject_before
from .unnamed_role import role_held_before, unnamed_role_source
from .victims_claimant import enemy_of_victims, local_office_of_victims
from .when_said import nation_opening_when_clause

__all__ = ["AttributionRules", "claimant_in", "classify_source", "enemy_of_victims",
           "generic_sources_at", "is_force", "local_office_of_victims", "remember_sources", "source_referred_to",
           "source_spans", "speaks_for", "trailing_line_source", "says_something"]


# What a generic reference the sentence alone cannot name points back at (``_generic_source``), in no language's
# words: the last person who spoke ("the minister said"), the body named before ("the think tank said"), those who
# spoke before ("the researchers said").
_PERSON = "<person>"
_BODY = "<body>"
_SPEAKERS = "<speakers>"
_SAME = "<same> "  # before a noun: the source that named one ("the same estimate")

_POSSESSIVE_REACH = 20  # how far into a generic phrase its possessive pronoun may stand ("according to its")
_OUT_OF_SCOPE = 10_000  # added to the distance of a source that speaks for other figures of its sentence


def claimant_in(reader: Reader, sent: Sentence, near: int | None = None,
                within: tuple[int, int] | None = None) -> Source | None:
    """The source a sentence names ("X said", "according to X", "a statement from X").

    Official sources outrank media that relay them ("..., the General Staff said, as cited by
    Ukrinform"); a verb of saying outranks a bare mention; ``near`` breaks ties by distance; ``within`` keeps the
    sources named between two offsets only (a clause's own)."""
    named, generic = _sources_named(reader, sent)
    if within is not None:
        named = [x for x in named if within[0] <= x[2].start < within[1]]
        generic = [x for x in generic if within[0] <= x[0] < within[1]]
    if not named and not generic:
        return None  # most sentences name no source
    named = [x for x in named if not named_as_partner(reader, x[2])]  # "data we collect with regional authorities"
    # ("the International Legion" after "Ukraine's International Legion": that nation's body, ranked as one)
    named = [(0, score, told) if other and (told := name_told_with_nation_before(reader, src)) is not None
             else (other, score, src) for other, score, src in named]
    found: list[tuple[int, int, int, Source]] = [
        (other, -score, _distance(src, near), src) for other, score, src in named]
    for start, noun in generic:
        if reader.grammar.rules(AttributionRules).phrase.PRONOUN_SUBJECT.match(noun) and writer_judges(reader, sent):
            continue  # "we put them at" outside a quote: the writer, who points back at no one
        if any(src.start < start < src.start + len(src.text) for _other, _score, src in named):
            continue  # "Finnish intelligence said": the head of a source named whole, no body named before
        ref = (role_of_nation_named(reader, named, start, person=noun == _PERSON)
               or role_of_place_framed(reader, sent, start)
               or _subject_named_before(reader, sent, named, noun) or source_before_pronoun(reader, named, start, noun)
               or ministry_of_attacked(reader, sent, start, noun)
               or _nation_in_view(reader, sent, start, noun) or nation_opening_when_clause(reader, sent, start, noun)
               or _generic_source(reader, noun) or _unowned_work(reader, sent, start, noun))
        if ref is not None:
            distance = abs(start - near) if near is not None else 0
            found.append((int(ref.key == "other"), -2 - (ref.start == start), distance, ref))  # (a role read here)
    if not found:
        return None
    if len(found) > 1:  # (most sentences name one source)
        found.sort(key=lambda f: f[:3])
    best = found[0][3]
    again = (_office_named_again(reader, best)
             or (nation_named_again(reader, best) if not force_before_capital(reader, sent, best) else None)
             or ministry_named_again(reader, best)
             or ministry_named_by_capital(reader, sent, best))  # ("the ministry in Moscow" after its defence ministry)
    if again is not None:
        return again
    # "the officials said" after "US officials said": the officials named before, not a new source
    if best.text.lower() in reader.grammar.rules(AttributionRules).officials:
        earlier = reader.last_person or reader.last_source
        if earlier is not None and earlier.key in reader.profile.official_claimants and earlier.start < best.start:
            return earlier
    return best


def _nation_in_view(reader: Reader, sent: Sentence, start: int, noun: str) -> Source | None:
    """'Russia launched an offensive. The defence ministry said ...': a defence ministry named with no nation, when no
    source before it is a nation's, is the ministry of the one belligerent the text names just before; so is one a
    possessive pronoun points at ("When it comes to Ukraine, ... Its defence minister said"), whatever source spoke
    last."""
    r = reader.grammar.rules(AttributionRules)
    role_noun = noun.lower() in r.nation_role_nouns
    if noun.lower() not in r.defence_ministry_nouns and not role_noun:
        return None
    pointed = not r.possessive_pronouns.isdisjoint(reader.norm[start:start + _POSSESSIVE_REACH].lower().split()[:3])
    if role_noun and not pointed:
        return None
    if not pointed and any(src is not None and roles_of_nation_speaking_as(reader.profile, src.key) is not None
                           for src in (reader.last_org, reader.last_source)):
        return None  # ("Ukraine said ... The defence ministry said": that nation's, read by _generic_source)
    if not pointed and (bracketed := role_of_bracket_source_before(reader, sent, start)) is not None:
        return bracketed  # "... (General Staff, 20 April). ..., according to the Ministry of Defence": that nation's
    return role_of_sole_nation_before(reader, sent, start)


def _subject_named_before(reader: Reader, sent: Sentence, named: list[tuple[int, int, Source]],
                          noun: str) -> Source | None:
    """"Zelensky spoke in February, when he said ...": a personal pronoun points at its sentence's opening source."""
    if noun.lower() not in reader.grammar.rules(AttributionRules).person_pronouns:
        return None
    opening = sent.start + len(sent.text) - len(sent.text.lstrip(" \"'“‘"))
    return next((src for _other, _score, src in named if src.start == opening), None)


def _office_named_again(reader: Reader, src: Source) -> Source | None:
    """'the governor said' after a Russian region's governor spoke: the same office named again with no nation
    speaks as it did (the bare office is Ukraine's by default)."""
    earlier = reader.last_source
    if earlier is None or earlier.key == src.key or earlier.start >= src.start:
        return None  # (tested before the pattern: most sources are no office named again)
    r = reader.grammar.rules(AttributionRules)
    office = office_named(reader.profile, r.local_office, src.text)
    if office is None:
        return None
    nations = source_tables(reader.profile).nations
    if nations is not None and nations.pattern.search(src.text):
        return None
    said_as = earlier.text
    if earlier.person and (known := reader.named_people.get(earlier.text.split()[-1].lower())) is not None:
        said_as = known.text  # "Voloshin said" after "Governor Andrei Voloshin": the office he was named in
    if office_named(reader.profile, r.local_office, said_as) != office:
        return None
    return dataclasses.replace(src, key=earlier.key)


def _distance(src: Source, near: int | None) -> int:
    """How far a source stands from a number. A subject with its verb of saying ("Russia has confirmed")
    speaks for what follows it: after the number it is another figure's source, so it comes last."""
    if near is None:
        return 0
    if (src.start > near and src.scope == "after") or (src.start < near and src.scope == "before"):
        return abs(src.start - near) + _OUT_OF_SCOPE
    return abs(src.start - near)


def speaks_for(reader: Reader, sent: Sentence, pos: int) -> bool:
    """Whether some source the sentence names speaks for the figure at ``pos``: not when every one of them
    opens a clause after it ("... 6,000 soldiers - Ukraine says ... while Russia has confirmed 500") or
    closes one before it (", the president said on Thursday, meaning ... after 32 people died")."""
    named, generic = _sources_named(reader, sent)
    if generic or not named:
        return True
    return any(_distance(src, pos) < _OUT_OF_SCOPE for _other, _score, src in named)


def says_something(reader: Reader, sent: Sentence) -> bool:
    """Whether the sentence holds a phrase of reported speech ("Danielle Bell, who heads the mission, said"), whether
    or not its source is classified."""
    return bool(document_phrases(reader, sent.end).get(sent.start))


def source_spans(reader: Reader, sent: Sentence) -> list[tuple[int, int]]:
    """Where the sentence names its sources: "Ukraine's military said" is one, "Ukraine's military
    casualties" is not (its "Ukraine's" says whose losses)."""
    named, _generic = _sources_named(reader, sent)
    return [(src.start, src.start + len(src.text)) for _other, _score, src in named]


def generic_sources_at(reader: Reader, sent: Sentence) -> list[int]:
    """Where the sentence points at a source named before ("the ministry said", "he added")."""
    return [start for start, _noun in _sources_named(reader, sent)[1]]


def _sources_named(reader: Reader, sent: Sentence) -> SentenceSources:
    """What ``claimant_in`` reads from the sentence alone, read once per sentence: the named sources
    as (is "other", score, source) and the generic references ("the ministry said") as (offset, noun)."""
    cached = reader.sources_named.get(sent.start)
    if cached is not None:
        return cached
    r = reader.grammar.rules(AttributionRules)
    prof = reader.profile
    named: list[tuple[int, int, Source]] = []
    generic: list[tuple[int, str]] = []
    # Phrases that say something, classified by what they are; an alias inside one classified by
    # its nation, kind or role gives way to it ("Ukraine's navy spokesman Dmytro Pletenchuk").
    classified: list[tuple[int, int]] = []
    aliases = _claimant_names(reader, sent)
    phrases = document_phrases(reader, sent.end).get(sent.start, [])
    for start, end, score, scope in phrases:
        if any(a <= start < b or start <= a < end for a, b in classified):
            continue
        phrase = reader.norm[start:end]
        head = phrase.split(",")[0].rstrip()  # "the think tank, citing X's data, said": the think tank
        if (members := r.phrase.MEMBERS_OF_KIND.match(head)) is not None and r.phrase.DEFINITE_KIND.match(
                head[members.end():]):
            head = head[members.end():]  # "volunteers working on the project said": the project
        if r.phrase.DEFINITE_KIND.match(head) and (reader.last_source or reader.last_entity):
            # "the mission said" after "the UN's monitoring mission said": the source named with that noun
            noun = _without_plural(r.phrase.PLURAL_ENDINGS, head.split()[-1].lower())
            here = [Source(prof.key_of(m), m.group(0), m.start()) for m in aliases if m.end() <= start]  # (a label)
            earlier = next((src for src in reversed(reader.sources_spoken) if noun in _phrase_of(reader, src)),
                           None) or kind_source_before(reader, noun, here)  # ("the outlets said": the last outlet's)
            if earlier is not None:
                classified.append((start, end))
                named.append((int(earlier.key == "other"), score, Source(earlier.key, earlier.text, start, score,
                                                                        scope=scope)))
                continue
            # "the think tank said": the body named before; "the researchers said": those who spoke before
            generic.append((start, _SPEAKERS if head.lower().endswith(r.phrase.PLURAL_ENDINGS) else _BODY))
            continue
        if (office := office_of_owner(reader, sent, start, end, score, scope)) is not None:
            classified.append((start, end))  # "Ukraine's air force lost 14 jets, its command said": the air force's
            named.append((int(office.key == "other"), score, office))
            continue
        kind = classify_source(prof, phrase, grammar=reader.grammar)
        if kind is not None and kind[1] == "role" and any(
                start <= m.start() and m.end() <= end and prof.key_of(m) != kind[0] for m in aliases):
            kind = None  # a role alone gives way to a name the profile knows ("Foreign Minister Sergei Lavrov")
        bare_role = kind[1] == "role" if kind is not None else any(start <= m.start() and m.end() <= end
                                                                    for m in aliases)
        if bare_role and r.phrase.DEFINITE_ROLE.match(without_place_pointer(reader, head)) and (
                held := role_held_before(reader, sent, start, end)) is not None:
            kind = held, "role"  # "... met the governor of the Kursk region. The governor said": that region's, not the
            # bare noun's
        if kind is not None:
            key, _basis = kind
            classified.append((start, end))
            same = next((m for m in aliases if start <= m.start() and m.end() <= end and prof.key_of(m) == key
                         and m.group(0).lower() not in r.officials), None)  # ("local officials in Sumy": all of it)
            if same is not None:  # a name the profile knows says as much: the source is written as that name
                written, at = r.phrase.written_from(reader.text, start, same.span())  # with its place
                named.append((int(key == "other"), score, Source(key, written, at, score, scope=scope)))
                continue
            named.append((int(key == "other"), score, Source(key, reader.text[start:end], start, score,
                                                             scope=scope)))
            continue
        owner = next((m for m in aliases if start <= m.start() and m.end() < end
                      and reader.norm.startswith(r.phrase.POSSESSIVE_ENDINGS, m.end())), None)
        if owner is not None:  # "the BBC's Russian service confirmed": the possessor the profile knows
            key = prof.key_of(owner)
            if r.staff_of.match(reader.norm, owner.end()):
                # "Zelensky's office": the President's staff are officials
                key = staff_key(prof, key, grammar=reader.grammar)
            classified.append((start, end))
            named.append((int(key == "other"), score, Source(key, reader.text[owner.start():owner.end()],
                                                             owner.start(), score, scope=scope)))
            continue
        bare = phrase.strip()
        # a name before a report's noun is an outlet's own count ("an AFP tally"), not a pointer back
        if r.phrase.PRONOUN_SUBJECT.match(bare) or (r.phrase.REPORT_POINTER.match(bare) and not looks_named(
                prof, bare, grammar=reader.grammar, sentence_start=start == sent.start)):
            words = bare.lower().split()
            # resolved against the sources read so far ("the same estimate": the one that named an estimate)
            generic.append((start, (_SAME if r.same_words.intersection(words[:-1]) else "") + words[-1]))
            continue
        if (r.phrase.DEFINITE_ROLE.match(bare.split(",")[0].rstrip()) and (reader.last_person or reader.last_source)
                and not any(start <= m.start() and m.end() <= end for m in aliases)):
            # "the minister said", "the official, Jan Kowal, posted": the one named before in that role
            generic.append((start, _PERSON))
            continue
        if r.phrase.DEFINITE_ROLE.match(bare.split(",")[0].rstrip()) and not any(
                start <= m.start() and m.end() <= end for m in aliases):
            role = unnamed_role_source(reader, sent, start, end, score, scope)  # no one named before holds it
            classified.append((start, end))
            named.append((int(role.key == "other"), score, role))
            continue
        if formation_in_view(reader, sent, bare, (start, end, score), scope, (classified, named)):
            continue  # "Russian forces pressed on. The 58th Army said": that nation's officials (formation_in_view.py)
        if _third_nations_office(reader, sent, bare, start, end):
            classified.append((start, end))  # "Twelve Indian nationals ..., the external affairs ministry said"
            named.append((1, score, Source("other", reader.text[start:end], start, score, scope=scope)))
            continue
        if ("other" in prof.claimants and not any(start <= m.start() and m.end() <= end for m in aliases)
                and looks_named(prof, phrase, grammar=reader.grammar, sentence_start=start == sent.start)):
            classified.append((start, end))
            known = next((reader.named_people[w.lower()] for w in r.phrase.CAPITALISED.findall(phrase)
                          if w.lower() in reader.named_people), None)
            key = known.key if known is not None else "other"
            named.append((int(key == "other"), score, Source(
                key, reader.text[start:end], start, score, person=True, scope=scope,
                military=known is None and bool(r.phrase.MILITARY_ROLE.search(phrase))
                and not r.phrase.OUT_OF_SERVICE.search(phrase))))
    # only a name in capitals can stand in a dateline
    datelines = [d.span() for d in r.phrase.DATELINE.finditer(reader.norm, sent.start, sent.end)] if aliases and any(
        m.group(0).isupper() for m in aliases) else []
    for m in aliases:
        if classified and any(a <= m.start() < b for a, b in classified):
            continue
        if datelines and any(a <= m.start() and m.end() <= b for a, b in datelines):
            continue  # "MOSCOW (Sputnik) - ...": where the story was filed, not who says it
        before = reader.norm[max(sent.start, m.start() - 60) : m.start()]
        after = reader.norm[m.end() : min(sent.end, m.end() + 60)]
        if ends_held(r.channel_before, before):
            continue  # "shared via the ministry's X account": a channel, not a source
        if r.time_zone_after.match(reader.norm, m.end()):
            continue  # "11 p.m. Moscow time": a clock, not a source
        if ends_held(r.compared_before, before) or ends_held(r.tied_to_before, before):
            continue  # "..., far lower than estimates by U.S. officials": the source of another figure (or ties)
        score = 0
        force = is_force(reader, m)
        possessive = r.possessive_after.match(after)
        if ends_held(r.relayed_by, before):
            score = 1
        elif ends_held(r.attribution_before, before) or (
                ends_held(r.said_before, before) and r.clause_end_after.match(reader.norm, m.end())):
            # ("estimates of Ukrainian military deaths": a force's name before a loss noun says whose they are)
            score = 0 if force and r.loss_noun_after_name.match(after) else 3
        elif possessive:
            # "Shoigu's assertion of 444,000" is a source; "Putin's army" is not
            score = 2 if possessive.group("noun") else 0
        elif r.says_after_name(after, m.end(), phrases, force=force) and not _another_name_says_it(
                reader, m, aliases, after):
            score = 2
        elif r.loser_after.match(after):
            score = 0  # the subject of the loss (or the one who inflicted it), not its source
        elif not force and not ends_held(r.condition_before, before) and not any(r.clause_after_saying.fullmatch(
                reader.norm, end, m.start()) for _start, end, _score, _scope in phrases if end <= m.start()):
            score = 1  # a named source with no verb of saying: "US and UK sources are in line with ..."
        if score:
            key = prof.key_of(m)
            scope = next((sc for a, b, _s, sc in phrases if a <= m.start() < b), "both") if phrases else "both"
            source = Source(key, reader.text[m.start() : m.end()], m.start(), score, scope=scope)
            named.append((int(key == "other"), score, source))
    # most sentences hold none, and most of those none of the words a match needs (found once per document)
    generic_words = reader.reported_phrases.generic_words if reader.reported_phrases is not None else None
    first = (search_by_prefixes(r.generic_source, r.generic_source_starts, reader.norm, reader.folded.folded,
                                sent.start, sent.end)
             if generic_words is None or generic_words.may_match(sent.start, sent.end) else None)
    if first is not None:
        taken = {offset for offset, _noun in generic}
        generic += [(m.start(), next(g for g in m.groups() if g))  # (the first match is the search's: read from it)
                    for m in r.generic_source.finditer(reader.norm, first.start(), sent.end) if m.start() not in taken]
    # (most sentences hold neither ", saying" nor "citing": found once per document)
    cues, lo, hi = reader.reported_phrases, sent.start, sent.end
    for _other, _score, src in named[:] if named and (cues is None or cues.disputing_clauses.may_match(lo, hi)) else []:
        if (subject := _disputing_subject(reader, sent, src)) is not None:  # "Kyiv disputed Moscow's figure of 500,
            named.append((int(subject.key == "other"), 2, subject))  # saying ...": Kyiv speaks after "saying"
    if not named and not generic and (cues is None or cues.disputing_clauses.may_match(lo, hi)) and (
            subject := _rejecting_subject(reader, sent)) is not None:  # "X rejected the figures, saying ...": X speaks
        named.append((int(subject.key == "other"), 2, subject))
    if len(named) > 1 and (cues is None or cues.citing.may_match(lo, hi)):
        named = [(o, s, cited_in_citers_nation(reader, named, src)) for o, s, src in named]
    reader.sources_named[sent.start] = (named, generic)
    return named, generic


def _another_name_says_it(reader: Reader, name: re.Match[str], aliases: list[re.Match[str]], after: str) -> bool:
    """Whether the verb of saying read after ``name`` has another name right before it as its subject: "ZELENSKY
    LOSES 2,000 SOLDIERS A WEEK, MOSCOW CLAIMS" (a headline in capitals, where no subject of a verb is read): Moscow
    claims it, Zelensky is the one losing."""
    r = reader.grammar.rules(AttributionRules)
    said = r.read_in(r.attribution_after, after).match(after)
    if said is None:
        return False
    verb_end = name.end() + said.end()
    for other in aliases:
        between = reader.norm[other.end():verb_end]  # (only the verb: the other name is its subject)
        if name.end() < other.start() < verb_end and between[:1].isspace() and len(between.split()) == 1:
            return True
    return False


def _disputing_subject(reader: Reader, sent: Sentence, owner: Source) -> Source | None:
    """"Kyiv disputed Moscow's figure of 500, saying it had lost 38": the subject that disputes a source's figure
    speaks for the figures of the clause it goes on to (placed there, it is nearer to them than the source)."""
    r = reader.grammar.rules(AttributionRules)
    verb = next((v for v in r.disputed_before.finditer(reader.norm, max(sent.start, owner.start - 40), owner.start)
                 if v.end() == owner.start), None)
    clause = reader.search_in(sent, r.disputing_clause, owner.start, sent.end) if verb is not None else None
    span = subject_before(r, reader.norm, sent.start, verb.start()) if verb and clause else None
    kind = classify_source(reader.profile, reader.norm[span[0]:span[1]], grammar=reader.grammar) if span else None
    if clause is None or span is None or kind is None:
        return None
    return Source(kind[0], reader.text[span[0]:span[1]], clause.start(), 2, scope="after")


def _rejecting_subject(reader: Reader, sent: Sentence) -> Source | None:
    """"The speaker for the Russian Federation rejected what he called fabricated figures, saying that shelling had
    killed 41": in a sentence that names no source, the subject of a verb that rejects a figure speaks for the figures
    of the clause of saying it goes on to."""
    r = reader.grammar.rules(AttributionRules)
    clause = reader.search_in(sent, r.disputing_clause, sent.start, sent.end)
    verb = reader.search_in(sent, r.disputed_before, sent.start, clause.start()) if clause is not None else None
    span = subject_before(r, reader.norm, sent.start, verb.start()) if clause is not None and verb else None
    kind = classify_source(reader.profile, reader.norm[span[0]:span[1]], grammar=reader.grammar) if span else None
    if clause is None or span is None or kind is None:
        return None
    return Source(kind[0], reader.text[span[0]:span[1]], clause.start(), 2, scope="after")


def _third_nations_office(reader: Reader, sent: Sentence, bare: str, start: int, end: int) -> bool:
    """'Twelve Indian nationals recruited into the Russian army have been killed, the external affairs ministry said':
    a ministry named with no nation, in a sentence that counts the people of a third nation (one of neither side),
    is that nation's office, a source of its own ("other"); not when one was named before it could point back at,
    nor when the nation names something else ("citing French intelligence")."""
    r = reader.grammar.rules(AttributionRules)
    words = bare.lower().split()
    nations = source_tables(reader.profile).nations
    if (nations is None or not words or words[-1] not in r.ministry_nouns or reader.last_org is not None
            or nations.pattern.search(bare) is not None):
        return False
    for m in nations.pattern.finditer(reader.norm, sent.start, start):
        if nations.key(m) != "other":
            continue
        noun = reader.scan.search("category", m.end() + 1, min(start, m.end() + 40))
        if noun is not None and noun.start() == m.end() + 1 and reader.profile.is_people(reader.profile.key_of(noun)):
            return True  # the third nation's people: "Indian nationals", "Polish volunteers"
    return False


def _claimant_names(reader: Reader, sent: Sentence) -> list[re.Match[str]]:
    """The profile's claimant names in ``sent``, found once per sentence (its sources and what it leaves to
    remember both read them)."""
    found = reader.claimant_names.get(sent.start)
    if found is None:
        found = reader.claimant_names[sent.start] = list(reader.scan.finditer("claimant", sent.start, sent.end))
    return found


_MINISTRY_LOOK_BACK = 4  # sources spoken back to the last ministry "the ministry" names again
_PHRASE_REACH = 40  # how far past a known name its phrase may go on ("the UN | monitoring mission")


def _phrase_of(reader: Reader, src: Source) -> str:
    """The lower-cased words of a source's phrase: its name and what follows it up to a mark."""
    end = src.start + len(src.text)
    tail = re.split(r"[,.;:]", reader.norm[end:end + _PHRASE_REACH], maxsplit=1)[0]
    return (src.text + tail).lower()


def _without_plural(endings: tuple[str, ...], word: str) -> str:
    """``word`` with every plural ending at its end taken off (``str.rstrip`` of endings of one letter)."""
    while word.endswith(endings):
        word = word[:-len(next(ending for ending in endings if word.endswith(ending)))]
    return word


def _nations_defence_ministry(reader: Reader, src: Source | None) -> Source | None:
    """'The General Staff said ... The ministry also said': a bare "the ministry" where no ministry was named before is
    the defence ministry of the nation whose body spoke last (None where that body names no nation)."""
    if src is None or src.key in reader.profile.ministry_claimants | reader.profile.official_claimants:
        return None
    return _nations_role(reader, src, sorted(reader.grammar.rules(AttributionRules).defence_ministry_nouns))


def _nations_role(reader: Reader, src: Source | None, nouns: Iterable[str]) -> Source | None:
    """The role the first of ``nouns`` names of the nation whose source ``src`` is ("defence ministry" after the
    General Staff: Ukraine's), told with ``src``'s words; None where ``src`` is no nation's or no noun names a role."""
    roles = roles_of_nation_speaking_as(reader.profile, src.key) if src is not None else None
    if src is None or roles is None:
        return None
    hit = next((m for noun in nouns if (m := roles.pattern.search(noun)) is not None), None)
    return None if hit is None else Source(roles.key(hit), src.text, src.start, src.score)


def _generic_source(reader: Reader, noun: str) -> Source | None:
    """'the ministry', 'the website', 'the report': the last source of that kind."""
    r = reader.grammar.rules(AttributionRules)
    noun = noun.lower()
    if noun in r.nation_role_nouns:
        return None  # ("Its envoy said" where no one belligerent is in view: as named)
    if noun.startswith(_SAME):
        noun = noun.removeprefix(_SAME)
        named = next((src for src in reversed(reader.sources_spoken) if noun in _phrase_of(reader, src)), None)
        if named is None and noun in r.any_source_nouns and reader.sources_spoken:
            named = reader.sources_spoken[-1]  # "the same source says": the last source, whatever its name
        if named is not None:
            return named
    if noun in r.defence_ministry_nouns:
        # "The Defense Ministry said" after "the Ukrainian government": that nation's defence ministry
        for src in (reader.last_org, reader.last_source):
            if (found := _nations_role(reader, src, (noun,))) is not None:
                return found
    if noun in r.ministry_nouns:
        ministries = reader.profile.ministry_claimants | reader.profile.official_claimants
        recent = (reader.last_org, reader.last_source, reader.last_entity)
        if not any(src is not None and src.key in reader.profile.ministry_claimants for src in recent):
            # "... the defence ministry said. ... the Kursk governor said. ... the ministry said": the last ministry
            said = [src for src in reader.sources_spoken[-_MINISTRY_LOOK_BACK:]
                    if any(word in src.text.lower() for word in r.ministry_words)]
            if said:
                return said[-1]
        for src in recent:
            if src is not None and (src.key in ministries
                                    or any(word in src.text.lower() for word in r.ministry_words)):
                return src
        return _nations_defence_ministry(reader, reader.last_org) or reader.last_org
    if noun == _BODY or noun in r.entity_nouns:
        return reader.last_entity or reader.last_org or reader.last_source
    if noun in r.intelligence_nouns:
        return reader.last_org or reader.last_entity
    if noun == _PERSON or noun in r.person_pronouns:  # '..., she said.': the last person who spoke
        return reader.last_person or reader.last_source
    if noun in r.team_pronouns:  # a quoted team or person: the last who spoke, else the last named
        return reader.last_person or reader.last_source or reader.last_entity
    if noun == _SPEAKERS or noun in r.report_nouns:
        return reader.last_source  # "The report estimates", "They said": the source whose report goes on
    return reader.last_org or reader.last_source


def _unowned_work(reader: Reader, sent: Sentence, start: int, noun: str) -> Source | None:
    """'A new study was published. ..., the study found': a work named before that points back at no source (none was
    named before it) is a source of its own whose owner the text does not name, as "a study" is; None otherwise (and
    where the text named no such work before: "the study found" alone points back at nothing)."""
    if noun.lower() not in reader.grammar.rules(AttributionRules).unowned_work_nouns or reader.last_source is not None:
        return None
    before = [s for s in reader.sentences if s.end <= sent.start and s.paragraph >= sent.paragraph - 1]
    if not any(re.search(rf"\b{re.escape(noun)}\b", reader.norm[s.start:s.end], re.IGNORECASE) for s in before):
        return None
    at = reader.norm.lower().find(noun.lower(), start, start + _POSSESSIVE_REACH + len(noun))
    if at < 0:
        return None
    kind = classify_source(reader.profile, reader.norm[start:at + len(noun)].lower(), grammar=reader.grammar)
    key = kind[0] if kind is not None else "other"
    return Source(key, reader.text[start:at + len(noun)], start, 1)


def source_referred_to(reader: Reader, sent: Sentence) -> Source | None:
    """A sentence with no named source may point back at one: "The post added", "according to their data"; not the
    writer's own judgement ("we put them at ...")."""
    r = reader.grammar.rules(AttributionRules)
    if writer_judges(reader, sent) or (reader.sentence_may_hold(sent, r.unnamed_reports)
                                        and reader.sentence_search(sent, r.unnamed_reports)):
        return None  # (nor "according to reports": sources the text does not name)
    s_text = reader.norm[sent.start:sent.end]
    if r.possessive_source_found.found_in(s_text):
        return reader.last_entity or reader.last_source
    anaphora = r.anaphora.match(s_text)
    if anaphora and r.anaphora_verb.search(s_text):
        word = anaphora.group(0).strip(" \"'").lower()
        persons = reader.profile.person_claimants
        if r.person_pointer.search(word):
            return reader.last_person or reader.last_source
        if word in r.plural_pointers:
            return reader.last_source
        if reader.last_source and reader.last_source.key in persons and reader.last_org:
            return reader.last_org
        return reader.last_source
    if r.continuation_found.found_in(s_text[:60]):
        return reader.last_source
    return None


_FORCES: dict[tuple[AttributionRules, str], bool] = {}


def is_force(reader: Reader, m: re.Match[str]) -> bool:
    """'Ukrainian forces', 'the Ukrainian military': armed forces, which speak only through a verb
    of saying. Remembered by name: a document's sources and what it leaves to remember both ask of each."""
    r = reader.grammar.rules(AttributionRules)
    name = m.group(0)
    found = _FORCES.get((r, name))
    if found is None:
        lowered = name.lower()
        article = next((a for a in r.force_articles if lowered.startswith(a)), "")
        found = bool(r.force_name.search(lowered[len(article):]))
        if len(_FORCES) < CLASSIFIED_KEPT:
            _FORCES[r, name] = found
    return found


def trailing_line_source(reader: Reader, sent: Sentence) -> Source | None:
    """The source a flash line names after a closing dash ("Kyiv says Russia lost 1,470 troops — General Staff"),
    when it names a role or a kind of source: it says who in the nation "Kyiv says" spoke."""
    if not document_cues(reader).trailing_dashes.may_match(sent.start, sent.end):
        return None  # most sentences hold no dash (found once per document)
    r = reader.grammar.rules(AttributionRules)
    tail = r.trailing_source.search(reader.norm, sent.start, sent.end)
    if tail is None or not any(ch.isalpha() for ch in reader.norm[sent.start:tail.start()]):
        return None  # ("2 - Russian landing craft sunk in June": a column's count, and after its dash what it counts)
    src = tail.group("src").lower()
    kind = classify_source(reader.profile, src, grammar=reader.grammar)
    if kind is None:  # "Ukraine: 14 killed in strike on Odesa - military": the body of the nation the line opens on
        label = _line_nation_label(reader, sent)
        kind = classify_source(reader.profile, f"{label} {src}", grammar=reader.grammar) if label else None
    elif kind[1] == "nation" and len(src.split()) < 2:
        return None  # ("... - Ukraine": a bare nation after a dash names no body)
    if kind is None or kind[1] not in ("role", "kind", "nation"):
        return None
    return Source(kind[0], reader.text[tail.start("src"):tail.end("src")], tail.start("src"))


def _line_nation_label(reader: Reader, sent: Sentence) -> str | None:
    """The nation a headline-like line opens on as its label ("Ukraine: ...", "Russia: ..."), lower-cased."""
    start = sent.start + len(reader.norm[sent.start:sent.end]) - len(reader.norm[sent.start:sent.end].lstrip())
    m = next(reader.scan.finditer("side_name", start, min(sent.end, start + 40)), None)
    if m is None or m.start() != start or not reader.norm.startswith(":", m.end()):
        return None
    return m.group(0).lower()


def remember_sources(reader: Reader, sent: Sentence, source: Source | None, *, figures: bool = True) -> None:
    """Remember what ``sent`` names for the sentences after it. A source that announces a report in a sentence
    with no figure (``figures`` False) opens a frame for the figures that follow; any other source named
    closes it."""
    r = reader.grammar.rules(AttributionRules)
    if writer_judges(reader, sent) or opens_on_rated_claim(reader, sent):
        reader.voice_breaks.append(sent.start - 1)  # "we assess that ...": the writer's own figures from here on
    silent = reader.search_in(sent, r.source_silent, sent.start, sent.end) if not figures else None
    nations = source_tables(reader.profile).nations if silent is not None else None
    if silent is not None and nations is not None and nations.pattern.search(reader.norm, sent.start, silent.start()):
        reader.voice_breaks.append(sent.start)  # "Russia rarely releases its losses": the report has ended
        reader.report_frame = None
    if source is not None and source.score >= 2:
        announced = (not figures and reader.search_in(sent, r.report_announced, sent.start, sent.end) is not None
                     and reader.search_in(sent, r.report_withheld, sent.start, sent.end) is None)
        reader.report_frame = (source, sent.paragraph) if announced else None
    aliases = _claimant_names(reader, sent)
    passing = source_tables(reader.profile).passing_aliases if aliases else frozenset()  # "Moscow", "Putin": in passing
    entity: re.Match[str] | None = None  # the last name that is no force nor named in passing
    for m in aliases:
        # the key the sentence's source was read as, when the name is that source ("Governor X" of the Russian region
        # the sentence names speaks as Russia's): the name's own key is the bare office's default nation
        key = (source.key if source is not None and source.start <= m.start() < source.start + len(source.text)
               else reader.profile.key_of(m))
        surname = surname_of_name(r.phrase, m.group(0))
        if surname:  # "Andrey Belousov": "Belousov said" names him again
            reader.named_people.setdefault(surname, Source(
                key, reader.text[m.start():m.end()], m.start(), person=True))
        elif named := r.name_after_title.match(reader.norm, m.end(), sent.end):
            # "Mayor Ihor Terekhov", "regional governor Oleh Kiper": "according to Terekhov" names the mayor again
            reader.named_people.setdefault(named.group(0).split()[-1].lower(), Source(
                key, reader.text[m.start():named.end()], m.start(), person=True))
        elif (commas := r.name_in_commas_after_role.match(reader.norm, m.end(), sent.end)) is not None and not (
                r.phrase.NOT_A_NAME.match(commas["surname"])):
            # "Russia's defence minister, Andrei Belov, did so again, the daily reports": "Belov put ..." names him
            reader.named_people.setdefault(commas["surname"].lower(), Source(
                key, reader.text[m.start():commas.end("surname")], m.start(), person=True))
        if is_force(reader, m) or m.group(0).lower() in passing or (
                (entity is not None or key != reader.profile.key_of(m))
                and r.place_of_body_before.search(reader.norm, max(0, m.start() - 20), m.start())):
            continue  # ("the UN monitoring mission in Ukraine": where the body named before sits, no body of its own)
        entity = m
    if entity is not None:
        reader.last_entity = Source(reader.profile.key_of(entity), reader.text[entity.start():entity.end()],
                                    entity.start())
    if source is not None and source.score >= 2:
        reader.last_source = source
        reader.sources_spoken.append(source)
        for surname in surnames_of_source(reader, source, r):  # the surname names the person again
            reader.named_people.setdefault(surname, source)
        if source.key in reader.profile.person_claimants or source.person:
            reader.last_person = source
        else:
            reader.last_org = source
    if r.source_line_opening.match(reader.norm, sent.start):
        # "Source: the police; Vitalii Kim, Head of the Oblast Military Administration, on Telegram": each source a
        # line lists, named with its role, is named again by the surname ("Later, Kim said")
        for _other, _score, listed in _sources_named(reader, sent)[0]:
            for surname in surnames_of_source(reader, listed, r):
                reader.named_people.setdefault(surname, listed)
